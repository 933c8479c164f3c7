/**
 * Converts a detected table to another price level (SPEC §6). Pure: returns the new cell values;
 * writing them is the writers' business.
 *
 * Every amount is multiplied by its row's factor (overview tables: its column's, the columns being
 * styringsområder). Largest-remainder rounding (the default) works top-down over the table's total
 * structure, column by column: the column's converted total is the converted unrounded total
 * rounded half up; that is apportioned to the top-level totals and rows by largest remainder
 * (floor all, give the remaining units to the largest fractional parts, ties to the upper row),
 * then each total's share to its own members the same way. So every converted cell is within one
 * unit of its exact value and every stated total equals the sum of its converted members.
 * `half-up` rounds each cell on its own (away from zero at .5); a total is then its exact converted
 * sum rounded, as people do by hand, and may differ from the sum of its rounded rows.
 */
import Decimal from 'decimal.js';
import type { AmountCell, AmountStatus, MessageParam, TableBlock } from '../model';
import type { Template } from '../templates/template';
import { applyFactor, factor, indexSteps, type FactorResult, type IndexOverrides, type MissingIndex } from './factor';
import { rewritePriceLevelLabel } from './label';
import { groupsByTotalRow, rowStyringsomraade, parentTotalRow } from './tableRows';

export type Rounding = 'largest-remainder' | 'half-up';

export type FactorOk = Extract<FactorResult, { ok: true }>;

export interface ConvertOptions {
  to: number;
  /** The p/l of the amounts when the table states none. A stated price level wins. */
  from?: number;
  rounding: Rounding;
  indexOverrides?: IndexOverrides;
}

export interface ConvertedCell {
  row: number;
  col: number;
  address: string;
  /** The converted amount in whole units. */
  amount: Decimal;
  /** The amount before conversion. */
  previous: Decimal;
  /** Formula text (without "=") of a total cell that was a formula: keep it, with `amount` as its cached value. */
  formula?: string;
  /** The cell's number format scales (`#,##0,`): `amount` is in the shown unit, the cell stores amount × scale. */
  scale?: number;
}


export type ConversionNote =
  | { kind: 'total-restated'; address: string; stated: Decimal; sum: Decimal }
  | { kind: 'item-formula-replaced'; address: string; formula: string };

export interface ConversionOk {
  ok: true;
  tableId: string;
  sheet: string;
  from: number;
  to: number;
  /** Where `from` came from: the table's label, or the caller's option for a table with none. */
  fromSource: 'label' | 'option';
  cells: ConvertedCell[];
  /**
   * The rewritten price-level label. A table that had none (converted with `from`) gets one in its
   * first header cell, `created: true`; writers put it there only when that cell is empty.
   */
  label: { sheet: string; address: string; text: string; previous: string; created?: boolean } | null;
  /** The factors used, one per styringsområde, in first-use order. */
  factors: FactorOk[];
  notes: ConversionNote[];
  /** True when the table already is in the target price level: nothing is changed, not even rounded. */
  unchanged?: boolean;
}

export type ConversionFailureReason = 'no-price-level' | 'missing-index' | 'missing-styringsomraade' | 'unconvertible-cells';

export interface ConversionFailure {
  ok: false;
  tableId: string;
  sheet: string;
  reason: ConversionFailureReason;
  from: number | null;
  to: number;
  /** Index steps that are missing (reason missing-index). */
  missing?: MissingIndex[];
  /** Rows (or overview columns) with amounts but no known styringsområde (reason missing-styringsomraade). */
  unknown?: { address: string; text: string }[];
  /** Cells that hold no amount: text, Excel errors, uncalculated formulas (reason unconvertible-cells). */
  cells?: { address: string; status: AmountStatus }[];
  /** Parameters for a message: table, sheet, from, to, and a readable list of what is missing. */
  params: Record<string, MessageParam>;
}

export type ConversionResult = ConversionOk | ConversionFailure;

const CONVERTIBLE: ReadonlySet<AmountStatus> = new Set(['number', 'text-number', 'empty']);

type Node = { kind: 'leaf'; row: number } | { kind: 'group'; row: number; children: Node[] };

