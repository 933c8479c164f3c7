/**
 * Tables found by their shape, whatever their headings say: a block of amount cells with labels
 * beside it and headings above it, bounded by empty rows and columns, section titles and a change
 * of layout. Runs after the readers of the named layouts (cost, overview, follow-up, period tables
 * and lists) on what they leave free, so a table whose headings use none of our words is still read.
 *
 * Words only classify what is found: a heading that names a unit gives the unit, a total label
 * makes a total row, "heraf" a part. What each total counts comes from its formula, its label and
 * the numbers themselves (see `arithmetic.ts`); what the checker cannot place it leaves alone and
 * says so (`unplacedTotals`, an info). Such tables are of kind `list`: they owe no total row, no
 * price level and no styringsområde.
 *
 * Linear: each row of the sheet is classified once, each block read once, each reading tested with
 * one pass over its rows.
 */
import { a1, parseA1, rangeA1 } from '../a1';
import { readAmountText } from '../danishNumber';
import { formulaRefs } from '../formulaRefs';
import type { AmountCell, AmountColumn, Cell, CellRange, CellValue, ColumnTotal, ExcelTablePart, RowKind, SheetGrid, TableBlock, TableLabel, TableRow, TotalGroup, UnitKey } from '../model';
import { parseNumberFormat, shownKind } from '../numberFormat';
import Decimal from 'decimal.js';
import { agrees, amountMatrix, amountOf, belowALargestPart, columnFit, distinctRowFit, holdsFromNumbers, holdsWithWord, rowFit, type AmountMatrix, type Fit } from './arithmetic';
import { shownDecimals } from './precision';
import { readAmountCell } from './amountCell';
import { claimedByRow } from './claimedRows';
import { endsWithUnit, type LabelReading, readLabelSentence, readTableLabel } from './label';
import { isDifferenceHeader, isHerafLabel, isNonAdditiveLabel, isPeriodTotal, isPlainTotalLabel, isResultLabel, isUnitWord, periodOf, YEAR_HEADING } from './tableWords';
import { cellText, normalizeLabel, STOP_ROW, TITLE_ROWS_ABOVE } from './labelText';
import { withoutOutlineCode } from './outline';

/** Header rows above the first row of amounts. */
const MAX_HEADER_ROWS = 4;
/** Two empty columns end a block sideways; two empty rows end it downwards. */
const COLUMN_GAP = 2;
const ROW_GAP = 2;
/** Columns of a block compared pairwise for differences (beyond that, only runs of sums). */
const MAX_DIFFERENCE_COLUMNS = 16;
/** A run of rows tried as the parts of a total found from numbers alone. */
const MAX_RUN = 500;

type CellClass = 'number' | 'text-number' | 'text' | 'foreign' | 'error' | 'empty';

function classify(cell: Cell): CellClass {
  const v = cell.value;
  if (v === null || v === undefined) return cell.formula !== undefined ? 'error' : 'empty';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'foreign';
    if (cell.numFmt === undefined) return 'number';
    const kind = shownKind(v, parseNumberFormat(cell.numFmt));
    return kind === 'percent' || kind === 'date' ? 'foreign' : 'number';
  }
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return 'empty';
    if (t.endsWith('%')) return 'foreign';
    const reading = readAmountText(t);
    if (reading.kind === 'empty') return 'empty';
    return reading.kind === 'amount' ? 'text-number' : 'text';
  }
  if (typeof v === 'object' && 'error' in v) return 'error';
  return 'foreign';
}

const isNumeric = (c: CellClass) => c === 'number' || c === 'text-number';

/** A row of the sheet, its cells in column order with their class; claimed cells left out. */
interface SheetRow {
  row: number;
  cells: Cell[];
  classes: CellClass[];
}

/** A candidate block: rows of amounts (with section titles between) within a span of columns. */
interface Block {
  left: number;
  right: number;
  /** Indices into the sheet's rows (SheetRow[]) of the block's body, in order. */
  body: number[];
  /** Index of the first body row in SheetRow[]. */
  first: number;
}

export interface ShapeContext {
  /** The template's total labels, normalised. */
  totalLabels: readonly string[];
  netLabels: readonly string[];
}

/** A label says it is a total: "I alt", "Samlet …", "Total", "… i alt¹", "I alt (ekskl. moms)". */
export function isTotalWord(normalized: string, totalLabels: readonly string[]): boolean {
  if (/(^|\s)i\s?alt(\s|$|[.:,;)(])/.test(normalized)) return true;
  // Whole words only: "Samletanke", "Sumpområder" and "Totalrenovering" are no totals.
  if (/^(?:(?:sub|hoved|del)?total|totalt|sum|summen|samlet|samlede|hele\s+landet|landet\s+i\s+alt)(?![\p{L}\d])/u.test(normalized)) return true;
  return totalLabels.some((t) => normalized === t || (normalized.startsWith(t) && /^[\s.:,(–-]/.test(normalized.charAt(t.length))));
}

/** Lists of the sheet's rows, each row once, claimed cells left out. */
function sheetRows(sheet: SheetGrid, claimed: readonly CellRange[]): SheetRow[] {
  const byRow = claimedByRow(sheet, claimed);
  const out: SheetRow[] = [];
  const numbers = Array.from(sheet.rows.keys()).sort((a, b) => a - b);
  for (const r of numbers) {
    const crossing = byRow.get(r);
    const cells: Cell[] = [];
    for (const cell of sheet.rows.get(r)!.values()) {
      if (crossing && crossing.some((g) => cell.col >= g.left - 1 && cell.col <= g.right)) continue;
      cells.push(cell);
    }
    cells.sort((a, b) => a.col - b.col);
    const classes = cells.map(classify);
    const kept: Cell[] = [];
    const keptClasses: CellClass[] = [];
    cells.forEach((c, k) => {
      if (classes[k] !== 'empty') {
        kept.push(c);
        keptClasses.push(classes[k]);
      }
    });
    if (kept.length) out.push({ row: r, cells: kept, classes: keptClasses });
  }
  return out;
}

/** Segments of a row's numeric cells, split where COLUMN_GAP or more empty columns lie between. */
function numericSpans(row: SheetRow): Array<{ left: number; right: number }> {
  const spans: Array<{ left: number; right: number }> = [];
  let current: { left: number; right: number } | null = null;
  row.cells.forEach((cell, k) => {
    if (!isNumeric(row.classes[k]) && row.classes[k] !== 'error') return;
    if (current && cell.col - current.right - 1 < COLUMN_GAP) current.right = cell.col;
    else {
      current = { left: cell.col, right: cell.col };
      spans.push(current);
    }
  });
  return spans;
}

/**
 * Blocks: numeric spans of successive rows that overlap, with at most one empty row between them;
 * rows of text only (section titles) inside a block stay in it.
 */
function findBlocks(rows: SheetRow[]): Block[] {
  const done: Block[] = [];
  let open: Array<Block & { lastRow: number }> = [];
  rows.forEach((row, i) => {
    const lead = row.cells[0];
    const leadText = lead && row.classes[0] === 'text' ? String(lead.value).trim() : '';
    const stop = leadText !== '' && STOP_ROW.test(leadText);
    open = open.filter((b) => {
      if (stop || row.row - b.lastRow > ROW_GAP) {
        done.push(b);
        return false;
      }
      return true;
    });
    if (stop) return;
    const spans = numericSpans(row);
    if (spans.length === 0) {
      // Text on the label side only (a section title, a note between items) keeps a block open.
      for (const b of open) {
        if (row.cells.every((c, k) => row.classes[k] === 'text' && c.col < b.left) && row.cells[0].col >= b.left - 12) b.lastRow = row.row;
      }
      return;
    }
    for (const span of spans) {
      const hit = open.find((b) => span.left <= b.right + 1 && span.right >= b.left - 1);
      if (hit) {
        hit.left = Math.min(hit.left, span.left);
        hit.right = Math.max(hit.right, span.right);
        if (hit.body[hit.body.length - 1] !== i) hit.body.push(i);
        hit.lastRow = row.row;
      } else {
        open.push({ left: span.left, right: span.right, body: [i], first: i, lastRow: row.row });
      }
    }
  });
  done.push(...open);
  return done.sort((a, b) => a.first - b.first || a.left - b.left);
}

/** What the cells of one column hold over the body rows. */
interface ColumnStats {
  numeric: number;
  /** Cells holding only a dash ("-", "–"): a printed zero. */
  dashes: number;
  texts: number;
  foreign: number;
  values: number[];
}

function columnStats(cells: Array<Cell | undefined>): ColumnStats {
  const s: ColumnStats = { numeric: 0, dashes: 0, texts: 0, foreign: 0, values: [] };
  for (const cell of cells) {
    if (!cell) continue;
    const c = classify(cell);
    if (c === 'empty' && typeof cell.value === 'string' && /^\s*[-–—]\s*$/.test(cell.value)) s.dashes++;
    if (c === 'number' || c === 'text-number') {
      s.numeric++;
      const v = typeof cell.value === 'number' ? cell.value : (readAmountText(String(cell.value)) as { amount?: { toNumber(): number } }).amount?.toNumber();
      if (v !== undefined) s.values.push(v);
    } else if (c === 'text') s.texts++;
    else if (c === 'foreign') s.foreign++;
  }
  return s;
}

/** Ids counting 1, 2, 3 …, or years: a column of the label side, not of amounts. */
function isCountingOrYears(values: number[]): boolean {
  if (values.length < 2) return false;
  let counting = true;
  for (let i = 1; i < values.length && counting; i++) counting = Number.isInteger(values[i]) && values[i] === values[i - 1] + 1;
  if (counting) return true;
  if (isRanking(values)) return true;
  return values.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100);
}

/** A column one of whose cells adds cells of that column (=SUM(C3:C4)): amounts, however small and regular. */
function sumsOwnColumn(sheet: SheetGrid, cells: Array<Cell | undefined>, col: number): boolean {
  // A few sums decide it (a total row or two); reading every formula of a long column would cost
  // the column's formulas over again for every column.
  let asked = 0;
  for (let k = cells.length - 1; k >= 0 && asked < 4; k--) {
    const cell = cells[k];
    if (!cell?.formula || !PLAIN_SUM.test(cell.formula)) continue;
    asked++;
    const refs = formulaRefs(cell.formula, sheet.name);
    if (refs.analysable && refs.ranges.length > 0 && refs.ranges.every((g) => g.left === col && g.right === col)) return true;
  }
  return false;
}

