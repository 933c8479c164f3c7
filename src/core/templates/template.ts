/**
 * Templates are data: JSON validated on load with messages that name the field at fault, say what
 * was expected and give an example, in Danish or English (fieldGuide.ts). No message of the schema
 * library reaches the user. The core receives an already-parsed object; reading the file is the
 * caller's business.
 */
import Decimal from 'decimal.js';
import * as z from 'zod/mini';
import type { CostTableKind, Lang, LocalizedText, UnitKey } from '../model';
import { boundsProblems, namesInBrief } from './bounds';
import { fieldGuideFor, templateFieldGuide } from './fieldGuide';

// No code generation at run time: the add-in's Content-Security-Policy forbids eval.
// zod/mini keeps the task pane small; the schema reads the same as with full zod.
z.config({ jitless: true });

export const unitKeys = ['kr.', 't.kr.', 'mio. kr.', 'mia. kr.'] as const;
const year = z.int().check(z.gte(1900), z.lte(2200));
const text = z.string().check(z.refine((s) => s.trim().length > 0));
const decimalText = z.union([z.string(), z.number()]).check(z.refine((v) => /^[-−]?\d+([.,]\d+)?$/.test(String(v).trim())));
/** "2026-06-15" or "2026-06": a real calendar date (or month). */
const PUBLISHED = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
export function isPublishedDate(value: string): boolean {
  const m = PUBLISHED.exec(value.trim());
  if (!m) return false;
  if (!m[3]) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

const templateSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/)),
  name: text,
  description: z._default(z.string(), ''),
  unit: z.nullable(z.enum(unitKeys)),
  priceLevel: z.strictObject({ proposal: z.nullable(year), overview: z.nullable(year) }),
  years: z.nullable(z.array(year).check(z.minLength(1))),
  styringsomraadeRequired: z._default(z.boolean(), true),
  totalRowRequired: z._default(z.boolean(), true),
  styringsomraader: z.array(z.strictObject({ name: text, aliases: z._default(z.array(text), []) })).check(z.minLength(1)),
  totalLabels: z.array(text).check(z.minLength(1)),
  netTotalLabels: z._default(z.array(text), []),
  rounding: z.strictObject({
    tolerancePerRow: z.number().check(z.gte(0), z.lte(100)),
    minimum: z.int().check(z.gte(0), z.lte(1000)),
  }),
  priceIndices: z._default(
    z.array(
      z.strictObject({
        styringsomraade: text,
        from: year,
        to: year,
        percent: decimalText,
        source: text,
        published: z.string().check(z.refine(isPublishedDate)),
      }),
    ),
    [],
  ),
});

export type TemplateJson = z.input<typeof templateSchema>;

export interface Styringsomraade {
  name: string;
  aliases: string[];
}

/** One yearly step of a price and wage index: amounts in `from` p/l × (1 + percent/100) = `to` p/l. */
export interface PriceIndexStep {
  styringsomraade: string;
  from: number;
  to: number;
  percent: Decimal;
  /** Where the figure comes from ("KL, PL-skøn juni 2026"); "--index" or "Rettet i Excel" for a one-run edit. */
  source: string;
  /** When the source was published: "2026-06-15" or "2026-06" (required in a template file; absent for a one-run edit). */
  published?: string;
}

export interface Template {
  id: string;
  name: string;
  description: string;
  /** Required unit; null = any, but the same in every table of a kind. */
  unit: UnitKey | null;
  /** Required p/l year per table kind; null = any, but consistent within the workbook. */
  priceLevel: Record<CostTableKind, number | null>;
  /** Required year columns in order; null = any, but no duplicates and in order. */
  years: number[] | null;
  /**
   * Whether every amount row must name a styringsområde (absent = true). False for tables that have
   * no such column (the state's aktstykker): rows that name none are then converted with the index
   * of the first styringsområde.
   */
  styringsomraadeRequired?: boolean;
  /**
   * Whether a block of amount rows must end in a total row (absent = true). False for any table
   * (`generic`): state, region and rate tables have none.
   */
  totalRowRequired?: boolean;
  styringsomraader: Styringsomraade[];
  totalLabels: string[];
  netTotalLabels: string[];
  rounding: { tolerancePerRow: number; minimum: number };
  priceIndices: PriceIndexStep[];
}

/** One thing wrong with a template: the field, and the message in both languages. */
export interface TemplateProblem {
  /** "priceIndices[0].source"; "" for the whole template. */
  path: string;
  da: string;
  en: string;
}

