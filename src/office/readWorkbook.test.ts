import type { FakeScalar, FakeSeed, FakeSeedCell, FakeSeedSheet } from './fake/excelFake';
import { FakeExcel } from './fake/excelFake';
import { gatewayOverFake } from './fake/fakeGateway';
import { PANE_MAX_CELLS, SheetTooLargeError, toCell } from './readWorkbook';
import { DEFAULT_READ_LIMITS } from '../readers/xlsx/limits';

/** A small proposal table (6 rows × 8 columns). */
function table(): Array<Array<FakeSeedCell | FakeScalar>> {
  return [
    ['1.000 kr. 2027 p/l', 'Styringsområde', 2026, 2027, 2028, 2029, 2030, 2031],
    ['Implementeringsomkostninger', null, null, null, null, null, null, null],
    ['Juridisk afklaring', 'Service', 209, null, null, null, null, null],
    ['Afprøvning', 'Service', 418, 600, null, null, null, null],
    ['Projektledelse', 'Service', 418, 400, null, null, null, null],
    ['Samlede implementeringsomkostninger', 'Service', { formula: 'SUM(C3:C5)', value: 1045 }, 1000, null, null, null, null],
  ];
}

function sheetWithTables(name: string, count: number): FakeSeedSheet {
  const rows: Array<Array<FakeSeedCell | FakeScalar>> = [];
  for (let i = 0; i < count; i++) rows.push(...table(), []);
  return { name, rows };
}

async function syncsToRead(seed: FakeSeed, scope: 'workbook' | 'sheet' = 'workbook'): Promise<number> {
  const fake = new FakeExcel(seed);
  await gatewayOverFake(fake).readWorkbook(scope);
  return fake.syncCount;
}

