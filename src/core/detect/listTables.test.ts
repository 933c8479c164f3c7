import { analyseWorkbook } from '../analyse';
import type { FixtureValue } from '../testing/sheetFromRows';
import { sheetFromRows, workbookOf } from '../testing/sheetFromRows';
import { builtinTemplate } from '../templates/builtin';
import { isAmountHeader, isListTotalLabel } from './listTables';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const generic = builtinTemplate('generic')!;
const u = undefined;
const pct = (v: number) => ({ v, numFmt: '0.00%' });

/** sheetFromRows with number formats: { v, numFmt } cells. */
function sheet(name: string, rows: Array<Array<FixtureValue | { v: number; numFmt: string }>>) {
  const grid = sheetFromRows(
    name,
    rows.map((r) => r.map((v) => (v && typeof v === 'object' && 'numFmt' in v ? v.v : (v as FixtureValue)))),
  );
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v && typeof v === 'object' && 'numFmt' in v) grid.rows.get(i + 1)!.get(j + 1)!.numFmt = v.numFmt;
    }),
  );
  return grid;
}

describe('amount headers', () => {
  test.each([
    'Beløb',
    'Beløb (kr.)',
    'kr.',
    '1.000 kr.',
    'Markedsværdi',
    'Kursværdi DKK',
    'Bevilling',
    'Bevilget beløb',
    'Forbrug',
    'Udgifter',
    'Indtægt',
    'Korrigeret budget 2026',
    'Restbudget (1.000 kr.)',
    'Tilskud kr.',
    'Nominel beholdning',
  ])('"%s" names an amount column', (h) => expect(isAmountHeader(h)).toBe(true));

  test.each([
    'Nr.',
    'Antal',
    'Kurs',
    'Kupon',
    'Fondskode (ISIN)',
    'Udløbsdato',
    'Bevilget dato',
    'Forbrug i pct.',
    'Andel af porteføljen',
    'CVR-nr.',
    'Budgetår',
    'Værdipapir',
    'Tilskud pr. medlem',
    'Beløb %',
    'Kr. pr. time',
    'Antal medlemmer',
    'Forening',
  ])('"%s" does not', (h) => expect(isAmountHeader(h)).toBe(false));
});

describe('total labels in lists are read strictly', () => {
  const labels = kk.totalLabels;
  test.each(['I alt', 'I alt:', 'Tilskud i alt', 'Total', 'Total markedsværdi', 'Sum', 'Samlet forbrug', 'Samlede udgifter'])('"%s" is a total', (l) =>
    expect(isListTotalLabel(l, labels)).toBe(true),
  );
  test.each(['Totalkredit 6% 2032', 'Total Energies SE', 'Sum Invest Obligationer KL', 'Samlet Ejendomme A/S', 'Summit', 'Realkredit Danmark 4% 2053', ''])(
    '"%s" is not',
    (l) => expect(isListTotalLabel(l, labels)).toBe(false),
  );
});

