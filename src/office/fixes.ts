/**
 * "Ret" / "Ret alle" and Budgettjek's own undo ("Fortryd sidste rettelse", "Fortryd alle
 * rettelser"). Changes an add-in makes through Office.js clear Excel's own undo stack, so every
 * fix first records each cell's previous content — value, formula and number format, as Excel
 * holds them at that moment — in a very hidden sheet, "Budgettjek_fixes", the same kind of store
 * the marks use (marks.ts): part of the workbook file, it survives save, close and reopen.
 *
 * A fix is written only where the cell still holds what the check read (a cell changed since is
 * left alone and named); an undo restores a cell only where it still holds what the fix wrote.
 * Nothing is written on a protected sheet (or, where the store sheet is added or deleted, a protected
 * workbook structure): the whole fix is refused first, with what is protected named.
 * Apply takes 3 syncs and undo 4, however many cells (split only past the 5 MB payload limit).
 */
import type { CellContent, CellEdit, CellValue } from '../core';
import { ACTION_BYTES, estimateWrite, SyncBatcher } from './batch';
import { FIXES_SHEET, MARKS_SHEET } from './constants';
import type { OfficeDeps } from './deps';
import { probeProtection } from './protection';
import { hiddenStoreRows, parseHiddenStore, storedEntries, writeHiddenStore, type HiddenStoreSchema } from './hiddenStore';
import { normalizeCellAddress } from './marks';


/** One recorded cell of one fix ("step": every "Ret"/"Ret alle" is one step to undo). */
export interface RecordedEdit {
  step: number;
  sheet: string;
  sheetId: string;
  address: string;
  before: CellContent;
  after: CellContent;
}

export interface FixOutcome {
  /** Cells written. */
  applied: number;
  /** "Sheet!C8" of cells that changed since the check (or whose sheet is gone): not written. */
  changedSince: string[];
}

export interface UndoOutcome {
  /** Cells restored. */
  restored: number;
  /** "Sheet!C8" of cells changed since the fix: left as they are. */
  changedSince: string[];
  /** Fix steps still recorded (what "Fortryd sidste rettelse" can still undo). */
  stepsLeft: number;
}

function parseContent(text: unknown): CellContent | null {
  try {
    const v = JSON.parse(String(text)) as { v?: unknown; f?: unknown; n?: unknown };
    const value = v.v === undefined ? null : (v.v as CellValue);
    const c: CellContent = { value };
    if (typeof v.f === 'string') c.formula = v.f;
    if (typeof v.n === 'string') c.numFmt = v.n;
    return c;
  } catch {
    return null;
  }
}

function contentText(c: CellContent): string {
  return JSON.stringify({ v: c.value, ...(c.formula !== undefined ? { f: c.formula } : {}), ...(c.numFmt !== undefined ? { n: c.numFmt } : {}) });
}

/** The fixes' store: one row per cell of each fix step, with what it held before and after (hiddenStore.ts). */
export const FIXES_STORE: HiddenStoreSchema<RecordedEdit> = {
  sheet: FIXES_SHEET,
  marker: 'Budgettjek rettelser v1',
  header: ['Rettelse', 'Ark', 'Ark-id', 'Celle', 'Før', 'Efter'],
  toRow: (e) => [String(e.step), e.sheet, e.sheetId, e.address, contentText(e.before), contentText(e.after)],
  fromRow: ([step, sheet, sheetId, address, before, after]) => {
    const b = parseContent(before);
    const a = parseContent(after);
    if (!sheet || !address || !b || !a || !/^\d+$/.test(step)) return null;
    return { step: Number(step), sheet, sheetId, address, before: b, after: a };
  },
};

/** The store's rows back to entries; null when the sheet is not a store we wrote. */
export function parseFixStore(values: unknown[][]): RecordedEdit[] | null {
  return parseHiddenStore(FIXES_STORE, values);
}

export function fixStoreRows(entries: RecordedEdit[]): string[][] {
  return hiddenStoreRows(FIXES_STORE, entries);
}

/** A cell's content as Office.js reports it (values, formulas, numberFormat of a one-cell range). */
function contentFromRange(range: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] }): CellContent {
  const value = range.values[0][0];
  const formula = range.formulas[0][0];
  const numFmt = String(range.numberFormat[0][0] ?? 'General');
  const c: CellContent = { value: value === '' || value === undefined ? null : (value as CellValue) };
  if (typeof formula === 'string' && formula.startsWith('=')) c.formula = formula.slice(1);
  if (numFmt !== 'General') c.numFmt = numFmt;
  return c;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if ((a === null || a === '') && (b === null || b === '')) return true;
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
}

