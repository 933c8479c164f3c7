/**
 * Rows whose label says how they are made: "3 BFI (1+2)", "6 BNP (3+4-5)", "Nettodriftsudgifter
 * (4=1-2-3)", "10 Disponibel BNI (8+9)". Statistical and economic tables number their rows — a number
 * before the label ("1 Aflønning af ansatte") or after it ("Bruttodriftsudgifter (1)") — and spell
 * out the derived rows in those numbers. The label is the author's own statement, so the row is held
 * to it in every column, as a total's formula would be: the sum of its terms (TOTAL_MISMATCH), or a
 * sum with terms taken away (DIFFERENCE_MISMATCH).
 *
 * The reading must be unambiguous before it is used: the numbers of the rows rise down the table (a
 * note mark "(3)" that breaks the order makes the numbering no numbering), every term names a row
 * above the derived one, and the formula holds in at least one column. A row left unnumbered between
 * rows n − 1 and n + 1 is row n (tables drop a number now and then). "(1-3)" may be a range of rows
 * as well as a difference: the reading that fits more columns is taken.
 */
import type { TableBlock, TableRow, TotalGroup } from '../model';
import { amountRows, formulaStatedRows, rowFit, type AmountMatrix } from './arithmetic';

/** A row's number before its label: "1 Aflønning af ansatte", "12. Renter". */
const LEADING_NUMBER = /^\s*(\d{1,3})\.?\s+(?=\p{L})/u;
/** A row's number after its label: "Bruttodriftsudgifter (1)", "Nettodriftsudgifter (4=1-2-3)". */
const TRAILING_NUMBER = /\(\s*(\d{1,3})\s*(?:=[^()]*)?\)\s*$/u;
/** The formula in a label: "(1+2)", "(3+4 -5)", "(4=1-2-3)". */
const FORMULA = /\(\s*(?:\d{1,3}\s*=\s*)?(\d{1,3}(?:\s*[+\-–−]\s*\d{1,3})+)\s*\)/u;
const TERM = /([+\-–−]?)\s*(\d{1,3})/gu;

export interface LabelFormula {
  /** The terms as row numbers of the label, with their signs, in the order written. */
  terms: Array<{ number: number; sign: 1 | -1 }>;
}

/** The formula a label spells out in its rows' numbers; null when it spells none. */
export function labelFormula(label: string): LabelFormula | null {
  if (!label.includes('(')) return null;
  const m = FORMULA.exec(label);
  if (!m) return null;
  const terms: LabelFormula['terms'] = [];
  for (const t of m[1].matchAll(TERM)) terms.push({ number: Number(t[2]), sign: t[1] === '' || t[1] === '+' ? 1 : -1 });
  return terms.length >= 2 ? { terms } : null;
}

/** The number a label gives its row, before or after the text; null when it gives none. */
export function rowNumberOf(label: string): number | null {
  const lead = LEADING_NUMBER.exec(label);
  if (lead) return Number(lead[1]);
  const trail = TRAILING_NUMBER.exec(label);
  return trail ? Number(trail[1]) : null;
}

/** A row that can carry a number and a figure: not a title, a "heraf" or a share. */
function isFigureRow(row: TableRow): boolean {
  return row.kind !== 'section' && row.kind !== 'heraf' && row.kind !== 'nonAdditive';
}

/**
 * The table's rows by their numbers; null when the numbers do not rise down the table (then they
 * are notes, codes or something else, and no formula can be read in them).
 */
function rowsByNumber(rows: readonly TableRow[]): Map<number, number> | null {
  const numbered: Array<{ k: number; n: number }> = [];
  for (let k = 0; k < rows.length; k++) {
    if (!isFigureRow(rows[k])) continue;
    const n = rowNumberOf(rows[k].label);
    if (n === null) continue;
    if (numbered.length && n <= numbered[numbered.length - 1].n) return null;
    numbered.push({ k, n });
  }
  const out = new Map(numbered.map(({ k, n }) => [n, k]));
  // A gap of as many unnumbered figure rows as numbers missing: those rows carry those numbers.
  for (let p = 1; p < numbered.length; p++) {
    const [a, b] = [numbered[p - 1], numbered[p]];
    if (b.n - a.n < 2) continue;
    const between: number[] = [];
    for (let k = a.k + 1; k < b.k; k++) if (isFigureRow(rows[k])) between.push(k);
    if (between.length === b.n - a.n - 1) between.forEach((k, x) => out.set(a.n + 1 + x, k));
  }
  return out;
}