describe('readWorkbook', () => {
  it('reads Excel tables (range, header and totals rows, columns) and defined names of both scopes, in one more sync', async () => {
    const seed: FakeSeed = {
      sheets: [
        {
          name: 'BC01',
          rows: [
            ['1.000 kr. 2027 p/l', 'Styringsområde', '2026'],
            ['Løn', 'Service', 100],
            ['Drift', 'Service', 200],
            ['I alt', null, { formula: 'SUBTOTAL(109,Tabel1[2026])', value: 300 }],
          ],
          tables: [{ name: 'Tabel1', range: 'A1:C4', showTotals: true, columns: ['1.000 kr. 2027 p/l', 'Styringsområde', '2026'] }],
        },
        { name: 'BC02', cells: { A1: 'x' } },
      ],
      names: [
        { name: 'Udgifter', formula: '=BC01!$C$2:$C$3' },
        { name: 'Udgifter', formula: '=BC01!$C$2', sheet: 'BC02' },
        { name: 'Sats', formula: '=0.25' },
      ],
    };
    const fake = new FakeExcel(seed);
    const { workbook } = await gatewayOverFake(fake).readWorkbook('workbook');
    expect(workbook.sheets[0].excelTables).toEqual([
      { name: 'Tabel1', range: { top: 1, left: 1, bottom: 4, right: 3 }, headerRowCount: 1, totalsRowCount: 1, columns: ['1.000 kr. 2027 p/l', 'Styringsområde', '2026'] },
    ]);
    expect(workbook.sheets[1].excelTables).toBeUndefined();
    // A constant ("Sats") is no range: left out.
    expect(workbook.definedNames).toEqual([
      { name: 'Udgifter', refersTo: 'BC01!$C$2:$C$3' },
      { name: 'Udgifter', refersTo: 'BC01!$C$2', sheet: 'BC02' },
    ]);
    // The tables cost one sync; a workbook without them reads as before.
    const without = await syncsToRead({ ...seed, sheets: seed.sheets.map((s) => ({ ...s, tables: [] })) });
    expect(fake.syncCount).toBe(without + 1);
    // Scope "sheet" reads the active sheet's tables and names too.
    const sheetOnly = (await gatewayOverFake(new FakeExcel({ ...seed, activeSheet: 'BC02' })).readWorkbook('sheet')).workbook;
    expect(sheetOnly.definedNames?.map((n) => n.sheet ?? '')).toEqual(['', 'BC02']);
  });

  it('turns Office values into core cells: numbers, text, formulas without "=", cached results, errors, formats, merges', async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'BC01',
          cells: {
            A1: 'Tabel 1',
            B2: 209,
            B3: { value: 1045, numFmt: '#,##0' },
            B4: { formula: 'SUM(B2:B3)', value: 1254 },
            B5: { formula: 'B9', error: '#REF!' },
            B6: { error: '#VALUE!' },
            B7: { value: '=ikke en formel', numFmt: '@' },
            B8: true,
            C2: { fill: '#FFFF00' }, // format only: not a cell
          },
          merges: ['A1:C1'],
        },
        { name: 'Skjult', visibility: 'Hidden', cells: { A1: 'x' } },
        { name: 'Tomt' },
      ],
      activeSheet: 'BC01',
    });
    const { workbook, activeSheet } = await gatewayOverFake(fake).readWorkbook('workbook');
    expect(activeSheet).toBe('BC01');
    expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ['BC01', 'visible'],
      ['Skjult', 'hidden'],
      ['Tomt', 'visible'],
    ]);
    const bc = workbook.sheets[0];
    const at = (r: number, c: number) => bc.rows.get(r)?.get(c);
    expect(at(1, 1)).toEqual({ row: 1, col: 1, value: 'Tabel 1' });
    expect(at(2, 2)).toEqual({ row: 2, col: 2, value: 209 });
    expect(at(3, 2)).toEqual({ row: 3, col: 2, value: 1045, numFmt: '#,##0' });
    expect(at(4, 2)).toEqual({ row: 4, col: 2, value: 1254, formula: 'SUM(B2:B3)' });
    expect(at(5, 2)).toEqual({ row: 5, col: 2, value: { error: '#REF!' }, formula: 'B9' });
    expect(at(6, 2)).toEqual({ row: 6, col: 2, value: { error: '#VALUE!' } });
    expect(at(7, 2)).toEqual({ row: 7, col: 2, value: '=ikke en formel', numFmt: '@' });
    expect(at(8, 2)).toEqual({ row: 8, col: 2, value: true });
    expect(at(2, 3)).toBeUndefined();
    expect(at(2, 1)).toBeUndefined();
    expect(bc.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(workbook.sheets[2].rows.size).toBe(0);
  });

  it('takes the same number of syncs for 1 table as for 100 tables', async () => {
    const one = await syncsToRead({ sheets: [sheetWithTables('Ark', 1)] });
    const hundred = await syncsToRead({ sheets: [sheetWithTables('Ark', 100)] });
    expect(hundred).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });

  it('takes the same number of syncs for 1 sheet as for 50 small sheets', async () => {
    const one = await syncsToRead({ sheets: [sheetWithTables('BC1', 2)] });
    const fifty = await syncsToRead({ sheets: Array.from({ length: 50 }, (_, i) => sheetWithTables(`BC${i + 1}`, 2)) });
    expect(fifty).toBe(one);
    const sheetScope = await syncsToRead({ sheets: Array.from({ length: 50 }, (_, i) => sheetWithTables(`BC${i + 1}`, 2)) }, 'sheet');
    expect(sheetScope).toBeLessThanOrEqual(2);
  });

  it('reads a large used range in chunks, every sync under 5 MB, losing no cell', async () => {
    const rowsCount = 60000;
    const cols = 8;
    const rows = Array.from({ length: rowsCount }, (_, i) => Array.from({ length: cols }, (_, j) => (j === 0 ? `Række ${i + 1}` : i * 10 + j + 0.5)));
    const fake = new FakeExcel({ sheets: [{ name: 'Stor', rows }, sheetWithTables('Lille', 1)] });
    const progress: number[] = [];
    const { workbook } = await gatewayOverFake(fake).readWorkbook('workbook', (p) => progress.push(p.done));
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.syncLog.every((s) => s.ok)).toBe(true);
    expect(Math.max(...fake.syncLog.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
    const stor = workbook.sheets[0];
    expect(stor.rows.size).toBe(rowsCount);
    expect(stor.rows.get(rowsCount)?.get(cols)?.value).toBe((rowsCount - 1) * 10 + cols - 1 + 0.5);
    expect(stor.rows.get(1)?.get(1)?.value).toBe('Række 1');
    expect(workbook.sheets[1].rows.get(6)?.get(3)).toMatchObject({ value: 1045, formula: 'SUM(C3:C5)' });
    expect(progress[progress.length - 1]).toBeGreaterThan(1);
  }, 60000);

  it('splits and retries a batch the host refuses as too large (long texts), and still reads every cell', async () => {
    const long = 'x'.repeat(400);
    const rows = Array.from({ length: 4000 }, (_, i) => Array.from({ length: 5 }, (_, j) => `${long}${i}-${j}`));
    const fake = new FakeExcel({ sheets: [{ name: 'Tekst', rows }] });
    const { workbook } = await gatewayOverFake(fake).readWorkbook('sheet');
    const refused = fake.syncLog.filter((s) => !s.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncLog.filter((s) => s.ok).every((s) => s.responseBytes < 5 * 1024 * 1024)).toBe(true);
    const grid = workbook.sheets[0];
    expect(grid.rows.size).toBe(4000);
    expect(grid.rows.get(4000)?.get(5)?.value).toBe(`${long}3999-4`);
  }, 60000);

  it('scope "sheet" reads only the active sheet; "selection" only the selected cells', async () => {
    const seed: FakeSeed = {
      sheets: [sheetWithTables('BC01', 1), sheetWithTables('BC02', 1)],
      selection: { sheet: 'BC02', address: 'B3:C4' },
    };
    const fake = new FakeExcel(seed);
    const gw = gatewayOverFake(fake);
    const sheet = await gw.readWorkbook('sheet');
    expect(sheet.activeSheet).toBe('BC02');
    expect(sheet.workbook.sheets.map((s) => s.name)).toEqual(['BC02']);
    expect(sheet.workbook.sheets[0].rows.get(6)?.get(3)?.value).toBe(1045);
    // The core must know the grid is only part of the workbook (no "proposal not found" for the rest).
    expect(sheet.workbook.partial).toBe(true);
    expect((await gw.readWorkbook('workbook')).workbook.partial).toBeUndefined();

    const sel = await gw.readWorkbook('selection');
    expect(sel.workbook.partial).toBe(true);
    const cells = [...sel.workbook.sheets[0].rows.values()].flatMap((r) => [...r.values()]);
    expect(cells.map((c) => [c.row, c.col, c.value])).toEqual([
      [3, 2, 'Service'],
      [3, 3, 209],
      [4, 2, 'Service'],
      [4, 3, 418],
    ]);
  });

  it('selection of whole columns is cut to the used range', async () => {
    const fake = new FakeExcel({ sheets: [sheetWithTables('BC01', 1)], selection: { sheet: 'BC01', address: 'C:C' } });
    const sel = await gatewayOverFake(fake).readWorkbook('selection');
    const rows = [...sel.workbook.sheets[0].rows.keys()];
    expect(Math.max(...rows)).toBe(6);
    expect(fake.syncLog.every((s) => s.ok)).toBe(true);
  });

  it('on a host without ExcelApi 1.13 reads the cells without merged areas', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'A', cells: { A1: 'Titel', B2: 1 }, merges: ['A1:C1'] }], excelApi: '1.12' });
    const { workbook } = await gatewayOverFake(fake).readWorkbook('sheet');
    expect(workbook.sheets[0].merges).toEqual([]);
    expect(workbook.sheets[0].rows.get(2)?.get(2)?.value).toBe(1);
    expect(fake.syncLog.every((s) => s.ok)).toBe(true);
  });

  it('reads hidden rows as the file reader does, with one more sync only when a chunk has some', async () => {
    const plain = { name: 'Ark', rows: table() };
    const fake = new FakeExcel({ sheets: [{ ...plain, hiddenRows: [4, 40] }, { name: 'Alle', rows: [[1], [2]], hiddenRows: [1, 2] }] });
    const { workbook } = await gatewayOverFake(fake).readWorkbook('workbook');
    expect([...workbook.sheets[0].hiddenRows]).toEqual([4]); // row 40 is outside the used range
    expect([...workbook.sheets[1].hiddenRows].sort()).toEqual([1, 2]); // a wholly hidden chunk needs no visible view
    const without = await syncsToRead({ sheets: [plain] });
    const withHidden = await syncsToRead({ sheets: [{ ...plain, hiddenRows: [4] }] });
    expect(withHidden).toBe(without + 1);
    // Small chunks: one extra sync for all the partly hidden ones together (as long as their addresses fit in one).
    const manyChunks = new FakeExcel({ sheets: [{ ...sheetWithTables('Ark', 50), hiddenRows: [4, 100] }] }); // two chunks of 20 rows
    await gatewayOverFake(manyChunks, { read: { budgetBytes: 64 * 8 * 20 } }).readWorkbook('workbook');
    const fewChunks = new FakeExcel({ sheets: [sheetWithTables('Ark', 50)] });
    await gatewayOverFake(fewChunks, { read: { budgetBytes: 64 * 8 * 20 } }).readWorkbook('workbook');
    expect(manyChunks.syncCount).toBe(fewChunks.syncCount + 1);
  });

  it('toCell: a formula returning "" reads as the file reader reads it (value ""); an empty cell is no cell', () => {
    expect(toCell(1, 1, '', '=IF(A2>0;"";1)', 'String', 'General')).toEqual({ row: 1, col: 1, value: '', formula: 'IF(A2>0;"";1)' });
    expect(toCell(1, 1, '', '=IF(A2>0;"";1)', 'Empty', 'General')).toEqual({ row: 1, col: 1, value: '', formula: 'IF(A2>0;"";1)' });
    expect(toCell(1, 1, '', '', 'Empty', 'General')).toBeNull();
    expect(toCell(1, 1, '#N/A', '#N/A', 'Error', 'General')).toEqual({ row: 1, col: 1, value: { error: '#N/A' } });
  });
});