/** Places in a ranking with ties, as a ranked list prints them: 1, 1, 3, 4, 4, 6. */
function isRanking(values: number[]): boolean {
  if (values.length < 3 || values[0] !== 1) return false;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[i - 1] && values[i] !== i + 1) return false;
  return true;
}

/** Headings that name something other than an amount: a count, a share, a code, a date. */
const NOT_AMOUNT_HEADING = /^(?:nr\.?|nummer|løbenr\.?|id|kode|konto(?:nr\.?)?|cvr|cpr|dato|år|årstal|postnr\.?|kommunenr\.?|antal\b|indeks\b)/;

export function detectShapeTables(sheet: SheetGrid, claimed: readonly CellRange[], ctx: ShapeContext): TableBlock[] {
  const tables: TableBlock[] = [];
  const taken: CellRange[] = [...claimed];
  const rows = sheetRows(sheet, taken);
  for (const block of findBlocks(rows)) {
    const table = readBlock(sheet, rows, block, ctx);
    if (table && !taken.some((g) => overlaps(g, table.range))) {
      tables.push(table);
      taken.push(table.range);
    }
  }
  return tables;
}

/** The sheet's Excel tables that no table found so far overlaps. */
export function readExcelTables(sheet: SheetGrid, claimed: readonly CellRange[], ctx: ShapeContext): TableBlock[] {
  const tables: TableBlock[] = [];
  const taken: CellRange[] = [...claimed];
  for (const part of sheet.excelTables ?? []) {
    if (taken.some((g) => overlaps(g, part.range))) continue;
    const table = readExcelTable(sheet, part, ctx);
    if (table) {
      tables.push(table);
      taken.push(table.range);
    }
  }
  return tables;
}

/**
 * A list found by its headings ("Beløb", "Tilskud" …) with what its numbers show beside the foot
 * total its words gave: a column that is the sum or difference of others, a total above its parts.
 */
/** How the named layouts group rows into totals (`groupTotals`): periods, blocks, subtotals. */
export type GroupTotals = (rows: TableRow[], additive?: boolean[]) => { totals: TotalGroup[] };

export function withArithmetic(sheet: SheetGrid, list: TableBlock, groupTotals?: GroupTotals): TableBlock {
  // Its other columns of amounts count too, whatever their headings ("Egenbetaling | Tilskud |
  // Pris" beside "Tilskud", the one heading our words know); under a foot total, only those with a
  // figure on the total row ("Overført fra 2023 | Mer-/mindreforbrug | Overføres" under "I alt").
  const foot = list.totals.length ? list.rows[list.totals[list.totals.length - 1].totalRow] : null;
  const extra = moreAmountColumns(sheet, list).filter((c) => !foot || readAmountCell(foot.row, c.col, sheet.rows.get(foot.row)?.get(c.col)).status !== 'empty');
  const columns = [...list.columns, ...extra].sort((a, b) => a.col - b.col).map((c) => ({ ...c }));
  const rows = extra.length
    ? list.rows.map((r) => ({ ...r, amounts: columns.map((c) => readAmountCell(r.row, c.col, sheet.rows.get(r.row)?.get(c.col))) }))
    : list.rows.map((r) => ({ ...r }));
  const m = amountMatrix(rows);
  const dataRows = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'item').map(({ i }) => i);
  const columnTotals = findColumnTotals(m, columns, dataRows);
  let totals = list.totals;
  let unplaced: UnplacedTotal[] = [];
  const formulaTotals = rows.some((_, i) => formulaMembers(sheet, rows, i, columns) !== null);
  if (groupTotals && hasPeriodRows(rows) && !formulaTotals) {
    // Months or quarters as rows: the longer periods (quarters, half-years, the year) total the
    // shortest the table lists.
    const { periods, shortest } = periodSpans(rows);
    periods.forEach((p, i) => {
      const hasAmounts = rows[i].amounts.some((a) => a.status !== 'empty');
      if (p && rows[i].kind === 'item' && p.to - p.from + 1 > shortest) rows[i] = { ...rows[i], kind: hasAmounts ? 'total' : 'section' };
      else if (p && rows[i].kind === 'item' && !hasAmounts) rows[i] = { ...rows[i], kind: 'section' };
    });
    totals = groupTotals(rows, columns.map((c) => c.role !== 'nonAdditive')).totals;
  } else if (totals.length === 0 || formulaTotals) {
    const derived = new Set(columnTotals.map((t) => t.column));
    const cols = columns.map((c, j) => ({ c, j })).filter(({ c, j }) => c.role !== 'nonAdditive' && c.role !== 'difference' && !derived.has(j)).map(({ j }) => j);
    const found = findRowTotals(sheet, m, rows, columns, cols);
    totals = found.totals;
    unplaced = found.unplaced;
  }
  const label =
    list.label ??
    findLabel(sheet, [list.headerRow], list.range.left, list.range.right, list.range.top) ??
    unitRowLabel(sheet, rows) ??
    unitBeside(sheet, rows, list.range.left, columns[0].col);
  const kind = hasPeriodRows(rows) ? 'period' : list.kind;
  // A unit line above the headings ("(1.000 kr.)") is the label; the table's title is above it.
  const title = label && label !== list.label && list.title === label.text ? (findTitle(sheet, list.range.top, list.range.left, list.range.right, label) ?? list.title) : list.title;
  if (extra.length === 0 && columnTotals.length === 0 && totals === list.totals && label === list.label && kind === list.kind && !columns.some((c, j) => c.role !== list.columns[j].role)) return list;
  return {
    ...list,
    kind,
    title,
    label,
    unit: label?.unit ?? null,
    priceLevel: label?.priceLevel ?? null,
    columns,
    rows: totals === list.totals && extra.length === 0 ? list.rows : rows,
    untotalled: [],
    totals,
    ...(columnTotals.length ? { columnTotals } : {}),
    ...(unplaced.length ? { unplacedTotals: unplaced } : {}),
  };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The text of a heading cell, joined over header rows; merged headings count for every column they span. */
function headingTexts(sheet: SheetGrid, headerRows: number[], left: number, right: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of headerRows) {
    const row = sheet.rows.get(r);
    if (!row) continue;
    for (let c = left; c <= right; c++) {
      let t = cellText(row.get(c)?.value ?? null);
      if (t === null) {
        const y = yearOfCell(row.get(c));
        if (y !== null) t = String(y);
      }
      if (t === null) {
        const merge = sheet.merges.find((g) => g.top <= r && g.bottom >= r && g.left <= c && g.right >= c && g.left < c);
        if (merge) t = cellText(sheet.rows.get(merge.top)?.get(merge.left)?.value ?? null);
      }
      if (t !== null) out.set(c, out.has(c) ? `${out.get(c)} ${t}` : t);
    }
  }
  return out;
}

/** A year as a heading: a number 1990–2100, its text, or a date shown as a year (`yyyy`). */
export function yearOfCell(cell: Cell | undefined): number | null {
  if (!cell) return null;
  const v = cell.value;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1990 && v <= 2100) {
      if (cell.numFmt === undefined) return v;
      // A year is never shown "2.000,0" or "2.000 kr.": a format with decimals or a unit shows an amount.
      const fmt = parseNumberFormat(cell.numFmt);
      const section = fmt.sections[0];
      if (shownKind(v, fmt) !== 'date' && !(section && (section.minDecimals > 0 || section.suffix.trim() !== '' || section.prefix.trim() !== ''))) return v;
    }
    if (cell.numFmt !== undefined && /^\s*(?:\[[^\]]*\])*\s*y{2,4}\s*$/i.test(cell.numFmt) && v > 0 && v < 2958466) {
      const year = yearOfSerial(v);
      return year >= 1990 && year <= 2100 ? year : null;
    }
    return null;
  }
  if (v instanceof Date) {
    const y = v.getUTCFullYear();
    return cell.numFmt !== undefined && /^\s*y{2,4}\s*$/i.test(cell.numFmt) && y >= 1990 && y <= 2100 ? y : null;
  }
  if (typeof v === 'string') {
    const m = YEAR_HEADING.exec(v);
    return m ? Number(m[1]) : null;
  }
  return null;
}

/** A number shown with a thousands point ("2.026"): a year only where the run of years rises. */
export function showsGrouped(cell: Cell): boolean {
  return typeof cell.value === 'number' && cell.numFmt !== undefined && parseNumberFormat(cell.numFmt).sections[0]?.grouping === true;
}

/** The year of an Excel date serial (1900 date system). */
function yearOfSerial(serial: number): number {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).getUTCFullYear();
}

/** Every figure of the row over the block's columns a year, and beside them only a unit label, a heading such as "Nr.", or nothing. */
function isYearHeadingRow(row: Map<number, Cell> | undefined, block: Block): boolean {
  if (!row) return false;
  let years = 0;
  for (const cell of row.values()) {
    const c = classify(cell);
    if (c === 'empty') continue;
    if (cell.col > block.right) continue;
    if (yearOfCell(cell) !== null) years++;
    else {
      const t = cellText(cell.value);
      if (t === null || (readTableLabel(t) === null && !NOT_AMOUNT_HEADING.test(normalizeLabel(t)))) return false;
    }
  }
  return years > 0;
}

/**
 * The block's first row holds only years (and text), and its last row is, in every one of those
 * columns, the sum of the rows between them — and not of them with the years: the years are headings.
 */
function yearsOverTotal(sheet: SheetGrid, bodyRows: readonly number[], block: Block): boolean {
  const first = sheet.rows.get(bodyRows[0]);
  const last = sheet.rows.get(bodyRows[bodyRows.length - 1]);
  if (!first || !last) return false;
  let columns = 0;
  for (const cell of first.values()) {
    if (cell.col < block.left || cell.col > block.right || classify(cell) === 'empty') continue;
    if (classify(cell) === 'text') continue;
    if (yearOfCell(cell) === null) return false;
    const stated = readAmountCell(last.get(cell.col)?.row ?? 0, cell.col, last.get(cell.col));
    if (stated.status !== 'number' && stated.status !== 'text-number') return false;
    let sum = new Decimal(0);
    for (const r of bodyRows.slice(1, -1)) {
      const a = readAmountCell(r, cell.col, sheet.rows.get(r)?.get(cell.col));
      if (a.status === 'number' || a.status === 'text-number') sum = sum.plus(a.amount!);
      else if (a.status !== 'empty') return false;
    }
    if (!sum.equals(stated.amount!)) return false;
    columns++;
  }
  return columns > 0;
}

