/**
 * What a worker thread hands the main thread: a file's tables and findings as structured-clone
 * data. Structured clone copies a class instance as its own fields, so the tables travel as they
 * are (no copy made first) and their amount cells get their class back on arrival (`restore`): an
 * amount cell's address and amount are getters of the class. Decimals cannot be cloned (each holds
 * its constructor): `toTransfer` writes them, and anything else, as plain data first — used for
 * findings, the template, and for tables should they ever hold a Decimal.
 */
import Decimal from 'decimal.js';
import { ReadAmountCell } from '../core';

const DECIMAL = '$decimal';
const AMOUNT_CELL = '$amountCell';

/** A plain copy of `value` that structured clone can carry and `restore` turns back. */
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

/** An amount cell after structured clone: the fields of `ReadAmountCell`, without its getters. */
function isClonedAmountCell(o: Record<string, unknown>): boolean {
  return typeof o.status === 'string' && typeof o.row === 'number' && typeof o.col === 'number' && 'raw' in o && !('address' in o);
}

/** Turns what arrived from a worker back into the model's objects, in place where it can. */
export function restore(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v !== null && typeof v === 'object') {
        const r = restore(v);
        if (r !== v) value[i] = r;
      }
    }
    return value;
  }
  if (value instanceof Date || value instanceof Set) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      const r = restore(v);
      if (r !== v) value.set(k, r);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[DECIMAL] === 'string') return new Decimal(record[DECIMAL] as string);
  if (record[AMOUNT_CELL] !== undefined) return Object.assign(Object.create(ReadAmountCell.prototype), restore(record[AMOUNT_CELL])) as ReadAmountCell;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v !== null && typeof v === 'object') {
      const r = restore(v);
      if (r !== v) record[key] = r;
    }
  }
  if (isClonedAmountCell(record)) Object.setPrototypeOf(record, ReadAmountCell.prototype);
  return record;
}
