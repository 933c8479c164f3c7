/**
 * Finds cost tables (year columns) and overview tables (styringsområde columns) anywhere on a
 * sheet, reads their label, title, styringsområde column and rows, and groups rows into blocks
 * with their stated totals. Linear in the number of cells.
 */
import { a1, rangeA1 } from '../a1';
import Decimal from 'decimal.js';
import type {
  AmountCell,
  AmountColumn,
  Cell,
  CellRange,
  ColumnTotal,
  RowKind,
  SheetGrid,
  StyringsomraadeCell,
  TableBlock,
  TableKind,
  TableLabel,
  TableRow,
  TotalGroup,
  TotalScope,
  UntotalledBlock,
} from '../model';
import type { Template } from '../templates/template';
import { readAmountCell } from './amountCell';
import { readLabelSentence, readTableLabel } from './label';
import { detectLists } from './listTables';
import { withRowChains } from './rowChains';
import { withLabelFormulas } from './labelFormula';
import { withOutline } from './outline';
import { withGrandTotalSection } from './grandTotalSection';
import { detectShapeTables, isHerafRow, isRowOfColumnNumbers, isRowOfShares, isUnitRow, repeatsHeadings, showsPrintedZero, levelInWords, placeTotals, readExcelTables, unitRowLabel, withArithmetic, showsGrouped, withColumnArithmetic, withColumnKey, withRowArithmetic, withUnheadedTotalColumn, withUnitFromCells, yearOfCell } from './shapeTables';
import { amountRows, formulaStatedRows, holdsWithWord, rowFit } from './arithmetic';
import { comparisonDecimals, shownDecimals, toleranceFor } from './precision';
import { StyringsomraadeMatcher } from './styringsomraade';
import { isBudgetVariantHeader, isDifferenceHeader, isNonAdditiveLabel, isPeriodTotal, isResultLabel, periodOf, YEAR_HEADING } from './tableWords';
import { cellText, normalizeLabel, proposalCodeIn, STOP_ROW, TITLE_ROWS_ABOVE } from './labelText';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** How far left of the first amount column a table's label columns may reach. */
const MAX_LABEL_COLUMNS = 12;
/** How many rows above the header a label or title may stand. */
const LABEL_ROWS_ABOVE = 2;
/** How many rows above the header, or below the table, a sentence stating the unit may stand. */
const SENTENCE_ROWS_ABOVE = 4;
const SENTENCE_ROWS_BELOW = 3;
const OVERVIEW_KEY_HEADERS = new Set(['forslag', 'udvalg', 'forslagets titel', 'titel', 'forslag nr.', 'nr.', 'forslagsnavn', 'forvaltning']);

interface Header {
  kind: TableKind;
  row: number;
  columns: AmountColumn[];
  /** Columns of the header row left of the first amount column that hold text. */
  leftCells: Cell[];
  /** The leftmost column this table may use (a table to its left on the same row ends before it). */
  minCol: number;
}

export function yearOf(value: Cell['value']): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : null;
  }
  if (typeof value === 'string') {
    const m = YEAR_HEADING.exec(value);
    return m ? Number(m[1]) : null;
  }
  return null;
}

function sortedCells(row: Map<number, Cell>): Cell[] {
  return Array.from(row.values()).sort((a, b) => a.col - b.col);
}

function isStyringsomraadeHeader(text: string): boolean {
  const n = normalizeLabel(text).replace(/-/g, '');
  return n.startsWith('styringsomr') || n === 'styr.omr.' || n === 'styr. omr.';
}

/**
 * Reads a row as table headers: every run of adjacent year columns that has its own label columns
 * is a proposal table (tables may stand side by side); failing that, one overview header. Only
 * cells in columns minCol..maxCol are looked at.
 */
function readHeaders(rowNumber: number, row: Map<number, Cell>, matcher: StyringsomraadeMatcher, minCol = 1, maxCol = Infinity): Header[] {
  let hasCandidate = false;
  for (const cell of row.values()) {
    if (cell.col < minCol || cell.col > maxCol) continue;
    if (yearOfCell(cell) !== null || (typeof cell.value === 'string' && cell.value.length < 60)) {
      hasCandidate = true;
      break;
    }
  }
  if (!hasCandidate) return [];
  const cells = sortedCells(row).filter((c) => c.col >= minCol && c.col <= maxCol);

  // Proposal tables: runs of adjacent year columns.
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  // Figures shown "2.050", "2.000" (t.kr.) are years only where every such figure of the row rises
  // from left to right: a row of amounts between 1990 and 2100 is no header.
  const grouped = cells.filter((c) => showsGrouped(c) && yearOfCell(c) !== null);
  const groupedAreYears = grouped.every((c, k) => k === 0 || yearOfCell(c)! > yearOfCell(grouped[k - 1])!) || repeatsRunOfYears(grouped.map((c) => yearOfCell(c)!));
  for (const cell of cells) {
    const isYear = yearOfCell(cell) !== null && (groupedAreYears || !showsGrouped(cell));
    if (isYear && (run.length === 0 || run[run.length - 1].col === cell.col - 1)) {
      run.push(cell);
    } else {
      if (run.length) runs.push(run);
      run = isYear ? [cell] : [];
    }
  }
  if (run.length) runs.push(run);
  const headers: Header[] = [];
  let previousEnd = minCol - 1;
  for (const years of runs) {
    const firstCol = years[0].col;
    const from = Math.max(previousEnd + 1, firstCol - MAX_LABEL_COLUMNS);
    const leftCells = cells.filter((c) => c.col >= from && c.col < firstCol && cellText(c.value) !== null);
    const hasStyrHeader = leftCells.some((c) => isStyringsomraadeHeader(c.value as string));
    // A second table on the row needs label columns of its own; a stray run of years does not count.
    if ((years.length >= 2 || hasStyrHeader) && (headers.length === 0 || leftCells.length > 0)) {
      const columns: AmountColumn[] = years.map((c) => ({
        col: c.col,
        address: a1(rowNumber, c.col),
        header: String(yearOfCell(c) ?? c.value).trim(),
        year: yearOfCell(c)!,
      }));
      // An "I alt" / "Total" column right after the years totals each row; an "Ændring" /
      // "Afvigelse" column after them is the difference of two of them (the rule finds which).
      for (let col = years[years.length - 1].col + 1; col <= maxCol; col++) {
        const next = row.get(col);
        const nextText = next ? cellText(next.value) : null;
        if (nextText === null || nextText.length >= 40) break;
        const heading = normalizeLabel(nextText);
        const role = isColumnTotalHeader(heading) ? 'total' : isDifferenceHeader(heading) ? 'difference' : null;
        if (role === null || columns.some((c) => c.role === role)) break;
        columns.push({ col, address: a1(rowNumber, col), header: nextText, role });
      }
      // The same run of years once per heading above ("Årets priser" and "1990-priser" over 1994–1997
      // each): figures by year under two bases or groups — a list, never a budget proposal, which
      // names each year once.
      const kind = repeatsRunOfYears(years.map((c) => yearOfCell(c)!)) ? 'list' : 'proposal';
      headers.push({ kind, row: rowNumber, leftCells, minCol: from, columns });
      previousEnd = columns[columns.length - 1].col;
    }
  }
  if (headers.length) return headers;

  const variant = readVariantHeader(rowNumber, cells, minCol);
  if (variant) return [variant];

  // Overview tables: columns named by styringsområde, next to "Forslag"/"Udvalg" or a label.
  const styrCells = cells.filter((c) => {
    const t = cellText(c.value);
    return t !== null && matcher.canonical(t) !== null;
  });
  if (styrCells.length === 0) return [];
  const firstCol = styrCells[0].col;
  const minOverviewCol = Math.max(minCol, firstCol - MAX_LABEL_COLUMNS);
  const leftCells = cells.filter((c) => c.col < firstCol && c.col >= minOverviewCol && cellText(c.value) !== null);
  if (leftCells.length === 0) return [];
  // Keyed by a proposal or committee heading; by a unit label only with at least two styringsområder
  // ("Mio. kr. | Drift | Anlæg" is a table of drift and anlæg, not an overview by styringsområde).
  const byProposal = leftCells.some((c) => OVERVIEW_KEY_HEADERS.has(normalizeLabel(c.value as string)));
  const byUnit = styrCells.length >= 2 && leftCells.some((c) => readTableLabel(c.value as string) !== null);
  if (!byProposal && !byUnit) return [];
  // Most headings beside the key are styringsområder: "Nr. | Drift | Anlæg | Refusion" is a table of
  // what it measures, one of whose headings happens to name a styringsområde.
  const otherHeadings = cells.filter((c) => {
    const t = cellText(c.value);
    return c.col >= minOverviewCol && t !== null && matcher.canonical(t) === null && !OVERVIEW_KEY_HEADERS.has(normalizeLabel(t)) && readTableLabel(t) === null;
  });
  if (styrCells.length * 2 <= styrCells.length + otherHeadings.length) return [];
  // Amount columns: the styringsområde columns, adjacent to one another.
  const columns: AmountColumn[] = [];
  for (const c of styrCells) {
    if (columns.length && c.col !== columns[columns.length - 1].col + 1) break;
    columns.push({
      col: c.col,
      address: a1(rowNumber, c.col),
      header: String(c.value).trim(),
      styringsomraade: matcher.canonical(c.value as string),
    });
  }
  return [{ kind: 'overview', row: rowNumber, leftCells, columns, minCol: minOverviewCol }];
}

