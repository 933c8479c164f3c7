/**
 * A tiny formula evaluator for the in-memory Excel fake: numbers, cell references on the same
 * sheet ($A$1, A1), + - * /, unary minus, parentheses and SUM(...) over cells and ranges.
 * Anything else evaluates to #NAME? (like an unknown function in Excel). No eval, no Node APIs.
 */
import { columnNumber } from '../../core/a1';

export type EvalValue = number | string | boolean | null | { error: string };

export type CellLookup = (row: number, col: number) => EvalValue;

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Token = { t: 'num'; v: number } | { t: 'ref'; row: number; col: number } | { t: 'op'; v: string } | { t: 'name'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])/.exec(src.slice(i));
    if (ref) {
      out.push({ t: 'ref', row: Number(ref[2]), col: columnNumber(ref[1]) });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    if ('+-*/(),:;'.includes(ch)) {
      out.push({ t: 'op', v: ch === ';' ? ',' : ch });
      i++;
      continue;
    }
    throw new FormulaError('#NAME?');
  }
  return out;
}

function toNumber(v: EvalValue): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') throw new FormulaError(v.error);
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

export function evaluateFormula(formula: string, lookup: CellLookup): EvalValue {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  try {
    const tokens = tokenize(text);
    let pos = 0;
    const peek = (): Token | undefined => tokens[pos];
    const isOp = (v: string): boolean => {
      const t = peek();
      return !!t && t.t === 'op' && t.v === v;
    };
    const expect = (v: string): void => {
      if (!isOp(v)) throw new FormulaError('#NAME?');
      pos++;
    };
    const sumArg = (): number => {
      const t = peek();
      if (t && t.t === 'ref' && tokens[pos + 1]?.t === 'op' && (tokens[pos + 1] as { v: string }).v === ':') {
        const end = tokens[pos + 2];
        if (!end || end.t !== 'ref') throw new FormulaError('#NAME?');
        pos += 3;
        let s = 0;
        for (let r = Math.min(t.row, end.row); r <= Math.max(t.row, end.row); r++) {
          for (let c = Math.min(t.col, end.col); c <= Math.max(t.col, end.col); c++) {
            const v = lookup(r, c);
            if (typeof v === 'object' && v !== null) throw new FormulaError(v.error);
            if (typeof v === 'number') s += v; // SUM ignores text and booleans in ranges
          }
        }
        return s;
      }
      return expr();
    };
    const primary = (): number => {
      const t = peek();
      if (!t) throw new FormulaError('#NAME?');
      if (t.t === 'num') {
        pos++;
        return t.v;
      }
      if (t.t === 'ref') {
        pos++;
        return toNumber(lookup(t.row, t.col));
      }
      if (t.t === 'name') {
        pos++;
        if (t.v !== 'SUM') throw new FormulaError('#NAME?');
        expect('(');
        let s = 0;
        if (!isOp(')')) {
          s += sumArg();
          while (isOp(',')) {
            pos++;
            s += sumArg();
          }
        }
        expect(')');
        return s;
      }
      if (isOp('(')) {
        pos++;
        const v = expr();
        expect(')');
        return v;
      }
      if (isOp('-')) {
        pos++;
        return -primary();
      }
      if (isOp('+')) {
        pos++;
        return primary();
      }
      throw new FormulaError('#NAME?');
    };
    const term = (): number => {
      let v = primary();
      while (isOp('*') || isOp('/')) {
        const op = (peek() as { v: string }).v;
        pos++;
        const r = primary();
        if (op === '/' && r === 0) throw new FormulaError('#DIV/0!');
        v = op === '*' ? v * r : v / r;
      }
      return v;
    };
    function expr(): number {
      let v = term();
      while (isOp('+') || isOp('-')) {
        const op = (peek() as { v: string }).v;
        pos++;
        const r = term();
        v = op === '+' ? v + r : v - r;
      }
      return v;
    }
    const result = expr();
    if (pos !== tokens.length) throw new FormulaError('#NAME?');
    return result;
  } catch (e) {
    if (e instanceof FormulaError) return { error: e.code };
    return { error: '#NAME?' };
  }
}
