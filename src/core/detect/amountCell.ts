/** How one amount cell reads: number, text that is a number, junk, an Excel error, or nothing. */
import { a1 } from '../a1';
import { decimalFromNumber, readAmountText } from '../danishNumber';
import type { AmountCell, Cell } from '../model';

export function readAmountCell(row: number, col: number, cell: Cell | undefined): AmountCell {
  const address = a1(row, col);
  if (!cell) return { row, col, address, status: 'empty', amount: null, raw: null };
  const { value, formula } = cell;
  const base = { row, col, address, raw: value, ...(formula !== undefined ? { formula } : {}) };
  if (value === null || value === undefined) {
    return { ...base, status: formula !== undefined ? 'uncalculated' : 'empty', amount: null };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ...base, status: 'not-numeric', amount: null };
    return { ...base, status: 'number', amount: decimalFromNumber(value) };
  }
  if (typeof value === 'string') {
    const reading = readAmountText(value);
    if (reading.kind === 'empty') return { ...base, status: 'empty', amount: null };
    if (reading.kind === 'not-amount') return { ...base, status: 'not-numeric', amount: null };
    return {
      ...base,
      status: 'text-number',
      amount: reading.amount,
      ...(reading.unit ? { unitInCell: reading.unit } : {}),
    };
  }
  if (typeof value === 'object' && value !== null && 'error' in value) {
    return { ...base, status: 'error', amount: null };
  }
  return { ...base, status: 'not-numeric', amount: null };
}

export function isReadable(cell: AmountCell): boolean {
  return cell.status === 'number' || cell.status === 'text-number' || cell.status === 'empty';
}
