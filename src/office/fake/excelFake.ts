/**
 * An in-memory Excel that behaves like Office.js where it matters to Budgettjek:
 *  - proxies: reading a property that was not loaded AND synced throws PropertyNotLoaded;
 *  - batching: writes and loads are queued and applied only at `context.sync()`, in queue order;
 *  - `*OrNullObject` methods give objects whose `isNullObject` is known after a sync;
 *  - every sync is counted (`syncCount`) and logged with its estimated request and response size;
 *    a sync over the payload limit (5 MB) throws RequestPayloadSizeLimitExceeded /
 *    ResponsePayloadSizeLimitExceeded;
 *  - writing a string that starts with "=", "+", "-" or "@" into a cell not formatted as text
 *    ("@") makes a formula, numeric strings become numbers (as the Office.js docs describe for
 *    Range.values), text-formatted cells keep the string as typed;
 *  - an unfilled cell reports fill color "#FFFFFF" and pattern "None".
 * Plain TypeScript without Node APIs: jest uses it directly, the browser e2e bundles it and calls
 * `installOfficeFake(window, seed)` in place of office.js.
 */
import { a1, columnLetters, columnNumber } from '../../core/a1';
import type { CellRange } from '../../core/model';
import { renderNumber } from '../../core/numberFormat';
import { evaluateFormula, type EvalValue } from './formulaEval';

export const FAKE_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Rough fixed cost of one action in an Office.js request (object path, ids, method name). */
const ACTION_OVERHEAD_BYTES = 64;

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type FakeScalar = string | number | boolean | null;

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** A seeded cell. A plain string is literal text; a formula must be given as `formula`. */
export interface FakeSeedCell {
  value?: FakeScalar;
  /** With or without the leading "="; without `value` it is calculated by the fake. */
  formula?: string;
  /** An error value such as "#REF!" (literal, or the cached result of `formula`). */
  error?: string;
  numFmt?: string;
  /** Fill colour "#RRGGBB"; absent or null = no fill. */
  fill?: string | null;
  /** Fill pattern; defaults to "Solid" when `fill` is given, "None" otherwise. */
  pattern?: string;
  patternColor?: string;
  /** Tint of the fill colour, -1 (darker) … 1 (lighter), as a theme colour's tint in the file. */
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface FakeSeedSheet {
  name: string;
  visibility?: FakeVisibility;
  /** Cells by A1 address. */
  cells?: Record<string, FakeSeedCell | FakeScalar>;
  /** A block of cells from `origin` (default A1); null = empty cell. */
  rows?: Array<Array<FakeSeedCell | FakeScalar>>;
  origin?: string;
  /** Merged ranges, e.g. "A1:C1". */
  merges?: string[];
  /** Hidden row numbers (1-based). */
  hiddenRows?: number[];
  /** The sheet is protected (Worksheet.protection.protected): locked cells refuse writes. */
  protected?: boolean;
  /** Excel tables (Insert › Table) on the sheet. */
  tables?: FakeSeedTable[];
}

/** An Excel table: its whole range (header and totals rows included) and its columns. */
export interface FakeSeedTable {
  name: string;
  /** A1 range, e.g. "A2:H6". */
  range: string;
  /** Default true. */
  showHeaders?: boolean;
  /** Default false. */
  showTotals?: boolean;
  columns: string[];
}

/** A defined name: `formula` as Office.js gives NamedItem.formula ("=Budget!$C$3:$C$5"). */
export interface FakeSeedName {
  name: string;
  formula: string;
  /** The sheet a sheet-scoped name belongs to (Worksheet.names); absent: the workbook's (Workbook.names). */
  sheet?: string;
}

export interface FakeSeed {
  sheets: FakeSeedSheet[];
  /** Name of the active sheet; default the first visible one. */
  activeSheet?: string;
  /** The selection, on the active sheet (the sheet is activated). */
  selection?: { sheet: string; address: string };
  displayLanguage?: string;
  /** Office's theme colours (Office.context.officeTheme), as a dark or light Office shows them. */
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; isDarkTheme?: boolean };
  /** Document settings already saved in the workbook. */
  settings?: Record<string, unknown>;
  /** Highest ExcelApi requirement set the host claims (default "1.17"). */
  excelApi?: string;
  /** Payload limit per sync (default 5 MB). */
  payloadLimitBytes?: number;
  /** The workbook's structure is protected (Workbook.protection.protected): no sheet added, deleted, renamed, hidden. */
  structureProtected?: boolean;
  /** Defined names, workbook and sheet scope. */
  names?: FakeSeedName[];
}

