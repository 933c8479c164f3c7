/**
 * Tables found by their shape: one case per kind of table whose headings use none of the words of
 * the named layouts. Each is read clean (no error or warning about totals) and with a planted
 * mistake (found at its cell). Generic template: such tables owe no total, price level or
 * styringsområde.
 */
import { analyseWorkbook } from '../analyse';
import type { AnalysisResult, ExcelTablePart, Finding, SheetGrid } from '../model';
import { renderMessage } from '../messages';
import { builtinTemplate } from '../templates/builtin';
import { type FixtureValue, sheetFromRows, workbookOf } from '../testing/sheetFromRows';

const generic = builtinTemplate('generic')!;
const u = undefined;

function analyse(...sheets: SheetGrid[]): AnalysisResult {
  return analyseWorkbook(workbookOf(...sheets), generic);
}

/** Errors and warnings, as "Sheet!C8 RULE". */
function complaints(result: AnalysisResult): string[] {
  return result.findings.filter((f: Finding) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
}

function infos(result: AnalysisResult): string[] {
  return result.findings.filter((f: Finding) => f.severity === 'info').map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
}

/** Replaces the value at a cell ("C5") of a rows array whose origin is A1. */
function plant(rows: FixtureValue[][], cell: string, value: FixtureValue): FixtureValue[][] {
  const m = /^([A-Z])(\d+)$/.exec(cell)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)).concat(col >= r.length ? [value] : []) : r));
}

describe('columns named by what they measure', () => {
  const rows: FixtureValue[][] = [
    ['Tabel 2. Overførsler mellem årene (mio. kr.)'],
    [],
    ['Område', 'Drift', 'Overført fra sidste år', 'Resultat'],
    ['Social', 120.5, 10.2, 130.7],
    ['Børn og unge', 80, -5, 75],
    ['Kultur og fritid', 30.1, 2, 32.1],
    ['I alt', 230.6, 7.2, 237.8],
  ];

  it('reads the table, its unit, the right-hand result column and the total row; clean gives nothing', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables).toHaveLength(1);
    const [t] = result.tables;
    expect(t.unit).toBe('mio. kr.');
    expect(t.columns.map((c) => c.header)).toEqual(['Drift', 'Overført fra sidste år', 'Resultat']);
    expect(t.columnTotals?.[0]).toMatchObject({ column: 2, memberColumns: [0, 1] });
    expect(t.totals).toHaveLength(1);
    expect(complaints(result)).toEqual([]);
  });

  it('finds a result cell that is not the sum of its parts, and a wrong total', () => {
    const planted = plant(plant(rows, 'D5', 78), 'B7', 233.6);
    expect(complaints(analyse(sheetFromRows('Ark1', planted))).sort()).toEqual(['Ark1!B7 TOTAL_MISMATCH', 'Ark1!D5 TOTAL_MISMATCH']);
  });
});

describe('a total above its parts', () => {
  const rows: FixtureValue[][] = [
    ['Bloktilskud og udligning 2025'],
    ['Region', 'Bloktilskud (mio. kr.) (3)', 'Udligning (mio. kr.)'],
    ['Hele landet', 1000, 300],
    ['Hovedstaden', 400, 100],
    ['Sjælland', 250, 90],
    ['Syddanmark', 350, 110],
  ];

  it('is held against the rows below it', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].unit).toBe('mio. kr.');
    expect(result.tables[0].totals[0]).toMatchObject({ totalRow: 0, memberRows: [1, 2, 3] });
    expect(complaints(result)).toEqual([]);
  });

  it('reports the total when one of its parts is off', () => {
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'B5', 260))))).toEqual(['Ark1!B3 TOTAL_MISMATCH']);
  });
});

describe('a price made of a payment and a subsidy', () => {
  const rows: FixtureValue[][] = [
    ['Takster 2025 (kr. pr. time)'],
    ['Ydelse', 'Egenbetaling', 'Tilskud', 'Pris'],
    ['Hjemmehjælp', 100, 250, 350],
    ['Madservice', 50, 25, 75],
    ['Træning', 80, 120, 200],
    ['Kørsel', 30, 10, 40],
    ['Rengøring', 60, 200, 260],
  ];

  it('sees the price column as the sum, with no total row demanded', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables[0].columnTotals?.[0]).toMatchObject({ column: 2, memberColumns: [0, 1] });
    expect(result.findings).toEqual([]);
  });

  it('finds the rows where the price is not the sum of its parts', () => {
    const planted = plant(plant(rows, 'D6', 45), 'D3', 340);
    expect(complaints(analyse(sheetFromRows('Ark1', planted))).sort()).toEqual(['Ark1!D3 TOTAL_MISMATCH', 'Ark1!D6 TOTAL_MISMATCH']);
  });
});

