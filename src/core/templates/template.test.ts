import generic from './builtin/generic.json';
import kk from './builtin/kk-ofs-2025-2026.json';
import { builtinTemplate, builtinTemplates, parseTemplate, TemplateError, templateToJson } from './template';

const clone = () => JSON.parse(JSON.stringify(kk));

function problemsOf(json: unknown): string[] {
  try {
    parseTemplate(json, 'test.json');
  } catch (e) {
    if (e instanceof TemplateError) return e.problems;
    throw e;
  }
  return [];
}

describe('templates', () => {
  it('ships kk-ofs-2025-2026 and generic, with the Service index 2026→2027 of 2,8 % and its source', () => {
    expect(builtinTemplates.map((t) => t.id)).toEqual(['kk-ofs-2025-2026', 'generic']);
    const t = builtinTemplate('kk-ofs-2025-2026')!;
    expect(t.priceLevel).toEqual({ proposal: 2027, overview: 2026 });
    expect(t.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    expect(t.priceIndices[0]).toMatchObject({ styringsomraade: 'Service', from: 2026, to: 2027 });
    expect(t.priceIndices[0].percent.toString()).toBe('2.8');
    expect(t.priceIndices[0].source).toMatch(/1\.045.*1\.017/);
  });

  it('ships built-in templates exactly as the validator reads their JSON (they are not validated at start)', () => {
    expect(builtinTemplate('kk-ofs-2025-2026')).toEqual(parseTemplate(kk, 'kk-ofs-2025-2026'));
    expect(builtinTemplate('generic')).toEqual(parseTemplate(generic, 'generic'));
  });

  it('names every field at fault', () => {
    const bad = clone();
    bad.unit = 'kroner';
    bad.priceIndices[0].percent = 'to procent';
    delete bad.totalLabels;
    bad.colour = 'blue';
    const problems = problemsOf(bad);
    expect(problems.some((p) => p.startsWith('unit:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('priceIndices[0].percent: skal være et tal'))).toBe(true);
    expect(problems.some((p) => p.startsWith('totalLabels:'))).toBe(true);
    expect(problems.some((p) => p.includes('ukendt felt "colour"'))).toBe(true);
  });

  it('refuses years out of order, an index for an unknown styringsområde, and a step of more than a year', () => {
    const bad = clone();
    bad.years = [2027, 2026];
    bad.priceIndices.push({ styringsomraade: 'Kultur', from: 2026, to: 2027, percent: '1', source: 'x' });
    bad.priceIndices.push({ styringsomraade: 'Anlæg', from: 2025, to: 2027, percent: '1', source: 'x' });
    expect(problemsOf(bad)).toEqual([
      'years[1]: årene skal stå i stigende rækkefølge uden gentagelser',
      'priceIndices[1].styringsomraade: "Kultur" er ikke et af skabelonens styringsområder',
      'priceIndices[2]: et indeks gælder ét år frem (to = from + 1)',
    ]);
  });

  it('accepts a Danish decimal comma and round-trips to JSON', () => {
    const t = clone();
    t.priceIndices[0].percent = '2,8';
    const parsed = parseTemplate(t, 'test.json');
    expect(parsed.priceIndices[0].percent.toString()).toBe('2.8');
    expect(parseTemplate(templateToJson(parsed), 'again')).toEqual(parsed);
  });
});
