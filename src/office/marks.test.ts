import type { Finding, Severity } from '../core/model';
import { MARKS_SHEET } from './constants';
import { FakeExcel, type FakeSeed } from './fake/excelFake';
import { gatewayOverFake } from './fake/fakeGateway';
import { MARK_FILLS } from './marks';

function finding(sheet: string, cell: string, severity: Severity = 'error'): Finding {
  return { rule: 'TOTAL_MISMATCH', severity, sheet, cell, params: {} };
}

function seed(): FakeSeed {
  return {
    sheets: [
      {
        name: 'BC01',
        cells: {
          A1: '1.000 kr. 2027 p/l',
          C3: 209, // no fill
          C4: { value: 418, fill: '#FFFFFF' }, // white, solid: not the same as no fill
          C5: { value: 418, fill: '#00B050' }, // a custom colour
          C6: { formula: 'SUM(C3:C5)', value: 1045, fill: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' },
          C7: { value: '=tekst', numFmt: '@' },
          D8: { fill: '#D9E1F2' }, // filled, empty
        },
      },
      { name: 'Oversigt', cells: { B2: 1017, B3: 'Service' } },
    ],
  };
}

const TARGETS = ['C3', 'C4', 'C5', 'C6', 'C7', 'D8', 'E9'];

describe('markFindings / clearMarks', () => {
  it('marks by severity and restores every fill exactly: no fill, white, custom, patterned — values untouched', async () => {
    const fake = new FakeExcel(seed());
    const gw = gatewayOverFake(fake);
    const fillsBefore = fake.fillSnapshot();
    const contentBefore = fake.contentSnapshot();
    const findings = [
      ...TARGETS.map((c) => finding('BC01', c, 'warning')),
      finding('BC01', 'C6', 'error'), // marked twice: the most severe colour wins, the original is kept once
      finding('BC01', '$C$3', 'info'),
      finding('Oversigt', 'B2', 'info'),
      finding('Findes ikke', 'A1'),
    ];
    expect(await gw.markFindings(findings)).toBe(TARGETS.length + 1);
    expect(fake.cell('BC01', 'C6').fill).toMatchObject({ color: MARK_FILLS.error, pattern: 'Solid' });
    expect(fake.cell('BC01', 'C3').fill).toMatchObject({ color: MARK_FILLS.warning, pattern: 'Solid' });
    expect(fake.cell('BC01', 'E9').fill).toMatchObject({ color: MARK_FILLS.warning });
    expect(fake.cell('Oversigt', 'B2').fill).toMatchObject({ color: MARK_FILLS.info });
    expect(fake.sheet(MARKS_SHEET).visibility).toBe('VeryHidden');
    expect(fake.activeSheetName()).toBe('BC01');
    // No value, formula or number format changed on the user's sheets.
    const during = fake.contentSnapshot();
    for (const key of Object.keys(during)) if (key.startsWith(`${MARKS_SHEET}!`)) delete during[key];
    expect(during).toEqual(contentBefore);

    expect(await gw.clearMarks()).toBe(TARGETS.length + 1);
    expect(fake.fillSnapshot()).toEqual(fillsBefore);
    const untinted = { tintAndShade: 0, patternTintAndShade: 0 };
    expect(fake.cell('BC01', 'C3').fill).toEqual({ color: null, pattern: 'None', patternColor: null, ...untinted });
    expect(fake.cell('BC01', 'C4').fill).toEqual({ color: '#FFFFFF', pattern: 'Solid', patternColor: null, ...untinted });
    expect(fake.cell('BC01', 'C6').fill).toEqual({ color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000', ...untinted });
    expect(fake.contentSnapshot()).toEqual(contentBefore);
    expect(fake.sheetNames()).toEqual(['BC01', 'Oversigt']);
  });

  it('marking a cell again (a second check) keeps the original fill saved the first time', async () => {
    const fake = new FakeExcel(seed());
    const gw = gatewayOverFake(fake);
    const before = fake.fillSnapshot();
    await gw.markFindings([finding('BC01', 'C5', 'warning'), finding('BC01', 'C4', 'info')]);
    await gw.markFindings([finding('BC01', 'C5', 'error'), finding('BC01', 'C3', 'error')]);
    expect(fake.cell('BC01', 'C5').fill.color).toBe(MARK_FILLS.error);
    expect(await gw.clearMarks()).toBe(3);
    expect(fake.fillSnapshot()).toEqual(before);
  });

  it('restores from the store saved in the workbook, in a fresh session after reopening', async () => {
    const first = new FakeExcel(seed());
    const before = first.fillSnapshot();
    const contentBefore = first.contentSnapshot();
    await gatewayOverFake(first).markFindings(TARGETS.map((c) => finding('BC01', c)));
    const reopened = first.reopen();
    expect(await gatewayOverFake(reopened).clearMarks()).toBe(TARGETS.length);
    expect(reopened.fillSnapshot()).toEqual(before);
    expect(reopened.contentSnapshot()).toEqual(contentBefore);
  });

  it('finds the sheet again after it was renamed (by its id)', async () => {
    const fake = new FakeExcel(seed());
    const before = fake.cell('BC01', 'C5').fill;
    const gw = gatewayOverFake(fake);
    await gw.markFindings([finding('BC01', 'C5')]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('BC01').name = 'BC01 (omdøbt)';
    });
    expect(await gw.clearMarks()).toBe(1);
    expect(fake.cell('BC01 (omdøbt)', 'C5').fill).toEqual(before);
  });

  it('leaves a fill the user chose after marking', async () => {
    const fake = new FakeExcel(seed());
    const gw = gatewayOverFake(fake);
    await gw.markFindings([finding('BC01', 'C3'), finding('BC01', 'C5')]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('BC01').getRange('C3').format.fill.color = '#7030A0';
    });
    expect(await gw.clearMarks()).toBe(1);
    expect(fake.cell('BC01', 'C3').fill.color).toBe('#7030A0');
    expect(fake.cell('BC01', 'C5').fill.color).toBe('#00B050');
  });

  it('costs a fixed number of syncs, whatever the number of cells', async () => {
    const cells = Array.from({ length: 600 }, (_, i) => `B${i + 1}`);
    const one = new FakeExcel(seed());
    await gatewayOverFake(one).markFindings([finding('BC01', 'C3')]);
    const many = new FakeExcel(seed());
    await gatewayOverFake(many).markFindings(cells.map((c) => finding('Oversigt', c)));
    expect(many.syncCount).toBe(one.syncCount);
    expect(one.syncCount).toBeLessThanOrEqual(3);
    one.resetCounters();
    many.resetCounters();
    await gatewayOverFake(one).clearMarks();
    await gatewayOverFake(many).clearMarks();
    expect(many.syncCount).toBe(one.syncCount);
    expect(one.syncCount).toBeLessThanOrEqual(4);
    expect(many.syncLog.every((s) => s.ok)).toBe(true);
  });

  it('the store sheet is not read as part of the workbook, and clearing without marks does nothing', async () => {
    const fake = new FakeExcel(seed());
    const gw = gatewayOverFake(fake);
    expect(await gw.clearMarks()).toBe(0);
    await gw.markFindings([finding('BC01', 'C3')]);
    const { workbook } = await gw.readWorkbook('workbook');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['BC01', 'Oversigt']);
  });

  it('refuses to use a sheet of that name that is not its own store', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'BC01', cells: { A1: 1 } }, { name: MARKS_SHEET, cells: { A1: 'mine' } }] });
    const gw = gatewayOverFake(fake);
    await expect(gw.markFindings([finding('BC01', 'A1')])).rejects.toThrow(/ikke Budgettjeks/);
    expect(fake.cell('BC01', 'A1').fill.pattern).toBe('None');
    expect(await gw.clearMarks()).toBe(0);
    expect(fake.cell(MARKS_SHEET, 'A1').value).toBe('mine');
  });

  it('on a host without ExcelApi 1.9 (no fill.pattern) treats "#FFFFFF" as no fill', async () => {
    const fake = new FakeExcel({ ...seed(), excelApi: '1.8' });
    const gw = gatewayOverFake(fake);
    await gw.markFindings([finding('BC01', 'C3'), finding('BC01', 'C5')]);
    expect(await gw.clearMarks()).toBe(2);
    expect(fake.cell('BC01', 'C3').fill.pattern).toBe('None');
    expect(fake.cell('BC01', 'C5').fill.color).toBe('#00B050');
  });
  it('marks made on a host with ExcelApi 1.9 are cleared on one without it: colour back, no pattern written', async () => {
    const marking = new FakeExcel(seed());
    await gatewayOverFake(marking).markFindings([finding('BC01', 'C6')]);
    // The same workbook opened in an older Excel (no fill.pattern: setting it would throw there).
    const older = new FakeExcel(marking.state, { excelApi: '1.8' });
    expect(await gatewayOverFake(older).clearMarks()).toBe(1);
    expect(older.cell('BC01', 'C6').fill).toMatchObject({ color: '#FFFF00', pattern: 'Solid' });
  });

  it('restores tints (a theme colour lightened 40 %, a tinted pattern colour) and marks untinted', async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'BC01',
          cells: {
            C3: { value: 1, fill: '#4472C4', tintAndShade: 0.4 },
            C4: { value: 2, fill: '#FFFF00', pattern: 'Gray25', patternColor: '#ED7D31', patternTintAndShade: -0.25 },
          },
        },
      ],
    });
    const gw = gatewayOverFake(fake);
    const before = fake.fillSnapshot();
    await gw.markFindings([finding('BC01', 'C3'), finding('BC01', 'C4')]);
    expect(fake.cell('BC01', 'C3').fill).toMatchObject({ color: MARK_FILLS.error, tintAndShade: 0 });
    expect(await gw.clearMarks()).toBe(2);
    expect(fake.fillSnapshot()).toEqual(before);
  });
});

