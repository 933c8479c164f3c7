/**
 * One grid, two readers (SPEC §5): every workbook the repo ships — the examples, the valid
 * workbooks of the test corpus, the reader and writer test workbooks, the number-format fixtures
 * and every rule fixture written as .xlsx — is read twice: by the streaming file reader, and
 * through Office.js from the in-memory Excel loaded from the same file (by ExcelJS, an independent
 * reader). Both must give the same grid (values, formulas, number formats, hidden rows, merges,
 * sheet states) and the same findings.
 *
 * What the in-memory Excel does that could not be verified against a real Excel here, and follows
 * Microsoft's Office.js documentation instead:
 *  - `Range.text` is rendered from the number format with Danish separators (Excel renders it in
 *    the user's locale); the grid carries the format code, not the text, so findings do not
 *    depend on it;
 *  - a formula whose result is "" gives `values` "" (valueTypes "String"); the reader treats
 *    "Empty" the same way;
 *  - hidden rows are found from `Range.rowHidden` (null when mixed) and `getVisibleView()`'s
 *    `cellAddresses`; the fake hides no columns;
 *  - a formula saved without a result: Excel calculates it when it opens the file, so the two
 *    readers cannot agree on it — such cells are compared by formula only, and their workbooks'
 *    findings are not compared (the file reader rightly says FORMULA_NOT_CALCULATED).
 * Hidden rows are compared inside the rows that hold cells: Office.js reads only the used range.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import { renderMessage } from '../../src/core/messages';
import type { Cell, WorkbookGrid } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { FakeExcel } from '../../src/office/fake/excelFake';
import { gatewayOverFake } from '../../src/office/fake/fakeGateway';
import { seedFromXlsx } from '../../src/office/fake/seedFromXlsx';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';
import { makeInputWorkbook } from '../../src/writers/xlsx/testing/testWorkbook';
import { runFixtureGenerator } from '../generators/runGenerator';
import { writeFormatsWorkbook, writeGridWorkbook } from './workbooks';

const ROOT = path.resolve(__dirname, '..', '..');
const template = builtinTemplate('kk-ofs-2025-2026')!;
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-parity-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

const FIXTURES = path.join(ROOT, 'src', 'core', 'rules', '__fixtures__');
/** Valid workbooks of the hostile corpus small enough for ExcelJS's full load. */
// many-sheets.xlsx and million-rows.xlsx are left out: ExcelJS's full load of them takes minutes.
const CORPUS = ['empty.xlsx', 'uncalculated.xlsx', 'merged-header.xlsx', 'hidden.xlsx'];

interface FlatCell {
  value: unknown;
  formula?: string;
  numFmt?: string;
}

const num = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v);

/** A grid as comparable data; `uncalculated` collects "Sheet!A1" of file cells with no saved result. */
function flatten(grid: WorkbookGrid, uncalculated?: Set<string>) {
  return grid.sheets.map((s) => {
    const cells: Record<string, FlatCell> = {};
    let top = Infinity;
    let bottom = -Infinity;
    for (const [r, cols] of s.rows) {
      for (const [c, cell] of cols as Map<number, Cell>) {
        const key = `${String.fromCharCode(64 + ((c - 1) % 26) + 1)}${c > 26 ? c : ''}:${r}`;
        if (uncalculated && cell.formula !== undefined && cell.value === null) uncalculated.add(`${s.name}!${key}`);
        const flat: FlatCell = { value: num(cell.value) };
        if (cell.formula !== undefined) flat.formula = cell.formula;
        if (cell.numFmt !== undefined) flat.numFmt = cell.numFmt;
        cells[key] = flat;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
      }
    }
    const hiddenRows = [...s.hiddenRows].filter((r) => r >= top && r <= bottom).sort((a, b) => a - b);
    const merges = s.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
    const excelTables = [...(s.excelTables ?? [])].sort((x, y) => x.name.localeCompare(y.name));
    return { name: s.name, state: s.state, cells, hiddenRows, merges, excelTables };
  });
}

