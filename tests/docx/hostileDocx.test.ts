/**
 * Hostile Word documents against the real command line, like the .xlsx corpus: a zip bomb (honest
 * and lying about its sizes), a truncated file, an encrypted document, an old .doc renamed, a
 * macro-enabled .docm, tables nested past Word's own limit, XML nested absurdly deep, and files
 * whose content is the other Office format. Unreadable ones exit 2 with one Danish line on stderr
 * naming the file and no stack trace, within bounded memory; the input is never changed.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { wordParts, p, tbl, tc, tr, costTable } from '../../src/readers/docx/__fixtures__/wordParts';
import { handWorkbookParts, zipParts } from '../../src/readers/xlsx/__fixtures__/fixtures';
import { zipBytes, type ZipEntry } from '../../scripts/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'budgettjek.js');
const PROBE = path.join(ROOT, 'tests', 'corpus', 'rssProbe.js');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-hostile-docx-'));

afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'readers', 'docx', 'readDocx.js'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  }
}, 300_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  rssMB: number;
}

function check(file: string, ...args: string[]): Run {
  const probe = path.join(DIR, `rss-${crypto.randomBytes(4).toString('hex')}`);
  const r = spawnSync(process.execPath, ['-r', PROBE, BIN, 'check', ...args, file], {
    encoding: 'utf8',
    env: { ...process.env, BUDGETTJEK_RSS_PROBE: probe, NODE_OPTIONS: '' },
    timeout: 120_000,
  });
  const rssKB = Number(fs.readFileSync(probe, 'utf8').split(' ')[1]);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, rssMB: rssKB / 1024 };
}

function write(name: string, bytes: Buffer): string {
  const file = path.join(DIR, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Exit 2, one line on stderr that names the file and matches `reason`, no stack trace, input unchanged. */
function expectRefused(file: string, reason: RegExp, maxMB = 400): void {
  const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const run = check(file);
  expect(run.code).toBe(2);
  // The file stays in the report (SPEC §4): named, with its reason, and counted as unreadable.
  expect(run.stdout.startsWith(`${file}\n`)).toBe(true);
  expect(run.stdout).toMatch(/1 fil kunne ikke læses\.\n$/);
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`budgettjek: ${file}: `)).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(run.rssMB).toBeLessThan(maxMB);
  expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
}

/** A stored (not deflated) entry. */
function stored(name: string, text: string | Buffer): ZipEntry {
  return { name, data: text, store: true };
}

/** A document whose body is `inflated` bytes of one repeated paragraph, deflated to almost nothing. */
function bombDocument(inflated: number, declared?: number): Buffer {
  const parts = wordParts('') as Record<string, string>;
  const head = Buffer.from(parts['word/document.xml'].replace('<w:body></w:body></w:document>', '<w:body>'));
  const tail = Buffer.from('</w:body></w:document>');
  const unit = Buffer.from('<w:p><w:r><w:t>1.045</w:t></w:r></w:p>'.padEnd(64, ' '));
  const body = Buffer.alloc(inflated - head.length - tail.length);
  for (let i = 0; i + unit.length <= body.length; i += unit.length) unit.copy(body, i);
  body.fill(0x20, body.length - (body.length % unit.length));
  const xml = Buffer.concat([head, body, tail]);
  const deflated = zlib.deflateRawSync(xml, { level: 9 });
  const entries = Object.entries(parts)
    .filter(([name]) => name !== 'word/document.xml')
    .map(([name, text]) => stored(name, text));
  // Written by hand, so the headers can declare whatever size a hostile file would.
  entries.push({ name: 'word/document.xml', packed: deflated, method: 8, crc: zlib.crc32(xml), size: declared ?? xml.length });
  return zipBytes(entries);
}

/** A Compound File Binary container naming the given streams (enough for the sniffer). */
function oleFile(streamNames: string[]): Buffer {
  const buf = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x003e, 24);
  buf.writeUInt16LE(0x0003, 26);
  buf.writeUInt16LE(0xfffe, 28);
  buf.writeUInt16LE(9, 30);
  ['Root Entry', ...streamNames].forEach((name, i) => {
    const at = 1024 + i * 128;
    const n = Buffer.from(name, 'utf16le');
    n.copy(buf, at);
    buf.writeUInt16LE(n.length + 2, at + 64);
    buf[at + 66] = i === 0 ? 5 : 2;
  });
  return buf;
}