describe('a chain of sums and differences in one column, no heading', () => {
  const signed: FixtureValue[][] = [
    ['Indtægter', 500],
    ['Udgifter', -300],
    ['Resultat', 200],
    ['Finansiering', 50],
    ['Resultat efter finansiering', 250],
  ];
  const positive: FixtureValue[][] = [
    ['Indtægter', 500],
    ['Udgifter', 300],
    ['Resultat', 200],
  ];

  it('is read and fits, with signed or positive costs', () => {
    expect(analyse(sheetFromRows('Ark1', signed)).findings).toEqual([]);
    expect(analyse(sheetFromRows('Ark1', positive)).findings).toEqual([]);
  });

  it('a result that fits no reading is an info, never an error', () => {
    const result = analyse(sheetFromRows('Ark1', plant(positive, 'B3', 210)));
    expect(complaints(result)).toEqual([]);
    expect(infos(result)).toEqual(['Ark1!B3 TOTAL_UNCLEAR']);
  });
});

describe('a rate table with a unit row under the headings', () => {
  const rows: FixtureValue[][] = [
    ['Satser for boligstøtte, i 2015-niveau'],
    ['', 'Enlig', 'Par'],
    ['', 'Kr.', 'Kr.'],
    ['Grundbeløb', 12000, 18000],
    ['Tillæg pr. barn', 3000, 4500],
    ['Maksimum', 40000, 52000],
  ];

  it('owes no total; its unit and price level are read', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]).toMatchObject({ unit: 'kr.', kind: 'list' });
    expect(result.findings).toEqual([]);
  });
});

describe('codes and abbreviations as headings, row numbers in the first column', () => {
  const rows: FixtureValue[][] = [
    ['Nr.', 'Bevillingsområde', 'Rgsk. 24', 'Bdg. 25', 'Overslag 26'],
    [1, 'Administration', 100, 110, 112],
    [2, 'Skoler', 500, 520, 530],
    [3, 'Ældre', 300, 310, 315],
    [u, 'Total', 900, 940, 957],
  ];

  it('reads the amounts, not the row numbers, and checks the total', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].columns.map((c) => c.header)).toEqual(['Rgsk. 24', 'Bdg. 25', 'Overslag 26']);
    expect(complaints(result)).toEqual([]);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'D5', 950))))).toEqual(['Ark1!D5 TOTAL_MISMATCH']);
  });
});

describe('an unlabelled total found by its numbers', () => {
  const rows: FixtureValue[][] = [
    ['Fordeling', 'u. moms 2026', 'm. moms 2026', 'u. moms 2027'],
    ['Vej', 100, 125, 110],
    ['Park', 40, 50, 45],
    ['Bygning', 60, 75, 70],
    ['', 200, 250, 225],
  ];

  it('is a total when it is the sum in two columns; numbers in one column alone never are', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables[0].totals).toHaveLength(1);
    expect(complaints(result)).toEqual([]);
    const oneColumn = rows.map((r) => r.slice(0, 2));
    expect(analyse(sheetFromRows('Ark1', oneColumn)).tables[0].totals).toHaveLength(0);
  });

  it('a column that is a multiple of another (m. moms = 1,25 × u. moms) is no second piece of evidence', () => {
    const withMoms = rows.map((r) => r.slice(0, 3));
    expect(analyse(sheetFromRows('Ark1', withMoms)).tables[0].totals).toHaveLength(0);
    // So a slip in the moms column of a price that happens to equal two surcharges below it is no error.
    const prices: FixtureValue[][] = [
      ['Kr.', 'excl. moms 2016', 'excl. moms 2017', 'inkl. moms 2017'],
      ['Tanke op til 10 m3', 480, 480, 600],
      ['Tillæg for akut tømning', 339, 393, 424],
      ['Tillæg pr. m3', 141, 141, 176],
    ];
    expect(complaints(analyse(sheetFromRows('Ark1', prices)))).toEqual([]);
  });
});

describe('an Excel table (Insert › Table) with a totals row', () => {
  const rows: FixtureValue[][] = [
    ['Post', 'Beløb 2026', 'Beløb 2027'],
    ['Løn', 100, 100],
    ['Husleje', 50, '60'],
    ['Drift', 25, 30],
    ['Total', { f: 'SUBTOTAL(109,[Beløb 2026])', v: 175 }, { f: 'SUBTOTAL(109,[Beløb 2027])', v: 130 }],
  ];
  const part: ExcelTablePart = { name: 'Tabel1', range: { top: 1, left: 1, bottom: 5, right: 3 }, headerRowCount: 1, totalsRowCount: 1, columns: ['Post', 'Beløb 2026', 'Beløb 2027'] };

  it('is read from its table part: the totals row totals the data rows', () => {
    const sheet = { ...sheetFromRows('Ark1', rows), excelTables: [part] };
    const result = analyse(sheet);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]).toMatchObject({ foundBy: 'excelTable', rangeA1: 'A1:C5' });
    expect(result.tables[0].totals[0]).toMatchObject({ totalRow: 3, memberRows: [0, 1, 2] });
    // 100 + 60 + 30 shows 190; the SUBTOTAL skips the text "60" and gives 130: the total is flagged.
    expect(complaints(result).filter((c) => c.startsWith('Ark1!C5 TOTAL_'))).toHaveLength(1);
    expect(complaints(result).filter((c) => c.startsWith('Ark1!B5'))).toEqual([]);
  });

  it('a table part that claims the whole sheet (A1:XFD1048576) is read from the cells the sheet holds', () => {
    const columns = Array.from({ length: 16_384 }, (_, k) => (k < 3 ? part.columns[k] : `Kolonne${k + 1}`));
    const whole: ExcelTablePart = { ...part, range: { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }, totalsRowCount: 0, columns };
    const result = analyse({ ...sheetFromRows('Ark1', rows), excelTables: [whole] });
    expect(result.tables.map((t) => [t.foundBy, t.columns.map((c) => c.header), t.rows.length])).toEqual([['excelTable', ['Beløb 2026', 'Beløb 2027'], 4]]);
  });
});

