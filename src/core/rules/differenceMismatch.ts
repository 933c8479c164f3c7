/**
 * DIFFERENCE_MISMATCH: a difference column ("Afvigelse", "Mer-/mindreforbrug") disagrees, in a
 * row, with the two columns it is the difference of. Which two, and in which order (A − B or
 * B − A), is read from the rows: the pair that fits most rows, and more than half of them. When no
 * pair fits clearly, the column is left alone — unless the table spells it out itself ("F=(D-E)" in
 * a row of column letters): then every row is held to that.
 */
import Decimal from 'decimal.js';
import { shownDecimals, comparisonDecimals } from '../detect/precision';
import type { AmountCell, Finding, TableBlock } from '../model';
import type { Template } from '../templates/template';
import { columnName, findingFor, rowName } from './finding';
import type { RuleMeta, TableRule } from './rule';
import { checkSum, roundingTolerance } from './totalMismatch';

export const differenceMismatchMeta: RuleMeta = {
  code: 'DIFFERENCE_MISMATCH',
  severity: 'error',
  description: {
    da: 'En differencekolonne (Afvigelse, Mer-/mindreforbrug) stemmer ikke med de kolonner, den er forskellen på, i rækken.',
    en: 'A difference column (Afvigelse, Mer-/mindreforbrug) disagrees with the columns it is the difference of, in that row.',
  },
  messages: {
    da: {
      default:
        '"{label}" ({column}) angiver {stated}, men {minuend} − {subtrahend} giver {expected} (forskel {difference}). I de øvrige rækker er {column} = {minuend} − {subtrahend}.',
      rows: '"{label}" ({column}) angiver {stated}, men "{minuend}" − "{subtrahend}" giver {expected} (forskel {difference}). I de øvrige kolonner er "{label}" = "{minuend}" − "{subtrahend}".',
      declared: '"{label}" ({column}) angiver {stated}, men {minuend} − {subtrahend} giver {expected} (forskel {difference}). Tabellens kolonnebogstaver siger, at {column} = {minuend} − {subtrahend}.',
      formula: '"{label}" ({column}) angiver {stated}, men {formula} giver {expected} (forskel {difference}). Rækkens tekst siger, hvilke rækker den er lavet af.',
      neither: '"{label}" ({column}) angiver {stated}, men {minuend} − {subtrahend} giver {expected} (forskel {difference}), og den omvendte forskel passer heller ikke.',
    },
    en: {
      default:
        '"{label}" ({column}) states {stated}, but {minuend} − {subtrahend} gives {expected} (difference {difference}). In the other rows {column} = {minuend} − {subtrahend}.',
      rows: '"{label}" ({column}) states {stated}, but "{minuend}" − "{subtrahend}" gives {expected} (difference {difference}). In the other columns "{label}" = "{minuend}" − "{subtrahend}".',
      declared: '"{label}" ({column}) states {stated}, but {minuend} − {subtrahend} gives {expected} (difference {difference}). The table\'s column letters say {column} = {minuend} − {subtrahend}.',
      formula: '"{label}" ({column}) states {stated}, but {formula} gives {expected} (difference {difference}). The row\'s label says which rows it is made of.',
      neither: '"{label}" ({column}) states {stated}, but {minuend} − {subtrahend} gives {expected} (difference {difference}), and the difference the other way round does not fit either.',
    },
  },
};

const amountOf = (c: AmountCell): Decimal | null | undefined =>
  c.status === 'number' || c.status === 'text-number' ? c.amount : c.status === 'empty' ? null : undefined;

interface Fit {
  a: number;
  b: number;
  fits: number;
  /** Rows (indices) where it does not fit, with the expected value. */
  misses: Array<{ row: number; expected: Decimal; stated: Decimal; tolerance: Decimal }>;
}

