/** `--template ID|FILE`: a built-in template by id, or a user's own JSON file, validated. */
import { readFileSync, statSync } from 'node:fs';
import { builtinTemplate, builtinTemplates } from '../core/templates/builtin';
import type { Template } from '../core/templates/template';
import type { Lang } from '../core/model';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const MAX_TEMPLATE_BYTES = 1024 * 1024;

export interface LoadedTemplate {
  template: Template;
  source: 'builtin' | string;
}

export function loadTemplateArg(arg: string, lang: Lang): LoadedTemplate {
  const builtin = builtinTemplate(arg);
  if (builtin) return { template: builtin, source: 'builtin' };
  let isFile = false;
  let size = 0;
  try {
    const st = statSync(arg);
    isFile = st.isFile();
    size = st.size;
  } catch {
    isFile = false;
  }
  if (!isFile) {
    const ids = builtinTemplates.map((t) => t.id).join(', ');
    throw new UsageError(
      lang === 'da'
        ? `ukendt skabelon "${arg}": hverken en indbygget (${ids}) eller en fil`
        : `unknown template "${arg}": neither a built-in one (${ids}) nor a file`,
    );
  }
  // A template is a few kilobytes; refuse what cannot be one before reading it.
  if (size > MAX_TEMPLATE_BYTES) {
    throw new UsageError(
      lang === 'da'
        ? `skabelonfilen ${arg} er ${Math.ceil(size / 1024)} KB; en skabelon er højst ${MAX_TEMPLATE_BYTES / 1024} KB`
        : `template file ${arg} is ${Math.ceil(size / 1024)} KB; a template is at most ${MAX_TEMPLATE_BYTES / 1024} KB`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(arg, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(lang === 'da' ? `skabelonfilen ${arg} er ikke gyldig JSON: ${why}` : `template file ${arg} is not valid JSON: ${why}`);
  }
  // The validator (zod) is loaded only for a template file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseTemplate, TemplateError } = require('../core/templates/template') as typeof import('../core/templates/template');
  try {
    return { template: parseTemplate(json, arg), source: arg };
  } catch (e) {
    if (e instanceof TemplateError) {
      throw new UsageError(e.messageFor(lang));
    }
    throw e;
  }
}