describe('totals that the headings do not name', () => {
  it('a period table whose last column is the difference of two others: a wrong month is found', () => {
    // Found by its month rows; "Saldo" is no difference word, the numbers show it; the corner cell is blank.
    const rows: FixtureValue[][] = [
      [undefined, 'Udgifter', 'Indtægter', 'Saldo'],
      ['Januar', 100, 150, 50],
      ['Februar', 200, 260, 70],
      ['Marts', 300, 320, 20],
      ['April', 50, 90, 40],
    ];
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables[0].columns.map((c) => c.role)).toEqual([undefined, undefined, 'difference']);
    expect(complaints(result)).toEqual(['Ark1!D3 DIFFERENCE_MISMATCH']);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'D3', 60))))).toEqual([]);
  });

  it('an Excel table whose part says "no totals row" (a re-saved file) still has the total its formulas show', () => {
    const rows: FixtureValue[][] = [
      [' ', 'Udgifter', 'Indtægter', 'Saldo'],
      ['1. kvartal', 100, 150, 50],
      ['2. kvartal', 200, 260, 60],
      ['3. kvartal', 300, '320', 20],
      ['Året til dato', 500, { f: 'SUBTOTAL(109,C2:C4)', v: 410 }, { f: 'SUBTOTAL(109,D2:D4)', v: 130 }],
    ];
    const part: ExcelTablePart = { name: 'Tabel1', range: { top: 1, left: 1, bottom: 5, right: 4 }, headerRowCount: 1, totalsRowCount: 0, columns: [' ', 'Udgifter', 'Indtægter', 'Saldo'] };
    const result = analyse({ ...sheetFromRows('Ark1', rows), excelTables: [part] }); // B5: 500 where the quarters add to 600
    const found = complaints(result);
    expect(found).toContain('Ark1!B5 TOTAL_MISMATCH');
    expect(found).toContain('Ark1!C5 TOTAL_SKIPS_TEXT');
    expect(found.filter((c) => c.includes('DIFFERENCE_MISMATCH'))).toEqual([]);
  });
});

describe('a row of column letters under the headings ("D=(A+B+C)", "F=(D-E)")', () => {
  const rows: FixtureValue[][] = [
    ['Tabel 1 - samlet drift:'],
    [],
    ['Udvalget', 'Vedtaget budget', 'Tillæg', 'Genbevillinger', 'Korrigeret budget', 'Resultat', 'Afvigelse', 'Søges overført'],
    ['1.000 kr., 2025-pl', 'A', 'B', 'C', 'D=(A+B+C)', 'E', 'F=(D-E)', 'G'],
    ['Serviceområde 13', 367660, 1058, 2357, 371075, 372997, -1922, -1714],
    ['Serviceområde 18', 1361105, 2897, 11325, 1375327, 1374434, 893, -111],
    ['Udvalget i alt', 1728765, 3955, 13682, 1746402, 1747431, -1029, -1825],
  ];

  it('is a heading: its letters say which column is a sum and which a difference, its first cell the unit', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    const [t] = result.tables;
    expect(t.columns.map((c) => c.role)).toEqual([undefined, undefined, undefined, 'total', undefined, 'difference', undefined]);
    expect(t.columns[5].operands).toEqual([3, 4]);
    expect(t.columnTotals).toEqual([{ column: 3, memberColumns: [0, 1, 2] }]);
    expect([t.unit, t.priceLevel]).toEqual(['t.kr.', 2025]);
    expect(result.findings).toEqual([]);
  });

  it('holds every row to the letters, even when no row fits them (a published Afvigelse off in each row)', () => {
    const off = plant(plant(rows, 'G5', -1925), 'G6', 887);
    // G7 is still D − E, and so no longer the sum of the rows above it.
    expect(complaints(analyse(sheetFromRows('Ark1', off)))).toEqual(['Ark1!G5 DIFFERENCE_MISMATCH', 'Ark1!G6 DIFFERENCE_MISMATCH', 'Ark1!G7 TOTAL_MISMATCH']);
    const wrongPart = plant(rows, 'C6', 2987);
    expect(complaints(analyse(sheetFromRows('Ark1', wrongPart)))).toEqual(['Ark1!E6 TOTAL_MISMATCH', 'Ark1!C7 TOTAL_MISMATCH']);
  });
});

