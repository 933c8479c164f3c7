/**
 * An organisation's templates: a folder a finance office publishes once a season, read the same by
 * the task pane (next to the add-in, same origin) and the command line (`budgettjek.config.json` or
 * `--templates DIR`). The folder holds `index.json` and the template files it names:
 *
 *   {
 *     "organisation": "Eksempel Kommune, Økonomi og Analyse",
 *     "default": "eksempel-budget-2027",
 *     "templates": ["eksempel-budget-2027.json"],
 *     "plSkoen": {
 *       "source": "KL, PL-skøn juni 2026",
 *       "published": "2026-06-15",
 *       "steps": [{ "styringsomraade": "Service", "from": 2026, "to": 2027, "percent": "2,8" }]
 *     }
 *   }
 *
 * The PL-skøn is an index step every template can use (the organisation's and the built-in ones): a
 * template's own step for the same styringsområde and year wins, so a template that should follow the
 * office's PL-skøn leaves `priceIndices` out. Reading the files is the caller's business; this module
 * turns what was read into templates and into problems that say, in Danish and English, what is wrong
 * and what to do. Nothing here falls back silently: every problem is reported.
 */
import Decimal from 'decimal.js';
import * as z from 'zod/mini';
import type { LocalizedText } from '../model';
import { isPublishedDate, parseTemplate, TemplateError, type PriceIndexStep, type Template } from './template';

z.config({ jitless: true });

/** The index file's name inside the templates folder. */
export const ORGANISATION_INDEX_FILE = 'index.json';

const text = z.string().check(z.refine((s) => s.trim().length > 0));
const year = z.int().check(z.gte(1900), z.lte(2200));
const percentText = z.union([z.string(), z.number()]).check(z.refine((v) => /^[-−]?\d+([.,]\d+)?$/.test(String(v).trim())));
const fileName = z.string().check(z.regex(/^[A-Za-z0-9æøåÆØÅ][A-Za-z0-9æøåÆØÅ._ -]*\.json$/));

const indexSchema = z.strictObject({
  organisation: text,
  default: z.optional(z.string()),
  templates: z.array(fileName),
  plSkoen: z.optional(
    z.strictObject({
      source: text,
      published: z.string().check(z.refine(isPublishedDate)),
      steps: z.array(z.strictObject({ styringsomraade: text, from: year, to: year, percent: percentText })).check(z.minLength(1)),
    }),
  ),
});

/** The organisation's PL-skøn: where it comes from, when it was published, and its yearly steps. */
export interface PlSkoen {
  source: string;
  published: string;
  steps: Array<{ styringsomraade: string; from: number; to: number; percent: Decimal }>;
}

export interface OrganisationIndex {
  organisation: string;
  default?: string;
  /** Template files in the folder, in the order the pane lists them. */
  templates: string[];
  plSkoen?: PlSkoen;
}

/** One template file as read by the caller: its parsed JSON, or why it could not be read. */
export type OrganisationFile = { file: string; json: unknown } | { file: string; unreadable: LocalizedText };

export interface OrganisationTemplates {
  organisation: string;
  /** Where the folder is (a path or a URL), for messages. */
  location: string;
  /** The organisation's templates, with the PL-skøn where they have no step of their own. */
  templates: Template[];
  /** The built-in templates, with the PL-skøn likewise. */
  builtins: Template[];
  /** The office's default: one of the organisation's templates or a built-in one. */
  defaultId: string;
  plSkoen?: PlSkoen;
}

/** Something wrong with the organisation's templates, in both languages, saying what to do. */
export class OrganisationTemplatesError extends Error {
  constructor(
    readonly location: string,
    readonly problems: LocalizedText[],
  ) {
    super(organisationProblemText(location, problems, 'da'));
    this.name = 'OrganisationTemplatesError';
  }

  messageFor(lang: 'da' | 'en'): string {
    return organisationProblemText(this.location, this.problems, lang);
  }
}

export function organisationProblemText(location: string, problems: LocalizedText[], lang: 'da' | 'en'): string {
  const list = problems.map((p) => p[lang]).join('; ');
  return lang === 'da'
    ? `Organisationens skabeloner i ${location} kan ikke bruges: ${list}. Ret filerne i skabelonmappen (se docs/drift.md), eller spørg den der udgiver dem.`
    : `The organisation's templates in ${location} cannot be used: ${list}. Fix the files in the templates folder (see docs/drift.md), or ask whoever publishes them.`;
}

function percentOf(v: string | number): Decimal {
  return new Decimal(String(v).trim().replace('−', '-').replace(',', '.'));
}