describe('protected sheets and workbook structure', () => {
  const protectedSeed = (opts: { sheet?: boolean; structure?: boolean }): FakeSeed => ({
    sheets: [{ ...seed().sheets[0], protected: opts.sheet }, seed().sheets[1]],
    structureProtected: opts.structure,
  });

  it('the check still runs on a protected sheet in a protected workbook', async () => {
    const fake = new FakeExcel(protectedSeed({ sheet: true, structure: true }));
    const { workbook } = await gatewayOverFake(fake).readWorkbook('workbook');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['BC01', 'Oversigt']);
  });

  it('marking a protected sheet says so in Danish before anything is written', async () => {
    const fake = new FakeExcel(protectedSeed({ sheet: true }));
    const fills = fake.fillSnapshot();
    const names = fake.sheetNames();
    await expect(gatewayOverFake(fake).markFindings([finding('Oversigt', 'B2'), finding('BC01', 'C3')])).rejects.toThrow(/Arket "BC01" er beskyttet.*Intet er ændret/);
    expect(fake.fillSnapshot()).toEqual(fills); // not even the unprotected sheet was marked
    expect(fake.sheetNames()).toEqual(names); // no store sheet left behind
  });

  it('a protected workbook structure stops marking, the report and the converted sheet before anything is written', async () => {
    const fake = new FakeExcel(protectedSeed({ structure: true }));
    const gw = gatewayOverFake(fake);
    const fills = fake.fillSnapshot();
    const names = fake.sheetNames();
    await expect(gw.markFindings([finding('BC01', 'C3')])).rejects.toThrow(/Projektmappens struktur er beskyttet/);
    await expect(gw.writeReport({ tables: [], findings: [finding('BC01', 'C3')] }, 'da')).rejects.toThrow(/Projektmappens struktur er beskyttet.*rapportarket/);
    await expect(gw.writeNewSheet('Omregnet', [{ address: 'A1', value: 'x' }])).rejects.toThrow(/Projektmappens struktur er beskyttet.*omregnede tabel/);
    expect(fake.fillSnapshot()).toEqual(fills);
    expect(fake.sheetNames()).toEqual(names);
  });

  it('removing marks from a sheet protected since marking says so and changes nothing', async () => {
    const fake = new FakeExcel(seed());
    const gw = gatewayOverFake(fake);
    await gw.markFindings([finding('BC01', 'C3')]);
    fake.sheet('BC01').protected = true;
    const fills = fake.fillSnapshot();
    await expect(gw.clearMarks()).rejects.toThrow(/Arket "BC01" er beskyttet.*fjerne markeringerne/);
    expect(fake.fillSnapshot()).toEqual(fills);
    expect(fake.sheetNames()).toContain(MARKS_SHEET);
  });
});
