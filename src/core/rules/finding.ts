/** Builds a finding from a rule's catalogue entry, so severity is stated once, in the meta. */
import type { Finding, TableBlock } from '../model';
import type { RuleMeta } from './rule';

export function findingFor(
  meta: RuleMeta,
  table: Pick<TableBlock, 'sheet' | 'id'>,
  cell: string,
  params: Finding['params'],
  extra: Pick<Finding, 'variant' | 'expected' | 'actual' | 'difference'> = {},
): Finding {
  return { rule: meta.code, severity: meta.severity, sheet: table.sheet, cell, table: table.id, params, ...extra };
}

/** Human name of an amount column: its year, or its styringsområde for overview tables. */
export function columnName(table: TableBlock, index: number): string {
  return table.columns[index].header;
}
