/**
 * What a total formula counts, read as Excel reads it. Not an evaluator: it parses the formula and
 * tells which cells its result adds up — on which sheets, and whether text, hidden rows and nested
 * subtotals among them are left out. Understood:
 *  - SUM (SUMMER), SUBTOTAL(9|109, …), AGGREGATE(9, option, …) and "+" of references;
 *  - A1 references, whole columns and rows, other sheets (`BC01!C5:C8`) and 3-D references
 *    (`BC02:BC07!C9`: every sheet from the first to the last, in workbook order);
 *  - structured references to Excel tables (`Tabel1[2026]`, `[2026]` inside the table,
 *    `Tabel1[[#Totals],[2026]]`, `[#Data]`, `[@2026]` for the formula's own row);
 *  - defined names, sheet scope before workbook scope, resolved to the range they name;
 *  - array and dynamic-array forms: a range named inside IF, IFERROR or FILTER is counted where its
 *    values reach the sum (`SUM(IF(ISNUMBER(r),r))` counts r once).
 * Anything else (other functions around a reference, arithmetic on ranges, external workbooks,
 * OFFSET/INDIRECT) is "not analysed": the reader returns null and the caller draws no finding.
 */
import { columnNumber } from './a1';
import type { CellRange, DefinedName, ExcelTablePart } from './model';

/** A range a total adds up, and what Excel leaves out of it. */
export interface CountedRange {
  sheet: string;
  range: CellRange;
  /** Text in the range is not added (SUM, SUBTOTAL, AGGREGATE); a "+" of a text cell is not this. */
  skipsText: boolean;
  /** Hidden rows are not added (SUBTOTAL 109, AGGREGATE options 1, 3, 5, 7). */
  skipsHidden: boolean;
  /** Cells holding SUBTOTAL or AGGREGATE are not added (SUBTOTAL, AGGREGATE options 0–3). */
  skipsSubtotals: boolean;
}

/** What a total formula adds up; a range listed twice is counted twice. */
export interface TotalReading {
  counted: CountedRange[];
}

/** The workbook around a formula: what its names, tables and 3-D references stand for. */
export interface FormulaWorkbook {
  /** Sheet names in workbook order. */
  sheetNames?: readonly string[];
  definedNames?: readonly DefinedName[];
  /** Every Excel table of the workbook, with the sheet it is on. */
  excelTables?: ReadonlyArray<{ sheet: string; table: ExcelTablePart }>;
}

/** Where a formula stands: its sheet, and its cell (for `[@col]` and unqualified table references). */
export interface FormulaPlace {
  sheet: string;
  row: number;
  col: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// ---------------------------------------------------------------------------------------------
// Parsing

type RefTarget =
  | { kind: 'cells'; sheets: [string, string] | null; external: boolean; range: CellRange }
  | { kind: 'name'; sheet: string | null; external: boolean; name: string }
  | { kind: 'struct'; table: string | null; spec: string };

type Node =
  | { t: 'ref'; target: RefTarget }
  | { t: 'num'; value: number }
  | { t: 'lit' } // a string, boolean, error value or array constant
  | { t: 'empty' } // an omitted argument
  | { t: 'fn'; name: string; args: Node[] }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'un'; op: string; e: Node };

class Unreadable extends Error {}

const fail = (): never => {
  throw new Unreadable();
};

const NAME_CHAR = /[\w.\\\u00c0-\uffff]/;
const SHEET_UNQUOTED = /^(?:\[(\d+)\])?([\w.\u00c0-\uffff]+)(?::([\w.\u00c0-\uffff]+))?!/;
const EXTERNAL_SHEET = /^\[\d+\][\w.\u00c0-\uffff]+(?::[\w.\u00c0-\uffff]+)?!/;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![\w(!.])/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})(?![\w(!.])/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)/i;

function cellOf(m: RegExpExecArray): { row: number; col: number } {
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) fail();
  return { row, col };
}