export const differenceMismatchRule: TableRule = {
  scope: 'table',
  meta: [differenceMismatchMeta],
  check(table: TableBlock, { template }): Finding[] {
    const findings: Finding[] = [];
    const operands = table.columns.map((c, k) => ({ c, k })).filter(({ c }) => c.role !== 'nonAdditive' && c.role !== 'difference');
    const rows = table.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind !== 'section' && r.kind !== 'nonAdditive');
    table.columns.forEach((column, d) => {
      if (column.role !== 'difference') return;
      const fits: Fit[] = [];
      for (const { k: a } of operands) {
        for (const { k: b } of operands) {
          if (a === b) continue;
          // A difference the table spells out is held to its own operands only.
          if (column.operands && (column.operands[0] !== a || column.operands[1] !== b)) continue;
          const fit: Fit = { a, b, fits: 0, misses: [] };
          for (const { r, i } of rows) {
            const dc = r.amounts[d];
            const [dv, av, bv] = [amountOf(dc), amountOf(r.amounts[a]), amountOf(r.amounts[b])];
            // A blank difference cell states nothing: a missing figure is not a wrong one.
            if (dv === undefined || av === undefined || bv === undefined || dv === null) continue;
            const expected = (av ?? new Decimal(0)).minus(bv ?? new Decimal(0));
            const stated = dv;
            const decimals = comparisonDecimals(shownDecimals(dc, dv), [
              av ? shownDecimals(r.amounts[a], av) : null,
              bv ? shownDecimals(r.amounts[b], bv) : null,
            ]);
            const tolerance = roundingTolerance(2, template, decimals);
            if (stated.minus(expected).abs().lte(tolerance)) fit.fits++;
            else fit.misses.push({ row: i, expected, stated, tolerance });
          }
          fits.push(fit);
        }
      }
      // Nearest columns first among equals: "Korrigeret budget" and "Forventet regnskab" beside "Afvigelse".
      const distance = (f: Fit) => Math.abs(table.columns[f.a].col - column.col) + Math.abs(table.columns[f.b].col - column.col);
      fits.sort((x, y) => y.fits - x.fits || distance(x) - distance(y));
      let best = fits[0];
      if (!best) return;
      let variant = column.operands ? 'declared' : undefined;
      const total = best.fits + best.misses.length;
      // A convention must be clear: at least two rows fit, at least half do, and no other pair
      // fits as many rows with other misses.
      if (best.misses.length === 0) return;
      // (Half the rows is enough where two rows fit: a four-row table with two slips is still clear.)
      if (!column.operands && (best.fits < 2 || best.fits * 2 < total)) {
        // Beside two columns only, a row that is neither A − B nor B − A is wrong whichever way the
        // table subtracts ("Anlægsbevilling | Forbrug | Afvigelse" on one line): told in the nearer order.
        const neither = operands.length === 2 && fits.length === 2 ? rowsFittingNeither(fits[0], fits[1]) : null;
        if (!neither) return;
        best = neither;
        variant = 'neither';
      } else if (fits.find((f) => f !== best && f.fits === best.fits && distance(f) === distance(best))) return;
      // A total row that is off only by what its rows are off carries their slip: report the rows.
      const offBy = new Map(best.misses.map((m) => [m.row, m.stated.minus(m.expected)]));
      const carried = new Set<number>();
      for (const group of table.totals) {
        const own = offBy.get(group.totalRow);
        if (own === undefined) continue;
        const fromRows = group.memberRows.reduce((acc, m) => acc.plus(offBy.get(m) ?? 0), new Decimal(0));
        const miss = best.misses.find((m) => m.row === group.totalRow)!;
        if (!fromRows.isZero() && own.minus(fromRows).abs().lte(miss.tolerance)) carried.add(group.totalRow);
      }
      // A total row whose difference cell is the sum of the rows above it is right as a total: its
      // miss comes from its own operands (a wrong total beside it), reported where they are.
      for (const group of table.totals) {
        const miss = best.misses.find((m) => m.row === group.totalRow);
        if (!miss || carried.has(group.totalRow)) continue;
        const asTotal = checkSum(table.rows[group.totalRow].amounts[d], group.memberRows.map((m) => table.rows[m].amounts[d]), template);
        if (asTotal && asTotal.difference.abs().lte(asTotal.tolerance)) carried.add(group.totalRow);
      }
      for (const miss of best.misses) {
        if (carried.has(miss.row)) continue;
        const row = table.rows[miss.row];
        const cell = row.amounts[d];
        findings.push(
          findingFor(
            differenceMismatchMeta,
            table,
            cell.address,
            {
              label: rowName(row),
              column: columnName(table, d),
              stated: miss.stated,
              expected: miss.expected,
              difference: miss.stated.minus(miss.expected),
              minuend: columnName(table, best.a),
              subtrahend: columnName(table, best.b),
            },
            { expected: miss.expected, actual: miss.stated, difference: miss.stated.minus(miss.expected), ...(variant ? { variant } : {}) },
          ),
        );
      }
    });
    // Rows that are the difference of two rows above them ("Overskud" = "Indtægter i alt" − "Udgifter"):
    // every column where they are not.
    for (const { row, minuend, subtrahend, terms } of table.differenceRows ?? []) {
      if (terms) {
        findings.push(...formulaRowFindings(table, row, terms, template));
        continue;
      }
      const [r, a, b] = [table.rows[row], table.rows[minuend], table.rows[subtrahend]];
      table.columns.forEach((column, j) => {
        if (column.role !== undefined) return;
        const [dv, av, bv] = [amountOf(r.amounts[j]), amountOf(a.amounts[j]), amountOf(b.amounts[j])];
        if (dv === undefined || av === undefined || bv === undefined || dv === null) return;
        const expected = (av ?? new Decimal(0)).minus(bv ?? new Decimal(0));
        const stated = dv;
        const decimals = comparisonDecimals(shownDecimals(r.amounts[j], dv), [av ? shownDecimals(a.amounts[j], av) : null, bv ? shownDecimals(b.amounts[j], bv) : null]);
        if (stated.minus(expected).abs().lte(roundingTolerance(2, template, decimals))) return;
        findings.push(
          findingFor(
            differenceMismatchMeta,
            table,
            r.amounts[j].address,
            { label: rowName(r), column: columnName(table, j), stated, expected, difference: stated.minus(expected), minuend: a.label, subtrahend: b.label },
            { expected, actual: stated, difference: stated.minus(expected), variant: 'rows' },
          ),
        );
      });
    }
    return findings;
  },
};

