/**
 * What the numbers of a table say about its structure, when its words do not: a row that is the
 * sum of the rows above or below it, a column that is the sum or the difference of the columns
 * before it. Evidence from numbers alone needs at least two agreeing columns (or rows): one
 * coincidence never makes a total. Where a reading fits in all but a few cells, those cells are the
 * errors the total rules report.
 *
 * Works on a matrix of the amounts as shown (Decimal, null for an empty cell, undefined for a cell
 * that cannot be read), one pass per row with prefix sums: linear in the cells.
 */
import Decimal from 'decimal.js';
import { readTotalFormula } from '../formulaRefs';
import type { AmountCell, TableRow } from '../model';
import { comparisonDecimals, shownDecimals, toleranceFor } from './precision';

/** An amount as shown; null: empty; undefined: unreadable (text, an error, a formula never calculated). */
export type Amount = Decimal | null | undefined;

export function amountOf(cell: AmountCell): Amount {
  if (cell.status === 'number' || cell.status === 'text-number') return cell.amount;
  return cell.status === 'empty' ? null : undefined;
}

/** The amounts of a table once, as a matrix, with the decimals each cell shows. */
export interface AmountMatrix {
  values: Amount[][];
  decimals: Array<Array<number | null>>;
}

export function amountMatrix(rows: readonly TableRow[]): AmountMatrix {
  const values: Amount[][] = [];
  const decimals: Array<Array<number | null>> = [];
  for (const row of rows) {
    const v: Amount[] = [];
    const d: Array<number | null> = [];
    for (const cell of row.amounts) {
      const a = amountOf(cell);
      v.push(a);
      d.push(a ? shownDecimals(cell, a) : null);
    }
    values.push(v);
    decimals.push(d);
  }
  return { values, decimals };
}

/**
 * The amounts of some rows of a table only, as a sparse matrix indexed like `amountMatrix`'s: for a
 * reading tried on a few rows of a table that may hold a million cells.
 */
export function amountRows(rows: readonly TableRow[], indices: readonly number[]): AmountMatrix {
  const values: Amount[][] = [];
  const decimals: Array<Array<number | null>> = [];
  for (const k of indices) {
    if (values[k]) continue;
    values[k] = [];
    decimals[k] = [];
    for (const cell of rows[k].amounts) {
      const a = amountOf(cell);
      values[k].push(a);
      decimals[k].push(a ? shownDecimals(cell, a) : null);
    }
  }
  return { values, decimals };
}

/** How a reading fits one line (a row across columns, or a column across rows). */
export interface Fit {
  /** Cells where the stated figure equals the reading within rounding. */
  fits: number;
  /** Cells where it does not, by index (column index for a row total, row index for a column total). */
  misses: number[];
  /** Cells where the stated figure is exactly its one non-zero part: no evidence by itself, but no miss. */
  identities: number;
}

const ZERO = new Decimal(0);

/**
 * Compares a stated figure with the sum of some parts (signs: +1 or −1 per part), at the precision
 * they show. Returns true/false, or null when there is nothing to compare (all empty, or a part
 * cannot be read, or everything is zero — zeros prove nothing).
 */
export function agrees(stated: Amount, statedDecimals: number | null, parts: Amount[], partDecimals: Array<number | null>, signs?: number[]): boolean | null {
  const c = compare(stated, statedDecimals, parts, partDecimals, signs);
  return c === 'identity' ? null : c;
}

/**
 * As `agrees`, telling an identity apart: a figure equal to its one non-zero part ("2028 = 2026 +
 * 2027" where 2026 is 0) is no evidence that a row or column is a sum, but where a label already
 * says so, it is a sum that holds.
 */
