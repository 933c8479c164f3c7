/**
 * Precision and recall on tables nobody here has seen (financeTables.ts generates them): clean
 * tables of many shapes a Danish finance office writes, written as .xlsx (and as Word tables) and
 * read by the real readers.
 *
 *  - A clean table gives no error or warning about totals or differences.
 *  - Change one amount by a visible amount, and the change is found at that cell or at a total that
 *    counts it; where the table gives too little evidence to place the change, only infos.
 *
 * KNOWN_GAPS lists the generator choices that still give false or missed findings (each with the
 * defect it shows); they are not generated, so the committed test passes. `BT_GAPS=1` generates
 * them too, to see whether a fix closed them:  BT_GAPS=1 npx jest tests/property/cleanTables
 * (BT_SEED and BT_RUNS change the seed and the number of runs, to hunt further).
 */
import fc from 'fast-check';
import { analyseWorkbook } from '../../src/core/analyse';
import type { AnalysisResult, Finding, RuleCode } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { readDocxBuffer } from '../../src/readers/docx/readDocx';
import { readXlsxBuffer } from '../../src/readers/xlsx/readXlsx';
import {
  colLetter,
  differenceTableArb,
  gridText,
  ratesTableArb,
  renderTable,
  roundedTableArb,
  sectionsTableArb,
  totalsTableArb,
  type AmountCell,
  type Allowed,
  type RenderedTable,
  type TableCell,
  type TableModel,
} from './financeTables';
import { docxOf, xlsxOf } from './tableFiles';

/**
 * Generator choices that currently give a false or a missed finding, as "class:NAME" or
 * "CHOICE:VALUE" (heading:measures, unit:unitRow, total:above, side:share, totalLabel:none,
 * figures:small, rowNumbers). Each says what it shows. Delete an entry once the detector handles it.
 */
export const KNOWN_GAPS: Record<string, string> = {
  'total:above':
    'a labelled total row right under the header, above its parts: a slip in it (or in a part) is not found, not even as TOTAL_UNCLEAR (report D10)',
  'figures:yearLike':
    'a row whose amounts lie between 1990 and 2100 and rise from left to right (1.990 | 1.991 t.kr.) is taken for a header of years and the rows above it are dropped, under headings like "Bdg. 25 | Rgsk. 25 | Afv.": false TOTAL_MISMATCH errors or TOTAL_UNCLEAR on a clean table (report D13; amounts shown with a thousands point that do not rise are no longer years)',
  'figures:repeated':
    'tiny figures repeated from row to row (0 | 1 | 2 with SUM 3): a column of 1, 2, 3 in a Word table (no formula to say it is a sum) reads as numbering, not amounts; and an unheaded right-hand column of SUM formulas over a named list is left out (report D14; columns with one figure, dashes, or a SUM over themselves are read since)',
};

const withGaps = process.env.BT_GAPS === '1';
const allowed: Allowed = (tag) => withGaps || !(tag in KNOWN_GAPS);

const SEED = Number(process.env.BT_SEED ?? 20_261_202);
const RUNS = Number(process.env.BT_RUNS ?? 25);
const template = builtinTemplate('generic')!;
const ABOUT_TOTALS = new Set<RuleCode>(['TOTAL_MISMATCH', 'TOTAL_ROW_MISSING', 'TOTAL_FORMULA_RANGE', 'TOTAL_SKIPS_TEXT', 'HERAF_EXCEEDS', 'DIFFERENCE_MISMATCH']);
/** What the generic template never owes: a styringsområde column (state, region and tax tables have none). */
const NEVER_OWED = new Set<RuleCode>(['STYRINGSOMRAADE_UNKNOWN', 'STYRINGSOMRAADE_MISSING']);

const CLASSES: Record<string, (a: Allowed) => fc.Arbitrary<TableModel>> = {
  totals: totalsTableArb,
  sections: sectionsTableArb,
  rates: ratesTableArb,
  difference: differenceTableArb,
  rounded: roundedTableArb,
};

