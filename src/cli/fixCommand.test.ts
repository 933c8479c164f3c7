import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../core/analyse';
import { builtinTemplate } from '../core/templates/builtin';
import { readXlsxFile } from '../readers/xlsx/readXlsx';
import { runFix, type FixOptions } from './fixCommand';
import { NEEDS_JUDGEMENT } from '../core/fixes/__fixtures__/judgement';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const mistakes = path.resolve('examples/typiske-fejl.xlsx');
const JUDGEMENT: ReadonlySet<string> = NEEDS_JUDGEMENT;
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgettjek-cli-fix-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha = async (p: string) => createHash('sha256').update(await fs.readFile(p)).digest('hex');

async function run(over: Partial<FixOptions>) {
  const out: string[] = [];
  const err: string[] = [];
  const opts: FixOptions = { input: mistakes, out: path.join(dir, 'out.xlsx'), template: kk, lang: 'da', ...over };
  const code = await runFix(opts, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('budgettjek fix', () => {
  test('typiske-fejl: the copy keeps only what needs judgement, the change list names every cell, the input is untouched', async () => {
    const before = await sha(mistakes);
    const target = path.join(dir, 'rettet.xlsx');
    const r = await run({ out: target });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('  Tal som tekst!C6  NUMBER_STORED_AS_TEXT: "1.045" → 1.045\n');
    expect(r.out).toContain('  Styringsområde!B8  STYRINGSOMRAADE_UNKNOWN: "Servce" → "Service"\n');
    expect(r.out).toContain('  Formler!C9  TOTAL_FORMULA_RANGE: =SUM(C6:C7) → =SUM(C6:C8)\n');
    expect(r.out).toMatch(/Skrev .*rettet\.xlsx: \d+ celler rettet\./);
    expect(await sha(mistakes)).toBe(before);

    const original = analyseWorkbook(await readXlsxFile(mistakes), kk).findings;
    const fixed = analyseWorkbook(await readXlsxFile(target), kk).findings;
    // "1.300 kr." in a table of 1.000 kr.: which unit is meant needs a person, so it stays.
    const needsPerson = (f: { rule: string; sheet: string; cell: string }) => JUDGEMENT.has(f.rule) || (f.sheet === 'Enhed i celle' && f.cell === 'C7');
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
    expect(fixed.filter((f) => !needsPerson(f)).map(key)).toEqual([]);
    // Nothing that needed judgement was touched: what stays is what was there, but at the cells a
    // fix wrote (a total whose formula now counts the right rows also adds up).
    const written = new Set(Array.from(r.out.matchAll(/^  (.+?!\w+)  /gm), (m) => m[1]));
    expect(fixed.map(key)).toEqual(original.filter((f) => needsPerson(f) && !written.has(`${f.sheet}!${f.cell}`)).map(key));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const cell = wb.getWorksheet('Tal som tekst')!.getCell('C6');
    expect(cell.value).toBe(1045);
    expect(cell.numFmt).toBe('#,##0');
    expect(wb.getWorksheet('Formler')!.getCell('C9').value).toMatchObject({ formula: 'SUM(C6:C8)' });
  });

  test('--totals sum also replaces totals that do not add up; --only limits the fixes to the codes named', async () => {
    const all = await run({ out: path.join(dir, 'sum.xlsx'), totalsSum: true });
    expect(all.out).toContain('Totaler!C9  TOTAL_MISMATCH: 1.100 → =SUM(C6:C8)');
    const fixed = analyseWorkbook(await readXlsxFile(path.join(dir, 'sum.xlsx')), kk).findings;
    expect(fixed.some((f) => f.rule === 'TOTAL_MISMATCH')).toBe(false);

    const only = await run({ out: path.join(dir, 'only.xlsx'), only: ['STYRINGSOMRAADE_UNKNOWN'] });
    expect(only.out.split('\n').filter((l) => l.startsWith('  '))).toEqual(['  Styringsområde!B8  STYRINGSOMRAADE_UNKNOWN: "Servce" → "Service"']);
  });

  test('refuses to write over the input or an existing file, and writes nothing when there is nothing certain to fix', async () => {
    const same = await run({ out: mistakes, force: true });
    expect(same.code).toBe(2);
    expect(same.err).toContain('aldrig i inddatafilen');
    const existing = path.join(dir, 'exists.xlsx');
    await fs.writeFile(existing, 'x');
    const r = await run({ out: existing });
    expect(r.code).toBe(2);
    expect(await fs.readFile(existing, 'utf8')).toBe('x');
    const clean = await run({ input: path.resolve('examples/ofs-2025-2026-bilag.xlsx'), out: path.join(dir, 'none.xlsx'), only: ['STYRINGSOMRAADE_UNKNOWN'] });
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('intet at rette med sikkerhed; ingen fil skrevet');
    await expect(fs.stat(path.join(dir, 'none.xlsx'))).rejects.toThrow();
  });
});
