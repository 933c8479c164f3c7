/**
 * "Markér celler" / "Fjern markeringer".
 *
 * Where the original fills are kept: a very hidden worksheet, "Budgettjek_marks", one row per
 * marked cell (sheet name, sheet id, address, colour, pattern, pattern colour, tint, pattern tint),
 * every cell written as text. What Office.js cannot read it cannot restore: a fill's link to a theme
 * colour (it comes back as the RGB colour it showed) and gradient fills. Why a sheet and not Office.context.document.settings: the sheet is part of the workbook
 * file, so it survives save, close and reopen in every Excel (desktop, Mac, web) without a separate
 * settings save; it has no settings-size limit; it is not tied to one add-in id (a dev and a
 * production manifest see the same marks); and a very hidden sheet is invisible to the user and to
 * the tables the core reads (readWorkbook skips it). "Fjern markeringer" deletes it again.
 *
 * Both operations take a fixed number of syncs (3 to mark, 4 to clear), however many cells: the
 * per-cell work is queued into one batch (split only if it would pass the 5 MB payload limit).
 */
import { a1, parseA1, type Finding, type Severity } from '../core';
import type { Progress } from './gateway';
import { ACTION_BYTES, SyncBatcher } from './batch';
import { MARKS_SHEET } from './constants';
import { supportsExcelApi, type OfficeDeps } from './deps';
import { probeProtection } from './protection';
import { deleteHiddenStore, hiddenStoreRows, parseHiddenStore, storedEntries, writeHiddenStore, type HiddenStoreSchema } from './hiddenStore';

export const MARK_FILLS: Record<Severity, string> = {
  error: '#F8D7DA',
  warning: '#FFF3CD',
  info: '#D1ECF1',
};
const MARK_COLORS = new Set(Object.values(MARK_FILLS));
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const STORE_MARKER = 'Budgettjek markeringer v1';

/** One saved original fill. pattern "" = unknown (host without ExcelApi 1.9). */
export interface SavedFill {
  sheet: string;
  sheetId: string;
  address: string;
  color: string;
  pattern: string;
  patternColor: string;
  /** RangeFill.tintAndShade / patternTintAndShade as text ("" = unknown or 0; stores of an earlier version have none). */
  tintAndShade?: string;
  patternTintAndShade?: string;
}

/** The marks' store: one row per marked cell with the fill it had (hiddenStore.ts). */
export const MARKS_STORE: HiddenStoreSchema<SavedFill> = {
  sheet: MARKS_SHEET,
  marker: STORE_MARKER,
  header: ['Ark', 'Ark-id', 'Celle', 'Farve', 'Mønster', 'Mønsterfarve', 'Nuance', 'Mønsternuance'],
  toRow: (e) => [e.sheet, e.sheetId, e.address, e.color, e.pattern, e.patternColor, e.tintAndShade ?? '', e.patternTintAndShade ?? ''],
  fromRow: ([sheet, sheetId, address, color, pattern, patternColor, tintAndShade = '', patternTintAndShade = '']) =>
    sheet && address ? { sheet, sheetId, address, color, pattern, patternColor, tintAndShade, patternTintAndShade } : null,
};

/** The store's rows back to entries; null when the sheet is not a store we wrote. */
export function parseStore(values: unknown[][]): SavedFill[] | null {
  return parseHiddenStore(MARKS_STORE, values);
}

export function storeRows(entries: SavedFill[]): string[][] {
  return hiddenStoreRows(MARKS_STORE, entries);
}

/** "$C$8" / "c8" / "C8:D9" → "C8"; null when it is no cell address. */
export function normalizeCellAddress(cell: string): string | null {
  try {
    const first = cell.split(':')[0];
    const { row, col } = parseA1(first);
    return a1(row, col);
  } catch {
    return null;
  }
}

function entryKey(sheet: string, address: string): string {
  return `${sheet.toLowerCase()}\u0000${address}`;
}

interface WorksheetInfo {
  ws: Excel.Worksheet;
  name: string;
  id: string;
}

function indexSheets(items: Excel.Worksheet[]): { byName: Map<string, WorksheetInfo>; byId: Map<string, WorksheetInfo> } {
  const byName = new Map<string, WorksheetInfo>();
  const byId = new Map<string, WorksheetInfo>();
  for (const ws of items) {
    const info = { ws, name: ws.name, id: ws.id };
    byName.set(ws.name.toLowerCase(), info);
    byId.set(ws.id, info);
  }
  return { byName, byId };
}

