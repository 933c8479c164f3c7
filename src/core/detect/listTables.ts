/**
 * Lists: a header row naming amount columns ("Beløb", "kr.", "Markedsværdi", "Bevilling", "Forbrug"
 * …), item rows below, and perhaps a total at the foot (a SUM over the column, or a row labelled
 * "I alt"). Found in the rows and columns no year or overview table has claimed.
 *
 * A column is an amount column only when its header says so AND its content agrees: ids counting
 * 1, 2, 3 …, years, dates, percentages, cpr/cvr-like codes and names are never amounts, whatever
 * the header. A list is built as a `TableBlock` of kind `list` with at most one total, the foot,
 * as a plain block total of every item row, so the total rules apply to it unchanged.
 *
 * Linear: every row of the sheet is looked at once to find headers, and every row of a list once
 * more to read it.
 */
import { a1, rangeA1 } from '../a1';
import { readAmountText } from '../danishNumber';
import { formulaRefs } from '../formulaRefs';
import type { AmountColumn, Cell, CellRange, SheetGrid, TableBlock, TableRow, TotalGroup } from '../model';
import { readAmountCell } from './amountCell';
import { readTableLabel } from './label';
import { isRowOfColumnNumbers, isRowOfShares, isUnitRow } from './shapeTables';
import { claimedByRow } from './claimedRows';
import { cellText, normalizeLabel, STOP_ROW, TITLE_ROWS_ABOVE } from './labelText';

/** Header cells are short. */
const MAX_HEADER_LENGTH = 60;
/** Two or more empty columns between header cells separate two lists on one row. */
const MAX_HEADER_GAP = 1;
const HERAF = /^[\s\-–—]*(heraf|hvoraf)\b/i;

/** Words that make a header an amount column: exact words, word endings and word beginnings. */
const AMOUNT_WORDS = new Set(['beløb', 'beløbet', 'kr', 'kroner', 'dkk', 'tkr', 'mio', 'mia', 'værdi']);
const AMOUNT_ENDINGS = ['beløb', 'værdi', 'udgift', 'udgifter', 'indtægt', 'indtægter', 'forbrug', 'budget', 'tilskud', 'bevilling'];
const AMOUNT_BEGINNINGS = [
  'bevilling',
  'bevilg',
  'forbrug',
  'udgift',
  'indtægt',
  'budget',
  'tilskud',
  'regnskab',
  'saldo',
  'afvigelse',
  'merforbrug',
  'mindreforbrug',
  'overførsel',
  'beholdning',
  'omkostning',
  'udbetal',
  'indbetal',
];
/** A cheap first look before a header's words are read: every amount word holds one of these. */
const AMOUNT_HINT = /beløb|kr|dkk|kroner|mio|mia|værdi|bevil|forbrug|udgift|indtægt|budget|tilskud|regnskab|saldo|afvig|overfør|beholdning|omkostning|betal/i;
/** Words that make a header anything but an amount: counts, rates, codes, dates, names. */
const NON_AMOUNT_WORDS = new Set([
  'antal',
  'nr',
  'nummer',
  'id',
  'løbenr',
  'pct',
  'procent',
  'andel',
  'kurs',
  'rente',
  'dato',
  'isin',
  'fondskode',
  'cvr',
  'cpr',
  'se',
  'konto',
  'kontonr',
  'årstal',
  'løbetid',
  'kupon',
  'sats',
  'takst',
  'timer',
  'medlemmer',
  'indeks',
  'pr',
  'per',
  'udløb',
  'forfald',
  'stk',
  'type',
  'art',
  'kode',
  'navn',
  'tekst',
  'bemærkning',
  'bemærkninger',
  'status',
  'akkumuleret',
]);
const NON_AMOUNT_ENDINGS = ['procent', 'pct', 'dato', 'sats', 'andel', 'nummer', 'navn', 'type', 'art', 'kode', 'år', 'tid'];

