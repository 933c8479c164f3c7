/**
 * Chains of rows with no total word: a result that is one row less another ("Årets resultat" =
 * "Indtægter" − "Udgifter"), a balance that is one row plus another ("Ultimosaldo" = "Primosaldo" +
 * "Årets bevægelser"), a running result ("Akkumuleret resultat" = "Årets resultat" + "Overført fra
 * tidligere år"). Regnskaber, resultatopgørelser and pengestrømsopgørelser are written this way.
 *
 * Found from the numbers alone, so the guard is the one every reading from numbers has: at least two
 * columns agree, and at most one does not (that cell is then the error). Columns that repeat the
 * same figures (overslagsår carried forward unchanged) count once: a coincidence in one of them is
 * a coincidence in all. Only the few rows just above a row are tried, within its section.
 *
 * Linear in the cells: each reading is first screened on three of the row's figures as plain
 * numbers, and only a reading that passes is reckoned exactly, on its own rows.
 */
import Decimal from 'decimal.js';
import type { AmountCell, TableBlock, TableRow, TotalGroup } from '../model';
import { amountRows, distinctRowFit, holdsFromNumbers, type AmountMatrix, type Fit } from './arithmetic';
import { comparisonDecimals, toleranceFor } from './precision';
import { parseNumberFormat } from '../numberFormat';
import { isShareOrCountLabel } from './tableWords';
import { normalizeLabel } from './labelText';

/** Rows above a row that may make it (nearest first). */
const WINDOW = 3;
/** Figures of a row a reading is screened on. */
const SCREEN = 3;

interface Reading {
  members: number[];
  signs: number[];
  fit: Fit;
}

export function withRowChains(table: TableBlock): TableBlock {
  if (table.kind === 'overview' || table.rows.length < 3) return table;
  const cols = table.columns.map((c, j) => ({ c, j })).filter(({ c }) => c.role === undefined).map(({ j }) => j);
  if (cols.length < 2) return table;
  const rows = table.rows;
  const stated = new Set(table.totals.map((g) => g.totalRow));
  const counted = new Set<number>();
  const membersOf = new Map<number, Set<number>>();
  const underTotalAbove = new Set<number>();
  for (const g of table.totals) {
    membersOf.set(g.totalRow, new Set([...(membersOf.get(g.totalRow) ?? []), ...g.memberRows]));
    for (const k of g.memberRows) {
      counted.add(k);
      if (k > g.totalRow) underTotalAbove.add(k);
    }
  }
  const known = new Set((table.differenceRows ?? []).map((d) => d.row));
  const unplaced = new Set((table.unplacedTotals ?? []).map((u) => u.row));
  const sums: TotalGroup[] = [];
  const differences: Array<{ row: number; minuend: number; subtrahend: number }> = [];
  const operands: number[] = [];
  // The totals not counted by another total, across sections: a closing row with no total word may
  // add them ("DAU-saldo" under the blocks' "I alt" rows).
  let subtotals: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'section') {
      operands.length = 0;
      continue;
    }
    if (!isOperand(row)) continue;
    const mayBeMade = !stated.has(i) && !counted.has(i) && !known.has(i) && (row.kind !== 'total' || unplaced.has(i));
    if (mayBeMade && (operands.length >= 2 || subtotals.length >= 2)) {
      const reading = bestReading(rows, i, operands.slice(-WINDOW), cols, subtotals);
      if (reading) {
        if (reading.signs.every((sg) => sg > 0)) sums.push({ kind: 'net', totalRow: i, memberRows: [...reading.members] });
        else if (reading.members.length === 2) differences.push({ row: i, minuend: reading.members[0], subtrahend: reading.members[1] });
        if (reading.members === subtotals) subtotals = [];
      }
    }
    if (stated.has(i) && !counted.has(i)) subtotals.push(i);
    // A total stands for the rows it counts: a chain below it uses the total, not its parts.
    const parts = membersOf.get(i);
    if (parts) for (let k = operands.length - 1; k >= 0; k--) if (parts.has(operands[k])) operands.splice(k, 1);
    if (!underTotalAbove.has(i)) operands.push(i);
  }
  if (sums.length === 0 && differences.length === 0) return table;
  const made = new Set([...sums.map((g) => g.totalRow), ...differences.map((d) => d.row)]);
  const summed = new Set(sums.map((g) => g.totalRow));
  const remaining = (table.unplacedTotals ?? []).filter((u) => !made.has(u.row));
  const out: TableBlock = {
    ...table,
    rows: rows.map((r, k) => (summed.has(k) && r.kind !== 'total' ? { ...r, kind: 'netTotal' as const } : r)),
    totals: [...table.totals, ...sums].sort((a, b) => a.totalRow - b.totalRow),
    ...(differences.length || table.differenceRows ? { differenceRows: [...(table.differenceRows ?? []), ...differences].sort((a, b) => a.row - b.row) } : {}),
  };
  if (remaining.length) out.unplacedTotals = remaining;
  else delete out.unplacedTotals;
  return out;
}