/** True when every cell of the row lies inside one of the ranges (for this row). */
function everyCellWithin(row: Map<number, Cell>, ranges: CellRange[]): boolean {
  for (const cell of row.values()) {
    if (!ranges.some((r) => cell.col >= r.left && cell.col <= r.right)) return false;
  }
  return true;
}

/** A header row holds no numbers but years; a row with any other number is a row of amounts. */
function hasPlainNumber(row: Map<number, Cell>, from: number, to: number): boolean {
  for (const cell of row.values()) {
    if (cell.col >= from && cell.col <= to && typeof cell.value === 'number' && yearOfCell(cell) === null) return true;
  }
  return false;
}

function firstText(row: Map<number, Cell> | undefined, from: number, to: number): Cell | null {
  if (!row) return null;
  let found: Cell | null = null;
  for (const cell of row.values()) {
    if (cell.col >= from && cell.col <= to && cellText(cell.value) !== null && (!found || cell.col < found.col)) found = cell;
  }
  return found;
}

/** Do two rows hold the same values in the same columns between `from` and `to` (at least two)? */
function sameCells(a: Map<number, Cell> | undefined, b: Map<number, Cell>, from: number, to: number): boolean {
  if (!a) return false;
  let same = 0;
  for (const cell of b.values()) {
    if (cell.col < from || cell.col > to || cell.value === null) continue;
    if (a.get(cell.col)?.value !== cell.value) return false;
    same++;
  }
  for (const cell of a.values()) if (cell.col >= from && cell.col <= to && cell.value !== null && b.get(cell.col)?.value !== cell.value) return false;
  return same >= 2;
}

function hasAnyCell(row: Map<number, Cell> | undefined, from: number, to: number): boolean {
  if (!row) return false;
  for (const cell of row.values()) {
    if (cell.col >= from && cell.col <= to && (cell.value !== null || cell.formula !== undefined)) return true;
  }
  return false;
}

/**
 * `labels` already normalized. A label is a word of its own, or the first part of a compound of a
 * noun ("Subtotalen", "Hovedtotaler"); an adjective makes no compound ("Samletanke" is a tank).
 */
