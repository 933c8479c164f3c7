/**
 * Shared formulas: Excel stores the formula text once, on the master cell
 * (`<f t="shared" ref="C2:C9" si="0">SUM(A2:B2)</f>`), and the other cells of the range only say
 * `<f t="shared" si="0"/>`. Each dependent's formula is the master's with every relative reference
 * moved by the dependent's offset from the master, exactly as when Excel fills a formula.
 *
 * The master text is tokenised once into literal pieces and reference parts; translating for a
 * dependent then only rebuilds the string. Text in string literals ("A1"), quoted sheet names
 * ('Budget 2027'!A1 keeps its name), structured references (Table1[Col]), function names (LOG10()
 * and longer identifiers (_xlfn.X, Tax_2026) are left alone. `$` absolute parts are not moved.
 */
import { columnLetters } from '../../core';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

const enum PartKind {
  Cell,
  Column,
  Row,
}

interface RefPart {
  kind: PartKind;
  col: number;
  colAbs: boolean;
  row: number;
  rowAbs: boolean;
}

type Segment = string | RefPart;

function isIdentChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0-9
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    c === 95 || // _
    c === 46 || // .
    c === 36 || // $
    c === 92 || // backslash
    c === 63 || // ?
    c > 127 // letters outside ASCII (names may use them)
  );
}

function letterValue(c: number): number {
  if (c >= 65 && c <= 90) return c - 64;
  if (c >= 97 && c <= 122) return c - 96;
  return 0;
}

/** Parses `$?LETTERS$?DIGITS`, `$?LETTERS` or `$?DIGITS` exactly; null when the token is none. */
function parseRefToken(tok: string, allow: 'cell' | 'col' | 'row'): RefPart | null {
  let i = 0;
  const n = tok.length;
  let colAbs = false;
  let rowAbs = false;
  let col = 0;
  let row = 0;
  if (allow !== 'row') {
    if (tok.charCodeAt(i) === 36) {
      colAbs = true;
      i++;
    }
    const start = i;
    while (i < n) {
      const v = letterValue(tok.charCodeAt(i));
      if (v === 0) break;
      col = col * 26 + v;
      i++;
    }
    const letters = i - start;
    if (letters === 0 || letters > 3 || col > MAX_COL) return null;
    if (allow === 'col') return i === n ? { kind: PartKind.Column, col, colAbs, row: 0, rowAbs: false } : null;
  }
  if (tok.charCodeAt(i) === 36) {
    rowAbs = true;
    i++;
  }
  const dstart = i;
  while (i < n) {
    const c = tok.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
    if (row > MAX_ROW) return null;
    i++;
  }
  if (i === dstart || row === 0) return null;
  if (allow === 'row') return { kind: PartKind.Row, col: 0, colAbs: false, row, rowAbs };
  return { kind: PartKind.Cell, col, colAbs, row, rowAbs };
}

