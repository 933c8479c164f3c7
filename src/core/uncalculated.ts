/**
 * Formulas whose saved result cannot be trusted: a workbook written by a program that does not
 * calculate saves none (openpyxl) or 0 (XlsxWriter), and asks Excel to recalculate on load
 * (calcPr fullCalcOnLoad). The checker works out what it can — a total the formula reader
 * understands, or sums and differences of cells and such totals ("=C6-E6"), over cells of its own sheet or of sheets read before it — as Excel would (text, hidden rows and nested
 * subtotals left out as the function does), and checks against that. What it cannot work out has
 * no result: FORMULA_NOT_CALCULATED names it. A saved 0 is checked too: a program that resaves such
 * a workbook without calculating it (LibreOffice does) keeps the 0 and drops the request to
 * recalculate, but a total over cells that do not add up to 0 was never calculated.
 */
import Decimal from 'decimal.js';
import { isSubtotalFormula, readArithmeticFormula, type FormulaWorkbook } from './formulaRefs';
import type { Cell, SheetGrid } from './model';

export interface SheetCalculation {
  /** The sheet with the results the checker worked out (the same object when nothing was untrusted). */
  sheet: SheetGrid;
  /** Formula cells whose saved result was not trusted. */
  untrusted: number;
  /** Of those, the ones the checker worked out. */
  computed: number;
  /** The first untrusted formula cell, in row then column order. */
  first: { row: number; col: number } | null;
}

/** Cells a whole-column total may visit before the checker gives up on it. */
const MAX_VISITS = 200_000;

/**
 * Works out the untrusted formulas of `sheet`: every formula when `fullCalcOnLoad`, otherwise those
 * saved without a result. A result the checker cannot work out is dropped (null) when it was
 * missing or 0; another saved figure is kept (a writer that sets fullCalcOnLoad may still save
 * real results).
 */