describe('rates with a total of the last few rows and no heading row', () => {
  const rows: FixtureValue[][] = [
    ['Takster for ældre'],
    [],
    ['Hovedret, almindelig', '46 kr.'],
    ['Biret', '15 kr.'],
    ['Transport af mad pr. uge', '57 kr.'],
    ['Morgenmad - pr. dag', '22 kr.'],
    ['Middagsmad - pr. dag', '50 kr.'],
    ['Aftensmad - pr dag', '32 kr.'],
    ['Mellemmåltider - pr dag', '15 kr.'],
    ['Samlet mad pr. dag', '119 kr.'],
  ];

  it('a rate with its unit is no heading, and "Samlet …" is the total of the four rows it fits', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].rows[0].label).toBe('Hovedret, almindelig');
    expect(result.tables[0].totals).toEqual([expect.objectContaining({ totalRow: 7, memberRows: [3, 4, 5, 6] })]);
    expect(result.findings.filter((f) => f.rule.startsWith('TOTAL'))).toEqual([]);
  });

  it('a plain "I alt" equal to only the last rows above it has forgotten the first: an error', () => {
    const forgot: FixtureValue[][] = [
      ['1.000 kr.', 'Bdg. 26', 'Ovs. 27'],
      ['Projektledelse', 500, 500],
      ['Drift', 1200, 1300],
      ['Licenser', 300, 300],
      ['I alt', 1500, 1600],
    ];
    expect(complaints(analyse(sheetFromRows('Ark1', forgot)))).toEqual(['Ark1!B5 TOTAL_MISMATCH', 'Ark1!C5 TOTAL_MISMATCH']);
  });

  it('with one of its rows wrong, no run fits: what it counts cannot be told, an info', () => {
    const result = analyse(sheetFromRows('Ark1', plant(rows, 'B7', '23 kr.')));
    expect(complaints(result).filter((c) => c.includes('TOTAL'))).toEqual([]);
    expect(infos(result)).toContain('Ark1!B10 TOTAL_UNCLEAR');
  });
});

describe('"I alt" under a plain run of rows has one reading', () => {
  it('wrong in every column, it is an error in each, not an info (by words, by shape, as text)', () => {
    const byYear: FixtureValue[][] = [
      ['Mia. kr.', 2013, 2014],
      ['Kontanthjælp', 10.1, 11.2],
      ['Dagpenge', 20.3, 21.5],
      ['Folkepension', 30.0, 31.1],
      ['I alt', 62.1, 65.5],
    ];
    expect(complaints(analyse(sheetFromRows('Ark1', byYear)))).toEqual(['Ark1!B5 TOTAL_MISMATCH', 'Ark1!C5 TOTAL_MISMATCH']);
    const byMeasure = byYear.map((r, i) => (i === 0 ? [undefined, 'Drift', 'Anlæg'] : r));
    expect(complaints(analyse(sheetFromRows('Ark1', byMeasure)))).toEqual(['Ark1!B5 TOTAL_MISMATCH', 'Ark1!C5 TOTAL_MISMATCH']);
    // As text, "30,0" shows one decimal: 1,7 off over three rows is no rounding.
    const asText = byYear.map((r, i) => (i === 0 ? r : r.map((v) => (typeof v === 'number' ? v.toFixed(1).replace('.', ',') : v))));
    expect(complaints(analyse(sheetFromRows('Ark1', asText))).filter((c) => c.includes('TOTAL_'))).toEqual(['Ark1!B5 TOTAL_MISMATCH', 'Ark1!C5 TOTAL_MISMATCH']);
  });

  it('a total that leaves rows out by its own words ("I alt, ekskl. …") is not held to every row', () => {
    const rows: FixtureValue[][] = [
      ['Mia. kr.', 2013, 2014],
      ['Kontanthjælp', 10.1, 11.2],
      ['Dagpenge', 20.3, 21.5],
      ['Folkepension', 30.0, 31.1],
      ['I alt, ekskl. folkepension', 30.4, 32.7],
    ];
    expect(complaints(analyse(sheetFromRows('Ark1', rows))).filter((c) => c.includes('TOTAL_'))).toEqual([]);
  });
});

describe('a table whose unit is in its cells', () => {
  it('takes the unit every amount carries, typed or in the number format', () => {
    const typed: FixtureValue[][] = [
      ['Institutionstype', 'Takst', 'Frokost'],
      ['Vuggestue', '3.510 kr.', '630 kr.'],
      ['Børnehave', '1.940 kr.', '690 kr.'],
    ];
    expect(analyse(sheetFromRows('Ark1', typed)).tables[0].unit).toBe('kr.');
    const formatted = typed.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === 0 ? v : { v: Number(String(v).replace(/\D/g, '')), numFmt: '#,##0 "kr."' }))));
    expect(analyse(sheetFromRows('Ark1', formatted)).tables[0].unit).toBe('kr.');
  });
});

