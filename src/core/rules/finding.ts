/** Builds a finding from a rule's catalogue entry, so severity is stated once, in the meta. */
import { columnLetters } from '../a1';
import type { Finding, MessageParam, TableBlock, TableRow } from '../model';
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

/** Human name of an amount column: its heading (a year, a styringsområde, a measure), or its letter where it has none. */
export function columnName(table: TableBlock, index: number): string {
  const column = table.columns[index];
  return column.header.trim() || columnLetters(column.col);
}

/** Human name of a row: its label, or "række 12" where it has none (a total the numbers show). */
export function rowName(row: Pick<TableRow, 'label' | 'row'>): MessageParam {
  return row.label.trim() || { da: `række ${row.row}`, en: `row ${row.row}` };
}