/** Splits formula text into literal strings and movable references. */
export function tokenizeFormula(f: string): Segment[] {
  const out: Segment[] = [];
  let lit = '';
  const n = f.length;
  let i = 0;
  // Reading an identifier-like run [A-Za-z0-9_.$\\?]+ and deciding what it is.
  const readRun = (from: number): number => {
    let j = from;
    while (j < n && isIdentChar(f.charCodeAt(j))) j++;
    return j;
  };
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === 34 /* " */) {
      // String literal, "" escapes a quote.
      let j = i + 1;
      while (j < n) {
        if (f.charCodeAt(j) === 34) {
          if (f.charCodeAt(j + 1) === 34) j += 2;
          else break;
        } else j++;
      }
      lit += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === 39 /* ' */) {
      // Quoted sheet name, '' escapes a quote.
      let j = i + 1;
      while (j < n) {
        if (f.charCodeAt(j) === 39) {
          if (f.charCodeAt(j + 1) === 39) j += 2;
          else break;
        } else j++;
      }
      lit += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === 91 /* [ */) {
      // Structured reference or external workbook index, possibly nested: copy verbatim.
      let depth = 0;
      let j = i;
      while (j < n) {
        const d = f.charCodeAt(j);
        if (d === 91) depth++;
        else if (d === 93) {
          depth--;
          if (depth === 0) break;
        } else if (d === 39 && depth > 0 && j + 1 < n) {
          j++; // an apostrophe escapes the next character inside structured references
        }
        j++;
      }
      lit += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === 35 /* # */) {
      // Error literal (#REF!, #N/A) or spill operator: copy up to the run end.
      const j = readRun(i + 1);
      lit += f.slice(i, j);
      i = j;
      continue;
    }
    if (isIdentChar(c)) {
      const j = readRun(i);
      const tok = f.slice(i, j);
      const next = j < n ? f.charCodeAt(j) : 0;
      const prev = i > 0 ? f.charCodeAt(i - 1) : 0;
      let handled = false;
      if (next !== 40 /* ( */ && next !== 33 /* ! */) {
        const cell = parseRefToken(tok, 'cell');
        if (cell) {
          if (lit) out.push(lit);
          lit = '';
          out.push(cell);
          handled = true;
        } else if (next === 58 /* : */ || prev === 58) {
          // Whole columns (A:C) or whole rows (1:3): both ends must be of the same kind.
          const other = next === 58 ? f.slice(j + 1, readRun(j + 1)) : previousRun(f, i - 1);
          for (const kind of ['col', 'row'] as const) {
            const part = parseRefToken(tok, kind);
            if (part && other !== null && parseRefToken(other, kind)) {
              if (lit) out.push(lit);
              lit = '';
              out.push(part);
              handled = true;
              break;
            }
          }
        }
      }
      if (!handled) lit += tok;
      i = j;
      continue;
    }
    lit += f[i];
    i++;
  }
  if (lit) out.push(lit);
  return out;
}

/** The identifier run that ends just before index `colon` (a ':'), or null. */
function previousRun(f: string, colon: number): string | null {
  let k = colon;
  while (k > 0 && isIdentChar(f.charCodeAt(k - 1))) k--;
  if (k === colon) return null;
  return f.slice(k, colon);
}

function renderPart(p: RefPart, dRow: number, dCol: number): string {
  let s = '';
  if (p.kind !== PartKind.Row) {
    const col = p.colAbs ? p.col : p.col + dCol;
    if (col < 1 || col > MAX_COL) return '#REF!';
    s += (p.colAbs ? '$' : '') + columnLetters(col);
  }
  if (p.kind !== PartKind.Column) {
    const row = p.rowAbs ? p.row : p.row + dRow;
    if (row < 1 || row > MAX_ROW) return '#REF!';
    s += (p.rowAbs ? '$' : '') + row;
  }
  return s;
}

/** Moves every relative reference in `formula` by (dRow, dCol). */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return renderSegments(tokenizeFormula(formula), dRow, dCol);
}

function renderSegments(segments: Segment[], dRow: number, dCol: number): string {
  // Joined from an array, not built with +=: a long formula built piece by piece is a rope of
  // thousands of small strings per cell, many times the memory of the flat text.
  const pieces = new Array<string>(segments.length);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    pieces[i] = typeof seg === 'string' ? seg : renderPart(seg, dRow, dCol);
  }
  return pieces.join('');
}

/** The master of a shared formula group; translates its formula for dependent cells. */
export class SharedFormula {
  private segments: Segment[] | null = null;

  constructor(
    readonly formula: string,
    readonly row: number,
    readonly col: number,
  ) {}

  formulaAt(row: number, col: number): string {
    if (row === this.row && col === this.col) return this.formula;
    if (this.segments === null) this.segments = tokenizeFormula(this.formula);
    return renderSegments(this.segments, row - this.row, col - this.col);
  }
}