/** The defined names of a grid, in one order (the readers list them in their own). */
function namesOf(grid: WorkbookGrid) {
  return [...(grid.definedNames ?? [])].sort((x, y) => `${x.sheet ?? ''}!${x.name}`.localeCompare(`${y.sheet ?? ''}!${y.name}`));
}

function findingsOf(grid: WorkbookGrid) {
  return analyseWorkbook(grid, template)
    .findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${renderMessage(f, 'da')}`)
    .sort();
}

async function readThroughExcel(file: string): Promise<WorkbookGrid> {
  const fake = new FakeExcel(await seedFromXlsx(file));
  return (await gatewayOverFake(fake).readWorkbook('workbook')).workbook;
}

/** A change to one reader's output, to show that the parity check notices it. */
type Tamper = (grid: WorkbookGrid) => void;

async function expectParity(file: string, tamper: { file?: Tamper; excel?: Tamper } = {}): Promise<void> {
  const fromFile = await readXlsxFile(file);
  const fromExcel = await readThroughExcel(file);
  tamper.file?.(fromFile);
  tamper.excel?.(fromExcel);
  const uncalculated = new Set<string>();
  const a = flatten(fromFile, uncalculated);
  const b = flatten(fromExcel);
  // Excel calculates what the file left uncalculated: compare those cells by formula only.
  for (const key of uncalculated) {
    const [sheet, cell] = [key.slice(0, key.lastIndexOf('!')), key.slice(key.lastIndexOf('!') + 1)];
    const other = b.find((s) => s.name === sheet)?.cells[cell];
    if (other) other.value = null;
  }
  expect(b).toEqual(a);
  expect(namesOf(fromExcel)).toEqual(namesOf(fromFile));
  if (!uncalculated.size) expect(findingsOf(fromExcel)).toEqual(findingsOf(fromFile));
}

async function ruleFixtureFiles(): Promise<Array<[string, string]>> {
  const files: Array<[string, string]> = [];
  for (const name of fs.readdirSync(FIXTURES).filter((f) => /^[A-Z_]+\.ts$/.test(f))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { cases } = require(path.join(FIXTURES, name)) as { cases: Array<{ name: string; workbook: WorkbookGrid }> };
    for (const [i, c] of cases.entries()) {
      // A text-only case (a Word document's paragraphs, no table) has no workbook to write.
      if (c.workbook.sheets.length === 0) continue;
      const file = path.join(TMP, `${name.replace('.ts', '')}-${i}.xlsx`);
      await writeGridWorkbook(c.workbook, file);
      files.push([`${name.replace('.ts', '')}: ${c.name}`, file]);
    }
  }
  return files;
}

describe('one grid from the file and from Excel', () => {
  it.each(['ofs-2025-2026-bilag.xlsx', 'typiske-fejl.xlsx'])('examples/%s', async (name) => {
    await expectParity(path.join(ROOT, 'examples', name));
  });

  it('the number-format fixtures: scaled, decimal, percent, date, unit-literal, "" results, hidden rows', async () => {
    const file = path.join(TMP, 'formats.xlsx');
    await writeFormatsWorkbook(file);
    await expectParity(file);
    // And they are judged as shown, by either reader.
    const rules = findingsOf(await readThroughExcel(file));
    const at = (where: string) => rules.filter((f) => f.split(' ')[1] === where).map((f) => f.split(' ')[0]);
    expect(rules.filter((f) => f.startsWith('TOTAL_MISMATCH')).map((f) => f.split(' ')[1])).toEqual(['Millioner!D5']);
    expect(rules.find((f) => f.includes('Millioner!D5'))).toMatch(/angiver 3, men rækkerne [\d–]+ summerer til 1,5/);
    expect(at('ProcentDato!C3')).toEqual(['AMOUNT_FORMAT']);
    expect(at('ProcentDato!D3')).toEqual(['AMOUNT_FORMAT']);
    expect(rules.find((f) => f.includes('ProcentDato!D3'))).toContain('10-12-1900');
    expect(at('Enhed!C3')).toEqual(['UNIT_MISMATCH']);
    expect(at('Enhed!C4')).toEqual([]);
    expect(at('TomSkjult!C6')).toEqual(['HIDDEN_ROW_COUNTED']);
    expect(rules.filter((f) => f.startsWith('FORMULA_NOT_CALCULATED'))).toEqual([]);
    // The protected sheet came through protected, and was checked all the same.
    expect((await seedFromXlsx(file)).sheets.find((s) => s.name === 'TomSkjult')?.protected).toBe(true);
  });

  it('fails when one reader is changed alone', async () => {
    const file = path.join(TMP, 'formats-negative.xlsx');
    await writeFormatsWorkbook(file);
    const cells = (g: WorkbookGrid) => g.sheets.flatMap((s) => [...s.rows.values()].flatMap((r) => [...r.values()]));
    // The Office.js reader as it was: a "" formula result read as a formula with no result.
    const emptyAsUncalculated: Tamper = (g) => cells(g).filter((c) => c.formula && c.value === '').forEach((c) => (c.value = null));
    await expect(expectParity(file, { excel: emptyAsUncalculated })).rejects.toThrow();
    // The Office.js reader as it was: no hidden rows.
    await expect(expectParity(file, { excel: (g) => g.sheets.forEach((s) => s.hiddenRows.clear()) })).rejects.toThrow();
    // The file reader ignoring number formats, or turning date serials into Date objects.
    await expect(expectParity(file, { file: (g) => cells(g).forEach((c) => delete c.numFmt) })).rejects.toThrow();
    await expect(
      expectParity(file, { file: (g) => cells(g).filter((c) => c.numFmt === 'dd-mm-yyyy' && typeof c.value === 'number').forEach((c) => (c.value = new Date((c.value as number - 25569) * 864e5))) }),
    ).rejects.toThrow();
    // Unchanged, they agree.
    await expectParity(file);
  });

  it('an Excel table with a totals row, defined names and 3-D totals (written by openpyxl, calculated by LibreOffice)', async () => {
    const file = path.join(ROOT, 'tests', 'formulas', 'libreoffice-navne.xlsx');
    await expectParity(file);
    const grid = await readThroughExcel(file);
    expect(grid.sheets[0].excelTables?.map((t) => [t.name, t.headerRowCount, t.totalsRowCount, t.columns[2]])).toEqual([['Tabel_BC01', 1, 1, '2026']]);
    expect(namesOf(grid).map((n) => `${n.name}=${n.refersTo}`)).toEqual(['Udgifter_BC01=BC01!$C$3:$C$5', 'Udgifter_BC02=BC02!$C$3:$C$5']);
    const rules = findingsOf(grid).map((f) => f.split(' ').slice(0, 2).join(' '));
    expect(rules).toEqual(['NUMBER_STORED_AS_TEXT BC02!E5', 'TOTAL_MISMATCH BC02!D6', 'TOTAL_MISMATCH Samlet!D6', 'TOTAL_SKIPS_TEXT BC02!E6']);
    // Either reader without the tables or the names is noticed.
    await expect(expectParity(file, { excel: (g) => g.sheets.forEach((s) => delete s.excelTables) })).rejects.toThrow();
    await expect(expectParity(file, { excel: (g) => delete g.definedNames })).rejects.toThrow();
  });

  it('the reader test workbook of the writers', async () => {
    const file = path.join(TMP, 'input.xlsx');
    await makeInputWorkbook(file);
    await expectParity(file);
  });

  it.each(CORPUS)('the corpus workbook %s', async (name) => {
    const dir = path.join(ROOT, 'tests', 'corpus', 'generated');
    if (!fs.existsSync(path.join(dir, name))) runFixtureGenerator('make-bad-corpus.ts');
    await expectParity(path.join(dir, name));
  }, 300_000);

  it('every rule fixture, written as .xlsx', async () => {
    const files = await ruleFixtureFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const [name, file] of files) {
      try {
        await expectParity(file);
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`);
      }
    }
  }, 120_000);
});
