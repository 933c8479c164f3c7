/** STYRINGSOMRAADE_MISSING: an amount row names no styringsområde. */
import type { Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const styringsomraadeMissingMeta: RuleMeta = {
  code: 'STYRINGSOMRAADE_MISSING',
  severity: 'error',
  description: { da: 'En beløbsrække angiver intet styringsområde.', en: 'An amount row names no styringsområde.' },
  messages: {
    da: {
      default: 'Rækken "{label}" har beløb, men intet styringsområde (fx {examples}).',
      noColumn: 'Tabellen har ingen kolonne "Styringsområde"; hver beløbsrække skal angive et styringsområde (fx {examples}).',
    },
    en: {
      default: 'The row "{label}" has amounts but no styringsområde (e.g. {examples}).',
      noColumn: 'The table has no "Styringsområde" column; every amount row must name one (e.g. {examples}).',
    },
  },
};

export const styringsomraadeMissingRule: TableRule = {
  scope: 'table',
  meta: [styringsomraadeMissingMeta],
  check(table: TableBlock, { template }): Finding[] {
    // A template may say that no styringsområde is required (the state's aktstykker have no such column).
    if (table.kind !== 'proposal' || template.styringsomraadeRequired === false) return [];
    const examples = template.styringsomraader.slice(0, 3).map((s) => s.name).join(', ');
    const items = table.rows.filter((r) => r.kind === 'item' && r.amounts.some((a) => a.status !== 'empty'));
    if (items.length === 0) return [];
    if (table.styringsomraadeCol === null) {
      return [findingFor(styringsomraadeMissingMeta, table, table.firstHeaderCell, { examples }, { variant: 'noColumn' })];
    }
    return items
      .filter((r) => r.styringsomraade && r.styringsomraade.text === '')
      .map((r) => findingFor(styringsomraadeMissingMeta, table, r.styringsomraade!.address, { label: r.label, examples }));
  },
};
