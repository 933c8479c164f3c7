/**
 * The organisation's templates for the add-in: the folder `templates/` published next to the
 * add-in's pages (same origin, so inside the page's Content-Security-Policy, connect-src 'self'),
 * with `templates/index.json` naming the template files, the office's default and its PL-skøn
 * (core/templates/organisation.ts). This is the add-in's only request of its own, and it goes
 * nowhere but to the server the add-in itself came from: any other origin is refused unasked.
 *
 * No `index.json` (404) means the organisation publishes none: the built-in templates, no notice.
 * Anything else that goes wrong — the server cannot be reached, a file is missing or no JSON, a
 * template is invalid — is a notice in the pane saying what to fix, never a silent fallback.
 */
import { builtinTemplates, defaultTemplateId, type LocalizedText, type OrganisationFile, type OrganisationTemplates } from '../core';

export type OrganisationLoad =
  | { state: 'none' }
  | { state: 'loaded'; set: OrganisationTemplates }
  /** `notice`: the whole notice, what is wrong and what to do. */
  | { state: 'failed'; location: string; notice: LocalizedText };

const INDEX_FILE = 'index.json';

/** The reader and validator (zod): loaded only when the organisation publishes a folder. */
const organisationModule = () => import(/* webpackChunkName: "organisation" */ '../core/templates/organisation');

/** The templates folder's address, next to the page. */
export const TEMPLATES_FOLDER = 'templates/';
/** How long the pane waits for the folder before it says the server did not answer. */
export const LOAD_TIMEOUT_MS = 10000;

/** One GET: the status and text, or null when the server could not be reached. */
export type GetText = (url: string) => Promise<{ status: number; text: string } | null>;

/** GET from the page's own origin only; never another. */
export function sameOriginGet(pageUrl: string, timeoutMs = LOAD_TIMEOUT_MS): GetText {
  const origin = new URL(pageUrl).origin;
  return async (url) => {
    if (new URL(url, pageUrl).origin !== origin) throw new Error(`Budgettjek henter kun fra ${origin}, ikke ${url}`);
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : null;
    try {
      const res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin', redirect: 'error', signal: controller?.signal });
      return { status: res.status, text: await res.text() };
    } catch {
      return null;
    } finally {
      if (timer) clearTimeout(timer);
    }
  };
}

const unreachable = (url: string): LocalizedText => ({
  da: `${url} kunne ikke hentes (serveren svarede ikke) — prøv igen senere, eller bed IT tjekke at mappen templates/ ligger på serveren`,
  en: `${url} could not be fetched (the server did not answer) — try again later, or ask IT to check that the templates/ folder is on the server`,
});
const httpStatus = (file: string, status: number): LocalizedText =>
  status === 404
    ? { da: 'filen findes ikke på serveren — læg den i mappen templates/, eller fjern den fra index.json', en: 'the file is not on the server — put it in the templates/ folder, or remove it from index.json' }
    : { da: `serveren svarede ${status} for ${file} — bed IT tjekke serverens opsætning (se docs/drift.md)`, en: `the server answered ${status} for ${file} — ask IT to check the server's setup (see docs/drift.md)` };

/** Reads the organisation's folder at `folderUrl` (absolute, ending in "/"). */
export async function loadOrganisationTemplates(folderUrl: string, get: GetText): Promise<OrganisationLoad> {
  const indexUrl = new URL(INDEX_FILE, folderUrl).href;
  const index = await get(indexUrl).catch(() => null);
  if (index && index.status === 404) return { state: 'none' };
  const { notJson, organisationProblemText, organisationTemplates, OrganisationTemplatesError, parseOrganisationIndex } = await organisationModule();
  const fail = (problem: LocalizedText): OrganisationLoad => ({
    state: 'failed',
    location: folderUrl,
    notice: { da: organisationProblemText(folderUrl, [problem], 'da'), en: organisationProblemText(folderUrl, [problem], 'en') },
  });
  const parseJson = (text: string): { json: unknown } | { unreadable: LocalizedText } => {
    try {
      return { json: JSON.parse(text.replace(/^\uFEFF/, '')) };
    } catch (e) {
      return { unreadable: notJson(e, text) };
    }
  };
  if (!index) return fail(unreachable(indexUrl));
  if (index.status < 200 || index.status >= 300) return fail(httpStatus(INDEX_FILE, index.status));
  const indexJson = parseJson(index.text);
  if ('unreadable' in indexJson) return fail({ da: `${INDEX_FILE}: ${indexJson.unreadable.da}`, en: `${INDEX_FILE}: ${indexJson.unreadable.en}` });
  try {
    const parsed = parseOrganisationIndex(indexJson.json, folderUrl);
    const files = await Promise.all(
      parsed.templates.map(async (file): Promise<OrganisationFile> => {
        const url = new URL(encodeURIComponent(file), folderUrl).href;
        const r = await get(url).catch(() => null);
        if (!r) return { file, unreadable: unreachable(url) };
        if (r.status < 200 || r.status >= 300) return { file, unreadable: httpStatus(file, r.status) };
        return { file, ...parseJson(r.text) };
      }),
    );
    return { state: 'loaded', set: organisationTemplates(parsed, files, builtinTemplates, folderUrl, defaultTemplateId) };
  } catch (e) {
    if (e instanceof OrganisationTemplatesError) {
      return fail({ da: e.problems.map((p) => p.da).join('; '), en: e.problems.map((p) => p.en).join('; ') });
    }
    throw e;
  }
}

/** The notice's text for a folder that could not be used. */
export function organisationNoticeText(load: Extract<OrganisationLoad, { state: 'failed' }>, lang: 'da' | 'en'): string {
  return load.notice[lang];
}

/** The page's organisation templates, loaded once per page (the pane may ask more than once). */
let pageLoad: Promise<OrganisationLoad> | null = null;
export function pageOrganisationTemplates(): Promise<OrganisationLoad> {
  if (!pageLoad) {
    const pageUrl = globalThis.location?.href;
    if (!pageUrl || !/^https?:/.test(pageUrl) || typeof fetch !== 'function') return Promise.resolve({ state: 'none' });
    pageLoad = loadOrganisationTemplates(new URL(TEMPLATES_FOLDER, pageUrl).href, sameOriginGet(pageUrl));
  }
  return pageLoad;
}

