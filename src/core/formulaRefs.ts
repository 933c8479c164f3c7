/**
 * The cell references of a formula, enough to tell which cells a total adds up. Not an evaluator:
 * a formula with names, whole-column references or references to other sheets is "not analysable"
 * and the caller stays silent rather than guess.
 */
import { columnNumber } from './a1';
import type { CellRange } from './model';

export interface FormulaRefs {
  analysable: boolean;
  ranges: CellRange[];
}

const TOKEN =
  /"(?:[^"]|"")*"|((?:'(?:[^']|'')+'|[A-Za-z0-9_.\u00c0-\u024f]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?![\w(])|([A-Za-z_][\w.]*)(\s*\()?|(\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/g;

function cellOf(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref)!;
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

export function formulaRefs(formula: string, ownSheet: string): FormulaRefs {
  const ranges: CellRange[] = [];
  let analysable = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(formula); m; m = TOKEN.exec(formula)) {
    if (m[0].startsWith('"')) continue; // string literal
    if (m[6]) {
      analysable = false; // whole column or row
      continue;
    }
    if (m[4] !== undefined) {
      if (m[5]) continue; // a function name
      if (/^(TRUE|FALSE|SAND|FALSK)$/i.test(m[4])) continue;
      analysable = false; // a defined name
      continue;
    }
    if (m[1]) {
      const sheet = m[1].slice(0, -1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      if (sheet !== ownSheet) {
        analysable = false;
        continue;
      }
    }
    const a = cellOf(m[2]);
    const b = m[3] ? cellOf(m[3]) : a;
    ranges.push({ top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) });
  }
  return { analysable, ranges };
}