/** The total structure as a forest: net totals over block totals over rows; rows counted once. */
function buildForest(table: TableBlock): Node[] {
  const groups = groupsByTotalRow(table);
  const memberOf = new Set<number>();
  for (const g of table.totals) for (const m of g.memberRows) if (m !== g.totalRow) memberOf.add(m);
  const used = new Set<number>();
  const build = (rowIdx: number): Node | null => {
    if (used.has(rowIdx)) return null;
    const row = table.rows[rowIdx];
    if (!row || row.kind === 'section') return null;
    used.add(rowIdx);
    const g = groups.get(rowIdx);
    if (!g || row.kind === 'item') return { kind: 'leaf', row: rowIdx };
    const children: Node[] = [];
    for (const m of [...g.memberRows].sort((a, b) => a - b)) {
      if (m === rowIdx) continue;
      const child = build(m);
      if (child) children.push(child);
    }
    return { kind: 'group', row: rowIdx, children };
  };
  const forest: Node[] = [];
  table.rows.forEach((row, i) => {
    if (memberOf.has(i) || row.kind === 'section') return;
    const n = build(i);
    if (n) forest.push(n);
  });
  return forest;
}

function leaves(nodes: Node[], out: number[] = []): number[] {
  for (const n of nodes) {
    if (n.kind === 'leaf') out.push(n.row);
    else leaves(n.children, out);
  }
  return out;
}

const halfUp = (d: Decimal): Decimal => d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

function isTotalHeader(header: string, template: Template): boolean {
  const h = header.trim().toLocaleLowerCase('da');
  return h !== '' && [...template.totalLabels, ...template.netTotalLabels].some((l) => h === l.toLocaleLowerCase('da') || h.startsWith(`${l.toLocaleLowerCase('da')} `));
}

function amountOf(cell: AmountCell | undefined): Decimal | null {
  if (!cell || cell.status === 'empty' || !cell.amount) return null;
  return cell.amount;
}

/** Which columns are converted with a factor, and which are row totals across them ("I alt"). */
function splitColumns(table: TableBlock, template: Template): { factorCols: number[]; crossCols: number[] } {
  const crossCols: number[] = [];
  const factorCols: number[] = [];
  table.columns.forEach((c, ci) => {
    const own = table.kind === 'overview' ? c.styringsomraade : c.year;
    if (own == null && isTotalHeader(c.header, template)) crossCols.push(ci);
    else factorCols.push(ci);
  });
  return { factorCols, crossCols };
}

/** Cells that hold no amount (text, Excel errors, uncalculated formulas): they cannot be converted. */
function unconvertibleCells(table: TableBlock): { address: string; status: AmountStatus }[] {
  const bad: { address: string; status: AmountStatus }[] = [];
  table.rows.forEach((row) => {
    if (row.kind === 'section') return;
    for (const cell of row.amounts) if (cell && !CONVERTIBLE.has(cell.status)) bad.push({ address: cell.address, status: cell.status });
  });
  return bad;
}

/**
 * The styringsområde whose index converts each amount: per row (proposal tables) or per column
 * (overview tables), only where amounts exist. `names` is in first-use order; `unknown` holds the
 * rows (or columns) with amounts but no known styringsområde.
 */
interface StyringsomraadeReading {
  names: string[];
  nameOf: (rowIdx: number, ci: number) => string;
  unknown: { address: string; text: string }[];
}

function readStyringsomraader(table: TableBlock, template: Template, factorCols: number[], leafRows: number[]): StyringsomraadeReading {
  const names = new Set<string>();
  const unknown: { address: string; text: string }[] = [];
  if (table.kind === 'overview') {
    const colName = new Map<number, string>();
    for (const ci of factorCols) {
      const hasAmounts = leafRows.some((r) => amountOf(table.rows[r].amounts[ci]) !== null);
      if (!hasAmounts) continue;
      const name = table.columns[ci].styringsomraade;
      if (!name) unknown.push({ address: table.columns[ci].address, text: table.columns[ci].header });
      else {
        colName.set(ci, name);
        names.add(name);
      }
    }
    return { names: [...names], nameOf: (_r, ci) => colName.get(ci)!, unknown };
  }
  const parents = parentTotalRow(table);
  const rowName = new Map<number, string>();
  for (const r of leafRows) {
    const row = table.rows[r];
    const hasAmounts = factorCols.some((ci) => amountOf(row.amounts[ci]) !== null);
    if (!hasAmounts) continue;
    // With no styringsområde required, a row that names none takes the template's first one's index.
    const namesNone = !row.styringsomraade || row.styringsomraade.text.trim() === '';
    const name = rowStyringsomraade(table, r, parents) ?? (template.styringsomraadeRequired === false && namesNone ? template.styringsomraader[0]?.name ?? null : null);
    if (!name) unknown.push({ address: row.styringsomraade?.address ?? row.labelAddress, text: row.styringsomraade?.text ?? row.label });
    else {
      rowName.set(r, name);
      names.add(name);
    }
  }
  return { names: [...names], nameOf: (r) => rowName.get(r)!, unknown };
}

