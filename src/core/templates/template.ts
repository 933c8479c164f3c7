/**
 * Templates are data: JSON validated on load with messages that name the field at fault.
 * The core receives an already-parsed object; reading the file is the caller's business.
 */
import Decimal from 'decimal.js';
import * as z from 'zod/mini';
import type { TableKind, UnitKey } from '../model';
import kkOfs from './builtin/kk-ofs-2025-2026.json';
import generic from './builtin/generic.json';

// No code generation at run time: the add-in's Content-Security-Policy forbids eval.
// zod/mini keeps the task pane small; the schema reads the same as with full zod.
z.config({ jitless: true });

const unitKeys = ['kr.', 't.kr.', 'mio. kr.', 'mia. kr.'] as const;
const year = z.int().check(z.gte(1900), z.lte(2200));
const text = z.string().check(z.minLength(1));
const decimalText = z
  .union([z.string(), z.number()])
  .check(z.refine((v) => /^-?\d+([.,]\d+)?$/.test(String(v).trim()), { message: 'skal være et tal, fx "2.8" eller "2,8"' }));

const templateSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'skal bestå af små bogstaver, tal, punktum, bindestreg eller understreg')),
  name: text,
  description: z._default(z.string(), ''),
  unit: z.nullable(z.enum(unitKeys)),
  priceLevel: z.object({ proposal: z.nullable(year), overview: z.nullable(year) }),
  years: z.nullable(z.array(year).check(z.minLength(1))),
  styringsomraader: z.array(z.object({ name: text, aliases: z._default(z.array(text), []) })).check(z.minLength(1)),
  totalLabels: z.array(text).check(z.minLength(1)),
  netTotalLabels: z._default(z.array(text), []),
  rounding: z.object({
    tolerancePerRow: z.number().check(z.gte(0), z.lte(100)),
    minimum: z.int().check(z.gte(0), z.lte(1000)),
  }),
  priceIndices: z._default(
    z.array(
      z.object({
        styringsomraade: text,
        from: year,
        to: year,
        percent: decimalText,
        source: z.string().check(z.minLength(1, 'skal angive hvor tallet kommer fra')),
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
  source: string;
}

export interface Template {
  id: string;
  name: string;
  description: string;
  /** Required unit; null = any, but the same in every table of a kind. */
  unit: UnitKey | null;
  /** Required p/l year per table kind; null = any, but consistent within the workbook. */
  priceLevel: Record<Extract<TableKind, 'proposal' | 'overview'>, number | null>;
  /** Required year columns in order; null = any, but no duplicates and in order. */
  years: number[] | null;
  styringsomraader: Styringsomraade[];
  totalLabels: string[];
  netTotalLabels: string[];
  rounding: { tolerancePerRow: number; minimum: number };
  priceIndices: PriceIndexStep[];
}

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(roden)';
}

/** Validates a parsed template object. Throws `TemplateError` naming every field at fault. */
export function parseTemplate(json: unknown, source: string): Template {
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `${fieldPath(issue.path)}: ukendt felt ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      }
      return `${fieldPath(issue.path)}: ${issue.message}`;
    });
    throw new TemplateError(`Skabelonen ${source} er ugyldig: ${problems.join('; ')}`, source, problems);
  }
  const t = parsed.data;
  const problems: string[] = [];
  if (t.years) {
    t.years.forEach((y, i) => {
      if (i > 0 && y <= t.years![i - 1]) problems.push(`years[${i}]: årene skal stå i stigende rækkefølge uden gentagelser`);
    });
  }
  const names = new Set(t.styringsomraader.map((s) => s.name));
  t.priceIndices.forEach((step, i) => {
    if (!names.has(step.styringsomraade)) {
      problems.push(`priceIndices[${i}].styringsomraade: "${step.styringsomraade}" er ikke et af skabelonens styringsområder`);
    }
    if (step.to !== step.from + 1) problems.push(`priceIndices[${i}]: et indeks gælder ét år frem (to = from + 1)`);
  });
  if (problems.length) {
    throw new TemplateError(`Skabelonen ${source} er ugyldig: ${problems.join('; ')}`, source, problems);
  }
  return {
    ...t,
    priceIndices: t.priceIndices.map((s) => ({
      ...s,
      percent: new Decimal(String(s.percent).trim().replace(',', '.')),
    })),
  };
}

export const builtinTemplates: Template[] = [parseTemplate(kkOfs, 'kk-ofs-2025-2026'), parseTemplate(generic, 'generic')];

export const defaultTemplateId = 'kk-ofs-2025-2026';

export function builtinTemplate(id: string): Template | undefined {
  return builtinTemplates.find((t) => t.id === id);
}

/** Back to JSON form, e.g. to save a user's edited indices with the workbook. */
export function templateToJson(t: Template): TemplateJson {
  return {
    ...t,
    priceIndices: t.priceIndices.map((s) => ({ ...s, percent: s.percent.toString() })),
  };
}
