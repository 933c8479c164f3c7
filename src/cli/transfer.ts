/**
 * What a worker thread hands the main thread: a file's tables and findings as plain, structured-clone
 * data. Decimals travel as their exact text; amount cells (a class whose address and amount are
 * getters) travel as their own fields and get their class back on arrival. Everything else the
 * model holds (objects, arrays, Maps, Sets, Dates) structured clone carries as it is.
 */
import Decimal from 'decimal.js';
import { ReadAmountCell } from '../core/detect/amountCell';

const DECIMAL = '$decimal';
const AMOUNT_CELL = '$amountCell';

export function toTransfer(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toTransfer);
  if (Decimal.isDecimal(value)) return { [DECIMAL]: (value as Decimal).toString() };
  if (value instanceof ReadAmountCell) return { [AMOUNT_CELL]: plainFields(value) };
  if (value instanceof Date || value instanceof Set) return value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, toTransfer(v)]));
  return plainFields(value);
}

function plainFields(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = toTransfer(v);
  }
  return out;
}

export function fromTransfer(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromTransfer);
  if (value instanceof Date || value instanceof Set) return value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, fromTransfer(v)]));
  const record = value as Record<string, unknown>;
  if (typeof record[DECIMAL] === 'string') return new Decimal(record[DECIMAL] as string);
  if (record[AMOUNT_CELL] !== undefined) {
    return Object.assign(Object.create(ReadAmountCell.prototype), fromTransfer(record[AMOUNT_CELL])) as ReadAmountCell;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) out[key] = fromTransfer(record[key]);
  return out;
}
