/**
 * Correct tables as other programs and people write them — a note column, a spacer column, a share
 * row whose % format an export lost, years typed as text under a heading — give no error and no
 * warning. A finance officer who gets one false error in front of a colleague switches the tool off.
 */
import { analyseRows, complaints } from '../testing/complaints';
import type { FixtureValue } from '../testing/sheetFromRows';


describe('correct tables from other hands', () => {
  it('a column of note numbers right of the amounts is no amount column, and its empty total cell states nothing', () => {
    expect(
      complaints([
        [null, 'Serviceudgifter (mio. kr)', 'Samlet tilskud (mio. kr)', 'Note'],
        ['Regioner', 107642, 88715.5, null],
        ['Region Hovedstaden', 33566.4, 27985.3, 1],
        ['Region Sjælland', 16426.3, 13591.5, null],
        ['Region Syddanmark', 23378.7, 18986.1, null],
        ['Region Midtjylland', 22997.1, 18905.1, 4],
        ['Region Nordjylland', 11273.6, 9247.5, null],
      ]),
    ).toEqual([]);
    expect(
      complaints([
        ['Udgiftsrammen er fordelt således:', null, null],
        ['Byggemodning', 65200000, 1],
        ['Byfornyelse', 132344000, null],
        ['Øvrige arbejder', 40688000, null],
        ['Forsyningsvirksomheder', 72599000, 4],
        ['I alt', 310831000, null],
      ]),
    ).toEqual([]);
  });

  it('a row of shares without its % format is not summed by the I alt column (an average is smaller than its largest part)', () => {
    const grid: FixtureValue[][] = [
      [null, 'AR', 'ST', 'HE', 'I alt'],
      ['Husleje', 100.5, 200, 300, 600.5],
      ['Løn', 644, 1329.8, 661.1, 2634.9],
      ['Øvrig drift', 346.3, 1064.8, 496.2, 1907.3],
      ['Relativ lønandel', 0.65, 0.56, 0.57, 0.58],
    ];
    expect(complaints(grid)).toEqual([]);
    const slipped = grid.map((r) => [...r]);
    slipped[2][4] = 2643.9;
    expect(complaints(slipped)).toEqual(['E3 TOTAL_MISMATCH']);
  });

  it('a key figure called "… i alt" that is smaller than a figure above it is no total of them, spacer column or not', () => {
    const keys = (spacer: boolean): FixtureValue[][] =>
      [
        ['Faste priser, pl-2009 til 2010 = 2,7%', 'Regnskab 2010', 'Regnskab 2009', 'Indeks 2010/2009'],
        ['Nettodriftsudgifter til somatisk hospitalsdrift (mio. kr.)', 13743, 13660, 101],
        ['Udgifter pr. indbygger til hospitalsdrift (kr.)', 10943, 10928, 100],
        ['DRG værdi (mio. kr.)', 13077, 12287, 106],
        ['Udgifter til almen læger og speciallæger i alt (mio. kr.)', 2296, 2281, 101],
      ].map((r) => (spacer ? [r[0], null, ...r.slice(1)] : r));
    expect(complaints(keys(false))).toEqual([]);
    expect(complaints(keys(true))).toEqual([]);
  });

  it('years typed as text under the headings are headings, not amounts stored as text', () => {
    expect(
      complaints([
        ['Hele kroner', 'Regnskab', 'Budget', 'Budget'],
        [null, '2008', '2009', '2010'],
        ['Beskæftigelse', 403620379, 388999786, 553025431],
        ['Børn', 506123746, 528400140, 576647519],
      ]),
    ).toEqual([]);
  });

  it('variants each of its own year are a table by year, not a follow-up', () => {
    const tables = analyseRows([
          ['Mio. kr.', 'Regnskab 2012', 'Regnskab 2013'],
          ['Finanslovstilskud', 2014, 2100],
          ['Eksterne tilskud', 1500, 1600],
        ]).tables;
    expect(tables.map((t) => t.kind)).toEqual(['list']);
    const followup = analyseRows([
          ['1.000 kr.', 'Korrigeret budget 2025', 'Forventet regnskab 2025'],
          ['Løn', 100, 90],
          ['Drift', 50, 55],
        ]).tables;
    expect(followup.map((t) => t.kind)).toEqual(['followup']);
  });

  it('years in any order under budget variants, and column numbers under the headings, are heading rows', () => {
    const body: FixtureValue[][] = [
      ['Løn', 10, 20, 30],
      ['Drift', 5, 5, 5],
      ['I alt', 15, 25, 35],
    ];
    expect(complaints([[null, 'Budget', 'Budget', 'Regnskab'], [null, 2025, 2026, 2024], ...body])).toEqual([]);
    expect(complaints([['Mio. kr.', 'Budget 2025', 'Regnskab 2025', 'Forventet 2025'], [null, '(1)', '(2)', '(3)'], ...body])).toEqual([]);
  });

  it('averages, prices per unit and stocks at a point in time are not added down the table', () => {
    expect(
      complaints([
        [null, 'Antal pladser', 'Takst pr. plads', 'Udgift i alt'],
        ['Vuggestue', 120, 150000, 18000000],
        ['Børnehave', 300, 80000, 24000000],
        ['I alt', 420, 100000, 42000000],
      ]),
    ).toEqual([]);
    expect(
      complaints([
        ['Kr.', 'Antal', 'Gns. pris', 'Beløb'],
        ['Skoleborde', 10, 1500, 15000],
        ['Stole', 20, 400, 8000],
        ['Tavler', 2, 3000, 6000],
        ['I alt', 32, 906.25, 29000],
      ]),
    ).toEqual([]);
    expect(
      complaints([
        ['Mio. kr.', 'Indbetalinger', 'Udbetalinger', 'Likviditet ultimo'],
        ['Januar', 100, 90, 510],
        ['Februar', 100, 120, 490],
        ['Marts', 100, 80, 510],
        ['1. kvartal', 300, 290, 510],
      ]),
    ).toEqual([]);
  });

  it('the Danish minus "÷" and a minus after the figure are amounts', () => {
    expect(
      complaints([
        ['Mio. kr.', 'Udgifter', 'Indtægter'],
        ['Januar', '÷25.410,3', '1.000,0'],
        ['Februar', '25.410,30-', '500,0'],
        ['I alt', '÷50.820,6', '1.500,0'],
      ]).filter((c) => !c.endsWith('NUMBER_STORED_AS_TEXT')),
    ).toEqual([]);
  });

  it('headings on two rows keep their upper words: a running balance "Akkumuleret / saldo" is not summed by the quarter', () => {
    const grid: FixtureValue[][] = [
      [null, 'Udgifter', 'Indtægter', 'Saldo', 'Akkumuleret'],
      [null, null, null, null, 'saldo'],
      ['Januar', 71663.2, 46252.9, -25410.3, -25410.3],
      ['Februar', 59153.9, 85988.7, 26834.8, 1424.5],
      ['Marts', 73086, 95494.5, 22408.5, 23833],
      ['1. kvartal', 203903.1, 227736.1, 23833, 23833],
    ];
    expect(complaints(grid)).toEqual([]);
    const slipped = grid.map((r) => [...r]);
    slipped[5][1] = 203913.1;
    expect(complaints(slipped)).toEqual(['B6 TOTAL_MISMATCH']);
  });

  it('a year named twice under a row of variants is no duplicated proposal year under the generic template', () => {
    expect(
      complaints([
        ['Mia. kr.', 'Regnskab', 'Aftale', 'Budget', 'Aftale'],
        ['09-pl', 2007, 2008, 2008, 2009],
        ['Sundhed', 86.6, 89.1, 89, 90.9],
        ['Regional udvikling', 1.7, 2.4, 2.4, 2.4],
      ]),
    ).toEqual([]);
  });

  it('column numbers under the headings, as numbers or as "(1) | (2) | (3)=(1)-(2)", are a heading row', () => {
    const grid = (numbers: FixtureValue[]): FixtureValue[][] => [
      ['Mio. kr.', 'Udgifter', 'Indtægter', 'Netto'],
      [null, ...numbers],
      ['Skoler', 1000, 100, 900],
      ['Dagtilbud', 500, 50, 450],
      ['I alt', 1500, 150, 1350],
    ];
    expect(complaints(grid([1, 2, 3]))).toEqual([]);
    expect(complaints(grid(['(1)', '(2)', '(3)=(1)-(2)']))).toEqual([]);
  });

  it('a lone figure beside no parts, under a total column, totals nothing', () => {
    expect(
      complaints([
        ['1.000 kr.', 'Investering', 'Driftsudgifter', 'Gevinster', 'Nettoeffekt'],
        ['Forslag A', 1800, 0, 0, 1800],
        ['Forslag B', 400, 150, -600, -50],
        ['I alt', 2200, 150, -600, 1750],
        ['Tilbagebetalingstid (år)', null, null, null, 4.6],
      ]),
    ).toEqual([]);
  });

  it('years shown with a thousands point, the same run under two group headings, still head one table', () => {
    const years = [1994, 1995, 1994, 1995].map((v) => ({ v, numFmt: '#,##0' }));
    expect(
      complaints([
        [null, 'Årets priser', null, '1990-priser', null],
        [null, ...years],
        ['1. Landbrug i alt', 100, 110, 90, 95],
        ['a. Landbrug', 60, 70, 50, 55],
        ['b. Fiskeri', 40, 40, 40, 40],
        ['2. Industri i alt', 300, 330, 200, 210],
        ['a. Føde', 100, 110, 80, 90],
        ['b. Metal', 200, 220, 120, 120],
      ]),
    ).toEqual([]);
  });

  it('a row of shares formatted as percent is a row of shares, with row numbers in the first column or not', () => {
    const f = (v: number, numFmt = '#,##0.0'): FixtureValue => ({ v, numFmt });
    const grid: FixtureValue[][] = [
      [null, null, 'AR', 'ST', 'HE', 'I alt'],
      [1, 'Driftsomkostninger i alt', f(990.3), f(2394.6), f(1157.3), f(4542.2)],
      [2, 'Heraf løn', f(644), f(1329.8), f(661.1), f(2634.9)],
      [3, 'Heraf øvrig drift', f(346.3), f(1064.8), f(496.2), f(1907.3)],
      [4, 'Relativ lønandel', f(0.65, '0 %'), f(0.56, '0 %'), f(0.57, '0 %'), f(0.58, '0 %')],
    ];
    expect(complaints(grid)).toEqual([]);
  });

  it('a table pasted as text gets one warning a column, not one a cell', () => {
    const grid: FixtureValue[][] = [
      [null, 'R-06', 'R-07', 'R-08'],
      [null, 'Mio. kr.', null, null],
      ['Indtægter', '5.484', '5.631', '5.800'],
      ['Driftsudgifter i alt', '4.744', '4.895', '5.188'],
      ['Driftsudgifter', '2.462', '2.618', '2.789'],
      ['Tilskud', '1.532', '1.516', '1.588'],
    ];
    const warnings = complaints(grid).filter((c) => c.endsWith('NUMBER_STORED_AS_TEXT'));
    expect(warnings).toEqual(['B3 NUMBER_STORED_AS_TEXT', 'C3 NUMBER_STORED_AS_TEXT', 'D3 NUMBER_STORED_AS_TEXT']);
  });

  it('an empty total cell is a total of 0 only on a budget proposal, which owes every total', () => {
    const proposal: FixtureValue[][] = [
      ['1.000 kr. 2027 p/l', 'Styringsområde', 2026, 2027, 2028, 2029],
      ['Løn', 'Service', 100, 100, 100, 100],
      ['Drift', 'Service', 50, 50, 50, 50],
      ['I alt', null, 150, 150, null, 150],
    ];
    expect(complaints(proposal, 'kk-ofs-2025-2026')).toContain('E4 TOTAL_MISMATCH');
  });
});