describe('"Subtotal" and "Hovedtotal" are total words', () => {
  const rows: FixtureValue[][] = [
    ['1.000 kr.', 'Budget', 'Regnskab'],
    ['Drift'],
    ['Skoler', 5200, 5100],
    ['Dagtilbud', 2050, 2000],
    ['Subtotal', 7250, 7100],
    ['Anlæg'],
    ['Skolerenovering', 4000, 3800],
    ['Plejecenter', 1200, 1300],
    ['Subtotal', 5200, 5100],
    ['Hovedtotal', 12450, 12200],
  ];

  it('clean: nothing; a wrong grand total is found at its cell', () => {
    expect(complaints(analyse(sheetFromRows('Ark1', rows)))).toEqual([]);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'C10', 12300))))).toEqual(['Ark1!C10 TOTAL_MISMATCH']);
  });
});

describe('one year over one column', () => {
  it('"1.000 kr. | 2024" heads the table: the year is not added into "I alt"', () => {
    const rows: FixtureValue[][] = [
      ['1.000 kr.', 2024],
      ['Jobcentret', 120],
      ['Ungdomsskolen', 80],
      ['I alt', 200],
    ];
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables[0].columns.map((c) => c.header)).toEqual(['2024']);
    expect(complaints(result)).toEqual([]);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'B4', 210))))).toEqual(['Ark1!B4 TOTAL_MISMATCH']);
  });

  it('"Område | 2024" heads the table when the last row totals the rows between without the year', () => {
    const rows: FixtureValue[][] = [
      ['Område', 2024],
      ['Jobcentret', 120],
      ['Ungdomsskolen', 80],
      ['I alt', 200],
    ];
    expect(complaints(analyse(sheetFromRows('Ark1', rows)))).toEqual([]);
  });

  it('a right-hand column headed "Udgifter i alt" after the years totals them', () => {
    const rows: FixtureValue[][] = [
      ['Bevillingsområde', '2024', '2025', '2026', 'Udgifter i alt'],
      ['Kollektiv trafik', 310, 420, 700, 1430],
      ['Sundhed og forebyggelse', 900, 1100, 1400, 3400],
      ['Administration', -49, 250, 300, 501],
    ];
    const [t] = analyse(sheetFromRows('Ark1', rows)).tables;
    expect(t.columns.map((c) => c.role)).toEqual([undefined, undefined, undefined, 'total']);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'C4', 350))))).toEqual(['Ark1!E4 TOTAL_MISMATCH']);
  });
});

describe('what is no table', () => {
  it('a single row of figures, a column of years, a page of prose', () => {
    const result = analyse(
      sheetFromRows('Ark1', [
        ['Indbyggere', 12345],
        [],
        [],
        ['År'],
        [2020],
        [2021],
        [2022],
        [],
        [],
        ['Kommunen har i 2024 brugt 1,2 mio. kr. på projektet.'],
      ]),
    );
    expect(result.tables).toEqual([]);
  });
});

describe('a list found by one money word keeps its other columns of amounts', () => {
  // "Mer-/mindreforbrug" is the one heading the list words know; the columns beside it are
  // amounts too, and each has a figure on the "I alt" row.
  const rows: FixtureValue[][] = [
    ['Overførsler fra 2024 til 2025'],
    ['(1.000 kr.)'],
    [],
    ['Udvalg', 'Overført fra 2023', 'Mer-/mindreforbrug 2024', 'Overføres til 2025', 'Andel af budget (pct.)'],
    ['Børne- og Ungeudvalget', -3200, 5400, 2200, 0.4],
    ['Kultur- og Fritidsudvalget', 850, -1250, -400, -0.3],
    ['Socialudvalget', 12500, -8300, 4200, 0.2],
    ['Teknik- og Miljøudvalget', 0, 2150, 2150, 1.1],
    ['I alt', 10150, -2000, 8150, 0.3],
  ];

  it('reads every amount column, the derived column, the unit and the title; clean gives nothing', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables).toHaveLength(1);
    const [t] = result.tables;
    expect(t.columns.map((c) => c.header)).toEqual(['Overført fra 2023', 'Mer-/mindreforbrug 2024', 'Overføres til 2025']);
    expect(t.columnTotals?.[0]).toMatchObject({ column: 2, memberColumns: [0, 1] });
    expect(t.unit).toBe('t.kr.');
    expect(t.title).toBe('Overførsler fra 2024 til 2025');
    expect(complaints(result)).toEqual([]);
  });

  it('finds a wrong total in a column the words did not name, and a wrong derived cell', () => {
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'D9', 8100))))).toEqual(['Ark1!D9 TOTAL_MISMATCH']);
    // The slip is D6's: the corner D9 is still Overført + Mer-/mindreforbrug, so only D6 is named.
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'D6', -500))))).toEqual(['Ark1!D6 TOTAL_MISMATCH']);
  });

  it('never adds a share column: "(pct.)" in a heading is a percentage', () => {
    const t = analyse(sheetFromRows('Ark1', plant(rows, 'E9', 9.9))).tables[0];
    expect(t.columns.map((c) => c.header)).not.toContain('Andel af budget (pct.)');
  });
});

