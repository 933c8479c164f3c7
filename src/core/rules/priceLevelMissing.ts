/** PRICE_LEVEL_MISSING: a cost table states no price level. */
import type { Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const priceLevelMissingMeta: RuleMeta = {
  code: 'PRICE_LEVEL_MISSING',
  severity: 'error',
  description: {
    da: 'Tabellen angiver ikke sit pris- og lønniveau (fx "1.000 kr. 2027 p/l").',
    en: 'The table states no price level (e.g. "1.000 kr. 2027 p/l").',
  },
  messages: {
    da: {
      default: 'Tabellen angiver hverken enhed eller pris- og lønniveau. Skriv fx "{example}" i tabellens første overskriftscelle.',
      noYear: 'Tabellens angivelse "{text}" mangler pris- og lønniveau. Skriv fx "{example}".',
      withoutYear: 'Tabellens angivelse "{text}" siger p/l, men ikke hvilket år. Skriv fx "{example}".',
    },
    en: {
      default: 'The table states neither unit nor price level. Write e.g. "{example}" in its first header cell.',
      noYear: 'The table\'s label "{text}" states no price level. Write e.g. "{example}".',
      withoutYear: 'The table\'s label "{text}" says p/l but not which year. Write e.g. "{example}".',
    },
  },
};

export const priceLevelMissingRule: TableRule = {
  scope: 'table',
  meta: [priceLevelMissingMeta],
  check(table: TableBlock, { template }): Finding[] {
    // A list states no p/l and needs none; follow-up and period tables report the current year's
    // budget and accounts: no p/l to require.
    if (table.kind !== 'proposal' && table.kind !== 'overview') return [];
    const year = template.priceLevel[table.kind];
    // A template that sets no price level asks one only of a table over several budget years.
    if (year === null && table.years.length < 2) return [];
    const example = `1.000 kr. ${year ?? new Date().getFullYear()} p/l`;
    const label = table.label;
    if (!label) return [findingFor(priceLevelMissingMeta, table, table.firstHeaderCell, { example })];
    if (label.priceLevel !== null || label.currentPrices) return [];
    return [
      findingFor(priceLevelMissingMeta, table, label.cell, { text: label.text, example }, { variant: label.priceLevelWithoutYear ? 'withoutYear' : 'noYear' }),
    ];
  },
};
