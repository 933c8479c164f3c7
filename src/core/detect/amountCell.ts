/**
 * How one amount cell reads: number, text that is a number, junk, an Excel error, or nothing — and,
 * for a number, what its number format makes it show (scaled, rounded, a percentage, a date).
 */
import { a1 } from '../a1';
import { decimalFromNumber, readAmountText } from '../danishNumber';
import type Decimal from 'decimal.js';
import type { AmountCell, AmountStatus, Cell, CellValue, UnitKey } from '../model';
import { parseNumberFormat, shownAmount, shownForm, shownKind, type ShownAmount, type ShownForm } from '../numberFormat';

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
    readonly numFmt: string | undefined,
  ) {}

  get address(): string {
    return a1(this.row, this.col);
  }

  /** What the format makes of a number; null for text, empty and unformatted cells. */
  private shown(): ShownAmount | null {
    if (this.numFmt === undefined || typeof this.raw !== 'number') return null;
    return shownAmount(this.raw, parseNumberFormat(this.numFmt));
  }

  /** As `shown` without the figure: no Decimal made (decimals, scale and unit are asked per cell). */
  private form(): ShownForm | null {
    if (this.numFmt === undefined || typeof this.raw !== 'number') return null;
    return shownForm(this.raw, parseNumberFormat(this.numFmt));
  }

  get amount(): Decimal | null {
    if (this.status === 'number') return this.shown()?.amount ?? decimalFromNumber(this.raw as number);
    if (this.status === 'text-number') {
      const reading = readAmountText(this.raw as string);
      return reading.kind === 'amount' ? reading.amount : null;
    }
    return null;
  }

  get decimals(): number | null {
    if (this.status === 'text-number') {
      // Text shows what it says: "343,0" is shown to one decimal.
      const reading = readAmountText(this.raw as string);
      return reading.kind === 'amount' ? reading.decimals : null;
    }
    return this.status === 'number' ? (this.form()?.decimals ?? null) : null;
  }

  get scale(): number | undefined {
    const s = this.status === 'number' ? this.form()?.scale : undefined;
    return s === undefined || s === 1 ? undefined : s;
  }

  get unitInFormat(): UnitKey | undefined {
    return this.status === 'number' ? (this.form()?.unit ?? undefined) : undefined;
  }

  toJSON(): object {
    const { row, col, address, status, amount, raw, formula, unitInCell, numFmt, decimals } = this;
    return { row, col, address, status, amount: amount?.toString() ?? null, raw, formula, unitInCell, numFmt, decimals };
  }
}

/** The status a finite number shows as under its format. */
function numberStatus(value: number, numFmt: string | undefined): AmountStatus {
  if (numFmt === undefined) return 'number';
  const kind = shownKind(value, parseNumberFormat(numFmt));
  return kind === 'percent' ? 'percent' : kind === 'date' ? 'date' : 'number';
}

export function readAmountCell(row: number, col: number, cell: Cell | undefined): AmountCell {
  if (!cell) return new ReadAmountCell(row, col, 'empty', null, undefined, undefined, undefined);
  const { value, formula, numFmt } = cell;
  if (value === null || value === undefined) {
    return new ReadAmountCell(row, col, formula !== undefined ? 'uncalculated' : 'empty', null, formula, undefined, numFmt);
  }
  if (typeof value === 'number') {
    const status = Number.isFinite(value) ? numberStatus(value, numFmt) : 'not-numeric';
    return new ReadAmountCell(row, col, status, value, formula, undefined, numFmt);
  }
  if (typeof value === 'string') {
    const reading = readAmountText(value);
    if (reading.kind === 'empty') return new ReadAmountCell(row, col, 'empty', value, formula, undefined, numFmt);
    if (reading.kind === 'not-amount') return new ReadAmountCell(row, col, 'not-numeric', value, formula, undefined, numFmt);
    return new ReadAmountCell(row, col, 'text-number', value, formula, reading.unit, numFmt);
  }
  if (typeof value === 'object' && value !== null && 'error' in value) {
    return new ReadAmountCell(row, col, 'error', value, formula, undefined, numFmt);
  }
  if (value instanceof Date) return new ReadAmountCell(row, col, 'date', value, formula, undefined, numFmt);
  return new ReadAmountCell(row, col, 'not-numeric', value, formula, undefined, numFmt);
}

export function isReadable(cell: AmountCell): boolean {
  return cell.status === 'number' || cell.status === 'text-number' || cell.status === 'empty';
}