/** The rows neither order of two columns fits, with the order nearer to what they state; null when none. */
function rowsFittingNeither(f: Fit, g: Fit): Fit | null {
  const missedByG = new Map(g.misses.map((m) => [m.row, m]));
  const both = f.misses.filter((m) => missedByG.has(m.row));
  if (both.length === 0) return null;
  const off = (misses: Fit['misses']) => misses.reduce((acc, m) => acc.plus(m.stated.minus(m.expected).abs()), new Decimal(0));
  const ofG = both.map((m) => missedByG.get(m.row)!);
  return off(both).lte(off(ofG)) ? { ...f, misses: both } : { ...g, misses: ofG };
}

/**
 * A row its label spells out as more than one row less another ("Nettodriftsudgifter (4=1-2-3)"):
 * every column of amounts that add up, where the row is not what its terms give.
 */
function formulaRowFindings(table: TableBlock, row: number, terms: Array<{ row: number; sign: 1 | -1 }>, template: Template): Finding[] {
  const findings: Finding[] = [];
  const r = table.rows[row];
  const formula = terms.map((t, x) => `${x === 0 ? '' : t.sign < 0 ? ' − ' : ' + '}"${table.rows[t.row].label}"`).join('');
  table.columns.forEach((column, j) => {
    if (column.role === 'nonAdditive') return;
    const dv = amountOf(r.amounts[j]);
    const parts = terms.map((t) => amountOf(table.rows[t.row].amounts[j]));
    if (dv === undefined || dv === null || parts.some((p) => p === undefined)) return;
    let expected = new Decimal(0);
    const decimals: Array<number | null> = [];
    terms.forEach((t, x) => {
      const p = parts[x];
      if (!p) return;
      expected = t.sign < 0 ? expected.minus(p) : expected.plus(p);
      decimals.push(shownDecimals(table.rows[t.row].amounts[j], p));
    });
    const d = comparisonDecimals(shownDecimals(r.amounts[j], dv), decimals);
    if (dv.minus(expected).abs().lte(roundingTolerance(Math.max(2, decimals.length), template, d))) return;
    findings.push(
      findingFor(
        differenceMismatchMeta,
        table,
        r.amounts[j].address,
        { label: rowName(r), column: columnName(table, j), stated: dv, expected, difference: dv.minus(expected), formula },
        { expected, actual: dv, difference: dv.minus(expected), variant: 'formula' },
      ),
    );
  });
  return findings;
}