/** Reads `index.json`. Throws `OrganisationTemplatesError` naming the fields at fault. */
export function parseOrganisationIndex(json: unknown, location: string): OrganisationIndex {
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): LocalizedText => {
      const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || ORGANISATION_INDEX_FILE;
      if (issue.code === 'unrecognized_keys') {
        return { da: `${at}: ukendt felt ${issue.keys.join(', ')} — kendte felter er organisation, default, templates og plSkoen`, en: `${at}: unknown field ${issue.keys.join(', ')} — the known fields are organisation, default, templates and plSkoen` };
      }
      return { da: `${ORGANISATION_INDEX_FILE}, ${at}: ${indexFieldGuide(at).da}`, en: `${ORGANISATION_INDEX_FILE}, ${at}: ${indexFieldGuide(at).en}` };
    });
    throw new OrganisationTemplatesError(location, problems);
  }
  const d = parsed.data;
  const problems: LocalizedText[] = [];
  const plSkoen = d.plSkoen
    ? {
        source: d.plSkoen.source.trim(),
        published: d.plSkoen.published.trim(),
        steps: d.plSkoen.steps.map((s, i) => {
          const percent = percentOf(s.percent);
          if (s.to !== s.from + 1) problems.push({ da: `plSkoen.steps[${i}]: ${s.from} → ${s.to} er ikke ét år — skriv fx from ${s.from} og to ${s.from + 1}`, en: `plSkoen.steps[${i}]: ${s.from} → ${s.to} is not one year — write e.g. from ${s.from} and to ${s.from + 1}` });
          if (percent.lte(-100)) problems.push({ da: `plSkoen.steps[${i}].percent: ${String(s.percent)} % giver ingen gyldig faktor — skriv procenten fra PL-skønnet, fx "2,8"`, en: `plSkoen.steps[${i}].percent: ${String(s.percent)} % gives no valid factor — write the percentage from the PL estimate, e.g. "2.8"` });
          return { styringsomraade: s.styringsomraade.trim(), from: s.from, to: s.to, percent };
        }),
      }
    : undefined;
  if (new Set(d.templates).size !== d.templates.length) {
    problems.push({ da: 'templates: en fil står to gange — slet den ene linje', en: 'templates: a file is listed twice — delete one line' });
  }
  if (problems.length) throw new OrganisationTemplatesError(location, problems);
  return { organisation: d.organisation.trim(), default: d.default?.trim() || undefined, templates: d.templates, plSkoen };
}

function indexFieldGuide(at: string): LocalizedText {
  if (at === ORGANISATION_INDEX_FILE) return { da: 'skal være et JSON-objekt med organisation og templates', en: 'must be a JSON object with organisation and templates' };
  if (at === 'organisation') return { da: 'mangler eller er tom — skriv organisationens navn, fx "Eksempel Kommune, Økonomi"', en: 'missing or empty — write the organisation\'s name, e.g. "Example Municipality, Finance"' };
  if (at === 'default') return { da: 'skal være et skabelon-id, fx "eksempel-budget-2027"', en: 'must be a template id, e.g. "eksempel-budget-2027"' };
  if (at.startsWith('templates')) return { da: 'skal være en liste af filnavne i mappen, fx ["budget-2027.json"]', en: 'must be a list of file names in the folder, e.g. ["budget-2027.json"]' };
  if (/published$/.test(at)) return { da: 'skal være datoen PL-skønnet blev udgivet, fx "2026-06-15" eller "2026-06"', en: 'must be the date the PL estimate was published, e.g. "2026-06-15" or "2026-06"' };
  if (/source$/.test(at)) return { da: 'mangler — skriv hvor tallene kommer fra, fx "KL, PL-skøn juni 2026"', en: 'missing — write where the figures come from, e.g. "KL, PL-skøn juni 2026"' };
  if (/percent$/.test(at)) return { da: 'skal være procenten fra PL-skønnet, fx "2,8"', en: 'must be the percentage from the PL estimate, e.g. "2.8"' };
  if (/(from|to)$/.test(at)) return { da: 'skal være et årstal, fx 2026', en: 'must be a year, e.g. 2026' };
  if (/styringsomraade$/.test(at)) return { da: 'skal være et styringsområde, fx "Service"', en: 'must be a styringsområde, e.g. "Service"' };
  if (at.startsWith('plSkoen')) return { da: 'plSkoen skal have source, published og steps med mindst ét trin', en: 'plSkoen must have source, published and steps with at least one step' };
  return { da: 'ugyldig værdi', en: 'invalid value' };
}

/** The template's styringsområde for a name or alias, or undefined. */
function areaOf(template: Template, name: string): string | undefined {
  const k = name.trim().toLocaleLowerCase('da');
  return template.styringsomraader.find((s) => [s.name, ...s.aliases].some((n) => n.trim().toLocaleLowerCase('da') === k))?.name;
}