const TABLE = costTable([
  ['Projektledelse', 'Service', '300', ''],
  ['Samlede implementeringsomkostninger', 'Service', '300', ''],
]);

describe('hostile .docx files through the CLI', () => {
  test('a zip bomb (a part that inflates more than 200 times past 50 MB) is refused as too large', () => {
    expectRefused(write('bombe.docx', bombDocument(80 * 1024 * 1024)), /for stor til at blive læst sikkert/);
  }, 60_000);

  test('a zip bomb lying about its size is stopped at the first byte past what it declares', () => {
    expectRefused(write('bombe-lyver.docx', bombDocument(80 * 1024 * 1024, 4096)), /for stor til at blive læst sikkert/);
  }, 60_000);

  test('a truncated document is damaged', async () => {
    const whole = await zipParts(wordParts(TABLE));
    expectRefused(write('afkortet.docx', whole.subarray(0, Math.floor(whole.length * 0.6))), /beskadiget/);
  }, 30_000);

  test('an encrypted document says to remove the password in Word', () => {
    expectRefused(write('kode.docx', oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])), /beskyttet med adgangskode; fjern adgangskoden i Word/);
  }, 30_000);

  test('an old .doc renamed to .docx says to save it as .docx', () => {
    expectRefused(write('gammel.docx', oleFile(['WordDocument', '1Table', '\u0005SummaryInformation'])), /gammelt Word-format \(\.doc\); åbn det i Word og gem som \.docx/);
  }, 30_000);

  test('tables nested deeper than Word allows are refused', async () => {
    let nested = tbl(tr(tc('inderst')));
    for (let i = 0; i < 70; i++) nested = tbl(tr(tc(p('') + nested + p(''))));
    expectRefused(write('dybe-tabeller.docx', await zipParts(wordParts(nested))), /for stor.*nested more than 64 deep/);
  }, 30_000);

  test('XML nested absurdly deep is refused before the parser stack grows with it', async () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(20_000) + '</w:sdtContent></w:sdt>'.repeat(20_000);
    expectRefused(write('dyb-xml.docx', await zipParts(wordParts(deep))), /for stor.*(nested more than 10000 deep|deeper than 256 levels)/);
  }, 30_000);

  test('a PowerPoint presentation named .docx is neither a workbook nor a document', async () => {
    const pptx = await zipParts({ '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', 'ppt/presentation.xml': '<p/>' });
    expectRefused(write('slides.docx', pptx), /hverken en Excel-projektmappe .* eller et Word-dokument/);
  }, 30_000);

  test('a macro-enabled .docm is read (its macro project is never opened) and its tables checked', async () => {
    const docm = await zipParts(
      wordParts(TABLE, { mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml', more: { 'word/vbaProject.bin': Buffer.from('ikke et gyldigt makroprojekt') } }),
    );
    const run = check(write('makroer.docm', docm), '--format', 'json');
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout);
    expect(doc.files[0].tables.map((t: { sheet: string }) => t.sheet)).toEqual(['Tabel 1']);
  }, 30_000);

  test('content decides: a .docx renamed .xlsx is read as Word, an .xlsx renamed .docx as Excel', async () => {
    const word = check(write('forslag.xlsx', await zipParts(wordParts(TABLE))), '--format', 'json');
    expect(word.stderr).toBe('');
    expect(JSON.parse(word.stdout).files[0].tables.map((t: { sheet: string }) => t.sheet)).toEqual(['Tabel 1']);
    const sheetData =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>1.000 kr. 2027 p/l</t></is></c><c r="B1"><v>2026</v></c><c r="C1"><v>2027</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Projektledelse</t></is></c><c r="B2"><v>300</v></c></row>';
    const excel = check(write('ark.docx', await zipParts(handWorkbookParts([{ name: 'BC05', sheetData }]))), '--format', 'json');
    expect(excel.stderr).toBe('');
    expect(JSON.parse(excel.stdout).files[0].tables.map((t: { sheet: string }) => t.sheet)).toEqual(['BC05']);
  }, 30_000);
});
