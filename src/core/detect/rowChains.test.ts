/**
 * Chains of rows with no total word (results, balances, running results): found from the numbers
 * when at least two distinct columns agree, and a slip in one column is found at its cell. Repeated
 * columns, rounding drift and rows two readings fit equally well are no evidence.
 */
import { analyseRows, complaints as complaintsIn } from '../testing/complaints';
import type { FixtureValue } from '../testing/sheetFromRows';

const analyse = (rows: FixtureValue[][]) => analyseRows(rows, 'generic', 'Regnskab');
const complaints = (rows: FixtureValue[][]) => complaintsIn(rows, 'generic', 'Regnskab');




const result: FixtureValue[][] = [
  ['Mio. kr.', 2001, 2002, 2003],
  ['Indtægter', 1622, 1658, 1719],
  ['Udgifter', 1554, 1612, 1611],
  ['Årets resultat', 68, 46, 108],
  ['Overført fra tidligere år', 12, 80, 126],
  ['Akkumuleret resultat', 80, 126, 234],
];

describe('a result and a running result with no total word', () => {
  it('a clean table gives nothing, and its chain is read', () => {
    expect(complaints(result)).toEqual([]);
    const [table] = analyse(result).tables;
    expect(table.differenceRows).toEqual([{ row: 2, minuend: 0, subtrahend: 1 }]);
    expect(table.totals).toEqual([{ kind: 'net', totalRow: 4, memberRows: [2, 3] }]);
  });

  it('a slip in the costs is found at the result that no longer nets them', () => {
    const planted = result.map((r, i) => (i === 2 ? ['Udgifter', 1554, 1621, 1611] : r));
    expect(complaints(planted)).toEqual(['C4 DIFFERENCE_MISMATCH']);
  });

  it('a slip in the running result is found at its cell', () => {
    const planted = result.map((r, i) => (i === 5 ? ['Akkumuleret resultat', 80, 162, 234] : r));
    expect(complaints(planted)).toEqual(['C6 TOTAL_MISMATCH']);
  });
});

describe('a balance: closing = opening + the year’s movements', () => {
  const balance: FixtureValue[][] = [
    ['', 2001, 2002, 2003],
    ['Indtægter', 418, 429, 453],
    ['Udgifter', 418, 429, 453],
    ['Årets resultat', 0, 0, 0],
    ['Primosaldo', 135, 144, 179],
    ['Årets bevægelser', 9, 35, 12],
    ['Ultimosaldo', 144, 179, 191],
  ];
  it('a row of zeros above adds nothing: the shorter reading is taken, and a slip found', () => {
    expect(complaints(balance)).toEqual([]);
    const planted = balance.map((r, i) => (i === 6 ? ['Ultimosaldo', 144, 179, 119] : r));
    expect(complaints(planted)).toEqual(['D7 TOTAL_MISMATCH']);
  });
});

describe('a chain under a total above its parts, lines numbered', () => {
  const chain: FixtureValue[][] = [
    ['', '', 'R-06', 'R-07', 'R-08', 'R-09'],
    [1, 'Indtægter', 5484, 5631, 5800, 5909],
    [2, 'Driftsudgifter i alt', 4744, 4895, 5188, 5052],
    ['', 'Driftsudgifter', 2462, 2618, 2789, 2973],
    ['', 'Tilskud', 1532, 1516, 1588, 1229],
    ['', 'Lovbundne udgifter', 750, 760, 811, 850],
    [3, 'Driftsoverskud (1-2)', 740, 736, 612, 857],
    [4, 'Anlægsbudget', 700, 1003, 929, 808],
    [5, 'DAU-saldo', 40, -267, -317, 49],
  ];
  it('the total is held against the rows below it, the chain against the total, not its parts', () => {
    expect(complaints(chain)).toEqual([]);
    const slip = chain.map((r, i) => (i === 6 ? [3, 'Driftsoverskud (1-2)', 740, 773, 612, 857] : r));
    expect(complaints(slip)).toEqual(['D7 DIFFERENCE_MISMATCH', 'D9 DIFFERENCE_MISMATCH']);
    const part = chain.map((r, i) => (i === 4 ? ['', 'Tilskud', 1532, 1516, 1588, 2292] : r));
    expect(complaints(part)).toEqual(['F3 TOTAL_MISMATCH']);
  });
});