/** A row that may be part of a chain: amounts of money, not a share, a "heraf" or a title. */
function isOperand(row: TableRow): boolean {
  if (row.kind === 'section' || row.kind === 'heraf') return false;
  if (row.kind === 'nonAdditive' && isShareOrCountLabel(normalizeLabel(row.label))) return false;
  return row.amounts.some((a) => a.status === 'number' || a.status === 'text-number');
}

/**
 * The reading of row `i` from the rows just above it that fits the most distinct columns: the sum or
 * the difference of two of them, or the three together (a sum, or the first less the others), or
 * the sum of the totals above that no other total counts. A row
 * that two readings of the same length fit equally well has no reading. A reading whose one miss is
 * within twice the rounding of its figures is no reading either: rows that are themselves sums of
 * rounded figures drift by that much, and the numbers cannot tell that drift from a slip.
 */
function bestReading(rows: readonly TableRow[], i: number, window: readonly number[], cols: readonly number[], subtotals: number[]): Reading | null {
  const screen = screenColumns(rows[i], cols);
  if (screen.length < 2) return null;
  const tries: Array<{ members: number[]; signs: number[] }> = [];
  if (subtotals.length >= 2 && subtotals.some((k) => !window.includes(k))) tries.push({ members: subtotals, signs: subtotals.map(() => 1) });
  for (let y = window.length - 1; y >= 1; y--) {
    for (let x = y - 1; x >= 0; x--) {
      const [a, b] = [window[x], window[y]];
      tries.push({ members: [a, b], signs: [1, 1] }, { members: [a, b], signs: [1, -1] }, { members: [b, a], signs: [1, -1] });
    }
  }
  if (window.length === 3) tries.push({ members: [...window], signs: [1, 1, 1] }, { members: [...window], signs: [1, -1, -1] });
  let best: Reading | null = null;
  let m: AmountMatrix | null = null;
  let tied = false;
  for (const t of tries) {
    if (!passesScreen(rows, i, t.members, t.signs, screen)) continue;
    m ??= amountRows(rows, [i, ...window, ...subtotals]);
    const fit = distinctRowFit(m, i, t.members, cols, t.signs);
    if (!holdsFromNumbers(fit) || fit.misses.length > 1) continue;
    const score = fit.fits - fit.misses.length;
    const bestScore = best ? best.fit.fits - best.fit.misses.length : -1;
    // A longer reading that fits no better only adds rows of zeros: the shorter one is the reading.
    if (score > bestScore || (score === bestScore && best !== null && t.members.length < best.members.length)) {
      best = { ...t, fit };
      tied = false;
    } else if (score === bestScore && best !== null && t.members.length === best.members.length) tied = true;
  }
  if (!best || tied || !m) return null;
  const found = best;
  return found.fit.misses.every((j) => offBeyondDrift(m!, i, found.members, found.signs, j)) ? found : null;
}

/** The first few columns where the row shows a figure other than zero. */
function screenColumns(row: TableRow, cols: readonly number[]): number[] {
  const out: number[] = [];
  for (const j of cols) {
    const v = plainValue(row.amounts[j]);
    if (!Number.isNaN(v) && v !== 0) out.push(j);
    if (out.length === SCREEN) break;
  }
  return out;
}

/** A figure as a plain number, for screening only (NaN when the cell shows none; 0 when empty). */
function plainValue(cell: AmountCell): number {
  if (cell.status === 'empty') return 0;
  // The format's scale read from its parsed (cached) sections, not by making the shown Decimal.
  if (cell.status === 'number' && typeof cell.raw === 'number') return cell.numFmt === undefined ? cell.raw : cell.raw / 1000 ** (parseNumberFormat(cell.numFmt).sections[0]?.thousands ?? 0);
  if (cell.status === 'text-number') return cell.amount?.toNumber() ?? Number.NaN;
  return Number.NaN;
}

/** Do at least two of the screened figures (all, when only two) roughly agree with the reading? */
function passesScreen(rows: readonly TableRow[], i: number, members: readonly number[], signs: readonly number[], screen: readonly number[]): boolean {
  let agreeing = 0;
  for (const j of screen) {
    const v = plainValue(rows[i].amounts[j]);
    let sum = 0;
    for (let k = 0; k < members.length; k++) sum += signs[k] * plainValue(rows[members[k]].amounts[j]);
    if (Math.abs(v - sum) <= 2 + Math.abs(v) * 1e-9) agreeing++;
  }
  return agreeing >= Math.min(2, screen.length) && agreeing >= screen.length - 1;
}

/** Is row `i`'s figure in column `j` off its reading by more than twice the rounding tolerance? */
function offBeyondDrift(m: AmountMatrix, i: number, members: readonly number[], signs: readonly number[], j: number): boolean {
  const stated = m.values[i][j] ?? new Decimal(0);
  let sum = new Decimal(0);
  members.forEach((r, k) => {
    const v = m.values[r][j];
    if (v) sum = signs[k] < 0 ? sum.minus(v) : sum.plus(v);
  });
  const d = comparisonDecimals(m.decimals[i][j], members.map((r) => m.decimals[r][j]));
  return stated.minus(sum).abs().gt(toleranceFor(members.length, 0.5, 1, d).times(2));
}