describe('lists', () => {
  test('a list with a SUM foot is a table of kind list, totalled by one block total of every item', () => {
    const s = sheet('Liste', [
      ['Nr.', 'Modtager', 'Dato', 'Beløb'],
      [1, 'Vestby Boldklub', new Date(Date.UTC(2026, 0, 5)), 1000],
      [2, 'Østby Roklub', new Date(Date.UTC(2026, 1, 5)), 2500.5],
      [3, 'Højby Skakklub', new Date(Date.UTC(2026, 2, 5)), 300],
      [u, 'I alt', u, { f: 'SUM(D2:D4)', v: 3800.5 }],
    ]);
    const { tables, findings } = analyseWorkbook(workbookOf(s), kk);
    expect(tables.map((t) => [t.id, t.kind, t.columns.map((c) => c.header)])).toEqual([['Liste!A1:D5', 'list', ['Beløb']]]);
    expect(tables[0].totals).toEqual([{ kind: 'block', totalRow: 3, memberRows: [0, 1, 2] }]);
    expect(findings).toEqual([]);
  });

  test('a wrong foot is a TOTAL_MISMATCH at the total cell — and nothing about p/l, unit, years or styringsområde', () => {
    const s = sheet('Liste', [
      ['Modtager', 'Beløb'],
      ['A', 1000],
      ['B', 2000],
      ['I alt', { f: 'SUM(B2:B3)', v: 2000 }],
    ]);
    for (const template of [kk, generic]) {
      const { findings } = analyseWorkbook(workbookOf(s), template);
      expect(findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['TOTAL_MISMATCH@B4']);
    }
  });

  test('ids, dates, percentages, counts, kurs and ISIN codes are never amount columns, even with an amount word in the header', () => {
    const s = sheet('Liste', [
      ['Beløb nr.', 'Fondskode', 'Værdipapir', 'Udbetalt', 'Kupon', 'Antal', 'Kurs', 'Beløb', 'Udgift'],
      [1, 'DK0009123456', 'Totalkredit 6% 2032', new Date(Date.UTC(2032, 9, 1)), pct(0.06), 12, 101.2, 5000, pct(0.1)],
      [2, 'DK0009123457', 'Nykredit 1% 2050', new Date(Date.UTC(2050, 9, 1)), pct(0.01), 3, 88.5, 7000, pct(0.2)],
      [3, 'DK0009123458', 'Totalkredit 6% 2032', new Date(Date.UTC(2032, 9, 1)), pct(0.06), 4, 101.2, 8000, pct(0.3)],
    ]);
    const { tables, findings } = analyseWorkbook(workbookOf(s), kk);
    expect(tables.map((t) => t.columns.map((c) => c.header))).toEqual([['Beløb']]);
    expect(tables[0].totals).toEqual([]); // "Totalkredit 6% 2032" on the last row is an item
    expect(findings).toEqual([]);
  });

  test('"Total Energies SE" on the last row of a two-column list is an item, not a total', () => {
    const s = sheet('Aktier', [
      ['Værdipapir', 'Markedsværdi'],
      ['Novo Nordisk B', 1000],
      ['Mærsk B', 2000],
      ['Total Energies SE', 1500],
    ]);
    const { tables, findings } = analyseWorkbook(workbookOf(s), kk);
    expect(tables[0].totals).toEqual([]);
    expect(findings).toEqual([]);
  });

  test('a column of text ids, cvr numbers or years is not an amount column: no NUMBER_STORED_AS_TEXT spam', () => {
    const rows: FixtureValue[][] = [['Bilag', 'CVR', 'Regnskab', 'Beløb', 'Udgift']];
    for (let i = 0; i < 30; i++) rows.push([`00${1000 + i}`, String(12345678 + i * 7), 2020 + (i % 5), 100 + i * 37, `0${4000 + i}`]);
    const { tables, findings } = analyseWorkbook(workbookOf(sheetFromRows('Ids', rows)), kk);
    expect(tables.map((t) => t.columns.map((c) => c.header))).toEqual([['Beløb']]);
    expect(findings).toEqual([]);
  });

  test('integer ids counting up by one are not amounts, even under "Beløb"', () => {
    const s = sheet('Ids', [['Navn', 'Beløb'], ['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    expect(analyseWorkbook(workbookOf(s), kk).tables).toEqual([]);
  });

  test('a column of years is no amounts — but fees of 2.000 kr. under "Beløb" are', () => {
    const years = sheet('År', [['Post', 'Regnskab'], ['a', 2021], ['b', 2022], ['c', 2023]]);
    expect(analyseWorkbook(workbookOf(years), kk).tables).toEqual([]);
    const fees = sheet('Gebyrer', [['Post', 'Beløb'], ['a', 2000], ['b', 2000], ['c', 1950], ['I alt', 5950]]);
    const { tables, findings } = analyseWorkbook(workbookOf(fees), kk);
    expect(tables.map((t) => [t.columns.length, t.totals.length])).toEqual([[1, 1]]);
    expect(findings).toEqual([]);
  });

  test('a column of names under an amount-like header ("Tilskudsmodtager") is not an amount column', () => {
    const s = sheet('Navne', [['Tilskudsmodtager', 'Tilskud'], ['Vestby Boldklub', 100], ['Østby Roklub', 250], ['Højby Skak', 50]]);
    const { tables } = analyseWorkbook(workbookOf(s), kk);
    expect(tables.map((t) => t.columns.map((c) => c.header))).toEqual([['Tilskud']]);
  });

  test('remarks such as "Afslag" in an amount column are no findings in a list', () => {
    const s = sheet('Tilskud', [
      ['Forening', 'Tilskud kr.'],
      ['A', 1000],
      ['B', 'Afslag'],
      ['C', 2000],
      ['D', 500],
      ['I alt', { f: 'SUM(B2:B5)', v: 3500 }],
    ]);
    expect(analyseWorkbook(workbookOf(s), kk).findings).toEqual([]);
  });

  test('a typed "I alt" row totals every amount column it fills; a column it leaves empty is not checked', () => {
    const s = sheet('Bevillinger', [
      ['Område', 'Bevilling', 'Forbrug', 'Forbrug i pct.', 'Udgift'],
      ['Skoler', 100.5, 80.2, pct(0.798), 10],
      ['Veje', 200, 150.1, pct(0.75), 20],
      ['I alt', 300.5, 230.3, pct(0.766), u],
    ]);
    const { tables, findings } = analyseWorkbook(workbookOf(s), kk);
    // "Bevilling" and "Forbrug" make it a budget follow-up; its percentage column is never summed.
    expect(tables[0].columns.filter((c) => c.role !== 'nonAdditive').map((c) => c.header)).toEqual(['Bevilling', 'Forbrug']);
    expect(findings).toEqual([]);
    const wrong = sheet('Bevillinger', [
      ['Område', 'Bevilling', 'Forbrug'],
      ['Skoler', 100.5, 80.2],
      ['Veje', 200, 150.1],
      ['I alt', 300.5, 240.3],
    ]);
    expect(analyseWorkbook(workbookOf(wrong), kk).findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['TOTAL_MISMATCH@C4']);
  });

  test('"heraf" rows are parts of the row above: the foot does not count them again', () => {
    const s = sheet('Heraf', [
      ['Post', 'Udgift'],
      ['IT', 1000],
      ['- heraf licenser', 400],
      ['Husleje', 500],
      ['I alt', 1500],
    ]);
    const { tables, findings } = analyseWorkbook(workbookOf(s), kk);
    expect(tables[0].totals).toEqual([{ kind: 'block', totalRow: 3, memberRows: [0, 2] }]);
    expect(findings).toEqual([]);
  });

  test('a SUM cached with binary noise beyond 15 digits is the right total', () => {
    const s = sheet('Støj', [['Tekst', 'Beløb'], ['a', 0.1], ['b', 0.2], ['I alt', { f: 'SUM(B2:B3)', v: 0.1 + 0.2 }]]);
    expect(analyseWorkbook(workbookOf(s), kk).findings).toEqual([]);
  });

  test('a list ends at two empty rows, a note or its foot; a list beside a proposal table is found in the free columns', () => {
    const s = sheet('Ark', [
      ['1.000 kr. 2027 p/l', 'Styringsområde', 2026, 2027, u, 'Post', 'Beløb'],
      ['Drift', 'Service', 100, 100, u, 'a', 10],
      ['I alt', u, 100, 100, u, 'b', 20],
      [u, u, u, u, u, 'I alt', { f: 'SUM(G2:G3)', v: 30 }],
      [u, u, u, u, u, 'c', 40],
    ]);
    const { tables, findings } = analyseWorkbook(workbookOf(s), kk);
    expect(tables.map((t) => [t.id, t.kind])).toEqual([
      ['Ark!A1:D3', 'proposal'],
      ['Ark!F1:G4', 'list'],
    ]);
    expect(findings.filter((f) => f.table === 'Ark!F1:G4')).toEqual([]);
  });

  test('a header row with no item below is no list; prose mentioning "beløb" is no list', () => {
    const s = sheet('Tekst', [
      ['Forklaring', 'Beløbene er i kr.'],
      [],
      [],
      ['Alle beløb er opgjort i kr. og indberettes kvartalsvis til økonomiafdelingen.'],
    ]);
    expect(analyseWorkbook(workbookOf(s), kk).tables).toEqual([]);
  });
});