function readBlock(sheet: SheetGrid, rows: SheetRow[], block: Block, ctx: ShapeContext): TableBlock | null {
  let bodyRows = block.body.map((i) => rows[i].row);
  // A first row of years under a unit ("1.000 kr. | 2024") heads the block: a year is no amount.
  // So is a row of years over figures whose last row totals the rest ("Område | 2024" over "I alt").
  if (bodyRows.length >= 3 && (isYearHeadingRow(sheet.rows.get(bodyRows[0]), block) || yearsOverTotal(sheet, bodyRows, block))) bodyRows = bodyRows.slice(1);
  if (bodyRows.length < 2) return null;
  const firstRow = bodyRows[0];
  const lastRow = bodyRows[bodyRows.length - 1];

  // Candidate amount columns: the block's columns whose body cells are mostly amounts.
  const cellAt = (r: number, c: number) => sheet.rows.get(r)?.get(c);
  const allBody: number[] = [];
  for (let i = block.first; i < rows.length && rows[i].row <= lastRow; i++) if (rows[i].row >= firstRow) allBody.push(rows[i].row);

  // Label side: text columns left of the amounts (up to 12 columns, until 2 empty columns).
  let left = block.left;
  for (let c = block.left - 1, empty = 0; c >= Math.max(1, block.left - 12); c--) {
    const hasText = allBody.some((r) => {
      const cell = cellAt(r, c);
      return cell !== undefined && classify(cell) !== 'empty';
    });
    if (hasText) {
      left = c;
      empty = 0;
    } else if (++empty >= COLUMN_GAP) break;
  }

  // Header rows: rows directly above the first row of amounts with text over the amount columns.
  const headerRows: number[] = [];
  const sectionAbove: number[] = [];
  let r = firstRow - 1;
  for (let k = 0; k < MAX_HEADER_ROWS + 2 && r >= 1; k++, r--) {
    const row = sheet.rows.get(r);
    let overAmounts = 0;
    let numbers = 0;
    let anything = false;
    if (row) {
      for (const cell of row.values()) {
        if (cell.col < left || cell.col > block.right) continue;
        const c = classify(cell);
        if (c === 'empty') continue;
        anything = true;
        if (cell.col >= block.left && (c === 'text' || yearOfCell(cell) !== null)) overAmounts++;
        if (isNumeric(c) && yearOfCell(cell) === null) numbers++;
      }
      // Header cells holding only spaces count as empty: the header's other cells still head it.
    }
    if (!anything) break;
    if (numbers > 0) break;
    if (overAmounts > 0) headerRows.unshift(r);
    else if (headerRows.length === 0 && sectionAbove.length < 2) sectionAbove.unshift(r);
    else break;
    if (headerRows.length >= MAX_HEADER_ROWS) break;
  }
  const headings = headingTexts(sheet, headerRows, block.left, block.right);

  // Amount columns: mostly amounts in the body, not ids or years, not named as something else.
  const columns: AmountColumn[] = [];
  const headerRow = headerRows.length ? headerRows[headerRows.length - 1] : firstRow;
  for (let c = block.left; c <= block.right; c++) {
    const stats = columnStats(allBody.map((row) => cellAt(row, c)));
    if (stats.numeric === 0 || stats.foreign > stats.numeric || stats.texts * 2 > stats.numeric) continue;
    const heading = headings.get(c) ?? '';
    const n = normalizeLabel(heading);
    const unitHeading = heading !== '' && readTableLabel(heading)?.unit != null;
    if (!unitHeading && isCountingOrYears(stats.values) && !sumsOwnColumn(sheet, allBody.map((row) => cellAt(row, c)), c)) continue;
    if (n !== '' && NOT_AMOUNT_HEADING.test(n)) continue;
    const role = n !== '' && isNonAdditiveLabel(n) ? ('nonAdditive' as const) : undefined;
    columns.push({ col: c, address: a1(headerRow, c), header: heading, ...(role ? { role } : {}) });
  }
  if (columns.length === 0) return null;
  const firstAmountCol = columns[0].col;
  // Numbers left of the amounts that are not amounts (ids, years as rows) belong to the label side.
  if (left > firstAmountCol) left = firstAmountCol;
  const hasLabels = allBody.some((row) => {
    for (let c = left; c < firstAmountCol; c++) if (cellText(cellAt(row, c)?.value ?? null) !== null) return true;
    return false;
  });
  if (!hasLabels && headerRows.length === 0) return null;

  // Rows: section titles (text only), items, totals and heraf by their label.
  const body = [...sectionAbove, ...allBody];
  const tableRows: TableRow[] = body.map((row) => readShapeRow(sheet, row, left, firstAmountCol, columns, ctx));
  while (tableRows.length && tableRows[tableRows.length - 1].kind === 'section') tableRows.pop();
  while (tableRows.length && tableRows[0].kind === 'section' && headerRows.length === 0 && tableRows.length > 1 && tableRows[1].kind === 'section') tableRows.shift();
  const amountRows = tableRows.filter((t) => t.amounts.some((a) => a.status !== 'empty')).length;
  if (amountRows < 2) return null;

  const { totals, columnTotals, unplaced } = findArithmetic(sheet, tableRows, columns);

  const top = headerRows.length ? headerRows[0] : tableRows[0].row;
  const bottom = tableRows[tableRows.length - 1].row;
  const range = { top, left, bottom, right: columns[columns.length - 1].col };
  const label = findLabel(sheet, headerRows, left, range.right, top) ?? unitRowLabel(sheet, tableRows) ?? unitBeside(sheet, tableRows, left, firstAmountCol);
  const title = findTitle(sheet, top, left, range.right, label);
  const rangeText = rangeA1(range);
  return {
    id: `${sheet.name}!${rangeText}`,
    sheet: sheet.name,
    kind: hasPeriodRows(tableRows) ? 'period' : 'list',
    range,
    rangeA1: rangeText,
    headerRow,
    firstHeaderCell: a1(headerRow, left),
    title,
    label,
    unit: label?.unit ?? null,
    priceLevel: label?.priceLevel ?? null,
    years: [],
    columns,
    styringsomraadeCol: null,
    styringsomraadeHeader: null,
    rows: tableRows,
    totals,
    untotalled: [],
    ...(columnTotals.length ? { columnTotals } : {}),
    ...(unplaced.length ? { unplacedTotals: unplaced } : {}),
    proposalCode: null,
    foundBy: 'shape',
    ...(sheet.headings ? { headings: sheet.headings } : {}),
  };
}

function readShapeRow(sheet: SheetGrid, r: number, left: number, firstAmountCol: number, columns: AmountColumn[], ctx: ShapeContext): TableRow {
  const row = sheet.rows.get(r);
  const texts: string[] = [];
  let labelCol: number | null = null;
  for (let c = left; c < firstAmountCol; c++) {
    const t = cellText(row?.get(c)?.value ?? null);
    if (t !== null) {
      texts.push(t);
      if (labelCol === null) labelCol = c;
    }
  }
  const label = texts.join(' ');
  const amounts = columns.map((col) => readAmountCell(r, col.col, row?.get(col.col)));
  const hasAmounts = amounts.some((a) => a.status !== 'empty');
  const n = normalizeLabel(label);
  let kind: RowKind;
  if (hasAmounts && (isUnitRow(amounts) || repeatsHeadings(amounts, columns) || (!label && isRowOfColumnNumbers(amounts.map((a) => a.raw))))) kind = 'section';
  else if (label && isHerafRow(label, n)) kind = 'heraf';
  else if ((label && isNonAdditiveLabel(n, 'row')) || isRowOfShares(amounts)) kind = 'nonAdditive';
  else if (hasAmounts && label && (ctx.netLabels.some((t) => n.startsWith(t)) || isResultLabel(n))) kind = 'netTotal';
  else if (hasAmounts && label && (isTotalWord(n, ctx.totalLabels) || isPeriodTotal(periodOf(n)))) kind = 'total';
  else if (hasAmounts || (label && showsPrintedZero(amounts))) kind = 'item';
  else kind = 'section';
  return {
    row: r,
    kind,
    label,
    labelAddress: a1(r, labelCol ?? left),
    styringsomraade: null,
    amounts,
    ...(sheet.hiddenRows.has(r) ? { hidden: true } : {}),
  };
}

/** A total the checker found but cannot tell what it counts: said as an info, never an error. */
export interface UnplacedTotal {
  /** Index into `TableBlock.rows`. */
  row: number;
}

/** A formula that only adds cells: =SUM(B5:B9), =B5+B6+B7, =SUBTOTAL(9,B5:B9). */
const PLAIN_SUM = /^\s*(?:(?:SUM|SUMMER|SUBTOTAL\s*\(\s*(?:9|109)\s*,)\s*\(?\s*[A-Z$0-9:,\s]+\)\s*|\$?[A-Z]{1,3}\$?\d+(?:\s*\+\s*\$?[A-Z]{1,3}\$?\d+)+\s*)$/i;

/**
 * The rows a total row's formula adds: in any of its amount columns, a plain sum of cells of that
 * same column in other rows of the table. Null when no cell of the row is such a formula.
 */
function formulaMembers(sheet: SheetGrid, rows: TableRow[], i: number, columns: AmountColumn[]): number[] | null {
  for (let j = 0; j < columns.length; j++) {
    const f = rows[i].amounts[j].formula;
    if (!f || !PLAIN_SUM.test(f)) continue;
    const refs = formulaRefs(f, sheet.name);
    if (!refs.analysable || refs.ranges.length === 0) continue;
    const col = columns[j].col;
    if (!refs.ranges.every((g) => g.left === col && g.right === col)) continue;
    const members: number[] = [];
    rows.forEach((row, k) => {
      if (k !== i && refs.ranges.some((g) => row.row >= g.top && row.row <= g.bottom) && row.kind !== 'section' && row.kind !== 'heraf') members.push(k);
    });
    if (members.length >= 2) return members;
  }
  return null;
}

/**
 * Totals and differences of a block, strongest evidence first: a total's formula, its label, the
 * numbers. Columns first (a column that is the sum or difference of the columns before it), then
 * rows (a row that is the sum of the rows above it since the last total, or of those below it).
 */
export function findArithmetic(
  sheet: SheetGrid,
  rows: TableRow[],
  columns: AmountColumn[],
): { totals: TotalGroup[]; columnTotals: ColumnTotal[]; unplaced: UnplacedTotal[] } {
  const m = amountMatrix(rows);
  const additive = columns.map((c, j) => ({ c, j })).filter(({ c }) => c.role !== 'nonAdditive');
  const dataRows = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'item' || r.kind === 'heraf').map(({ i }) => i);
  const columnTotals = findColumnTotals(m, columns, dataRows.length ? dataRows : rows.map((_, i) => i));
  const derived = new Set(columnTotals.map((t) => t.column));
  columns.forEach((c, j) => {
    if (c.role === 'difference') derived.add(j);
  });
  const plain = additive.filter(({ j }) => !derived.has(j)).map(({ j }) => j);
  const cols = plain.length ? plain : additive.map(({ j }) => j);
  const { totals, unplaced } = findRowTotals(sheet, m, rows, columns, cols);
  return { totals, columnTotals, unplaced };
}