export class TemplateError extends Error {
  /** The problems in Danish, one per field at fault. */
  readonly problems: string[];
  constructor(
    readonly source: string,
    readonly details: TemplateProblem[],
  ) {
    super(templateErrorMessage(source, details, 'da'));
    this.name = 'TemplateError';
    this.problems = details.map((d) => d.da);
  }

  messageFor(lang: Lang): string {
    return templateErrorMessage(this.source, this.details, lang);
  }
}

/** Problems quoted in one message; the rest are counted. */
const PROBLEMS_IN_MESSAGE = 5;

export function templateErrorMessage(source: string, details: TemplateProblem[], lang: Lang): string {
  let list = details.slice(0, PROBLEMS_IN_MESSAGE).map((d) => d[lang]).join('; ');
  const more = details.length - PROBLEMS_IN_MESSAGE;
  if (more > 0) list += lang === 'da' ? ` … og ${more} fejl mere` : ` … and ${more} more`;
  return lang === 'da' ? `Skabelonen ${source} er ugyldig: ${list}` : `The template ${source} is invalid: ${list}`;
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

function shown(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

const fallbackGuide: LocalizedText = { da: 'se docs/templates.md', en: 'see docs/templates.md' };

function problem(path: string, what: LocalizedText, guide: LocalizedText | undefined = fieldGuideFor(path) ?? fallbackGuide): TemplateProblem {
  const at = path || '(skabelonen)';
  const atEn = path || '(template)';
  return { path, da: `${at}: ${what.da} — ${guide.da}`, en: `${atEn}: ${what.en} — ${guide.en}` };
}

/** The fields known at a path pattern ("" → top-level, "priceIndices[]" → a step's fields). */
function knownFieldsAt(pattern: string): string[] {
  const prefix = pattern ? `${pattern}.` : '';
  return Object.keys(templateFieldGuide)
    .filter((k) => k.startsWith(prefix) && k.length > prefix.length)
    .map((k) => k.slice(prefix.length))
    .filter((k) => !k.includes('.') && !k.includes('['));
}

type ParsedTemplateJson = z.output<typeof templateSchema>;

/** Problems of the shape (types, missing and unknown fields), one per field, in document order. */
function shapeProblems(json: unknown): { problems: TemplateProblem[]; data?: ParsedTemplateJson } {
  // Bounds first, without recursion: the schema (and quoting a value) recurse into what they read.
  const beyond = boundsProblems(json);
  if (beyond.length) return { problems: beyond.map((b) => problem(b.path, b.what, b.guide)) };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { problems: [problem('', { da: `ugyldig værdi ${shown(json)}`, en: `invalid value ${shown(json)}` }, templateFieldGuide[''])] };
  }
  const parsed = templateSchema.safeParse(json);
  if (parsed.success) return { problems: [], data: parsed.data };
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const path = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const pattern = path.replace(/\[\d+\]/g, '[]');
      const known = knownFieldsAt(pattern).join(', ');
      for (const key of issue.keys) {
        const at = path ? `${path}.${key}` : key;
        if (seen.has(at)) continue;
        seen.add(at);
        problems.push({
          path: at,
          da: `${at}: ukendt felt — kendte felter her er ${known}`,
          en: `${at}: unknown field — the known fields here are ${known}`,
        });
      }
      continue;
    }
    if (seen.has(path)) continue;
    seen.add(path);
    const value = valueAt(json, issue.path);
    const what: LocalizedText = value === undefined ? { da: 'mangler', en: 'missing' } : { da: `ugyldig værdi ${shown(value)}`, en: `invalid value ${shown(value)}` };
    problems.push(problem(path, what));
  }
  return { problems };
}

