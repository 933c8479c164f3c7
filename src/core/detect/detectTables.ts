/**
 * Finds cost tables (year columns) and overview tables (styringsområde columns) anywhere on a
 * sheet, reads their label, title, styringsområde column and rows, and groups rows into blocks
 * with their stated totals. Linear in the number of cells.
 */
import { a1, rangeA1 } from '../a1';
import type {
  AmountColumn,
  Cell,
  CellRange,
  RowKind,
  SheetGrid,
  StyringsomraadeCell,
  TableBlock,
  TableKind,
  TableLabel,
  TableRow,
  TotalGroup,
  UntotalledBlock,
} from '../model';
import type { Template } from '../templates/template';
import { readAmountCell } from './amountCell';
import { readTableLabel } from './label';
import { detectLists } from './listTables';
import { StyringsomraadeMatcher } from './styringsomraade';
import { cellText, normalizeLabel, proposalCodeIn } from './text';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** How far left of the first amount column a table's label columns may reach. */
const MAX_LABEL_COLUMNS = 12;
/** How many rows above the header a label or title may stand. */
const LABEL_ROWS_ABOVE = 2;
const TITLE_ROWS_ABOVE = 3;
const STOP_ROW = /^(noter?\b|note til|kilde\b|anm\.|anmærkning|tabel\s+\d)/i;
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
    const m = /^\s*((?:19|20|21)\d{2})\s*$/.exec(value);
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
    if (yearOf(cell.value) !== null || (typeof cell.value === 'string' && cell.value.length < 60)) {
      hasCandidate = true;
      break;
    }
  }
  if (!hasCandidate) return [];
  const cells = sortedCells(row).filter((c) => c.col >= minCol && c.col <= maxCol);

  // Proposal tables: runs of adjacent year columns.
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  for (const cell of cells) {
    const isYear = yearOf(cell.value) !== null;
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
      headers.push({
        kind: 'proposal',
        row: rowNumber,
        leftCells,
        minCol: from,
        columns: years.map((c) => ({
          col: c.col,
          address: a1(rowNumber, c.col),
          header: String(c.value).trim(),
          year: yearOf(c.value)!,
        })),
      });
      previousEnd = years[years.length - 1].col;
    }
  }
  if (headers.length) return headers;

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
  const keyed = leftCells.some((c) => {
    const t = c.value as string;
    return OVERVIEW_KEY_HEADERS.has(normalizeLabel(t)) || readTableLabel(t) !== null;
  });
  if (!keyed) return [];
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
    if (cell.col >= from && cell.col <= to && typeof cell.value === 'number' && yearOf(cell.value) === null) return true;
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

function hasAnyCell(row: Map<number, Cell> | undefined, from: number, to: number): boolean {
  if (!row) return false;
  for (const cell of row.values()) {
    if (cell.col >= from && cell.col <= to && (cell.value !== null || cell.formula !== undefined)) return true;
  }
  return false;
}

