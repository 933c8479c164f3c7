/**
 * Copies stream: a workbook of 1.000.000 cells is annotated and fixed by the CLI (a child process)
 * within the 1 GiB bound, measured as the child's peak resident set size. The big sheet is
 * rewritten (a flagged cell at its top), so its cells really pass through the copy writer.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { PackageWriter } from '../../src/writers/packageWriter';
import { TempOutput } from '../../src/writers/tempOutput';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'budgettjek.js');
const PROBE = path.join(__dirname, 'rssProbe.js');
const ROWS = 100_000;
const COLS = 10;
const GiB = 1024 * 1024 * 1024;
let dir: string;
let input: string;

const like = { time: 0, date: 0x5a21, versionMadeBy: 20, external: 0 };

function* sheetXml(): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield '<row r="1"><c r="A1" t="inlineStr"><is><t>Tabel 1. Forslagets samlede økonomiske konsekvenser</t></is></c></row>';
  yield `<row r="2"><c r="A2" t="inlineStr"><is><t>1.000 kr. 2027 p/l</t></is></c><c r="B2" t="inlineStr"><is><t>Styringsområde</t></is></c>${[0, 1, 2, 3, 4, 5].map((i) => `<c r="${String.fromCharCode(67 + i)}2"><v>${2026 + i}</v></c>`).join('')}</row>`;
  let chunk = '';
  for (let r = 3; r < ROWS + 3; r++) {
    let row = `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Post ${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>Service</t></is></c>`;
    for (let i = 0; i < COLS - 2; i++) {
      const ref = `${String.fromCharCode(67 + i)}${r}`;
      // One amount typed as text: a finding (and a fix) on the big sheet.
      row += r === 3 && i === 0 ? `<c r="${ref}" t="inlineStr"><is><t>418</t></is></c>` : `<c r="${ref}"><v>${(r * 7 + i) % 1000}</v></c>`;
    }
    chunk += `${row}</row>`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
}

async function makeWorkbook(file: string): Promise<void> {
  const target = TempOutput.create(file);
  const w = new PackageWriter(target, file);
  const text = (name: string, xml: string) => w.writeText(name, xml, like);
  await text(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  );
  await text('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  await text('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="BC02" sheetId="1" r:id="rId1"/></sheets></workbook>');
  await text(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  await text(
    'xl/styles.xml',
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
  );
  await w.writeStream('xl/worksheets/sheet1.xml', Readable.from(sheetXml()), like);
  await w.finish();
  await target.commit();
}

/** Runs the CLI and returns its exit status and peak RSS in bytes. */
function run(args: string[]): { status: number | null; rss: number; stderr: string } {
  const probe = path.join(dir, `rss-${Date.now()}`);
  const r = spawnSync(process.execPath, ['-r', PROBE, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BUDGETTJEK_RSS_PROBE: probe },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  const [, kb] = fs.readFileSync(probe, 'utf8').trim().split(' ');
  return { status: r.status, rss: Number(kb) * 1024, stderr: r.stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-copy-memory-'));
  input = path.join(dir, 'million.xlsx');
  await makeWorkbook(input);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test(`a workbook of ${ROWS * COLS} cells is annotated within 1 GiB`, () => {
  const out = path.join(dir, 'annotated.xlsx');
  const r = run(['check', '--format', 'json', '--annotate', out, input]);
  expect(r.stderr).toBe('');
  expect(r.status).not.toBe(2);
  expect(fs.existsSync(out)).toBe(true);
  expect(r.rss).toBeLessThan(GiB);
}, 600_000);

test(`a workbook of ${ROWS * COLS} cells is fixed within 1 GiB`, () => {
  const out = path.join(dir, 'fixed.xlsx');
  const r = run(['fix', '--out', out, input]);
  expect(r.status).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
  expect(r.rss).toBeLessThan(GiB);
  // Nothing is left behind next to the copy.
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}, 600_000);