describe('numbers that only look like a sum are no evidence', () => {
  it('a row is not the total of the rows below it only within a rounding as large as its figures', () => {
    // 1 against 0,5 + 0,3 + 0,6 = 1,4 "fits" at whole units; "I alt" is the total.
    const rows: FixtureValue[][] = [
      ['Mio. kr.', 'Bdg. 25', 'Ovs. 26', 'Ovs. 27', 'Ovs. 28'],
      ['Projekt A', 0, 1.0, 1.0, 1.0],
      ['Projekt B', 0, 0.5, 0.5, 0.5],
      ['Projekt C', 0.2, 0.3, 0.3, 0.3],
      ['Projekt D', 0.4, 0.6, 0.6, 0.6],
      ['I alt', 0.6, 2.4, 2.4, 2.4],
    ];
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables[0].rows.map((r) => r.kind)).toEqual(['item', 'item', 'item', 'item', 'total']);
    expect(result.findings).toEqual([]);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'D6', 2.9))))).toEqual(['Ark1!D6 TOTAL_MISMATCH']);
  });

  it('a year column equal to a later one where the first year is 0 is not their sum', () => {
    // Projects that start in 2027 with the same amount each year: 2028 = 2026 + 2027 in every row.
    const rows: FixtureValue[][] = [
      ['1.000 kr.', 'Bdg. 26', 'Ovs. 27', 'Ovs. 28'],
      ['Projekt A', 0, 1000, 1000],
      ['Projekt B', 0, 500, 500],
      ['Projekt C', 0, 250, 250],
      ['Projekt D', 300, 300, 300],
    ];
    const [t] = analyse(sheetFromRows('Ark1', rows)).tables;
    expect(t.columnTotals ?? []).toEqual([]);
    expect(t.columns.map((c) => c.role)).toEqual([undefined, undefined, undefined]);
    expect(analyse(sheetFromRows('Ark1', rows)).findings).toEqual([]);
  });
});

describe('sections with subtotals under a unit row', () => {
  // "1.000 kr." over each column (no other heading), three sections each closed by "… i alt", and
  // a grand total of the subtotals: one table, not a list cut at its first subtotal.
  const rows: FixtureValue[][] = [
    ['Budget fordelt på hovedområder'],
    [],
    [u, '1.000 kr.', '1.000 kr.'],
    ['Finansiering'],
    ['Administration', 1, 3],
    ['Specialundervisning', 1, 4],
    ['Finansiering i alt', { f: 'SUM(B5:B6)', v: 2 }, { f: 'SUM(C5:C6)', v: 7 }],
    ['Overførselsudgifter'],
    ['Skoler', 1, 1],
    ['Jobcentret', 1, 1],
    ['Overførselsudgifter i alt', { f: 'SUM(B9:B10)', v: 2 }, { f: 'SUM(C9:C10)', v: 2 }],
    ['Indtægter'],
    ['Redningsberedskab', 1, 1],
    ['Beskæftigelse', 1, 1],
    ['Indtægter i alt', { f: 'SUM(B13:B14)', v: 2 }, { f: 'SUM(C13:C14)', v: 2 }],
    ['I alt', { f: 'B7+B11+B15', v: 6 }, { f: 'C7+C11+C15', v: 11 }],
  ];

  it('is one table whose grand total counts the subtotals; clean gives nothing', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables.map((t) => t.rangeA1)).toEqual(['A3:C16']);
    const t = result.tables[0];
    const grand = t.totals.find((g) => t.rows[g.totalRow].label === 'I alt')!;
    expect(grand.memberRows.map((k) => t.rows[k].label)).toEqual(['Finansiering i alt', 'Overførselsudgifter i alt', 'Indtægter i alt']);
    expect(result.findings).toEqual([]);
  });

  it('a subtotal overtyped with a figure is found there, and its grand total (=B7+B11+B15) still counts the subtotals', () => {
    const planted = plant(rows, 'B7', -48);
    const result = analyse(sheetFromRows('Ark1', planted));
    const t = result.tables[0];
    const grand = t.totals.find((g) => t.rows[g.totalRow].label === 'I alt')!;
    expect(grand.memberRows.map((k) => t.rows[k].label)).toEqual(['Finansiering i alt', 'Overførselsudgifter i alt', 'Indtægter i alt']);
    // The grand total's cached 6 no longer matches −48 + 2 + 2: Excel would show −44 once recalculated.
    expect(complaints(result)).toEqual(['Ark1!B7 TOTAL_MISMATCH', 'Ark1!B16 TOTAL_MISMATCH']);
  });

  it('a labelled subtotal whose every column has one non-zero part still holds, and a slip in it is found', () => {
    const plain: FixtureValue[][] = [
      ['1.000 kr.'],
      ['Teknik og miljø'],
      ['Kultur og fritid', 1, u],
      ['Redningsberedskab', 0, 11],
      ['Teknik og miljø i alt', 1, 11],
      ['Kultur og fritid'],
      ['Specialundervisning', 1, 0],
      ['Musikskolen', 0, 12],
      ['Kultur og fritid i alt', 1, 12],
      ['I alt', 2, 23],
    ];
    const t = analyse(sheetFromRows('Ark1', plain)).tables[0];
    expect(t.totals.map((g) => [t.rows[g.totalRow].label, g.memberRows.length])).toEqual([
      ['Teknik og miljø i alt', 2],
      ['Kultur og fritid i alt', 2],
      ['I alt', 2],
    ]);
    expect(complaints(analyse(sheetFromRows('Ark1', plain)))).toEqual([]);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(plain, 'B5', -49))))).toEqual(['Ark1!B5 TOTAL_MISMATCH']);
  });
});

