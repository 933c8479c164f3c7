import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { Cell, WorkbookGrid } from '../../core/model';
import { readXlsxBuffer, readXlsxFile } from './readXlsx';
import { flattenExcelJs, flattenGrid, removeTmp, sha256, writeTmp } from './__fixtures__/fixtures';

afterAll(() => removeTmp());

function cellAt(grid: WorkbookGrid, sheet: string, row: number, col: number): Cell | undefined {
  return grid.sheets.find((s) => s.name === sheet)?.rows.get(row)?.get(col);
}

/** A workbook with everything a proposal file may hold, written by ExcelJS's full API. */
async function richWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('BC01');
  ws.getCell('A1').value = 'Tabel 1. Forslagets samlede økonomiske konsekvenser';
  ws.mergeCells('A1:H1');
  ws.getRow(2).values = ['1.000 kr. 2027 p/l', 'Styringsområde', 2026, 2027, 2028, 2029, 2030, 2031];
  ws.getCell('A3').value = 'Implementeringsomkostninger';
  ws.getRow(4).values = ['Juridisk og datamæssig afklaring', 'Service', 209];
  ws.getRow(5).values = ['Afprøvning af IT-løsninger', 'Service', 418, 600];
  ws.getRow(6).values = ['Projektledelse, kommunikation, …', 'Servce', '418', '1.045,5'];
  ws.getRow(5).hidden = true;
  ws.getCell('A7').value = 'Samlede implementeringsomkostninger';
  ws.getCell('B7').value = 'Service';
  ws.getCell('C7').value = { formula: 'SUM(C4:C6)', result: 627 };
  ws.getCell('D7').value = { formula: 'SUM(D4:D6)', result: 600 };
  ws.getCell('E7').value = { formula: 'SUM(E4:E6)' }; // never calculated
  ws.getCell('F7').value = { formula: 'C7/0', result: { error: '#DIV/0!' } };
  ws.getCell('G7').value = { formula: 'IF(C7>0,"ja","nej")', result: 'ja' };
  ws.getCell('H7').value = { error: '#REF!' };
  ws.getCell('C8').value = { error: '#N/A' };
  ws.getCell('D8').value = { error: '#VALUE!' };
  for (const c of ['C4', 'C5', 'D5', 'C7', 'D7']) ws.getCell(c).numFmt = '#,##0';
  ws.getCell('E7').numFmt = '#,##0.0';
  ws.getCell('F7').numFmt = '0%';
  ws.getCell('A10').value = -1234.5678;
  ws.getCell('B10').value = 1e-10;
  ws.getCell('C10').value = 123456789012;
  ws.getCell('D10').value = true;
  ws.getCell('E10').value = false;
  ws.getCell('F10').value = new Date(Date.UTC(2026, 0, 15));
  ws.getCell('G10').value = new Date(Date.UTC(2027, 11, 31, 12, 30));
  ws.getCell('G10').numFmt = 'dd-mm-yyyy hh:mm';
  ws.getCell('H10').value = 0;
  ws.getCell('A11').value = 'Særtegn: <&> "citat" \'apostrof\' æøå ÆØÅ € 😀';
  ws.getCell('B11').value = { richText: [{ text: 'Fed ' , font: { bold: true } }, { text: 'og normal' }] };
  ws.getCell('C11').value = '  mellemrum  ';
  ws.getCell('D11').value = 'linje 1\nlinje 2';
  ws.getCell('AB1000').value = 'langt væk';
  ws.getCell('C12').value = 1045;
  ws.getCell('C12').numFmt = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-';
  // Shared formulas written by ExcelJS: master in C14, dependents in D14:H14.
  ws.getCell('C13').value = 1;
  ws.getCell('C14').value = { formula: 'C13*2+$C$13', result: 3 };
  for (const col of ['D', 'E', 'F', 'G', 'H']) {
    ws.getCell(`${col}13`).value = 1;
    ws.getCell(`${col}14`).value = { sharedFormula: 'C14', result: 3 };
  }
  ws.mergeCells('A16:B17');
  ws.getCell('A16').value = 'flettet';
  ws.getRow(20).hidden = true;
  ws.getCell('A20').value = 'skjult række';

  const hidden = wb.addWorksheet('Skjult', { state: 'hidden' });
  hidden.getCell('A1').value = 'hemmelig';
  const very = wb.addWorksheet('MegetSkjult', { state: 'veryHidden' });
  very.getCell('B2').value = 42;
  wb.addWorksheet('Tom');
  const ov = wb.addWorksheet('Oversigt & noter');
  ov.getRow(1).values = ['Udvalg', 'Forslag', 'Service'];
  ov.getRow(2).values = ['ØU', 'BC01', 1017];
  ov.getCell('C3').value = { formula: "SUM(C2)+'BC01'!C7", result: 1644 };
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer);
}

