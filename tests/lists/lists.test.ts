/**
 * Lists as municipalities publish them (tests/lists/, written by scripts/make-list-fixtures.ts):
 * thousands of rows, mixed columns, "Total…" names. Right lists and lists with no total are
 * silent; a SUM over amounts stored as text is TOTAL_SKIPS_TEXT at the total cell — read from the
 * file, from the command line, and in the add-in against the in-memory Excel.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { runCheckTotals } from '../../src/commands/commands';
import { a1 } from '../../src/core/a1';
import { analyseWorkbook } from '../../src/core/analyse';
import { renderMessage } from '../../src/core/messages';
import type { AnalysisResult, WorkbookGrid } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import type { FakeScalar, FakeSeed, FakeSeedCell } from '../../src/office/fake/excelFake';
import { FakeExcel } from '../../src/office/fake/excelFake';
import { gatewayOverFake } from '../../src/office/fake/fakeGateway';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';

const ROOT = path.resolve(__dirname, '..', '..');
const LISTS = __dirname;
const kk = builtinTemplate('kk-ofs-2025-2026')!;
const generic = builtinTemplate('generic')!;
const file = (name: string) => path.join(LISTS, name);
const at = (r: AnalysisResult) => r.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);

jest.setTimeout(120_000);

describe('a holding of 3.000 securities with no total', () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await readXlsxFile(file('vaerdipapirer-uden-total.xlsx'));
  });

  test('is read as lists of the amount columns only, with no total ("Totalkredit 6% 2032", "Total Energies SE" are items)', () => {
    const { tables } = analyseWorkbook(grid, kk);
    expect(tables.map((t) => [t.id, t.kind, t.columns.map((c) => c.header), t.totals.length, t.rows.length])).toEqual([
      ['Beholdning!A4:I3004', 'list', ['Nominel beholdning', 'Markedsværdi'], 0, 3000],
      ['Aktier!A1:B42', 'list', ['Markedsværdi (kr.)'], 0, 41],
    ]);
  });

  test.each([kk, generic])('gives no findings at all (template %#)', (template) => {
    expect(at(analyseWorkbook(grid, template))).toEqual([]);
  });
});

describe('a holding of 10.000 securities, an appropriations overview and a grants list, all with right totals', () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await readXlsxFile(file('vaerdipapirer-med-total.xlsx'));
  });

  test('each is a table with one foot total over every item (the appropriations overview is a budget follow-up)', () => {
    const { tables } = analyseWorkbook(grid, kk);
    // Summed columns only: "Forbrug i pct." of the follow-up is a column that is never summed.
    const summed = (t: (typeof tables)[number]) => t.columns.filter((c) => c.role !== 'nonAdditive').map((c) => c.header);
    expect(tables.map((t) => [t.id, t.kind, summed(t), t.totals.map((g) => [t.rows[g.totalRow].row, g.memberRows.length])])).toEqual([
      ['Beholdning!A4:I10005', 'list', ['Nominel beholdning', 'Markedsværdi'], [[10005, 10000]]],
      ['Bevillinger!A3:G46', 'followup', ['Opr. budget (1.000 kr.)', 'Korr. budget (1.000 kr.)', 'Forbrug (1.000 kr.)', 'Restbudget (1.000 kr.)'], [[46, 42]]],
      ['Tilskud!A2:F503', 'list', ['Tilskud kr.'], [[503, 500]]],
    ]);
  });

  test.each([kk, generic])('gives no findings at all (template %#)', (template) => {
    expect(at(analyseWorkbook(grid, template))).toEqual([]);
  });

  test('a total made wrong is found at its cell', () => {
    const copy: WorkbookGrid = { sheets: grid.sheets.map((s) => ({ ...s, rows: new Map(s.rows) })) };
    const beholdning = copy.sheets[0];
    const foot = new Map(beholdning.rows.get(10005)!);
    const h = foot.get(8)!;
    foot.set(8, { ...h, value: (h.value as number) + 10_000.5 }); // beyond half a unit per row
    beholdning.rows.set(10005, foot);
    expect(at(analyseWorkbook(copy, kk))).toEqual(['TOTAL_MISMATCH@Beholdning!H10005']);
  });
});

describe('1.688 amounts stored as text under =SUM(C2:C1689), saved as 0', () => {
  let grid: WorkbookGrid;
  let result: AnalysisResult;
  beforeAll(async () => {
    grid = await readXlsxFile(file('tekstbeloeb-sum-0.xlsx'));
    result = analyseWorkbook(grid, kk);
  });

  test('gives exactly TOTAL_SKIPS_TEXT at the total cell, naming the count and the sum the user sees', () => {
    const total = result.findings.filter((f) => f.cell === 'C1690');
    expect(total.map((f) => [f.rule, f.severity])).toEqual([['TOTAL_SKIPS_TEXT', 'error']]);
    expect(renderMessage(total[0], 'da')).toContain('SUM(C2:C1689) giver 0, fordi 1.688 beløb er gemt som tekst; de summerer til 1.061.115.347.');
    expect(renderMessage(total[0], 'en')).toContain('SUM(C2:C1689) gives 0, because 1,688 amounts are stored as text; they sum to 1,061,115,347.');
  });

  test('and besides it one warning for the column, not 1.688', () => {
    expect(at(result)).toEqual(['NUMBER_STORED_AS_TEXT@Posteringer!C2', 'TOTAL_SKIPS_TEXT@Posteringer!C1690']);
    expect(renderMessage(result.findings[0], 'da')).toContain('1.688 beløb gemt som tekst (C2 … C1689)');
  });

  test('the command line reports it and exits 1; the text output calls the table a list', () => {
    const bin = path.join(ROOT, 'bin', 'budgettjek.js');
    const json = spawnSync(process.execPath, [bin, 'check', '--format', 'json', file('tekstbeloeb-sum-0.xlsx')], { encoding: 'utf8' });
    expect(json.status).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.files[0].tables.map((t: { kind: string }) => t.kind)).toEqual(['list']);
    const f = doc.files[0].findings.find((x: { rule: string }) => x.rule === 'TOTAL_SKIPS_TEXT');
    expect(f).toMatchObject({ cell: 'C1690', severity: 'error', actual: 0, expected: 1061115347 });
    const text = spawnSync(process.execPath, [bin, 'check', file('tekstbeloeb-sum-0.xlsx')], { encoding: 'utf8' });
    expect(text.stdout).toContain('(A1:E1690, liste)');
    expect(text.stdout).toMatch(/C1690 +fejl +TOTAL_SKIPS_TEXT: SUM\(C2:C1689\) giver 0/);
  });

  test('the add-in finds it too: the workbook in the in-memory Excel, checked with "Tjek totaler"', async () => {
    const fake = new FakeExcel(seedOf(grid));
    const outcome = await runCheckTotals({ gateway: gatewayOverFake(fake) });
    expect(outcome.result.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(at(result));
    expect(outcome.marked).toBeGreaterThan(0);
  });
});

/** Excel's serial day number of a date (1900 system). */
function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** A read workbook as the in-memory Excel's seed: values, formulas with their saved results, formats. */
function seedOf(grid: WorkbookGrid): FakeSeed {
  return {
    sheets: grid.sheets.map((sheet) => {
      const cells: Record<string, FakeSeedCell | FakeScalar> = {};
      for (const [r, row] of sheet.rows) {
        for (const [c, cell] of row) {
          const v = cell.value instanceof Date ? serial(cell.value) : cell.value;
          if (v !== null && typeof v === 'object') continue;
          const spec: FakeSeedCell = { value: v };
          if (cell.formula) spec.formula = cell.formula;
          if (cell.numFmt) spec.numFmt = cell.numFmt;
          cells[a1(r, c)] = spec;
        }
      }
      return { name: sheet.name, cells };
    }),
  };
}