export interface FakeFill {
  /** null = no fill. */
  color: string | null;
  pattern: string;
  patternColor: string | null;
  /** RangeFill.tintAndShade / patternTintAndShade: 0 when untinted. */
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeCell {
  value: string | number | boolean | null;
  /** Formula with the leading "=", or null. */
  formula: string | null;
  error: string | null;
  numberFormat: string;
  fill: FakeFill;
  hyperlink: FakeHyperlink | null;
  bold: boolean;
  /** The formula was written through the API: the fake recalculates it. */
  live: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: FakeVisibility;
  cells: Map<number, Map<number, FakeCell>>;
  merges: CellRange[];
  hiddenRows: Set<number>;
  protected: boolean;
  selection: CellRange;
  deleted: boolean;
  tables: FakeTableDef[];
}

export interface SyncLogEntry {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  ok: boolean;
  error?: string;
}

/** An Office.js-like error (OfficeExtension.Error shape: name, code, message). */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

function propertyNotLoaded(prop: string, type: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object (${type}) and call "context.sync()" on the associated request context.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Workbook state

function noFill(): FakeFill {
  return { color: null, pattern: 'None', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };
}

function emptyCell(): FakeCell {
  return { value: null, formula: null, error: null, numberFormat: 'General', fill: noFill(), hyperlink: null, bold: false, live: false };
}

function hasContent(c: FakeCell): boolean {
  return c.formula !== null || c.error !== null || (c.value !== null && c.value !== '');
}

function hasAnything(c: FakeCell): boolean {
  return hasContent(c) || c.numberFormat !== 'General' || c.fill.pattern !== 'None' || c.hyperlink !== null || c.bold;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
};

function normalizeColor(input: unknown): string {
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `Invalid color: ${String(input)}`);
  const s = input.trim();
  if (/^#?[0-9a-fA-F]{6}$/.test(s)) return `#${s.replace('#', '').toUpperCase()}`;
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  throw new FakeOfficeError('InvalidArgument', `Invalid color: ${s}`);
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function rangeToA1(r: CellRange): string {
  if (r.top === 1 && r.bottom === MAX_ROWS) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  if (r.left === 1 && r.right === MAX_COLS) return `${r.top}:${r.bottom}`;
  const s = a1(r.top, r.left);
  const e = a1(r.bottom, r.right);
  return s === e ? s : `${s}:${e}`;
}

/** Parses "A1", "A1:B2", "A:C", "2:5" (no sheet prefix). */
export function parseAddress(address: string): CellRange {
  const text = address.replace(/\$/g, '').trim().toUpperCase();
  const [from, to = from] = text.split(':');
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d+)$/;
  let r: CellRange;
  const cf = cell.exec(from);
  const ct = cell.exec(to);
  if (cf && ct) {
    r = {
      top: Math.min(+cf[2], +ct[2]),
      bottom: Math.max(+cf[2], +ct[2]),
      left: Math.min(columnNumber(cf[1]), columnNumber(ct[1])),
      right: Math.max(columnNumber(cf[1]), columnNumber(ct[1])),
    };
  } else if (col.test(from) && col.test(to)) {
    const a = columnNumber(from);
    const b = columnNumber(to);
    r = { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  } else if (row.test(from) && row.test(to)) {
    r = { top: Math.min(+from, +to), bottom: Math.max(+from, +to), left: 1, right: MAX_COLS };
  } else {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: address "${address}"`);
  }
  if (r.top < 1 || r.bottom > MAX_ROWS || r.left < 1 || r.right > MAX_COLS) {
    throw new FakeOfficeError('InvalidArgument', `The address is outside the grid: "${address}"`);
  }
  return r;
}

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/;

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || INVALID_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `Invalid worksheet name: "${name}"`);
  }
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function jsonSize(v: unknown): number {
  return v === undefined ? 4 : JSON.stringify(v).length;
}

export interface FakeTableDef {
  id: string;
  name: string;
  range: CellRange;
  showHeaders: boolean;
  showTotals: boolean;
  columns: string[];
}

export interface FakeNameDef {
  name: string;
  formula: string;
  /** Id of the sheet a sheet-scoped name belongs to. */
  sheetId?: string;
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  names: FakeNameDef[] = [];
  activeSheetId = '';
  structureProtected = false;
  /** Settings as saved in the document (survive reopen). */
  savedSettings: Record<string, unknown> = {};
  private nextId = 1;

  newId(): string {
    const n = this.nextId++;
    return `{${n.toString(16).padStart(8, '0').toUpperCase()}-0000-4000-8000-000000000000}`;
  }

  liveSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(key: string): FakeSheet | null {
    const k = key.toLowerCase();
    return this.liveSheets().find((s) => s.name.toLowerCase() === k || s.id.toLowerCase() === k) ?? null;
  }

  activeSheet(): FakeSheet {
    const s = this.liveSheets().find((x) => x.id === this.activeSheetId);
    if (!s) throw new FakeOfficeError('GeneralException', 'No active sheet');
    return s;
  }

  addSheet(name: string, visibility: FakeVisibility = 'Visible'): FakeSheet {
    checkSheetName(name);
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
    const sheet: FakeSheet = {
      id: this.newId(),
      name,
      visibility,
      cells: new Map(),
      merges: [],
      hiddenRows: new Set(),
      protected: false,
      selection: { top: 1, left: 1, bottom: 1, right: 1 },
      deleted: false,
      tables: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.liveSheets().filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length <= 1) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) {
      const next = this.liveSheets().find((s) => s.visibility === 'Visible');
      if (next) this.activeSheetId = next.id;
    }
  }

  cell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    return sheet.cells.get(row)?.get(col);
  }

  cellForWrite(sheet: FakeSheet, row: number, col: number): FakeCell {
    let r = sheet.cells.get(row);
    if (!r) {
      r = new Map();
      sheet.cells.set(row, r);
    }
    let c = r.get(col);
    if (!c) {
      c = emptyCell();
      r.set(col, c);
    }
    return c;
  }

  /** Bounding box of cells with content (valuesOnly) or with anything at all. */
  usedRange(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [r, cols] of sheet.cells) {
      for (const [c, cell] of cols) {
        if (valuesOnly ? !hasContent(cell) : !hasAnything(cell)) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (!valuesOnly) {
      for (const m of sheet.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  /** Recalculates formulas written through the API (seeded formulas keep their cached results). */
  recalc(sheet: FakeSheet): void {
    const live: Array<[number, number, FakeCell]> = [];
    for (const [r, cols] of sheet.cells) for (const [c, cell] of cols) if (cell.live && cell.formula) live.push([r, c, cell]);
    if (!live.length) return;
    const lookup = (row: number, col: number): EvalValue => {
      const c = this.cell(sheet, row, col);
      if (!c) return null;
      if (c.error) return { error: c.error };
      return c.value;
    };
    for (let pass = 0; pass < 4; pass++) {
      for (const [, , cell] of live) {
        const v = evaluateFormula(cell.formula as string, lookup);
        if (v !== null && typeof v === 'object') {
          cell.error = v.error;
          cell.value = null;
        } else {
          cell.error = null;
          cell.value = v;
        }
      }
    }
  }

  /** What typing `input` into the cell does, as Office.js Range.values/formulas setters do. */
  writeInput(sheet: FakeSheet, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return; // null leaves the cell unchanged
    const cell = this.cellForWrite(sheet, row, col);
    cell.formula = null;
    cell.error = null;
    cell.live = false;
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', 'Invalid number');
      cell.value = input;
      return;
    }
    if (typeof input === 'boolean') {
      cell.value = input;
      return;
    }
    if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `Unsupported value ${String(input)}`);
    if (input === '') {
      cell.value = null;
      return;
    }
    if (cell.numberFormat === '@') {
      cell.value = input; // a text-formatted cell keeps what was typed, "=" and all
      return;
    }
    if (input.startsWith("'")) {
      cell.value = input.slice(1); // the quote prefix: text
      return;
    }
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(input.trim())) {
      cell.value = Number(input.trim());
      return;
    }
    if (/^(true|false)$/i.test(input.trim())) {
      cell.value = input.trim().toLowerCase() === 'true';
      return;
    }
    if (/^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!)$/.test(input)) {
      cell.value = null;
      cell.error = input;
      return;
    }
    if (input.length > 1 && (input[0] === '=' || input[0] === '+' || input[0] === '-' || input[0] === '@')) {
      cell.formula = input[0] === '=' ? input : `=${input[0] === '@' ? input.slice(1) : input}`;
      cell.value = null;
      cell.live = true;
      return;
    }
    cell.value = input;
  }
}

/** Splits a function's argument list at top-level "," or ";" (not inside quotes or parentheses). */
function splitArguments(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (const ch of src) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && (ch === ',' || ch === ';')) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function seedCell(state: FakeWorkbookState, sheet: FakeSheet, row: number, col: number, spec: FakeSeedCell | FakeScalar): void {
  if (spec === null || spec === undefined) return;
  const cell = state.cellForWrite(sheet, row, col);
  if (typeof spec !== 'object') {
    cell.value = spec;
    return;
  }
  if (spec.numFmt) cell.numberFormat = spec.numFmt;
  const tints = { tintAndShade: spec.tintAndShade ?? 0, patternTintAndShade: spec.patternTintAndShade ?? 0 };
  if (spec.fill) cell.fill = { color: normalizeColor(spec.fill), pattern: spec.pattern ?? 'Solid', patternColor: spec.patternColor ?? null, ...tints };
  else if (spec.pattern && spec.pattern !== 'None') cell.fill = { color: null, pattern: spec.pattern, patternColor: spec.patternColor ?? null, ...tints };
  if (spec.formula !== undefined) {
    cell.formula = spec.formula.startsWith('=') ? spec.formula : `=${spec.formula}`;
    if (spec.error) cell.error = spec.error;
    else if ('value' in spec) cell.value = spec.value ?? null;
    else cell.live = true;
  } else if (spec.error) {
    cell.error = spec.error;
  } else {
    cell.value = spec.value ?? null;
  }
}

export function buildState(seed: FakeSeed): FakeWorkbookState {
  const state = new FakeWorkbookState();
  for (const s of seed.sheets) {
    const sheet = state.addSheet(s.name, s.visibility ?? 'Visible');
    for (const [addr, spec] of Object.entries(s.cells ?? {})) {
      const r = parseAddress(addr);
      seedCell(state, sheet, r.top, r.left, spec);
    }
    if (s.rows) {
      const o = parseAddress(s.origin ?? 'A1');
      s.rows.forEach((cols, i) => cols.forEach((spec, j) => seedCell(state, sheet, o.top + i, o.left + j, spec)));
    }
    sheet.merges = (s.merges ?? []).map(parseAddress);
    sheet.hiddenRows = new Set(s.hiddenRows ?? []);
    sheet.protected = s.protected ?? false;
    sheet.tables = (s.tables ?? []).map((t) => {
      const range = parseAddress(t.range);
      if (t.columns.length !== range.right - range.left + 1) throw new Error(`Table ${t.name}: ${t.columns.length} columns for ${t.range}`);
      return { id: state.newId(), name: t.name, range, showHeaders: t.showHeaders ?? true, showTotals: t.showTotals ?? false, columns: [...t.columns] };
    });
    state.recalc(sheet);
  }
  for (const n of seed.names ?? []) {
    const sheet = n.sheet === undefined ? undefined : state.findSheet(n.sheet);
    if (n.sheet !== undefined && !sheet) throw new Error(`No sheet ${n.sheet} for the name ${n.name}`);
    state.names.push({ name: n.name, formula: n.formula.startsWith('=') ? n.formula : `=${n.formula}`, ...(sheet ? { sheetId: sheet.id } : {}) });
  }
  const first = state.liveSheets().find((x) => x.visibility === 'Visible') ?? state.liveSheets()[0];
  if (!first) throw new Error('The fake workbook needs at least one sheet');
  state.activeSheetId = (seed.activeSheet ? state.findSheet(seed.activeSheet) : first)?.id ?? first.id;
  if (seed.selection) {
    const sh = state.findSheet(seed.selection.sheet);
    if (!sh) throw new Error(`No sheet ${seed.selection.sheet}`);
    sh.selection = parseAddress(seed.selection.address);
    state.activeSheetId = sh.id;
  }
  state.savedSettings = clone(seed.settings ?? {});
  state.structureProtected = seed.structureProtected ?? false;
  return state;
}

function cloneState(src: FakeWorkbookState): FakeWorkbookState {
  const dst = new FakeWorkbookState();
  Object.assign(dst, src);
  dst.sheets = src.sheets.map((s) => ({
    ...s,
    cells: new Map([...s.cells].map(([r, cols]) => [r, new Map([...cols].map(([c, cell]) => [c, clone(cell)]))])),
    merges: s.merges.map((m) => ({ ...m })),
    hiddenRows: new Set(s.hiddenRows),
    selection: { ...s.selection },
    tables: s.tables.map((t) => ({ ...t, range: { ...t.range }, columns: [...t.columns] })),
  }));
  dst.names = src.names.map((n) => ({ ...n }));
  dst.savedSettings = clone(src.savedSettings);
  return dst;
}

// ---------------------------------------------------------------------------------------------
// Proxies

interface OpResult {
  responseBytes: number;
  commit?: () => void;
}

interface Op {
  requestBytes: number;
  run(): OpResult;
}

type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

function loadPaths(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const sel = (spec.select ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const exp = (spec.expand ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return [...sel, ...exp];
}

abstract class FakeClientObject<T> {
  protected _loaded = new Map<string, unknown>();
  private _target: T | null = null;
  private _resolved = false;
  private _synced = false;

  constructor(
    readonly context: FakeRequestContext,
    private readonly _resolver: () => T | null,
    private readonly _typeName: string,
    queueResolve: boolean,
  ) {
    if (queueResolve) {
      context._queue({
        requestBytes: ACTION_OVERHEAD_BYTES,
        run: () => {
          this._resolveNow();
          return { responseBytes: 16, commit: () => (this._synced = true) };
        },
      });
    }
  }

  /** Resolves the server-side object (memoized, like an Office.js object path). */
  _resolveNow(): T | null {
    if (!this._resolved) {
      this._target = this._resolver();
      this._resolved = true;
    }
    return this._target;
  }

  _mustResolve(): T {
    const t = this._resolveNow();
    if (t === null) throw new FakeOfficeError('InvalidArgument', `The ${this._typeName} is a null object.`);
    return t;
  }

  get isNullObject(): boolean {
    if (!this._synced) throw propertyNotLoaded('isNullObject', this._typeName);
    return this._target === null;
  }

  protected _get<V>(prop: string): V {
    if (!this._loaded.has(prop)) throw propertyNotLoaded(prop, this._typeName);
    return this._loaded.get(prop) as V;
  }

  protected _queueWrite(payload: unknown, apply: (t: T) => void): void {
    this.context._queue({
      requestBytes: ACTION_OVERHEAD_BYTES + jsonSize(payload),
      run: () => {
        apply(this._mustResolve());
        return { responseBytes: 8 };
      },
    });
  }

  /** Scalar properties this type can load, and the value of one for a resolved target. */
  protected abstract _scalars(): string[];
  protected abstract _read(target: T, prop: string): unknown;
  /** Navigation properties (e.g. format, fill, worksheet) for "a/b" load paths. */
  protected _nav(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec) ?? this._scalars();
    const own: string[] = [];
    for (const p of paths) {
      const slash = p.indexOf('/');
      if (slash > 0) {
        const nav = this._nav(p.slice(0, slash));
        if (!nav) throw new FakeOfficeError('InvalidArgument', `Unknown navigation property ${p}`);
        nav.load(p.slice(slash + 1));
      } else {
        const nav = this._nav(p);
        if (nav) nav.load();
        else if (this._scalars().includes(p)) own.push(p);
        else throw new FakeOfficeError('PropertyNotLoaded', `The property '${p}' does not exist on ${this._typeName}.`);
      }
    }
    this.context._queue({
      requestBytes: ACTION_OVERHEAD_BYTES + jsonSize(own),
      run: () => {
        const target = this._resolveNow();
        const values = new Map<string, unknown>();
        let bytes = 16;
        for (const p of own) {
          const v = target === null ? null : this._read(target, p);
          values.set(p, v);
          bytes += p.length + 4 + jsonSize(v);
        }
        return {
          responseBytes: bytes,
          commit: () => {
            this._synced = true;
            for (const [k, v] of values) this._loaded.set(k, v);
          },
        };
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  r: CellRange;
}

function liveSheet(state: FakeWorkbookState, sheet: FakeSheet): FakeSheet {
  if (sheet.deleted) throw new FakeOfficeError('ItemNotFound', `The worksheet "${sheet.name}" was deleted.`);
  return state.findSheet(sheet.id) ?? sheet;
}

/*
 * Protection. Excel refuses to change a locked cell of a protected sheet, and to add, delete, rename
 * or hide sheets when the workbook's structure is protected. The error code Excel gives could not
 * be verified here; the fake uses "AccessDenied" (Office.js's documented code for an operation the
 * document does not allow). Every cell of a protected sheet counts as locked (Excel's default).
 */
function writableSheet(state: FakeWorkbookState, sheet: FakeSheet): FakeSheet {
  const live = liveSheet(state, sheet);
  if (live.protected) throw new FakeOfficeError('AccessDenied', `The worksheet "${live.name}" is protected.`);
  return live;
}

function assertStructureUnprotected(state: FakeWorkbookState): void {
  if (state.structureProtected) throw new FakeOfficeError('AccessDenied', "The workbook's structure is protected.");
}

/** Worksheet.protection (ExcelApi 1.2): only `protected` is modelled. */
export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet | null) {
    super(ctx, resolver, 'WorksheetProtection', false);
  }
  protected _scalars(): string[] {
    return ['protected'];
  }
  protected _read(t: FakeSheet): unknown {
    return t.protected;
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

/** Workbook.protection (ExcelApi 1.7): the structure protection. */
export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbookState> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.fake.state, 'WorkbookProtection', false);
  }
  protected _scalars(): string[] {
    return ['protected'];
  }
  protected _read(t: FakeWorkbookState): unknown {
    return t.structureProtected;
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx, () => range._resolveNow(), 'RangeFill', false);
  }
  protected _scalars(): string[] {
    return ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const state = this.context.fake.state;
    let first: unknown;
    let uniform = true;
    let firstSet = false;
    for (let r = t.r.top; r <= t.r.bottom; r++) {
      for (let c = t.r.left; c <= t.r.right; c++) {
        const fill = state.cell(t.sheet, r, c)?.fill ?? noFill();
        let v: unknown;
        if (prop === 'color') v = fill.pattern === 'None' ? '#FFFFFF' : (fill.color ?? '#FFFFFF');
        else if (prop === 'pattern') v = fill.pattern;
        else if (prop === 'patternColor') v = fill.patternColor ?? '#000000';
        else if (prop === 'tintAndShade') v = fill.tintAndShade;
        else v = fill.patternTintAndShade;
        if (!firstSet) {
          first = v;
          firstSet = true;
        } else if (v !== first) uniform = false;
        if (!uniform) return null;
      }
    }
    return first;
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    const color = normalizeColor(v);
    this._queueWrite(v, (t) => this.forEach(t, (cell) => {
      cell.fill.color = color;
      if (cell.fill.pattern === 'None') cell.fill.pattern = 'Solid';
    }));
  }
  get pattern(): string {
    return this._get('pattern');
  }
  set pattern(v: string) {
    this._queueWrite(v, (t) => this.forEach(t, (cell) => {
      if (v === 'None') cell.fill = noFill();
      else {
        cell.fill.pattern = v;
        if (cell.fill.color === null) cell.fill.color = '#FFFFFF';
      }
    }));
  }
  get patternColor(): string {
    return this._get('patternColor');
  }
  set patternColor(v: string) {
    const color = normalizeColor(v);
    this._queueWrite(v, (t) => this.forEach(t, (cell) => (cell.fill.patternColor = color)));
  }
  get tintAndShade(): number {
    return this._get('tintAndShade');
  }
  set tintAndShade(v: number) {
    if (typeof v !== 'number' || v < -1 || v > 1) throw new FakeOfficeError('InvalidArgument', 'tintAndShade must be between -1 and 1');
    this._queueWrite(v, (t) => this.forEach(t, (cell) => (cell.fill.tintAndShade = v)));
  }
  get patternTintAndShade(): number {
    return this._get('patternTintAndShade');
  }
  set patternTintAndShade(v: number) {
    if (typeof v !== 'number' || v < -1 || v > 1) throw new FakeOfficeError('InvalidArgument', 'patternTintAndShade must be between -1 and 1');
    this._queueWrite(v, (t) => this.forEach(t, (cell) => (cell.fill.patternTintAndShade = v)));
  }
  clear(): void {
    this._queueWrite('clear', (t) => this.forEach(t, (cell) => (cell.fill = noFill())));
  }
  private forEach(t: RangeTarget, fn: (cell: FakeCell) => void): void {
    const state = this.context.fake.state;
    const sheet = writableSheet(state, t.sheet);
    for (let r = t.r.top; r <= t.r.bottom; r++) for (let c = t.r.left; c <= t.r.right; c++) fn(state.cellForWrite(sheet, r, c));
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, range: FakeRange) {
    super(ctx, () => range._resolveNow(), 'RangeFont', false);
  }
  protected _scalars(): string[] {
    return ['bold'];
  }
  protected _read(t: RangeTarget): unknown {
    return this.context.fake.state.cell(t.sheet, t.r.top, t.r.left)?.bold ?? false;
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._queueWrite(v, (t) => {
      const state = this.context.fake.state;
      for (let r = t.r.top; r <= t.r.bottom; r++) for (let c = t.r.left; c <= t.r.right; c++) state.cellForWrite(t.sheet, r, c).bold = v;
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(ctx: FakeRequestContext, range: FakeRange) {
    super(ctx, () => range._resolveNow(), 'RangeFormat', false);
    this.fill = new FakeRangeFill(ctx, range);
    this.font = new FakeRangeFont(ctx, range);
  }
  protected _scalars(): string[] {
    return [];
  }
  protected _read(): unknown {
    return null;
  }
  protected override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill as FakeClientObject<unknown>;
    if (name === 'font') return this.font as FakeClientObject<unknown>;
    return undefined;
  }
  autofitColumns(): void {
    this._queueWrite('autofitColumns', () => undefined);
  }
  autofitRows(): void {
    this._queueWrite('autofitRows', () => undefined);
  }
}

export class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: CellRange[] }> {
  constructor(ctx: FakeRequestContext, resolver: () => { sheet: FakeSheet; areas: CellRange[] } | null) {
    super(ctx, resolver, 'RangeAreas', true);
  }
  protected _scalars(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected _read(t: { sheet: FakeSheet; areas: CellRange[] }, prop: string): unknown {
    if (prop === 'areaCount') return t.areas.length;
    if (prop === 'cellCount') return t.areas.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    return t.areas.map((r) => `${quoteSheetName(t.sheet.name)}!${rangeToA1(r)}`).join(',');
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  private _worksheet?: FakeWorksheet;

  /** `resolver` returns null only for *OrNullObject ranges. */
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, 'Range', true);
    this.format = new FakeRangeFormat(ctx, this);
  }

  get worksheet(): FakeWorksheet {
    if (!this._worksheet) {
      this._worksheet = new FakeWorksheet(this.context, () => this._mustResolve().sheet, false);
    }
    return this._worksheet;
  }

  protected _scalars(): string[] {
    return ['address', 'addressLocal', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'formulas', 'valueTypes', 'numberFormat', 'text', 'hyperlink', 'rowHidden'];
  }

  protected override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'format') return this.format as FakeClientObject<unknown>;
    if (name === 'worksheet') return this.worksheet as FakeClientObject<unknown>;
    return undefined;
  }

  private grid(t: RangeTarget, fn: (cell: FakeCell | undefined) => unknown): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = t.r.top; r <= t.r.bottom; r++) {
      const row: unknown[] = [];
      const cols = t.sheet.cells.get(r);
      for (let c = t.r.left; c <= t.r.right; c++) row.push(fn(cols?.get(c)));
      rows.push(row);
    }
    return rows;
  }

  protected _read(t: RangeTarget, prop: string): unknown {
    const rows = t.r.bottom - t.r.top + 1;
    const cols = t.r.right - t.r.left + 1;
    const big = ['values', 'formulas', 'valueTypes', 'numberFormat', 'text'].includes(prop);
    if (big && rows * cols * 3 > this.context.fake.payloadLimit) {
      // Each cell costs at least a few bytes of JSON: this can only end over the limit.
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return `${quoteSheetName(t.sheet.name)}!${rangeToA1(t.r)}`;
      case 'rowIndex':
        return t.r.top - 1;
      case 'columnIndex':
        return t.r.left - 1;
      case 'rowCount':
        return rows;
      case 'columnCount':
        return cols;
      case 'cellCount':
        return rows * cols;
      case 'values':
        return this.grid(t, (c) => (!c ? '' : c.error ? c.error : c.value === null ? (c.formula ? 0 : '') : c.value));
      case 'text':
        // What the cell shows, rendered from its number format (Danish separators, as a Danish
        // Excel shows it; Range.text depends on the user's locale, which this fake fixes to da-DK).
        return this.grid(t, (c) =>
          !c ? '' : c.error ? c.error : c.value === null ? '' : typeof c.value === 'number' ? renderNumber(c.value, c.numberFormat, 'da') : typeof c.value === 'boolean' ? (c.value ? 'SAND' : 'FALSK') : String(c.value),
        );
      case 'rowHidden': {
        let hidden = 0;
        for (let r = t.r.top; r <= t.r.bottom; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rows ? true : null;
      }
      case 'formulas':
        return this.grid(t, (c) => (!c ? '' : c.formula ? c.formula : c.error ? c.error : c.value === null ? '' : c.value));
      case 'valueTypes':
        return this.grid(t, (c) => {
          if (!c) return 'Empty';
          if (c.error) return 'Error';
          const v = c.value;
          if (v === null) return c.formula ? 'Double' : 'Empty';
          if (v === '') return c.formula ? 'String' : 'Empty';
          return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
        });
      case 'numberFormat':
        return this.grid(t, (c) => c?.numberFormat ?? 'General');
      case 'hyperlink': {
        const h = this.context.fake.state.cell(t.sheet, t.r.top, t.r.left)?.hyperlink;
        return h ? { ...h } : null;
      }
    }
    return undefined;
  }

  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get rowHidden(): boolean | null {
    return this._get('rowHidden');
  }
  /** The visible rows (and, in this fake, every column: it hides no columns) of the range. */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.context, () => {
      const t = this._mustResolve();
      const rows: number[] = [];
      for (let r = t.r.top; r <= t.r.bottom; r++) if (!t.sheet.hiddenRows.has(r)) rows.push(r);
      return { sheet: t.sheet, r: t.r, rows };
    });
  }
  get text(): string[][] {
    return this._get('text');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this.writeMatrix(v, (sheet, r, c, x) => this.context.fake.state.writeInput(sheet, r, c, x));
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeMatrix(v, (sheet, r, c, x) => this.context.fake.state.writeInput(sheet, r, c, x));
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.writeMatrix(v, (sheet, r, c, x) => {
      if (x === null || x === undefined) return;
      if (typeof x !== 'string') throw new FakeOfficeError('InvalidArgument', 'numberFormat must be text');
      this.context.fake.state.cellForWrite(sheet, r, c).numberFormat = x;
    });
  }
  get hyperlink(): FakeHyperlink {
    return this._get('hyperlink');
  }
  set hyperlink(h: FakeHyperlink) {
    const link = { ...h };
    this._queueWrite(link, (t) => {
      const state = this.context.fake.state;
      const sheet = liveSheet(state, t.sheet);
      const cell = state.cellForWrite(sheet, t.r.top, t.r.left);
      cell.hyperlink = link;
      const text = link.textToDisplay ?? (hasContent(cell) ? undefined : (link.address ?? link.documentReference));
      if (text !== undefined) state.writeInput(sheet, t.r.top, t.r.left, text);
    });
  }

  private writeMatrix(v: unknown, write: (sheet: FakeSheet, r: number, c: number, x: unknown) => void): void {
    this._queueWrite(v, (t) => {
      const state = this.context.fake.state;
      const sheet = writableSheet(state, t.sheet);
      const rows = t.r.bottom - t.r.top + 1;
      const cols = t.r.right - t.r.left + 1;
      const scalar = !Array.isArray(v);
      if (!scalar) {
        const m = v as unknown[][];
        if (m.length !== rows || m.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
          );
        }
      }
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) write(sheet, t.r.top + i, t.r.left + j, scalar ? v : (v as unknown[][])[i][j]);
      }
      this.context._touched.add(sheet);
    });
  }

  select(): void {
    this._queueWrite('select', (t) => {
      const state = this.context.fake.state;
      const sheet = liveSheet(state, t.sheet);
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot select a range on a hidden sheet.');
      state.activeSheetId = sheet.id;
      sheet.selection = { ...t.r };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._mustResolve();
      const r = t.r.top + row;
      const c = t.r.left + column;
      if (r > MAX_ROWS || c > MAX_COLS || r < 1 || c < 1) throw new FakeOfficeError('InvalidArgument', 'Cell outside the grid');
      return { sheet: t.sheet, r: { top: r, left: c, bottom: r, right: c } };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this._resolveNow();
      if (!t) return null;
      const areas = t.sheet.merges.filter((m) => m.top <= t.r.bottom && m.bottom >= t.r.top && m.left <= t.r.right && m.right >= t.r.left);
      if (areas.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas in the range.');
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
}

/** Range.getVisibleView(): the range without its hidden rows (RangeView, ExcelApi 1.3). */
export class FakeRangeView extends FakeClientObject<{ sheet: FakeSheet; r: CellRange; rows: number[] }> {
  constructor(ctx: FakeRequestContext, resolver: () => { sheet: FakeSheet; r: CellRange; rows: number[] } | null) {
    super(ctx, resolver, 'RangeView', true);
  }
  protected _scalars(): string[] {
    return ['rowCount', 'columnCount', 'cellAddresses'];
  }
  protected _read(t: { sheet: FakeSheet; r: CellRange; rows: number[] }, prop: string): unknown {
    if (prop === 'rowCount') return t.rows.length;
    if (prop === 'columnCount') return t.r.right - t.r.left + 1;
    return t.rows.map((r) => {
      const row: string[] = [];
      for (let c = t.r.left; c <= t.r.right; c++) row.push(`${quoteSheetName(t.sheet.name)}!${a1(r, c)}`);
      return row;
    });
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellAddresses(): string[][] {
    return this._get('cellAddresses');
  }
}

/*
 * Excel tables and defined names, read-only: Worksheet.tables (ExcelApi 1.1) with Table.name,
 * showHeaders and showTotals (1.3), getRange() and columns (TableColumn.name, 1.1);
 * Workbook.names (1.1) and Worksheet.names (1.4) with NamedItem.name, type (1.1) and formula (1.7).
 * As in Office.js, a collection's items and an item's properties must be loaded before they are
 * read; "items/<property>" loads the named properties of every item.
 */

/** An item of a loaded collection: bound to its target, with the properties the load asked for. */
abstract class FakeBoundItem<T> extends FakeClientObject<T> {
  constructor(ctx: FakeRequestContext, target: T, typeName: string, values: Map<string, unknown>) {
    super(ctx, () => target, typeName, false);
    this._resolveNow();
    for (const [k, v] of values) this._loaded.set(k, v);
  }
  /** @internal read for collection loads */
  _readProp(t: T, prop: string): unknown {
    return this._read(t, prop);
  }
}

class FakeItemCollection<T, I extends FakeBoundItem<T>> extends FakeClientObject<T[]> {
  constructor(
    ctx: FakeRequestContext,
    typeName: string,
    private readonly list: () => T[],
    private readonly itemScalars: string[],
    private readonly makeItem: (target: T, values: Map<string, unknown>) => I,
  ) {
    super(ctx, list, typeName, false);
  }
  protected _scalars(): string[] {
    return ['items'];
  }
  protected _read(): unknown {
    return undefined;
  }
  get items(): I[] {
    return this._get('items');
  }
  override load(spec?: LoadSpec): this {
    const props = new Set<string>();
    for (const p of loadPaths(spec) ?? ['items']) {
      if (p === 'items') this.itemScalars.forEach((x) => props.add(x));
      else if (p.startsWith('items/') && this.itemScalars.includes(p.slice(6))) props.add(p.slice(6));
      else throw new FakeOfficeError('InvalidArgument', `The property '${p}' cannot be loaded on this collection.`);
    }
    this.context._queue({
      requestBytes: ACTION_OVERHEAD_BYTES + jsonSize([...props]),
      run: () => {
        let bytes = 16;
        const items = this.list().map((t) => {
          const probe = this.makeItem(t, new Map());
          const values = new Map<string, unknown>();
          for (const p of props) {
            const v = probe._readProp(t, p);
            values.set(p, v);
            bytes += p.length + 4 + jsonSize(v);
          }
          return { t, values };
        });
        return { responseBytes: bytes, commit: () => this._loaded.set('items', items.map(({ t, values }) => this.makeItem(t, values))) };
      },
    });
    return this;
  }
}

interface TableTarget {
  sheet: FakeSheet;
  table: FakeTableDef;
}

export class FakeTableColumn extends FakeBoundItem<{ table: FakeTableDef; index: number }> {
  protected _scalars(): string[] {
    return ['name', 'index', 'id'];
  }
  protected _read(t: { table: FakeTableDef; index: number }, prop: string): unknown {
    if (prop === 'name') return t.table.columns[t.index];
    if (prop === 'index') return t.index;
    if (prop === 'id') return t.index + 1;
    return undefined;
  }
  get name(): string {
    return this._get('name');
  }
  get index(): number {
    return this._get('index');
  }
}

export class FakeTable extends FakeBoundItem<TableTarget> {
  private _columns?: FakeItemCollection<{ table: FakeTableDef; index: number }, FakeTableColumn>;
  protected _scalars(): string[] {
    return ['name', 'id', 'showHeaders', 'showTotals'];
  }
  protected _read(t: TableTarget, prop: string): unknown {
    switch (prop) {
      case 'name':
        return t.table.name;
      case 'id':
        return t.table.id;
      case 'showHeaders':
        return t.table.showHeaders;
      case 'showTotals':
        return t.table.showTotals;
    }
    return undefined;
  }
  get name(): string {
    return this._get('name');
  }
  get showHeaders(): boolean {
    return this._get('showHeaders');
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  /** The whole table: header row, data and totals row. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, table } = this._mustResolve();
      return { sheet, r: { ...table.range } };
    });
  }
  get columns(): FakeItemCollection<{ table: FakeTableDef; index: number }, FakeTableColumn> {
    if (!this._columns) {
      const ctx = this.context;
      this._columns = new FakeItemCollection(
        ctx,
        'TableColumnCollection',
        () => {
          const { table } = this._mustResolve();
          return table.columns.map((_, index) => ({ table, index }));
        },
        ['name', 'index', 'id'],
        (t, values) => new FakeTableColumn(ctx, t, 'TableColumn', values),
      );
    }
    return this._columns;
  }
}

export class FakeNamedItem extends FakeBoundItem<FakeNameDef> {
  protected _scalars(): string[] {
    return ['name', 'type', 'formula', 'visible', 'comment'];
  }
  protected _read(n: FakeNameDef, prop: string): unknown {
    switch (prop) {
      case 'name':
        return n.name;
      case 'type': {
        // Excel.NamedItemType: a constant gives its own type; a reference (or a formula giving one) is a range.
        const f = n.formula.slice(1).trim();
        if (/^-?\d+(\.\d+)?$/.test(f)) return Number.isInteger(Number(f)) ? 'Integer' : 'Double';
        if (/^"/.test(f)) return 'String';
        if (/^(TRUE|FALSE)$/i.test(f)) return 'Boolean';
        if (/^#/.test(f)) return 'Error';
        if (/^\{/.test(f)) return 'Array';
        return 'Range';
      }
      case 'formula':
        return n.formula;
      case 'visible':
        return true;
      case 'comment':
        return '';
    }
    return undefined;
  }
  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get formula(): string {
    return this._get('formula');
  }
}

function namedItems(ctx: FakeRequestContext, list: () => FakeNameDef[]): FakeItemCollection<FakeNameDef, FakeNamedItem> {
  return new FakeItemCollection(ctx, 'NamedItemCollection', list, ['name', 'type', 'formula', 'visible', 'comment'], (n, values) => new FakeNamedItem(ctx, n, 'NamedItem', values));
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet | null, queueResolve: boolean) {
    super(ctx, resolver, 'Worksheet', queueResolve);
  }
  /** A proxy bound to a sheet already known (from a collection load): resolved and synced. */
  static bound(ctx: FakeRequestContext, sheet: FakeSheet, values: Map<string, unknown>): FakeWorksheet {
    const ws = new FakeWorksheet(ctx, () => sheet, false);
    ws._resolveNow();
    for (const [k, v] of values) ws._loaded.set(k, v);
    return ws;
  }
  protected _scalars(): string[] {
    return ['name', 'id', 'visibility', 'position', 'tabColor'];
  }
  private _protection?: FakeWorksheetProtection;
  get protection(): FakeWorksheetProtection {
    if (!this._protection) this._protection = new FakeWorksheetProtection(this.context, () => this._resolveNow());
    return this._protection;
  }
  protected override _nav(name: string): FakeClientObject<unknown> | undefined {
    return name === 'protection' ? (this.protection as FakeClientObject<unknown>) : undefined;
  }
  protected _read(s: FakeSheet, prop: string): unknown {
    const state = this.context.fake.state;
    if (s.deleted) throw new FakeOfficeError('ItemNotFound', `The worksheet "${s.name}" was deleted.`);
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return state.liveSheets().indexOf(s);
      case 'tabColor':
        return '';
    }
    return undefined;
  }
  /** @internal read for collection loads */
  _readProp(s: FakeSheet, prop: string): unknown {
    return this._read(s, prop);
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._queueWrite(v, (s) => {
      assertStructureUnprotected(this.context.fake.state);
      checkSheetName(v);
      const other = this.context.fake.state.findSheet(v);
      if (other && other !== s) throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named "${v}" already exists.`);
      s.name = v;
    });
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  get visibility(): FakeVisibility {
    return this._get('visibility');
  }
  set visibility(v: FakeVisibility) {
    this._queueWrite(v, (s) => {
      const state = this.context.fake.state;
      assertStructureUnprotected(state);
      if (v !== 'Visible' && s.visibility === 'Visible' && state.liveSheets().filter((x) => x.visibility === 'Visible').length <= 1) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
      if (v !== 'Visible' && state.activeSheetId === s.id) {
        const next = state.liveSheets().find((x) => x.visibility === 'Visible');
        if (next) state.activeSheetId = next.id;
      }
    });
  }
  activate(): void {
    this._queueWrite('activate', (s) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden worksheet.');
      this.context.fake.state.activeSheetId = s.id;
    });
  }
  delete(): void {
    this._queueWrite('delete', (s) => {
      assertStructureUnprotected(this.context.fake.state);
      this.context.fake.state.deleteSheet(s);
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this._mustResolve();
      if (s.deleted) throw new FakeOfficeError('ItemNotFound', 'The worksheet was deleted.');
      return { sheet: s, r: address ? parseAddress(address) : { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this._mustResolve();
      const r = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
      if (rowCount < 1 || columnCount < 1 || r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS) {
        throw new FakeOfficeError('InvalidArgument', 'Range outside the grid');
      }
      return { sheet: s, r };
    });
  }
  private _tables?: FakeItemCollection<TableTarget, FakeTable>;
  private _names?: FakeItemCollection<FakeNameDef, FakeNamedItem>;
  /** Worksheet.tables (ExcelApi 1.1). */
  get tables(): FakeItemCollection<TableTarget, FakeTable> {
    if (!this._tables) {
      const ctx = this.context;
      this._tables = new FakeItemCollection(
        ctx,
        'TableCollection',
        () => {
          const sheet = liveSheet(ctx.fake.state, this._mustResolve());
          return sheet.tables.map((table) => ({ sheet, table }));
        },
        ['name', 'id', 'showHeaders', 'showTotals'],
        (t, values) => new FakeTable(ctx, t, 'Table', values),
      );
    }
    return this._tables;
  }
  /** Worksheet.names (ExcelApi 1.4): the names scoped to this sheet. */
  get names(): FakeItemCollection<FakeNameDef, FakeNamedItem> {
    if (!this._names) this._names = namedItems(this.context, () => this.context.fake.state.names.filter((n) => n.sheetId === this._mustResolve().id));
    return this._names;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this._resolveNow();
      if (!s) return null;
      const r = this.context.fake.state.usedRange(s, !!valuesOnly);
      return r ? { sheet: s, r } : null;
    });
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this._mustResolve();
      return { sheet: s, r: this.context.fake.state.usedRange(s, !!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookState> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.fake.state, 'WorksheetCollection', false);
  }
  protected _scalars(): string[] {
    return ['items'];
  }
  protected _read(): unknown {
    return undefined;
  }
  get items(): FakeWorksheet[] {
    return this._get('items');
  }
  override load(spec?: LoadSpec): this {
    const paths = loadPaths(spec) ?? ['items'];
    const props = new Set<string>();
    for (const p of paths) {
      if (p === 'items') ['name', 'id', 'visibility', 'position'].forEach((x) => props.add(x));
      else props.add(p.startsWith('items/') ? p.slice(6) : p);
    }
    const probe = new FakeWorksheet(this.context, () => null, false);
    this.context._queue({
      requestBytes: ACTION_OVERHEAD_BYTES + jsonSize([...props]),
      run: () => {
        const sheets = this.context.fake.state.liveSheets();
        let bytes = 16;
        const items = sheets.map((s) => {
          const values = new Map<string, unknown>();
          for (const p of props) {
            const v = probe._readProp(s, p);
            values.set(p, v);
            bytes += p.length + 4 + jsonSize(v);
          }
          return { s, values };
        });
        return {
          responseBytes: bytes,
          commit: () => this._loaded.set('items', items.map(({ s, values }) => FakeWorksheet.bound(this.context, s, values))),
        };
      },
    });
    return this;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.fake.state.activeSheet(), true);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.fake.state.findSheet(key);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${key}".`);
      return s;
    }, true);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.fake.state.findSheet(key), true);
  }
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const state = this.context.fake.state;
      let n = name;
      if (!n) {
        let i = state.liveSheets().length + 1;
        while (state.findSheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      assertStructureUnprotected(state);
      return state.addSheet(n);
    }, true);
  }
}

