/** How one amount cell reads: number, text that is a number, junk, an Excel error, or nothing. */
import { a1 } from '../a1';
import { decimalFromNumber, readAmountText } from '../danishNumber';
import type Decimal from 'decimal.js';
import type { AmountCell, AmountStatus, Cell, CellValue } from '../model';

/** Every AmountCell has the same shape (no spreads, no optional keys added later): the rules walk
 * hundreds of thousands of them, and one hidden class keeps that walk fast. */
function amountCell(
  row: number,
  col: number,
  status: AmountStatus,
  amount: Decimal | null,
  raw: CellValue,
  formula: string | undefined,
  unitInCell: string | undefined,
): AmountCell {
  return { row, col, address: a1(row, col), status, amount, raw, formula, unitInCell };
}

export function readAmountCell(row: number, col: number, cell: Cell | undefined): AmountCell {
  if (!cell) return amountCell(row, col, 'empty', null, null, undefined, undefined);
  const { value, formula } = cell;
  if (value === null || value === undefined) {
    return amountCell(row, col, formula !== undefined ? 'uncalculated' : 'empty', null, null, formula, undefined);
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? amountCell(row, col, 'number', decimalFromNumber(value), value, formula, undefined)
      : amountCell(row, col, 'not-numeric', null, value, formula, undefined);
  }
  if (typeof value === 'string') {
    const reading = readAmountText(value);
    if (reading.kind === 'empty') return amountCell(row, col, 'empty', null, value, formula, undefined);
    if (reading.kind === 'not-amount') return amountCell(row, col, 'not-numeric', null, value, formula, undefined);
    return amountCell(row, col, 'text-number', reading.amount, value, formula, reading.unit);
  }
  if (typeof value === 'object' && value !== null && 'error' in value) {
    return amountCell(row, col, 'error', null, value, formula, undefined);
  }
  return amountCell(row, col, 'not-numeric', null, value, formula, undefined);
}

export function isReadable(cell: AmountCell): boolean {
  return cell.status === 'number' || cell.status === 'text-number' || cell.status === 'empty';
}
