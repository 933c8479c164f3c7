/** Human-readable lines about a conversion, in Danish (Danish number format) or English. */

import { formatAmount } from '../danishNumber';
import type { Lang } from '../model';
import type { ConversionResult, FactorOk } from './convert';
import type { MissingIndex } from './factor';

/** "× 1,028" when converting up, "÷ 1,028" when converting down, "× 1" when the level is unchanged. */
export function describeFactor(f: FactorOk, lang: Lang): string {
  const p = formatAmount(f.product.toSignificantDigits(10), lang);
  if (f.direction === 'same') return '× 1';
  return f.direction === 'up' ? `× ${p}` : `÷ ${p}`;
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'da' ? ' og ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

const statusText: Record<string, { da: string; en: string }> = {
  'not-numeric': { da: 'tekst', en: 'text' },
  error: { da: 'Excel-fejl', en: 'Excel error' },
  uncalculated: { da: 'formel uden beregnet værdi', en: 'formula with no calculated value' },
};

/**
 * The `--index` options that would supply the missing steps, with the percentage left for the user
 * to fill in (never guessed): `--index "Anlæg:2026-2027=PCT"`.
 */
export function indexFlagsFor(missing: readonly MissingIndex[], lang: Lang): string {
  const placeholder = lang === 'da' ? 'PROCENT' : 'PERCENT';
  const seen = new Set<string>();
  const flags: string[] = [];
  for (const m of missing) {
    const key = `${m.styringsomraade}:${m.from}-${m.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    flags.push(`--index "${key}=${placeholder}"`);
  }
  return flags.join(' ');
}

/** One line per table: what was converted with which factors, or why it was not. */
export function describeConversion(r: ConversionResult, lang: Lang): string {
  const where = `${r.sheet}!${r.tableId.includes('!') ? r.tableId.slice(r.tableId.lastIndexOf('!') + 1) : r.tableId}`;
  if (r.ok && r.unchanged) {
    return lang === 'da' ? `${where}: allerede i ${r.to} p/l – uændret` : `${where}: already in ${r.to} p/l – unchanged`;
  }
  if (r.ok) {
    const factors = r.factors.length
      ? r.factors.map((f) => `${f.styringsomraade} ${describeFactor(f, lang)}`).join('; ')
      : lang === 'da'
        ? 'ingen beløb'
        : 'no amounts';
    const factorWord = lang === 'da' ? 'faktor' : 'factor';
    const cellsWord = lang === 'da' ? 'celler' : 'cells';
    const from = lang === 'da' && r.fromSource === 'option' ? ` (antaget via --from)` : lang === 'en' && r.fromSource === 'option' ? ' (assumed via --from)' : '';
    return `${where}: ${r.from} p/l → ${r.to} p/l${from}, ${factorWord} ${factors}, ${r.cells.length} ${cellsWord}`;
  }
  const prefix = lang === 'da' ? `${where}: ikke omregnet – ` : `${where}: not converted – `;
  switch (r.reason) {
    case 'no-price-level':
      return prefix + (lang === 'da' ? 'tabellen angiver intet prisniveau (angiv det med --from ÅR)' : 'the table states no price level (give it with --from YEAR)');
    case 'missing-index': {
      const steps = (r.missing ?? []).map((m) => `${m.styringsomraade} ${m.from}→${m.to}`);
      const flags = indexFlagsFor(r.missing ?? [], lang);
      return (
        prefix +
        (lang === 'da'
          ? `skabelonen mangler prisindeks for ${list(steps, lang)}; angiv ${(r.missing ?? []).length === 1 ? 'det' : 'dem'} med ${flags} (årlig stigning i procent), i skabelonens priceIndices eller i Excel under "Faktorer i brug"`
          : `the template has no price index for ${list(steps, lang)}; give ${(r.missing ?? []).length === 1 ? 'it' : 'them'} with ${flags} (yearly rise in percent), in the template's priceIndices or in Excel under "Factors in use"`)
      );
    }
    case 'missing-styringsomraade': {
      const cells = (r.unknown ?? []).map((u) => (u.text ? `${u.address} ("${u.text}")` : u.address));
      return (
        prefix +
        (lang === 'da'
          ? `rækker uden kendt styringsområde, så faktoren er ukendt: ${list(cells, lang)}`
          : `rows with no known styringsområde, so the factor is unknown: ${list(cells, lang)}`)
      );
    }
    case 'unconvertible-cells': {
      const cells = (r.cells ?? []).map((c) => `${c.address} (${statusText[c.status]?.[lang] ?? c.status})`);
      return prefix + (lang === 'da' ? `celler uden beløb: ${list(cells, lang)}` : `cells holding no amount: ${list(cells, lang)}`);
    }
  }
}

