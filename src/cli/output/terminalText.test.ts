import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../main';
import { forTerminal, visible } from './terminalText';

const HIDDEN = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'];
/** Any character that must never reach a terminal raw. */
const RAW = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}

describe('the terminal filter', () => {
  it('visible(): shows every invisible or direction-changing character as an escape', () => {
    for (const ch of HIDDEN) expect(visible(`a${ch}b`)).toBe(`a\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}b`);
    expect(visible('Drift\u00a0og anlæg – ø')).toBe('Drift\u00a0og anlæg – ø');
  });

  it('forTerminal(): keeps lines, tabs and the CLI\'s own colours and progress line; escapes the rest', () => {
    expect(forTerminal('a\tb\nc\n')).toBe('a\tb\nc\n');
    expect(forTerminal('\x1b[31mfejl\x1b[0m')).toBe('\x1b[31mfejl\x1b[0m');
    expect(forTerminal('\r\x1b[2K3/4 a.xlsx')).toBe('\r\x1b[2K3/4 a.xlsx');
    expect(forTerminal('\x1b]0;title\x07\x1b[2J\rX')).toBe('␛]0;title␇␛[2J␍X');
    expect(forTerminal('x\u200by\u202ez\ufeff')).toBe('x\\u200by\\u202ez\\ufeff');
  });

  it('forTerminal(): JSON stays valid and means the same', () => {
    const value = { name: 'Ark\u200b1\u061c\ufeff\u2028\u202e\x7f\x85', path: 'C:\\mappe\\' };
    const text = forTerminal(JSON.stringify(value));
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes ESC and BEL in a template argument and in a template file\'s errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-term-'));
    const missing = await run('check', '--template', 'x\x1b]0;pwned\x07\u202e', join(dir, 'a.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('x␛]0;pwned␇\\u202e');
    expect(missing.stderr).not.toMatch(RAW);
    expect(missing.stderr).not.toContain('\x1b');

    const file = join(dir, 'skabelon\x1b[2J.json');
    const kk = JSON.parse(readFileSync(join(__dirname, '..', '..', 'core', 'templates', 'builtin', 'kk-ofs-2025-2026.json'), 'utf8'));
    kk.id = 'ond\x1b[2J\x07\u200b';
    kk.priceIndices[0].percent = 'to\x1b]0;x\x07';
    writeFileSync(file, JSON.stringify(kk));
    for (const args of [['check', '--template', file, join(dir, 'a.xlsx')], ['templates', 'show', file]]) {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/skabelon␛\[2J\.json/);
      expect(stderr).not.toMatch(RAW);
      expect(stderr).not.toContain('\x1b');
    }
  });

  it('escapes invisible characters of sheet names in the text and the JSON report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-term-'));
    const file = join(dir, 'bog\u200b.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark\u200b\u061c\ufeff');
    ws.getCell('A1').value = 'Tabel 1. Budget (1.000 kr. 2026 p/l)';
    ws.getRow(2).values = ['', 2026, 2027];
    ws.getRow(3).values = ['Drift\u202e', 100, 200];
    ws.getRow(4).values = ['I alt', 100, 200];
    await wb.xlsx.writeFile(file);

    const text = await run('check', file);
    expect(text.stdout + text.stderr).not.toMatch(RAW);
    expect(text.stdout).toContain('bog\\u200b.xlsx');
    const json = await run('check', '--format', 'json', file);
    expect(json.stdout).not.toMatch(RAW);
    const doc = JSON.parse(json.stdout);
    expect(doc.files[0].path).toBe(file);
  });
});
