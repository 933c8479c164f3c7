/**
 * Templates are data: JSON validated on load with messages that name the field at fault.
 * The core receives an already-parsed object; reading the file is the caller's business.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';
import type { TableKind, UnitKey } from '../model';
import kkOfs from './builtin/kk-ofs-2025-2026.json';
import generic from './builtin/generic.json';

// No code generation at run time: the add-in's Content-Security-Policy forbids eval.
z.config({ jitless: true });

const unitKeys = ['kr.', 't.kr.', 'mio. kr.', 'mia. kr.'] as const;
const year = z.number().int().min(1900).max(2200);
const decimalText = z
  .union([z.string(), z.number()])
  .refine((v) => /^-?\d+([.,]\d+)?$/.test(String(v).trim()), { message: 'skal være et tal, fx "2.8" eller "2,8"' });

const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'skal bestå af små bogstaver, tal, punktum, bindestreg eller understreg'),
    name: z.string().min(1),
    description: z.string().default(''),
    unit: z.enum(unitKeys),
    priceLevel: z.object({ proposal: year.nullable(), overview: year.nullable() }),
    years: z.array(year).min(1).nullable(),
    styringsomraader: z
      .array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }))
      .min(1),
    totalLabels: z.array(z.string().min(1)).min(1),
    netTotalLabels: z.array(z.string().min(1)).default([]),
    rounding: z.object({
      tolerancePerRow: z.number().min(0).max(100),
      minimum: z.number().int().min(0).max(1000),
    }),
    priceIndices: z
      .array(
        z.object({
          styringsomraade: z.string().min(1),
          from: year,
          to: year,
          percent: decimalText,
          source: z.string().min(1, 'skal angive hvor tallet kommer fra'),
        }),
      )
      .default([]),
  })
  .strict();

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
  unit: UnitKey;
  /** Required p/l year per table kind; null = any, but consistent within the workbook. */
  priceLevel: Record<TableKind, number | null>;
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