/** The template with the PL-skøn's steps it has no step of its own for (its own steps win). */
export function withPlSkoen(template: Template, plSkoen: PlSkoen | undefined): Template {
  if (!plSkoen) return template;
  const own = new Set(template.priceIndices.map((s) => `${areaOf(template, s.styringsomraade) ?? s.styringsomraade}:${s.from}`));
  const added: PriceIndexStep[] = [];
  for (const step of plSkoen.steps) {
    const area = areaOf(template, step.styringsomraade);
    if (!area || own.has(`${area}:${step.from}`)) continue;
    added.push({ styringsomraade: area, from: step.from, to: step.to, percent: step.percent, source: plSkoen.source, published: plSkoen.published });
  }
  return added.length ? { ...template, priceIndices: [...template.priceIndices, ...added] } : template;
}

/**
 * The organisation's set from its index and the template files the caller read. Throws
 * `OrganisationTemplatesError` listing every problem: a file that could not be read or is no valid
 * template, an id used twice (or by a built-in template), a default that is none of them, a
 * PL-skøn step no template can use.
 */
export function organisationTemplates(index: OrganisationIndex, files: OrganisationFile[], builtins: readonly Template[], location: string, builtinDefaultId: string): OrganisationTemplates {
  const problems: LocalizedText[] = [];
  const templates: Template[] = [];
  for (const f of files) {
    if ('unreadable' in f) {
      problems.push({ da: `${f.file}: ${f.unreadable.da}`, en: `${f.file}: ${f.unreadable.en}` });
      continue;
    }
    try {
      const t = parseTemplate(f.json, f.file);
      if (builtins.some((b) => b.id === t.id)) {
        problems.push({ da: `${f.file}: id "${t.id}" er en indbygget skabelons — giv skabelonen sit eget id`, en: `${f.file}: id "${t.id}" is a built-in template's — give the template its own id` });
      } else if (templates.some((o) => o.id === t.id)) {
        problems.push({ da: `${f.file}: id "${t.id}" bruges også af en anden fil i mappen — giv hver skabelon sit eget id`, en: `${f.file}: id "${t.id}" is also used by another file in the folder — give each template its own id` });
      } else templates.push(t);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      problems.push({ da: e.messageFor('da'), en: e.messageFor('en') });
    }
  }
  const all = [...templates, ...builtins];
  const defaultId = index.default ?? templates[0]?.id ?? builtinDefaultId;
  // A default in a file that could not be read is reported as that file's problem, not twice.
  if (index.default && !all.some((t) => t.id === index.default) && problems.length === 0) {
    const ids = all.map((t) => t.id).join(', ');
    problems.push({ da: `default: "${index.default}" er ingen af skabelonerne — skriv et af disse id'er: ${ids}`, en: `default: "${index.default}" is none of the templates — write one of these ids: ${ids}` });
  }
  index.plSkoen?.steps.forEach((step, i) => {
    if (!all.some((t) => areaOf(t, step.styringsomraade))) {
      problems.push({
        da: `plSkoen.steps[${i}]: styringsområdet "${step.styringsomraade}" findes i ingen skabelon — skriv det som i skabelonerne, fx "Service"`,
        en: `plSkoen.steps[${i}]: the styringsområde "${step.styringsomraade}" is in no template — write it as the templates do, e.g. "Service"`,
      });
    }
  });
  if (problems.length) throw new OrganisationTemplatesError(location, problems);
  return {
    organisation: index.organisation,
    location,
    templates: templates.map((t) => withPlSkoen(t, index.plSkoen)),
    builtins: builtins.map((t) => withPlSkoen(t, index.plSkoen)),
    defaultId,
    plSkoen: index.plSkoen,
  };
}

/** Why a file's text is no JSON, in words for a finance officer (not the parser's). */
export function notJson(e: unknown, text?: string): LocalizedText {
  const detail = e instanceof Error ? e.message : String(e);
  const where = /position (\d+)/.exec(detail)?.[1];
  const end = /end of (JSON )?input|Unterminated|Unexpected end/i.test(detail) || (where !== undefined && text !== undefined && Number(where) >= text.trimEnd().length);
  if (end) return { da: 'filen slutter midt i JSON-teksten (mangler en } eller ]?) — åbn den i en editor og ret den', en: 'the file ends in the middle of its JSON (a missing } or ]?) — open it in an editor and fix it' };
  return where
    ? { da: `filen er ikke gyldig JSON (fejl ved tegn ${where}) — åbn den i en editor og ret den`, en: `the file is not valid JSON (error at character ${where}) — open it in an editor and fix it` }
    : { da: 'filen er ikke gyldig JSON — åbn den i en editor og ret den', en: 'the file is not valid JSON — open it in an editor and fix it' };
}
