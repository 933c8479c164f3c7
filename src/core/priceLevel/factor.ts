/**
 * Price-level factors: amounts in `from` p/l × factor = amounts in `to` p/l. A factor is the product
 * of the template's yearly index steps (1 + percent/100), inverted when converting backwards.
 * Pure: no I/O. A missing step is a typed result naming the missing index, never an exception.
 */
import Decimal from 'decimal.js';
import type { Template } from '../templates/template';

/** User edits of index percentages, keyed "Service:2026-2027" (one-year steps); values "2,8", "2.8" or numbers. */
export type IndexOverrides = Record<string, string | number | Decimal>;

/** One yearly index step that neither the template nor the overrides supply. */
export interface MissingIndex {
  styringsomraade: string;
  from: number;
  to: number;
}

export type FactorResult =
  | {
      ok: true;
      /** amount(from p/l) × factor = amount(to p/l). 1/product when converting backwards. */
      factor: Decimal;
      /** Product of the forward steps between the two years (≥ 1 step, or exactly 1 when from == to). */
      product: Decimal;
      /** 'up': multiply by product; 'down': divide by product; 'same': from == to. */
      direction: 'up' | 'down' | 'same';
      styringsomraade: string;
      from: number;
      to: number;
    }
  | { ok: false; styringsomraade: string; from: number; to: number; missing: MissingIndex[] };

