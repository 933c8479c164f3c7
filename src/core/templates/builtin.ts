/**
 * The built-in templates, ready without the schema validator: they are validated by the tests
 * (template.test.ts holds each equal to `parseTemplate` of its JSON), so the command line need not
 * load zod at every start. Only a user's own template file is validated when it is loaded.
 */
import Decimal from 'decimal.js';
import generic from './builtin/generic.json';
import kkOfs from './builtin/kk-ofs-2025-2026.json';
import statAktstykke from './builtin/stat-aktstykke.json';
import type { Template, TemplateJson } from './template';

/** A template JSON known to be valid, with the schema's defaults filled in. */
function trustedTemplate(json: TemplateJson): Template {
  return {
    ...json,
    description: json.description ?? '',
    styringsomraadeRequired: json.styringsomraadeRequired ?? true,
    totalRowRequired: json.totalRowRequired ?? true,
    styringsomraader: json.styringsomraader.map((s) => ({ ...s, aliases: s.aliases ?? [] })),
    netTotalLabels: json.netTotalLabels ?? [],
    priceIndices: (json.priceIndices ?? []).map((s) => ({
      ...s,
      source: s.source.trim(),
      published: (s.published ?? '').trim(),
      percent: new Decimal(String(s.percent).trim().replace('−', '-').replace(',', '.')),
    })),
  } as Template;
}

export const builtinTemplates: Template[] = [
  trustedTemplate(kkOfs as TemplateJson),
  trustedTemplate(generic as TemplateJson),
  trustedTemplate(statAktstykke as TemplateJson),
];

export const defaultTemplateId = 'kk-ofs-2025-2026';

export function builtinTemplate(id: string): Template | undefined {
  return builtinTemplates.find((t) => t.id === id);
}