/** A column heading that says the column totals others: "I alt (mio. kr.)", "Samlet", "Pris", "Takst". */
function isTotallingHeading(heading: string): boolean {
  return heading !== '' && (/(^|\s)(i\s?alt|total|samlet|sum)(\s|$|[.:,])/.test(heading) || /^(?:pris|takst)\b/.test(heading));
}

function findColumnTotals(m: AmountMatrix, columns: AmountColumn[], allRows: number[], eligible: (j: number) => boolean = () => true): ColumnTotal[] {
  const out: ColumnTotal[] = [];
  // A row of shares among amounts (0,65 | 0,56 | … its % format lost) says nothing about sums.
  const fractions = (r: number) => m.values[r].every((v) => !v || v.abs().lt(1));
  const rows = allRows.some((r) => !fractions(r)) ? allRows.filter((r) => !fractions(r)) : allRows;
  const usable = (k: number) => columns[k].role !== 'nonAdditive' && columns[k].role !== 'difference' && eligible(k);
  // A total on the left, named so ("I alt (mio. kr.) | Løn | Drift"): the run of columns right of it.
  const partOfLeftTotal = new Set<number>();
  for (let j = 0; j + 2 < columns.length; j++) {
    if (!usable(j) || !isTotallingHeading(normalizeLabel(columns[j].header))) continue;
    for (let to = columns.length - 1; to >= j + 2; to--) {
      const members: number[] = [];
      for (let k = j + 1; k <= to; k++) if (usable(k)) members.push(k);
      if (members.length < 2) continue;
      const fit = columnFit(m, j, members, rows);
      if (holdsWithWord(fit) && fit.fits >= 2) {
        out.push({ column: j, memberColumns: members });
        columns[j] = { ...columns[j], role: 'total' };
        for (const k of members) partOfLeftTotal.add(k);
        break;
      }
    }
  }
  for (let j = 1; j < columns.length; j++) {
    if (columns[j].role === 'nonAdditive' || !eligible(j) || partOfLeftTotal.has(j) || out.some((t) => t.column === j)) continue;
    const heading = normalizeLabel(columns[j].header);
    const worded = isTotallingHeading(heading);
    let found = false;
    // Runs of columns ending right before j: the sum. The run that fits the most rows (a run that
    // leaves out a column of blanks and "-" fits fewer: the rows where that column has a figure).
    let best: { members: number[]; fits: number; misses: number } | null = null;
    for (let from = j - 2; from >= 0; from--) {
      const members: number[] = [];
      for (let k = from; k < j; k++) if (columns[k].role !== 'nonAdditive' && columns[k].role !== 'difference' && eligible(k)) members.push(k);
      if (members.length < 2 || (best && members.length === best.members.length)) continue;
      const fit = columnFit(m, j, members, rows);
      if (!(holdsFromNumbers(fit) || (worded && holdsWithWord(fit)))) continue;
      if (!best || fit.fits > best.fits || (fit.fits === best.fits && fit.misses.length < best.misses)) best = { members, fits: fit.fits, misses: fit.misses.length };
    }
    if (best) {
      out.push({ column: j, memberColumns: best.members });
      columns[j] = { ...columns[j], role: 'total' };
      found = true;
    }
    if (found || j > MAX_DIFFERENCE_COLUMNS) continue;
    // A difference of two columns before it, either order: marked, and the difference rule checks it.
    const differenceWord = heading !== '' && isDifferenceHeader(heading);
    for (let a = 0; a < j && !found; a++) {
      for (let b = 0; b < j && !found; b++) {
        if (a === b || columns[a].role === 'nonAdditive' || columns[b].role === 'nonAdditive' || !eligible(a) || !eligible(b)) continue;
        const fit = columnFit(m, j, [a, b], rows, [1, -1]);
        if (holdsFromNumbers(fit) || (differenceWord && holdsWithWord(fit))) {
          columns[j] = { ...columns[j], role: 'difference' };
          found = true;
        }
      }
    }
  }
  return out;
}

/**
 * A table found by its words (a follow-up, a period table) whose headings gave no column a role:
 * a column that is the sum or difference of columns before it, by the numbers ("Udgifter |
 * Indtægter | Saldo" by months). Year and period columns are left alone: budget years that grow
 * (500, 500, 1.000) would look like sums of each other.
 */
export function withColumnArithmetic(table: TableBlock): TableBlock {
  if (table.columnTotals?.length) return table;
  const eligible = table.columns.map((c) => c.role === undefined && c.period === undefined && c.styringsomraade === undefined && (c.year === undefined || table.kind === 'followup'));
  if (eligible.filter(Boolean).length < 3) return table;
  const columns = table.columns.map((c) => ({ ...c }));
  const rows = table.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'item').map(({ i }) => i);
  const columnTotals = findColumnTotals(amountMatrix(table.rows), columns, rows, (j) => eligible[j]);
  if (!columnTotals.length && columns.every((c, j) => c.role === table.columns[j].role)) return table;
  return { ...table, columns, ...(columnTotals.length ? { columnTotals } : {}) };
}

/** The rows an unheaded total column is held against. */
const COUNTED_KINDS: ReadonlySet<string> = new Set(['item', 'total', 'netTotal']);

/**
 * A column right of a table's amounts with no heading of its own, holding in every row the sum of
 * the table's plain columns (at least two agreeing rows, as any evidence from numbers): the table's
 * unnamed "I alt" column, checked like one.
 */
export function withUnheadedTotalColumn(sheet: SheetGrid, table: TableBlock): TableBlock {
  const col = table.range.right + 1;
  const last = table.columns[table.columns.length - 1];
  if (!last || last.col !== table.range.right || table.kind === 'overview') return table;
  if (cellText(sheet.rows.get(table.headerRow)?.get(col)?.value ?? null) !== null) return table;
  const plain = table.columns.map((c, j) => ({ c, j })).filter(({ c }) => c.role === undefined).map(({ j }) => j);
  if (plain.length < 2 || table.columns.some((c) => c.role === 'total')) return table;
  const amounts = table.rows.map((r) => readAmountCell(r.row, col, sheet.rows.get(r.row)?.get(col)));
  if (amounts.some((a, i) => table.rows[i].kind !== 'section' && a.status !== 'number' && a.status !== 'text-number' && a.status !== 'empty')) return table;
  // An empty cell never fits a sum, and a fit from numbers needs two: most tables have nothing right of them.
  if (amounts.filter((a, i) => a.status !== 'empty' && COUNTED_KINDS.has(table.rows[i].kind)).length < 2) return table;
  const column: AmountColumn = { col, address: a1(table.headerRow, col), header: '', role: 'total' };
  const rows = table.rows.map((r, i) => ({ ...r, amounts: [...r.amounts, amounts[i]] }));
  const j = table.columns.length;
  const counted = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'item' || r.kind === 'total' || r.kind === 'netTotal').map(({ i }) => i);
  if (!holdsFromNumbers(columnFit(amountMatrix(rows), j, plain, counted))) return table;
  const range = { ...table.range, right: col };
  return {
    ...table,
    range,
    rangeA1: rangeA1(range),
    id: `${table.sheet}!${rangeA1(range)}`,
    columns: [...table.columns, column],
    rows,
    columnTotals: [...(table.columnTotals ?? []), { column: j, memberColumns: plain }],
  };
}

/**
 * A table of a named layout whose rows no label marks as a total: a row that its formulas or its
 * numbers show to be the sum of the rows above it (in at least two columns) is its total, as in a
 * table found by its shape.
 */
export function withRowArithmetic(sheet: SheetGrid, table: TableBlock): TableBlock {
  if (table.totals.length || table.rows.length < 3 || table.kind === 'overview') return table;
  const derived = new Set((table.columnTotals ?? []).map((t) => t.column));
  const cols = table.columns.map((c, j) => ({ c, j })).filter(({ c, j }) => c.role === undefined && !derived.has(j)).map(({ j }) => j);
  if (cols.length < 2) return table;
  const rows = table.rows.map((r) => ({ ...r }));
  const found = findRowTotals(sheet, amountMatrix(rows), rows, table.columns, cols);
  if (found.totals.length === 0) return table;
  return { ...table, rows, totals: found.totals, untotalled: [], ...(found.unplaced.length ? { unplacedTotals: found.unplaced } : {}) };
}

/**
 * A table that states no unit, whose amounts all carry the same one ("3.510 kr." typed, or a number
 * formatted '#,##0 "kr."'): that is its unit.
 */
export function withUnitFromCells(table: TableBlock): TableBlock {
  if (table.unit !== null) return table;
  let unit: UnitKey | null = null;
  let seen = 0;
  for (const row of table.rows) {
    if (row.kind === 'section') continue;
    for (const cell of row.amounts) {
      if (cell.status !== 'number' && cell.status !== 'text-number') continue;
      const own = cell.unitInFormat ?? (cell.unitInCell ? (readTableLabel(cell.unitInCell)?.unit ?? null) : null);
      if (own === null || (unit !== null && own !== unit)) return table;
      unit = own;
      seen++;
    }
  }
  return unit !== null && seen >= 2 ? { ...table, unit } : table;
}

/** A cell of a row of column letters: "A", "D=(A+B+C)", "F=(D-E)", "G = E - F". */
const COLUMN_KEY_CELL = /^\(?([A-ZÆØÅ])\)?(?:\s*=\s*\(?\s*([A-ZÆØÅ](?:\s*[+\-−–]\s*[A-ZÆØÅ])+)\s*\)?)?$/;

/**
 * A row of column letters under the headings ("A | B | C | D=(A+B+C) | E | F=(D-E)"), as
 * municipal accounts print them: a heading, not a row of figures, and the table's own statement of
 * which column is the sum or the difference of which. Its first cell often carries the unit.
 */