/**
 * Workbook.application: `calculate(type)`. A full calculation re-runs the custom functions
 * registered with CustomFunctions.associate (Excel recalculates every formula; the fake's own
 * evaluator handles the rest). Custom functions are asynchronous: `FakeExcel.calculationsDone()`
 * waits for their results, as Excel shows them when they arrive.
 */
export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}
  calculate(type: string): void {
    this.context._queue({
      requestBytes: ACTION_OVERHEAD_BYTES,
      run: () => {
        const fake = this.context.fake;
        if (!/^(full|fullrebuild)$/i.test(type)) return { responseBytes: 8 };
        for (const sheet of fake.state.liveSheets()) fake._recalculateCustomFunctions(sheet);
        return { responseBytes: 8 };
      },
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly application: FakeApplication;
  /** Workbook.names (ExcelApi 1.1): the workbook-scoped names. */
  readonly names: FakeItemCollection<FakeNameDef, FakeNamedItem>;
  constructor(private readonly context: FakeRequestContext) {
    this.names = namedItems(context, () => context.fake.state.names.filter((n) => n.sheetId === undefined));
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeWorkbookProtection(context);
    this.application = new FakeApplication(context);
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.context.fake.state.activeSheet();
      return { sheet, r: { ...sheet.selection } };
    });
  }
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.context.fake.state.activeSheet();
      return { sheet, r: { top: sheet.selection.top, left: sheet.selection.left, bottom: sheet.selection.top, right: sheet.selection.left } };
    });
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private pending: Op[] = [];
  /** Sheets whose cells were written in the current sync (recalculated at its end). */
  _touched = new Set<FakeSheet>();
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  _queue(op: Op): void {
    this.pending.push(op);
  }

  async sync<T>(passThrough?: T): Promise<T> {
    const ops = this.pending;
    this.pending = [];
    await Promise.resolve();
    this.fake._runSync(this, ops);
    return passThrough as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Office, CustomFunctions and the fake itself

type AsyncCallback = (result: { status: 'succeeded' | 'failed'; value?: unknown; error?: { message: string } }) => void;

export class FakeSettings {
  private values: Record<string, unknown>;
  constructor(private readonly state: () => FakeWorkbookState) {
    this.values = clone(state().savedSettings);
  }
  get(name: string): unknown {
    return name in this.values ? clone(this.values[name]) : null;
  }
  set(name: string, value: unknown): void {
    this.values[name] = clone(value);
  }
  remove(name: string): void {
    delete this.values[name];
  }
  saveAsync(a?: unknown, b?: unknown): void {
    const cb = (typeof a === 'function' ? a : b) as AsyncCallback | undefined;
    this.state().savedSettings = clone(this.values);
    setTimeout(() => cb?.({ status: 'succeeded', value: undefined }), 0);
  }
  refreshAsync(cb?: AsyncCallback): void {
    this.values = clone(this.state().savedSettings);
    setTimeout(() => cb?.({ status: 'succeeded', value: this }), 0);
  }
}

export class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'CustomFunctions.Error';
  }
}

