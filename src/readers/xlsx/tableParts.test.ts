/**
 * Excel table parts whose range claims far more than the sheet holds (a hostile `ref` of
 * A1:XFD1048576): the reader hands on the range fitted to the sheet's cells, so whoever reads the
 * table never walks empty rows and columns by the billion.
 */
import type { ExcelTablePart } from '../../core/model';
import { readXlsxBuffer } from './readXlsx';
import { fitTableToSheet, sheetExtent } from '../../core/excelTableFit';
import { handWorkbookParts, zipParts } from './__fixtures__/fixtures';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function table(ref: { top: number; left: number; bottom: number; right: number }, columns: number, totalsRowCount = 0): ExcelTablePart {
  return { name: 'T', range: ref, headerRowCount: 1, totalsRowCount, columns: Array.from({ length: columns }, (_, k) => `K${k}`) };
}

describe('fitTableToSheet', () => {
  test('a whole-sheet range becomes the cells the sheet holds', () => {
    const fitted = fitTableToSheet(table({ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }, 16_384), { bottom: 3, right: 2 });
    expect(fitted.range).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
    expect(fitted.columns).toEqual(['K0', 'K1']);
  });

  test('a totals row stays one row below the last data row', () => {
    const fitted = fitTableToSheet(table({ top: 2, left: 1, bottom: 900_000, right: 2 }, 2, 1), { bottom: 5, right: 2 });
    expect(fitted.range).toEqual({ top: 2, left: 1, bottom: 6, right: 2 });
  });

  test('a range inside the sheet is handed on as it is', () => {
    const t = table({ top: 1, left: 2, bottom: 4, right: 3 }, 2, 1);
    expect(fitTableToSheet(t, { bottom: 10, right: 10 })).toBe(t);
  });

  test('a table right of or below every cell keeps its first row and column only', () => {
    expect(fitTableToSheet(table({ top: 50, left: 30, bottom: 1_048_576, right: 16_384 }, 5), { bottom: 3, right: 2 }).range).toEqual({ top: 50, left: 30, bottom: 50, right: 30 });
  });

  test('sheetExtent is the last row and column holding a cell', () => {
    const rows = new Map([
      [2, new Map([[7, 1]])],
      [9, new Map([[1, 1]])],
      [12, new Map()],
    ]);
    expect(sheetExtent(rows)).toEqual({ bottom: 9, right: 7 });
    expect(sheetExtent(new Map())).toEqual({ bottom: 0, right: 0 });
  });
});

test('a table part claiming A1:XFD1048576 reads as the sheet’s three rows and two columns', async () => {
  const parts: Record<string, string> = handWorkbookParts([
    {
      name: 'Ark1',
      sheetData:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Post</t></is></c><c r="B1" t="inlineStr"><is><t>Beløb</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Løn</t></is></c><c r="B2"><v>100</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Husleje</t></is></c><c r="B3"><v>200</v></c></row>',
      after: '<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts>',
    },
  ]);
  parts['xl/worksheets/_rels/sheet1.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdT1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`;
  parts['xl/tables/table1.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${NS}" id="1" name="T" displayName="T" ref="A1:XFD1048576">` +
    `<tableColumns count="5000">${Array.from({ length: 5000 }, (_, k) => `<tableColumn id="${k + 1}" name="${k === 1 ? 'Beløb' : `K${k}`}"/>`).join('')}</tableColumns></table>`;
  const grid = await readXlsxBuffer(await zipParts(parts), 'tabel.xlsx');
  const [part] = grid.sheets[0].excelTables ?? [];
  expect(part.range).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
  expect(part.columns).toEqual(['K0', 'Beløb']);
});