export function withColumnKey(table: TableBlock, sheet: SheetGrid): TableBlock {
  const k = table.rows.findIndex((r) => r.amounts.some((a) => a.status !== 'empty'));
  if (k < 0 || k > 2) return table;
  const row = table.rows[k];
  const letters = new Map<string, number>();
  const formulas: Array<{ j: number; terms: string }> = [];
  for (let j = 0; j < row.amounts.length; j++) {
    const cell = row.amounts[j];
    if (cell.status === 'empty') continue;
    const text = cellText(sheet.rows.get(row.row)?.get(table.columns[j].col)?.value ?? null);
    const m = text === null ? null : COLUMN_KEY_CELL.exec(text.trim().toUpperCase());
    if (!m || letters.has(m[1])) return table;
    letters.set(m[1], j);
    if (m[2]) formulas.push({ j, terms: m[2] });
  }
  if (letters.size < 2) return table;
  const columns = table.columns.map((c) => ({ ...c }));
  const columnTotals: ColumnTotal[] = [...(table.columnTotals ?? [])];
  for (const { j, terms } of formulas) {
    const parts = terms.split(/\s*([+\-−–])\s*/);
    const operands = parts.filter((_, i) => i % 2 === 0).map((l) => letters.get(l));
    const signs = parts.filter((_, i) => i % 2 === 1);
    if (operands.some((o) => o === undefined || o === j)) continue;
    const idx = operands as number[];
    if (signs.every((sg) => sg === '+')) {
      columns[j] = { ...columns[j], role: 'total' };
      const at = columnTotals.findIndex((t) => t.column === j);
      if (at >= 0) columnTotals.splice(at, 1);
      columnTotals.push({ column: j, memberColumns: idx });
    } else if (idx.length === 2 && signs[0] !== '+') {
      columns[j] = { ...columns[j], role: 'difference', operands: [idx[0], idx[1]] };
    }
  }
  const rows = table.rows.map((r, i) => (i === k ? { ...r, kind: 'section' as const } : r));
  const keyLabel = row.label ? readTableLabel(row.label) : null;
  const label = table.label ?? (keyLabel ? { text: row.label, sheet: sheet.name, cell: row.labelAddress, row: row.row, col: parseA1(row.labelAddress).col, ...keyLabel } : null);
  return {
    ...table,
    columns,
    rows,
    label,
    unit: label?.unit ?? table.unit,
    priceLevel: label?.priceLevel ?? table.priceLevel,
    totals: table.totals.map((g) => ({ ...g, memberRows: g.memberRows.filter((m) => m !== k) })),
    ...(columnTotals.length ? { columnTotals: columnTotals.sort((a, b) => a.column - b.column) } : {}),
  };
}

/**
 * Rows: a labelled total is held against the readings its place allows (the items since the last
 * total or section title; every item above; the subtotals above; the rows below it, for a total
 * above its parts; the previous total plus or minus the items since, in a chain) and takes the
 * reading that fits; a row with no total label is a total only when the numbers show it in at least
 * two columns. A labelled total that fits no reading is unplaced (an info).
 */
function findRowTotals(
  sheet: SheetGrid,
  m: AmountMatrix,
  rows: TableRow[],
  columns: AmountColumn[],
  cols: number[],
): { totals: TotalGroup[]; unplaced: UnplacedTotal[] } {
  const totals: TotalGroup[] = [];
  const unplaced: UnplacedTotal[] = [];
  const counted = (k: number) => rows[k].kind === 'item';
  // Segments: item runs between section titles and labelled totals.
  const isBoundary = (k: number) => rows[k].kind === 'section' || rows[k].kind === 'total' || rows[k].kind === 'netTotal';
  const segmentAfter = (i: number): number[] => {
    const out: number[] = [];
    for (let k = i + 1; k < rows.length && !isBoundary(k) && out.length < MAX_RUN; k++) if (counted(k)) out.push(k);
    return out;
  };

  // Totals by formula: a row whose cells add cells of their column in other rows ("=B5+B6" in a
  // row above its parts, "=B4+B7+B10" in an "I alt" that adds the subtotals only). Its formula
  // says what it counts, in every column of the row, typed cells included.
  const byFormula = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind === 'section' || rows[i].kind === 'heraf') continue;
    const members = formulaMembers(sheet, rows, i, columns);
    if (members) byFormula.set(i, members);
  }
  for (const [i, members] of byFormula) {
    rows[i] = { ...rows[i], kind: rows[i].kind === 'netTotal' ? 'netTotal' : 'total' };
    totals.push({ kind: members.every((k) => !byFormula.has(k)) ? 'block' : 'net', totalRow: i, memberRows: members });
  }

  // Top totals: the first row of a segment (or a labelled total with nothing above it since the
  // last boundary) that is the sum of the rest of its segment ("Hele landet" before its regions).
  const topTotals = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    if (byFormula.has(i)) continue;
    const startsSegment = i === 0 || isBoundary(i - 1);
    if (!startsSegment || (rows[i].kind !== 'item' && rows[i].kind !== 'total')) continue;
    const segment = segmentAfter(i);
    if (segment.length < 2) continue;
    const named = rows[i].kind === 'total' || (rows[i].label !== '' && isTotalWord(normalizeLabel(rows[i].label), []));
    const worded = (f: Fit) => named && f.fits >= 1 && (f.fits > f.misses.length || f.misses.length === 1);
    let below = segment;
    let fit = rowFit(m, i, below, cols);
    // A named total over the first rows of its segment only, where a result or other row follows
    // its parts ("Driftsudgifter i alt" over three rows, then "Driftsoverskud"): the run that fits
    // the most columns, in at least two and missing at most one (the error then).
    if (named && !(holdsFromNumbers(fit) || worded(fit))) {
      for (let n = segment.length - 1; n >= 2; n--) {
        const prefixFit = rowFit(m, i, segment.slice(0, n), cols);
        if (prefixFit.fits >= 2 && prefixFit.misses.length <= 1 && (below === segment || prefixFit.fits > fit.fits)) {
          below = segment.slice(0, n);
          fit = prefixFit;
        }
      }
    }
    // From numbers alone, columns that repeat the same figures count once.
    if ((holdsFromNumbers(fit) && (named || holdsFromNumbers(distinctRowFit(m, i, below, cols)))) || worded(fit)) {
      rows[i] = { ...rows[i], kind: 'total' };
      topTotals.add(i);
      totals.push({ kind: 'block', totalRow: i, memberRows: below });
      i = below[below.length - 1];
    }
  }

  let block: number[] = [];
  let sinceTotal: number[] = [];
  let subtotals: number[] = [];
  let previousTotal: number | null = null;
  const allItems: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (byFormula.has(i)) {
      subtotals.push(i);
      previousTotal = i;
      block = [];
      sinceTotal = [];
      continue;
    }
    if (topTotals.has(i)) {
      const members = totals.find((t) => t.totalRow === i)!.memberRows;
      const end = members[members.length - 1];
      allItems.push(...members);
      subtotals.push(i);
      previousTotal = i;
      block = [];
      sinceTotal = [];
      i = end;
      continue;
    }
    if (row.kind === 'section') {
      block = [];
      continue;
    }
    if (row.kind === 'heraf' || row.kind === 'nonAdditive') continue;
    if (row.kind === 'item') {
      // An unlabelled row that is the sum of the items above it since the last total, in at least
      // two columns: a total the table does not name.
      if (block.length >= 2 && block.length <= MAX_RUN && cols.length >= 2) {
        const fit = rowFit(m, i, block, cols);
        if (holdsFromNumbers(fit) && fit.misses.length <= 1 && holdsFromNumbers(distinctRowFit(m, i, block, cols))) {
          rows[i] = { ...row, kind: 'total' };
          totals.push({ kind: 'block', totalRow: i, memberRows: [...block] });
          subtotals.push(i);
          previousTotal = i;
          block = [];
          sinceTotal = [];
          continue;
        }
      }
      block.push(i);
      sinceTotal.push(i);
      allItems.push(i);
      continue;
    }
    // A labelled total or net total: its readings, formula first.
    const readings: Array<{ members: number[]; signs?: number[] }> = [];
    if (block.length) readings.push({ members: [...block] });
    if (sinceTotal.length && sinceTotal.length !== block.length) readings.push({ members: [...sinceTotal] });
    if (subtotals.length) readings.push({ members: [...subtotals, ...sinceTotal] });
    if (allItems.length && allItems.length !== sinceTotal.length) readings.push({ members: [...allItems] });
    if (previousTotal !== null && sinceTotal.length) {
      readings.push({ members: [previousTotal, ...sinceTotal] });
      readings.push({ members: [previousTotal, ...sinceTotal], signs: [1, ...sinceTotal.map(() => -1)] });
    }
    if (block.length >= 2) readings.push({ members: [...block], signs: [1, ...block.slice(1).map(() => -1)] });
    // Above its parts: the rows below it, or the first of them where a result row follows its parts
    // ("2 | Driftsudgifter i alt" under line 1, over three rows and "3 | Driftsoverskud (1-2)").
    const below = segmentAfter(i);
    if (below.length >= 2 && block.length === 0) readings.push({ members: below });
    else if (below.length >= 2) {
      const prefix = fittingPrefix(m, i, below, cols);
      if (prefix) readings.push({ members: prefix });
    }

    let best: { members: number[]; signs?: number[]; fits: number; misses: number } | null = null;
    for (const reading of readings) {
      const fit = reading.signs ? rowFit(m, i, reading.members, cols, reading.signs) : rowFit(m, i, reading.members, cols);
      // The label says it is a total: a cell equal to its one non-zero part holds as a sum.
      const fits = reading.signs ? fit.fits : fit.fits + fit.identities;
      if (!best || fits > best.fits || (fits === best.fits && fit.misses.length < best.misses)) best = { ...reading, fits, misses: fit.misses.length };
    }
    // A reading holds when it fits more cells than it misses; a chain (a signed reading) only when
    // it fits every cell, and then there is nothing more to check.
    let holds =
      best !== null && ((best.fits > 0 && (best.signs ? best.misses === 0 : best.fits > best.misses || best.misses === 1)) || (!best.signs && hasTotalFormula(row)));
    if (!holds) {
      // Only the last rows above it ("Samlet mad pr. dag" over the four meals, under other rates).
      // A plain "I alt" means every row above it: one that equals only the last few has forgotten the others.
      const plain = isPlainTotalLabel(normalizeLabel(row.label));
      const suffix = plain ? null : fittingSuffix(m, i, block, cols);
      if (suffix) {
        best = { members: suffix, fits: 1, misses: 0 };
        holds = true;
      } else if (plain && block.length >= 2 && block.length === allItems.length && subtotals.length === 0 && !belowALargestPart(m, i, block, cols)) {
        // "I alt" under a plain run of rows, nothing else above it (a caption or a title over the
        // run at most): one reading, and it misses.
        best = { members: [...block], fits: 0, misses: 1 };
        holds = true;
      }
    }
    if (best && holds && !best.signs) {
      const itemsOnly = best.members.every((k) => rows[k].kind === 'item');
      totals.push({ kind: itemsOnly ? 'block' : 'net', totalRow: i, memberRows: best.members });
    } else if (!holds && best !== null && best.fits + best.misses > 0) {
      unplaced.push({ row: i });
    }
    subtotals = row.kind === 'netTotal' ? [i] : [...subtotals, i];
    previousTotal = i;
    block = [];
    sinceTotal = [];
  }
  return { totals, unplaced };
}