/** Words of a header: letters only, lower case ("Beløb (1.000 kr.)" → beløb, kr). */
function headerWords(text: string): string[] {
  return text
    .replace(/\u00ad/g, '')
    .toLocaleLowerCase('da')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** True when the header names an amount column and nothing that is not one. */
export function isAmountHeader(text: string): boolean {
  if (text.length > MAX_HEADER_LENGTH || text.includes('%')) return false;
  // A figure with its unit ("46 kr.", "3.630 kr. pr. md.") is an amount, not a heading.
  if (readAmountText(text).kind === 'amount') return false;
  const words = headerWords(text);
  let amount = false;
  for (const w of words) {
    if (NON_AMOUNT_WORDS.has(w) || NON_AMOUNT_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e))) return false;
    if (AMOUNT_WORDS.has(w) || AMOUNT_ENDINGS.some((e) => w.endsWith(e)) || AMOUNT_BEGINNINGS.some((b) => w.startsWith(b))) amount = true;
  }
  return amount;
}

/** The header names money itself ("Beløb", "kr.", "DKK"), not only what it is spent on. */
function namesMoney(header: string): boolean {
  return headerWords(header).some((w) => w === 'beløb' || w === 'kr' || w === 'kroner' || w === 'dkk' || w === 'tkr' || w.endsWith('beløb'));
}

/** A number format's code without quoted text, escapes, brackets and padding. */
function bareFormat(numFmt: string): string {
  return numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
}

/** What a number format shows, by format code: a workbook has few formats and many cells. */
const formatKinds = new Map<string, 'date' | 'percent' | 'number'>();

function formatKind(numFmt: string): 'date' | 'percent' | 'number' {
  let kind = formatKinds.get(numFmt);
  if (kind === undefined) {
    const bare = bareFormat(numFmt);
    kind = bare.includes('%') ? 'percent' : !/general/i.test(bare) && /[dmyhs]/i.test(bare.replace(/E[+-]/gi, '')) ? 'date' : 'number';
    if (formatKinds.size < 1000) formatKinds.set(numFmt, kind);
  }
  return kind;
}

/** A number format that shows a date or time. */
function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && formatKind(numFmt) === 'date';
}

/** A number format that shows a percentage or a date: the value is no amount. */
function isPercentOrDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && formatKind(numFmt) !== 'number';
}

/** How the cells of one candidate column read, over the item rows. */
interface ColumnContent {
  numbers: number;
  textNumbers: number;
  /** Text that is no amount ("Afslag", a name). */
  texts: number;
  /** Dates, percentages, booleans: never amounts. */
  foreign: number;
  /** Numbers (or text-numbers) as read, for the id and year tests; at most what the column has. */
  values: number[];
  /** Text-numbers that look like codes: leading zero, or 8/10 digits with no separator (cvr, cpr). */
  codes: number;
}

function newContent(): ColumnContent {
  return { numbers: 0, textNumbers: 0, texts: 0, foreign: 0, values: [], codes: 0 };
}

function addToContent(content: ColumnContent, cell: Cell | undefined): void {
  if (!cell) return;
  const v = cell.value;
  if (v === null || v === undefined) return;
  if (v instanceof Date || typeof v === 'boolean') {
    content.foreign++;
    return;
  }
  if (typeof v === 'number') {
    if (isPercentOrDateFormat(cell.numFmt)) content.foreign++;
    else {
      content.numbers++;
      content.values.push(v);
    }
    return;
  }
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.endsWith('%')) {
      content.foreign++;
      return;
    }
    const reading = readAmountText(t);
    if (reading.kind === 'empty') return;
    if (reading.kind === 'not-amount') {
      content.texts++;
      return;
    }
    content.textNumbers++;
    content.values.push(reading.amount.toNumber());
    if (/^0\d/.test(t) || /^\d{8}$|^\d{10}$/.test(t)) content.codes++;
    return;
  }
  content.foreign++; // an Excel error is counted by the cell rules; here it does not vote
}