/** The factor of every styringsområde in use, in first-use order, and the index steps that are missing. */
function readFactors(template: Template, names: string[], from: number, to: number, steps: Map<string, Decimal>): { factors: Map<string, FactorOk>; missing: MissingIndex[] } {
  const factors = new Map<string, FactorOk>();
  const missing: MissingIndex[] = [];
  for (const name of names) {
    const f = factor(template, name, from, to, steps);
    if (f.ok) factors.set(name, f);
    else missing.push(...f.missing);
  }
  return { factors, missing };
}

/** The exact converted value of a node in one column: a row's amount times its factor; a total, the sum of its members. */
function exactValues(table: TableBlock, ci: number, factorOf: (rowIdx: number) => FactorOk): (n: Node) => Decimal {
  const exact = new Map<Node, Decimal>();
  const exactOf = (n: Node): Decimal => {
    let v = exact.get(n);
    if (v) return v;
    if (n.kind === 'leaf') {
      const a = amountOf(table.rows[n.row].amounts[ci]);
      v = a === null ? new Decimal(0) : applyFactor(a, factorOf(n.row));
    } else {
      v = n.children.reduce((s, c) => s.plus(exactOf(c)), new Decimal(0));
    }
    exact.set(n, v);
    return v;
  };
  return exactOf;
}

/** `half-up`: every row and total rounded on its own. */
function roundEachHalfUp(forest: Node[], exactOf: (n: Node) => Decimal): Map<Node, Decimal> {
  const value = new Map<Node, Decimal>();
  const walk = (ns: Node[]) => {
    for (const n of ns) {
      value.set(n, halfUp(exactOf(n)));
      if (n.kind === 'group') walk(n.children);
    }
  };
  walk(forest);
  return value;
}

/**
 * `largest-remainder`: the column's rounded total apportioned to its top-level nodes, each total's
 * share to its own members: floor all, one unit more to the largest fractional parts, ties to the upper row.
 */
function apportionByLargestRemainder(forest: Node[], exactOf: (n: Node) => Decimal): Map<Node, Decimal> {
  const value = new Map<Node, Decimal>();
  const apportion = (children: Node[], target: Decimal) => {
    const parts = children.map((n, order) => {
      const e = exactOf(n);
      const fl = e.floor();
      return { n, fl, frac: e.minus(fl), order };
    });
    let remaining = target.minus(parts.reduce((s, p) => s.plus(p.fl), new Decimal(0)));
    const byFrac = [...parts].sort((a, b) => b.frac.comparedTo(a.frac) || a.order - b.order);
    const bump = new Set<(typeof parts)[number]>();
    for (const p of byFrac) {
      if (remaining.lte(0)) break;
      bump.add(p);
      remaining = remaining.minus(1);
    }
    for (const p of parts) {
      const v = bump.has(p) ? p.fl.plus(1) : p.fl;
      value.set(p.n, v);
      if (p.n.kind === 'group') apportion(p.n.children, v);
    }
  };
  const rootExact = forest.reduce((s, n) => s.plus(exactOf(n)), new Decimal(0));
  apportion(forest, halfUp(rootExact));
  return value;
}

/** The converted cells and notes as they are produced, with the converted values by row and column for the "I alt" columns. */
class ConvertedCells {
  readonly cells: ConvertedCell[] = [];
  readonly notes: ConversionNote[] = [];
  private readonly converted = new Map<number, Map<number, Decimal>>();

  constructor(private readonly table: TableBlock) {}

  put(r: number, ci: number, amount: Decimal, cell: AmountCell, isTotal: boolean): void {
    if (!this.converted.has(r)) this.converted.set(r, new Map());
    this.converted.get(r)!.set(ci, amount);
    const out: ConvertedCell = { row: this.table.rows[r].row, col: cell.col, address: cell.address, amount, previous: cell.amount! };
    if (cell.scale) out.scale = cell.scale;
    if (cell.formula) {
      if (isTotal) out.formula = cell.formula;
      else this.notes.push({ kind: 'item-formula-replaced', address: cell.address, formula: cell.formula });
    }
    this.cells.push(out);
  }

  convertedAt(r: number, ci: number): Decimal | undefined {
    return this.converted.get(r)?.get(ci);
  }
}

