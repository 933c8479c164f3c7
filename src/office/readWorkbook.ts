/**
 * Office.js → WorkbookGrid in a small, fixed number of context.sync() round trips:
 *   sync 1  the sheets (names, visibility), the active sheet, and — for scope "sheet"/"selection" —
 *           the used range, Excel tables and defined names right away;
 *   sync 2  (scope "workbook") every sheet's used range (values only), its Excel tables (names,
 *           header and totals rows) and sheet-scoped names, and the workbook's names, in one batch;
 *   then    only when there are Excel tables: their ranges and column names, in one sync;
 *   sync 3+ values, formulas, valueTypes and numberFormat of every used range, in row chunks, plus
 *           the merged areas — all sheets' chunks queued together and synced once per ~4 MB of
 *           estimated response. Small workbooks take one data sync whatever their number of sheets
 *           or tables; only the volume of cells adds syncs.
 *   last    only when some chunk has hidden rows among visible ones (`rowHidden` null): the visible
 *           view of those chunks, all in one sync, to tell which rows are hidden. Should the host still refuse a batch
 *           as too large, the batch is split in two and retried.
 */
import {
  fitTableToSheet,
  parseRangeA1,
  rangeA1,
  sheetExtent,
  type Cell,
  type CellRange,
  type DefinedName,
  type ExcelTablePart,
  type SheetGrid,
  type SheetState,
  type WorkbookGrid,
} from '../core';
import { isPayloadLimitError, PAYLOAD_BUDGET_BYTES } from './batch';
import { FIXES_SHEET, MARKS_SHEET } from './constants';
import { supportsExcelApi, type OfficeDeps } from './deps';
import type { CheckScope, Progress, ReadOutcome } from './gateway';
import { splitAreasAddress } from './names';

/** Estimated response bytes per cell for the four properties we load (JSON). */
export const ESTIMATED_BYTES_PER_CELL = 64;

export interface ReadOptions {
  /** Response bytes one data sync may carry (default 4 MB, under Office.js's 5 MB). */
  budgetBytes?: number;
  bytesPerCell?: number;
  /** Most cells one sheet's area may span (default PANE_MAX_CELLS, the file reader's limit). */
  maxCells?: number;
}

interface SheetPlan {
  sheet: Excel.Worksheet;
  name: string;
  state: SheetState;
  /** The area to read (1-based), or null for an empty sheet. */
  area: CellRange | null;
  /** The sheet's Excel tables and sheet-scoped names, loaded with the sheet's used range. */
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
}

const TABLE_PROPS = 'items/name,items/showHeaders,items/showTotals';
const NAME_PROPS = 'items/name,items/type,items/formula';

interface Chunk {
  plan: SheetPlan;
  area: CellRange;
}

interface LoadedChunk {
  chunk: Chunk;
  range: Excel.Range;
}

interface LoadedMerges {
  plan: SheetPlan;
  areas: Excel.RangeAreas;
}

// rowHidden is true/false for a chunk whose rows are all/none hidden, null when mixed: only mixed
// chunks pay for a visible view (one more sync for all of them together).
const RANGE_PROPS = ['values', 'formulas', 'valueTypes', 'numberFormat', 'rowHidden'];
/** Estimated response bytes per cell of a visible view's cellAddresses ("'Sheet'!AB123"). */
const ADDRESS_BYTES_PER_CELL = 24;
const AREA_PROPS = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

function sheetState(visibility: string): SheetState {
  if (visibility === 'Hidden') return 'hidden';
  if (visibility === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

/**
 * The most cells one sheet's area may span before anything is read: the file reader's limit
 * (readers/xlsx/limits.ts, maxCells), so the pane and the command line refuse the same sheets —
 * a used range from A1 to XFD1048576 would otherwise take hundreds of thousands of round trips.
 */
export const PANE_MAX_CELLS = 5_000_000;

/** Thrown before reading when a sheet's used range is beyond the cell limit; names the sheet and its range. */
export class SheetTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly range: string,
    readonly cells: number,
    readonly limit: number,
  ) {
    const n = (x: number) => x.toLocaleString('da-DK');
    super(
      `Arket "${sheet}" er for stort til at blive tjekket: det brugte område ${range} spænder over ${n(cells)} celler, ` +
        `og grænsen er ${n(limit)}. Slet indhold eller formatering langt ude på arket (fx med Ctrl+End for at finde det), eller markér tabellen og vælg "Markering".`,
    );
    this.name = 'SheetTooLargeError';
  }
}

