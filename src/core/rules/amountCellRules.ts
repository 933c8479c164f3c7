/**
 * The rules about a single amount cell differ only in the status they look for and their message
 * parameters: each rule module builds its rule from this factory with its own meta.
 */
import type { AmountCell, AmountStatus, Finding, TableBlock, TableKind } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

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
      for (const row of table.rows) {
        for (const cell of row.amounts) {
          if (cell.status === status) findings.push(findingFor(meta, table, cell.address, params(cell)));
        }
      }
      return findings;
    },
  };
}
