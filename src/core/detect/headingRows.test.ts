/**
 * Rows that are headings, not amounts, and columns that are no styringsområde column: the generic
 * template on tables of kinds nobody named.
 */
import { analyseRows, complaints } from '../testing/complaints';
import type { FixtureValue } from '../testing/sheetFromRows';


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

describe('a second heading row of years, or of price levels, under the headings', () => {
  const variants = ['Mio. kr.', 'Regnskab', 'Budget', 'Forventet regnskab'];
  const body: FixtureValue[][] = [
    ['Løn', 10, 20, 30],
    ['Drift', 5, 5, 5],
    ['I alt', 15, 25, 35],
  ];

  it('years under budget variants — the same year twice, or rising — are headings, never added into the total', () => {
    expect(complaints([variants, [null, 2024, 2025, 2025], ...body])).toEqual([]);
    expect(complaints([variants, [null, 2024, 2025, 2026], ...body])).toEqual([]);
    const slipped = body.map((r) => [...r]);
    slipped[2][3] = 53;
    expect(complaints([variants, [null, 2024, 2025, 2025], ...slipped])).toEqual(['D5 TOTAL_MISMATCH']);
  });

  it('price levels under the years, beside a section name or a unit, are headings: no AMOUNT_NOT_NUMERIC, and the total is checked', () => {
    const head = ['hele kroner', 'Regnskab 2007', 'Budget 2008'];
    const grid = (first: string | null): FixtureValue[][] => [head, [first, '2007-priser', '2008-priser'], ['A', 100, 200], ['B', 10, 20], ['I alt', 110, 231]];
    expect(complaints(grid('Skattefinansieret'))).toEqual(['C5 TOTAL_MISMATCH']);
    expect(complaints(grid(null))).toEqual(['C5 TOTAL_MISMATCH']);
  });

  it('the same run of years under two group headings is one table by year, not a proposal with repeated years', () => {
    const grid: FixtureValue[][] = [
      [null, 'Årets priser', null, '1990-priser', null],
      [null, 1994, 1995, 1994, 1995],
      ['Landbrug', 60, 70, 50, 55],
      ['Fiskeri', 40, 40, 40, 40],
      ['I alt', 100, 110, 90, 59],
    ];
    expect(complaints(grid)).toEqual(['E5 TOTAL_MISMATCH']);
  });
});

describe('a caption over a one-column list', () => {
  it('does not stop its "I alt" being held against the rows under the caption', () => {
    const list: FixtureValue[][] = [['Udgiftsrammen er fordelt således:', null], ['A', 22745000], ['B', 113756000], ['C', 44686000], ['D', 11557000], ['I alt', 192744000]];
    expect(complaints(list)).toEqual([]);
    const slipped = list.map((r) => [...r]);
    slipped[3][1] = 44868000;
    expect(complaints(slipped)).toEqual(['B6 TOTAL_MISMATCH']);
  });
});

describe('sections separated by an empty row, and a grand total under them', () => {
  const grid: FixtureValue[][] = [
    ['hele kroner', 'Regnskab 2007', 'Budget 2008'],
    ['A', 100, 200],
    ['B', 10, 20],
    ['I alt skattefinansieret', 110, 220],
    [null],
    ['Takstfinansieret'],
    ['C', -5, -6],
    ['I alt takstfinansieret', -5, -6],
    [null],
    ['Driftsvirksomhed i alt', 105, 214],
  ];

  it('are one table: the grand total adds the section totals across the empty rows', () => {
    expect(complaints(grid)).toEqual([]);
    const slipped = grid.map((r) => [...r]);
    slipped[9][2] = 241;
    expect(complaints(slipped)).toEqual(['C10 TOTAL_MISMATCH']);
  });

  it('a sentence after the empty row still ends the table', () => {
    const sentence = grid.map((r) => [...r]);
    sentence[5] = ['Finansieringen er skønnet således for de kommende år.'];
    const tables = analyseRows(sentence).tables;
    expect(tables[0].rangeA1).toBe('A1:C4');
  });
});

describe('section totals standing above their parts', () => {
  const grid: FixtureValue[][] = [
    [null, 1994, 1995, 1996],
    ['1. Landbrug i alt', 100, 110, 120],
    ['a. Landbrug', 60, 70, 80],
    ['b. Fiskeri', 40, 40, 40],
    ['2. Industri i alt', 300, 330, 360],
    ['a. Føde', 100, 110, 120],
    ['b. Metal', 200, 220, 240],
  ];

  it('the first one, with nothing above it, is held against the rows under it', () => {
    expect(complaints(grid)).toEqual([]);
    const slipped = grid.map((r) => [...r]);
    slipped[2][2] = 79;
    expect(complaints(slipped)).toEqual(['C2 TOTAL_MISMATCH']);
  });

  it('a first row "… i alt" that the rows under it do not add is no total of them', () => {
    const balance: FixtureValue[][] = [
      ['Hele 1.000 kr.', 2010, 2011],
      ['Anlægsaktiver i alt', 15255, 14903],
      ['Omsætningsaktiver', 1303, 1777],
      ['Egenkapital', 2870, 3571],
    ];
    expect(complaints(balance)).toEqual([]);
  });
});

describe('headings with nothing under them', () => {
  it('owe nothing under the generic template (no amounts to total, price or compare)', () => {
    expect(complaints([[null, 2026, 2027, 2028]])).toEqual([]);
    expect(analyseRows([[null, 2026, 2027, 2028]]).tables).toEqual([]);
  });

  it('are still a table under the KK template, which owes a price level', () => {
    expect(complaints([[null, 2026, 2027, 2028, 2029]], 'kk-ofs-2025-2026')).toContain('B1 PRICE_LEVEL_MISSING');
  });
});