export function calculateUntrusted(
  sheet: SheetGrid,
  fullCalcOnLoad: boolean,
  workbook: FormulaWorkbook,
  /** Sheets read before, with the results worked out for them (a 3-D or cross-sheet total reads them). */
  otherSheet: (name: string) => SheetGrid | undefined = () => undefined,
): SheetCalculation {
  const untrusted: Cell[] = [];
  /** Formulas saved as 0: untrusted only when they work out to something else. */
  const zeros: Cell[] = [];
  for (const row of sheet.rows.values()) {
    for (const cell of row.values()) {
      if (cell.formula === undefined) continue;
      if (fullCalcOnLoad || cell.value === null) untrusted.push(cell);
      else if (cell.value === 0) zeros.push(cell);
    }
  }
  if (!untrusted.length && !zeros.length) return { sheet, untrusted: 0, computed: 0, first: null };
  const isUntrusted = new Set(untrusted);
  const results = new Map<Cell, Decimal | null>();
  const inProgress = new Set<Cell>();
  let visits = 0;

  const valueOf = (cell: Cell): Decimal | null => {
    const known = results.get(cell);
    if (known !== undefined) return known;
    if (inProgress.has(cell)) return null; // a circular reference
    inProgress.add(cell);
    const result = work(cell);
    inProgress.delete(cell);
    results.set(cell, result);
    return result;
  };

  /** What Excel adds for `cell` in a range; undefined: skipped; null: cannot be told. */
  const contribution = (cell: Cell, skipsText: boolean, own: boolean): Decimal | null | undefined => {
    if (own && isUntrusted.has(cell)) return valueOf(cell);
    if (!own && cell.formula !== undefined && cell.value === null) return null; // not worked out there either
    const v = cell.value;
    if (typeof v === 'number') return new Decimal(v);
    if (v === null) return undefined;
    if (typeof v === 'string' && v === '' && cell.formula !== undefined) return skipsText ? undefined : null;
    if (typeof v === 'string' || typeof v === 'boolean') return skipsText ? undefined : null;
    return null; // an error value (or a date object): Excel's result is not a sum
  };

  const work = (cell: Cell): Decimal | null => {
    const reading = readArithmeticFormula(cell.formula!, { sheet: sheet.name, row: cell.row, col: cell.col }, workbook);
    if (reading === null) return null;
    let sum = reading.constants.reduce((acc, n) => acc.plus(n), new Decimal(0));
    for (const c of reading.counted) {
      const own = c.sheet.toUpperCase() === sheet.name.toUpperCase();
      const grid = own ? sheet : otherSheet(c.sheet);
      if (!grid) return null; // a sheet not read yet (or not kept)
      const { top, bottom, left, right } = c.range;
      const rows = bottom - top + 1 <= grid.rows.size ? rangeRows(top, bottom) : [...grid.rows.keys()].filter((r) => r >= top && r <= bottom);
      for (const r of rows) {
        if (c.skipsHidden && grid.hiddenRows.has(r)) continue;
        const row = grid.rows.get(r);
        if (!row) continue;
        const cells = right - left + 1 <= row.size ? rangeCols(row, left, right) : [...row.values()].filter((x) => x.col >= left && x.col <= right);
        for (const x of cells) {
          if (++visits > MAX_VISITS) return null;
          if (x === cell) return null; // the formula counts itself: Excel reports a circular reference
          if (c.skipsSubtotals && isSubtotalFormula(x.formula)) continue;
          const add = contribution(x, c.skipsText, own);
          if (add === null) return null;
          if (add !== undefined) sum = c.sign === 1 ? sum.plus(add) : sum.minus(add);
        }
      }
    }
    return sum;
  };

  // A saved 0 that works out to another figure was never calculated (its inputs are then untrusted
  // too when they are formulas saved as 0 themselves: worked out in the same pass).
  for (const cell of zeros) isUntrusted.add(cell);
  const zerosOff: Cell[] = [];
  for (const cell of zeros) {
    const result = valueOf(cell);
    if (result !== null && !result.isZero()) zerosOff.push(cell);
  }
  // One saved 0 that works out otherwise may be a total that is 0 as shown (text amounts that cancel
  // out): a writer that does not calculate saves every formula as 0, so it takes two such formulas,
  // or another formula with no result, to say that the file was not calculated.
  if (zerosOff.length >= 2 || untrusted.length > 0) untrusted.push(...zerosOff);
  if (!untrusted.length) return { sheet, untrusted: 0, computed: 0, first: null };
  const rows = new Map(sheet.rows);
  const copied = new Set<number>();
  let computed = 0;
  /** Saved results that were missing or disagree with what the checker works out: the file was not calculated. */
  let wrong = 0;
  let first: { row: number; col: number } | null = null;
  for (const cell of untrusted) {
    const result = valueOf(cell);
    let value: Cell['value'];
    if (result !== null) {
      computed++;
      value = result.toNumber();
    } else if (cell.value === 0 || cell.value === null) value = null;
    else continue; // a saved figure other than 0: kept
    // A writer that asks for a recalculation but saved the right results (our own copies do): nothing to say.
    if (result !== null && value === cell.value) continue;
    wrong++;
    if (first === null || cell.row < first.row || (cell.row === first.row && cell.col < first.col)) first = { row: cell.row, col: cell.col };
    if (!copied.has(cell.row)) {
      rows.set(cell.row, new Map(sheet.rows.get(cell.row)));
      copied.add(cell.row);
    }
    rows.get(cell.row)!.set(cell.col, { ...cell, value });
  }
  return { sheet: wrong ? { ...sheet, rows } : sheet, untrusted: wrong, computed, first };
}

function rangeRows(top: number, bottom: number): number[] {
  const out: number[] = [];
  for (let r = top; r <= bottom; r++) out.push(r);
  return out;
}

function rangeCols(row: Map<number, Cell>, left: number, right: number): Cell[] {
  const out: Cell[] = [];
  for (let c = left; c <= right; c++) {
    const cell = row.get(c);
    if (cell) out.push(cell);
  }
  return out;
}