describe('readWorkbook: a sheet beyond the cell limit', () => {
  it('is refused before any cell is read, naming the sheet and its used range (A1 and XFD1048576)', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Beløb', XFD1048576: 1 } }] });
    const err = await gatewayOverFake(fake)
      .readWorkbook('sheet')
      .then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(SheetTooLargeError);
    expect((err as Error).message).toMatch(/^Arket "Budget" er for stort til at blive tjekket: det brugte område A1:XFD1048576 spænder over 17\.179\.869\.184 celler, og grænsen er 5\.000\.000\./);
    // One sync: the sheet and its used range; no cell values were asked for.
    expect(fake.syncCount).toBe(1);
    expect(fake.syncLog.length).toBeLessThanOrEqual(1);
  });

  it('the whole workbook: the oversized sheet is named, the others are not read either', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Lille', cells: { A1: 1 } }, { name: 'Stor', cells: { A1: 1, Z300000: 2 } }] });
    await expect(gatewayOverFake(fake, { read: { maxCells: 1_000_000 } }).readWorkbook('workbook')).rejects.toThrow(/Arket "Stor" .* A1:Z300000 spænder over 7\.800\.000 celler, og grænsen er 1\.000\.000/);
  });

  it('a sheet at the limit is read', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Ark1', cells: { A1: 'x', B2: 3 } }] });
    const { workbook } = await gatewayOverFake(fake, { read: { maxCells: 4 } }).readWorkbook('sheet');
    expect(workbook.sheets[0].name).toBe('Ark1');
  });

  it('an Excel table over the whole sheet (A1:XFD1048576) is handed on fitted to the cells read, as the file reader fits it', async () => {
    const columns = Array.from({ length: 16_384 }, (_, i) => (i === 0 ? 'Post' : i === 1 ? 'Beløb' : `Kolonne${i + 1}`));
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'Budget',
          rows: [
            ['Post', 'Beløb'],
            ['Løn', 100],
            ['Husleje', 200],
          ],
          tables: [
            { name: 'Hele', range: 'A1:XFD1048576', columns },
            { name: 'MedTotal', range: 'A1:B900000', showTotals: true, columns: ['Post', 'Beløb'] },
          ],
        },
      ],
    });
    const { workbook } = await gatewayOverFake(fake).readWorkbook('sheet');
    expect(workbook.sheets[0].excelTables).toEqual([
      { name: 'Hele', range: { top: 1, left: 1, bottom: 3, right: 2 }, headerRowCount: 1, totalsRowCount: 0, columns: ['Post', 'Beløb'] },
      { name: 'MedTotal', range: { top: 1, left: 1, bottom: 4, right: 2 }, headerRowCount: 1, totalsRowCount: 1, columns: ['Post', 'Beløb'] },
    ]);
  });

  it('a used range beyond the limit is refused before the Excel tables are read', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Post', XFD1048576: 1 }, tables: [{ name: 'T', range: 'A1:B2', columns: ['Post', 'Beløb'] }] }] });
    await expect(gatewayOverFake(fake).readWorkbook('sheet')).rejects.toBeInstanceOf(SheetTooLargeError);
    expect(fake.syncCount).toBe(1);
  });

  it('is the file reader’s limit', () => {
    expect(PANE_MAX_CELLS).toBe(DEFAULT_READ_LIMITS.maxCells);
  });
});