export async function markFindings(deps: OfficeDeps, findings: Finding[], onProgress?: (p: Progress) => void): Promise<number> {
  const targets = new Map<string, { sheet: string; address: string; severity: Severity }>();
  for (const f of findings) {
    const address = normalizeCellAddress(f.cell);
    if (!address || !f.sheet || f.sheet === MARKS_SHEET) continue;
    const key = entryKey(f.sheet, address);
    const prev = targets.get(key);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) targets.set(key, { sheet: f.sheet, address, severity: f.severity });
  }
  if (!targets.size) return 0;
  const patterns = supportsExcelApi(deps.office, '1.9');

  return deps.run(async (context) => {
    onProgress?.({ phase: 'mark', done: 0, total: 3 });
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    const store = sheets.getItemOrNullObject(MARKS_SHEET);
    store.load('name');
    await context.sync();
    const { byName } = indexSheets(sheets.items);

    const cells: Array<{ sheet: WorksheetInfo; address: string; severity: Severity; fill: Excel.RangeFill }> = [];
    const touched = new Map<string, WorksheetInfo>();
    // One batch of loads; split only when it would pass the payload limit (tens of thousands of cells).
    const loads = new SyncBatcher(context);
    const storeUsed = store.isNullObject ? null : store.getUsedRangeOrNullObject(true).load('values');
    for (const t of targets.values()) {
      const sheet = byName.get(t.sheet.toLowerCase());
      if (!sheet) continue; // the sheet is gone: nothing to mark
      await loads.reserve(ACTION_BYTES);
      const fill = sheet.ws.getRange(t.address).format.fill;
      fill.load(patterns ? 'color,pattern,patternColor,tintAndShade,patternTintAndShade' : 'color');
      cells.push({ sheet, address: t.address, severity: t.severity, fill });
      touched.set(sheet.id, sheet);
    }
    // The store sheet is added (structure) unless it exists; the marked sheets must take fills.
    const protection = probeProtection(context, deps.office, 'mark', [...touched.values()], store.isNullObject);
    await context.sync();
    protection.check(); // before anything is written
    onProgress?.({ phase: 'mark', done: 1, total: 3 });

    const saved = storedEntries(MARKS_STORE, storeUsed);
    const known = new Set<string>();
    for (const e of saved) {
      known.add(entryKey(e.sheet, e.address));
      if (e.sheetId) known.add(`${e.sheetId}\u0000${e.address}`);
    }
    const fresh: SavedFill[] = [];
    for (const c of cells) {
      // A cell marked before keeps the fill it had before the first mark.
      if (known.has(entryKey(c.sheet.name, c.address)) || known.has(`${c.sheet.id}\u0000${c.address}`)) continue;
      fresh.push({
        sheet: c.sheet.name,
        sheetId: c.sheet.id,
        address: c.address,
        color: (c.fill.color ?? '').toUpperCase(),
        pattern: patterns ? (c.fill.pattern ?? '') : '',
        patternColor: patterns ? (c.fill.patternColor ?? '').toUpperCase() : '',
        tintAndShade: patterns ? tintText(c.fill.tintAndShade) : '',
        patternTintAndShade: patterns ? tintText(c.fill.patternTintAndShade) : '',
      });
    }

    const batcher = new SyncBatcher(context);
    // 1. the originals, safely stored before any fill changes
    if (fresh.length || store.isNullObject) await writeHiddenStore(batcher, sheets, MARKS_STORE, store, [...saved, ...fresh]);
    // 2. the marks
    for (const c of cells) {
      await batcher.reserve(ACTION_BYTES * 2);
      c.fill.color = MARK_FILLS[c.severity];
      if (patterns && c.fill.pattern !== 'None' && c.fill.pattern !== 'Solid') c.fill.pattern = 'Solid';
      if (patterns && c.fill.tintAndShade) c.fill.tintAndShade = 0; // the mark shows its own colour, untinted
    }
    await batcher.flush();
    onProgress?.({ phase: 'mark', done: 3, total: 3 });
    return cells.length;
  });
}