function matchesLabelPrefix(normalized: string, labels: string[]): boolean {
  return labels.some((n) => {
    if (!normalized.startsWith(n)) return false;
    const next = normalized.charAt(n.length);
    return next === '' || /[\s.:,(–-]/.test(next) || (n.length >= 6 && /total$/.test(n) && /\p{L}/u.test(next));
  });
}

/** "I alt", "Total", "I alt 2026-2031", "Samlet", "Udgifter i alt": a column that totals the columns before it. */
function isColumnTotalHeader(normalized: string): boolean {
  return (
    /^(?:i\s+alt|total|sum|samlet|samlede|i\s+alt\s+\d{4}\s*[-–]\s*\d{2,4}|\d{4}\s*[-–]\s*\d{2,4}\s+i\s+alt)\b/.test(normalized) ||
    /^\p{L}[\p{L}\s.-]{0,30}\s+i\s+alt$/u.test(normalized) ||
    isPeriodTotal(periodOf(normalized))
  );
}

type ColumnWord = 'variant' | 'difference' | 'nonAdditive' | 'total' | 'month' | 'periodTotal';

function columnWord(text: string): ColumnWord | null {
  if (text.length >= 60) return null;
  const n = normalizeLabel(text);
  const period = periodOf(n);
  if (period) return period.from === period.to ? 'month' : 'periodTotal';
  if (isNonAdditiveLabel(n)) return 'nonAdditive';
  if (isDifferenceHeader(n)) return 'difference';
  if (isBudgetVariantHeader(n)) return 'variant';
  if (isColumnTotalHeader(n)) return 'total';
  return null;
}

/**
 * A follow-up header (budget variants of a year: "Oprindeligt budget 2025", "Korrigeret budget",
 * "Forventet regnskab", "Afvigelse") or a period header (months and quarters as columns): the
 * longest run of adjacent such columns.
 */
function readVariantHeader(rowNumber: number, cells: Cell[], minCol: number): Header | null {
  let best: Array<{ cell: Cell; word: ColumnWord }> = [];
  let run: Array<{ cell: Cell; word: ColumnWord }> = [];
  for (const cell of cells) {
    const t = cellText(cell.value);
    const word = t === null ? null : columnWord(t);
    if (word && (run.length === 0 || run[run.length - 1].cell.col === cell.col - 1)) run.push({ cell, word });
    else run = word ? [{ cell, word }] : [];
    if (run.length > best.length) best = run;
  }
  const count = (w: ColumnWord) => best.filter((b) => b.word === w).length;
  const months = count('month');
  const periodTotals = count('periodTotal');
  const variants = count('variant');
  let kind: TableKind;
  if (months >= 3 || (months === 0 && periodTotals >= 2 && variants === 0)) kind = 'period';
  else if (variants >= 2 || (variants >= 1 && count('difference') >= 1)) kind = comparesOneYear(best) ? 'followup' : 'list';
  else return null;
  const firstCol = best[0].cell.col;
  const from = Math.max(minCol, firstCol - MAX_LABEL_COLUMNS);
  const leftCells = cells.filter((c) => c.col >= from && c.col < firstCol && cellText(c.value) !== null);
  const columns: AmountColumn[] = best.map(({ cell, word }) => {
    const header = String(cell.value).trim();
    const period = periodOf(normalizeLabel(header));
    const role = word === 'difference' ? 'difference' : word === 'nonAdditive' ? 'nonAdditive' : word === 'total' || word === 'periodTotal' ? 'total' : undefined;
    return { col: cell.col, address: a1(rowNumber, cell.col), header, ...(role ? { role } : {}), ...(period ? { period } : {}) };
  });
  return { kind, row: rowNumber, leftCells, columns, minCol: from };
}

/**
 * A follow-up holds variants of the same year side by side (budget, forbrug, forventet regnskab).
 * Variants each of its own year ("Regnskab 2009 | Regnskab 2010", "Regnskab 2007 | Budget 2008 |
 * Budget 2009") are a table by year: no follow-up.
 */
function comparesOneYear(columns: ReadonlyArray<{ cell: Cell; word: ColumnWord }>): boolean {
  const years: number[] = [];
  for (const { cell, word } of columns) {
    if (word !== 'variant') continue;
    const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(String(cell.value));
    if (!m) return true;
    years.push(Number(m[1]));
  }
  return new Set(years).size < years.length;
}

/**
 * Months, quarters or years as rows: a header row of text columns whose next row starts with a
 * period ("Januar", "1. kvartal", 2026) and has amounts under those columns.
 */
function readPeriodRowsHeader(rowNumber: number, row: Map<number, Cell>, next: Map<number, Cell> | undefined, minCol = 1, above?: Map<number, Cell>): Header | null {
  if (!next) return null;
  const nextCells = sortedCells(next);
  const lead = nextCells[0];
  if (!lead || lead.col < minCol) return null;
  const leadText = cellText(lead.value);
  const isPeriod = leadText !== null ? periodOf(normalizeLabel(leadText)) !== null : yearOf(lead.value) !== null;
  if (!isPeriod) return null;
  // A row of years only, rising ("1997 | 1998 | 2000" under "Regnskab | Finanslov | BO"), is a second
  // heading row over the columns, not the first of a run of years as rows.
  if (leadText === null && isRowOfYears(nextCells)) return null;
  const columns: AmountColumn[] = [];
  const leftCells: Cell[] = [];
  // Headings on two rows ("Akkumuleret" over "saldo", the other headings on the upper row only): where
  // the row lacks headings over figures and the row above, all text, has them, they are joined.
  const hasFigure = (col: number) => {
    const v = next.get(col)?.value;
    return typeof v === 'number' || (typeof v === 'string' && /\d/.test(v));
  };
  const lacking = [...next.keys()].filter((col) => col > lead.col && hasFigure(col) && cellText(row.get(col)?.value ?? null) === null);
  const upper =
    above && lacking.length > 0 && lacking.every((col) => cellText(above.get(col)?.value ?? null) !== null) && [...above.values()].every((c) => c.value === null || cellText(c.value) !== null)
      ? above
      : undefined;
  const headingCols = new Set([...row.keys(), ...(upper ? lacking : [])]);
  for (const col of [...headingCols].sort((x, y) => x - y)) {
    const cell = row.get(col) ?? upper!.get(col)!;
    if (cell.col < minCol) continue;
    const lower = cellText(row.get(col)?.value ?? null);
    const first = upper && col > lead.col ? cellText(upper.get(col)?.value ?? null) : null;
    const t = first && lower ? `${first} ${lower}` : (lower ?? (row.has(col) ? null : first));
    if (t === null || t.length >= 60) return null;
    if (cell.col <= lead.col) {
      leftCells.push(cell);
      continue;
    }
    const under = next.get(cell.col);
    if (!under || (typeof under.value !== 'number' && !(typeof under.value === 'string' && /\d/.test(under.value)))) continue;
    const word = columnWord(t);
    const role = word === 'difference' ? 'difference' : word === 'nonAdditive' ? 'nonAdditive' : word === 'total' ? 'total' : undefined;
    if (columns.length && columns[columns.length - 1].col !== cell.col - 1) break;
    columns.push({ col: cell.col, address: a1(rowNumber, cell.col), header: t, ...(role ? { role } : {}) });
  }
  if (columns.length === 0) return null;
  return { kind: 'period', row: rowNumber, leftCells, columns, minCol: Math.max(minCol, lead.col - MAX_LABEL_COLUMNS) };
}

/**
 * A row of years only, in order ("1997 | 1998 | 2000", "2024 | 2025 | 2025" — a budget and a
 * forecast of the same year) or the same run repeated under each heading above it, none shown with a
 * thousands point: a heading row over the columns.
 * Empty cells are allowed (a heading merged over two columns); at least two years.
 */
function isRowOfYears(cells: ReadonlyArray<Cell | undefined>, anyOrder = false): boolean {
  const years: number[] = [];
  for (const c of cells) {
    if (c === undefined || c.value === null || c.value === '') continue;
    const year = yearOfCell(c);
    if (year === null || showsGrouped(c)) return false;
    years.push(year);
  }
  if (years.length < 2) return false;
  // Right under headings that name the columns ("Budget | Budget | Regnskab" over "2025 | 2026 |
  // 2024"), years in any order are the second heading row.
  return anyOrder || years.every((y, k) => k === 0 || y >= years[k - 1]) || repeatsRunOfYears(years);
}


/**
 * A row named by a period that spans others ("1. kvartal", "Hele året") totals the periods under it
 * — where the table has them. Without months under the quarters (state accounts by quarter, a year
 * not yet over) each quarter is a row of figures like any other.
 */
function itemsUnlessPeriodsUnder(rows: TableRow[], normalized: (label: string) => string, isTotalLabel: (n: string) => boolean): TableRow[] {
  if (!rows.some((r) => r.kind === 'total')) return rows;
  const periods = rows.map((r) => (r.label ? periodOf(normalized(r.label)) : null));
  if (!periods.some((p, k) => rows[k].kind === 'total' && p !== null && isPeriodTotal(p))) return rows;
  return rows.map((r, k) => {
    const p = periods[k];
    if (r.kind !== 'total' || !p || !isPeriodTotal(p) || isTotalLabel(normalized(r.label))) return r;
    const spansOthers = periods.some((q, j) => j !== k && q !== null && q.from >= p.from && q.to <= p.to && q.to - q.from < p.to - p.from);
    return spansOthers ? r : { ...r, kind: 'item' as const };
  });
}

/** A section's title: a few words, no sentence ("Takstfinansieret", "Anlæg:"). */
function isShortTitle(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && t.split(/\s+/).length <= 4 && !/[.!?]$/.test(t);
}

/** The items right below row `i`, up to the next total or section title ("heraf" rows left out). */
function rowsBelow(rows: readonly TableRow[], i: number, additive?: boolean[]): number[] {
  const out: number[] = [];
  for (let k = i + 1; k < rows.length; k++) {
    const kind = rows[k].kind;
    if (kind === 'heraf' || kind === 'nonAdditive') continue;
    if (kind !== 'item') break;
    out.push(k);
  }
  if (out.length < 2) return [];
  // Only where the figures agree: a first row "Anlægsaktiver i alt" over other balance lines is the
  // total of a ledger the table does not show, not of the rows under it.
  const cols = rows[i].amounts.map((_, j) => j).filter((j) => additive?.[j] !== false);
  return holdsWithWord(rowFit(amountRows(rows, [i, ...out]), i, out, cols)) ? out : [];
}

/** The same rising run of years, twice or more ("1994 | 1995 | 1994 | 1995"): once per heading above it. */
function repeatsRunOfYears(years: readonly number[]): boolean {
  const restart = years.findIndex((y, k) => k > 0 && y < years[k - 1]);
  return restart >= 2 && years.length % restart === 0 && years.every((y, k) => y === years[k % restart]) && years.slice(0, restart).every((y, k) => k === 0 || y > years[k - 1]);
}

export class TableDetector {
  private readonly matcher: StyringsomraadeMatcher;
  private readonly totalLabels: string[];
  private readonly netLabels: string[];

  constructor(private readonly template: Template) {
    this.matcher = new StyringsomraadeMatcher(template.styringsomraader);
    this.totalLabels = template.totalLabels.map(normalizeLabel);
    this.netLabels = template.netTotalLabels.map(normalizeLabel);
  }

  get styringsomraader(): StyringsomraadeMatcher {
    return this.matcher;
  }

  detect(sheet: SheetGrid): TableBlock[] {
    const rowNumbers = Array.from(sheet.rows.keys()).sort((a, b) => a - b);
    const tables: TableBlock[] = [];
    // Tables found so far that reach down to the current row, in the order found. Every table starts
    // at or above the row its header is found on, so only its bottom decides: a list of the tables
    // still open keeps this pass linear on a sheet of thousands of stacked tables.
    let open: TableBlock[] = [];
    // Per column, the last row of the tables closed above the current row.
    const closedBottom = new Map<number, number>();
    for (let i = 0; i < rowNumbers.length; i++) {
      const r = rowNumbers[i];
      const row = sheet.rows.get(r)!;
      if (open.length && open.some((t) => t.range.bottom < r)) {
        for (const { range: g } of open) {
          if (g.bottom >= r) continue;
          for (let c = g.left; c <= g.right; c++) if ((closedBottom.get(c) ?? 0) < g.bottom) closedBottom.set(c, g.bottom);
        }
        open = open.filter((t) => t.range.bottom >= r);
      }
      // Tables found so far that this row passes through: their columns are taken.
      const across = open.filter((t) => r >= t.range.top).map((t) => t.range);
      if (across.length && everyCellWithin(row, across)) continue;
      let headers = readHeaders(r, row, this.matcher);
      if (headers.length === 0 && !across.length) {
        const periodRows = readPeriodRowsHeader(r, row, sheet.rows.get(rowNumbers[i + 1]), 1, sheet.rows.get(r - 1));
        if (periodRows && rowNumbers[i + 1] === r + 1) headers = [periodRows];
      }
      for (const header of headers) {
        const first = header.columns[0].col;
        if (across.some((c) => first >= c.left && first <= c.right)) continue;
        const besideLeft = open.filter((t) => r >= t.range.top && t.range.right < first).map((t) => t.range.right + 1);
        const leftLimit = Math.max(header.minCol, ...besideLeft);
        const last = header.columns[header.columns.length - 1].col;
        // The last row of the tables above that share its columns (by column: a sheet may hold thousands).
        let floor = 0;
        if (leftLimit <= last) {
          for (let c = leftLimit; c <= last; c++) floor = Math.max(floor, closedBottom.get(c) ?? 0);
        } else {
          for (const t of tables) if (t.range.bottom < r && t.range.right >= leftLimit && t.range.left <= last) floor = Math.max(floor, t.range.bottom);
        }
        const table = placeTotals(withRowArithmetic(sheet, withUnheadedTotalColumn(sheet, withColumnArithmetic(this.readTable(sheet, header, rowNumbers, i, floor, leftLimit)))));
        // Headings with no rows under them ("Bevilling | Finanslov" over a row of years, in a
        // Word table whose "Regnskaber" spans four columns without a merge) are no table: the
        // headings of the table below.
        if (table.rows.length === 0 && header.kind === 'period') continue;
        // Under a template that asks no styringsområder (state, region, tax tables), headings with
        // nothing under them owe nothing: no amounts to total, price or compare.
        if (table.rows.length === 0 && this.template.styringsomraadeRequired === false) continue;
        tables.push(table);
        open.push(table);
        across.push(table.range);
      }
    }
    // Lists ("Beløb", "Markedsværdi" … with a SUM at the foot) in what the tables above leave free.
    const shape = { totalLabels: this.totalLabels, netLabels: this.netLabels };
    // Excel tables (Insert › Table): the workbook says where they are and which row totals them.
    tables.push(...readExcelTables(sheet, tables.map((t) => t.range), shape));
    for (const list of detectLists(sheet, tables.map((t) => t.range), { totalLabels: this.totalLabels })) tables.push(withArithmetic(sheet, list, groupTotals));
    // Then every other block of amounts, found by its shape, whatever its headings say.
    tables.push(...detectShapeTables(sheet, tables.map((t) => t.range), shape));
    return tables.map((t) => withUnitFromCells(withRowChains(withLabelFormulas(withGrandTotalSection(withOutline(withColumnKey(t, sheet)))))));
  }

  /** Row labels repeat across tables ("Projektledelse", "I alt"): normalise each text once. */
  private readonly normalizedLabels = new Map<string, string>();

  private normalized(label: string): string {
    let n = this.normalizedLabels.get(label);
    if (n === undefined) {
      n = normalizeLabel(label);
      if (this.normalizedLabels.size < 50_000) this.normalizedLabels.set(label, n);
    }
    return n;
  }

  private isTotalLabel(normalized: string): boolean {
    return matchesLabelPrefix(normalized, this.totalLabels) || /(^|\s)i alt(\s|$|[.:,])/.test(normalized);
  }

  /** The body of a table: rows below its header until a gap, a note, the next table or the end. */
  private readBody(sheet: SheetGrid, header: Header, rowNumbers: number[], headerIndex: number, scanLeft: number): number[] {
    const firstAmountCol = header.columns[0].col;
    const right = header.columns[header.columns.length - 1].col;
    const amountCols = header.columns.map((c) => c.col);
    const body: number[] = [];
    let prev = header.row;
    for (let j = headerIndex + 1; j < rowNumbers.length; j++) {
      const r = rowNumbers[j];
      const row = sheet.rows.get(r)!;
      if (!hasAnyCell(row, scanLeft, right)) continue; // cells only outside the table's columns
      const lead = firstText(row, scanLeft, right);
      if (lead && STOP_ROW.test(String(lead.value).trim())) break;
      // The header row again, right under rows of the table (pasted from a document that repeats it
      // on each page): the same table goes on; the row is read as a heading.
      if (body.length && r - prev === 1 && sameCells(sheet.rows.get(header.row), row, scanLeft, right)) {
        body.push(r);
        prev = r;
        continue;
      }
      // A row of years right under the headings ("Regnskab | Budget | Forventet regnskab" over
      // "2024 | 2025 | 2025") is a second heading row, not figures and not a new table.
      if (body.length === 0 && r === header.row + 1 && (isRowOfYears(amountCols.map((c) => row.get(c)), true) || isRowOfColumnNumbers(amountCols.map((c) => row.get(c)?.value)))) {
        body.push(r);
        prev = r;
        continue;
      }
      if (!hasPlainNumber(row, scanLeft, right) && this.startsNewTable(readHeaders(r, row, this.matcher, scanLeft, right)[0] ?? null, row, scanLeft, right)) break;
      const gap = r - prev - 1;
      if (gap >= 2) break;
      if (gap === 1) {
        const hasAmount = amountCols.some((c) => {
          const cell = row.get(c);
          return cell !== undefined && readAmountCell(r, c, cell).status !== 'empty';
        });
        const isTotal = lead !== null && this.isTotalLabel(normalizeLabel(String(lead.value)));
        // A section title after one empty row ("Takstfinansieret" over rows of amounts) goes on with
        // the table: the grand total under the sections adds them all.
        const next = sheet.rows.get(r + 1);
        const isSectionTitle =
          lead !== null && next !== undefined && isShortTitle(String(lead.value)) && !hasAnyCell(row, firstAmountCol, right) && hasPlainNumber(next, firstAmountCol, right);
        if (!hasAmount && !isTotal && !isSectionTitle) break;
      }
      body.push(r);
      prev = r;
    }
    return body;
  }

  private readTable(sheet: SheetGrid, header: Header, rowNumbers: number[], headerIndex: number, floor: number, leftLimit: number): TableBlock {
    const firstAmountCol = header.columns[0].col;
    const right = header.columns[header.columns.length - 1].col;
    const scanLeft = Math.max(1, leftLimit, firstAmountCol - MAX_LABEL_COLUMNS);

    const body = this.readBody(sheet, header, rowNumbers, headerIndex, scanLeft);

    // Left edge: the leftmost column with content, without a run of 3 empty columns before the amounts.
    const used = new Set<number>();
    for (const r of [header.row, ...body]) {
      const row = sheet.rows.get(r)!;
      for (const cell of row.values()) {
        if (cell.col >= scanLeft && cell.col < firstAmountCol && (cell.value !== null || cell.formula !== undefined)) used.add(cell.col);
      }
    }
    let left = firstAmountCol;
    for (let c = firstAmountCol - 1, empty = 0; c >= scanLeft; c--) {
      if (used.has(c)) {
        left = c;
        empty = 0;
      } else if (++empty >= 3) break;
    }

    // Label: in the header row left of the amounts, or on a row just above.
    // A short label on a row just above belongs to the table; a sentence near it does not.
    const shortLabel = this.findLabel(sheet, header, left, right, floor);
    const label = shortLabel ?? this.findLabelSentence(sheet, header, left, right, floor, body[body.length - 1] ?? header.row);
    const top = shortLabel && shortLabel.row < header.row ? shortLabel.row : header.row;

    // Styringsområde column (proposal tables).
    let styrCol: number | null = null;
    let styrHeader: string | null = null;
    if (header.kind === 'proposal') {
      const h = header.leftCells.find((c) => c.col >= left && isStyringsomraadeHeader(c.value as string));
      if (h) {
        styrCol = h.col;
        styrHeader = String(h.value).trim();
      } else {
        styrCol = this.guessStyringsomraadeColumn(sheet, body, left, firstAmountCol);
      }
    }

    const rows: TableRow[] = itemsUnlessPeriodsUnder(body.map((r) => this.readRow(sheet, r, header, left, firstAmountCol, styrCol)), (label) => this.normalized(label), (n) => this.isTotalLabel(n));
    // A unit row under the headings ("Kr." over every column) gives the unit a sentence lacks.
    const unitRow = label?.unit ? null : unitRowLabel(sheet, rows);
    const tableLabel = label && unitRow ? { ...label, unit: unitRow.unit, unitText: unitRow.unitText } : (label ?? unitRow);
    // Trailing rows with neither amounts nor a total label are not part of the table.
    while (rows.length && rows[rows.length - 1].kind === 'section') rows.pop();
    const bottom = rows.length ? rows[rows.length - 1].row : header.row;
    const additive = header.columns.map((c) => c.role !== 'nonAdditive');
    const { totals, untotalled } = groupTotals(rows, additive);
    const columnTotals = groupColumnTotals(header.columns);

    // A follow-up table whose rows are months ("Januar" … "Hele året") is a period table.
    let kind = header.kind;
    const monthRows = rows.filter((r) => {
      const p = periodOf(this.normalized(r.label));
      return p !== null && p.from === p.to;
    }).length;
    if (kind === 'followup' && monthRows >= 3) kind = 'period';
    // Year columns with no styringsområde and no p/l, under a template that sets no price level for
    // proposals: a table of figures by year (rates, thresholds, accounts), not a budget proposal.
    // Years named twice ("Aftale 2008 | Budget 2008" under a row of variants) under a template with no
    // proposal price level: a table by year, not a budget proposal (which names each year once).
    if (kind === 'proposal' && this.template.priceLevel.proposal === null && new Set(header.columns.map((c) => c.year)).size < header.columns.length) kind = 'list';
    if (kind === 'proposal' && this.template.priceLevel.proposal === null && styrCol === null && !(tableLabel && (tableLabel.priceLevel !== null || tableLabel.priceLevelWithoutYear) && !/niveau/i.test(tableLabel.text))) kind = 'list';
    const title = this.findTitle(sheet, top, left, right, floor, tableLabel);
    const range = { top, left, bottom, right };
    const rangeText = rangeA1(range);
    return {
      id: `${sheet.name}!${rangeText}`,
      sheet: sheet.name,
      kind,
      range,
      rangeA1: rangeText,
      headerRow: header.row,
      firstHeaderCell: a1(header.row, left),
      title: title,
      label: tableLabel,
      unit: tableLabel?.unit ?? null,
      priceLevel: tableLabel?.priceLevel ?? null,
      years: header.columns.filter((c) => c.year !== undefined).map((c) => c.year!),
      columns: header.columns,
      styringsomraadeCol: styrCol,
      styringsomraadeHeader: styrHeader,
      rows,
      totals,
      untotalled,
      ...(columnTotals.length ? { columnTotals } : {}),
      proposalCode: header.kind === 'proposal' ? this.findProposalCode(sheet, top, floor) : null,
      ...(sheet.headings ? { headings: sheet.headings } : {}),
    };
  }

  /**
   * Inside a table, a row ends it only if it is unmistakably a header: amounts such as 2.000 and
   * 2.010 must not pass for years. It names the styringsområde column, carries a unit label, or has
   * consecutive years (2026, 2027, …) and no styringsområde or total label of an amount row.
   */
  private startsNewTable(header: Header | null, row: Map<number, Cell>, from: number, to: number): boolean {
    if (!header) return false;
    if (header.leftCells.some((c) => isStyringsomraadeHeader(c.value as string) || readTableLabel(c.value as string) !== null)) return true;
    if (header.kind !== 'proposal') return true;
    const years = header.columns.map((c) => c.year!);
    if (years.length < 2 || !years.every((y, i) => i === 0 || y === years[i - 1] + 1)) return false;
    for (const cell of row.values()) {
      if (cell.col < from || cell.col > to) continue;
      const t = cellText(cell.value);
      if (t !== null && (this.matcher.canonical(t) !== null || this.isTotalLabel(normalizeLabel(t)))) return false;
    }
    return true;
  }

  private findLabel(sheet: SheetGrid, header: Header, left: number, right: number, floor: number): TableLabel | null {
    const tryCell = (cell: Cell | undefined): TableLabel | null => {
      const text = cell ? cellText(cell.value) : null;
      if (!cell || text === null || text.length > 60) return null;
      const reading = readTableLabel(text);
      if (!reading) return null;
      return { text, sheet: sheet.name, cell: a1(cell.row, cell.col), row: cell.row, col: cell.col, ...reading };
    };
    for (const cell of header.leftCells) {
      if (cell.col < left) continue;
      const found = tryCell(cell);
      if (found) return found;
    }
    for (let r = header.row - 1; r >= header.row - LABEL_ROWS_ABOVE && r > floor; r--) {
      const row = sheet.rows.get(r);
      if (!row) continue;
      for (const cell of sortedCells(row)) {
        if (cell.col < left - 1 || cell.col > right) continue;
        const found = tryCell(cell);
        if (found) return found;
      }
    }
    // A Word table's label may stand outside its grid: in the paragraph above it or its caption.
    for (const text of floor === 0 ? [sheet.textAbove, sheet.caption] : []) {
      const reading = text ? (readTableLabel(text) ?? levelInWords(text)) : null;
      if (reading) return { text: text!, sheet: sheet.name, cell: a1(header.row, left), row: header.row, col: left, ...reading };
    }
    return null;
  }

  /**
   * A sentence a few rows above the header or just below the table ("Alle beløb er i 1.000 kr.,
   * 2027-priser"; "Anm.: Beløb i mio. kr."). Above is preferred; below, only before anything that
   * could start another table.
   */
  private findLabelSentence(sheet: SheetGrid, header: Header, left: number, right: number, floor: number, bottom: number): TableLabel | null {
    const tryRow = (r: number): TableLabel | null => {
      const row = sheet.rows.get(r);
      if (!row) return null;
      for (const cell of sortedCells(row)) {
        if (cell.col < left - 1 || cell.col > right) continue;
        const text = cellText(cell.value);
        const reading = text ? (readLabelSentence(text) ?? levelInWords(text)) : null;
        if (reading) return { text: text!, sheet: sheet.name, cell: a1(cell.row, cell.col), row: cell.row, col: cell.col, ...reading };
      }
      return null;
    };
    for (let r = header.row - 1; r >= header.row - SENTENCE_ROWS_ABOVE && r > floor; r--) {
      const found = tryRow(r);
      if (found) return found;
    }
    for (let r = bottom + 1; r <= bottom + SENTENCE_ROWS_BELOW; r++) {
      const row = sheet.rows.get(r);
      if (row && readHeaders(r, row, this.matcher).length) break;
      const found = tryRow(r);
      if (found) return found;
    }
    // A Word table's sentence may stand in the paragraph under it.
    const below = floor === 0 && sheet.textBelow ? readLabelSentence(sheet.textBelow) : null;
    if (below) return { text: sheet.textBelow!, sheet: sheet.name, cell: a1(header.row, left), row: header.row, col: left, ...below };
    return null;
  }

  private findTitle(sheet: SheetGrid, top: number, left: number, right: number, floor: number, label: TableLabel | null): string | null {
    let fallback: string | null = null;
    for (let r = top - 1; r >= top - TITLE_ROWS_ABOVE && r > floor; r--) {
      const cell = firstText(sheet.rows.get(r), Math.max(1, left - 1), right);
      if (!cell || (label && label.row === r)) continue;
      const text = String(cell.value).trim();
      if (/^tabel\b/i.test(text)) return text;
      if (fallback === null) fallback = text;
    }
    return fallback ?? sheet.caption ?? null;
  }

  private findProposalCode(sheet: SheetGrid, top: number, floor: number): string | null {
    for (let r = top - 1; r > floor; r--) {
      const row = sheet.rows.get(r);
      if (!row) continue;
      for (const cell of sortedCells(row)) {
        const t = cellText(cell.value);
        const code = t ? proposalCodeIn(t) : null;
        if (code) return code;
      }
    }
    const fromHeadings = (sheet.headings ?? []).map(proposalCodeIn).filter((c) => c !== null);
    return proposalCodeIn(sheet.name) ?? fromHeadings[fromHeadings.length - 1] ?? null;
  }

  private guessStyringsomraadeColumn(sheet: SheetGrid, body: number[], left: number, firstAmountCol: number): number | null {
    let bestCol: number | null = null;
    let bestHits = 0;
    for (let c = left; c < firstAmountCol; c++) {
      let hits = 0;
      let texts = 0;
      for (const r of body) {
        const t = cellText(sheet.rows.get(r)?.get(c)?.value);
        if (!t || this.isTotalLabel(this.normalized(t))) continue;
        texts++;
        if (this.matcher.canonical(t)) hits++;
      }
      // A column of row labels in which one happens to be a styringsområde's name ("Overførsler"
      // among "Forbrug", "Investeringer" …) is no styringsområde column: most of its texts must be.
      // Under a template that asks for none (generic: state, region and tax tables), more than half
      // and at least two: "Anlæg | Lån" is a table of anlæg and lån, not of styringsområder.
      if (hits * 2 < texts) continue;
      if (this.template.styringsomraadeRequired === false && (hits < 2 || hits * 2 <= texts)) continue;
      if (hits > bestHits) {
        bestHits = hits;
        bestCol = c;
      }
    }
    return bestHits > 0 ? bestCol : null;
  }

  private readRow(sheet: SheetGrid, r: number, header: Header, left: number, firstAmountCol: number, styrCol: number | null): TableRow {
    const row = sheet.rows.get(r)!;
    const texts: string[] = [];
    let labelCol: number | null = null;
    for (let c = left; c < firstAmountCol; c++) {
      if (c === styrCol) continue;
      const value = row.get(c)?.value;
      // Years as rows ("2026", "2027" …) in a period table: the year is the row's label.
      const t = cellText(value) ?? (header.kind === 'period' && yearOf(value ?? null) !== null ? String(value) : null);
      if (t !== null) {
        texts.push(t);
        if (labelCol === null) labelCol = c;
      }
    }
    const label = texts.join(' ');
    const amounts = header.columns.map((col) => readAmountCell(r, col.col, row.get(col.col)));
    let styringsomraade: StyringsomraadeCell | null = null;
    if (styrCol !== null) {
      const text = cellText(row.get(styrCol)?.value) ?? '';
      styringsomraade = { text, address: a1(r, styrCol), canonical: text ? this.matcher.canonical(text) : null };
    }
    const proposalCode = header.kind === 'overview' && texts.length ? proposalCodeIn(texts[0]) : null;
    const normalized = this.normalized(label);
    const hasAmounts = amounts.some((a) => a.status !== 'empty');
    let kind: RowKind;
    if (hasAmounts && (isUnitRow(amounts) || repeatsHeadings(amounts, header.columns) || (!label && r === header.row + 1 && (isRowOfYears(header.columns.map((c) => row.get(c.col)), true) || isRowOfColumnNumbers(header.columns.map((c) => row.get(c.col)?.value)))))) kind = 'section';
    else if (label && isHerafRow(label, normalized)) kind = 'heraf';
    else if ((label && isNonAdditiveLabel(normalized, 'row')) || isRowOfShares(amounts)) kind = 'nonAdditive';
    else if (label && !proposalCode && (matchesLabelPrefix(normalized, this.netLabels) || isResultLabel(normalized))) kind = 'netTotal';
    else if (label && !proposalCode && (this.isTotalLabel(normalized) || isPeriodTotal(periodOf(normalized)))) kind = 'total';
    else if (hasAmounts || (styringsomraade && styringsomraade.text) || proposalCode || (label && showsPrintedZero(amounts))) kind = 'item';
    else kind = 'section';
    // Set, not spread: a spread after the literal costs microseconds a row on Node 20.
    const read: TableRow = { row: r, kind, label, labelAddress: a1(r, labelCol ?? left), styringsomraade, amounts };
    if (proposalCode) read.proposalCode = proposalCode;
    if (sheet.hiddenRows.has(r)) read.hidden = true;
    return read;
  }
}

/** How well a reading of a total matches what it states: columns that agree within rounding. */
function scopeScore(rows: TableRow[], totalRow: number, members: number[], additive: boolean[] | undefined): { score: number; of: number } {
  const total = rows[totalRow];
  let score = 0;
  let of = 0;
  total.amounts.forEach((stated, j) => {
    if (additive && additive[j] === false) return;
    const statedAmount = stated.status === 'number' || stated.status === 'text-number' ? stated.amount : stated.status === 'empty' ? null : undefined;
    if (statedAmount === undefined) return;
    let sum = new Decimal(0);
    let any = false;
    const parts: Array<number | null> = [];
    for (const m of members) {
      const cell: AmountCell = rows[m].amounts[j];
      if (cell.status === 'empty') continue;
      const a = cell.status === 'number' || cell.status === 'text-number' ? cell.amount : null;
      if (a === null) return; // unreadable: the cell rules report it
      sum = sum.plus(a);
      any = true;
      parts.push(shownDecimals(cell, a));
    }
    if (statedAmount === null && !any) return;
    of++;
    const d = comparisonDecimals(statedAmount ? shownDecimals(stated, statedAmount) : null, parts);
    const tolerance = toleranceFor(members.length, 0.5, 1, d);
    if ((statedAmount ?? new Decimal(0)).minus(sum).abs().lte(tolerance)) score++;
  });
  return { score, of };
}

/** Above this many items, "every item above" is a reading only for the table's last total. */
const WIDE_READING_MAX_ROWS = 2000;

const sameRows = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What each stated total counts. Its sensible readings, in order of preference: a period total its
 * period's months or subtotals; a total its own block (items since the previous section title or
 * total), the items since the previous total across section titles with no subtotals of their own,
 * the subtotals above it (with any items since), every item of the table above it. The first
 * reading that matches every column is taken; when none does, the one that matches most columns
 * (ties: the earlier), and readings that match as many are kept as `candidates` for the rule to
 * try cell by cell.
 * "heraf" rows and non-additive rows are never counted.
 */
