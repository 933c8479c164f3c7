/**
 * The rules about a single amount cell differ only in the status they look for and their message
 * parameters: each rule module builds its rule from this factory with its own meta.
 */
import type { AmountCell, AmountStatus, Finding, TableBlock, TableKind } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

/** Statuses that are no fault in a non-additive row or column (percentages, counts, running totals). */
const FINE_WHERE_NOT_ADDED: ReadonlySet<AmountStatus> = new Set(['not-numeric', 'text-number', 'percent']);

export function cellRule(
  status: AmountStatus,
  meta: RuleMeta,
  params: (cell: AmountCell) => Finding['params'],
  /** Kinds of table the rule does not look at. */
  skipKinds: readonly TableKind[] = [],
): TableRule {
  return {
    scope: 'table',
    meta: [meta],
    check(table: TableBlock): Finding[] {
      const findings: Finding[] = [];
      if (skipKinds.includes(table.kind)) return findings;
      // Percentages, counts and running totals are no amounts: "12,5%" there is no fault.
      const fineWhereNotAdded = FINE_WHERE_NOT_ADDED.has(status);
      for (const row of table.rows) {
        row.amounts.forEach((cell, j) => {
          if (fineWhereNotAdded && (row.kind === 'nonAdditive' || row.kind === 'section' || table.columns[j]?.role === 'nonAdditive')) return;
          if (cell.status === status) findings.push(findingFor(meta, table, cell.address, params(cell)));
        });
      }
      return findings;
    },
  };
}
