import generic from './builtin/generic.json';
import kk from './builtin/kk-ofs-2025-2026.json';
import stat from './builtin/stat-aktstykke.json';
import { isPublishedDate, parseTemplate, TemplateError, templateFileText, templateProblems, templateToJson } from './template';
import { builtinTemplate, builtinTemplates } from './builtin';
import { templateFieldGuide } from './fieldGuide';
import { factor } from '../priceLevel/factor';

const clone = () => JSON.parse(JSON.stringify(kk));

function errorOf(json: unknown): TemplateError {
  try {
    parseTemplate(json, 'test.json');
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error('expected the template to be refused');
}
const problemsOf = (json: unknown) => errorOf(json).problems;

describe('templates', () => {
  it('ships kk-ofs-2025-2026, generic and stat-aktstykke; kk keeps its Service index 2026→2027 of 2,8 % with source and date', () => {
    expect(builtinTemplates.map((t) => t.id)).toEqual(['kk-ofs-2025-2026', 'generic', 'stat-aktstykke']);
    const t = builtinTemplate('kk-ofs-2025-2026')!;
    expect(t.priceLevel).toEqual({ proposal: 2027, overview: 2026 });
    expect(t.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    expect(t.styringsomraadeRequired).toBe(true);
    expect(t.priceIndices).toHaveLength(1);
    expect(t.priceIndices[0]).toMatchObject({ styringsomraade: 'Service', from: 2026, to: 2027, published: '2026-01' });
    expect(t.priceIndices[0].percent.toString()).toBe('2.8');
    expect(t.priceIndices[0].source).toMatch(/1\.045.*1\.017/);
  });

  it('ships built-in templates exactly as the validator reads their JSON (they are not validated at start)', () => {
    expect(builtinTemplate('kk-ofs-2025-2026')).toEqual(parseTemplate(kk, 'kk-ofs-2025-2026'));
    expect(builtinTemplate('generic')).toEqual(parseTemplate(generic, 'generic'));
    expect(builtinTemplate('stat-aktstykke')).toEqual(parseTemplate(stat, 'stat-aktstykke'));
  });

  it("stat-aktstykke: mio. kr., no styringsområde required, the state's general PL index 2022–2025 cited from Økonomistyrelsen", () => {
    const t = builtinTemplate('stat-aktstykke')!;
    expect(t.unit).toBe('mio. kr.');
    expect(t.styringsomraadeRequired).toBe(false);
    expect(t.priceIndices.map((s) => [s.from, s.to, s.percent.toString()])).toEqual([
      [2021, 2022, '4.3'],
      [2022, 2023, '2.5'],
      [2023, 2024, '4'],
      [2024, 2025, '2.8'],
    ]);
    for (const s of t.priceIndices) {
      expect(s.source).toContain('https://oes.dk/statsregnskab/finanslov-og-udgiftsopfoelgning/indeks/fastprisberegninger/');
      expect(isPublishedDate(s.published!)).toBe(true);
    }
    // 2023 p/l → 2025 p/l chains two steps: 1,040 × 1,028.
    const f = factor(t, 'Generelt', 2023, 2025);
    expect(f.ok && f.product.toString()).toBe('1.06912');
    expect(stat.priceIndices.every((s) => s.percent.includes(','))).toBe(true);
  });

  it('names every field at fault, says what was expected and gives an example, in Danish and English', () => {
    const bad = clone();
    bad.unit = 'kroner';
    bad.priceIndices[0].percent = 'to procent';
    delete bad.priceIndices[0].source;
    delete bad.totalLabels;
    bad.colour = 'blue';
    bad.priceIndices[0].sourse = 'typo';
    const e = errorOf(bad);
    expect([...e.problems].sort()).toEqual([
      'unit: ugyldig værdi "kroner" — skal være "kr.", "t.kr.", "mio. kr." eller "mia. kr.", fx "t.kr." for 1.000 kr.',
      'totalLabels: mangler — skal være en liste med mindst én tekst som totalrækker begynder med, fx ["samlede", "i alt"]',
      'priceIndices[0].percent: ugyldig værdi "to procent" — skal være den årlige stigning i procent, fx "2,8" eller 2.8',
      'priceIndices[0].source: mangler — skriv hvor tallet kommer fra, fx "KL, PL-skøn juni 2026"',
      'priceIndices[0].sourse: ukendt felt — kendte felter her er styringsomraade, from, to, percent, source, published',
      'colour: ukendt felt — kendte felter her er id, name, description, unit, priceLevel, years, styringsomraadeRequired, totalRowRequired, styringsomraader, totalLabels, netTotalLabels, rounding, priceIndices',
    ].sort());
    expect(e.messageFor('en')).toContain('priceIndices[0].source: missing — say where the figure comes from, e.g. "KL, PL-skøn juni 2026"');
    expect(e.messageFor('en')).toContain('unit: invalid value "kroner" — must be');
    // No default text of the schema library reaches the user.
    expect(`${e.messageFor('da')} ${e.messageFor('en')}`).not.toMatch(/Invalid|Expected|received|Too small|Unrecognized/);
  });

  it('every field of the format has a guide in both languages with an example', () => {
    for (const [path, g] of Object.entries(templateFieldGuide)) {
      expect([path, /fx |start fra/.test(g.da)]).toEqual([path, true]);
      expect([path, /e\.g\. |start from/.test(g.en)]).toEqual([path, true]);
    }
  });

  it('refuses a missing or impossible publication date, a doubled step, a doubled alias, years out of order, an unknown styringsområde and a step of more than a year', () => {
    const bad = clone();
    bad.years = [2027, 2026];
    bad.priceIndices[0].published = '2026-02-30';
    bad.priceIndices.push({ styringsomraade: 'Kultur', from: 2026, to: 2027, percent: '1', source: 'x', published: '2026-06' });
    bad.priceIndices.push({ styringsomraade: 'Anlæg', from: 2025, to: 2027, percent: '1', source: 'x', published: '2026-06' });
    expect(problemsOf(bad)).toEqual(['priceIndices[0].published: ugyldig værdi "2026-02-30" — skriv datoen kilden blev offentliggjort (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM), fx "2026-06-15"']);
    bad.priceIndices[0].published = '2026-01-09';
    bad.priceIndices.push({ styringsomraade: 'service', from: 2026, to: 2027, percent: '3', source: 'y', published: '2026-06' });
    bad.styringsomraader[1].aliases.push('Service');
    expect(problemsOf(bad)).toEqual([
      'years[1]: 2026 står efter 2027 — årene skal stå i stigende rækkefølge uden gentagelser, fx [2026, 2027, 2028]',
      'styringsomraader[1].aliases[1]: "Service" står allerede under "Service" — hvert navn og alias må kun høre til ét styringsområde, fx "Bruttoanlæg" kun under "Anlæg"',
      'priceIndices[1].styringsomraade: "Kultur" er ikke et af skabelonens styringsområder — skal være et af "Service", "Anlæg", "Overførsler", "Finansposter"',
      'priceIndices[2].to: 2025 → 2027 er ikke ét år — et indekstrin gælder ét år frem, fx from 2025 og to 2026',
      'priceIndices[3]: Service 2026-2027 står to gange — hvert styringsområde og år må kun have ét indekstrin; slet det ene',
    ]);
  });

  it('says what a template is when given something else', () => {
    expect(problemsOf([1, 2])[0]).toMatch(/^\(skabelonen\): ugyldig værdi \[1,2\] — et JSON-objekt med felterne id, name/);
    expect(templateProblems(null)).toHaveLength(1);
    expect(templateProblems(clone())).toEqual([]);
  });

  it('accepts a Danish decimal comma, a minus sign and a month-only date, and round-trips to JSON and file text', () => {
    const t = clone();
    t.priceIndices[0].percent = '2,8';
    t.priceIndices.push({ styringsomraade: 'Anlæg', from: 2026, to: 2027, percent: '−0,5', source: 'KL', published: '2026-06' });
    const parsed = parseTemplate(t, 'test.json');
    expect(parsed.priceIndices[0].percent.toString()).toBe('2.8');
    expect(parsed.priceIndices[1].percent.toString()).toBe('-0.5');
    expect(parseTemplate(templateToJson(parsed), 'again')).toEqual(parsed);
    expect(parseTemplate(JSON.parse(templateFileText(parsed)), 'file')).toEqual(parsed);
    expect(templateFileText(parsed).endsWith('}\n')).toBe(true);
  });
});
