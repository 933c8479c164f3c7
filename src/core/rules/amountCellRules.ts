/**
 * The rules about a single amount cell differ only in the status they look for and their message
 * parameters: each rule module builds its rule from this factory with its own meta.
 */
import type { AmountCell, AmountStatus, Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export function cellRule(status: AmountStatus, meta: RuleMeta, params: (cell: AmountCell) => Finding['params']): TableRule {
  return {
    scope: 'table',
    meta: [meta],
    check(table: TableBlock): Finding[] {
      const findings: Finding[] = [];
      // Percentages, counts and running totals are no amounts: text there ("12,5%") is no fault.
      const textIsFine = status === 'not-numeric' || status === 'text-number';
      for (const row of table.rows) {
        row.amounts.forEach((cell, j) => {
          if (textIsFine && (row.kind === 'nonAdditive' || table.columns[j]?.role === 'nonAdditive')) return;
          if (cell.status === status) findings.push(findingFor(meta, table, cell.address, params(cell)));
        });
      }
      return findings;
    },
  };
}
