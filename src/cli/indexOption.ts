/**
 * `--index "Anlæg:2026-2027=3,1"` (repeatable, `check`, `convert` and `fix`): adds or overrides one yearly
 * index step for this run only, validated as a template's step is: the key's form, one year, a
 * percentage that gives a factor, a styringsområde (or alias) the template knows.
 */
import { namesInBrief, readIndexOverride, templateWithOverrides, type IndexOverrides, type Lang, type Template } from '../core';
import { UsageError } from './templateArg';

/** Commander's collector for a repeatable option. */
export function collectIndex(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const KEY = /^(.+):(\d{4})-(\d{4})$/;

/** Reads the `--index` values into overrides keyed "Service:2026-2027". Throws UsageError naming the value at fault. */
export function readIndexOptions(values: readonly string[], template: Template, lang: Lang): IndexOverrides {
  const overrides: IndexOverrides = {};
  const problems: string[] = [];
  const known = namesInBrief(template.styringsomraader.map((s) => s.name), { quoted: false })[lang];
  for (const raw of values) {
    const eq = raw.lastIndexOf('=');
    const key = eq > 0 ? raw.slice(0, eq).trim() : '';
    const value = eq > 0 ? raw.slice(eq + 1).trim() : '';
    const m = KEY.exec(key);
    if (!m || value === '') {
      problems.push(
        lang === 'da'
          ? `--index "${raw}": skal have formen STYRINGSOMRÅDE:FRA-TIL=PROCENT, fx --index "Anlæg:2026-2027=3,1"`
          : `--index "${raw}": must read STYRINGSOMRÅDE:FROM-TO=PERCENT, e.g. --index "Anlæg:2026-2027=3.1"`,
      );
      continue;
    }
    const reading = readIndexOverride(template, key, value);
    if (!reading.ok) {
      const oneYear = Number(m[3]) !== Number(m[2]) + 1;
      problems.push(
        oneYear
          ? lang === 'da'
            ? `--index "${raw}": et indekstrin gælder ét år frem, fx "${m[1]}:${m[2]}-${Number(m[2]) + 1}=${value}"`
            : `--index "${raw}": an index step covers one year, e.g. "${m[1]}:${m[2]}-${Number(m[2]) + 1}=${value}"`
          : lang === 'da'
            ? `--index "${raw}": "${value}" er ikke en årlig stigning i procent over -100, fx 3,1`
            : `--index "${raw}": "${value}" is no yearly rise in percent above -100, e.g. 3.1`,
      );
      continue;
    }
    if (!template.styringsomraader.some((s) => s.name === reading.styringsomraade)) {
      problems.push(
        lang === 'da'
          ? `--index "${raw}": "${m[1].trim()}" er ikke et af skabelonens styringsområder (${known})`
          : `--index "${raw}": "${m[1].trim()}" is not one of the template's styringsområder (${known})`,
      );
      continue;
    }
    overrides[`${reading.styringsomraade}:${reading.from}-${reading.from + 1}`] = reading.percent;
  }
  if (problems.length) throw new UsageError(problems.join('; '));
  return overrides;
}

/** The template with the `--index` steps in place, each sourced "--index" for this run. */
export function templateWithIndexOptions(template: Template, values: readonly string[] | undefined, lang: Lang): Template {
  if (!values || values.length === 0) return template;
  const overrides = readIndexOptions(values, template, lang);
  const withSteps = templateWithOverrides(template, overrides);
  const given = new Set(Object.keys(overrides));
  return {
    ...withSteps,
    priceIndices: withSteps.priceIndices.map((s) => (given.has(`${s.styringsomraade}:${s.from}-${s.to}`) ? { ...s, source: '--index' } : s)),
  };
}
