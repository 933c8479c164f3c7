import { analyseWorkbook } from '../analyse';
import { builtinTemplate } from '../templates/builtin';
import { sheetFromRows, workbookOf } from '../testing/sheetFromRows';

const generic = builtinTemplate('generic')!;

describe('table kinds and labels near a table', () => {
  it('reads a follow-up table: budget variants of a year, difference and percentage columns', () => {
    const { tables } = analyseWorkbook(
      workbookOf(
        sheetFromRows('S', [
          ['Resultatopgørelse (mio. kr.)', 'Oprindeligt budget 2025', 'Korrigeret budget 2025', 'Forventet regnskab 2025', 'Afvigelse', 'Afvigelse i %'],
          ['Økonomiudvalget', 357.9, 372.7, 368.2, -4.5, 0.012],
          ['Teknik- og Miljøudvalget', 61, 62.8, 64.2, 1.4, 0.023],
          ['I alt', 418.9, 435.5, 432.4, -3.1, 0.007],
        ]),
      ),
      generic,
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'followup', unit: 'mio. kr.' });
    expect(tables[0].columns.map((c) => c.role ?? 'amount')).toEqual(['amount', 'amount', 'amount', 'difference', 'nonAdditive']);
  });

  it('reads months as columns with quarter and year columns as totals of their months', () => {
    const { tables } = analyseWorkbook(
      workbookOf(sheetFromRows('S', [['Mio. kr.', 'Jan.', 'Feb.', 'Mar.', '1. kvt.', 'Hele året'], ['Drift', 1, 2, 3, 6, 6], ['Anlæg', 1, 1, 1, 3, 3], ['I alt', 2, 3, 4, 9, 9]])),
      generic,
    );
    expect(tables[0].kind).toBe('period');
    expect(tables[0].columnTotals).toEqual([
      { column: 3, memberColumns: [0, 1, 2] },
      // One quarter does not tile the year: the months are the only reading.
      { column: 4, memberColumns: [0, 1, 2] },
    ]);
  });

  it('reads the unit from a sentence three rows above, and a note below the table', () => {
    const { tables } = analyseWorkbook(
      workbookOf(
        sheetFromRows('S', [
          ['Alle investeringer er angivet i tusinde kr.'],
          ['Tabel 1. Anlæg'],
          [],
          ['Projekt', 2026, 2027],
          ['Skole', 100, 200],
          ['Hal', 50, 50],
          ['I alt', 150, 250],
        ]),
        sheetFromRows('T', [['Projekt', 2026, 2027], ['Skole', 100, 200], ['Hal', 50, 50], ['I alt', 150, 250], [], ['Anm.: Beløb i mio. kr., løbende priser']]),
      ),
      generic,
    );
    expect(tables.map((t) => [t.unit, t.label?.cell, t.title])).toEqual([
      ['t.kr.', 'A1', 'Tabel 1. Anlæg'],
      ['mio. kr.', 'A6', null],
    ]);
    expect(tables[1].label?.currentPrices).toBe(true);
  });

  it('keeps heraf and non-additive rows out of every total', () => {
    const { tables } = analyseWorkbook(
      workbookOf(sheetFromRows('S', [['1.000 kr. 2026 p/l', 2026, 2027], ['Drift', 100, 100], ['heraf løn', 80, 80], ['Antal årsværk', 2, 2], ['I alt', 100, 100]])),
      generic,
    );
    expect(tables[0].rows.map((r) => r.kind)).toEqual(['item', 'heraf', 'nonAdditive', 'total']);
    expect(tables[0].totals).toEqual([{ kind: 'block', totalRow: 3, memberRows: [0] }]);
  });
});

describe('a styringsområde column is never guessed from one label', () => {
  it('a state table over years whose row labels include "Overførsler" has no styringsområde column', () => {
    const kk = builtinTemplate('kk-ofs-2025-2026')!;
    const rows = [
      ['Mia. kr., løbende priser', 2014, 2015, 2016],
      ['Forbrug', 501.6, 510.2, 520.1],
      ['Overførsler', 334.3, 343.0, 350.2],
      ['Investeringer', 69.9, 69.6, 70.0],
      ['Renteudgifter', 30.5, 28.1, 27.0],
      ['Udgifter i alt', 936.3, 950.9, 967.3],
    ];
    for (const template of [generic, kk]) {
      const result = analyseWorkbook(workbookOf(sheetFromRows('S', rows)), template);
      expect(result.tables[0].styringsomraadeCol).toBeNull();
      // (The KK template still asks a table over its budget years for a styringsområde column: STYRINGSOMRAADE_MISSING.)
      expect(result.findings.filter((f) => f.rule === 'STYRINGSOMRAADE_UNKNOWN' || (template === generic && f.rule.startsWith('STYRINGSOMRAADE')))).toEqual([]);
    }
  });
});

describe('figures between 1990 and 2100 are not years', () => {
  it('a row of amounts shown "2.050 | 2.000 | 2.100" (t.kr.) under code headings is a row of the table', () => {
    const fmt = (v: number) => ({ v, numFmt: '#,##0' });
    const rows = [
      ['1.000 kr.', 'Bdg. 25', 'Rgsk. 25', 'Ovs. 26'],
      ['Skoler', fmt(5200), fmt(5100), fmt(5300)],
      ['Dagtilbud', fmt(2050), fmt(2000), fmt(2100)],
      ['Ældre', fmt(8100), fmt(8000), fmt(8200)],
      ['I alt', fmt(15350), fmt(15100), fmt(15600)],
    ];
    const result = analyseWorkbook(workbookOf(sheetFromRows('S', rows)), generic);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].rows.map((r) => r.label)).toEqual(['Skoler', 'Dagtilbud', 'Ældre', 'I alt']);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