/**
 * A row that repeats the table's headings ("0 – 500 m³ | 501 – 2.000 m³", "2025 | 2026") over a
 * second block of the same table, as a new page or a second zone starts: a heading, never amounts.
 */
export function repeatsHeadings(amounts: readonly AmountCell[], columns: readonly AmountColumn[]): boolean {
  let same = 0;
  for (let j = 0; j < amounts.length; j++) {
    const { raw, status } = amounts[j];
    if (status === 'empty' || raw === null) continue;
    const heading = columns[j]?.header ?? '';
    if (heading === '') return false;
    // A figure repeats a heading only as a year ("2025" over 2025): told without normalising.
    if (typeof raw === 'number') {
      if (String(raw) !== heading.trim()) return false;
    } else if (typeof raw !== 'string' || normalizeLabel(raw) !== normalizeLabel(heading)) return false;
    same++;
  }
  return same >= 2;
}

/** "- heraf licenser", or in a numbered outline "2.1.E Heraf overhead" (the number is not the word). */
export function isHerafRow(label: string, normalized: string): boolean {
  if (isHerafLabel(normalized)) return true;
  if (!/^\s*\d/.test(label)) return false;
  const words = withoutOutlineCode(label);
  return words !== label && isHerafLabel(normalizeLabel(words));
}

/** A row of dashes ("-", "–") under amount headings shows zeros: an item, not a section title. */
export function showsPrintedZero(amounts: readonly AmountCell[]): boolean {
  return amounts.some((a) => a.status === 'empty' && typeof a.raw === 'string' && /^[-–—−]$/.test(a.raw.trim()));
}

/** Headings of figures that are never added up: rates, prices of a security, shares. */
const NEVER_SUMMED_HEADING = /^(?:kurs|rente|pct|procent|sats|andel)\b/;

/** The columns of a list's range that hold amounts though their headings use none of our words. */
function moreAmountColumns(sheet: SheetGrid, list: TableBlock): AmountColumn[] {
  const known = new Set(list.columns.map((c) => c.col));
  // The items, and the foot total: a column with one figure among the items and its total below is a
  // column of amounts (mostly blank where few rows have any).
  const items = list.rows.filter((r) => r.kind === 'item' || r.kind === 'total').map((r) => r.row);
  const header = sheet.rows.get(list.headerRow);
  const lastKnown = Math.max(...known);
  const out: AmountColumn[] = [];
  for (let c = list.range.left; c <= list.range.right; c++) {
    if (known.has(c)) continue;
    const heading = cellText(header?.get(c)?.value ?? null) ?? '';
    const n = normalizeLabel(heading);
    if (n !== '' && (NOT_AMOUNT_HEADING.test(n) || NEVER_SUMMED_HEADING.test(n) || isNonAdditiveLabel(n))) continue;
    const stats = columnStats(items.map((r) => sheet.rows.get(r)?.get(c)));
    // Figures, or a figure and dashes ("-" is a printed zero); or one figure and blanks under a
    // heading of its own among the amount columns (a column few rows have anything in).
    const amongAmounts = heading !== '' && c < lastKnown && stats.texts === 0;
    if (stats.numeric < 1 || (stats.numeric + stats.dashes < 2 && !amongAmounts) || stats.foreign > 0 || stats.texts * 2 > stats.numeric || isCountingOrYears(stats.values)) continue;
    out.push({ col: c, address: a1(list.headerRow, c), header: heading });
  }
  return out;
}

/** An Excel table (Insert › Table): header, data and totals rows as its table part says. */
function readExcelTable(sheet: SheetGrid, part: ExcelTablePart, ctx: ShapeContext): TableBlock | null {
  const { range } = part;
  // With no header row the first row is data; findings about the whole table still point at its top.
  const headerRow = range.top;
  const dataTop = range.top + part.headerRowCount;
  const dataBottom = range.bottom - part.totalsRowCount;
  if (dataBottom < dataTop) return null;
  // The rows of the range that hold cells: a table part may claim the whole sheet (A1:XFD1048576).
  const dataRows: number[] = [];
  for (const r of sheet.rows.keys()) if (r >= dataTop && r <= dataBottom) dataRows.push(r);
  dataRows.sort((a, b) => a - b);
  const columns: AmountColumn[] = [];
  // Only the columns that hold cells in those rows are read (cost: the cells, not the range).
  const filled = new Set<number>();
  for (const r of dataRows) for (const c of sheet.rows.get(r)!.keys()) if (c >= range.left && c <= range.right) filled.add(c);
  part.columns.forEach((name, k) => {
    const c = range.left + k;
    if (!filled.has(c)) return;
    const stats = columnStats(dataRows.map((r) => sheet.rows.get(r)?.get(c)));
    if (stats.numeric === 0 || stats.foreign > stats.numeric || stats.texts * 2 > stats.numeric) return;
    const n = normalizeLabel(name);
    if (isCountingOrYears(stats.values) && readTableLabel(name)?.unit == null) return;
    if (NOT_AMOUNT_HEADING.test(n)) return;
    const role = isNonAdditiveLabel(n) ? ('nonAdditive' as const) : undefined;
    columns.push({ col: c, address: a1(headerRow, c), header: name, ...(role ? { role } : {}) });
  });
  if (columns.length === 0) return null;
  const left = range.left;
  const firstAmountCol = columns[0].col;
  const bodyRows = [...dataRows, ...(part.totalsRowCount ? [range.bottom] : [])];
  const rows = bodyRows.map((r) => readShapeRow(sheet, r, left, firstAmountCol, columns, ctx));
  const totals: TotalGroup[] = [];
  if (part.totalsRowCount) {
    const t = rows.length - 1;
    rows[t] = { ...rows[t], kind: 'total' };
    const members: number[] = [];
    for (let k = 0; k < t; k++) if (rows[k].kind === 'item' || rows[k].kind === 'total') members.push(k);
    for (let k = 0; k < t; k++) if (rows[k].kind === 'total') rows[k] = { ...rows[k], kind: 'item' };
    totals.push({ kind: 'block', totalRow: t, memberRows: members });
  }
  const m = amountMatrix(rows);
  const dataIdx = rows.map((_, i) => i).filter((i) => (part.totalsRowCount ? i < rows.length - 1 : rows[i].kind === 'item'));
  const columnTotals = findColumnTotals(m, columns, dataIdx);
  let unplaced: UnplacedTotal[] = [];
  if (!part.totalsRowCount) {
    // No totals row by the table part (a program that re-saved the table may have dropped the
    // flag): totals inside the data are found by their formulas, labels and numbers, as in any block.
    const derived = new Set(columnTotals.map((t) => t.column));
    const cols = columns.map((c, j) => ({ c, j })).filter(({ c, j }) => c.role !== 'nonAdditive' && c.role !== 'difference' && !derived.has(j)).map(({ j }) => j);
    if (hasPeriodRows(rows)) {
      // Quarters (or months) as rows: the shortest periods listed are the items, not totals.
      const { periods, shortest } = periodSpans(rows);
      periods.forEach((p, i) => {
        if (p && p.to - p.from + 1 === shortest && rows[i].kind === 'total') rows[i] = { ...rows[i], kind: 'item' };
      });
    }
    const found = findRowTotals(sheet, m, rows, columns, cols);
    totals.push(...found.totals);
    unplaced = found.unplaced;
  }
  const label = findLabel(sheet, [headerRow], left, range.right, range.top) ?? columns.map((c) => labelFrom(sheet, c.header, headerRow, c.col)).find((l) => l !== null) ?? null;
  const rangeText = rangeA1(range);
  return {
    id: `${sheet.name}!${rangeText}`,
    sheet: sheet.name,
    kind: hasPeriodRows(rows) ? 'period' : 'list',
    range: { ...range },
    rangeA1: rangeText,
    headerRow,
    firstHeaderCell: a1(headerRow, left),
    title: findTitle(sheet, range.top, left, range.right, label) ?? part.name,
    label,
    unit: label?.unit ?? null,
    priceLevel: label?.priceLevel ?? null,
    years: [],
    columns,
    styringsomraadeCol: null,
    styringsomraadeHeader: null,
    rows,
    totals,
    untotalled: [],
    ...(columnTotals.length ? { columnTotals } : {}),
    ...(unplaced.length ? { unplacedTotals: unplaced } : {}),
    proposalCode: null,
    foundBy: 'excelTable',
    ...(sheet.headings ? { headings: sheet.headings } : {}),
  };
}

function labelFrom(sheet: SheetGrid, text: string, row: number, col: number) {
  const reading = readTableLabel(text);
  return reading && reading.unit ? { text, sheet: sheet.name, cell: a1(row, col), row, col, ...reading } : null;
}

/**
 * The unit and price level: in a heading cell ("Bloktilskud (mio. kr.) (3)"), a unit row under the
 * headings ("Kr." over every column), a short label or a sentence just above ("Alle beløb er i
 * 1.000 kr.", "i 2015-niveau", "løbende priser"), or a Word table's caption.
 */
