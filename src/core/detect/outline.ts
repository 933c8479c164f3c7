/**
 * Numbered outlines: "1. Uddannelse" over "1.1 Heltidsuddannelse" … "1.5 Bygninger", "2.1" over
 * "2.1.A" … "2.1.D", kontoplan codes "00.22" over "00.22.01". The numbering says which rows a row
 * heads; where most headed rows of a table equal the sum of the rows under them, the numbering is
 * additive, every heading row is the total of its own, and one that is not is an error — in one
 * column as in many. A table whose headed rows mostly do not add up is left as it is: its numbering
 * orders, it does not sum.
 */
import type { TableBlock, TableRow, TotalGroup } from '../model';
import { amountRows, rowFit } from './arithmetic';

/** "1.", "1.1", "2.1.", "2.1.A", "00.22.01": at most two digits a level, a letter last. */
const OUTLINE_CODE = /^(\d{1,2}(?:\.\d{1,2})*(?:\.[A-ZÆØÅ])?)\.?(?=\s+\S)/u;

/** The outline code a label starts with, as its levels ("2.1.A" → ["2", "1", "A"]); null when none. */
export function outlineCode(label: string): string[] | null {
  if (!startsWithDigit(label)) return null;
  const m = OUTLINE_CODE.exec(label.trim());
  return m ? m[1].split('.') : null;
}

/** A label without the outline code it starts with ("2.1.E Heraf overhead" → "Heraf overhead"). */
export function withoutOutlineCode(label: string): string {
  if (!startsWithDigit(label)) return label;
  const m = OUTLINE_CODE.exec(label.trim());
  return m ? label.trim().slice(m[0].length).trimStart() : label;
}

/** The cheap test first: most labels start with a letter. */
function startsWithDigit(label: string): boolean {
  for (let k = 0; k < label.length; k++) {
    const c = label.charCodeAt(k);
    if (c !== 32 && c !== 160) return c >= 48 && c <= 57;
  }
  return false;
}

/** Headed rows that must agree before the numbering is taken as sums. */
const MIN_AGREEING = 2;

export function withOutline(table: TableBlock): TableBlock {
  if (table.kind === 'overview' || table.rows.length < 3) return table;
  const cols = table.columns.map((c, j) => ({ c, j })).filter(({ c }) => c.role === undefined).map(({ j }) => j);
  if (cols.length === 0) return table;
  const children = outlineChildren(table.rows);
  if (children.size < MIN_AGREEING) return table;
  const stated = new Set(table.totals.flatMap((g) => [g.totalRow, ...g.memberRows]));
  const m = amountRows(table.rows, [...children].flatMap(([parent, under]) => [parent, ...under]));
  let agreeing = 0;
  let disagreeing = 0;
  const groups: TotalGroup[] = [];
  for (const [parent, under] of children) {
    if (stated.has(parent) || under.some((k) => stated.has(k))) continue;
    const fit = rowFit(m, parent, under, cols);
    if (under.length >= 2 && fit.fits > 0 && fit.misses.length === 0) agreeing++;
    else if (fit.misses.length > 0) disagreeing++;
    if (fit.fits + fit.identities + fit.misses.length > 0) groups.push({ kind: 'block', totalRow: parent, memberRows: under });
  }
  if (agreeing < MIN_AGREEING || disagreeing * 2 >= agreeing + disagreeing) return table;
  const heads = new Set(groups.map((g) => g.totalRow));
  const rows = table.rows.map((r, k) => (heads.has(k) ? { ...r, kind: 'total' as const } : r));
  const totals = [...table.totals, ...groups.map((g) => (g.memberRows.some((k) => heads.has(k)) ? { ...g, kind: 'net' as const } : g))].sort((a, b) => a.totalRow - b.totalRow);
  return { ...table, rows, totals };
}

/** Each outline row with the rows one level under it (heraf rows, titles and shares left out). */
function outlineChildren(rows: readonly TableRow[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const stack: Array<{ code: string[]; row: number }> = [];
  rows.forEach((row, k) => {
    const code = outlineCode(row.label);
    if (!code) return;
    while (stack.length && !isParentOf(stack[stack.length - 1].code, code)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && (row.kind === 'item' || row.kind === 'total')) {
      const list = out.get(parent.row) ?? [];
      list.push(k);
      out.set(parent.row, list);
    }
    if (row.kind === 'item' || row.kind === 'total') stack.push({ code, row: k });
  });
  return out;
}

/** The row an outline-numbered row stands under ("2.1" for "2.1.E Heraf overhead"); null when none. */
export function outlineParent(rows: readonly TableRow[], k: number): number | null {
  const code = outlineCode(rows[k].label);
  if (!code || code.length < 2) return null;
  for (let j = k - 1; j >= 0; j--) {
    const above = outlineCode(rows[j].label);
    if (above && isParentOf(above, code)) return j;
  }
  return null;
}

function isParentOf(parent: readonly string[], child: readonly string[]): boolean {
  if (parent.length >= child.length) return false;
  return parent.every((level, i) => Number.isNaN(Number(level)) ? level === child[i] : Number(level) === Number(child[i]));
}