/** The columns a derived row is held in: every column of amounts that add up (not shares). */
function additiveColumns(table: TableBlock): number[] {
  return table.columns.map((c, j) => ({ c, j })).filter(({ c }) => c.role !== 'nonAdditive').map(({ j }) => j);
}

interface Reading {
  members: number[];
  signs: number[];
  fits: number;
}

/** The readings of a formula in the table's rows: as written, and "(a-b)" also as the rows a to b. */
function readingsOf(formula: LabelFormula, numbers: Map<number, number>, k: number): Array<Omit<Reading, 'fits'>> {
  const members: number[] = [];
  for (const t of formula.terms) {
    const row = numbers.get(t.number);
    if (row === undefined || row >= k) return [];
    members.push(row);
  }
  if (new Set(members).size !== members.length) return [];
  const out = [{ members, signs: formula.terms.map((t) => t.sign) }];
  const [a, b] = formula.terms;
  if (formula.terms.length === 2 && b.sign < 0 && b.number - a.number >= 2) {
    const range: number[] = [];
    for (let n = a.number; n <= b.number; n++) {
      const row = numbers.get(n);
      if (row === undefined || row >= k) return out;
      range.push(row);
    }
    out.push({ members: range, signs: range.map(() => 1) });
  }
  return out;
}

export function withLabelFormulas(table: TableBlock): TableBlock {
  if (table.kind === 'overview' || table.rows.length < 3) return table;
  const rows = table.rows;
  const formulaRows: Array<{ k: number; formula: LabelFormula }> = [];
  for (let k = 0; k < rows.length; k++) {
    if (rows[k].kind === 'section' || rows[k].kind === 'heraf') continue;
    const formula = labelFormula(rows[k].label);
    if (formula) formulaRows.push({ k, formula });
  }
  if (formulaRows.length === 0) return table;
  const numbers = rowsByNumber(rows);
  if (!numbers) return table;
  const cols = additiveColumns(table);
  let m: AmountMatrix | null = null;
  const sums: TotalGroup[] = [];
  const differences: NonNullable<TableBlock['differenceRows']> = [];
  for (const { k, formula } of formulaRows) {
    // A row whose cells are formulas is read from its formulas.
    if (formulaStatedRows(rows, k) !== null) continue;
    let best: Reading | null = null;
    for (const reading of readingsOf(formula, numbers, k)) {
      m ??= amountRows(rows, [...numbers.values(), ...formulaRows.map((f) => f.k)]);
      const fits = rowFit(m, k, reading.members, cols, reading.signs).fits;
      if (fits > 0 && (!best || fits > best.fits)) best = { ...reading, fits };
    }
    if (!best) continue;
    if (best.signs.every((s) => s > 0)) sums.push({ kind: 'net', totalRow: k, memberRows: best.members });
    else {
      // The first term is always added: a formula starts with a row number, not a sign.
      const { members, signs } = best;
      const terms = members.map((row, x) => ({ row, sign: signs[x] < 0 ? (-1 as const) : (1 as const) }));
      differences.push({ row: k, minuend: members[0], subtrahend: members[signs.indexOf(-1)], terms });
    }
  }
  if (sums.length === 0 && differences.length === 0) return table;
  const made = new Set([...sums.map((g) => g.totalRow), ...differences.map((d) => d.row)]);
  const summed = new Set(sums.map((g) => g.totalRow));
  const out: TableBlock = {
    ...table,
    rows: rows.map((r, k) => (summed.has(k) && r.kind !== 'total' ? { ...r, kind: 'netTotal' as const } : r)),
    totals: [...table.totals.filter((g) => !made.has(g.totalRow)), ...sums].sort((a, b) => a.totalRow - b.totalRow),
    differenceRows: [...(table.differenceRows ?? []).filter((d) => !made.has(d.row)), ...differences].sort((a, b) => a.row - b.row),
  };
  if (out.differenceRows!.length === 0) delete out.differenceRows;
  const remaining = (table.unplacedTotals ?? []).filter((u) => !made.has(u.row));
  if (remaining.length) out.unplacedTotals = remaining;
  else delete out.unplacedTotals;
  return out;
}
