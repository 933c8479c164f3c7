/**
 * A template is input too, bounded like a workbook: how deep its JSON may nest, how many names,
 * aliases, labels and index steps it may hold, and how long each text may be. Checked before the
 * schema (whose validation recurses into the value and lists every element at fault), without
 * recursion, so a file of 500.000 nested arrays or 27.000 styringsområder gets one clear message
 * naming the field.
 */
import type { Lang, LocalizedText } from '../model';

/** A template nests five levels (template → styringsomraader → one area → aliases → a text). */
export const MAX_TEMPLATE_DEPTH = 8;
export const MAX_STYRINGSOMRAADER = 500;
export const MAX_ALIASES_PER_AREA = 100;
/** Names and aliases together. */
export const MAX_AREA_NAMES = 2000;
export const MAX_LABELS = 100;
export const MAX_PRICE_STEPS = 2000;
export const MAX_YEARS = 100;
/** A name, an alias, a label, an id. */
export const MAX_NAME_LENGTH = 200;
/** A description, the source of an index step. */
export const MAX_DESCRIPTION_LENGTH = 2000;
/** Names listed in a message before "… og 12 andre". */
export const NAMES_IN_BRIEF = 5;

export interface BoundsProblem {
  path: string;
  what: LocalizedText;
  guide: LocalizedText;
}

/** "26.990" (da) / "26,990" (en). */
function count(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'da' ? '.' : ',');
}

/** A few names (quoted unless told) and how many more: `"Service", "Anlæg", … og 26.990 andre`. */
export function namesInBrief(names: readonly string[], { limit = NAMES_IN_BRIEF, quoted = true } = {}): LocalizedText {
  const q = quoted ? '"' : '';
  const shown = names.slice(0, limit).map((n) => `${q}${n.length > 60 ? `${n.slice(0, 59)}…` : n}${q}`).join(', ');
  const more = names.length - limit;
  if (more <= 0) return { da: shown, en: shown };
  return { da: `${shown} … og ${count(more, 'da')} andre`, en: `${shown} … and ${count(more, 'en')} others` };
}

/** The depth of the deepest array or object in `json`, stopping as soon as it passes `limit`. */
export function nestingDepth(json: unknown, limit = MAX_TEMPLATE_DEPTH): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: json, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const v of Array.isArray(value) ? value : Object.values(value as object)) {
      if (v !== null && typeof v === 'object') stack.push({ value: v, depth: here });
    }
  }
  return deepest;
}

const record = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/**
 * The bounds `json` passes beyond, one problem per field; empty when it is within them. The
 * fields' types are the schema's business: only what is there is counted.
 */
export function boundsProblems(json: unknown): BoundsProblem[] {
  const depth = nestingDepth(json);
  if (depth > MAX_TEMPLATE_DEPTH) {
    return [
      {
        path: '',
        what: { da: `indlejret mere end ${MAX_TEMPLATE_DEPTH} niveauer dybt`, en: `nested more than ${MAX_TEMPLATE_DEPTH} levels deep` },
        guide: {
          da: `en skabelon har højst ${MAX_TEMPLATE_DEPTH} niveauer; start fra \`budgettjek templates show generic\``,
          en: `a template has at most ${MAX_TEMPLATE_DEPTH} levels; start from \`budgettjek templates show generic\``,
        },
      },
    ];
  }
  const root = record(json);
  if (!root) return [];
  const problems: BoundsProblem[] = [];
  const tooMany = (path: string, n: number, cap: number, what: LocalizedText) =>
    problems.push({
      path,
      what: { da: `${count(n, 'da')} ${what.da}`, en: `${count(n, 'en')} ${what.en}` },
      guide: { da: `en skabelon har højst ${count(cap, 'da')} ${what.da}`, en: `a template has at most ${count(cap, 'en')} ${what.en}` },
    });
  const tooLong = (path: string, v: unknown, cap: number) => {
    if (typeof v === 'string' && v.length > cap) {
      problems.push({
        path,
        what: { da: `${count(v.length, 'da')} tegn`, en: `${count(v.length, 'en')} characters` },
        guide: { da: `en tekst her har højst ${count(cap, 'da')} tegn`, en: `a text here has at most ${count(cap, 'en')} characters` },
      });
    }
  };
  tooLong('id', root.id, MAX_NAME_LENGTH);
  tooLong('name', root.name, MAX_NAME_LENGTH);
  tooLong('description', root.description, MAX_DESCRIPTION_LENGTH);
  if (Array.isArray(root.years) && root.years.length > MAX_YEARS) tooMany('years', root.years.length, MAX_YEARS, { da: 'årskolonner', en: 'year columns' });

  const areas = root.styringsomraader;
  if (Array.isArray(areas)) {
    if (areas.length > MAX_STYRINGSOMRAADER) tooMany('styringsomraader', areas.length, MAX_STYRINGSOMRAADER, { da: 'styringsområder', en: 'styringsområder' });
    else {
      let names = 0;
      areas.forEach((a, i) => {
        const area = record(a);
        if (!area) return;
        names++;
        tooLong(`styringsomraader[${i}].name`, area.name, MAX_NAME_LENGTH);
        if (!Array.isArray(area.aliases)) return;
        names += area.aliases.length;
        if (area.aliases.length > MAX_ALIASES_PER_AREA) {
          tooMany(`styringsomraader[${i}].aliases`, area.aliases.length, MAX_ALIASES_PER_AREA, { da: 'aliasser til ét styringsområde', en: 'aliases of one styringsområde' });
        } else area.aliases.forEach((alias, j) => tooLong(`styringsomraader[${i}].aliases[${j}]`, alias, MAX_NAME_LENGTH));
      });
      if (names > MAX_AREA_NAMES) tooMany('styringsomraader', names, MAX_AREA_NAMES, { da: 'navne og aliasser på styringsområder', en: 'names and aliases of styringsområder' });
    }
  }
  for (const field of ['totalLabels', 'netTotalLabels']) {
    const labels = root[field];
    if (!Array.isArray(labels)) continue;
    if (labels.length > MAX_LABELS) tooMany(field, labels.length, MAX_LABELS, { da: 'tekster til totalrækker', en: 'total row texts' });
    else labels.forEach((l, i) => tooLong(`${field}[${i}]`, l, MAX_NAME_LENGTH));
  }
  const steps = root.priceIndices;
  if (Array.isArray(steps)) {
    if (steps.length > MAX_PRICE_STEPS) tooMany('priceIndices', steps.length, MAX_PRICE_STEPS, { da: 'indekstrin', en: 'index steps' });
    else {
      steps.forEach((s, i) => {
        const step = record(s);
        if (!step) return;
        tooLong(`priceIndices[${i}].styringsomraade`, step.styringsomraade, MAX_NAME_LENGTH);
        tooLong(`priceIndices[${i}].source`, step.source, MAX_DESCRIPTION_LENGTH);
        tooLong(`priceIndices[${i}].percent`, step.percent, 40);
        tooLong(`priceIndices[${i}].published`, step.published, 40);
      });
    }
  }
  return problems;
}