function findLabel(sheet: SheetGrid, headerRows: number[], left: number, right: number, top: number) {
  for (const r of headerRows) {
    const row = sheet.rows.get(r);
    if (!row) continue;
    for (let c = left; c <= right; c++) {
      const t = cellText(row.get(c)?.value ?? null);
      if (t === null || readAmountText(t).kind === 'amount') continue;
      const reading = readTableLabel(t.replace(/\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰*]/g, ''));
      if (reading && (reading.unit || reading.priceLevel !== null || reading.currentPrices)) return { text: t, sheet: sheet.name, cell: a1(r, c), row: r, col: c, ...reading };
    }
  }
  // The table's own first row (a unit in its first cell, "Mia. kr."), then the rows above it.
  for (let r = top; r >= Math.max(1, top - 4); r--) {
    const row = sheet.rows.get(r);
    if (!row) continue;
    for (let c = Math.max(1, left - 1); c <= right; c++) {
      if (r === top && c > left) break;
      const t = cellText(row.get(c)?.value ?? null);
      // An amount with its unit ("3.510 kr.") is a figure, not a label.
      if (t === null || readAmountText(t).kind === 'amount') continue;
      const reading = (t.length <= 60 || endsWithUnit(t) ? readTableLabel(t) : null) ?? readLabelSentence(t) ?? levelInWords(t);
      if (reading) return { text: t, sheet: sheet.name, cell: a1(r, c), row: r, col: c, ...reading };
    }
  }
  for (const text of [sheet.textAbove, sheet.caption]) {
    const reading = text ? labelOutsideGrid(text) : null;
    if (reading && text) return { text, sheet: sheet.name, cell: a1(top, left), row: top, col: left, ...reading };
  }
  // Or a sentence in the paragraph under it ("Alle beløb er i hele 1000 kr.").
  const below = sheet.textBelow ? readLabelSentence(sheet.textBelow) : null;
  if (below && sheet.textBelow) return { text: sheet.textBelow, sheet: sheet.name, cell: a1(top, left), row: top, col: left, ...below };
  return null;
}

/**
 * A Word table's label in the paragraph above it or its caption: a sentence ("Alle beløb er i 1.000
 * kr., 2027-priser") or a short label ("(mio.kr., løbende priser)"); what one misses, the other may
 * read (the sentence reader reads "løbende priser" but not a unit written without a space).
 */
function labelOutsideGrid(text: string): LabelReading | null {
  const sentence = readLabelSentence(text);
  const short = readTableLabel(text);
  if (sentence && sentence.unit === null && short?.unit) return { ...sentence, unit: short.unit, unitText: short.unitText };
  return sentence ?? short ?? levelInWords(text);
}

/** "i 2015-niveau", "2025-niveau", "(2024-priser)": a price level in words. */
export function levelInWords(text: string): LabelReading | null {
  const m = /\b((?:19|20|21)\d{2})\s*[-–]?\s*(?:niveau|prisniveau|priser)\b/i.exec(text);
  if (!m || text.length > 400) return null;
  const unit = readTableLabel(text);
  return { unit: unit?.unit ?? null, unitText: unit?.unitText ?? null, priceLevel: Number(m[1]), priceLevelWithoutYear: false, currentPrices: false };
}

function findTitle(sheet: SheetGrid, top: number, left: number, right: number, label: { row: number } | null): string | null {
  for (let r = top - 1; r >= Math.max(1, top - TITLE_ROWS_ABOVE); r--) {
    const row = sheet.rows.get(r);
    if (!row || (label && label.row === r)) continue;
    for (let c = Math.max(1, left - 1); c <= right; c++) {
      const t = cellText(row.get(c)?.value ?? null);
      if (t !== null) return t;
    }
  }
  return sheet.caption ?? null;
}

/**
 * The totals a table's words gave (groupTotals), held against its numbers: a total whose readings
 * fit none of its figures may stand above its parts (it is then held against the rows below it),
 * be one line of a chain of sums and differences (then it is right), or count something the
 * checker cannot tell — said as an info. A total with one figure keeps its reading: its label is
 * the evidence, and one cell can neither confirm nor refute another reading.
 */
export function placeTotals(table: TableBlock): TableBlock {
  if (table.totals.length === 0) return table;
  const rows = table.rows;
  const cols = table.columns
    .map((c, j) => ({ c, j }))
    .filter(({ c }) => c.role === undefined)
    .map(({ j }) => j);
  if (cols.length === 0) return table;
  // Most tables need nothing here: every total fits one of its readings in some column, and no
  // unlabelled row follows two totals. Told cell by cell, before any matrix is made.
  const settled = (g: TotalGroup) =>
    hasTotalFormula(rows[g.totalRow]) || [g.memberRows, ...(g.candidates ?? []).map((c) => c.memberRows)].some((members) => fitsSomeColumn(rows, g.totalRow, members, cols));
  if (table.totals.every(settled) && !mayDerive(rows, cols)) return table;
  const m = amountMatrix(rows);
  // Rows derived from the totals above them: an unlabelled row that is the sum or the difference of
  // two rows labelled as totals (or so derived) above it, in at least two columns.
  const derived = deriveFromTotals(m, rows, cols);
  const isBoundary = (k: number) => rows[k].kind === 'section' || rows[k].kind === 'total' || rows[k].kind === 'netTotal' || derived.rows.has(k);
  const totals: TotalGroup[] = [];
  const unplaced: UnplacedTotal[] = [...(table.unplacedTotals ?? [])];
  let changed = derived.rows.size > 0;
  let previous: TotalGroup | null = null;
  for (const group of table.totals) {
    const t = group.totalRow;
    const readings = [group.memberRows, ...(group.candidates ?? []).map((c) => c.memberRows)];
    let fits = 0;
    let compared = 0;
    for (const members of readings) {
      const fit = rowFit(m, t, members, cols);
      fits = Math.max(fits, fit.fits);
      compared = Math.max(compared, fit.fits + fit.misses.length);
    }
    // A total written as a formula says itself what it counts: the rules hold it to that.
    if (fits > 0 || compared === 0 || hasTotalFormula(rows[t])) {
      totals.push(group);
      previous = group;
      continue;
    }
    // Only the last rows above it, where they fit in every column compared.
    const plain = isPlainTotalLabel(normalizeLabel(rows[t].label));
    const suffix = plain ? null : fittingSuffix(m, t, group.memberRows.filter((k) => rows[k].kind === 'item'), cols);
    if (suffix) {
      totals.push({ kind: 'block', totalRow: t, memberRows: suffix });
      changed = true;
      previous = totals[totals.length - 1];
      continue;
    }
    // Above its parts: the items below it until the next section title or total.
    const below: number[] = [];
    for (let k = t + 1; k < rows.length && !isBoundary(k); k++) if (rows[k].kind === 'item') below.push(k);
    const fitBelow = below.length >= 2 ? rowFit(m, t, below, cols) : null;
    // Or the first of them, where a result or another row follows its parts.
    const firstBelow = fitBelow && !(fitBelow.fits > 0 && (fitBelow.fits > fitBelow.misses.length || fitBelow.misses.length === 1)) ? fittingPrefix(m, t, below.slice(0, -1), cols) : null;
    if (firstBelow) {
      totals.push({ kind: 'block', totalRow: t, memberRows: firstBelow });
      changed = true;
      previous = totals[totals.length - 1];
      continue;
    }
    if (fitBelow && fitBelow.fits > 0 && (fitBelow.fits > fitBelow.misses.length || fitBelow.misses.length === 1)) {
      totals.push({ kind: 'block', totalRow: t, memberRows: below });
      changed = true;
      previous = totals[totals.length - 1];
      continue;
    }
    // One line of a chain: the previous total plus or minus the items since it.
    if (previous) {
      const since = group.memberRows.filter((k) => k > previous!.totalRow && rows[k].kind === 'item');
      const members = [previous.totalRow, ...since];
      const plus = rowFit(m, t, members, cols);
      const minus = rowFit(m, t, members, cols, [1, ...since.map(() => -1)]);
      if ((plus.fits > 0 && plus.misses.length === 0) || (minus.fits > 0 && minus.misses.length === 0)) {
        changed = true;
        previous = group;
        continue;
      }
    }
    // "I alt" under a plain run of rows, nothing else above it: one reading, so a miss is an error.
    // So is any total word at the foot of a budget proposal's lines ("Samlede implementeringsomkostninger").
    const members = new Set(group.memberRows);
    const soleReading =
      (plain || table.kind === 'proposal') && !belowALargestPart(m, t, group.memberRows, cols) && previous === null && members.size >= 2 && rows.slice(0, t).every((r, k) => r.kind !== 'section' && r.kind !== 'total' && r.kind !== 'netTotal' && (r.kind !== 'item' || members.has(k)));
    if (compared >= 2 && !soleReading) {
      unplaced.push({ row: t });
      changed = true;
    } else totals.push(group);
    previous = group;
  }
  if (!changed) return table;
  for (const [row, members] of derived.sums) totals.push({ kind: 'net', totalRow: row, memberRows: members });
  totals.sort((a, b) => a.totalRow - b.totalRow);
  const newRows = derived.sums.size ? rows.map((r, i) => (derived.sums.has(i) ? { ...r, kind: 'netTotal' as const } : r)) : rows;
  return {
    ...table,
    rows: newRows,
    totals: totals.filter((g) => !derived.rows.has(g.totalRow) || derived.sums.has(g.totalRow)),
    ...(derived.differences.length ? { differenceRows: derived.differences } : {}),
    ...(unplaced.length ? { unplacedTotals: unplaced } : {}),
  };
}

/**
 * The longest run of the last items of `items` (at least two, fewer than all) that a labelled total
 * equals in every column compared: a total of the rows directly above it only.
 */
function fittingSuffix(m: AmountMatrix, total: number, items: readonly number[], cols: readonly number[]): number[] | null {
  const last = items.length - 1;
  for (let k = last; k >= 2; k--) {
    const run = items.slice(items.length - k);
    if (run.some((r, j) => j > 0 && r < run[j - 1])) continue;
    const fit = rowFit(m, total, run, cols);
    if (fit.fits > 0 && fit.misses.length === 0) return run;
  }
  return null;
}

/**
 * The first rows of `below` (at least two) that a labelled total above them equals in at least two
 * columns, missing at most one: the longest such run.
 */
function fittingPrefix(m: AmountMatrix, total: number, below: readonly number[], cols: readonly number[]): number[] | null {
  for (let n = below.length; n >= 2; n--) {
    const fit = rowFit(m, total, below.slice(0, n), cols);
    if (fit.fits >= 2 && fit.misses.length <= 1) return below.slice(0, n);
  }
  return null;
}

/** Anchors (rows labelled as totals) looked back at for a derived row. */
const MAX_ANCHORS = 6;