/** Problems a valid shape can still have: order of years, index steps that cannot be used, doubled names. */
function meaningProblems(t: ParsedTemplateJson): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  t.years?.forEach((y, i) => {
    if (i > 0 && y <= t.years![i - 1]) {
      problems.push(problem(`years[${i}]`, { da: `${y} står efter ${t.years![i - 1]}`, en: `${y} follows ${t.years![i - 1]}` }, {
        da: 'årene skal stå i stigende rækkefølge uden gentagelser, fx [2026, 2027, 2028]',
        en: 'the years must be ascending without repeats, e.g. [2026, 2027, 2028]',
      }));
    }
  });
  const owner = new Map<string, string>();
  t.styringsomraader.forEach((s, i) => {
    [s.name, ...s.aliases].forEach((n, j) => {
      const k = n.trim().toLocaleLowerCase('da');
      const prev = owner.get(k);
      const path = j === 0 ? `styringsomraader[${i}].name` : `styringsomraader[${i}].aliases[${j - 1}]`;
      if (prev !== undefined) {
        problems.push(problem(path, { da: `"${n}" står allerede under "${prev}"`, en: `"${n}" is already listed under "${prev}"` }, {
          da: 'hvert navn og alias må kun høre til ét styringsområde, fx "Bruttoanlæg" kun under "Anlæg"',
          en: 'each name and alias may belong to one styringsområde only, e.g. "Bruttoanlæg" only under "Anlæg"',
        }));
      } else owner.set(k, s.name);
    });
  });
  const steps = new Set<string>();
  t.priceIndices.forEach((step, i) => {
    const name = owner.get(step.styringsomraade.trim().toLocaleLowerCase('da'));
    if (name === undefined) {
      const known = namesInBrief(t.styringsomraader.map((s) => s.name));
      problems.push(
        problem(`priceIndices[${i}].styringsomraade`, { da: `"${step.styringsomraade}" er ikke et af skabelonens styringsområder`, en: `"${step.styringsomraade}" is not one of the template's styringsområder` }, {
          da: `skal være et af ${known.da}`,
          en: `must be one of ${known.en}`,
        }),
      );
    }
    if (step.to !== step.from + 1) {
      problems.push(problem(`priceIndices[${i}].to`, { da: `${step.from} → ${step.to} er ikke ét år`, en: `${step.from} → ${step.to} is not one year` }, {
        da: `et indekstrin gælder ét år frem, fx from ${step.from} og to ${step.from + 1}`,
        en: `an index step covers one year, e.g. from ${step.from} and to ${step.from + 1}`,
      }));
    }
    const key = `${name ?? step.styringsomraade}:${step.from}`;
    if (steps.has(key)) {
      problems.push(problem(`priceIndices[${i}]`, { da: `${name ?? step.styringsomraade} ${step.from}-${step.from + 1} står to gange`, en: `${name ?? step.styringsomraade} ${step.from}-${step.from + 1} is listed twice` }, {
        da: 'hvert styringsområde og år må kun have ét indekstrin; slet det ene',
        en: 'each styringsområde and year may have one index step only; delete one',
      }));
    }
    steps.add(key);
    const percent = new Decimal(String(step.percent).trim().replace('−', '-').replace(',', '.'));
    if (percent.lte(-100)) {
      problems.push(problem(`priceIndices[${i}].percent`, { da: `${String(step.percent)} % giver ingen gyldig faktor`, en: `${String(step.percent)} % gives no valid factor` }));
    }
  });
  return problems;
}

/** Every problem of a template object; empty when it is valid. For validation as the user types. */
export function templateProblems(json: unknown): TemplateProblem[] {
  const { problems, data } = shapeProblems(json);
  return data ? meaningProblems(data) : problems;
}

/** Validates a parsed template object. Throws `TemplateError` naming every field at fault. */
export function parseTemplate(json: unknown, source: string): Template {
  const { problems, data } = shapeProblems(json);
  if (!data) throw new TemplateError(source, problems);
  const more = meaningProblems(data);
  if (more.length) throw new TemplateError(source, more);
  return {
    ...data,
    priceIndices: data.priceIndices.map((s) => ({
      ...s,
      source: s.source.trim(),
      published: s.published.trim(),
      percent: new Decimal(String(s.percent).trim().replace('−', '-').replace(',', '.')),
    })),
  };
}

/** Back to JSON form, e.g. to save a user's template with the workbook or write it to a file. */
export function templateToJson(t: Template): TemplateJson {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    unit: t.unit,
    priceLevel: { ...t.priceLevel },
    years: t.years ? [...t.years] : null,
    styringsomraadeRequired: t.styringsomraadeRequired !== false,
    totalRowRequired: t.totalRowRequired !== false,
    styringsomraader: t.styringsomraader.map((s) => ({ name: s.name, aliases: [...s.aliases] })),
    totalLabels: [...t.totalLabels],
    netTotalLabels: [...t.netTotalLabels],
    rounding: { ...t.rounding },
    priceIndices: t.priceIndices.map((s) => ({ styringsomraade: s.styringsomraade, from: s.from, to: s.to, percent: s.percent.toString(), source: s.source, published: s.published ?? '' })),
  };
}

/** The template as a file's text: JSON, two-space indented, ending in a newline. */
export function templateFileText(t: Template): string {
  return `${JSON.stringify(templateToJson(t), null, 2)}\n`;
}
