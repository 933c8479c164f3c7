/**
 * The built-in templates, ready without the schema validator: they are validated by the tests
 * (template.test.ts holds each equal to `parseTemplate` of its JSON), so the command line need not
 * load zod at every start. Only a user's own template file is validated when it is loaded.
 */
import Decimal from 'decimal.js';
import generic from './builtin/generic.json';
import kkOfs from './builtin/kk-ofs-2025-2026.json';
import type { Template, TemplateJson } from './template';

/** A template JSON known to be valid, with the schema's defaults filled in. */
function trustedTemplate(json: TemplateJson): Template {
  return {
    ...json,
    description: json.description ?? '',
    styringsomraader: json.styringsomraader.map((s) => ({ ...s, aliases: s.aliases ?? [] })),
    netTotalLabels: json.netTotalLabels ?? [],
    priceIndices: (json.priceIndices ?? []).map((s) => ({ ...s, percent: new Decimal(String(s.percent).trim().replace(',', '.')) })),
  } as Template;
}

export const builtinTemplates: Template[] = [trustedTemplate(kkOfs as TemplateJson), trustedTemplate(generic as TemplateJson)];

export const defaultTemplateId = 'kk-ofs-2025-2026';

export function builtinTemplate(id: string): Template | undefined {
  return builtinTemplates.find((t) => t.id === id);
}