/** Where the table stands on the sheet (1-based). */
const TOP = 2;
const LEFT = 2;

async function checkXlsx(rows: TableCell[][]): Promise<AnalysisResult> {
  const grid = await readXlsxBuffer(await xlsxOf(rows, 'Ark1', TOP, LEFT), 'tabel.xlsx');
  return analyseWorkbook(grid, template);
}

async function checkDocx(t: RenderedTable, rows = t.rows): Promise<AnalysisResult> {
  const grid = await readDocxBuffer(await docxOf(rows, t.tableStart), 'tabel.docx');
  return analyseWorkbook(grid, template);
}

/** Errors and warnings about totals, as "C8 RULE". */
const aboutTotals = (findings: Finding[]): Finding[] => findings.filter((f) => ABOUT_TOTALS.has(f.rule) && f.severity !== 'info');
/** Errors and warnings a clean table must not give: about totals, or a styringsområde generic does not ask for. */
const falseAlarms = (findings: Finding[]): Finding[] => findings.filter((f) => (ABOUT_TOTALS.has(f.rule) || NEVER_OWED.has(f.rule)) && f.severity !== 'info');
const show = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.cell} ${f.rule}`);

const xlsxCell = (r: number, c: number) => `${colLetter(LEFT + c)}${TOP + r}`;
const docxCell = (t: RenderedTable) => (r: number, c: number) => `${colLetter(1 + c)}${r - t.tableStart + 1}`;

/** Whether a row of figures shows one from 1900 to 2100 (a figure that looks like a year). */
function looksLikeYears(m: TableModel): boolean {
  const t = renderTable(m, TOP, LEFT);
  return t.amounts.some((a) => a.money && Math.abs(t.decimals === 1 ? a.value / 10 : a.value) >= 1900 && Math.abs(t.decimals === 1 ? a.value / 10 : a.value) <= 2100);
}

/** Changes one money cell by a visible amount: a tenth of it, at least 50 of the smallest unit shown. */
function mutate(t: RenderedTable, pick: number, up: boolean) {
  const isFormula = (a: AmountCell) => {
    const cell = t.rows[a.r][a.c];
    return cell !== null && typeof cell === 'object' && 'f' in cell;
  };
  // A changed part under a formula total is recalculated by Excel (nothing left to find): only figures
  // under figures, or a formula overtyped with a figure, are changed.
  const formulaBelow = (a: AmountCell) => a.dependents.some(([r, c]) => isFormula({ ...a, r, c }));
  const money = t.amounts.filter((a) => a.money && !isFormula(a) && !formulaBelow(a));
  const overtyped = t.amounts.filter((a) => a.money && isFormula(a));
  if (money.length === 0 || (overtyped.length > 0 && pick % 2 === 1)) money.push(...overtyped);
  const a = money[pick % money.length];
  const delta = Math.max(Math.ceil(Math.abs(a.value) / 10), 50) * (up ? 1 : -1);
  const rows = t.rows.map((r) => r.slice());
  const v = a.value + delta;
  rows[a.r][a.c] = { n: t.decimals === 1 ? v / 10 : v, fmt: t.fmt };
  return { rows, at: a, delta };
}

/**
 * Whether the table gives enough evidence to place a changed cell (else only infos are owed). The
 * total that counts the cell directly must be shown right by its other lines: a total row by at least
 * one other column whose total there adds two or more different non-zero figures (two such columns
 * when the row has no total word: a total from numbers alone needs two agreeing columns); a
 * right-hand total column by at least two other rows like that. A changed total is placed by the
 * lines of the total itself.
 */
function placeable(m: TableModel, t: RenderedTable, at: AmountCell): boolean {
  if (m.kind === 'rates') return false;
  if (m.kind === 'difference') return at.dependents.length > 0 || at.inputs.length > 0;
  const cell = (r: number, c: number) => t.amounts.find((a) => a.r === r && a.c === c);
  const shows = (total: AmountCell | undefined) => {
    const parts = (total?.inputs ?? []).map(([r, c]) => cell(r, c)?.value ?? 0).filter((v) => v !== 0);
    return parts.length >= 2 && new Set(parts).size > 1;
  };
  const rightCol = m.totalAt === 'right' || m.totalAt === 'belowAndRight' ? t.moneyColumns[t.moneyColumns.length - 1] : -1;
  const need = m.totalLabel === null ? 2 : 1;
  // The totals that count the cell directly (or the cell itself, when it is a total).
  const direct = [at, ...t.amounts.filter((a) => a.inputs.some(([r, c]) => r === at.r && c === at.c))].filter((a) => a.inputs.length > 0);
  return direct.some((total) => {
    if (total.c === rightCol && total.inputs.every(([r]) => r === total.r)) {
      // A row's right-hand total: the other rows' right-hand totals.
      const others = t.amounts.filter((a) => a.c === rightCol && a.r !== total.r && a.inputs.every(([r]) => r === a.r) && a.inputs.length > 0);
      return others.filter(shows).length >= 2;
    }
    // A column's total: the same total row in the other item columns.
    const others = t.amounts.filter((a) => a.r === total.r && a.c !== total.c && a.c !== rightCol && a.inputs.length > 0);
    return others.filter(shows).length >= need;
  });
}

function describeCase(m: TableModel, t: RenderedTable, note: string, result: AnalysisResult): string {
  return [note, gridText(t.rows, TOP, LEFT), `tables: ${result.tables.map((x) => `${x.id} ${x.kind}`).join(', ') || 'none'}`, `findings: ${show(result.findings).join('; ') || 'none'}`, `model: ${JSON.stringify({ ...m, sections: undefined })}`].join('\n');
}

describe.each(Object.keys(CLASSES).filter((c) => allowed(`class:${c}`)))('a clean %s table', (cls) => {
  const arb = CLASSES[cls](allowed).filter((m) => allowed('figures:yearLike') || !looksLikeYears(m));

  test('gives no error or warning about totals (nor about styringsområder), as .xlsx and as a Word table', async () => {
    await fc.assert(
      fc.asyncProperty(arb, async (m) => {
        const t = renderTable(m, TOP, LEFT);
        const x = await checkXlsx(t.rows);
        if (falseAlarms(x.findings).length) throw new Error(describeCase(m, t, 'xlsx: false finding', x));
        const d = await checkDocx(t);
        if (falseAlarms(d.findings).length) throw new Error(describeCase(m, t, 'docx: false finding', d));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  test('with one amount changed, the change is found at that cell or at a total that counts it (or only infos)', async () => {
    await fc.assert(
      fc.asyncProperty(arb, fc.nat(), fc.boolean(), async (model, pick, up) => {
        // With totals as formulas Excel recalculates them after a changed part, so the only slip left
        // there is a formula overtyped with a figure.
        const m = model;
        const t = renderTable(m, TOP, LEFT);
        const { rows, at } = mutate(t, pick, up);
        const owed = placeable(m, t, at);
        const mutated = { ...t, rows };
        for (const [format, result, cellOf] of [
          ['xlsx', await checkXlsx(rows), xlsxCell],
          ['docx', await checkDocx(t, rows), docxCell(t)],
        ] as const) {
          const accept = new Set([[at.r, at.c] as [number, number], ...at.dependents].map(([r, c]) => cellOf(r, c)));
          const found = aboutTotals(result.findings);
          const note = `${format}: ${cellOf(at.r, at.c)} changed from ${at.value}; accepted at ${[...accept].join(', ')}`;
          if (found.some((f) => !accept.has(f.cell))) throw new Error(describeCase(m, mutated, `${note}: a finding elsewhere`, result));
          if (owed && found.length === 0) throw new Error(describeCase(m, mutated, `${note}: not found`, result));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});

test('every known gap says what it shows', () => {
  for (const [tag, why] of Object.entries(KNOWN_GAPS)) {
    expect(tag).toMatch(/^\w+:\w+$|^rowNumbers$/);
    expect(why.length).toBeGreaterThan(30);
  }
});