/** `labels` already normalized. */
function matchesLabelPrefix(normalized: string, labels: string[]): boolean {
  return labels.some((n) => {
    if (!normalized.startsWith(n)) return false;
    const next = normalized.charAt(n.length);
    return next === '' || /[\s.:,(–-]/.test(next) || (n.length >= 6 && /\p{L}/u.test(next));
  });
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
    for (let i = 0; i < rowNumbers.length; i++) {
      const r = rowNumbers[i];
      const row = sheet.rows.get(r)!;
      // Tables found so far that this row passes through: their columns are taken.
      const across = tables.filter((t) => r >= t.range.top && r <= t.range.bottom).map((t) => t.range);
      if (across.length && everyCellWithin(row, across)) continue;
      for (const header of readHeaders(r, row, this.matcher)) {
        const first = header.columns[0].col;
        if (across.some((c) => first >= c.left && first <= c.right)) continue;
        const besideLeft = tables.filter((t) => r >= t.range.top && r <= t.range.bottom && t.range.right < first).map((t) => t.range.right + 1);
        const leftLimit = Math.max(header.minCol, ...besideLeft);
        const last = header.columns[header.columns.length - 1].col;
        const above = tables
          .filter((t) => t.range.bottom < r && t.range.right >= leftLimit && t.range.left <= last)
          .map((t) => t.range.bottom);
        const table = this.readTable(sheet, header, rowNumbers, i, Math.max(0, ...above), leftLimit);
        tables.push(table);
        across.push(table.range);
      }
    }
    // Lists ("Beløb", "Markedsværdi" … with a SUM at the foot) in what the tables above leave free.
    tables.push(...detectLists(sheet, tables.map((t) => t.range), { totalLabels: this.totalLabels }));
    return tables;
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

  private readTable(sheet: SheetGrid, header: Header, rowNumbers: number[], headerIndex: number, floor: number, leftLimit: number): TableBlock {
    const firstAmountCol = header.columns[0].col;
    const right = header.columns[header.columns.length - 1].col;
    const scanLeft = Math.max(1, leftLimit, firstAmountCol - MAX_LABEL_COLUMNS);
    const amountCols = header.columns.map((c) => c.col);

    // Body: rows below the header until a gap, a note, the next table or the end.
    const body: number[] = [];
    let prev = header.row;
    for (let j = headerIndex + 1; j < rowNumbers.length; j++) {
      const r = rowNumbers[j];
      const row = sheet.rows.get(r)!;
      if (!hasAnyCell(row, scanLeft, right)) continue; // cells only outside the table's columns
      const lead = firstText(row, scanLeft, right);
      if (lead && STOP_ROW.test(String(lead.value).trim())) break;
      if (!hasPlainNumber(row, scanLeft, right) && this.startsNewTable(readHeaders(r, row, this.matcher, scanLeft, right)[0] ?? null, row, scanLeft, right)) break;
      const gap = r - prev - 1;
      if (gap >= 2) break;
      if (gap === 1) {
        const hasAmount = amountCols.some((c) => {
          const cell = row.get(c);
          return cell !== undefined && readAmountCell(r, c, cell).status !== 'empty';
        });
        const isTotal = lead !== null && this.isTotalLabel(normalizeLabel(String(lead.value)));
        if (!hasAmount && !isTotal) break;
      }
      body.push(r);
      prev = r;
    }

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
    const label = this.findLabel(sheet, header, left, right, floor);
    const top = label && label.row < header.row ? label.row : header.row;

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

    const rows: TableRow[] = body.map((r) => this.readRow(sheet, r, header, left, firstAmountCol, styrCol));
    // Trailing rows with neither amounts nor a total label are not part of the table.
    while (rows.length && rows[rows.length - 1].kind === 'section') rows.pop();
    const bottom = rows.length ? rows[rows.length - 1].row : header.row;
    const { totals, untotalled } = groupTotals(rows);

    const title = this.findTitle(sheet, top, left, right, floor, label);
    const range = { top, left, bottom, right };
    const rangeText = rangeA1(range);
    return {
      id: `${sheet.name}!${rangeText}`,
      sheet: sheet.name,
      kind: header.kind,
      range,
      rangeA1: rangeText,
      headerRow: header.row,
      firstHeaderCell: a1(header.row, left),
      title: title,
      label,
      unit: label?.unit ?? null,
      priceLevel: label?.priceLevel ?? null,
      years: header.columns.filter((c) => c.year !== undefined).map((c) => c.year!),
      columns: header.columns,
      styringsomraadeCol: styrCol,
      styringsomraadeHeader: styrHeader,
      rows,
      totals,
      untotalled,
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
    if (header.kind === 'overview') return true;
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
      const reading = text ? readTableLabel(text) : null;
      if (reading) return { text: text!, sheet: sheet.name, cell: a1(header.row, left), row: header.row, col: left, ...reading };
    }
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
      for (const r of body) {
        const t = cellText(sheet.rows.get(r)?.get(c)?.value);
        if (t && this.matcher.canonical(t)) hits++;
      }
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
      const t = cellText(row.get(c)?.value);
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
    if (label && matchesLabelPrefix(normalized, this.netLabels)) kind = 'netTotal';
    else if (label && !proposalCode && this.isTotalLabel(normalized)) kind = 'total';
    else if (hasAmounts || (styringsomraade && styringsomraade.text) || proposalCode) kind = 'item';
    else kind = 'section';
    return {
      row: r,
      kind,
      label,
      labelAddress: a1(r, labelCol ?? left),
      styringsomraade,
      amounts,
      ...(proposalCode ? { proposalCode } : {}),
      ...(sheet.hiddenRows.has(r) ? { hidden: true } : {}),
    };
  }
}

/**
 * A total counts its own block: item rows since the previous total or section title. A total with
 * no items of its own, or a net total, counts the totals above it since the last net total.
 */
export function groupTotals(rows: TableRow[]): { totals: TotalGroup[]; untotalled: UntotalledBlock[] } {
  const totals: TotalGroup[] = [];
  const untotalled: UntotalledBlock[] = [];
  let items: number[] = [];
  let sectionTotals: number[] = [];
  rows.forEach((row, i) => {
    switch (row.kind) {
      case 'section':
        if (items.length) untotalled.push({ memberRows: items });
        items = [];
        break;
      case 'item':
        items.push(i);
        break;
      case 'total':
        if (items.length) {
          totals.push({ kind: 'block', totalRow: i, memberRows: items });
          sectionTotals.push(i);
        } else if (sectionTotals.length) {
          totals.push({ kind: 'net', totalRow: i, memberRows: sectionTotals });
          sectionTotals = [i];
        }
        items = [];
        break;
      case 'netTotal': {
        const members = [...sectionTotals, ...items];
        if (members.length) totals.push({ kind: 'net', totalRow: i, memberRows: members });
        items = [];
        sectionTotals = [i];
        break;
      }
    }
  });
  if (items.length) untotalled.push({ memberRows: items });
  return { totals, untotalled };
}

export function detectTables(sheet: SheetGrid, template: Template): TableBlock[] {
  return new TableDetector(template).detect(sheet);
}
