/** HERAF_EXCEEDS: the "heraf" rows under an item add up to more than the item itself. */
import Decimal from 'decimal.js';
import type { Finding, TableBlock } from '../model';
import { columnName, findingFor, rowName } from './finding';
import type { RuleMeta, TableRule } from './rule';
import { checkSum, rowSpans } from './totalMismatch';
import { outlineParent } from '../detect/outline';

export const herafExceedsMeta: RuleMeta = {
  code: 'HERAF_EXCEEDS',
  severity: 'warning',
  description: {
    da: '"Heraf"-rækkerne under en række summerer til mere end rækken selv.',
    en: 'The "heraf" (of which) rows under a row add up to more than the row itself.',
  },
  messages: {
    da: { default: '"Heraf"-rækkerne {rows} under "{label}" ({column}) summerer til {sum}, men "{label}" er kun {stated}.' },
    en: { default: 'The "heraf" (of which) rows {rows} under "{label}" ({column}) add up to {sum}, but "{label}" is only {stated}.' },
  },
};

export const herafExceedsRule: TableRule = {
  scope: 'table',
  meta: [herafExceedsMeta],
  check(table: TableBlock, { template }): Finding[] {
    const findings: Finding[] = [];
    // Each run of heraf rows belongs to the row above it.
    for (let i = 0; i < table.rows.length; i++) {
      if (table.rows[i].kind !== 'heraf') continue;
      const parts: number[] = [];
      while (i < table.rows.length && table.rows[i].kind === 'heraf') parts.push(i++);
      // Or, in a numbered outline, the row its number stands under ("2.1" for "2.1.E Heraf overhead").
      const parentIndex = outlineParent(table.rows, parts[0]) ?? parts[0] - 1;
      const parent = table.rows[parentIndex];
      i--;
      if (!parent || parent.kind === 'section' || parent.kind === 'heraf' || parent.kind === 'nonAdditive') continue;
      table.columns.forEach((column, j) => {
        if (column.role === 'nonAdditive') return;
        const whole = parent.amounts[j];
        if (whole.status === 'empty') return; // a part of nothing: nothing to hold it against
        const check = checkSum(whole, parts.map((p) => table.rows[p].amounts[j]), template);
        if (!check || check.counted === 0) return;
        // Parts exceed the whole when they go further from zero in the whole's direction.
        const sign = check.stated.isNegative() ? -1 : 1;
        const excess = check.sum.times(sign).minus(check.stated.times(sign));
        if (excess.lte(check.tolerance)) return;
        const at = table.rows[parts[0]].amounts[j].address;
        findings.push(
          findingFor(
            herafExceedsMeta,
            table,
            at,
            { label: rowName(parent), column: columnName(table, j), sum: check.sum, stated: check.stated, rows: rowSpans(parts.map((p) => table.rows[p].row)) },
            { expected: check.stated, actual: check.sum, difference: check.sum.minus(check.stated) as Decimal },
          ),
        );
      });
    }
    return findings;
  },
};