/** The text inside a `[` … `]` starting at `s[i] === '['`, with Excel's `'` escapes kept; end is after `]`. */
function bracketed(s: string, i: number): { inner: string; end: number } {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const ch = s[j];
    if (ch === "'") {
      j++; // escapes the next character
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return { inner: s.slice(i + 1, j), end: j + 1 };
  }
  return fail();
}

class Parser {
  private i = 0;

  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.comparison();
    this.space();
    if (this.i < this.s.length) fail();
    return node;
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private peek(): string {
    this.space();
    return this.s[this.i] ?? '';
  }

  private comparison(): Node {
    let l = this.concat();
    for (;;) {
      this.space();
      const m = /^(<>|<=|>=|=|<|>)/.exec(this.s.slice(this.i, this.i + 2));
      if (!m) return l;
      this.i += m[1].length;
      l = { t: 'bin', op: m[1], l, r: this.concat() };
    }
  }

  private concat(): Node {
    let l = this.additive();
    while (this.peek() === '&') {
      this.i++;
      l = { t: 'bin', op: '&', l, r: this.additive() };
    }
    return l;
  }

  private additive(): Node {
    let l = this.multiplicative();
    for (let c = this.peek(); c === '+' || c === '-'; c = this.peek()) {
      this.i++;
      l = { t: 'bin', op: c, l, r: this.multiplicative() };
    }
    return l;
  }

  private multiplicative(): Node {
    let l = this.power();
    for (let c = this.peek(); c === '*' || c === '/'; c = this.peek()) {
      this.i++;
      l = { t: 'bin', op: c, l, r: this.power() };
    }
    return l;
  }

  private power(): Node {
    let l = this.unary();
    while (this.peek() === '^') {
      this.i++;
      l = { t: 'bin', op: '^', l, r: this.unary() };
    }
    return l;
  }

  private unary(): Node {
    const c = this.peek();
    if (c === '+' || c === '-' || c === '@') {
      this.i++;
      return { t: 'un', op: c, e: this.unary() };
    }
    let e = this.primary();
    for (;;) {
      const p = this.peek();
      if (p === '%') {
        this.i++;
        e = { t: 'un', op: '%', e };
      } else if (p === '#' && e.t === 'ref') {
        this.i++; // a spill reference (A1#): what spills from it is not known here
        e = { t: 'un', op: '#', e };
      } else if (p === ':') {
        fail(); // a range built from expressions (A1:INDEX(…)) is not analysed
      } else return e;
    }
  }

  private args(): Node[] {
    const args: Node[] = [];
    // Called with this.s[this.i] === '('.
    this.i++;
    if (this.peek() === ')') {
      this.i++;
      return args;
    }
    for (;;) {
      const c = this.peek();
      if (c === ',' || c === ';' || c === ')') args.push({ t: 'empty' });
      else args.push(this.comparison());
      const sep = this.peek();
      this.i++;
      if (sep === ')') return args;
      if (sep !== ',' && sep !== ';') fail();
    }
  }