function deriveFromTotals(
  m: AmountMatrix,
  rows: readonly TableRow[],
  cols: number[],
): { rows: Set<number>; sums: Map<number, number[]>; differences: Array<{ row: number; minuend: number; subtrahend: number }> } {
  const out = { rows: new Set<number>(), sums: new Map<number, number[]>(), differences: [] as Array<{ row: number; minuend: number; subtrahend: number }> };
  if (cols.length < 2) return out;
  const anchors: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const kind = rows[i].kind;
    if (kind === 'total' || kind === 'netTotal') {
      anchors.push(i);
      continue;
    }
    if (kind !== 'item' || anchors.length < 2) continue;
    const recent = anchors.slice(-MAX_ANCHORS);
    let found = false;
    for (let x = 0; x < recent.length && !found; x++) {
      for (let y = x + 1; y < recent.length && !found; y++) {
        const [a, b] = [recent[x], recent[y]];
        if (holdsFromNumbers(distinctRowFit(m, i, [a, b], cols))) {
          out.sums.set(i, [a, b]);
          found = true;
        } else if (holdsFromNumbers(distinctRowFit(m, i, [a, b], cols, [1, -1]))) {
          out.differences.push({ row: i, minuend: a, subtrahend: b });
          found = true;
        } else if (holdsFromNumbers(distinctRowFit(m, i, [b, a], cols, [1, -1]))) {
          out.differences.push({ row: i, minuend: b, subtrahend: a });
          found = true;
        }
      }
    }
    if (found) {
      out.rows.add(i);
      anchors.push(i);
    }
  }
  return out;
}

/**
 * A unit row: every filled amount cell is a short text naming a unit ("Kr.", "kr. pr. måned",
 * "Mio. kr."). It labels the columns below it; it holds no amounts. Returns what it says.
 */
export function unitRowReading(amounts: readonly AmountCell[]): LabelReading | null {
  let reading: LabelReading | null = null;
  for (const a of amounts) {
    if (a.status === 'empty') continue;
    if (a.status !== 'not-numeric' || typeof a.raw !== 'string' || a.raw.length > 40) return null;
    const r = readTableLabel(a.raw);
    if (!r || !r.unit || !/^\s*(?:i\s+)?(?:1[.\s]?000\s*kr|t\.?\s?kr|tkr|mio|mia|kr|dkk|tusind)/i.test(a.raw)) return null;
    reading ??= r;
  }
  return reading;
}

/**
 * A row under the headings that names units or price levels only ("Pct. | Pct. | Pct.", "mia. kr. |
 * pct.", "2007-priser | 2008-priser", "Løbende priser, mio. kr."): a heading, never a row of
 * figures — whether or not its units are money.
 */
export function isUnitRow(amounts: readonly AmountCell[]): boolean {
  if (unitRowReading(amounts)) return true;
  let named = 0;
  for (const a of amounts) {
    if (a.status === 'empty') continue;
    if (a.status !== 'not-numeric' || typeof a.raw !== 'string' || a.raw.length > 40) return false;
    if (isUnitWord(a.raw)) {
      named++;
      continue;
    }
    // A figure with words ("ca. 1.300 kr.") is a figure that cannot be read, never a heading; a
    // price level ("2007-priser", "i 2025-niveau") is the one heading with digits in it.
    const reading = readTableLabel(a.raw);
    if (reading === null || (/\d/.test(a.raw) && reading.priceLevel === null)) return false;
    named++;
  }
  return named > 0;
}

/**
 * The columns numbered under the headings — "(1) | (2) | (3)=(1)-(2)", "1) | 2) | 3)", or 1 | 2 | 3 —
 * so the text can refer to them: a heading row, never figures ("(1)" is not −1).
 */
export function isRowOfColumnNumbers(values: ReadonlyArray<CellValue | undefined>): boolean {
  let expected = 0;
  let count = 0;
  for (const v of values) {
    if (v === undefined || v === null || v === '') continue;
    let n: number;
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 1 || v > 40) return false;
      n = v;
    } else if (typeof v === 'string') {
      const m = /^\s*\(?\s*(\d{1,2})\s*\)\s*(?:=.*)?$/.exec(v);
      if (!m) return false;
      n = Number(m[1]);
    } else return false;
    // Numbered from 1: "10 | 11 | 12 | 13" beside an account number is a row of figures.
    if (n !== (expected === 0 ? 1 : expected)) return false;
    expected = n + 1;
    count++;
  }
  return count >= 2;
}

/**
 * A row whose figures, two or more, are all formatted as a percent ("65 % | 56 % | 57 %"): shares,
 * never added to amounts. (One amount typed with a percent format is a slip: AMOUNT_FORMAT.)
 */
export function isRowOfShares(amounts: readonly AmountCell[]): boolean {
  let shares = 0;
  for (const a of amounts) {
    if (a.status === 'empty') continue;
    if (a.status !== 'percent') return false;
    shares++;
  }
  return shares >= 2;
}

/** The table's label from its first unit row, when nothing else states its unit. */
export function unitRowLabel(sheet: SheetGrid, rows: readonly TableRow[]): TableLabel | null {
  for (const row of rows) {
    if (row.kind !== 'section') continue;
    const reading = unitRowReading(row.amounts);
    const cell = row.amounts.find((a) => a.status !== 'empty');
    if (reading && cell) return { text: String(cell.raw), sheet: sheet.name, cell: cell.address, row: cell.row, col: cell.col, ...reading };
  }
  return null;
}

/**
 * The unit written beside the amounts: a text column of units ("kr./år", "kr./boligenhed") left of
 * them, or the amount cells themselves ("16.382 kr. pr. md."), in most rows.
 */
export function unitBeside(sheet: SheetGrid, rows: readonly TableRow[], left: number, firstAmountCol: number): TableLabel | null {
  const items = rows.filter((r) => r.kind === 'item' || r.kind === 'total');
  if (items.length === 0) return null;
  for (let c = left + 1; c < firstAmountCol; c++) {
    let hits = 0;
    let first: { text: string; row: number; reading: LabelReading } | null = null;
    for (const r of items) {
      const t = cellText(sheet.rows.get(r.row)?.get(c)?.value ?? null);
      const reading = t !== null && t.length <= 30 ? readTableLabel(t) : null;
      if (t !== null && reading?.unit) {
        hits++;
        first ??= { text: t, row: r.row, reading };
      }
    }
    if (first && hits * 2 > items.length) return { text: first.text, sheet: sheet.name, cell: a1(first.row, c), row: first.row, col: c, ...first.reading };
  }
  const inCells = new Map<string, number>();
  let firstCell: AmountCell | null = null;
  let counted = 0;
  for (const r of items) {
    for (const a of r.amounts) {
      if (a.status === 'empty') continue;
      counted++;
      if (a.unitInCell) {
        inCells.set(a.unitInCell, (inCells.get(a.unitInCell) ?? 0) + 1);
        firstCell ??= a;
      }
    }
  }
  for (const [unit, hits] of inCells) {
    const reading = readTableLabel(unit);
    if (reading?.unit && hits * 2 > counted && firstCell) return { text: String(firstCell.raw), sheet: sheet.name, cell: firstCell.address, row: firstCell.row, col: firstCell.col, ...reading };
  }
  return null;
}

/** Each row's period by its label, and the shortest one the table lists (in months). */
function periodSpans(rows: readonly TableRow[]): { periods: Array<ReturnType<typeof periodOf>>; shortest: number } {
  const periods = rows.map((r) => periodOf(normalizeLabel(r.label)));
  return { periods, shortest: Math.min(...periods.map((p) => (p ? p.to - p.from + 1 : 12))) };
}

/** Rows whose labels are months or quarters: a period table. */
export function hasPeriodRows(rows: readonly TableRow[]): boolean {
  let periods = 0;
  for (const r of rows) if (r.label && periodOf(normalizeLabel(r.label)) !== null) periods++;
  return periods >= 3;
}

/** A row whose amounts include a total function (SUM, SUBTOTAL, AGGREGATE): its formula says what it counts. */
function hasTotalFormula(row: TableRow): boolean {
  return row.amounts.some((a) => a.formula !== undefined && /^\s*(?:_xlfn\.)?(?:SUM|SUMMER|SUBTOTAL|AGGREGATE|AGGREGER)\s*\(/i.test(a.formula));
}

/** True at the first column where the total row equals the sum of the members (one cell is enough here). */
function fitsSomeColumn(rows: readonly TableRow[], total: number, members: readonly number[], cols: readonly number[]): boolean {
  for (const j of cols) {
    const stated = rows[total].amounts[j];
    const s = amountOf(stated);
    if (s === undefined || s === null) continue;
    const parts = members.map((k) => rows[k].amounts[j]);
    const values = parts.map(amountOf);
    const ok = agrees(s, shownDecimals(stated, s), values, parts.map((p, x) => (values[x] ? shownDecimals(p, values[x] as Decimal) : null)));
    if (ok === true) return true;
  }
  return false;
}

/**
 * Whether a row may be derived from two totals above it: an unlabelled item after two totals
 * whose first figures are the sum or the difference of two of those totals' figures.
 */
function mayDerive(rows: readonly TableRow[], cols: readonly number[]): boolean {
  if (cols.length < 2) return false;
  const anchors: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const kind = rows[i].kind;
    if (kind === 'total' || kind === 'netTotal') anchors.push(i);
    else if (kind === 'item' && anchors.length >= 2 && firstColumnDerives(rows, i, anchors.slice(-MAX_ANCHORS), cols)) return true;
  }
  return false;
}

/** The first two filled columns of row i: is either the sum or the difference of two anchors' figures? */
function firstColumnDerives(rows: readonly TableRow[], i: number, anchors: number[], cols: readonly number[]): boolean {
  const filled = cols.filter((c) => {
    const a = amountOf(rows[i].amounts[c]);
    return a !== null && a !== undefined && !a.isZero();
  });
  for (const j of filled.slice(0, 2)) {
    const v = amountOf(rows[i].amounts[j]) as Decimal;
    const at = (k: number) => amountOf(rows[k].amounts[j]);
    for (let x = 0; x < anchors.length; x++) {
      for (let y = x + 1; y < anchors.length; y++) {
        const a = at(anchors[x]);
        const b = at(anchors[y]);
        if (!a || !b) continue;
        if (a.plus(b).minus(v).abs().lte(1) || a.minus(b).minus(v).abs().lte(1) || b.minus(a).minus(v).abs().lte(1)) return true;
      }
    }
  }
  return false;
}
