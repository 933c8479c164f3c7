/** TOTAL_MISMATCH / TOTAL_ROUNDING: a stated total against the sum of the rows it totals. */
import Decimal from 'decimal.js';
import { isReadable } from '../detect/amountCell';
import { comparisonDecimals, shownDecimals, toleranceFor } from '../detect/precision';
import { sameAsExcel } from '../excelNumber';
import { readTotalFormula, skipsHiddenRows } from '../formulaRefs';
import type { AmountCell, ColumnTotal, Finding, MessageParam, TableBlock, TotalGroup } from '../model';
import type { Template } from '../templates/template';
import { columnName, findingFor, rowName } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const totalMismatchMeta: RuleMeta = {
  code: 'TOTAL_MISMATCH',
  severity: 'error',
  description: {
    da: 'En angivet total afviger fra summen af de rækker, den summerer, med mere end afrundingstolerancen.',
    en: 'A stated total differs from the sum of the rows it totals by more than the rounding tolerance.',
  },
  messages: {
    da: {
      default: '"{label}" ({column}) angiver {stated}, men rækkerne {against} summerer til {sum} (forskel {difference}). Ret den række, der er forkert, eller totalen – gerne som =SUM over rækkerne.',
      columns: '"{label}" ({column}) angiver {stated}, men kolonnerne {against} summerer til {sum} (forskel {difference}). Ret den kolonne, der er forkert, eller totalen.',
    },
    en: {
      default: '"{label}" ({column}) states {stated}, but rows {against} sum to {sum} (difference {difference}). Correct the row that is wrong, or the total – preferably as =SUM over the rows.',
      columns: '"{label}" ({column}) states {stated}, but columns {against} sum to {sum} (difference {difference}). Correct the column that is wrong, or the total.',
    },
  },
};

export const totalRoundingMeta: RuleMeta = {
  code: 'TOTAL_ROUNDING',
  severity: 'info',
  description: {
    da: 'En angivet total afviger fra summen af sine rækker, men inden for afrundingstolerancen.',
    en: 'A stated total differs from the sum of its rows, but within the rounding tolerance.',
  },
  messages: {
    da: {
      default:
        '"{label}" ({column}) angiver {stated}, rækkerne summerer til {sum} (forskel {difference}). Det er inden for afrundingstolerancen på {tolerance} og skyldes formentlig afrunding.',
    },
    en: {
      default:
        '"{label}" ({column}) states {stated}, its rows sum to {sum} (difference {difference}). That is within the rounding tolerance of {tolerance}, most likely rounding.',
    },
  },
};

/** Half a unit per summed row, rounded down, at least the template's minimum; a unit is 10^-decimals. */
export function roundingTolerance(summedRows: number, template: Template, decimals = 0): Decimal {
  return toleranceFor(summedRows, template.rounding.tolerancePerRow, template.rounding.minimum, decimals);
}

/** A stated figure held against the sum of some cells: the sum, the difference and the tolerance. */
export interface SumCheck {
  sum: Decimal;
  stated: Decimal;
  difference: Decimal;
  tolerance: Decimal;
  /** Cells that held an amount. */
  counted: number;
}

/**
 * Sums `parts` against `stated`, at the precision they show. Null when a cell cannot be read (the
 * cell rules report it) or there is nothing to compare.
 */
export function checkSum(stated: AmountCell, parts: AmountCell[], template: Template): SumCheck | null {
  if (!isReadable(stated) || !parts.every(isReadable)) return null;
  const statedValue = stated.amount;
  let sum = new Decimal(0);
  let counted = 0;
  const decimals: Array<number | null> = [];
  for (const p of parts) {
    const a = p.amount; // made on each read: take it once
    if (a === null) continue;
    sum = sum.plus(a);
    counted++;
    decimals.push(shownDecimals(p, a));
  }
  if (statedValue === null && counted === 0) return null;
  const statedAmount = statedValue ?? new Decimal(0);
  const d = comparisonDecimals(statedValue ? shownDecimals(stated, statedValue) : null, decimals);
  // A SUM's cached result may carry binary noise beyond Excel's 15 digits: that is no difference.
  const difference = sameAsExcel(statedAmount, sum) ? new Decimal(0) : statedAmount.minus(sum);
  return { sum, stated: statedAmount, difference, tolerance: roundingTolerance(counted, template, d), counted };
}