  private primary(): Node {
    const s = this.s;
    const c = this.peek();
    const rest = s.slice(this.i);
    if (c === '') return fail();
    if (c === '(') {
      this.i++;
      const inner = this.comparison();
      if (this.peek() !== ')') fail();
      this.i++;
      return inner;
    }
    if (c === '"') {
      const m = /^"(?:[^"]|"")*"/.exec(rest) ?? fail();
      this.i += m[0].length;
      return { t: 'lit' };
    }
    if (c === '{') {
      const end = s.indexOf('}', this.i);
      if (end < 0) fail();
      this.i = end + 1;
      return { t: 'lit' };
    }
    if (c === '#') {
      const m = ERROR_LITERAL.exec(rest) ?? fail();
      this.i += m[0].length;
      return { t: 'lit' };
    }
    if (c === '[') {
      // [1]Sheet!A1 is another workbook; [col] an unqualified table reference.
      if (EXTERNAL_SHEET.test(rest)) return this.reference();
      const { inner, end } = bracketed(s, this.i);
      this.i = end;
      return { t: 'ref', target: { kind: 'struct', table: null, spec: inner } };
    }
    const num = NUMBER.exec(rest);
    if (num && !ROWS.test(rest)) {
      this.i += num[0].length;
      return { t: 'num', value: Number(num[0]) };
    }
    return this.reference();
  }

  /** A reference, a name, a function call or TRUE/FALSE, with any sheet prefix. */
  private reference(): Node {
    const s = this.s;
    let rest = s.slice(this.i);
    let sheets: [string, string] | null = null;
    let external = false;
    if (rest.startsWith("'")) {
      const m = /^'((?:[^']|'')+)'!/.exec(rest) ?? fail();
      let inner = m[1].replace(/''/g, "'");
      const ext = /^\[[^\]]*\]/.exec(inner);
      if (ext) {
        external = true;
        inner = inner.slice(ext[0].length);
      }
      const colon = inner.indexOf(':');
      sheets = colon < 0 ? [inner, inner] : [inner.slice(0, colon), inner.slice(colon + 1)];
      this.i += m[0].length;
    } else {
      const m = SHEET_UNQUOTED.exec(rest);
      if (m) {
        external = m[1] !== undefined;
        sheets = [m[2], m[3] ?? m[2]];
        this.i += m[0].length;
      }
    }
    rest = s.slice(this.i);
    const cols = COLS.exec(rest);
    if (cols) {
      this.i += cols[0].length;
      const a = columnNumber(cols[1]);
      const b = columnNumber(cols[2]);
      return { t: 'ref', target: { kind: 'cells', sheets, external, range: { top: 1, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) } } };
    }
    const rows = ROWS.exec(rest);
    if (rows) {
      this.i += rows[0].length;
      const a = Number(rows[1]);
      const b = Number(rows[2]);
      if (a < 1 || b < 1 || a > MAX_ROW || b > MAX_ROW) fail();
      return { t: 'ref', target: { kind: 'cells', sheets, external, range: { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COL } } };
    }
    const first = CELL.exec(rest);
    if (first && !NAME_CHAR.test(rest[first[0].length] ?? '') && rest[first[0].length] !== '(' && rest[first[0].length] !== '[') {
      const a = cellOf(first);
      let b = a;
      let len = first[0].length;
      if (rest[len] === ':') {
        const second = CELL.exec(rest.slice(len + 1));
        if (second && !NAME_CHAR.test(rest[len + 1 + second[0].length] ?? '') && rest[len + 1 + second[0].length] !== '(') {
          b = cellOf(second);
          len += 1 + second[0].length;
        }
      }
      this.i += len;
      const range = { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
      return { t: 'ref', target: { kind: 'cells', sheets, external, range } };
    }
    const id = /^[A-Za-z_\\\u00c0-\uffff][\w.\\\u00c0-\uffff]*/.exec(rest) ?? fail();
    this.i += id[0].length;
    const name = id[0];
    const next = s[this.i];
    if (next === '(' && sheets === null) {
      return { t: 'fn', name: name.toUpperCase().replace(/^(?:_XLFN\.|_XLWS\.)+/, ''), args: this.args() };
    }
    if (next === '[') {
      if (sheets !== null) fail(); // Book.xlsx!Table[col]: another workbook
      const { inner, end } = bracketed(s, this.i);
      this.i = end;
      return { t: 'ref', target: { kind: 'struct', table: name, spec: inner } };
    }
    if (sheets === null && /^(TRUE|FALSE|SAND|FALSK)$/i.test(name)) return { t: 'lit' };
    if (sheets !== null && sheets[0] !== sheets[1]) fail();
    return { t: 'ref', target: { kind: 'name', sheet: sheets ? sheets[0] : null, external, name } };
  }
}

/** Parsed formulas, by text: a workbook repeats the same few formulas in many cells. */
const parsed = new Map<string, Node | null>();
const PARSED_MAX = 5_000;