function compare(stated: Amount, statedDecimals: number | null, parts: Amount[], partDecimals: Array<number | null>, signs?: number[]): boolean | 'identity' | null {
  if (stated === undefined) return null;
  let sum = ZERO;
  let any = false;
  let nonZero = 0;
  const shown: Array<number | null> = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p === undefined) return null;
    if (p === null) continue;
    any = true;
    if (!p.isZero()) nonZero++;
    sum = signs && signs[k] < 0 ? sum.minus(p) : sum.plus(p);
    shown.push(partDecimals[k]);
  }
  if (!any && (stated === null || stated.isZero())) return null;
  const value = stated ?? ZERO;
  if (value.isZero() && sum.isZero()) return null;
  const d = comparisonDecimals(stated ? statedDecimals : null, shown);
  const tolerance = toleranceFor(Math.max(1, shown.length), 0.5, 1, d);
  const off = value.minus(sum).abs();
  if (!off.lte(tolerance)) return false;
  // An identity is not a sum; and a fit only within a rounding as large as the figures (1 against
  // 0,5 + 0,3 + 0,6) is a coincidence of small numbers. Neither is evidence either way.
  if (nonZero < 2) return off.isZero() ? 'identity' : null;
  if (!off.isZero() && tolerance.times(20).gt(Decimal.max(value.abs(), sum.abs()))) return null;
  return true;
}

/** The fit of "row `total` = Σ signs × rows `members`" (all +1 when no signs) across the given columns. */
export function rowFit(m: AmountMatrix, total: number, members: readonly number[], columns: readonly number[], signs?: number[]): Fit {
  const fit: Fit = { fits: 0, misses: [], identities: 0 };
  for (const j of columns) {
    const parts = members.map((r) => m.values[r][j]);
    const ok = compare(
      m.values[total][j],
      m.decimals[total][j],
      parts,
      members.map((r) => m.decimals[r][j]),
      signs,
    );
    if (ok === true) fit.fits++;
    else if (ok === false) fit.misses.push(j);
    else if (ok === 'identity') fit.identities++;
  }
  return fit;
}

/**
 * The columns whose figures in the given rows are not those of a column before them, or a multiple
 * of them. Overslagsår carried forward unchanged repeat the same figures, a price "inkl. moms" is
 * 1,25 × the price "excl. moms", next year's tariff this year's × an index: a coincidence in one of
 * them is a coincidence in all, and counts once as evidence from numbers.
 */
export function distinctColumns(m: AmountMatrix, lines: readonly number[], columns: readonly number[]): number[] {
  if (columns.length < 2) return [...columns];
  const out: number[] = [];
  for (const j of columns) if (!out.some((k) => proportional(m, lines, j, k))) out.push(j);
  return out;
}

/** Is column `j` a fixed multiple of column `k` in the given rows, within the rounding both show? */
function proportional(m: AmountMatrix, lines: readonly number[], j: number, k: number): boolean {
  let pivot = -1;
  let largest = ZERO;
  for (const r of lines) {
    const v = m.values[r][k];
    if (v === undefined || m.values[r][j] === undefined) return false;
    if (v !== null && v.abs().gt(largest)) {
      largest = v.abs();
      pivot = r;
    }
  }
  const at = pivot < 0 ? null : m.values[pivot][j];
  if (!at || at.isZero()) return false;
  const ratio = at.div(m.values[pivot][k] as Decimal);
  for (const r of lines) {
    const a = m.values[r][k] ?? ZERO;
    const b = m.values[r][j] ?? ZERO;
    // Each figure is rounded to half its unit: the multiple of a rounded figure, rounded again.
    const tolerance = unitOf(m.decimals[r][j]).plus(ratio.abs().times(unitOf(m.decimals[r][k]))).div(2);
    if (b.minus(a.times(ratio)).abs().gt(tolerance)) return false;
  }
  return true;
}

/** 10^-decimals, made once per number of decimals. */
const UNITS: Decimal[] = [];
function unitOf(decimals: number | null): Decimal {
  const d = decimals ?? 0;
  return (UNITS[d] ??= new Decimal(10).pow(-d));
}

/** rowFit over the distinct columns only: the fit that evidence from numbers alone is judged on. */
export function distinctRowFit(m: AmountMatrix, total: number, members: readonly number[], columns: readonly number[], signs?: number[]): Fit {
  return rowFit(m, total, members, distinctColumns(m, [total, ...members], columns), signs);
}

