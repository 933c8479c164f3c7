/**
 * The price-level view's logic: index percentages as typed, the factors in use from one p/l year
 * to another with the yearly steps behind them, the years and table a conversion starts on. Pure
 * functions over the core's types, tested in Node without React or Office.
 */
import Decimal from 'decimal.js';
import { factor, indexSteps, overrideKey, usableOverrides, validIndexPercent, type Lang, type TableBlock, type Template } from '../core';

/** A percentage for an input field, with the language's decimal mark. */
export function formatPercent(d: Decimal, lang: Lang): string {
  const s = d.toFixed();
  return lang === 'da' ? s.replace('.', ',') : s;
}

/** A valid override percentage (a number above -100), or null. */
export function validPercent(text: string): Decimal | null {
  return validIndexPercent(text);
}

/** The template with the user's edited indices (the core's reading of them; bad entries are left out). */
export interface FactorStep {
  from: number;
  to: number;
  key: string;
  percent: Decimal | null;
  overridden: boolean;
}

export interface FactorRow {
  styringsomraade: string;
  steps: FactorStep[];
  /** The factor from the core's price-level module; null when a step has no index. */
  factor: Decimal | null;
}

/** The factors in use from one p/l year to another, per styringsområde, with the yearly steps behind them. */
export function priceLevelFactors(template: Template, from: number, to: number, overrides?: Record<string, string>): FactorRow[] {
  const valid = usableOverrides(overrides);
  const steps = indexSteps(template, valid);
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return template.styringsomraader.map(({ name }) => {
    const list: FactorStep[] = [];
    for (let y = lo; y < hi; y++) {
      const key = overrideKey(name, y);
      list.push({ from: y, to: y + 1, key, percent: steps.get(`${name}:${y}`) ?? null, overridden: key in valid });
    }
    const f = factor(template, name, from, to, steps);
    return { styringsomraade: name, steps: list, factor: f.ok ? f.factor : null };
  });
}

/** A factor as shown: up to 6 decimals, trailing zeros dropped, in the language's notation. */
export function formatFactor(d: Decimal, lang: Lang): string {
  const s = d.toDecimalPlaces(6).toFixed();
  return lang === 'da' ? s.replace('.', ',') : s;
}

/** Years to offer in the from/to pickers: the template's and tables' price levels and index years, padded by one. */
export function candidateYears(template: Template, tables: readonly TableBlock[] = []): number[] {
  const ys = new Set<number>();
  for (const y of [template.priceLevel.proposal, template.priceLevel.overview, ...tables.map((t) => t.priceLevel)]) if (y) ys.add(y);
  for (const s of template.priceIndices) {
    ys.add(s.from);
    ys.add(s.to);
  }
  for (const y of template.years ?? []) ys.add(y);
  if (ys.size === 0) ys.add(new Date().getFullYear());
  const lo = Math.min(...ys) - 1;
  const hi = Math.max(...ys) + 1;
  const out: number[] = [];
  for (let y = lo; y <= hi; y++) out.push(y);
  return out;
}

/**
 * The p/l years the price-level view starts with: from the table's own level (else the proposal
 * level) to the template's other level — a proposal in 2027 p/l goes to the overview's 2026 p/l,
 * the overview goes to 2027.
 */
export function defaultConversionYears(template: Template, table?: TableBlock): { from: number; to: number } {
  const { proposal, overview } = template.priceLevel;
  const from = table?.priceLevel ?? proposal ?? overview ?? new Date().getFullYear();
  const other = [overview, proposal].find((y): y is number => typeof y === 'number' && y !== from);
  return { from, to: other ?? from - 1 };
}

/** The table the conversion picker starts on: the first proposal table with a price level. */
export function defaultConversionTable(tables: readonly TableBlock[]): TableBlock | undefined {
  return tables.find((t) => t.kind === 'proposal' && t.priceLevel !== null) ?? tables.find((t) => t.priceLevel !== null) ?? tables[0];
}

export function tableOptionLabel(t: TableBlock, untitled: string): string {
  const pl = t.priceLevel ? ` (${t.priceLevel} p/l)` : '';
  return `${t.sheet}!${t.rangeA1} – ${t.title ?? untitled}${pl}`;
}