describe('"Nr. | Drift | Anlæg | Refusion" is a table of measures, not an overview', () => {
  const rows: FixtureValue[][] = [
    ['Nr.', u, 'Drift', 'Anlæg', 'Refusion'],
    ['1', 'Skoler', 1200, 300, -50],
    ['2', 'Dagtilbud', 800, 150, -20],
    ['3', 'Ældre', 950, 0, -120],
    [u, 'I alt', 2950, 450, -190],
  ];

  it('reads every column, asks no price level, and finds a wrong total in the Drift column', () => {
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables.map((t) => [t.kind, t.columns.map((c) => c.header)])).toEqual([['list', ['Drift', 'Anlæg', 'Refusion']]]);
    expect(result.findings).toEqual([]);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'C5', 2590))))).toEqual(['Ark1!C5 TOTAL_MISMATCH']);
  });
});

describe('a total with no total word, under headings of years', () => {
  const rows: FixtureValue[][] = [
    ['1.000 kr.', 2024, 2025, 2026],
    ['Tandplejen', 1200, 0, 2100],
    ['Bibliotekerne', 2300, 400, 1500],
    [u, 3500, 400, 3600],
  ];

  it('a last row that is the sum of the rows above in the other columns: its odd cell is found, named by its row', () => {
    expect(complaints(analyse(sheetFromRows('Ark1', rows)))).toEqual([]);
    const result = analyse(sheetFromRows('Ark1', plant(rows, 'C4', -50)));
    expect(complaints(result)).toEqual(['Ark1!C4 TOTAL_MISMATCH']);
    expect(renderMessage(result.findings[0], 'da')).toMatch(/^"række 4" \(2025\) angiver -50/);
  });

  it('a column with no heading right of the years that is their sum in every row: its odd cell is found, named by its letter', () => {
    const withRight: FixtureValue[][] = [
      ['1.000 kr.', 2024, 2025],
      ['Tandplejen', 1200, 400, 1600],
      ['Bibliotekerne', 800, 1100, 1900],
      ['I alt', 2000, 1500, 3500],
    ];
    const clean = analyse(sheetFromRows('Ark1', withRight));
    expect(clean.tables[0].rangeA1).toBe('A1:D4');
    expect(complaints(clean)).toEqual([]);
    const result = analyse(sheetFromRows('Ark1', plant(withRight, 'D3', 1950)));
    expect(complaints(result)).toEqual(['Ark1!D3 TOTAL_MISMATCH']);
    expect(renderMessage(result.findings[0], 'da')).toMatch(/^"Bibliotekerne" \(D\) angiver 1\.950/);
  });
});

describe('a ranked list', () => {
  it('reads its ranks (1, 1, 3, …) as no amounts: one column that happens to add up makes no total', () => {
    const rows: FixtureValue[][] = [
      [u, 'Kommune', 'Pct.-point'],
      [1, 'Gentofte', 0.37],
      [2, 'Fanø', 0.2],
      [3, 'Lemvig', 0.57],
      [4, 'Skanderborg', 0.12],
    ];
    const ranked = rows.map((r, i) => (i === 2 ? [1, ...r.slice(1)] : r));
    for (const grid of [rows, ranked]) {
      const result = analyse(sheetFromRows('Ark1', grid));
      expect(result.tables.map((t) => t.columns.map((c) => c.header))).toEqual([['Pct.-point']]);
      expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});

describe('a total column left of its parts', () => {
  const rows: FixtureValue[][] = [
    ['Mio. kr.', 'I alt', 'Løn', 'Drift'],
    ['Hjemmeværnet', 14.8, 13.1, 1.7],
    ['Beredskabet', 2.1, 0.9, 1.2],
    ['Politiet', 15.1, 10.1, 5.0],
    ['Total', 32.0, 24.1, 7.9],
  ];

  it('"I alt | Løn | Drift": the total is the sum of the columns right of it, not Drift a difference', () => {
    const [t] = analyse(sheetFromRows('Ark1', rows)).tables;
    expect(t.columnTotals).toEqual([{ column: 0, memberColumns: [1, 2] }]);
    expect(t.columns.map((c) => c.role)).toEqual(['total', undefined, undefined]);
    expect(analyse(sheetFromRows('Ark1', rows)).findings).toEqual([]);
  });

  it('a wrong part is found at the total of its row (and of its column), never as a difference', () => {
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'D3', 2.1))))).toEqual(['Ark1!B3 TOTAL_MISMATCH', 'Ark1!D5 TOTAL_MISMATCH']);
  });
});

