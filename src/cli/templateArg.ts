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

export interface LoadedTemplate {
  template: Template;
  source: 'builtin' | string;
}

export function loadTemplateArg(arg: string, lang: Lang): LoadedTemplate {
  const builtin = builtinTemplate(arg);
  if (builtin) return { template: builtin, source: 'builtin' };
  let isFile = false;
  try {
    isFile = statSync(arg).isFile();
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
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(arg, 'utf8'));
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
      throw new UsageError(lang === 'da' ? e.message : `template ${arg} is invalid: ${e.problems.join('; ')}`);
    }
    throw e;
  }
}
