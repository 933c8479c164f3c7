/**
 * The add-in's memory in the workbook: a very hidden sheet of text rows — a marker row naming
 * the store and its version, a header, then one row per entry. "Markér celler" keeps the fills it
 * replaced in one (marks.ts), "Ret" what each fix replaced in another (fixes.ts); both are schemas
 * over this one helper, so they are read, written, refused and removed the same way.
 *
 * Why a sheet and not Office.context.document.settings: it is part of the workbook file, so it
 * survives save, close and reopen in every Excel without a separate settings save; it has no size
 * limit; it is not tied to one add-in id; and a very hidden sheet is invisible to the user and to
 * the tables the core reads (readWorkbook skips it).
 */
import { ACTION_BYTES, estimateWrite, type SyncBatcher } from './batch';

export interface HiddenStoreSchema<T> {
  /** The sheet's name. */
  sheet: string;
  /** The first cell's text: tells our store (and its version) from a sheet that happens to share the name. */
  marker: string;
  header: string[];
  toRow(entry: T): string[];
  /** An entry from a row's cells (as text); null for a row to skip. */
  fromRow(cells: string[]): T | null;
}

const ROWS_PER_WRITE = 5000;

function column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The store's rows back to entries; null when the sheet is not a store of this schema. */
export function parseHiddenStore<T>(schema: HiddenStoreSchema<T>, values: unknown[][]): T[] | null {
  if (!values.length || String(values[0]?.[0] ?? '') !== schema.marker) return null;
  const out: T[] = [];
  for (const row of values.slice(2)) {
    const entry = schema.fromRow(row.map((v) => (v === null || v === undefined ? '' : String(v))));
    if (entry) out.push(entry);
  }
  return out;
}

/** The store's rows for `entries`: marker row, header, one row per entry, all as wide as the header. */
export function hiddenStoreRows<T>(schema: HiddenStoreSchema<T>, entries: T[]): string[][] {
  const width = schema.header.length;
  const pad = (row: string[]): string[] => [...row, ...Array(Math.max(0, width - row.length)).fill('')].slice(0, width);
  return [pad([schema.marker]), schema.header, ...entries.map((e) => pad(schema.toRow(e)))];
}

/** A sheet of the store's name that we did not write: never read or changed. */
export function notOurStore(schema: HiddenStoreSchema<unknown>): Error {
  return new Error(`Arket "${schema.sheet}" findes, men er ikke Budgettjeks. Omdøb eller slet det, og prøv igen.`);
}

/** Entries of a store's used range (loaded with 'values'); [] without one; throws for a sheet that is not ours. */
export function storedEntries<T>(schema: HiddenStoreSchema<T>, used: Excel.Range | null): T[] {
  if (!used || used.isNullObject) return [];
  const parsed = parseHiddenStore(schema, used.values);
  if (!parsed) throw notOurStore(schema);
  return parsed;
}

/** Removes the store sheet (hidden first: some hosts refuse to delete a very hidden sheet). */
export async function deleteHiddenStore(batcher: SyncBatcher, store: Excel.Worksheet): Promise<void> {
  await batcher.reserve(ACTION_BYTES * 2);
  store.visibility = 'Hidden';
  store.delete();
}

/**
 * Writes `entries` as the whole store: adds the very hidden sheet when `store` is a null object,
 * removes it when no entry is left, blanks rows an earlier, longer store had. Every cell is formatted
 * as text before its value is written, so nothing stored can turn into a number or a formula.
 */
export async function writeHiddenStore<T>(
  batcher: SyncBatcher,
  worksheets: Excel.WorksheetCollection,
  schema: HiddenStoreSchema<T>,
  store: Excel.Worksheet,
  entries: T[],
  previousRows = 0,
): Promise<void> {
  let sheet = store;
  if (store.isNullObject) {
    if (!entries.length) return;
    await batcher.reserve(ACTION_BYTES * 2);
    sheet = worksheets.add(schema.sheet);
    sheet.visibility = 'VeryHidden';
  } else if (!entries.length) {
    await deleteHiddenStore(batcher, store);
    return;
  }
  const last = column(schema.header.length);
  const rows = hiddenStoreRows(schema, entries);
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    const part = rows.slice(start, start + ROWS_PER_WRITE);
    const range = sheet.getRange(`A${start + 1}:${last}${start + part.length}`);
    await batcher.reserve(2 * estimateWrite(part));
    range.numberFormat = part.map((r) => r.map(() => '@'));
    range.values = part;
  }
  if (previousRows > rows.length) {
    const blank = Array.from({ length: previousRows - rows.length }, () => Array(schema.header.length).fill(''));
    await batcher.reserve(estimateWrite(blank));
    sheet.getRange(`A${rows.length + 1}:${last}${previousRows}`).values = blank;
  }
}
