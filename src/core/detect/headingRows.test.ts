/**
 * Rows that are headings, not amounts, and columns that are no styringsområde column: the generic
 * template on tables of kinds nobody named.
 */
import { analyseWorkbook } from '../analyse';
import type { Finding } from '../model';
import { builtinTemplate } from '../templates/builtin';
import { type FixtureValue, sheetFromRows, workbookOf } from '../testing/sheetFromRows';

function complaints(rows: FixtureValue[][], template = 'generic'): string[] {
  return analyseWorkbook(workbookOf(sheetFromRows('Ark1', rows)), builtinTemplate(template)!)
    .findings.filter((f: Finding) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.rule}`);
}

describe('a row that repeats the headings over a second block', () => {
  const head = ['Alle priser er excl. moms', '0 – 500 m³', '501 – 2.000 m³', '2.001 – 5.000 m³'];
  const rows: FixtureValue[][] = [
    head,
    ['Hovedanlægsbidrag', 3147, 6294, 9441],
    ['Forsyningsledningsbidrag i landzone', 34045, 34045, 34045],
    ['Stikledningsbidrag', 7765, 7765, 7765],
    ['Total', 44957, 48104, 51251],
    [],
    ['Byzone'],
    head,
    ['Hovedanlægsbidrag', 3147, 6294, 9441],
    ['Forsyningsledningsbidrag i byzone', 26511, 26511, 26511],
    ['Stikledningsbidrag', 7765, 7765, 7765],
    ['Total', 37423, 40570, 43717],
  ];
  it('is a heading: the second block’s total is held against its own rows', () => {
    expect(complaints(rows)).toEqual([]);
    const slip = rows.map((r, i) => (i === 11 ? ['Total', 37423, 40570, 43771] : r));
    expect(complaints(slip)).toEqual(['D12 TOTAL_MISMATCH']);
  });
});

describe('a styringsområde name among other row labels, under the generic template', () => {
  it('"Anlæg | Lån" is a table of anlæg and lån, not of styringsområder', () => {
    expect(
      complaints([
        ['Mio. kr.', 2025, 2026],
        ['Anlæg', 10, 20],
        ['Lån', 5, 6],
        ['I alt', 15, 26],
      ]),
    ).toEqual([]);
  });

  it('"I alt" in a styringsområde column names the total row, not an unknown styringsområde', () => {
    const found = complaints([
      ['1.000 kr. 2026 p/l', 2026, 2027],
      ['Service', 10, 20],
      ['Anlæg', 5, 6],
      ['I alt', 15, 26],
    ]);
    expect(found.filter((f) => f.endsWith('STYRINGSOMRAADE_UNKNOWN'))).toEqual([]);
  });
});

describe('the header row repeated inside a table (pasted from pages that repeat it)', () => {
  it('does not cut the table: the grand total is held against every row', () => {
    const rows: FixtureValue[][] = [
      ['Mio. kr.', 2025, 2026],
      ['Løn', 100, 200],
      ['Drift', 50, 60],
      ['Husleje', 10, 10],
      ['Mio. kr.', 2025, 2026],
      ['Anlæg', 10, 20],
      ['Lån', 5, 6],
      ['I alt', 175, 296],
    ];
    expect(complaints(rows)).toEqual([]);
    expect(complaints(rows.map((r, i) => (i === 7 ? ['I alt', 175, 269] : r)))).toEqual(['C8 TOTAL_MISMATCH']);
  });
});