describe('readXlsxFile against ExcelJS full load', () => {
  let bytes: Buffer;
  let file: string;
  let grid: WorkbookGrid;

  beforeAll(async () => {
    bytes = await richWorkbook();
    file = writeTmp('rich.xlsx', bytes);
    grid = await readXlsxFile(file);
  });

  it('reads every sheet, cell, formula, merge, hidden row and number format as ExcelJS does', async () => {
    const expected = await flattenExcelJs(bytes);
    const actual = flattenGrid(grid);
    expect(actual.map((s) => s.name)).toEqual(['BC01', 'Skjult', 'MegetSkjult', 'Tom', 'Oversigt & noter']);
    expect(actual).toEqual(expected);
  });

  it('keeps sheet order and state', () => {
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ['BC01', 'visible'],
      ['Skjult', 'hidden'],
      ['MegetSkjult', 'veryHidden'],
      ['Tom', 'visible'],
      ['Oversigt & noter', 'visible'],
    ]);
    expect(grid.sheets[3].rows.size).toBe(0);
  });

  it('delivers typed values', () => {
    expect(cellAt(grid, 'BC01', 4, 3)).toEqual({ row: 4, col: 3, value: 209, numFmt: '#,##0' });
    expect(cellAt(grid, 'BC01', 6, 3)?.value).toBe('418'); // text stays text
    expect(cellAt(grid, 'BC01', 6, 4)?.value).toBe('1.045,5');
    expect(cellAt(grid, 'BC01', 7, 3)).toEqual({ row: 7, col: 3, value: 627, formula: 'SUM(C4:C6)', numFmt: '#,##0' });
    expect(cellAt(grid, 'BC01', 7, 5)).toEqual({ row: 7, col: 5, value: null, formula: 'SUM(E4:E6)', numFmt: '#,##0.0' });
    expect(cellAt(grid, 'BC01', 7, 6)?.value).toEqual({ error: '#DIV/0!' });
    expect(cellAt(grid, 'BC01', 7, 7)?.value).toBe('ja');
    expect(cellAt(grid, 'BC01', 7, 8)?.value).toEqual({ error: '#REF!' });
    expect(cellAt(grid, 'BC01', 10, 1)?.value).toBe(-1234.5678);
    expect(cellAt(grid, 'BC01', 10, 4)?.value).toBe(true);
    expect(cellAt(grid, 'BC01', 10, 5)?.value).toBe(false);
    expect(cellAt(grid, 'BC01', 10, 8)?.value).toBe(0);
    expect(cellAt(grid, 'BC01', 10, 6)?.value).toBe(46037); // a date stays Excel's serial; its numFmt says date
    expect(cellAt(grid, 'BC01', 11, 1)?.value).toBe('Særtegn: <&> "citat" \'apostrof\' æøå ÆØÅ € 😀');
    expect(cellAt(grid, 'BC01', 11, 2)?.value).toBe('Fed og normal');
    expect(cellAt(grid, 'BC01', 11, 3)?.value).toBe('  mellemrum  ');
    expect(cellAt(grid, 'BC01', 1000, 28)?.value).toBe('langt væk');
    expect(cellAt(grid, 'BC01', 14, 8)?.formula).toBe('H13*2+$C$13');
    expect(cellAt(grid, 'Oversigt & noter', 3, 3)?.formula).toBe("SUM(C2)+'BC01'!C7");
    // Merged-away cells and styled blanks are not in the grid.
    expect(cellAt(grid, 'BC01', 1, 2)).toBeUndefined();
    expect(cellAt(grid, 'BC01', 17, 2)).toBeUndefined();
  });

  it('reports merges and hidden rows', () => {
    const s = grid.sheets[0];
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 8 },
        { top: 16, left: 1, bottom: 17, right: 2 },
      ]),
    );
    expect([...s.hiddenRows].sort((a, b) => a - b)).toEqual([5, 20]);
  });

  it('reads the same from a buffer as from the file, and never changes the file', async () => {
    const before = sha256(file);
    const mtime = fs.statSync(file).mtimeMs;
    const fromBuffer = await readXlsxBuffer(bytes, 'rich.xlsx');
    expect(flattenGrid(fromBuffer)).toEqual(flattenGrid(grid));
    // Read through the file descriptor (as for files too big to hold), whole parts and streamed.
    const viaFd = await readXlsxFile(file, { inMemoryFileBytes: 0 });
    expect(flattenGrid(viaFd)).toEqual(flattenGrid(grid));
    const viaFdStreamed = await readXlsxFile(file, { inMemoryFileBytes: 0, wholePartBytes: 0 });
    expect(flattenGrid(viaFdStreamed)).toEqual(flattenGrid(grid));
    await readXlsxFile(file);
    expect(sha256(file)).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });
});

describe('readXlsxFile on a streaming-written workbook (inline strings, no shared strings)', () => {
  it('matches ExcelJS, including rich text in inline strings and str-typed text', async () => {
    const file = writeTmp('stream.xlsx', '');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
    const ws = wb.addWorksheet('Ark 1');
    ws.getRow(1).values = ['1000 kr p/l', 'Styringsområde', 2026, 2027];
    ws.getRow(2).values = ['Drift', 'Anlæg', 10.5, -3];
    ws.getCell('A3').value = { richText: [{ text: 'a' }, { text: 'b', font: { italic: true } }] };
    ws.getCell('C3').value = { formula: 'SUM(C2:C2)', result: 10.5 };
    ws.getCell('C2').numFmt = '0.0';
    ws.getRow(2).hidden = true;
    ws.getRow(1).commit();
    ws.getRow(2).commit();
    ws.getRow(3).commit();
    ws.commit();
    await wb.commit();
    const bytes = fs.readFileSync(file);
    const grid = await readXlsxFile(file);
    expect(flattenGrid(grid)).toEqual(await flattenExcelJs(bytes));
    expect(cellAt(grid, 'Ark 1', 3, 1)?.value).toBe('ab');
    expect(cellAt(grid, 'Ark 1', 2, 2)?.value).toBe('Anlæg');
    expect(grid.sheets[0].hiddenRows.has(2)).toBe(true);
  });
});
