/** UNIT_MISSING: the table's label gives a price level but no unit. */
import type { Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const unitMissingMeta: RuleMeta = {
  code: 'UNIT_MISSING',
  severity: 'warning',
  description: { da: 'Tabellen angiver ikke sin enhed (fx "1.000 kr.").', en: 'The table states no unit (e.g. "1.000 kr.").' },
  messages: {
    da: { default: 'Angivelsen "{text}" nævner ingen enhed. Skriv fx "1.000 kr." foran.' },
    en: { default: 'The label "{text}" names no unit. Write e.g. "1.000 kr." in front.' },
  },
};

export const unitMissingRule: TableRule = {
  scope: 'table',
  meta: [unitMissingMeta],
  // A table with no label at all is reported once, as PRICE_LEVEL_MISSING.
  check(table: TableBlock): Finding[] {
    if (table.kind === 'list' || !table.label || table.label.unit) return [];
    return [findingFor(unitMissingMeta, table, table.label.cell, { text: table.label.text })];
  },
};