/** A heading of a price or an amount per unit: "Takst pr. plads", "Pris per m³". */
const PER_UNIT = /(?:^|\s)(?:pr|per)\.?\s+\p{L}/iu;

/** Is the stated figure smaller than the largest of its parts, none of them negative? No sum can be. */
function isBelowLargestPart(stated: AmountCell, parts: readonly AmountCell[]): boolean {
  if (!isReadable(stated) || stated.amount === null || stated.amount.isNegative()) return false;
  let largest: Decimal | null = null;
  for (const p of parts) {
    if (!isReadable(p) || p.amount === null) continue;
    if (p.amount.isNegative()) return false;
    if (largest === null || p.amount.gt(largest)) largest = p.amount;
  }
  return largest !== null && stated.amount.lt(largest);
}

/**
 * A row of shares in a table of amounts ("Relativ lønandel 0,65 | 0,56 | … | I alt 0,62", its % format
 * lost in an export): every figure a fraction, the "total" smaller than its largest part — an average,
 * which a sum of parts that are none of them negative can never be.
 */
function isRowOfShares(amounts: readonly AmountCell[], ct: ColumnTotal): boolean {
  const stated = amounts[ct.column];
  if (!isReadable(stated) || stated.amount === null) return false;
  const total = stated.amount;
  if (total.isNegative() || total.abs().gte(1)) return false;
  let largest: Decimal | null = null;
  for (const k of ct.memberColumns) {
    const a = amounts[k];
    if (!isReadable(a) || a.amount === null) continue;
    if (a.amount.isNegative() || a.amount.gte(1)) return false;
    if (largest === null || a.amount.gt(largest)) largest = a.amount;
  }
  return largest !== null && total.lt(largest);
}

/** "række 5–7" / "rows 5–7 and 9": the rows a total was held against, as Excel numbers them. */
export function rowSpans(rowNumbers: number[]): string {
  const sorted = [...rowNumbers].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    spans.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return spans.join(', ');
}