/** Puts one column's converted values: rows with an amount, and totals whose cell states one (noting a stated total that was not the sum of its members). */
function putColumn(out: ConvertedCells, table: TableBlock, ci: number, nodes: Node[], value: Map<Node, Decimal>): void {
  for (const n of nodes) {
    const cell = table.rows[n.row].amounts[ci];
    if (n.kind === 'group') putColumn(out, table, ci, n.children, value);
    if (!cell || amountOf(cell) === null) continue;
    out.put(n.row, ci, value.get(n)!, cell, n.kind === 'group');
    if (n.kind === 'group') {
      const statedSum = n.children.reduce((s, c) => s.plus(amountOf(table.rows[c.row].amounts[ci]) ?? 0), new Decimal(0));
      if (!statedSum.eq(cell.amount!)) out.notes.push({ kind: 'total-restated', address: cell.address, stated: cell.amount!, sum: statedSum });
    }
  }
}

/** Row totals across the converted columns ("I alt" columns): the sum of the row's converted cells. */
function putCrossColumnTotals(out: ConvertedCells, table: TableBlock, crossCols: number[], factorCols: number[]): void {
  for (const ci of crossCols) {
    table.rows.forEach((row, r) => {
      const cell = row.amounts[ci];
      if (!cell || amountOf(cell) === null) return;
      const sum = factorCols.reduce((s, fc) => s.plus(out.convertedAt(r, fc) ?? 0), new Decimal(0));
      out.put(r, ci, sum, cell, true);
    });
  }
}

const unitText: Record<string, string> = { 't.kr.': '1.000 kr.', 'kr.': 'kr.', 'mio. kr.': 'mio. kr.', 'mia. kr.': 'mia. kr.' };

/** The table's price-level label rewritten to the target level, or a new one in its first header cell. */
function convertedLabel(table: TableBlock, template: Template, from: number, to: number): NonNullable<ConversionOk['label']> {
  return table.label
    ? {
        sheet: table.label.sheet,
        address: table.label.cell,
        previous: table.label.text,
        text: rewritePriceLevelLabel(table.label.text, to, from),
      }
    : { sheet: table.sheet, address: table.firstHeaderCell, previous: '', text: `${unitText[table.unit ?? template.unit ?? 't.kr.']} ${to} p/l`, created: true };
}

export function convertTable(table: TableBlock, template: Template, opts: ConvertOptions): ConversionResult {
  const to = opts.to;
  const from = table.priceLevel ?? opts.from ?? null;
  const fromSource: 'label' | 'option' = table.priceLevel != null ? 'label' : 'option';
  const base = { ok: false as const, tableId: table.id, sheet: table.sheet, from, to };
  const baseParams = { table: table.rangeA1, sheet: table.sheet, to };
  if (from == null) {
    return { ...base, reason: 'no-price-level', params: { ...baseParams, from: '?' } };
  }
  if (from === to) {
    // Already in the target level: leave every cell (and a total that differs by rounding) as it stands.
    return { ok: true, tableId: table.id, sheet: table.sheet, from, to, fromSource, cells: [], label: null, factors: [], notes: [], unchanged: true };
  }
  const steps = indexSteps(template, opts.indexOverrides);
  const { factorCols, crossCols } = splitColumns(table, template);
  const forest = buildForest(table);

  // Cells that hold no amount cannot be converted: refuse rather than mix price levels.
  const bad = unconvertibleCells(table);
  if (bad.length) {
    return { ...base, reason: 'unconvertible-cells', cells: bad, params: { ...baseParams, from, cells: bad.map((b) => b.address) } };
  }
  const styringsomraader = readStyringsomraader(table, template, factorCols, leaves(forest));
  const { unknown } = styringsomraader;
  if (unknown.length) {
    return { ...base, reason: 'missing-styringsomraade', unknown, params: { ...baseParams, from, cells: unknown.map((u) => u.address) } };
  }
  const { factors, missing } = readFactors(template, styringsomraader.names, from, to, steps);
  if (missing.length) {
    return {
      ...base,
      reason: 'missing-index',
      missing,
      params: { ...baseParams, from, missing: missing.map((m) => `${m.styringsomraade} ${m.from}→${m.to}`) },
    };
  }

  const out = new ConvertedCells(table);
  for (const ci of factorCols) {
    const exactOf = exactValues(table, ci, (r) => factors.get(styringsomraader.nameOf(r, ci))!);
    const value = opts.rounding === 'half-up' ? roundEachHalfUp(forest, exactOf) : apportionByLargestRemainder(forest, exactOf);
    putColumn(out, table, ci, forest, value);
  }
  putCrossColumnTotals(out, table, crossCols, factorCols);
  const cells = out.cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const label = convertedLabel(table, template, from, to);
  return { ok: true, tableId: table.id, sheet: table.sheet, from, to, fromSource, cells, label, factors: [...factors.values()], notes: out.notes };
}