export function groupTotals(rows: TableRow[], additive?: boolean[]): { totals: TotalGroup[]; untotalled: UntotalledBlock[] } {
  const totals: TotalGroup[] = [];
  const untotalled: UntotalledBlock[] = [];
  /** Items since the previous section title or total. */
  let block: number[] = [];
  /** Item blocks closed by a section title since the previous total. */
  let pending: number[][] = [];
  /** Totals since the last total of totals. */
  let subtotals: number[] = [];
  const allItems: number[] = [];
  const periods: Array<{ row: number; from: number; to: number; total: boolean }> = [];
  let lastTotal = -1;
  rows.forEach((r, i) => {
    if (r.kind === 'total' || r.kind === 'netTotal') lastTotal = i;
  });

  rows.forEach((row, i) => {
    if (row.kind === 'heraf' || row.kind === 'nonAdditive') return;
    if (row.kind === 'section') {
      if (block.length) pending.push(block);
      block = [];
      return;
    }
    const period = periodOf(normalizeLabel(row.label));
    if (row.kind === 'item') {
      block.push(i);
      allItems.push(i);
      if (period && period.from === period.to) periods.push({ row: i, ...period, total: false });
      return;
    }
    // A total or net total.
    // Readings of a total, in order of preference.
    const lazy: Array<[TotalScope['kind'], () => number[]]> = [];
    const since = () => [...pending.flat(), ...block];
    if (row.kind === 'total' && isPeriodTotal(period)) {
      const within = periods.filter((p) => p.from >= period!.from && p.to <= period!.to);
      lazy.push(['period', () => within.filter((p) => !p.total).map((p) => p.row)]);
      for (const size of [3, 6]) {
        const parts = within.filter((p) => p.total && p.to - p.from + 1 === size);
        if (parts.length * size === period!.to - period!.from + 1) lazy.push(['period', () => parts.map((p) => p.row)]);
      }
    }
    if (row.kind === 'netTotal') lazy.push(['subtotals', () => [...subtotals, ...since()]]);
    lazy.push(['block', () => block], ['sinceTotal', since]);
    // The wide readings (the subtotals above, every item above) are for totals of totals and the
    // table's last total; a subtotal in the middle of a long list counts its own rows.
    const wide = i === lastTotal || block.length === 0 || row.kind === 'netTotal';
    if (wide) lazy.push(['subtotals', () => [...subtotals, ...since()]]);
    if (wide && (i === lastTotal || allItems.length <= WIDE_READING_MAX_ROWS)) lazy.push(['table', () => [...allItems]]);
    const readings: TotalScope[] = [];
    const add = (kind: TotalScope['kind'], memberRows: number[]) => {
      if (memberRows.length && !readings.some((r) => sameRows(r.memberRows, memberRows))) readings.push({ kind, memberRows });
    };
    for (const [kind, make] of lazy) add(kind, make());
    // Nothing above it: a total standing over its parts ("1. Landbrug … i alt" over a., b., c. at the
    // top of the table, or under a section title) counts the rows below it, to the next total.
    if (readings.length === 0) add('block', rowsBelow(rows, i, additive));
    if (readings.length === 0) return;

    let chosen = readings[0];
    let alternatives: TotalScope[] = [];
    // The total's own formulas, where they add one of the readings, say which (=B7+B11 over the
    // subtotals, even where an overtyped subtotal makes the items fit better).
    const stated = readings.length > 1 ? formulaStatedRows(rows, i) : null;
    const byFormula = stated && readings.find((r) => sameRows(r.memberRows, stated));
    if (byFormula) chosen = byFormula;
    // One reading: nothing to choose (most subtotals of a long table).
    const inferred = row.kind === 'netTotal' && isResultLabel(normalizeLabel(row.label));
    const first = !byFormula && (readings.length > 1 || inferred) ? scopeScore(rows, i, chosen.memberRows, additive) : { score: 0, of: 0 };
    let best = first.score;
    if (first.score < first.of) {
      const scored = readings.map((r, k) => ({ r, score: k === 0 ? first.score : scopeScore(rows, i, r.memberRows, additive).score }));
      for (const { r, score } of scored) {
        if (score > best) {
          best = score;
          chosen = r;
        }
      }
      // One reading per row: a total does not count one thing in 2026 and another in 2027. Only
      // readings that fit as many columns as the chosen one stay open, cell by cell.
      alternatives = scored.filter(({ r, score }) => r !== chosen && score === best).map(({ r }) => r);
      // A result row known only by its word ("Driftsresultat") that matches no reading may be
      // computed some other way (income minus costs): the checker cannot tell, so it holds nothing.
      if (best === 0 && inferred) {
        block = [];
        return;
      }
    }
    const itemsOnly = chosen.memberRows.every((m) => rows[m].kind === 'item');
    totals.push({
      kind: itemsOnly && row.kind === 'total' ? 'block' : 'net',
      totalRow: i,
      memberRows: chosen.memberRows,
      ...(alternatives.length ? { candidates: alternatives } : {}),
    });
    // Blocks before a section title count as totalled when the chosen reading covers them.
    const covered = new Set(chosen.memberRows);
    for (const p of pending) if (!p.every((m) => covered.has(m))) untotalled.push({ memberRows: p });
    if (period) periods.push({ row: i, ...period, total: true });
    if (itemsOnly && row.kind === 'total' && chosen.kind !== 'table') subtotals.push(i);
    else subtotals = [i];
    block = [];
    pending = [];
  });
  if (block.length) pending.push(block);
  for (const p of pending) untotalled.push({ memberRows: p });
  return { totals, untotalled };
}

