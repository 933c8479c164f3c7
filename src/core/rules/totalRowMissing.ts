/** TOTAL_ROW_MISSING: a block of amount rows with no total row. */
import type { Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const totalRowMissingMeta: RuleMeta = {
  code: 'TOTAL_ROW_MISSING',
  severity: 'warning',
  description: {
    da: 'En blok af beløbsrækker har ingen total-række.',
    en: 'A block of amount rows has no total row.',
  },
  messages: {
    da: { default: 'Rækkerne {first}–{last} ({count} rækker med beløb) har ingen total-række (fx "I alt" eller "Samlede …").' },
    en: { default: 'Rows {first}–{last} ({count} amount rows) have no total row (e.g. "I alt" or "Samlede …").' },
  },
};

export const totalRowMissingRule: TableRule = {
  scope: 'table',
  meta: [totalRowMissingMeta],
  check(table: TableBlock, { template }): Finding[] {
    // A list needs no total: many published lists have none; nor does any table under a template
    // that asks for none (state, region and rate tables).
    if (table.kind === 'list' || template.totalRowRequired === false) return [];
    return table.untotalled
      .filter((block) => block.memberRows.length >= 2)
      .map((block) => {
        const first = table.rows[block.memberRows[0]];
        const last = table.rows[block.memberRows[block.memberRows.length - 1]];
        return findingFor(totalRowMissingMeta, table, first.labelAddress, {
          first: String(first.row),
          last: String(last.row),
          count: String(block.memberRows.length),
        });
      });
  },
};
