import index from '../../../examples/skabeloner/index.json';
import budget from '../../../examples/skabeloner/eksempel-budget-2027.json';
import { builtinTemplates, defaultTemplateId } from './builtin';
import { notJson, organisationTemplates, OrganisationTemplatesError, parseOrganisationIndex, withPlSkoen, type OrganisationFile } from './organisation';

const load = (idx: unknown, files: OrganisationFile[]) => organisationTemplates(parseOrganisationIndex(idx, 'skabeloner'), files, builtinTemplates, 'skabeloner', defaultTemplateId);

function problemsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof OrganisationTemplatesError) return e.problems.map((p) => p.da);
    throw e;
  }
  throw new Error('expected the set to be refused');
}

describe("an organisation's templates folder", () => {
  it('lists the organisation, its templates and its default; the PL-skøn becomes a step of every template with its source and date', () => {
    const set = load(index, [{ file: 'eksempel-budget-2027.json', json: budget }]);
    expect(set.organisation).toBe('Eksempel Kommune, Økonomi og Analyse');
    expect(set.templates.map((t) => t.id)).toEqual(['eksempel-budget-2027']);
    expect(set.defaultId).toBe('eksempel-budget-2027');
    const steps = set.templates[0].priceIndices;
    expect(steps.map((s) => [s.styringsomraade, s.from, s.to, s.percent.toString(), s.source, s.published])).toEqual([
      ['Service', 2026, 2027, '2.9', 'KL, PL-skøn juni 2026 (eksempel)', '2026-06-15'],
      ['Anlæg', 2026, 2027, '3.1', 'KL, PL-skøn juni 2026 (eksempel)', '2026-06-15'],
    ]);
  });

  it("a template's own step wins over the PL-skøn; built-in templates get the steps they lack", () => {
    const set = load(index, [{ file: 'eksempel-budget-2027.json', json: budget }]);
    const kk = set.builtins.find((t) => t.id === 'kk-ofs-2025-2026')!;
    const service = kk.priceIndices.filter((s) => s.styringsomraade === 'Service');
    expect(service).toHaveLength(1);
    expect(service[0].percent.toString()).toBe('2.8'); // kk's own 2,8 %, not the office's 2,9 %
    expect(kk.priceIndices.find((s) => s.styringsomraade === 'Anlæg')?.percent.toString()).toBe('3.1');
    // Names the template knows only as an alias are mapped to its styringsområde.
    const aliased = withPlSkoen(builtinTemplates[1], { source: 's', published: '2026-06', steps: [{ styringsomraade: 'Bruttoanlæg', from: 2026, to: 2027, percent: builtinTemplates[0].priceIndices[0].percent }] });
    expect(aliased.priceIndices.map((s) => s.styringsomraade)).toEqual(['Anlæg']);
  });

  it('without a default the first of its templates is the default; without templates the built-in default', () => {
    const { default: _d, ...noDefault } = index;
    expect(load(noDefault, [{ file: 'eksempel-budget-2027.json', json: budget }]).defaultId).toBe('eksempel-budget-2027');
    expect(load({ organisation: 'X', templates: [] }, []).defaultId).toBe(defaultTemplateId);
  });

  it('refuses a bad index and says which field and what to write', () => {
    expect(problemsOf(() => parseOrganisationIndex({ templates: ['a.json'] }, 'x'))).toEqual([expect.stringMatching(/organisation: mangler eller er tom — skriv organisationens navn/)]);
    expect(problemsOf(() => parseOrganisationIndex({ organisation: 'X', templates: ['../a.json'] }, 'x'))[0]).toMatch(/templates\[0\]: skal være en liste af filnavne/);
    expect(problemsOf(() => parseOrganisationIndex({ organisation: 'X', templates: [], plSkoen: { source: 'KL', published: 'juni', steps: [] } }, 'x')).join(' | ')).toMatch(/plSkoen\.published: skal være datoen/);
    expect(problemsOf(() => parseOrganisationIndex({ organisation: 'X', templates: [], extra: 1 }, 'x'))[0]).toMatch(/ukendt felt extra/);
    expect(problemsOf(() => parseOrganisationIndex({ ...index, plSkoen: { ...index.plSkoen, steps: [{ styringsomraade: 'Service', from: 2026, to: 2028, percent: '2' }] } }, 'x'))[0]).toMatch(/2026 → 2028 er ikke ét år/);
  });

  it('refuses unreadable or invalid template files, doubled ids, a PL-skøn step no template can use — never a silent fallback; an unknown default when all files read', () => {
    const problems = problemsOf(() =>
      load({ ...index, default: 'findes-ikke', plSkoen: { ...index.plSkoen, steps: [{ styringsomraade: 'Ukendt', from: 2026, to: 2027, percent: '2' }] } }, [
        { file: 'mangler.json', unreadable: { da: 'filen findes ikke', en: 'no such file' } },
        { file: 'ugyldig.json', json: { ...budget, unit: 'kroner' } },
        { file: 'kopi.json', json: { ...budget, id: 'generic' } },
      ]),
    );
    expect(problems).toEqual([
      'mangler.json: filen findes ikke',
      expect.stringMatching(/^Skabelonen ugyldig\.json er ugyldig: unit: ugyldig værdi "kroner"/),
      'kopi.json: id "generic" er en indbygget skabelons — giv skabelonen sit eget id',
      'plSkoen.steps[0]: styringsområdet "Ukendt" findes i ingen skabelon — skriv det som i skabelonerne, fx "Service"',
    ]);
    expect(problemsOf(() => load({ ...index, default: 'findes-ikke' }, [{ file: 'eksempel-budget-2027.json', json: budget }]))).toEqual([
      expect.stringMatching(/^default: "findes-ikke" er ingen af skabelonerne — skriv et af disse id'er: eksempel-budget-2027, .*generic/),
    ]);
    const e = new OrganisationTemplatesError('https://x/templates/', [{ da: 'a', en: 'b' }]);
    expect(e.messageFor('da')).toMatch(/^Organisationens skabeloner i https:\/\/x\/templates\/ kan ikke bruges: a\. Ret filerne/);
    expect(e.messageFor('en')).toMatch(/^The organisation's templates in https:\/\/x\/templates\/ cannot be used: b\./);
  });

  it('says in Danish what is wrong with text that is no JSON, not the parser’s English', () => {
    const err = (text: string) => {
      try {
        JSON.parse(text);
      } catch (e) {
        return notJson(e, text);
      }
      throw new Error('parsed');
    };
    expect(err('{"id": "a",').da).toMatch(/^filen slutter midt i JSON-teksten/);
    expect(err('{"id": "a"').da).toMatch(/^filen slutter midt i JSON-teksten/);
    expect(err('{"id": x}').da).toMatch(/^filen er ikke gyldig JSON/);
    expect(err('{"id": x}').da).not.toMatch(/Unexpected/);
  });
});
