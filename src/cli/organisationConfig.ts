/**
 * The organisation's templates for the command line: `--templates DIR`, or the folder named by
 * `budgettjek.config.json` — looked up from the input's folder upward, then in the user's home
 * folder, as ESLint and Prettier find theirs:
 *
 *   { "templates": "//fileserver/okonomi/budgettjek/skabeloner" }   (relative to the config file)
 *
 * A folder that is named but cannot be used is an error (exit 2) saying what to fix — never a
 * silent fallback to the built-in templates.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { builtinTemplates, defaultTemplateId, type Lang, type OrganisationFile, type OrganisationTemplates } from '../core';
import { UsageError } from './templateArg';

export const CONFIG_FILE = 'budgettjek.config.json';

/** The user's home folder (HOME, or USERPROFILE on Windows). */
function userHome(): string {
  return process.env.HOME || process.env.USERPROFILE || homedir();
}
const MAX_FILE_BYTES = 1024 * 1024;

/** The nearest `budgettjek.config.json` from `start` (a file or folder) upward, else in `home`; null if none. */
export function findConfigFile(start: string, home: string = userHome()): string | null {
  let dir = path.resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const inHome = path.join(home, CONFIG_FILE);
  return home && existsSync(inHome) ? inHome : null;
}

const words = {
  da: {
    configNotJson: (f: string, why: string) => `${f}: ${why}`,
    configShape: (f: string) => `${f} skal være et JSON-objekt med feltet "templates": stien til organisationens skabelonmappe, fx { "templates": "skabeloner" }`,
    noFolder: (dir: string, from: string) => `skabelonmappen ${dir}${from} findes ikke eller er ikke en mappe — ret stien, eller spørg den der udgiver skabelonerne`,
    noIndex: (dir: string) => `skabelonmappen ${dir} har ingen index.json — en skabelonmappe skal have en index.json, der nævner skabelonerne (se docs/drift.md)`,
    tooBig: (kb: number) => `filen er ${kb} KB; højst ${MAX_FILE_BYTES / 1024} KB`,
    missing: 'filen findes ikke i mappen — læg den der, eller fjern den fra index.json',
    unreadable: (code: string) => `filen kunne ikke læses (${code})`,
    namedBy: (f: string) => ` (fra ${f})`,
  },
  en: {
    configNotJson: (f: string, why: string) => `${f}: ${why}`,
    configShape: (f: string) => `${f} must be a JSON object with the field "templates": the path of the organisation's templates folder, e.g. { "templates": "skabeloner" }`,
    noFolder: (dir: string, from: string) => `the templates folder ${dir}${from} does not exist or is not a folder — fix the path, or ask whoever publishes the templates`,
    noIndex: (dir: string) => `the templates folder ${dir} has no index.json — a templates folder needs an index.json naming its templates (see docs/drift.md)`,
    tooBig: (kb: number) => `the file is ${kb} KB; at most ${MAX_FILE_BYTES / 1024} KB`,
    missing: 'the file is not in the folder — put it there, or remove it from index.json',
    unreadable: (code: string) => `the file could not be read (${code})`,
    namedBy: (f: string) => ` (from ${f})`,
  },
};

function readJson(file: string): { json: unknown } | { unreadable: { da: string; en: string } } {
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile()) return { unreadable: { da: words.da.missing, en: words.en.missing } };
    if (st.size > MAX_FILE_BYTES) return { unreadable: { da: words.da.tooBig(Math.ceil(st.size / 1024)), en: words.en.tooBig(Math.ceil(st.size / 1024)) } };
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { unreadable: code === 'ENOENT' ? { da: words.da.missing, en: words.en.missing } : { da: words.da.unreadable(code), en: words.en.unreadable(code) } };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (e) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { notJson } = require('../core/templates/organisation') as typeof import('../core/templates/organisation');
    return { unreadable: notJson(e, text) };
  }
}

/** The templates folder a config file names (relative to the file). Throws UsageError if the file is not one. */
export function templatesDirOf(configFile: string, lang: Lang): string {
  const r = readJson(configFile);
  if ('unreadable' in r) throw new UsageError(words[lang].configNotJson(configFile, r.unreadable[lang]));
  const json = r.json as { templates?: unknown } | null;
  if (!json || typeof json !== 'object' || Array.isArray(json) || typeof json.templates !== 'string' || !json.templates.trim()) {
    throw new UsageError(words[lang].configShape(configFile));
  }
  return path.resolve(path.dirname(configFile), json.templates.trim());
}

/** Reads an organisation's templates folder. Throws UsageError saying what to fix. */
export function loadOrganisationFolder(dir: string, lang: Lang, namedBy?: string): OrganisationTemplates {
  const w = words[lang];
  const from = namedBy ? w.namedBy(namedBy) : '';
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError(w.noFolder(dir, from));
  if (!readdirSync(dir).includes('index.json')) throw new UsageError(w.noIndex(dir));
  // The validators (zod) load only when an organisation's folder is in use.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const org = require('../core/templates/organisation') as typeof import('../core/templates/organisation');
  try {
    const indexRead = readJson(path.join(dir, org.ORGANISATION_INDEX_FILE));
    if ('unreadable' in indexRead) throw new org.OrganisationTemplatesError(dir, [{ da: `index.json: ${indexRead.unreadable.da}`, en: `index.json: ${indexRead.unreadable.en}` }]);
    const index = org.parseOrganisationIndex(indexRead.json, dir);
    const files: OrganisationFile[] = index.templates.map((file) => ({ file, ...readJson(path.join(dir, file)) }));
    return org.organisationTemplates(index, files, builtinTemplates, dir, defaultTemplateId);
  } catch (e) {
    if (e instanceof org.OrganisationTemplatesError) throw new UsageError(e.messageFor(lang));
    throw e;
  }
}

/**
 * The organisation's set for a run: `--templates DIR` if given, else the folder of the nearest
 * config file from `start` (the input), else none (the built-in templates).
 */
export function organisationFor(templatesDir: string | undefined, start: string, lang: Lang, home?: string): OrganisationTemplates | null {
  if (templatesDir) return loadOrganisationFolder(path.resolve(templatesDir), lang);
  const config = findConfigFile(start, home);
  if (!config) return null;
  return loadOrganisationFolder(templatesDirOf(config, lang), lang, config);
}
