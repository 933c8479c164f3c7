/** How one amount cell reads: number, text that is a number, junk, an Excel error, or nothing. */
import { a1 } from '../a1';
import { decimalFromNumber, readAmountText } from '../danishNumber';
import type Decimal from 'decimal.js';
import type { AmountCell, AmountStatus, Cell, CellValue } from '../model';

/**
 * An amount cell as the rules see it. Every instance has one shape (the rules walk hundreds of
 * thousands of them), and the amount is made into a Decimal only when a rule asks for it: a
 * workbook's worth of Decimals held at once costs more memory than its grid.
 */
export class ReadAmountCell implements AmountCell {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly status: AmountStatus,
    readonly raw: CellValue,
    readonly formula: string | undefined,
    readonly unitInCell: string | undefined,
  ) {}

  get address(): string {
    return a1(this.row, this.col);
  }

  get amount(): Decimal | null {
    if (this.status === 'number') return decimalFromNumber(this.raw as number);
    if (this.status === 'text-number') {
      const reading = readAmountText(this.raw as string);
      return reading.kind === 'amount' ? reading.amount : null;
    }
    return null;
  }

  toJSON(): object {
    const { row, col, address, status, amount, raw, formula, unitInCell } = this;
    return { row, col, address, status, amount: amount?.toString() ?? null, raw, formula, unitInCell };
  }
}

export function readAmountCell(row: number, col: number, cell: Cell | undefined): AmountCell {
  if (!cell) return new ReadAmountCell(row, col, 'empty', null, undefined, undefined);
  const { value, formula } = cell;
  if (value === null || value === undefined) {
    return new ReadAmountCell(row, col, formula !== undefined ? 'uncalculated' : 'empty', null, formula, undefined);
  }
  if (typeof value === 'number') {
    return new ReadAmountCell(row, col, Number.isFinite(value) ? 'number' : 'not-numeric', value, formula, undefined);
  }
  if (typeof value === 'string') {
    const reading = readAmountText(value);
    if (reading.kind === 'empty') return new ReadAmountCell(row, col, 'empty', value, formula, undefined);
    if (reading.kind === 'not-amount') return new ReadAmountCell(row, col, 'not-numeric', value, formula, undefined);
    return new ReadAmountCell(row, col, 'text-number', value, formula, reading.unit);
  }
  if (typeof value === 'object' && value !== null && 'error' in value) {
    return new ReadAmountCell(row, col, 'error', value, formula, undefined);
  }
  return new ReadAmountCell(row, col, 'not-numeric', value, formula, undefined);
}

export function isReadable(cell: AmountCell): boolean {
  return cell.status === 'number' || cell.status === 'text-number' || cell.status === 'empty';
}