/** True when the column's content is amounts: the header's claim holds. */
export function contentIsAmounts(c: ColumnContent, headerNamesMoney = false): boolean {
  const numeric = c.numbers + c.textNumbers;
  if (numeric === 0 || c.foreign > 0) return false;
  // Mostly text: names, remarks. A few remarks ("Afslag") among amounts are allowed.
  if (c.texts * 2 > numeric) return false;
  // Codes typed as text (0123, cvr 12345678, cpr 0101901234).
  if (c.codes * 2 > c.textNumbers && c.textNumbers > 0 && c.numbers === 0) return false;
  const vs = c.values;
  if (vs.length >= 3) {
    // Ids: whole numbers counting up by one.
    let counting = true;
    for (let i = 1; i < vs.length && counting; i++) counting = Number.isInteger(vs[i]) && vs[i] === vs[i - 1] + 1;
    if (counting) return false;
  }
  // Years — unless the header says kroner: fees of 2.000 kr. are amounts.
  if (!headerNamesMoney && vs.length >= 2 && vs.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100)) return false;
  return true;
}

interface HeaderRun {
  row: number;
  cells: Cell[];
  /** Header cells that name an amount column. */
  candidates: Cell[];
}

/** A cell holding only spaces: empty, as Excel shows it. */
function isBlankText(c: Cell): boolean {
  return c.formula === undefined && typeof c.value === 'string' && c.value.trim() === '';
}

/** The runs of text cells on a row that could head a list: all text, short, one naming an amount. */
function headerRuns(r: number, row: Map<number, Cell>, isClaimed: (row: number, col: number) => boolean): HeaderRun[] {
  let hint = false;
  for (const cell of row.values()) {
    const v = cell.value;
    if (typeof v === 'string' && v.length <= MAX_HEADER_LENGTH && AMOUNT_HINT.test(v) && isAmountHeader(v)) {
      hint = true;
      break;
    }
  }
  if (!hint) return [];
  const cells = Array.from(row.values())
    .filter((c) => (c.value !== null || c.formula !== undefined) && !isBlankText(c) && !isClaimed(r, c.col))
    .sort((a, b) => a.col - b.col);
  const runs: HeaderRun[] = [];
  let current: Cell[] = [];
  const close = () => {
    const ok = current.length >= 2 && current.every((c) => cellText(c.value) !== null && c.formula === undefined && (c.value as string).length <= MAX_HEADER_LENGTH);
    const candidates = ok ? current.filter((c) => isAmountHeader(c.value as string)) : [];
    if (candidates.length) runs.push({ row: r, cells: current, candidates });
    current = [];
  };
  for (const cell of cells) {
    if (current.length && cell.col - current[current.length - 1].col - 1 > MAX_HEADER_GAP) close();
    current.push(cell);
  }
  close();
  return runs;
}