/** Whether Excel's cell holds `expected`: the same formula, or for a constant the same value. */
export function holds(actual: CellContent, expected: CellContent): boolean {
  if (expected.formula !== undefined || actual.formula !== undefined) return actual.formula === expected.formula;
  return sameValue(actual.value, expected.value);
}

/** Writes `content` into a one-cell range exactly: text stays text, a formula stays a formula. */
function writeContent(range: Excel.Range, content: CellContent): void {
  const format = content.numFmt ?? 'General';
  if (content.formula !== undefined) {
    range.numberFormat = [[format]];
    range.formulas = [[`=${content.formula}`]];
  } else if (content.value === null || content.value === '') {
    range.values = [['']];
    range.numberFormat = [[format]];
  } else if (typeof content.value === 'string') {
    // Typed text could turn into a number, a date or a formula: write it into a Text cell first.
    range.numberFormat = [['@']];
    range.values = [[content.value]];
    range.numberFormat = [[format]];
  } else {
    range.numberFormat = [[format]];
    range.values = [[content.value as string | number | boolean]];
  }
}

interface SheetInfo {
  ws: Excel.Worksheet;
  name: string;
  id: string;
}

async function loadStore(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  const store = sheets.getItemOrNullObject(FIXES_SHEET);
  store.load('name');
  await context.sync();
  const byName = new Map<string, SheetInfo>();
  const byId = new Map<string, SheetInfo>();
  for (const ws of sheets.items) {
    const info = { ws, name: ws.name, id: ws.id };
    byName.set(ws.name.toLowerCase(), info);
    byId.set(ws.id, info);
  }
  return { sheets, store, byName, byId };
}

function readStoreValues(store: Excel.Worksheet): Excel.Range | null {
  return store.isNullObject ? null : store.getUsedRangeOrNullObject(true).load('values');
}

function recorded(used: Excel.Range | null): RecordedEdit[] {
  return storedEntries(FIXES_STORE, used);
}

/** Rewrites the store with `entries` (deleting it when none are left); `previousRows` it had before. */
function writeStore(batcher: SyncBatcher, context: Excel.RequestContext, store: Excel.Worksheet, entries: RecordedEdit[], previousRows: number): Promise<void> {
  return writeHiddenStore(batcher, context.workbook.worksheets, FIXES_STORE, store, entries, previousRows);
}

/** Applies the edits as one undo step; returns what was written and what had changed since the check. */
export async function applyFixes(deps: OfficeDeps, edits: CellEdit[]): Promise<FixOutcome> {
  const targets = edits
    .map((e) => ({ e, address: normalizeCellAddress(e.address) }))
    .filter((t): t is { e: CellEdit; address: string } => t.address !== null && t.e.sheet !== MARKS_SHEET && t.e.sheet !== FIXES_SHEET);
  if (!targets.length) return { applied: 0, changedSince: [] };
  return deps.run(async (context) => {
    const { store, byName } = await loadStore(context);
    const storeUsed = readStoreValues(store);
    const cells: Array<{ e: CellEdit; address: string; sheet: SheetInfo; range: Excel.Range }> = [];
    const changedSince: string[] = [];
    const loads = new SyncBatcher(context);
    for (const t of targets) {
      const sheet = byName.get(t.e.sheet.toLowerCase());
      if (!sheet) {
        changedSince.push(`${t.e.sheet}!${t.address}`);
        continue;
      }
      await loads.reserve(ACTION_BYTES * 3);
      const range = sheet.ws.getRange(t.address).load('values,formulas,numberFormat');
      cells.push({ e: t.e, address: t.address, sheet, range });
    }
    // The store sheet is added on the first fix: that needs the workbook's structure unprotected.
    const protection = probeProtection(context, deps.office, 'fix', [...new Map(cells.map((c) => [c.sheet.name, c.sheet])).values()], store.isNullObject);
    await context.sync();
    protection.check(); // before anything is written

    const saved = recorded(storeUsed);
    const step = saved.reduce((m, e) => Math.max(m, e.step), 0) + 1;
    const fresh: RecordedEdit[] = [];
    const writes: Array<{ range: Excel.Range; after: CellContent }> = [];
    for (const c of cells) {
      const now = contentFromRange(c.range);
      if (!holds(now, c.e.before)) {
        changedSince.push(`${c.sheet.name}!${c.address}`);
        continue;
      }
      fresh.push({ step, sheet: c.sheet.name, sheetId: c.sheet.id, address: c.address, before: now, after: c.e.after });
      writes.push({ range: c.range, after: c.e.after });
    }
    if (!writes.length) return { applied: 0, changedSince };
    const batcher = new SyncBatcher(context);
    // 1. what each cell held, safely stored before anything changes
    await writeStore(batcher, context, store, [...saved, ...fresh], storeUsed && !storeUsed.isNullObject ? storeUsed.values.length : 0);
    // 2. the fixes
    for (const w of writes) {
      await batcher.reserve(ACTION_BYTES * 4 + estimateWrite(w.after));
      writeContent(w.range, w.after);
    }
    await batcher.flush();
    return { applied: writes.length, changedSince };
  });
}

