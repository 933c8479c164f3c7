/**
 * `--template ID|FILE`: the organisation's template or a built-in one by id, or a user's own JSON
 * file, validated. Without `--template`, the organisation's default (else the built-in default).
 * With an organisation's set, its PL-skøn is an index step of whichever template is used.
 */
import { readFileSync, statSync } from 'node:fs';
import { builtinTemplates, defaultTemplateId, type Lang, type OrganisationTemplates, type Template } from '../core';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const MAX_TEMPLATE_BYTES = 1024 * 1024;

export interface LoadedTemplate {
  template: Template;
  source: 'builtin' | 'organisation' | string;
}

export function loadTemplateArg(given: string | undefined, lang: Lang, organisation: OrganisationTemplates | null = null): LoadedTemplate {
  const arg = given ?? organisation?.defaultId ?? defaultTemplateId;
  const own = organisation?.templates.find((t) => t.id === arg);
  if (own) return { template: own, source: 'organisation' };
  const builtin = (organisation?.builtins ?? builtinTemplates).find((t) => t.id === arg);
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
    const orgIds = organisation?.templates.map((t) => t.id).join(', ');
    throw new UsageError(
      lang === 'da'
        ? `ukendt skabelon "${arg}": hverken ${orgIds ? `organisationens (${orgIds}), ` : ''}en indbygget (${ids}) eller en fil — se listen med "budgettjek templates", eller angiv stien til en JSON-fil`
        : `unknown template "${arg}": neither ${orgIds ? `the organisation's (${orgIds}), ` : ''}a built-in one (${ids}) nor a file — see the list with "budgettjek templates", or give the path of a JSON file`,
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
  const text = readFileSync(arg, 'utf8').replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(text);
  } catch (e) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { notJson } = require('../core/templates/organisation') as typeof import('../core/templates/organisation');
    throw new UsageError(lang === 'da' ? `skabelonfilen ${arg}: ${notJson(e, text).da}` : `template file ${arg}: ${notJson(e, text).en}`);
  }
  // The validator (zod) is loaded only for a template file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseTemplate, TemplateError } = require('../core/templates/template') as typeof import('../core/templates/template');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { withPlSkoen } = require('../core/templates/organisation') as typeof import('../core/templates/organisation');
  try {
    return { template: withPlSkoen(parseTemplate(json, arg), organisation?.plSkoen), source: arg };
  } catch (e) {
    if (e instanceof TemplateError) {
      throw new UsageError(e.messageFor(lang));
    }
    throw e;
  }
}
