/**
 * PRICE_LEVEL_MISMATCH: the table's price level is not the one the template requires for its kind.
 * Where the template requires none (generic), tables of one kind must agree across the workbook.
 */
import type { Finding, LocalizedText, TableBlock, TableKind } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, WorkbookRule } from './rule';

export const priceLevelMismatchMeta: RuleMeta = {
  code: 'PRICE_LEVEL_MISMATCH',
  severity: 'error',
  description: {
    da: 'Tabellens pris- og lønniveau er ikke det, skabelonen kræver for den slags tabel.',
    en: "The table's price level is not the one the template requires for that kind of table.",
  },
  messages: {
    da: {
      default: 'Tabellen er i {actual} p/l, men skabelonen "{template}" kræver {required} p/l for {kind}. Er beløbene regnet i {actual} p/l, så omregn tabellen; er de allerede i {required} p/l, så ret kun angivelsen.',
      inconsistent: 'Tabellen er i {actual} p/l, mens de øvrige {kind} i projektmappen er i {required} p/l. Omregn tabellen, eller ret angivelsen, hvis beløbene allerede er i {required} p/l.',
      currentPrices: 'Tabellen er i løbende priser, men skabelonen "{template}" kræver {required} p/l for {kind}. Omregn tabellen til {required} p/l.',
    },
    en: {
      default: 'The table is in {actual} p/l, but template "{template}" requires {required} p/l for {kind}. If the amounts are in {actual} p/l, convert the table; if they already are in {required} p/l, correct only the label.',
      inconsistent: 'The table is in {actual} p/l, while the other {kind} in the workbook are in {required} p/l. Convert the table, or correct the label if the amounts already are in {required} p/l.',
      currentPrices: 'The table is in current prices, but template "{template}" requires {required} p/l for {kind}. Convert the table to {required} p/l.',
    },
  },
};

const kindNames: Record<Exclude<TableKind, 'list'>, LocalizedText> = {
  proposal: { da: 'forslagstabeller', en: 'proposal tables' },
  overview: { da: 'oversigtstabeller', en: 'overview tables' },
  followup: { da: 'opfølgningstabeller', en: 'follow-up tables' },
  period: { da: 'periodetabeller', en: 'period tables' },
};

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}

export const priceLevelMismatchRule: WorkbookRule = {
  scope: 'workbook',
  meta: [priceLevelMismatchMeta],
  check(tables: TableBlock[], { template }): Finding[] {
    const findings: Finding[] = [];
    for (const kind of ['proposal', 'overview'] as const) {
      const ofKind = tables.filter((t) => t.kind === kind && t.label);
      const required = template.priceLevel[kind];
      const expected = required ?? mostCommon(ofKind.map((t) => t.priceLevel).filter((p): p is number => p !== null));
      if (expected === null) continue;
      for (const table of ofKind) {
        const label = table.label!;
        const params = { template: template.id, required: String(expected), kind: kindNames[kind], actual: String(table.priceLevel ?? '') };
        if (label.currentPrices && table.priceLevel === null) {
          findings.push(findingFor(priceLevelMismatchMeta, table, label.cell, params, { variant: 'currentPrices' }));
        } else if (table.priceLevel !== null && table.priceLevel !== expected) {
          findings.push(findingFor(priceLevelMismatchMeta, table, label.cell, params, required === null ? { variant: 'inconsistent' } : {}));
        }
      }
    }
    return findings;
  },
};