export const totalMismatchRule: TableRule = {
  scope: 'table',
  meta: [totalMismatchMeta, totalRoundingMeta],
  check(table: TableBlock, { template, formulas }): Finding[] {
    const findings: Finding[] = [];
    const report = (check: SumCheck, at: string, label: MessageParam, column: string, against: string, variant?: string) => {
      if (check.difference.isZero()) return;
      const meta = check.difference.abs().lte(check.tolerance) ? totalRoundingMeta : totalMismatchMeta;
      const { sum, stated, difference, tolerance } = check;
      findings.push(
        findingFor(
          meta,
          table,
          at,
          { label, column, stated, sum, difference, tolerance, against },
          { expected: sum, actual: stated, difference, ...(variant && meta === totalMismatchMeta ? { variant } : {}) },
        ),
      );
    };
    // A corner cell (a total row in a total column) is checked both ways. When other cells are
    // wrong, it disagrees with its column or its row by exactly their slips: it is reported only
    // when it is wrong in itself (not the sum of the cells it totals, both ways).
    const columnSlip = (row: number, ct: ColumnTotal): Decimal | null => {
      const r = table.rows[row];
      return checkSum(r.amounts[ct.column], ct.memberColumns.map((k) => r.amounts[k]), template)?.difference ?? null;
    };
    const rowSlip = (group: TotalGroup, j: number): Decimal | null =>
      checkSum(table.rows[group.totalRow].amounts[j], group.memberRows.map((m) => table.rows[m].amounts[j]), template)?.difference ?? null;
    const sumOf = (xs: Array<Decimal | null>): Decimal | null => (xs.some((x) => x === null) ? null : (xs as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0)));
    const cornerExplained = (group: TotalGroup, ct: ColumnTotal, tolerance: Decimal): boolean => {
      const t = group.totalRow;
      const down = rowSlip(group, ct.column); // the corner against the rows above it
      const across = columnSlip(t, ct); // the corner against the columns before it
      const rows = sumOf(ct.memberColumns.map((k) => rowSlip(group, k)));
      const cols = sumOf(group.memberRows.map((m) => columnSlip(m, ct)));
      if (down === null || across === null || rows === null || cols === null) return false;
      const near = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(tolerance);
      const zero = new Decimal(0);
      // Right in itself: the sum of the cells it totals, whichever way they are added.
      if (near(down.plus(cols), zero) && near(across.plus(rows), zero) && !(cols.isZero() && rows.isZero())) return true;
      // Right across, off down only by the slips of its row's cells and of the rows above.
      if (near(across, zero) && !down.isZero() && near(down, rows.minus(cols))) return true;
      // Right down, off across only by those slips.
      return near(down, zero) && !across.isZero() && near(across, cols.minus(rows));
    };
    const cornerOf = (group: TotalGroup, j: number) => table.columnTotals?.find((c) => c.column === j);
    // An empty total cell states nothing (a note column, a figure not given) — except on the forms
    // that owe every total (a budget proposal, an overview of proposals), where it is a total of 0.
    const blankStatesNothing = table.kind !== 'proposal' && table.kind !== 'overview';
    for (const group of table.totals) {
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((column, j) => {
        if (column.role === 'nonAdditive') return;
        const stated = totalRow.amounts[j];
        if (blankStatesNothing && stated.status === 'empty') return;
        // A total that leaves hidden rows out (SUBTOTAL 109) is held against the visible rows.
        const visibleOnly =
          stated.formula !== undefined &&
          group.memberRows.some((m) => table.rows[m].hidden) &&
          skipsHiddenRows(readTotalFormula(stated.formula, { sheet: table.sheet, row: stated.row, col: stated.col }, formulas));
        const counted = (rows: number[]) => (visibleOnly ? rows.filter((m) => !table.rows[m].hidden) : rows);
        const check = checkSum(stated, counted(group.memberRows).map((m) => table.rows[m].amounts[j]), template);
        if (!check || check.difference.isZero()) return;
        // A price per unit ("Takst pr. plads") on a total row is the average of the rows, not their sum.
        if (PER_UNIT.test(column.header) && isBelowLargestPart(stated, group.memberRows.map((m) => table.rows[m].amounts[j]))) return;
        if (check.difference.abs().gt(check.tolerance) && group.candidates) {
          // Another sensible reading of what the total counts agrees: the total is right.
          const agrees = group.candidates.some((c) => {
            const other = checkSum(stated, counted(c.memberRows).map((m) => table.rows[m].amounts[j]), template);
            return other !== null && other.difference.abs().lte(other.tolerance);
          });
          if (agrees) return;
        }
        const ct = cornerOf(group, j);
        if (ct && check.difference.abs().gt(check.tolerance) && cornerExplained(group, ct, check.tolerance)) return;
        report(check, stated.address, rowName(totalRow), columnName(table, j), rowSpans(counted(group.memberRows).map((m) => table.rows[m].row)));
      });
    }
    // Total columns ("I alt" right of the years, "1. kvt." after its months): every row. A cell
    // already reported as its column's total is not reported again as its row's.
    const reported = new Set(findings.filter((f) => f.rule === 'TOTAL_MISMATCH').map((f) => f.cell));
    for (const ct of table.columnTotals ?? []) {
      for (const [index, row] of table.rows.entries()) {
        if (row.kind === 'section' || row.kind === 'nonAdditive') continue;
        if (isRowOfShares(row.amounts, ct)) continue;
        const stated = row.amounts[ct.column];
        if (blankStatesNothing && stated.status === 'empty') continue;
        const check = checkSum(stated, ct.memberColumns.map((k) => row.amounts[k]), template);
        // A lone figure beside no parts ("Tilbagebetalingstid (år)" under the total column) totals nothing.
        if (!check || check.difference.isZero() || check.counted === 0) continue;
        if (check.difference.abs().gt(check.tolerance) && ct.candidates) {
          const agrees = ct.candidates.some((cols) => {
            const other = checkSum(stated, cols.map((k) => row.amounts[k]), template);
            return other !== null && other.difference.abs().lte(other.tolerance);
          });
          if (agrees) continue;
        }
        if (reported.has(stated.address) && check.difference.abs().gt(check.tolerance)) continue;
        const group = table.totals.find((g) => g.totalRow === index);
        if (group && check.difference.abs().gt(check.tolerance) && cornerExplained(group, ct, check.tolerance)) continue;
        const cols = ct.memberColumns.map((k) => columnName(table, k));
        report(check, stated.address, rowName(row), columnName(table, ct.column), cols.join(', '), 'columns');
      }
    }
    return findings;
  },
};
