import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrganisationTemplates, organisationNoticeText, sameOriginGet, type GetText } from './organisationTemplates';

const folder = join(__dirname, '..', '..', 'examples', 'skabeloner');
const base = 'https://budgettjek.example.dk/templates/';

/** A server holding the example folder, with changes. */
function server(files: Record<string, string | number | null> = {}): { get: GetText; asked: string[] } {
  const asked: string[] = [];
  const published: Record<string, string | number | null> = {
    'index.json': readFileSync(join(folder, 'index.json'), 'utf8'),
    'eksempel-budget-2027.json': readFileSync(join(folder, 'eksempel-budget-2027.json'), 'utf8'),
    ...files,
  };
  return {
    asked,
    get: async (url) => {
      asked.push(url);
      const name = decodeURIComponent(url.slice(base.length));
      const body = published[name];
      if (body === null) return null; // unreachable
      if (typeof body === 'number') return { status: body, text: '' };
      return body === undefined ? { status: 404, text: 'not found' } : { status: 200, text: body };
    },
  };
}

describe("the add-in's organisation templates", () => {
  it('reads index.json and the templates it names from the folder next to the add-in', async () => {
    const { get, asked } = server();
    const load = await loadOrganisationTemplates(base, get);
    expect(load.state).toBe('loaded');
    if (load.state !== 'loaded') return;
    expect(load.set.organisation).toBe('Eksempel Kommune, Økonomi og Analyse');
    expect(load.set.defaultId).toBe('eksempel-budget-2027');
    expect(load.set.templates[0].priceIndices.map((s) => s.source)).toEqual(['KL, PL-skøn juni 2026 (eksempel)', 'KL, PL-skøn juni 2026 (eksempel)']);
    expect(asked).toEqual([`${base}index.json`, `${base}eksempel-budget-2027.json`]);
  });

  it('no index.json (404): the organisation publishes none — no notice', async () => {
    expect(await loadOrganisationTemplates(base, server({ 'index.json': 404 }).get)).toEqual({ state: 'none' });
  });

  it('an unreachable server, a missing file, a file that is no JSON, a server error: a notice saying what to do', async () => {
    const failed = async (files: Record<string, string | number | null>) => {
      const load = await loadOrganisationTemplates(base, server(files).get);
      if (load.state !== 'failed') throw new Error(`expected a failure, got ${load.state}`);
      return organisationNoticeText(load, 'da');
    };
    expect(await failed({ 'index.json': null })).toMatch(/^Organisationens skabeloner i https:\/\/budgettjek\.example\.dk\/templates\/ kan ikke bruges: https:\/\/budgettjek\.example\.dk\/templates\/index\.json kunne ikke hentes \(serveren svarede ikke\) — prøv igen senere/);
    expect(await failed({ 'eksempel-budget-2027.json': undefined as unknown as string })).toContain('eksempel-budget-2027.json: filen findes ikke på serveren — læg den i mappen templates/, eller fjern den fra index.json');
    expect(await failed({ 'index.json': '{"organisation": "X",' })).toContain('index.json: filen slutter midt i JSON-teksten');
    expect(await failed({ 'index.json': 500 })).toContain('serveren svarede 500 for index.json — bed IT tjekke serverens opsætning');
    expect(await failed({ 'eksempel-budget-2027.json': '{"id": "x"}' })).toMatch(/Skabelonen eksempel-budget-2027\.json er ugyldig: name: mangler/);
  });

  it('fetches from the page’s own origin only', async () => {
    const get = sameOriginGet('https://budgettjek.example.dk/taskpane.html');
    await expect(get('https://andet.example.com/templates/index.json')).rejects.toThrow(/henter kun fra https:\/\/budgettjek\.example\.dk/);
  });
});
