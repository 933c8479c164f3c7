/**
 * Numbered outlines: the numbering says which rows a row heads. Taken as sums only where most headed
 * rows of the table add up; then a heading row that does not is found at its cell, in one column too.
 */
import { analyseWorkbook } from '../analyse';
import type { AnalysisResult, Finding } from '../model';
import { builtinTemplate } from '../templates/builtin';
import { type FixtureValue, sheetFromRows, workbookOf } from '../testing/sheetFromRows';
import { outlineCode, withoutOutlineCode } from './outline';

const generic = builtinTemplate('generic')!;

function analyse(rows: FixtureValue[][]): AnalysisResult {
  return analyseWorkbook(workbookOf(sheetFromRows('Formål', rows)), generic);
}

function complaints(rows: FixtureValue[][]): string[] {
  return analyse(rows)
    .findings.filter((f: Finding) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.rule}`);
}

describe('outline codes', () => {
  it('reads the levels of "1.", "1.1", "2.1.", "2.1.A" and kontoplan codes; not amounts, years or words', () => {
    expect(outlineCode('1. Uddannelse')).toEqual(['1']);
    expect(outlineCode('2.1. Forskning')).toEqual(['2', '1']);
    expect(outlineCode('2.1.A Tilskud fra EU')).toEqual(['2', '1', 'A']);
    expect(outlineCode('00.22.01 Fælles formål')).toEqual(['00', '22', '01']);
    expect(outlineCode('1.000 kr. pr. måned')).toBeNull();
    expect(outlineCode('2026 Budget')).toBeNull();
    expect(outlineCode('Uddannelse')).toBeNull();
    expect(withoutOutlineCode('2.1.E Heraf overhead')).toBe('Heraf overhead');
  });
});

describe('a numbered outline in one column', () => {
  const rows: FixtureValue[][] = [
    ['Formålsfordelte omkostninger, mio. kr.'],
    [],
    ['1. Uddannelse', 1960.9],
    ['1.1 Heltidsuddannelse', 1110.7],
    ['1.2 Deltidsuddannelse', 850.2],
    ['2. Forskning', 3353.1],
    ['2.1. Forskning', 1655.3],
    ['2.2. Forskeruddannelse', 1697.8],
    ['3. Formidling', 160.4],
    ['3.1 Formidling', 125.2],
    ['3.2 Vidensudveksling', 35.2],
  ];

  it('each numbered heading is the total of the rows under it: a clean outline gives nothing', () => {
    expect(complaints(rows)).toEqual([]);
    expect(analyse(rows).tables[0].totals.map((g) => [g.totalRow, g.memberRows])).toEqual([
      [0, [1, 2]],
      [3, [4, 5]],
      [6, [7, 8]],
    ]);
  });

  it('a heading row that is not the sum of its rows is found at its cell', () => {
    const planted = rows.map((r, i) => (i === 5 ? ['2. Forskning', 3273.1] : r));
    expect(complaints(planted)).toEqual(['B6 TOTAL_MISMATCH']);
  });

  it('an outline whose headed rows mostly do not add up orders, it does not sum: nothing is asked of it', () => {
    const ordering: FixtureValue[][] = [
      ['Mål', 'Kr.'],
      ['1. Skoler', 500],
      ['1.1 Renovering', 120],
      ['1.2 Inventar', 80],
      ['2. Veje', 900],
      ['2.1 Asfalt', 300],
      ['2.2 Belysning', 100],
      ['3. Parker', 60],
      ['3.1 Legepladser', 40],
      ['3.2 Beplantning', 20],
    ];
    expect(complaints(ordering)).toEqual([]);
    expect(analyse(ordering).tables[0].totals).toEqual([]);
  });
});

describe('a heraf row in a numbered outline', () => {
  const rows: FixtureValue[][] = [
    ['Angivet i tusinde kr.'],
    [],
    ['2.1', 'Tilskudsfinansieret forskning', 3316924],
    ['2.1.A', 'Tilskud fra danske offentlige kilder', 904313],
    ['2.1.B', 'Tilskud fra danske private kilder', 1863123],
    ['2.1.C', 'Tilskud fra EU', 403573],
    ['2.1.D', 'Tilskud fra øvrige udenlandske kilder', 145915],
    ['2.1.E', 'Heraf overhead', 363095],
    ['2.2', 'Andre tilskud', 105329],
    ['2.2.A', 'Andre tilskudsfinansierede aktiviteter', 105329],
    ['2.2.B', 'Heraf overhead', 3596],
    ['2.3', 'Periodiserede anlægsdonationer', 0],
    ['2.3.A', 'Periodiserede anlægsdonationer', '-'],
    ['2.4', 'Øvrige indtægter', 300],
    ['2.4.A', 'Salg', 100],
    ['2.4.B', 'Leje', 200],
    ['2.5', 'Gaver og arv', 50],
    ['2.5.A', 'Gaver', 20],
    ['2.5.B', 'Arv', 30],
  ];

  it('is part of the row its number stands under, not of the row above it, and is not added', () => {
    // 2.1.E (363.095) is more than 2.1.D above it, but a part of 2.1: no warning.
    expect(complaints(rows)).toEqual([]);
    const planted = rows.map((r, i) => (i === 7 ? ['2.1.E', 'Heraf overhead', 3630950] : r));
    expect(complaints(planted)).toEqual(['C8 HERAF_EXCEEDS']);
    const slip = rows.map((r, i) => (i === 4 ? ['2.1.C', 'Tilskud fra EU', 430573] : r));
    expect(complaints(slip)).toEqual(['C3 TOTAL_MISMATCH']);
  });

  it('a row of dashes is a row of zeros, not a section title', () => {
    const [table] = analyse(rows).tables;
    expect(table.rows.find((r) => r.label.startsWith('2.3.A'))?.kind).toBe('item');
  });
});