/** The fit of "column `total` = Σ signs × columns `members`" across the given rows. */
export function columnFit(m: AmountMatrix, total: number, members: readonly number[], rows: readonly number[], signs?: number[]): Fit {
  const fit: Fit = { fits: 0, misses: [], identities: 0 };
  for (const r of rows) {
    const ok = compare(
      m.values[r][total],
      m.decimals[r][total],
      members.map((k) => m.values[r][k]),
      members.map((k) => m.decimals[r][k]),
      signs,
    );
    if (ok === true) fit.fits++;
    else if (ok === false) fit.misses.push(r);
    else if (ok === 'identity') fit.identities++;
  }
  return fit;
}

/**
 * Is the stated figure smaller than one of its parts, none of them negative, in every column that
 * shows one? Then it is no sum of those rows ("Udgifter til almen læger i alt (mio. kr.) 2.296"
 * under a key figure of 13.743): a line of its own, whatever its label says.
 */
export function belowALargestPart(m: AmountMatrix, total: number, members: readonly number[], columns: readonly number[]): boolean {
  let compared = 0;
  for (const j of columns) {
    const stated = m.values[total][j];
    if (!stated) continue;
    let largest: Decimal | null = null;
    let negative = false;
    for (const r of members) {
      const v = m.values[r][j];
      if (!v) continue;
      if (v.isNegative()) negative = true;
      else if (largest === null || v.gt(largest)) largest = v;
    }
    if (largest === null) continue;
    compared++;
    if (negative || stated.isNegative() || !stated.lt(largest)) return false;
  }
  return compared > 0;
}

/**
 * A reading holds from numbers alone when at least two cells agree and the misses are few: at most
 * one, or fewer than a third of the cells compared (a price list whose price is not the sum of its
 * parts in four rows of twenty is still a price list of that shape).
 */
export function holdsFromNumbers(fit: Fit): boolean {
  if (fit.fits < 2) return false;
  const misses = fit.misses.length;
  return misses === 0 || (misses === 1 && fit.fits >= 2) || misses * 3 < fit.fits + misses;
}

/** A reading backed by a word (a total label or heading) needs one agreeing cell, and more fits than misses. */
export function holdsWithWord(fit: Fit): boolean {
  return fit.fits >= 1 && fit.fits > fit.misses.length;
}

/**
 * The rows a total's own formulas add, when they say so: in most of its cells with a formula, the
 * formula adds cells of its own column (=SUM(B5:B9), =B7+B11, SUBTOTAL) and those cells are the
 * same rows of the table (sections and "heraf" rows left out). Null when its formulas say nothing
 * about this table's rows, or disagree with one another.
 */
export function formulaStatedRows(rows: readonly TableRow[], i: number): number[] | null {
  const byRow = new Map<number, number>();
  rows.forEach((r, k) => {
    if (k !== i && r.kind !== 'section' && r.kind !== 'heraf') byRow.set(r.row, k);
  });
  let stated: number[] | null = null;
  let agreeing = 0;
  let formulas = 0;
  for (const cell of rows[i].amounts) {
    if (!cell.formula) continue;
    formulas++;
    const reading = readTotalFormula(cell.formula, { sheet: '', row: cell.row, col: cell.col });
    if (!reading || reading.counted.length === 0 || reading.counted.some((r) => r.sheet !== '' || r.range.left !== cell.col || r.range.right !== cell.col)) continue;
    // The table's rows inside the ranges (a range may be a whole column, =SUM(B:B)).
    const members: number[] = [];
    for (const [row, k] of byRow) if (reading.counted.some(({ range }) => row >= range.top && row <= range.bottom)) members.push(k);
    members.sort((a, b) => a - b);
    if (members.length === 0) continue;
    if (stated === null) stated = members;
    else if (stated.length !== members.length || stated.some((x, n) => x !== members[n])) return null;
    agreeing++;
  }
  return stated !== null && agreeing * 2 > formulas ? stated : null;
}