describe('what is no evidence', () => {
  it('overslagsår carried forward: one coincidence repeated in every year is still one', () => {
    const repeated: FixtureValue[][] = [
      ['1.000 kr.', 'Budget 2026', 'Overslag 2027', 'Overslag 2028', 'Overslag 2029'],
      ['Løn', 100, 100, 100, 110],
      ['Drift', 50, 50, 50, 50],
      ['Husleje', 50, 50, 50, 50],
    ];
    expect(complaints(repeated)).toEqual([]);
    expect(analyse(repeated).tables[0].differenceRows).toBeUndefined();
  });

  it('a miss within twice the rounding of rows that are sums of rounded figures is drift, not a slip', () => {
    const drift: FixtureValue[][] = [
      ['Mio. kr.', 2001, 2002, 2003, 2004],
      ['Årets resultat', 72, 47, 11, -18],
      ['Overført fra tidligere år', 46, 118, 164, 175],
      ['Akkumuleret resultat', 118, 165, 175, 159],
    ];
    expect(complaints(drift)).toEqual([]);
  });

  it('two amount columns are needed: one column never makes a chain', () => {
    const one: FixtureValue[][] = [
      ['', 'Mio. kr.'],
      ['Indtægter', 1622],
      ['Udgifter', 1554],
      ['Resultat', 86],
    ];
    expect(complaints(one)).toEqual([]);
  });

  it('a row of rates that is the difference of two others in one column only is left alone', () => {
    const rates: FixtureValue[][] = [
      ['Takst', 'Kr. pr. time', 'Kr. pr. dag', 'Kr. pr. uge'],
      ['Voksne', 120, 800, 3200],
      ['Børn', 60, 450, 1700],
      ['Pensionister', 60, 400, 1400],
    ];
    expect(complaints(rates)).toEqual([]);
    expect(analyse(rates).tables[0].differenceRows).toBeUndefined();
  });
});

describe('two heading rows: budget variants over a row of years', () => {
  it('the row of years is a heading, not amounts added into every total', () => {
    const rows: FixtureValue[][] = [
      [null, 'Regnskab', 'Finanslov', 'BO'],
      [null, 1997, 1998, 2000],
      ['Landstinget', 100, 200, 300],
      ['Vestnordisk Råd', 10, 20, 30],
      ['I alt', 110, 220, 330],
    ];
    expect(complaints(rows)).toEqual([]);
    const slip = rows.map((r, i) => (i === 4 ? ['I alt', 110, 290, 330] : r));
    expect(complaints(slip)).toEqual(['C5 TOTAL_MISMATCH']);
  });
});

describe('a grand-total section', () => {
  const rows: FixtureValue[][] = [
    ['1.000 kr.', 'Arts', 'Health', 'I alt'],
    ['Delregnskab 1', null, null, null],
    ['Indtægter', 100, 200, 300],
    ['Omkostninger', -90, -150, -240],
    ['Årets resultat', 10, 50, 60],
    ['Delregnskab 2', null, null, null],
    ['Indtægter', 10, 20, 30],
    ['Omkostninger', -5, -99, -104],
    ['Årets resultat', 5, -79, -74],
    ['Aarhus Universitet i alt', null, null, null],
    ['Indtægter', 110, 220, 330],
    ['Omkostninger', -95, -249, -344],
    ['Årets resultat', 15, -29, -14],
  ];
  it('each row of the last section, titled as a total, adds the rows of the same name above it', () => {
    expect(complaints(rows)).toEqual([]);
    const slip = rows.map((r, i) => (i === 7 ? ['Omkostninger', -5, -15, -20] : i === 8 ? ['Årets resultat', 5, 5, 10] : r));
    expect(complaints(slip)).toEqual(['C12 TOTAL_MISMATCH']);
  });

  it('a last section whose title is no total is one more section', () => {
    const third = rows.map((r, i) => (i === 9 ? ['Delregnskab 3', null, null, null] : i === 10 ? ['Indtægter', 7, 8, 15] : r));
    expect(complaints(third)).toEqual([]);
  });
});

describe('a closing row over the blocks’ totals, with no total word', () => {
  const rows: FixtureValue[][] = [
    ['Konto', 'Kontotekst', 1997, 1998, 1999],
    [null, 'Drift:'],
    ['01.01.01', 'Bureau', 8940000, 8800000, 100],
    ['01.01.02', 'Andet', 100, 200, 300],
    [null, 'I alt', 8940100, 8800200, 400],
    [null, 'Anlæg:'],
    ['01.06.10', 'ICC', 2743000, 6427000, 1000],
    ['01.06.11', 'Andet', 10, 20, 30],
    [null, 'I alt', 2743010, 6427020, 1030],
    [null, 'DAU-saldo', 11683110, 15227220, 1430],
  ];
  it('adds the totals no other total counts, across the section titles', () => {
    expect(complaints(rows)).toEqual([]);
    const slip = rows.map((r, i) => (i === 9 ? [null, 'DAU-saldo', 11683110, 15272220, 1430] : r));
    expect(complaints(slip)).toEqual(['D10 TOTAL_MISMATCH']);
  });
});

describe('headings with no rows under them', () => {
  it('are the headings of the table below, not a table of their own (a Word table whose "Regnskaber" spans four columns)', () => {
    const y = (v: number) => ({ v, numFmt: '#,##0' });
    const rows: FixtureValue[][] = [
      ['Mio. kr.', 'Regnskaber', null, null, null, 'Bevilling', 'Finanslov'],
      [null, y(1995), y(1996), y(1997), y(1998), y(1999), y(2000)],
      ['Indtægter', 3953, 4063, 4178, 4304, 4464, 4599],
      ['Driftsudgifter', -3316, -3380, -3492, -3698, -3927, -3965],
    ];
    const tables = analyse(rows).tables;
    expect(tables.map((t) => [t.rangeA1, t.unit])).toEqual([['A1:G4', 'mio. kr.']]);
  });
});