const CUSTOM_FUNCTION_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export class FakeExcel {
  state: FakeWorkbookState;
  syncCount = 0;
  syncLog: SyncLogEntry[] = [];
  readonly payloadLimit: number;
  readonly displayLanguage: string;
  readonly excelApi: string;
  readonly officeTheme: FakeSeed['officeTheme'];
  /** Ribbon actions registered with Office.actions.associate. */
  readonly actions = new Map<string, (event: unknown) => unknown>();
  /** Custom functions registered with CustomFunctions.associate. */
  readonly functions = new Map<string, (...args: unknown[]) => unknown>();
  readonly office: ReturnType<FakeExcel['makeOffice']>;
  readonly customFunctions: ReturnType<FakeExcel['makeCustomFunctions']>;

  constructor(seed: FakeSeed | FakeWorkbookState, opts: { displayLanguage?: string; excelApi?: string; payloadLimitBytes?: number } = {}) {
    const s = seed instanceof FakeWorkbookState ? undefined : seed;
    this.state = seed instanceof FakeWorkbookState ? seed : buildState(seed);
    this.payloadLimit = opts.payloadLimitBytes ?? s?.payloadLimitBytes ?? FAKE_PAYLOAD_LIMIT_BYTES;
    this.displayLanguage = opts.displayLanguage ?? s?.displayLanguage ?? 'da-DK';
    this.excelApi = opts.excelApi ?? s?.excelApi ?? '1.17';
    this.officeTheme = s?.officeTheme;
    this.office = this.makeOffice();
    this.customFunctions = this.makeCustomFunctions();
    const run = this.run;
    this.run = ((...a: unknown[]) => (run as (...x: unknown[]) => Promise<unknown>).apply(this, a)) as FakeExcel['run'];
  }

  /** Excel.run: runs the batch with a fresh context and flushes what is still queued. */
  run<T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(object: unknown, batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T>;
  async run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (ctx: FakeRequestContext) => Promise<T>;
    if (typeof batch !== 'function') throw new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function');
    const ctx = new FakeRequestContext(this);
    const result = await batch(ctx);
    if ((ctx as unknown as { pending: Op[] }).pending.length) await ctx.sync();
    return result;
  }

  /** @internal */
  _runSync(ctx: FakeRequestContext, ops: Op[]): void {
    this.syncCount++;
    const requestBytes = 32 + ops.reduce((n, op) => n + op.requestBytes, 0);
    const entry: SyncLogEntry = { requestBytes, responseBytes: 0, actions: ops.length, ok: false };
    this.syncLog.push(entry);
    if (requestBytes > this.payloadLimit) {
      entry.error = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const commits: Array<() => void> = [];
    let responseBytes = 32;
    try {
      for (const op of ops) {
        const res = op.run();
        responseBytes += res.responseBytes;
        if (res.commit) commits.push(res.commit);
      }
    } catch (e) {
      entry.error = (e as { code?: string }).code ?? String(e);
      for (const sheet of ctx._touched) this.state.recalc(sheet);
      ctx._touched.clear();
      throw e;
    }
    for (const sheet of ctx._touched) this.state.recalc(sheet);
    ctx._touched.clear();
    entry.responseBytes = responseBytes;
    if (responseBytes > this.payloadLimit) {
      entry.error = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const c of commits) c();
    entry.ok = true;
  }

  /** The same workbook as if saved, closed and opened again: document state only, fresh session. */
  reopen(): FakeExcel {
    return new FakeExcel(cloneState(this.state), { displayLanguage: this.displayLanguage, excelApi: this.excelApi, payloadLimitBytes: this.payloadLimit });
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.syncLog = [];
  }

  // --- inspection helpers for tests and the e2e ---------------------------------------------

  sheetNames(): string[] {
    return this.state.liveSheets().map((s) => s.name);
  }

  sheet(name: string): FakeSheet {
    const s = this.state.findSheet(name);
    if (!s) throw new Error(`No sheet "${name}"`);
    return s;
  }

  /** The cell's state (a copy), or an empty cell. */
  cell(sheet: string, address: string): FakeCell {
    const r = parseAddress(address);
    return clone(this.state.cell(this.sheet(sheet), r.top, r.left) ?? emptyCell());
  }

  activeSheetName(): string {
    return this.state.activeSheet().name;
  }

  selectionAddress(): string {
    return rangeToA1(this.state.activeSheet().selection);
  }

  /** Every cell of every sheet as "Sheet!A1" → {value, formula, error, numberFormat}. */
  contentSnapshot(): Record<string, { value: FakeCell['value']; formula: string | null; error: string | null; numberFormat: string }> {
    const out: Record<string, { value: FakeCell['value']; formula: string | null; error: string | null; numberFormat: string }> = {};
    for (const s of this.state.liveSheets()) {
      for (const [r, cols] of s.cells) {
        for (const [c, cell] of cols) {
          if (!hasContent(cell) && cell.numberFormat === 'General') continue;
          out[`${s.name}!${a1(r, c)}`] = { value: cell.value, formula: cell.formula, error: cell.error, numberFormat: cell.numberFormat };
        }
      }
    }
    return out;
  }

  /** Every filled cell as "Sheet!A1" → fill. */
  fillSnapshot(): Record<string, FakeFill> {
    const out: Record<string, FakeFill> = {};
    for (const s of this.state.liveSheets()) {
      for (const [r, cols] of s.cells) for (const [c, cell] of cols) if (cell.fill.pattern !== 'None') out[`${s.name}!${a1(r, c)}`] = clone(cell.fill);
    }
    return out;
  }

  private calculations: Promise<void>[] = [];

  /** Re-runs every `=NAMESPACE.ID(…)` cell of a registered custom function on the sheet. */
  _recalculateCustomFunctions(sheet: FakeSheet): void {
    for (const [r, cols] of sheet.cells) {
      for (const [c, cell] of cols) {
        const m = cell.formula ? /^=\s*[A-Z0-9_]+\.([A-Z0-9_]+)\((.*)\)\s*$/i.exec(cell.formula) : null;
        const fn = m ? this.functions.get(m[1].toUpperCase()) : undefined;
        if (!m || !fn) continue;
        const args = splitArguments(m[2]).map((a) => this.argumentValue(sheet, a));
        const formula = cell.formula;
        this.calculations.push(
          Promise.resolve()
            .then(() => fn(...args))
            .then(
              (v) => ({ value: v as FakeScalar, error: null as string | null }),
              (e: unknown) => ({ value: null, error: e instanceof FakeCustomFunctionError ? e.code : '#VALUE!' }),
            )
            .then((res) => {
              const now = this.state.cell(sheet, r, c);
              if (!now || now.formula !== formula) return; // changed meanwhile
              now.value = res.value;
              now.error = res.error;
            }),
        );
      }
    }
  }

  private argumentValue(sheet: FakeSheet, arg: string): unknown {
    const a = arg.trim();
    if (a === '') return undefined;
    if (/^".*"$/.test(a)) return a.slice(1, -1).replace(/""/g, '"');
    if (/^[+-]?\d+(\.\d+)?$/.test(a)) return Number(a);
    const ref = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a);
    if (ref) return this.state.cell(sheet, Number(ref[2]), columnNumber(ref[1]))?.value ?? null;
    return a;
  }

  /** Waits until the custom functions started by calculations have returned. */
  async calculationsDone(): Promise<void> {
    while (this.calculations.length) {
      const batch = this.calculations;
      this.calculations = [];
      await Promise.all(batch);
    }
  }

  /** Runs a ribbon command registered with Office.actions.associate; resolves when it calls event.completed(). */
  invokeAction(id: string): Promise<void> {
    const fn = this.actions.get(id);
    if (!fn) return Promise.reject(new Error(`No action "${id}"`));
    return new Promise((resolve, reject) => {
      try {
        const ret = fn({ completed: () => resolve(), source: { id } });
        if (ret && typeof (ret as Promise<unknown>).catch === 'function') (ret as Promise<unknown>).catch(reject);
      } catch (e) {
        reject(e);
      }
    });
  }

  private makeOffice() {
    const settings = new FakeSettings(() => this.state);
    const excelApi = this.excelApi;
    const actions = this.actions;
    return {
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        return Promise.resolve().then(() => {
          cb?.(info);
          return info;
        });
      },
      context: {
        displayLanguage: this.displayLanguage,
        contentLanguage: this.displayLanguage,
        ...(this.officeTheme ? { officeTheme: { ...this.officeTheme } } : {}),
        document: { settings },
        requirements: {
          isSetSupported(name: string, version?: string): boolean {
            if (name === 'ExcelApi') return versionAtLeast(excelApi, version ?? '1.1');
            if (name === 'CustomFunctionsRuntime') return true;
            return false;
          },
        },
      },
      actions: {
        associate(id: string, fn: (event: unknown) => unknown): void {
          actions.set(id, fn);
        },
      },
    };
  }

  private makeCustomFunctions() {
    const functions = this.functions;
    return {
      Error: FakeCustomFunctionError,
      ErrorCode: CUSTOM_FUNCTION_ERROR_CODES,
      associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown): void {
        if (typeof idOrMap === 'string') {
          if (fn) functions.set(idOrMap.toUpperCase(), fn);
        } else for (const [k, f] of Object.entries(idOrMap)) functions.set(k.toUpperCase(), f);
      },
    };
  }

  /** The `Excel` namespace subset: run plus the enums our code or the UI might touch. */
  excelNamespace() {
    return {
      run: this.run,
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
      FillPattern: { none: 'None', solid: 'Solid' },
      RangeValueType: { empty: 'Empty', string: 'String', double: 'Double', boolean: 'Boolean', error: 'Error', integer: 'Integer' },
      ErrorCodes: {
        itemNotFound: 'ItemNotFound',
        itemAlreadyExists: 'ItemAlreadyExists',
        invalidArgument: 'InvalidArgument',
        responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
      },
    };
  }
}

/**
 * Puts the fake in place of office.js: `Office`, `Excel`, `CustomFunctions` and `OfficeExtension`
 * on the given global object (window in the browser, globalThis in tests). Returns the fake so the
 * caller can inspect the workbook, counters, registered ribbon actions and custom functions.
 */
export function installOfficeFake(globalObj: Record<string, unknown>, seed: FakeSeed): FakeExcel {
  const fake = new FakeExcel(seed);
  globalObj.Office = fake.office;
  globalObj.Excel = fake.excelNamespace();
  globalObj.CustomFunctions = fake.customFunctions;
  globalObj.OfficeExtension = { Error: FakeOfficeError };
  globalObj.__budgettjekFake = fake;
  return fake;
}

/** Convenience for tests: a fake plus the `run`/`office` pair `createOfficeGateway` accepts. */
export function createFakeExcel(seed: FakeSeed): FakeExcel {
  return new FakeExcel(seed);
}
