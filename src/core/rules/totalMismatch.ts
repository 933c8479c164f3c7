/** TOTAL_MISMATCH / TOTAL_ROUNDING: a stated total against the sum of the rows it totals. */
import Decimal from 'decimal.js';
import { isReadable } from '../detect/amountCell';
import { sameAsExcel } from '../excelNumber';
import type { Finding, TableBlock } from '../model';
import type { Template } from '../templates/template';
import { columnName, findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const totalMismatchMeta: RuleMeta = {
  code: 'TOTAL_MISMATCH',
  severity: 'error',
  description: {
    da: 'En angivet total afviger fra summen af de rækker, den summerer, med mere end afrundingstolerancen.',
    en: 'A stated total differs from the sum of the rows it totals by more than the rounding tolerance.',
  },
  messages: {
    da: { default: '"{label}" ({column}) angiver {stated}, men rækkerne summerer til {sum} (forskel {difference}).' },
    en: { default: '"{label}" ({column}) states {stated}, but its rows sum to {sum} (difference {difference}).' },
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

/** Half a unit per summed row, rounded down, at least the template's minimum. */
export function roundingTolerance(summedRows: number, template: Template): Decimal {
  const perRow = new Decimal(template.rounding.tolerancePerRow).times(summedRows).floor();
  return Decimal.max(perRow, template.rounding.minimum);
}

export const totalMismatchRule: TableRule = {
  scope: 'table',
  meta: [totalMismatchMeta, totalRoundingMeta],
  check(table: TableBlock, { template }): Finding[] {
    const findings: Finding[] = [];
    for (const group of table.totals) {
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((_, j) => {
        const stated = totalRow.amounts[j];
        const members = group.memberRows.map((m) => table.rows[m].amounts[j]);
        if (!isReadable(stated) || !members.every(isReadable)) return; // reported by the cell rules
        // `amount` is made on each read: take each once.
        const values = members.map((m) => m.amount).filter((a): a is Decimal => a !== null);
        const statedValue = stated.amount;
        if (statedValue === null && values.length === 0) return;
        const sum = values.reduce((acc, a) => acc.plus(a), new Decimal(0));
        const statedAmount = statedValue ?? new Decimal(0);
        const difference = statedAmount.minus(sum);
        if (difference.isZero() || sameAsExcel(statedAmount, sum)) return; // a SUM's binary noise beyond 15 digits
        const tolerance = roundingTolerance(values.length, template);
        const meta = difference.abs().lte(tolerance) ? totalRoundingMeta : totalMismatchMeta;
        findings.push(
          findingFor(
            meta,
            table,
            stated.address,
            { label: totalRow.label, column: columnName(table, j), stated: statedAmount, sum, difference, tolerance },
            { expected: sum, actual: statedAmount, difference },
          ),
        );
      });
    }
    return findings;
  },
};