function parseFormula(formula: string): Node | null {
  let node = parsed.get(formula);
  if (node !== undefined) return node;
  // An array formula as Office.js may show it: {=SUM(…)}.
  const text = formula.trim().replace(/^\{=?(.*)\}$/s, '$1').replace(/^=/, '');
  try {
    node = new Parser(text).parse();
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    node = null;
  }
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(formula, node);
  return node;
}

// ---------------------------------------------------------------------------------------------
// Resolving references

interface Where {
  place: FormulaPlace;
  workbook: FormulaWorkbook;
  /** Defined names being resolved (a name that refers to itself is not analysed). */
  names: string[];
}

/** Sheet, table, column and defined names compare as Excel compares them: case aside. */
const sameName = (a: string, b: string) => a === b || a.toUpperCase() === b.toUpperCase();

function sheetsBetween(first: string, last: string, where: Where): string[] | null {
  if (first === last) return [first];
  const names = where.workbook.sheetNames;
  if (!names) return null;
  const a = names.findIndex((n) => sameName(n, first));
  const b = names.findIndex((n) => sameName(n, last));
  if (a < 0 || b < 0) return null;
  return names.slice(Math.min(a, b), Math.max(a, b) + 1);
}

function sheetName(name: string, where: Where): string {
  return where.workbook.sheetNames?.find((n) => sameName(n, name)) ?? name;
}