/** Undoes the last fix step ("last") or every recorded step ("all"), newest first. */
export async function undoFixes(deps: OfficeDeps, which: 'last' | 'all'): Promise<UndoOutcome> {
  return deps.run(async (context) => {
    const { store, byName, byId } = await loadStore(context);
    if (store.isNullObject) return { restored: 0, changedSince: [], stepsLeft: 0 };
    const used = readStoreValues(store);
    await context.sync();
    const saved = recorded(used);
    if (!saved.length) return { restored: 0, changedSince: [], stepsLeft: 0 };
    const last = saved.reduce((m, e) => Math.max(m, e.step), 0);
    const undo = saved.filter((e) => which === 'all' || e.step === last).sort((a, b) => b.step - a.step);
    const keep = saved.filter((e) => !(which === 'all' || e.step === last));

    const cells: Array<{ entry: RecordedEdit; sheet: SheetInfo; range: Excel.Range }> = [];
    const changedSince: string[] = [];
    const loads = new SyncBatcher(context);
    for (const entry of undo) {
      const sheet = (entry.sheetId && byId.get(entry.sheetId)) || byName.get(entry.sheet.toLowerCase());
      if (!sheet) {
        changedSince.push(`${entry.sheet}!${entry.address}`);
        continue;
      }
      await loads.reserve(ACTION_BYTES * 3);
      cells.push({ entry, sheet, range: sheet.ws.getRange(entry.address).load('values,formulas,numberFormat') });
    }
    // Undoing the last recorded step deletes the store sheet: that needs the structure unprotected.
    await loads.reserve(ACTION_BYTES * (cells.length + 1)); // also makes the flush sync when no cell is left
    const protection = probeProtection(context, deps.office, 'unfix', [...new Map(cells.map((c) => [c.sheet.name, c.sheet])).values()], keep.length === 0);
    await loads.flush();
    protection.check();

    const batcher = new SyncBatcher(context);
    let restored = 0;
    // A cell fixed twice is restored once, to what it held before the first of those fixes.
    const done = new Set<string>();
    const ordered = [...cells].sort((a, b) => a.entry.step - b.entry.step);
    const writes: Array<{ range: Excel.Range; before: CellContent }> = [];
    for (const c of ordered) {
      const key = `${c.sheet.id}\u0000${c.entry.address}`;
      if (done.has(key)) continue;
      done.add(key);
      const newest = cells.filter((x) => `${x.sheet.id}\u0000${x.entry.address}` === key).reduce((a, b) => (b.entry.step > a.entry.step ? b : a));
      if (!holds(contentFromRange(c.range), newest.entry.after)) {
        changedSince.push(`${c.sheet.name}!${c.entry.address}`);
        continue;
      }
      writes.push({ range: c.range, before: c.entry.before });
    }
    for (const w of writes) {
      await batcher.reserve(ACTION_BYTES * 4 + estimateWrite(w.before));
      writeContent(w.range, w.before);
      restored++;
    }
    await writeStore(batcher, context, store, keep, used && !used.isNullObject ? used.values.length : 0);
    await batcher.flush();
    return { restored, changedSince, stepsLeft: new Set(keep.map((e) => e.step)).size };
  });
}

/** How many fix steps are recorded in the workbook (0 when none). */
export async function recordedFixSteps(deps: OfficeDeps): Promise<number> {
  return deps.run(async (context) => {
    const { store } = await loadStore(context);
    if (store.isNullObject) return 0;
    const used = readStoreValues(store);
    await context.sync();
    return new Set(recorded(used).map((e) => e.step)).size;
  });
}