export class IndexOverrideError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldige prisindeks: ${problems.join('; ')}`);
    this.name = 'IndexOverrideError';
  }
}

/** Reads a percentage as typed: "2,8", "2.8", "-0,5", "2,8 %". Null when it is no number. */
export function parsePercent(value: string | number | Decimal): Decimal | null {
  if (value instanceof Decimal) return value.isFinite() ? value : null;
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(String(value)) : null;
  const s = value.replace(/[\s\u00a0%]/g, '').replace(/^[−–]/, '-');
  if (/^[-+]?\d+(,\d+)?$/.test(s)) return new Decimal(s.replace(',', '.'));
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) return new Decimal(s);
  return null;
}

export function overrideKey(styringsomraade: string, from: number): string {
  return `${styringsomraade}:${from}-${from + 1}`;
}

/** The canonical styringsområde name for a name or alias (case-insensitive), or the trimmed input when unknown. */
export function canonicalStyringsomraade(template: Template, name: string): string {
  const n = name.trim().toLocaleLowerCase('da');
  for (const s of template.styringsomraader) {
    if (s.name.toLocaleLowerCase('da') === n) return s.name;
    if (s.aliases.some((a) => a.toLocaleLowerCase('da') === n)) return s.name;
  }
  return name.trim();
}

/** One edited index as read: the step it sets, or why it cannot be used. */
export type IndexOverrideReading =
  | { ok: true; styringsomraade: string; from: number; percent: Decimal }
  | { ok: false; problem: string };

const OVERRIDE_KEY = /^(.+):(\d{4})-(\d{4})$/;

/** A percentage that makes a usable factor: a number above -100 %. */
export function validIndexPercent(value: string | number | Decimal): Decimal | null {
  const percent = parsePercent(value);
  return percent && percent.gt(-100) ? percent : null;
}

/**
 * Reads one override ("Service:2026-2027" → "2,8"). The one place that knows the key's form; with a
 * template, the styringsområde is resolved to its canonical name.
 */
export function readIndexOverride(template: Template | null, key: string, value: string | number | Decimal): IndexOverrideReading {
  const m = OVERRIDE_KEY.exec(key.trim());
  if (!m) return { ok: false, problem: `"${key}": nøglen skal have formen "Service:2026-2027"` };
  const from = Number(m[2]);
  if (Number(m[3]) !== from + 1) return { ok: false, problem: `"${key}": et indeks gælder ét år frem (fx 2026-2027)` };
  if (!parsePercent(value)) return { ok: false, problem: `"${key}": "${String(value)}" er ikke et tal` };
  const percent = validIndexPercent(value);
  if (!percent) return { ok: false, problem: `"${key}": en ændring på ${String(value)} % giver ingen gyldig faktor` };
  const styringsomraade = template ? canonicalStyringsomraade(template, m[1]) : m[1].trim();
  return { ok: true, styringsomraade, from, percent };
}

/** Yearly steps (percent) by "Styringsområde:from" after applying overrides. Throws IndexOverrideError on malformed overrides. */
export function indexSteps(template: Template, overrides?: IndexOverrides): Map<string, Decimal> {
  const steps = new Map<string, Decimal>();
  for (const s of template.priceIndices) {
    steps.set(`${canonicalStyringsomraade(template, s.styringsomraade)}:${s.from}`, s.percent);
  }
  if (overrides) {
    const problems: string[] = [];
    for (const [key, value] of Object.entries(overrides)) {
      const reading = readIndexOverride(template, key, value);
      if (reading.ok) steps.set(`${reading.styringsomraade}:${reading.from}`, reading.percent);
      else problems.push(reading.problem);
    }
    if (problems.length) throw new IndexOverrideError(problems);
  }
  return steps;
}

/**
 * The template with the user's edited indices in place of (or beside) its own, for callers that
 * take a template only (the analysis). Entries that cannot be used, or name a styringsområde the
 * template does not know, are left out rather than fatal.
 */
export function templateWithOverrides(template: Template, overrides: IndexOverrides | undefined): Template {
  if (!overrides || Object.keys(overrides).length === 0) return template;
  const steps = new Map(template.priceIndices.map((s) => [overrideKey(canonicalStyringsomraade(template, s.styringsomraade), s.from), s]));
  for (const [key, value] of Object.entries(overrides)) {
    const r = readIndexOverride(template, key, value);
    if (!r.ok || !template.styringsomraader.some((s) => s.name === r.styringsomraade)) continue;
    steps.set(overrideKey(r.styringsomraade, r.from), { styringsomraade: r.styringsomraade, from: r.from, to: r.from + 1, percent: r.percent, source: 'Rettet i Excel' });
  }
  return { ...template, priceIndices: [...steps.values()] };
}

/** Only the overrides that can be used (key of the right form, a valid percentage). */
export function usableOverrides<V extends string | number | Decimal>(overrides: Record<string, V> | undefined): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of Object.entries(overrides ?? {})) if (readIndexOverride(null, key, value).ok) out[key] = value;
  return out;
}

/**
 * The factor that converts amounts of `styringsomraade` from `fromYear` p/l to `toYear` p/l.
 * 2025→2027 chains two steps; 2027→2026 is 1/(1 + p/100); from == to is exactly 1.
 */
export function factor(
  template: Template,
  styringsomraade: string,
  fromYear: number,
  toYear: number,
  overrides?: IndexOverrides | Map<string, Decimal>,
): FactorResult {
  const name = canonicalStyringsomraade(template, styringsomraade);
  const steps = overrides instanceof Map ? overrides : indexSteps(template, overrides);
  const lo = Math.min(fromYear, toYear);
  const hi = Math.max(fromYear, toYear);
  let product = new Decimal(1);
  const missing: MissingIndex[] = [];
  for (let y = lo; y < hi; y++) {
    const p = steps.get(`${name}:${y}`);
    if (!p) missing.push({ styringsomraade: name, from: y, to: y + 1 });
    else product = product.times(p.div(100).plus(1));
  }
  if (missing.length) return { ok: false, styringsomraade: name, from: fromYear, to: toYear, missing };
  const direction = fromYear === toYear ? 'same' : toYear > fromYear ? 'up' : 'down';
  return {
    ok: true,
    factor: direction === 'down' ? new Decimal(1).div(product) : product,
    product,
    direction,
    styringsomraade: name,
    from: fromYear,
    to: toYear,
  };
}

/** Applies a factor exactly as far as decimal.js allows: dividing by the forward product rather than multiplying by its rounded inverse. */
export function applyFactor(amount: Decimal, f: Extract<FactorResult, { ok: true }>): Decimal {
  if (f.direction === 'same') return amount;
  return f.direction === 'up' ? amount.times(f.product) : amount.div(f.product);
}
