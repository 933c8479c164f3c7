/**
 * Rows whose label spells out how they are made ("3 BFI (1+2)", "Nettodriftsudgifter (4=1-2-3)"):
 * held to their terms in every column. The numbering must rise down the table and the formula hold
 * somewhere before it is used; "(1-3)" is a range or a difference, whichever the figures say.
 */
import { renderMessage } from '../messages';
import { analyseRows, complaints as complaintsIn } from '../testing/complaints';
import type { FixtureValue } from '../testing/sheetFromRows';
import { labelFormula, rowNumberOf } from './labelFormula';

const analyse = (rows: FixtureValue[][]) => analyseRows(rows, 'generic', 'Tabel 1');
const complaints = (rows: FixtureValue[][]) => complaintsIn(rows, 'generic', 'Tabel 1');




describe('reading a label', () => {
  it('finds the row number before or after the text', () => {
    expect(rowNumberOf('1 Aflønning af ansatte 1)')).toBe(1);
    expect(rowNumberOf('12. Renter')).toBe(12);
    expect(rowNumberOf('Bruttodriftsudgifter (1)')).toBe(1);
    expect(rowNumberOf('Nettodriftsudgifter (4=1-2-3)')).toBe(4);
    expect(rowNumberOf('BNI (6 -7)')).toBeNull();
    expect(rowNumberOf('2025 budget')).toBeNull();
    expect(rowNumberOf('Drift')).toBeNull();
  });

  it('reads the terms and their signs', () => {
    expect(labelFormula('6 BNP (3+4 -5)')).toEqual({ terms: [{ number: 3, sign: 1 }, { number: 4, sign: 1 }, { number: 5, sign: -1 }] });
    expect(labelFormula('Nettodriftsudgifter (4=1-2-3)')?.terms.map((t) => t.number * t.sign)).toEqual([1, -2, -3]);
    expect(labelFormula('Udgifter (2024-2025)')).toBeNull();
    expect(labelFormula('Bloktilskud (mio. kr.) (3)')).toBeNull();
    expect(labelFormula('Drift')).toBeNull();
  });
});

const bnp: FixtureValue[][] = [
  [null, 1998, 1999, 2000],
  ['1 Aflønning af ansatte', 6266, 6452, 6896],
  ['2 Bruttooverskud', 1453, 1450, 1664],
  ['3 BFI (1+2)', 7719, 7902, 8560],
  ['4 Produktionsskatter', 628, 669, 687],
  ['5 Subsidier', 643, 678, 619],
  ['6 BNP (3+4 -5)', 7704, 7893, 8628],
  ['7 Overførsler til udlandet', 200, 200, 200],
  ['BNI (6 -7)', 7504, 7693, 8428],
  ['9 Statens udgifter', 3189, 3248, 3302],
  ['10 Disponibel BNI (8+9)', 10693, 10941, 11730],
];

describe('a numbered table whose labels give the arithmetic', () => {
  it('a clean table gives nothing; sums are totals and the rest differences with all their terms', () => {
    expect(complaints(bnp)).toEqual([]);
    const [table] = analyse(bnp).tables;
    expect(table.totals.map((g) => [g.totalRow, g.memberRows])).toEqual([
      [2, [0, 1]],
      [9, [7, 8]],
    ]);
    expect(table.differenceRows).toEqual([
      { row: 5, minuend: 2, subtrahend: 4, terms: [{ row: 2, sign: 1 }, { row: 3, sign: 1 }, { row: 4, sign: -1 }] },
      { row: 7, minuend: 5, subtrahend: 6, terms: [{ row: 5, sign: 1 }, { row: 6, sign: -1 }] },
    ]);
  });

  it('a row off its formula in two columns of three is reported in both (a label is the author’s word)', () => {
    const grid = bnp.map((r) => [...r]);
    grid[10][2] = 10953; // 7.693 + 3.248 = 10.941
    grid[10][3] = 11741; // 8.428 + 3.302 = 11.730
    expect(complaints(grid)).toEqual(['C11 TOTAL_MISMATCH', 'D11 TOTAL_MISMATCH']);
  });

  it('a slip in a row with minus terms is a difference mismatch at the derived row, naming its terms', () => {
    const grid = bnp.map((r) => [...r]);
    grid[5][1] = 634; // Subsidier 1998 typed 634 for 643: BNP no longer 3 + 4 − 5
    expect(complaints(grid)).toEqual(['B7 DIFFERENCE_MISMATCH']);
    const finding = analyse(grid).findings.find((f) => f.cell === 'B7')!;
    expect(renderMessage(finding, 'da')).toBe(
      '"6 BNP (3+4 -5)" (1998) angiver 7.704, men "3 BFI (1+2)" + "4 Produktionsskatter" − "5 Subsidier" giver 7.713 (forskel -9). Rækkens tekst siger, hvilke rækker den er lavet af.',
    );
  });

  it('numbers that do not rise down the table are notes, not a numbering: nothing is read from them', () => {
    const grid: FixtureValue[][] = [
      [null, 2025, 2026],
      ['Skatter (3)', 100, 110],
      ['Tilskud (1)', 50, 55],
      ['Renter (2)', 10, 12],
      ['Resultat (1+2)', 999, 998],
    ];
    expect(complaints(grid)).toEqual([]);
  });

  it('"(1-3)" is the rows 1 to 3 where the figures say so, and a difference where they say that', () => {
    const range: FixtureValue[][] = [
      [null, 2025, 2026],
      ['1 Løn', 100, 110],
      ['2 Varekøb', 50, 55],
      ['3 Tjenesteydelser', 10, 12],
      ['4 I alt (1-3)', 160, 177],
    ];
    expect(complaints(range)).toEqual([]);
    expect(analyse(range).tables[0].totals.map((g) => [g.totalRow, g.memberRows])).toEqual([[3, [0, 1, 2]]]);
    const difference = range.map((r) => [...r]);
    difference[4] = ['4 Netto (1-3)', 90, 98];
    expect(complaints(difference)).toEqual([]);
    expect(analyse(difference).tables[0].differenceRows?.[0]).toMatchObject({ row: 3, minuend: 0, subtrahend: 2 });
  });

  it('a formula that holds in no column is not used (the numbering may mean something else)', () => {
    const grid: FixtureValue[][] = [
      [null, 2025, 2026],
      ['1 Løn', 100, 110],
      ['2 Varekøb', 50, 55],
      ['3 Andet (1+2)', 7, 8],
    ];
    expect(complaints(grid)).toEqual([]);
  });
});

describe('an Ændring column after the years, and a unit row of percentages', () => {
  const grid: FixtureValue[][] = [
    [null, 2025, 2026, 'Ændring'],
    [null, 'Pct.', 'Pct.', 'Pct.'],
    ['Kommuneskat', 25.068, 25.049, -0.019],
    ['Kirkeskat', 0.642, 0.639, -0.003],
    ['I alt', 25.71, 25.688, -0.022],
  ];

  it('a clean table gives nothing: the unit row is a heading and the Ændring column a difference', () => {
    expect(complaints(grid)).toEqual([]);
    const [table] = analyse(grid).tables;
    expect(table.columns.map((c) => c.role ?? '-')).toEqual(['-', '-', 'difference']);
    expect(table.rows[0].kind).toBe('section');
  });

  it('a slip in a part is found at the total and at the row’s change', () => {
    const slipped = grid.map((r) => [...r]);
    slipped[3][2] = 0.693;
    expect(complaints(slipped)).toEqual(['D4 DIFFERENCE_MISMATCH', 'C5 TOTAL_MISMATCH']);
  });
});