/** A structured reference's items: `[#Totals],[2026]` → ["#Totals", "2026"]; `[a]:[b]` keeps ":". */
function structItems(spec: string): string[] | null {
  const unescape = (t: string) => t.replace(/'(.)/g, '$1');
  const trimmed = spec.trim();
  if (!trimmed.includes('[')) {
    if (trimmed.startsWith('@')) return ['#This Row', ...(trimmed.length > 1 ? [unescape(trimmed.slice(1))] : [])];
    return trimmed === '' ? [] : [unescape(trimmed)];
  }
  const items: string[] = [];
  let i = 0;
  const s = trimmed;
  if (s.startsWith('@')) {
    items.push('#This Row');
    i = 1;
  }
  while (i < s.length) {
    const ch = s[i];
    if (ch === ' ' || ch === ',') {
      i++;
      continue;
    }
    if (ch === ':') {
      items.push(':');
      i++;
      continue;
    }
    if (ch !== '[') return null;
    try {
      const { inner, end } = bracketed(s, i);
      items.push(unescape(inner));
      i = end;
    } catch {
      return null;
    }
  }
  return items;
}

function resolveStruct(target: { table: string | null; spec: string }, where: Where): { sheet: string; range: CellRange }[] | null {
  const { place, workbook } = where;
  const all = workbook.excelTables ?? [];
  const found =
    target.table === null
      ? all.find(
          ({ sheet, table: t }) =>
            sameName(sheet, place.sheet) && place.row >= t.range.top && place.row <= t.range.bottom && place.col >= t.range.left && place.col <= t.range.right,
        )
      : all.find(({ table: t }) => sameName(t.name, target.table!));
  if (!found) return null;
  const { sheet, table } = found;
  const items = structItems(target.spec);
  if (items === null) return null;
  const specials = items.filter((x) => x.startsWith('#')).map((x) => x.toLowerCase().replace(/\s+/g, ' '));
  const columnItems = items.filter((x) => !x.startsWith('#'));
  // Columns: none named → all; [a] → a; [a]:[b] → a to b.
  let left = table.range.left;
  let right = table.range.right;
  const colIndex = (name: string) => table.columns.findIndex((c) => sameName(c.trim(), name.trim()));
  if (columnItems.length) {
    const names = columnItems.filter((x) => x !== ':');
    if (names.length === 0 || names.length > 2) return null;
    if (names.length === 2 && !columnItems.includes(':')) return null;
    const idx = names.map(colIndex);
    if (idx.some((k) => k < 0)) return null;
    left = table.range.left + Math.min(...idx);
    right = table.range.left + Math.max(...idx);
  }
  const { top, bottom } = table.range;
  const dataTop = top + table.headerRowCount;
  const dataBottom = bottom - table.totalsRowCount;
  let rowsFrom: number;
  let rowsTo: number;
  const has = (x: string) => specials.includes(x);
  if (specials.length === 0 || (specials.length === 1 && has('#data'))) [rowsFrom, rowsTo] = [dataTop, dataBottom];
  else if (has('#all')) [rowsFrom, rowsTo] = [top, bottom];
  else if (has('#this row')) {
    if (specials.length > 1 || place.row < dataTop || place.row > dataBottom || !sameName(sheet, place.sheet)) return null;
    [rowsFrom, rowsTo] = [place.row, place.row];
  } else {
    const parts: [number, number][] = [];
    if (has('#headers')) {
      if (!table.headerRowCount) return [];
      parts.push([top, top]);
    }
    if (has('#data')) parts.push([dataTop, dataBottom]);
    if (has('#totals')) {
      if (!table.totalsRowCount) return [];
      parts.push([bottom, bottom]);
    }
    if (parts.length !== specials.length) return null;
    rowsFrom = Math.min(...parts.map((p) => p[0]));
    rowsTo = Math.max(...parts.map((p) => p[1]));
  }
  if (rowsFrom > rowsTo) return [];
  return [{ sheet, range: { top: rowsFrom, bottom: rowsTo, left, right } }];
}

function resolveName(target: { sheet: string | null; name: string }, where: Where): { sheet: string; range: CellRange }[] | null {
  const names = where.workbook.definedNames ?? [];
  const key = target.name;
  if (where.names.some((n) => sameName(n, key)) || where.names.length > 8) return null;
  const scopeSheet = target.sheet ?? where.place.sheet;
  const found =
    names.find((d) => d.sheet !== undefined && sameName(d.sheet, scopeSheet) && sameName(d.name, key)) ??
    (target.sheet === null ? names.find((d) => d.sheet === undefined && sameName(d.name, key)) : undefined);
  if (!found) return null;
  const node = parseFormula(found.refersTo);
  if (node === null || node.t !== 'ref') return null;
  // A name's own references are read from the sheet that scopes it (or the formula's).
  const inner: Where = { ...where, place: { ...where.place, sheet: found.sheet ?? where.place.sheet }, names: [...where.names, key] };
  return resolve(node.target, inner);
}

function resolve(target: RefTarget, where: Where): { sheet: string; range: CellRange }[] | null {
  switch (target.kind) {
    case 'struct':
      return resolveStruct(target, where);
    case 'name':
      return target.external ? null : resolveName(target, where);
    case 'cells': {
      if (target.external) return null;
      if (target.sheets === null) return [{ sheet: where.place.sheet, range: target.range }];
      const sheets = sheetsBetween(target.sheets[0], target.sheets[1], where);
      if (sheets === null) return null;
      return sheets.map((sheet) => ({ sheet: sheetName(sheet, where), range: target.range }));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What a total counts

interface Flags {
  skipsText: boolean;
  skipsHidden: boolean;
  skipsSubtotals: boolean;
}

const AS_TERM: Flags = { skipsText: false, skipsHidden: false, skipsSubtotals: false };
const SUM_FLAGS: Flags = { skipsText: true, skipsHidden: false, skipsSubtotals: false };

function countedRange(r: { sheet: string; range: CellRange }, flags: Flags): CountedRange {
  return { sheet: r.sheet, range: r.range, skipsText: flags.skipsText, skipsHidden: flags.skipsHidden, skipsSubtotals: flags.skipsSubtotals };
}

/** The ranges whose values reach a sum through `node` (an argument of SUM or the like). */
function flowing(node: Node, flags: Flags, where: Where): CountedRange[] | null {
  switch (node.t) {
    case 'ref': {
      const ranges = resolve(node.target, where);
      // Written out, not spread: on Node 20 a spread followed by more properties costs ~10 µs an object.
      return ranges && ranges.map((r) => countedRange(r, flags));
    }
    case 'num':
      return node.value === 0 ? [] : null; // a constant added to the sum: not a plain total
    case 'lit':
    case 'empty':
      return [];
    case 'fn': {
      const a = node.args;
      switch (node.name) {
        case 'IF':
        case 'HVIS': {
          if (a.length < 2 || a.length > 3) return null;
          if (!readable(a[0], where)) return null;
          return joined(a.slice(1).map((x) => flowing(x, flags, where)));
        }
        case 'IFERROR':
        case 'HVIS.FEJL':
          return a.length === 2 ? joined(a.map((x) => flowing(x, flags, where))) : null;
        case 'FILTER':
          if (a.length < 2 || a.length > 3 || !readable(a[1], where)) return null;
          return joined([flowing(a[0], flags, where), a[2] ? flowing(a[2], flags, where) : []]);
        default:
          return null;
      }
    }
    default:
      return null;
  }
}

/** A condition (IF's first argument, FILTER's include): only its references must be understood. */
function readable(node: Node, where: Where): boolean {
  switch (node.t) {
    case 'ref':
      return resolve(node.target, where) !== null;
    case 'fn':
      return node.args.every((x) => readable(x, where));
    case 'bin':
      return readable(node.l, where) && readable(node.r, where);
    case 'un':
      return node.op !== '#' && readable(node.e, where);
    default:
      return true;
  }
}

function joined(parts: Array<CountedRange[] | null>): CountedRange[] | null {
  const out: CountedRange[] = [];
  for (const p of parts) {
    if (p === null) return null;
    out.push(...p);
  }
  return out;
}

function total(node: Node, where: Where): CountedRange[] | null {
  switch (node.t) {
    case 'bin': {
      if (node.op !== '+') return null;
      // "B1+B2+…+B5000" parses left-deep: its terms are gathered along the spine once, not copied
      // at every "+" (which would cost the square of the terms).
      const terms: Node[] = [];
      let left: Node = node;
      while (left.t === 'bin' && left.op === '+') {
        terms.push(left.r);
        left = left.l;
      }
      terms.push(left);
      const out: CountedRange[] = [];
      for (let k = terms.length - 1; k >= 0; k--) {
        const part = total(terms[k], where);
        if (part === null) return null;
        for (const r of part) out.push(r);
      }
      return out;
    }
    case 'un':
      return node.op === '+' ? total(node.e, where) : null;
    case 'ref': {
      // A term of "+": one cell (a range would be implicitly intersected or spilled).
      const ranges = flowing(node, AS_TERM, where);
      if (ranges === null) return null;
      return ranges.every((r) => r.range.top === r.range.bottom && r.range.left === r.range.right) ? ranges : null;
    }
    case 'fn': {
      const a = node.args;
      switch (node.name) {
        case 'SUM':
        case 'SUMMER':
          return a.length ? joined(a.map((x) => flowing(x, SUM_FLAGS, where))) : null;
        case 'SUBTOTAL': {
          const fn = a[0]?.t === 'num' ? a[0].value : NaN;
          if ((fn !== 9 && fn !== 109) || a.length < 2) return null;
          const flags = { skipsText: true, skipsHidden: fn === 109, skipsSubtotals: true };
          return joined(a.slice(1).map((x) => flowing(x, flags, where)));
        }
        case 'AGGREGATE':
        case 'AGGREGAT': {
          const fn = a[0]?.t === 'num' ? a[0].value : NaN;
          const option = a[1]?.t === 'num' ? a[1].value : a[1]?.t === 'empty' ? 0 : NaN;
          if (fn !== 9 || !Number.isInteger(option) || option < 0 || option > 7 || a.length < 3) return null;
          const flags = { skipsText: true, skipsHidden: option % 2 === 1, skipsSubtotals: option <= 3 };
          return joined(a.slice(2).map((x) => flowing(x, flags, where)));
        }
        default:
          return null;
      }
    }
    default:
      return null;
  }
}

/**
 * What a total formula adds up, or null when it is no total the reader understands (the caller
 * then draws no finding from it). `formula` is the text without "=".
 */
export function readTotalFormula(formula: string, place: FormulaPlace, workbook: FormulaWorkbook = {}): TotalReading | null {
  const node = parseFormula(formula);
  if (node === null) return null;
  const counted = total(node, { place, workbook, names: [] });
  return counted === null ? null : { counted };
}

/** A range of a sum or difference, added (+1) or taken away (−1). */
export interface SignedRange extends CountedRange {
  sign: 1 | -1;
}

/** What a formula of sums and differences works out from: "=C6-E6", "=B5+B9-B12", "=SUM(B2:B8)-B9+100". */
export interface ArithmeticReading {
  counted: SignedRange[];
  /** The numbers written in the formula itself, with their signs. */
  constants: number[];
}

/**
 * A formula made only of "+", "−", numbers, single cells and the totals `readTotalFormula`
 * understands, as signed ranges; null for anything else (a product, a quotient, a condition).
 */
export function readArithmeticFormula(formula: string, place: FormulaPlace, workbook: FormulaWorkbook = {}): ArithmeticReading | null {
  const node = parseFormula(formula);
  if (node === null) return null;
  const reading: ArithmeticReading = { counted: [], constants: [] };
  return signedTerms(node, { place, workbook, names: [] }, 1, reading) ? reading : null;
}

function signedTerms(node: Node, where: Where, sign: 1 | -1, into: ArithmeticReading): boolean {
  if (node.t === 'num') {
    into.constants.push(sign * node.value);
    return true;
  }
  if (node.t === 'un' && (node.op === '+' || node.op === '-')) return signedTerms(node.e, where, node.op === '-' ? (-sign as 1 | -1) : sign, into);
  if (node.t === 'bin' && (node.op === '+' || node.op === '-')) {
    return signedTerms(node.l, where, sign, into) && signedTerms(node.r, where, node.op === '-' ? (-sign as 1 | -1) : sign, into);
  }
  const ranges = total(node, where);
  if (ranges === null) return false;
  for (const r of ranges) into.counted.push({ sheet: r.sheet, range: r.range, skipsText: r.skipsText, skipsHidden: r.skipsHidden, skipsSubtotals: r.skipsSubtotals, sign });
  return true;
}

/** SUBTOTAL and AGGREGATE: a SUBTOTAL (and AGGREGATE with options 0–3) over them skips them. */
export function isSubtotalFormula(formula: string | undefined): boolean {
  return formula !== undefined && /^\s*=?\s*(?:_xlfn\.)?(SUBTOTAL|AGGREGATE|AGGREGAT)\s*\(/i.test(formula);
}

/** Whether every range a reading counts skips hidden rows (SUBTOTAL 109 and the like). */
export function skipsHiddenRows(reading: TotalReading | null): boolean {
  return reading !== null && reading.counted.length > 0 && reading.counted.every((r) => r.skipsHidden);
}

export interface FormulaRefs {
  analysable: boolean;
  ranges: CellRange[];
}

/**
 * The ranges a total formula adds up on its own sheet. Not analysable when the formula is no total
 * the reader understands or counts cells of another sheet. `at` places structured references.
 */
export function formulaRefs(formula: string, ownSheet: string, at?: { row: number; col: number }, workbook?: FormulaWorkbook): FormulaRefs {
  const reading = readTotalFormula(formula, { sheet: ownSheet, row: at?.row ?? 0, col: at?.col ?? 0 }, workbook);
  if (reading === null || reading.counted.some((r) => !sameName(r.sheet, ownSheet))) return { analysable: false, ranges: [] };
  return { analysable: true, ranges: reading.counted.map((r) => r.range) };
}