/**
 * Columns that total other columns in every row: "I alt" right of the years counts the plain
 * columns before it; a quarter, half-year or "Hele året" column counts its months (or the quarters
 * or half-years that tile it). Difference and non-additive columns are never counted.
 */
export function groupColumnTotals(columns: AmountColumn[]): ColumnTotal[] {
  const out: ColumnTotal[] = [];
  columns.forEach((c, j) => {
    if (c.role !== 'total') return;
    const before = columns.map((x, k) => ({ x, k })).filter(({ k }) => k < j);
    const plain = before.filter(({ x }) => x.role === undefined);
    const readings: number[][] = [];
    if (c.period) {
      const p = c.period;
      const months = columns.map((x, k) => ({ x, k })).filter(({ x }) => x.role === undefined && x.period && x.period.from >= p.from && x.period.to <= p.to);
      if (months.length) readings.push(months.map(({ k }) => k));
      for (const size of [3, 6]) {
        const parts = before.filter(({ x }) => x.role === 'total' && x.period && x.period.to - x.period.from + 1 === size && x.period.from >= p.from && x.period.to <= p.to);
        if (parts.length * size === p.to - p.from + 1) readings.push(parts.map(({ k }) => k));
      }
    } else {
      if (plain.length) readings.push(plain.map(({ k }) => k));
      for (const size of [3, 6, 12]) {
        const parts = before.filter(({ x }) => x.role === 'total' && x.period && x.period.to - x.period.from + 1 === size);
        if (parts.length >= 2) readings.push(parts.map(({ k }) => k));
      }
    }
    if (readings.length === 0 || readings[0].length < 2) return;
    out.push({ column: j, memberColumns: readings[0], ...(readings.length > 1 ? { candidates: readings.slice(1) } : {}) });
  });
  return out;
}

export function detectTables(sheet: SheetGrid, template: Template): TableBlock[] {
  return new TableDetector(template).detect(sheet);
}