/** The template's total labels, read strictly for lists: "I alt", "Total", "Sum af …" — not "Totalkredit 6% 2032" or "Total Energies". */
export function isListTotalLabel(label: string, totalLabels: readonly string[]): boolean {
  // Every row of a list is asked: a cheap look first, the careful reading only for likely totals.
  const lower = label.trimStart().slice(0, 40).toLowerCase();
  if (!lower.includes('alt') && !totalLabels.some((t) => lower.startsWith(t.slice(0, 3)))) return false;
  const n = normalizeLabel(label);
  if (n === '') return false;
  if (/(^|\s)i alt(\s|$|[.:,])/.test(n)) return true;
  const raw = label.trim().replace(/\s+/g, ' ');
  for (const t of totalLabels) {
    if (!n.startsWith(t)) continue;
    const rest = raw.slice(t.length);
    if (rest === '' || /^[.:,]/.test(rest) || /^ \p{Ll}/u.test(rest) || /^ *[(–-] *\p{Ll}/u.test(rest)) return true;
  }
  return false;
}

/**
 * A total of cells of the same column above the foot, below the header: SUM (SUMMER), SUBTOTAL or
 * AGGREGATE, also over the sheet's Excel table (`SUBTOTAL(109,[Beløb])`).
 */
function isColumnSum(cell: Cell | undefined, sheet: SheetGrid, headerRow: number): boolean {
  if (!cell?.formula || !/^\s*(?:_xlfn\.)?(SUM|SUMMER|SUBTOTAL|AGGREGATE|AGGREGAT)\s*\(/i.test(cell.formula)) return false;
  const excelTables = sheet.excelTables?.map((table) => ({ sheet: sheet.name, table }));
  const refs = formulaRefs(cell.formula, sheet.name, cell, excelTables ? { excelTables } : undefined);
  if (!refs.analysable || refs.ranges.length === 0) return false;
  return refs.ranges.every((g) => g.left === cell.col && g.right === cell.col && g.top > headerRow && g.bottom < cell.row);
}

export interface ListContext {
  /** The template's total labels, normalised. */
  totalLabels: readonly string[];
}

/** Lists on a sheet, outside the ranges other tables have claimed. */
export function detectLists(sheet: SheetGrid, claimed: readonly CellRange[], ctx: ListContext): TableBlock[] {
  // Claimed columns by row, so each test is a short loop over the tables crossing that row.
  const byRow = claimedByRow(sheet, claimed);
  const isClaimed = (r: number, c: number) => byRow.get(r)?.some((g) => c >= g.left && c <= g.right) ?? false;

  const rowNumbers = Array.from(sheet.rows.keys()).sort((a, b) => a - b);
  const lists: TableBlock[] = [];
  // Per column, the last row a list found so far reaches: a header inside a list is an item.
  const reach = new Map<number, number>();
  let open: CellRange[] = []; // lists found so far that reach this row or below
  for (let i = 0; i < rowNumbers.length; i++) {
    const r = rowNumbers[i];
    const row = sheet.rows.get(r)!;
    const crossing = byRow.get(r);
    if (crossing && everyCellIn(row, crossing)) continue; // a row of a cost or overview table
    if (open.length) {
      open = open.filter((g) => g.bottom >= r);
      if (open.length && everyCellIn(row, open)) continue; // a row of a list is no header
    }
    for (const run of headerRuns(r, row, isClaimed)) {
      if (run.cells.some((c) => (reach.get(c.col) ?? 0) >= r)) continue;
      const list = readList(sheet, run, rowNumbers, i, isClaimed, ctx);
      if (!list) continue;
      lists.push(list);
      open.push(list.range);
      for (let c = list.range.left; c <= list.range.right; c++) reach.set(c, list.range.bottom);
    }
  }
  return lists;
}

function everyCellIn(row: Map<number, Cell>, ranges: CellRange[]): boolean {
  for (const cell of row.values()) if (!ranges.some((g) => cell.col >= g.left && cell.col <= g.right)) return false;
  return true;
}

function readList(
  sheet: SheetGrid,
  header: HeaderRun,
  rowNumbers: number[],
  headerIndex: number,
  isClaimed: (row: number, col: number) => boolean,
  ctx: ListContext,
): TableBlock | null {
  const headerLeft = header.cells[0].col;
  /** Labels may stand a few columns left of the headings (the first header cell left blank). */
  const scanLeft = Math.max(1, headerLeft - 3);
  const right = header.cells[header.cells.length - 1].col;
  const candidateCols = header.candidates.map((c) => c.col);
  const candidateSet = new Set(candidateCols);

  // Body: rows below the header until two empty rows, a note, another table's cells or the foot.
  const body: number[] = [];
  let foot: number | null = null;
  let prev = header.row;
  for (let j = headerIndex + 1; j < rowNumbers.length; j++) {
    const r = rowNumbers[j];
    const row = sheet.rows.get(r)!;
    let inside = false;
    let claimedCell = false;
    let lead: Cell | null = null;
    let hasAmount = false;
    let sumFoot = false;
    for (const cell of row.values()) {
      if (cell.col < scanLeft || cell.col > right || (cell.value === null && cell.formula === undefined)) continue;
      if (cell.col < headerLeft && cellText(cell.value) === null) continue;
      inside = true;
      if (isClaimed(r, cell.col)) claimedCell = true;
      if (cellText(cell.value) !== null && (!lead || cell.col < lead.col)) lead = cell;
      if (candidateSet.has(cell.col)) {
        if (readAmountCell(r, cell.col, cell).status !== 'empty') hasAmount = true;
        if (isColumnSum(cell, sheet, header.row)) sumFoot = true;
      }
    }
    if (!inside) continue;
    if (claimedCell) break;
    if (lead && STOP_ROW.test(String(lead.value).trim())) break;
    const gap = r - prev - 1;
    if (gap >= 2) break;
    const labelFoot = hasAmount && lead !== null && isListTotalLabel(String(lead.value), ctx.totalLabels) && onlyLabelAndNumbers(row, scanLeft, right, lead, candidateSet);
    const isFoot = body.length > 0 && (sumFoot || labelFoot);
    if (gap === 1 && !hasAmount && !isFoot) break;
    body.push(r);
    prev = r;
    if (isFoot) {
      foot = r;
      break;
    }
  }
  const items = foot === null ? body : body.slice(0, -1);
  if (items.length === 0) return null;
  // A section's subtotal followed by the next section's title and its rows: the table goes on in
  // sections (and has a grand total further down), which the shape reader reads whole.
  if (foot !== null && goesOnInSections(sheet, rowNumbers, foot, scanLeft, right)) return null;
  // Labels left of the headings (a first header cell left blank or holding only spaces).
  let left = header.cells[0].col;
  for (let c = left - 1; c >= Math.max(1, left - 3); c--) {
    let texts = 0;
    for (const r of body) if (!isClaimed(r, c) && cellText(sheet.rows.get(r)!.get(c)?.value ?? null) !== null) texts++;
    if (texts * 2 < body.length) break;
    left = c;
  }

  // Amount columns: the header says so and the items agree.
  let columns: AmountColumn[] = [];
  for (const headerCell of header.candidates) {
    const content = newContent();
    for (const r of items) addToContent(content, sheet.rows.get(r)!.get(headerCell.col));
    if (!contentIsAmounts(content, namesMoney(String(headerCell.value)))) continue;
    columns.push({ col: headerCell.col, address: a1(header.row, headerCell.col), header: String(headerCell.value).trim() });
  }
  if (columns.length === 0) return null;
  if (foot !== null) {
    // The foot totals the columns it has a figure in; a column it leaves empty is not totalled
    // (a holding list sums the market value, not the nominal holding).
    const footCells = sheet.rows.get(foot)!;
    const totalled = columns.filter((c) => readAmountCell(foot!, c.col, footCells.get(c.col)).status !== 'empty');
    if (totalled.length) columns = totalled;
    else foot = null; // its figures were in columns that are no amounts: an item like the others
  }

  const rows: TableRow[] = body.map((r) => listRow(sheet, r, left, right, columns, r === foot));
  const totals: TotalGroup[] = [];
  if (foot !== null) {
    const memberRows: number[] = [];
    // "heraf …" rows are parts of the row above, already in it: never counted again.
    for (let k = 0; k < rows.length - 1; k++) if (rows[k].kind === 'item' && !HERAF.test(rows[k].label)) memberRows.push(k);
    totals.push({ kind: 'block', totalRow: rows.length - 1, memberRows });
  }

  const bottom = body[body.length - 1];
  const range = { top: header.row, left, bottom, right };
  const rangeText = rangeA1(range);
  const unitHeader = columns.map((c) => readTableLabel(c.header)).find((l) => l?.unit);
  return {
    id: `${sheet.name}!${rangeText}`,
    sheet: sheet.name,
    kind: 'list',
    range,
    rangeA1: rangeText,
    headerRow: header.row,
    firstHeaderCell: a1(header.row, left),
    title: listTitle(sheet, header.row, left, right) ?? sheet.caption ?? null,
    label: null,
    unit: unitHeader?.unit ?? null,
    priceLevel: null,
    years: [],
    columns,
    styringsomraadeCol: null,
    styringsomraadeHeader: null,
    rows,
    totals,
    untotalled: [],
    proposalCode: null,
    ...(sheet.headings ? { headings: sheet.headings } : {}),
  };
}

/**
 * After a foot: a row with a label and no figure in the amount columns (the next section's title),
 * then a row with figures there, with at most one empty row between.
 */
function goesOnInSections(sheet: SheetGrid, rowNumbers: number[], foot: number, left: number, right: number): boolean {
  const next: { label: boolean; amount: boolean }[] = [];
  let prev = foot;
  for (let j = rowNumbers.indexOf(foot) + 1; j < rowNumbers.length && next.length < 2; j++) {
    const r = rowNumbers[j];
    let label: Cell | null = null;
    let amount = false;
    let inside = false;
    for (const cell of sheet.rows.get(r)!.values()) {
      if (cell.col < left || cell.col > right || (cell.value === null && cell.formula === undefined)) continue;
      inside = true;
      // Figures in any column (the list's amount columns may be only those its words named).
      const status = readAmountCell(r, cell.col, cell).status;
      if (status === 'number' || status === 'text-number') amount = true;
      else if (cellText(cell.value) !== null && (!label || cell.col < label.col)) label = cell;
    }
    if (!inside) continue;
    if (r - prev > 2) return false;
    // A note after the foot ("Kilde: …") ends the list.
    if (next.length === 0 && label && STOP_ROW.test(String(label.value).trim())) return false;
    next.push({ label: label !== null, amount });
    prev = r;
  }
  return next.length === 2 && next[0].label && !next[0].amount && next[1].amount;
}

/**
 * A total row's other cells are empty or numbers (a count, another column's sum): an item such as
 * "Totalkredit 6% 2032" carries its ISIN, date or code there.
 */
function onlyLabelAndNumbers(row: Map<number, Cell>, left: number, right: number, lead: Cell, amountCols: Set<number>): boolean {
  for (const cell of row.values()) {
    if (cell.col < left || cell.col > right || cell === lead || amountCols.has(cell.col)) continue;
    if (cell.formula !== undefined) continue;
    const v = cell.value;
    if (v === null || (typeof v === 'number' && !isDateFormat(cell.numFmt))) continue; // a count, a share in %
    if (typeof v === 'string' && v.trim() === '') continue;
    return false;
  }
  return true;
}

function listRow(sheet: SheetGrid, r: number, left: number, right: number, columns: AmountColumn[], isFoot: boolean): TableRow {
  const row = sheet.rows.get(r)!;
  const amountCols = new Set(columns.map((c) => c.col));
  let labelCell: Cell | null = null;
  for (const cell of row.values()) {
    if (cell.col < left || cell.col > right || amountCols.has(cell.col)) continue;
    if (cellText(cell.value) !== null && (!labelCell || cell.col < labelCell.col)) labelCell = cell;
  }
  const amounts = columns.map((c) => readAmountCell(r, c.col, row.get(c.col)));
  let label = labelCell ? String(labelCell.value).trim() : '';
  // A SUM at the foot with no label of its own is named by its formula.
  if (isFoot && label === '') {
    const formula = amounts.find((a) => a.formula !== undefined)?.formula;
    if (formula) label = `=${formula}`;
  }
  const hasAmounts = amounts.some((a) => a.status !== 'empty');
  return {
    row: r,
    kind: isFoot ? 'total' : hasAmounts && (isUnitRow(amounts) || ((!labelCell || /^\s*\(?\d{1,2}\)/.test(label)) && isRowOfColumnNumbers(amounts.map((a) => a.raw)))) ? 'section' : isRowOfShares(amounts) ? 'nonAdditive' : hasAmounts || labelCell ? 'item' : 'section',
    label,
    labelAddress: a1(r, labelCell?.col ?? left),
    styringsomraade: null,
    amounts,
    ...(sheet.hiddenRows.has(r) ? { hidden: true } : {}),
  };
}

function listTitle(sheet: SheetGrid, headerRow: number, left: number, right: number): string | null {
  for (let r = headerRow - 1; r >= headerRow - TITLE_ROWS_ABOVE && r >= 1; r--) {
    const row = sheet.rows.get(r);
    if (!row) continue;
    let first: Cell | null = null;
    for (const cell of row.values()) {
      if (cell.col >= left - 1 && cell.col <= right && cellText(cell.value) !== null && (!first || cell.col < first.col)) first = cell;
    }
    if (first) return String(first.value).trim();
  }
  return null;
}
