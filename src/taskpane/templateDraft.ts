/**
 * The template editor's form state: every field as the user types it, turned into template JSON and
 * validated by the core (templateProblems) on each keystroke. Pure; the component only renders it.
 */
import { builtinTemplate, type Lang, type UnitKey } from '../core';
import { formatPercent } from './priceLevelChoices';
import { templateProblems, type Template, type TemplateJson, type TemplateProblem } from '../core/templates/template';

export interface AreaDraft {
  name: string;
  /** Other spellings, comma-separated as typed. */
  aliases: string;
}

export interface IndexDraft {
  styringsomraade: string;
  /** The year the step starts from; the step goes to the year after. */
  from: string;
  percent: string;
  source: string;
  published: string;
}

export interface TemplateDraft {
  id: string;
  name: string;
  description: string;
  /** null: any unit, as long as the tables of a kind agree. */
  unit: UnitKey | null;
  /** "" = any p/l. */
  proposal: string;
  overview: string;
  /** "2026-2031", "2026, 2027, 2028" or "" for any years. */
  years: string;
  styringsomraadeRequired: boolean;
  /** Not edited in the pane: kept as the template had it. */
  totalRowRequired: boolean;
  areas: AreaDraft[];
  indices: IndexDraft[];
  /** Kept as they are: not edited in the pane. */
  totalLabels: string[];
  netTotalLabels: string[];
  rounding: { tolerancePerRow: number; minimum: number };
}

function yearsText(years: number[] | null): string {
  if (!years || years.length === 0) return '';
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return contiguous && years.length > 2 ? `${years[0]}-${years[years.length - 1]}` : years.join(', ');
}

/** A draft of a template. A built-in one gets its own id and name, so the copy never shadows it. */
export function draftOf(t: Template, lang: Lang): TemplateDraft {
  const isBuiltin = builtinTemplate(t.id) === t;
  return {
    id: isBuiltin ? `${t.id}-egen` : t.id,
    name: isBuiltin ? `${t.name} (${lang === 'da' ? 'egen' : 'own'})` : t.name,
    description: t.description,
    unit: t.unit,
    proposal: t.priceLevel.proposal === null ? '' : String(t.priceLevel.proposal),
    overview: t.priceLevel.overview === null ? '' : String(t.priceLevel.overview),
    years: yearsText(t.years),
    styringsomraadeRequired: t.styringsomraadeRequired !== false,
    totalRowRequired: t.totalRowRequired !== false,
    areas: t.styringsomraader.map((s) => ({ name: s.name, aliases: s.aliases.join(', ') })),
    indices: t.priceIndices.map((s) => ({
      styringsomraade: s.styringsomraade,
      from: String(s.from),
      percent: formatPercent(s.percent, lang),
      source: s.source,
      published: s.published ?? '',
    })),
    totalLabels: [...t.totalLabels],
    netTotalLabels: [...t.netTotalLabels],
    rounding: { ...t.rounding },
  };
}

/** A year as typed, or the text itself when it is none (the validator then names the field). */
function yearOrText(text: string): number | string | null {
  const s = text.trim();
  if (s === '') return null;
  return /^\d{4}$/.test(s) ? Number(s) : s;
}

/** "2026-2031" → [2026, …, 2031]; "2026, 2027" → [2026, 2027]; "" → null; anything else stays text for the validator. */
export function readYears(text: string): number[] | string | null {
  const s = text.trim();
  if (s === '') return null;
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(s);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (b < a || b - a > 50) return s;
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  const parts = s.split(/[\s,;]+/).filter(Boolean);
  return parts.every((p) => /^\d{4}$/.test(p)) ? parts.map(Number) : s;
}

/** A text field as typed; an empty one is a missing field (so the message says "mangler"). */
function given(text: string): string | undefined {
  const s = text.trim();
  return s === '' ? undefined : s;
}

/** The draft as template JSON (what is saved and downloaded). */
export function draftToJson(d: TemplateDraft): TemplateJson {
  return {
    id: given(d.id),
    name: given(d.name),
    description: d.description.trim(),
    unit: d.unit,
    priceLevel: { proposal: yearOrText(d.proposal), overview: yearOrText(d.overview) } as TemplateJson['priceLevel'],
    years: readYears(d.years) as TemplateJson['years'],
    styringsomraadeRequired: d.styringsomraadeRequired,
    totalRowRequired: d.totalRowRequired,
    styringsomraader: d.areas.map((a) => ({
      name: given(a.name),
      aliases: a.aliases
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    })),
    totalLabels: d.totalLabels,
    netTotalLabels: d.netTotalLabels,
    rounding: d.rounding,
    priceIndices: d.indices.map((x) => {
      const from = yearOrText(x.from);
      return {
        styringsomraade: given(x.styringsomraade),
        from: (from ?? undefined) as number,
        to: (typeof from === 'number' ? from + 1 : (from ?? undefined)) as number,
        percent: given(x.percent),
        source: given(x.source),
        published: given(x.published),
      };
    }),
  } as TemplateJson;
}

/** The core's problems of the draft, by the field they name. */
export function draftProblems(d: TemplateDraft): TemplateProblem[] {
  return templateProblems(draftToJson(d));
}

/** Problems whose field starts with `prefix` ("priceIndices[0]" also matches "priceIndices[0].source"). */
export function problemsAt(problems: readonly TemplateProblem[], prefix: string, lang: Lang): string[] {
  return problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`)).map((p) => p[lang]);
}

/** A new, empty index step: the first styringsområde, the year after the last step, nothing guessed. */
export function newIndexDraft(d: TemplateDraft): IndexDraft {
  const last = d.indices[d.indices.length - 1];
  const from = last && /^\d{4}$/.test(last.from.trim()) ? String(Number(last.from) + 1) : String(new Date().getFullYear());
  return { styringsomraade: last?.styringsomraade ?? d.areas[0]?.name ?? '', from, percent: '', source: '', published: '' };
}

/** A file name for the download: the template's id. */
export function templateFileName(d: TemplateDraft): string {
  const id = d.id.trim().replace(/[^a-z0-9._-]+/gi, '-') || 'skabelon';
  return `${id}.json`;
}