function refuseOversizedSheets(plans: SheetPlan[], limit: number): void {
  for (const p of plans) {
    if (!p.area) continue;
    const cells = (p.area.bottom - p.area.top + 1) * (p.area.right - p.area.left + 1);
    if (cells > limit) throw new SheetTooLargeError(p.name, rangeA1(p.area), cells, limit);
  }
}

function areaOf(range: Excel.Range): CellRange | null {
  if (range.isNullObject) return null;
  return {
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    right: range.columnIndex + range.columnCount,
  };
}

function intersect(a: CellRange | null, b: CellRange | null): CellRange | null {
  if (!a || !b) return null;
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** Splits each sheet's area into row chunks of at most `maxCells` cells. */
export function planChunks(plans: SheetPlan[], maxCells: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (const plan of plans) {
    const area = plan.area;
    if (!area) continue;
    const width = area.right - area.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(maxCells / width));
    for (let top = area.top; top <= area.bottom; top += rowsPerChunk) {
      chunks.push({ plan, area: { ...area, top, bottom: Math.min(area.bottom, top + rowsPerChunk - 1) } });
    }
  }
  return chunks;
}

function cellsOf(area: CellRange): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** Groups chunks into batches of at most `maxCells` cells (chunks are never larger than that). */
export function groupBatches(chunks: Chunk[], maxCells: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let cur: Chunk[] = [];
  let size = 0;
  for (const ch of chunks) {
    const n = cellsOf(ch.area);
    if (cur.length && size + n > maxCells) {
      batches.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(ch);
    size += n;
  }
  if (cur.length) batches.push(cur);
  return batches;
}

function splitInTwo(chunks: Chunk[]): [Chunk[], Chunk[]] | null {
  if (chunks.length > 1) {
    const mid = Math.ceil(chunks.length / 2);
    return [chunks.slice(0, mid), chunks.slice(mid)];
  }
  const { plan, area } = chunks[0];
  if (area.bottom === area.top) return null;
  const mid = area.top + Math.floor((area.bottom - area.top) / 2);
  return [[{ plan, area: { ...area, bottom: mid } }], [{ plan, area: { ...area, top: mid + 1 } }]];
}

/** Office value + formula + type + format → a core Cell, or null for an empty cell. */
export function toCell(row: number, col: number, value: unknown, formula: unknown, valueType: string, numberFormat: unknown): Cell | null {
  const isFormula =
    typeof formula === 'string' &&
    formula.length > 1 &&
    formula.startsWith('=') &&
    // Text that merely starts with "=" (a text-formatted cell) reads back the same as its value.
    !(valueType === 'String' && value === formula);
  let cellValue: Cell['value'];
  if (valueType === 'Error') cellValue = { error: String(value) };
  // A formula whose result is "" shows nothing: it reads as the file reader reads it (value "", so an empty cell).
  else if (isFormula && (value === '' || value === null || value === undefined)) cellValue = '';
  else if (valueType === 'Empty' || value === '' || value === null || value === undefined) cellValue = null;
  else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') cellValue = value;
  else cellValue = String(value);
  if (!isFormula && cellValue === null) return null;
  const cell: Cell = { row, col, value: cellValue };
  if (isFormula) cell.formula = (formula as string).slice(1);
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') cell.numFmt = numberFormat;
  return cell;
}

function emptyGrid(plan: SheetPlan): SheetGrid {
  return { name: plan.name, state: plan.state, rows: new Map(), merges: [], hiddenRows: new Set() };
}

function fillGrid(grid: SheetGrid, loaded: LoadedChunk): void {
  const { area } = loaded.chunk;
  const values = loaded.range.values;
  const formulas = loaded.range.formulas;
  const types = loaded.range.valueTypes as string[][];
  const formats = loaded.range.numberFormat;
  if (loaded.range.rowHidden === true) for (let r = area.top; r <= area.bottom; r++) grid.hiddenRows.add(r);
  for (let i = 0; i < values.length; i++) {
    const row = area.top + i;
    let cols = grid.rows.get(row);
    for (let j = 0; j < values[i].length; j++) {
      const col = area.left + j;
      const cell = toCell(row, col, values[i][j], formulas[i]?.[j], types[i]?.[j] ?? 'Empty', formats[i]?.[j]);
      if (!cell) continue;
      if (!cols) {
        cols = new Map();
        grid.rows.set(row, cols);
      }
      cols.set(col, cell);
    }
  }
}

async function loadBatch(context: Excel.RequestContext, chunks: Chunk[], merges: SheetPlan[]): Promise<{ chunks: LoadedChunk[]; merges: LoadedMerges[] }> {
  const loaded = chunks.map((chunk) => {
    const range = chunk.plan.sheet.getRange(rangeA1(chunk.area));
    range.load(RANGE_PROPS);
    return { chunk, range };
  });
  const loadedMerges = merges.map((plan) => {
    const areas = plan.sheet.getRange(rangeA1(plan.area as CellRange)).getMergedAreasOrNullObject();
    areas.load('address');
    return { plan, areas };
  });
  try {
    await context.sync();
    return { chunks: loaded, merges: loadedMerges };
  } catch (e) {
    if (isPayloadLimitError(e)) {
      const halves = splitInTwo(chunks);
      if (!halves) throw e;
      const a = await loadBatch(context, halves[0], merges);
      const b = await loadBatch(context, halves[1], []);
      return { chunks: [...a.chunks, ...b.chunks], merges: a.merges };
    }
    // Merged areas are best effort (Excel refuses more than 512 in one range): retry without.
    if (merges.length) return loadBatch(context, chunks, []);
    throw e;
  }
}

/** The row number at the end of an A1 address ("'Sheet 1'!C12" → 12). */
function rowOfAddress(address: unknown): number | null {
  const m = /(\d+)$/.exec(String(address));
  return m ? Number(m[1]) : null;
}

/**
 * Hidden rows of the chunks whose rows are partly hidden: the rows their visible view leaves out.
 * A view with no visible column cannot tell (every column of the chunk hidden): no rows are marked.
 */
async function readHiddenRows(context: Excel.RequestContext, chunks: Chunk[], grids: Map<SheetPlan, SheetGrid>): Promise<void> {
  if (!chunks.length) return;
  const views = chunks.map((chunk) => ({ chunk, view: chunk.plan.sheet.getRange(rangeA1(chunk.area)).getVisibleView().load('rowCount,columnCount,cellAddresses') }));
  try {
    await context.sync();
  } catch (e) {
    const halves = isPayloadLimitError(e) ? splitInTwo(chunks) : null;
    if (!halves) throw e;
    await readHiddenRows(context, halves[0], grids);
    await readHiddenRows(context, halves[1], grids);
    return;
  }
  for (const { chunk, view } of views) {
    if (view.columnCount === 0) continue;
    const visible = new Set<number>();
    for (const row of view.cellAddresses) {
      const r = rowOfAddress(row[0]);
      if (r !== null) visible.add(r);
    }
    const grid = grids.get(chunk.plan) as SheetGrid;
    for (let r = chunk.area.top; r <= chunk.area.bottom; r++) if (!visible.has(r)) grid.hiddenRows.add(r);
  }
}

/**
 * The Excel tables of the planned sheets (their names and header/totals flags came with the used
 * ranges): each table's range and column names, in one more sync — only when there are tables.
 */
async function readExcelTables(context: Excel.RequestContext, plans: SheetPlan[]): Promise<Map<SheetPlan, ExcelTablePart[]>> {
  const queued = plans.flatMap((plan) =>
    plan.tables.items.map((table) => ({ plan, table, range: table.getRange().load(AREA_PROPS), columns: table.columns.load('items/name') })),
  );
  const out = new Map<SheetPlan, ExcelTablePart[]>();
  if (!queued.length) return out;
  await context.sync();
  for (const { plan, table, range, columns } of queued) {
    const area = areaOf(range);
    if (!area) continue;
    const part: ExcelTablePart = {
      name: table.name,
      range: area,
      headerRowCount: table.showHeaders ? 1 : 0,
      totalsRowCount: table.showTotals ? 1 : 0,
      columns: columns.items.map((c) => c.name),
    };
    out.set(plan, [...(out.get(plan) ?? []), part]);
  }
  return out;
}

/** Defined names that stand for a range (a formula without "="), workbook scope and each sheet's. */
function definedNamesOf(bookNames: Excel.NamedItemCollection, plans: SheetPlan[]): DefinedName[] {
  const out: DefinedName[] = [];
  const add = (item: Excel.NamedItem, sheet?: string) => {
    if (item.type !== 'Range' || typeof item.formula !== 'string') return;
    out.push({ name: item.name, refersTo: item.formula.replace(/^=/, ''), ...(sheet !== undefined ? { sheet } : {}) });
  };
  for (const item of bookNames.items) add(item);
  for (const plan of plans) for (const item of plan.names.items) add(item, plan.name);
  return out;
}

export async function readWorkbook(deps: OfficeDeps, scope: CheckScope, onProgress?: (p: Progress) => void, options: ReadOptions = {}): Promise<ReadOutcome> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const maxCells = Math.max(1, Math.floor(budget / (options.bytesPerCell ?? ESTIMATED_BYTES_PER_CELL)));
  return deps.run(async (context) => {
    const wb = context.workbook;
    let plans: SheetPlan[];
    let activeSheet: string;
    let bookNames: Excel.NamedItemCollection;
    onProgress?.({ phase: 'read', done: 0, total: 1 });

    if (scope === 'workbook') {
      const sheets = wb.worksheets;
      sheets.load('items/name,items/visibility');
      const active = sheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      const items = sheets.items.filter((s) => s.name !== MARKS_SHEET && s.name !== FIXES_SHEET);
      const used = items.map((s) => s.getUsedRangeOrNullObject(true).load(AREA_PROPS));
      const tables = items.map((s) => s.tables.load(TABLE_PROPS));
      const names = items.map((s) => s.names.load(NAME_PROPS));
      bookNames = wb.names.load(NAME_PROPS);
      await context.sync();
      activeSheet = active.name;
      plans = items.map((s, i) => ({ sheet: s, name: s.name, state: sheetState(s.visibility), area: areaOf(used[i]), tables: tables[i], names: names[i] }));
    } else {
      let sheet: Excel.Worksheet;
      let selection: Excel.Range | null = null;
      if (scope === 'selection') {
        selection = wb.getSelectedRange().load(AREA_PROPS);
        sheet = selection.worksheet;
      } else {
        sheet = wb.worksheets.getActiveWorksheet();
      }
      sheet.load('name,visibility');
      const used = sheet.getUsedRangeOrNullObject(true).load(AREA_PROPS);
      const tables = sheet.tables.load(TABLE_PROPS);
      const names = sheet.names.load(NAME_PROPS);
      bookNames = wb.names.load(NAME_PROPS);
      try {
        await context.sync();
      } catch (e) {
        if (selection && /InvalidSelection|InvalidArgument/i.test(String((e as { code?: string }).code))) {
          throw new Error('Markér ét sammenhængende område og prøv igen.');
        }
        throw e;
      }
      activeSheet = sheet.name;
      const usedArea = areaOf(used);
      plans = [{ sheet, name: sheet.name, state: sheetState(sheet.visibility), area: selection ? intersect(areaOf(selection), usedArea) : usedArea, tables, names }];
    }
    refuseOversizedSheets(plans, options.maxCells ?? PANE_MAX_CELLS);
    const excelTables = await readExcelTables(context, plans);
    const grids = new Map<SheetPlan, SheetGrid>(plans.map((p) => [p, emptyGrid(p)]));
    const batches = groupBatches(planChunks(plans, maxCells), maxCells);
    // RangeAreas of merged cells need ExcelApi 1.13; without it the grid simply has no merges.
    const mergePlans = supportsExcelApi(deps.office, '1.13') ? plans.filter((p) => p.area) : [];
    const total = batches.length || 1;
    const partlyHidden: Chunk[] = [];
    for (let b = 0; b < batches.length; b++) {
      const result = await loadBatch(context, batches[b], b === 0 ? mergePlans : []);
      for (const lc of result.chunks) {
        fillGrid(grids.get(lc.chunk.plan) as SheetGrid, lc);
        if (lc.range.rowHidden === null) partlyHidden.push(lc.chunk);
      }
      for (const m of result.merges) {
        if (m.areas.isNullObject) continue;
        const grid = grids.get(m.plan) as SheetGrid;
        for (const part of splitAreasAddress(m.areas.address)) {
          try {
            grid.merges.push(parseRangeA1(part));
          } catch {
            // an address we cannot read (whole rows/columns): not a merge the core can use
          }
        }
      }
      onProgress?.({ phase: 'read', done: b + 1, total });
    }
    if (!batches.length) onProgress?.({ phase: 'read', done: 1, total: 1 });
    // Hidden rows, as the file reader reads them (SUM counts them; HIDDEN_ROW_COUNTED tells).
    const addressCells = Math.max(1, Math.floor(budget / ADDRESS_BYTES_PER_CELL));
    for (const group of groupBatches(partlyHidden, addressCells)) await readHiddenRows(context, group, grids);
    // A table's range as Excel gives it may claim the whole sheet (A1:XFD1048576): it is fitted to
    // the cells read, as the file reader fits a table part, so it costs no more than they do.
    for (const [plan, tables] of excelTables) {
      const grid = grids.get(plan) as SheetGrid;
      const extent = sheetExtent(grid.rows);
      grid.excelTables = tables.map((t) => fitTableToSheet(t, extent));
    }
    const definedNames = definedNamesOf(bookNames!, plans);
    const workbook: WorkbookGrid = {
      sheets: plans.map((p) => grids.get(p) as SheetGrid),
      ...(scope === 'workbook' ? {} : { partial: true }),
      ...(definedNames.length ? { definedNames } : {}),
    };
    return { workbook, activeSheet };
  });
}

