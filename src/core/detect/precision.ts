/**
 * The precision a table shows: whole units, or 0,1 for a table in mio. kr. with one decimal. The
 * rounding tolerance of a sum is counted in units of that precision.
 */
import Decimal from 'decimal.js';
import type { AmountCell } from '../model';

/** More decimals than this in a raw number are a calculation's tail, not what anyone typed. */
const MAX_TYPED_DECIMALS = 4;

/** Decimals a cell shows: its number format's when known, else its amount's own (null: cannot tell). */
export function shownDecimals(cell: AmountCell, amount: Decimal | null): number | null {
  if (cell.decimals !== undefined && cell.decimals !== null) return cell.decimals;
  if (amount === null) return null;
  const places = amount.decimalPlaces();
  return places > MAX_TYPED_DECIMALS ? null : places;
}

/**
 * Decimals a stated figure is compared at: the coarser of what the figure shows and what its parts
 * show (a whole-number total of one-decimal rows is rounded to whole units; whole rows summed to a
 * one-decimal total carry whole-unit rounding).
 */
export function comparisonDecimals(stated: number | null, parts: Array<number | null>): number {
  let partsMax: number | null = null;
  for (const d of parts) if (d !== null && (partsMax === null || d > partsMax)) partsMax = d;
  if (stated === null && partsMax === null) return 0;
  if (stated === null) return partsMax!;
  if (partsMax === null) return stated;
  return Math.min(stated, partsMax);
}

/** Half a unit per summed row, rounded down, at least `minimum` units; a unit is 10^-decimals. */
export function toleranceFor(summedRows: number, perRow: number, minimum: number, decimals: number): Decimal {
  const key = `${summedRows} ${perRow} ${minimum} ${decimals}`;
  const known = TOLERANCES.get(key);
  if (known) return known;
  const units = Decimal.max(new Decimal(perRow).times(summedRows).floor(), minimum);
  const tolerance = units.times(new Decimal(10).pow(-decimals));
  if (TOLERANCES.size >= 4096) TOLERANCES.clear();
  TOLERANCES.set(key, tolerance);
  return tolerance;
}

/** Tolerances made so far (a Decimal is immutable): every cell compared asks for one of a few. */
const TOLERANCES = new Map<string, Decimal>();