describe('a right-hand "I alt" over columns with blanks and "-"', () => {
  it('counts every column before it, not only those with a figure in most rows', () => {
    const rows: FixtureValue[][] = [
      ['1.000 kr.', 'Drift', 'Anlæg', 'Refusion', 'I alt'],
      ['Skoler', u, 100, 200, 300],
      ['Dagtilbud', '-', 50, 60, 110],
      ['Ældre', 10, 20, 30, 60],
      ['Veje', u, 5, 5, 10],
    ];
    const [t] = analyse(sheetFromRows('Ark1', rows)).tables;
    expect(t.columnTotals).toEqual([{ column: 3, memberColumns: [0, 1, 2] }]);
    expect(analyse(sheetFromRows('Ark1', rows)).findings).toEqual([]);
    expect(complaints(analyse(sheetFromRows('Ark1', plant(rows, 'B4', 40))))).toEqual(['Ark1!E4 TOTAL_MISMATCH']);
  });

  it('keeps a column with one figure among the rows when the total row has its total', () => {
    const rows: FixtureValue[][] = [
      ['Nr.', ' ', 'Drift', 'Refusion', 'Løn', 'I alt'],
      [1, 'Kollektiv trafik', 5, 7, 0, 12],
      [2, 'Ældreområdet', 3, u, 17, 20],
      [3, 'Sundhed', 4, u, 24, 28],
      [u, 'I alt', 12, 7, 41, 60],
    ];
    const [t] = analyse(sheetFromRows('Ark1', rows)).tables;
    expect(t.columns.map((c) => c.header)).toEqual(['Drift', 'Refusion', 'Løn', 'I alt']);
    expect(analyse(sheetFromRows('Ark1', rows)).findings).toEqual([]);
  });
});

describe('columns with few figures', () => {
  it('a column of dashes and one figure, or of blanks and one figure under its own heading, is a column of amounts', () => {
    for (const blank of ['-', u] as FixtureValue[]) {
      const rows: FixtureValue[][] = [
        ['Bevillingsoversigt'],
        [],
        [u, 'Drift', 'Anlæg', 'Refusion', 'Løn', 'Udgifter i alt'],
        [u, 'mio. kr.', 'mio. kr.', 'mio. kr.', 'mio. kr.', 'mio. kr.'],
        ['Tandplejen', blank, 0, 1, 1, 2],
        ['Ældreområdet', 2, 0, 0, 0, 2],
        ['Kultur og fritid', blank, 0, 1, 1, 2],
      ];
      const [t] = analyse(sheetFromRows('Ark1', rows)).tables;
      expect(t.columns.map((c) => c.header)).toEqual(['Drift', 'Anlæg', 'Refusion', 'Løn', 'Udgifter i alt']);
      expect(analyse(sheetFromRows('Ark1', rows)).findings).toEqual([]);
    }
  });

  it('a column of 1, 2 and =SUM over them is amounts, not numbering', () => {
    const rows: FixtureValue[][] = [
      ['Redningsberedskab', 0, 1],
      ['Kollektiv trafik', 0, 2],
      ['Samlet', -50, { f: 'SUM(C1:C2)', v: 3 }],
    ];
    expect(complaints(analyse(sheetFromRows('Ark1', rows)))).toEqual(['Ark1!B3 TOTAL_MISMATCH']);
  });
});

describe('sections under "Nr. | 1.000 kr. | Drift | Anlæg"', () => {
  it('is one table: the list named by its unit does not end at the first subtotal', () => {
    const rows: FixtureValue[][] = [
      ['Nr.', '1.000 kr.', 'Drift', 'Anlæg'],
      [u, 'Serviceudgifter'],
      [1, 'Kultur og fritid', 120, 30],
      [2, 'Tandplejen', 80, 0],
      [u, 'I alt serviceudgifter', { f: 'SUM(C3:C4)', v: 200 }, { f: 'SUM(D3:D4)', v: 30 }],
      [u, 'Ældre og sundhed'],
      [3, 'Kollektiv trafik', 40, 10],
      [4, 'Skoler', 60, 5],
      [u, 'I alt ældre og sundhed', { f: 'SUM(C7:C8)', v: 100 }, { f: 'SUM(D7:D8)', v: 15 }],
      [u, 'Hovedtotal', { f: 'C5+C9', v: 300 }, { f: 'D5+D9', v: 45 }],
    ];
    const result = analyse(sheetFromRows('Ark1', rows));
    expect(result.tables.map((t) => t.rangeA1)).toEqual(['A1:D10']);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
