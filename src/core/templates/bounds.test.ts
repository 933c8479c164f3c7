import kk from './builtin/kk-ofs-2025-2026.json';
import { MAX_STYRINGSOMRAADER, namesInBrief, nestingDepth } from './bounds';
import { parseTemplate, TemplateError, templateProblems, type Template } from './template';
import { builtinTemplate } from './builtin';
import { StyringsomraadeMatcher } from '../detect/styringsomraade';
import { analyseWorkbook } from '../analyse';
import { renderMessage } from '../messages';
import { sheetFromRows, workbookOf } from '../testing/sheetFromRows';

const clone = () => JSON.parse(JSON.stringify(kk));

function messageOf(json: unknown, lang: 'da' | 'en' = 'da'): string {
  try {
    parseTemplate(json, 'test.json');
  } catch (e) {
    if (e instanceof TemplateError) return e.messageFor(lang);
    throw e;
  }
  throw new Error('expected the template to be refused');
}

/** `[[[…]]]` `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let v: unknown = [];
  for (let i = 1; i < depth; i++) v = [v];
  return v;
}

describe('templates are bounded like workbooks', () => {
  it('refuses 500.000 nested arrays with one message, without recursing', () => {
    expect(nestingDepth(nested(500_000))).toBe(9); // stops once past the bound
    const whole = messageOf(nested(500_000));
    expect(whole).toBe(
      'Skabelonen test.json er ugyldig: (skabelonen): indlejret mere end 8 niveauer dybt — en skabelon har højst 8 niveauer; start fra `budgettjek templates show generic`',
    );
    const t = clone();
    t.styringsomraader[0].aliases = [nested(500_000)];
    expect(messageOf(t)).toMatch(/indlejret mere end 8 niveauer dybt/);
    expect(templateProblems(t)).toHaveLength(1);
  });

  it('refuses 27.000 styringsområder naming the field, in a short message', () => {
    const t = clone();
    t.styringsomraader = Array.from({ length: 27_000 }, (_, i) => ({ name: `Område ${i}`, aliases: [] }));
    const da = messageOf(t);
    expect(da).toBe(`Skabelonen test.json er ugyldig: styringsomraader: 27.000 styringsområder — en skabelon har højst ${MAX_STYRINGSOMRAADER} styringsområder`);
    expect(messageOf(t, 'en')).toMatch(/styringsomraader: 27,000 styringsområder — a template has at most 500 styringsområder/);
  });

  it('refuses too many aliases, labels and index steps, and texts too long, naming each field', () => {
    const t = clone();
    t.styringsomraader[1].aliases = Array.from({ length: 101 }, (_, i) => `Alias ${i}`);
    t.styringsomraader[0].name = 'x'.repeat(30_000);
    t.totalLabels = Array.from({ length: 101 }, (_, i) => `i alt ${i}`);
    t.netTotalLabels = ['netto'.repeat(41)];
    t.priceIndices = Array.from({ length: 2001 }, () => kk.priceIndices[0]);
    const paths = templateProblems(t).map((p) => p.path);
    expect(paths).toEqual(['styringsomraader[0].name', 'styringsomraader[1].aliases', 'totalLabels', 'netTotalLabels[0]', 'priceIndices']);
    const da = messageOf(t);
    expect(da).toContain('styringsomraader[0].name: 30.000 tegn — en tekst her har højst 200 tegn');
    expect(da).toContain('styringsomraader[1].aliases: 101 aliasser til ét styringsområde');
    expect(da.length).toBeLessThan(1000);
  });

  it('quotes at most five problems of a template in one message', () => {
    const t = clone();
    t.styringsomraader = Array.from({ length: 400 }, () => ({ name: 7, aliases: [] }));
    const da = messageOf(t);
    expect(da).toMatch(/styringsomraader\[4\]\.name: ugyldig værdi 7 — .* … og 395 fejl mere$/);
    expect(da.length).toBeLessThan(2000);
  });

  it('lists a few names and counts the rest', () => {
    expect(namesInBrief(['Service', 'Anlæg'])).toEqual({ da: '"Service", "Anlæg"', en: '"Service", "Anlæg"' });
    const many = Array.from({ length: 26_995 }, (_, i) => `N${i}`);
    expect(namesInBrief(many)).toEqual({ da: '"N0", "N1", "N2", "N3", "N4" … og 26.990 andre', en: '"N0", "N1", "N2", "N3", "N4" … and 26,990 others' });
    expect(namesInBrief(['a', 'b'], { quoted: false }).da).toBe('a, b');
  });

  it('an unknown index step names only a few of the styringsområder', () => {
    const t = clone();
    t.styringsomraader = Array.from({ length: 400 }, (_, i) => ({ name: `Område ${i}`, aliases: [] }));
    t.priceIndices[0].styringsomraade = 'Kultur';
    expect(messageOf(t)).toContain('skal være et af "Område 0", "Område 1", "Område 2", "Område 3", "Område 4" … og 395 andre');
  });

  it('suggests no name for a text far longer than any name, at once', () => {
    const names = Array.from({ length: 2000 }, (_, i) => ({ name: `Område nummer ${i}`, aliases: [] }));
    const matcher = new StyringsomraadeMatcher(names);
    const started = Date.now();
    expect(matcher.suggest('x'.repeat(30_000))).toBeNull();
    expect(matcher.suggest(`Område nummer 1${'9'.repeat(120)}`)).toBeNull();
    expect(Date.now() - started).toBeLessThan(500);
    expect(matcher.suggest('Område nummer 19x')).toBe('Område nummer 19');
  });

  it('a finding for an unknown name lists a few of the known ones, not all', () => {
    const base = builtinTemplate('generic')!;
    const template: Template = { ...base, styringsomraader: Array.from({ length: 400 }, (_, i) => ({ name: `Område ${i}`, aliases: [] })) };
    const sheet = sheetFromRows('S', [
      ['Tabel 1. Budget (1.000 kr. 2026 p/l)', null, null],
      ['Styringsområde', 2026, 2027],
      ['Kultur og fritid', 1, 2],
      ['I alt', 1, 2],
    ]);
    const { findings } = analyseWorkbook(workbookOf(sheet), template);
    const unknown = findings.find((f) => f.rule === 'STYRINGSOMRAADE_UNKNOWN');
    expect(unknown).toBeDefined();
    expect(renderMessage(unknown!, 'da')).toBe('"Kultur og fritid" er ikke et kendt styringsområde. Kendte: "Område 0", "Område 1", "Område 2", "Område 3", "Område 4" … og 395 andre.');
  });
});