/** A tint as stored text: "" for 0 or unknown (null when mixed). */
function tintText(v: number | null | undefined): string {
  return typeof v === 'number' && v !== 0 && Number.isFinite(v) ? String(v) : '';
}

function tintOf(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= -1 && n <= 1 && n !== 0 ? n : null;
}

function restoreFill(fill: Excel.RangeFill, e: SavedFill): void {
  const noFill = e.pattern === 'None' || (e.pattern === '' && (e.color === '' || e.color === '#FFFFFF'));
  if (noFill || !e.color) {
    fill.clear();
    return;
  }
  fill.color = e.color;
}

export async function clearMarks(deps: OfficeDeps, onProgress?: (p: Progress) => void): Promise<number> {
  const patterns = supportsExcelApi(deps.office, '1.9');
  return deps.run(async (context) => {
    onProgress?.({ phase: 'unmark', done: 0, total: 4 });
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    const store = sheets.getItemOrNullObject(MARKS_SHEET);
    store.load('name');
    await context.sync();
    if (store.isNullObject) return 0;

    const used = store.getUsedRangeOrNullObject(true).load('values');
    await context.sync();
    const entries = parseStore(used.isNullObject ? [] : used.values);
    if (!entries) return 0; // not our sheet: leave it alone
    onProgress?.({ phase: 'unmark', done: 2, total: 4 });

    const { byName, byId } = indexSheets(sheets.items);
    const cells: Array<{ entry: SavedFill; fill: Excel.RangeFill }> = [];
    const touched = new Map<string, WorksheetInfo>();
    const loads = new SyncBatcher(context);
    for (const entry of entries) {
      const sheet = (entry.sheetId && byId.get(entry.sheetId)) || byName.get(entry.sheet.toLowerCase());
      if (!sheet || sheet.name === MARKS_SHEET) continue; // sheet deleted since: nothing to restore
      await loads.reserve(ACTION_BYTES);
      const fill = sheet.ws.getRange(entry.address).format.fill;
      fill.load(patterns ? 'color,pattern' : 'color');
      cells.push({ entry, fill });
      touched.set(sheet.id, sheet);
    }
    await loads.reserve(ACTION_BYTES * (touched.size + 1)); // also makes the flush sync when no cell is left
    const protection = probeProtection(context, deps.office, 'unmark', [...touched.values()], true);
    await loads.flush();
    protection.check(); // before anything is written
    onProgress?.({ phase: 'unmark', done: 3, total: 4 });

    const batcher = new SyncBatcher(context);
    let restored = 0;
    for (const { entry, fill } of cells) {
      // Only a cell still showing our mark is restored: a fill the user chose since is kept.
      const current = (fill.color ?? '').toUpperCase();
      if (!MARK_COLORS.has(current) || (patterns && fill.pattern !== 'Solid')) continue;
      await batcher.reserve(ACTION_BYTES * 3);
      restoreFill(fill, entry);
      // A pattern saved on a host with ExcelApi 1.9 is not restored on one without it (setting it would throw).
      if (patterns && entry.color && entry.pattern && entry.pattern !== 'Solid' && entry.pattern !== 'None') {
        fill.pattern = entry.pattern as Excel.FillPattern;
        if (entry.patternColor) fill.patternColor = entry.patternColor;
      }
      if (patterns) {
        // Tints are ExcelApi 1.9 too: restored only where they could be read.
        const tint = tintOf(entry.tintAndShade);
        if (tint !== null) fill.tintAndShade = tint;
        const patternTint = tintOf(entry.patternTintAndShade);
        if (patternTint !== null) fill.patternTintAndShade = patternTint;
      }
      restored++;
    }
    await deleteHiddenStore(batcher, store);
    await batcher.flush();
    onProgress?.({ phase: 'unmark', done: 4, total: 4 });
    return restored;
  });
}

/** How many cells the marks store holds (0 without a store, or with a sheet that is not ours). */
export async function recordedMarks(deps: OfficeDeps): Promise<number> {
  return deps.run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
    store.load('name');
    await context.sync();
    if (store.isNullObject) return 0;
    const used = store.getUsedRangeOrNullObject(true).load('values');
    await context.sync();
    return parseStore(used.isNullObject ? [] : used.values)?.length ?? 0;
  });
}
