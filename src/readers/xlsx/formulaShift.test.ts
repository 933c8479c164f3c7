import ExcelJS from 'exceljs';
import { readXlsxBuffer } from './readXlsx';
import { shiftFormula, SharedFormula } from './formulaShift';
import { flattenExcelJs, flattenGrid, handWorkbookParts, zipParts } from './__fixtures__/fixtures';

describe('shiftFormula', () => {
  it.each([
    ['A1', 1, 1, 'B2'],
    ['SUM(C4:C8)', 0, 1, 'SUM(D4:D8)'],
    ['SUM(C4:C8)', 2, 0, 'SUM(C6:C10)'],
    ['$A$1+A$1+$A1+A1', 2, 3, '$A$1+D$1+$A3+D3'],
    ['SUM(A:A)', 5, 2, 'SUM(C:C)'],
    ['SUM($A:B)', 5, 2, 'SUM($A:D)'],
    ['SUM(3:4)', 2, 7, 'SUM(5:6)'],
    ['SUM($3:4)', 2, 7, 'SUM($3:6)'],
    ["'Budget 2027'!C5*Sheet2!A1", 1, 1, "'Budget 2027'!D6*Sheet2!B2"],
    ["'It''s A1'!B2", 1, 0, "'It''s A1'!B3"],
    ['IF(A1="A1","B2",C3)', 1, 1, 'IF(B2="A1","B2",D4)'],
    ['"say ""A1"""&B1', 0, 1, '"say ""A1"""&C1'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['_xlfn.XLOOKUP(A1,B:B,C:C)', 1, 1, '_xlfn.XLOOKUP(B2,C:C,D:D)'],
    ['Table1[[#This Row],[B1]]*A1', 1, 0, 'Table1[[#This Row],[B1]]*A2'],
    ['[1]Ark1!A1+TRUE+FALSE', 1, 0, '[1]Ark1!A2+TRUE+FALSE'],
    ['#REF!+A1', 0, 1, '#REF!+B1'],
    ['1.5E+3*A1+0.5', 1, 0, '1.5E+3*A2+0.5'],
    ['Tax_2026*A1', 1, 0, 'Tax_2026*A2'],
    ['XFD1+A1048576', 0, 0, 'XFD1+A1048576'],
    ['ROUND(C7/1.028,0)', 3, 0, 'ROUND(C10/1.028,0)'],
    ['A1 B1', 1, 0, 'A2 B2'],
    ['A2-A1', -1, 0, 'A1-#REF!'],
    ['XFD1', 0, 1, '#REF!'],
    ['ABCD1+A1', 0, 1, 'ABCD1+B1'],
  ])('%s moved by (%i rows, %i cols) is %s', (f, dr, dc, expected) => {
    expect(shiftFormula(f, dr, dc)).toBe(expected);
  });

  it('returns the master text for the master cell and translates for others', () => {
    const master = new SharedFormula('SUM(C$4:C8)*$B2', 9, 3);
    expect(master.formulaAt(9, 3)).toBe('SUM(C$4:C8)*$B2');
    expect(master.formulaAt(9, 4)).toBe('SUM(D$4:D8)*$B2');
    expect(master.formulaAt(11, 5)).toBe('SUM(E$4:E10)*$B4');
  });
});

describe('shared formulas in a hand-made workbook', () => {
  // Master D2 = SUM(A2:C2)*$F$1 shared over D2:D5; master A7 = A$6+B6 shared over A7:C8.
  const sheetData =
    '<row r="1"><c r="F1"><v>2</v></c></row>' +
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c>' +
    '<c r="D2"><f t="shared" ref="D2:D5" si="0">SUM(A2:C2)*$F$1</f><v>12</v></c></row>' +
    '<row r="3"><c r="A3"><v>1</v></c><c r="D3"><f t="shared" si="0"/><v>2</v></c></row>' +
    '<row r="4"><c r="D4"><f t="shared" si="0"/><v>5</v></c></row>' +
    '<row r="5"><c r="D5"><f t="shared" si="0"/></c></row>' +
    '<row r="6"><c r="A6"><v>1</v></c><c r="B6"><v>1</v></c><c r="C6"><v>1</v></c><c r="D6"><v>1</v></c></row>' +
    '<row r="7"><c r="A7"><f t="shared" ref="A7:C8" si="1">A$6+B6</f><v>2</v></c>' +
    '<c r="B7"><f t="shared" si="1"/><v>2</v></c><c r="C7"><f t="shared" si="1"/><v>2</v></c></row>' +
    '<row r="8"><c r="A8"><f t="shared" si="1"/><v>3</v></c><c r="B8" t="e"><f t="shared" si="1"/><v>#VALUE!</v></c>' +
    '<c r="C8" t="str"><f t="shared" si="1"/><v>x</v></c></row>';

  it('translates each dependent from the master, as ExcelJS does', async () => {
    const buf = await zipParts(handWorkbookParts([{ name: 'Delt', sheetData }]));
    const grid = await readXlsxBuffer(buf, 'shared.xlsx');
    const rows = grid.sheets[0].rows;
    expect(rows.get(2)?.get(4)?.formula).toBe('SUM(A2:C2)*$F$1');
    expect(rows.get(3)?.get(4)).toEqual({ row: 3, col: 4, value: 2, formula: 'SUM(A3:C3)*$F$1' });
    expect(rows.get(4)?.get(4)?.formula).toBe('SUM(A4:C4)*$F$1');
    expect(rows.get(5)?.get(4)).toEqual({ row: 5, col: 4, value: null, formula: 'SUM(A5:C5)*$F$1' });
    expect(rows.get(7)?.get(2)?.formula).toBe('B$6+C6');
    expect(rows.get(7)?.get(3)?.formula).toBe('C$6+D6');
    expect(rows.get(8)?.get(1)?.formula).toBe('A$6+B7');
    expect(rows.get(8)?.get(2)).toEqual({ row: 8, col: 2, value: { error: '#VALUE!' }, formula: 'B$6+C7' });
    expect(rows.get(8)?.get(3)).toEqual({ row: 8, col: 3, value: 'x', formula: 'C$6+D7' });
    expect(flattenGrid(grid)[0].cells).toEqual((await flattenExcelJs(buf))[0].cells);
  });

  it('agrees with ExcelJS on shared formulas ExcelJS itself wrote', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('B2').value = { formula: "SUM(B$1:B1)+'S'!$A1", result: 7 };
    for (const addr of ['C2', 'D2', 'B3', 'C3', 'D3']) ws.getCell(addr).value = { sharedFormula: 'B2', result: 7 };
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const ours = flattenGrid(await readXlsxBuffer(buf, 's.xlsx'))[0].cells;
    expect(ours).toEqual((await flattenExcelJs(buf))[0].cells);
    expect(ours.D3.formula).toBe("SUM(D$1:D2)+'S'!$A2");
  });

  it('keeps a cached result of 0 (ExcelJS full load drops it)', async () => {
    const buf = await zipParts(
      handWorkbookParts([{ name: 'Nul', sheetData: '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c></row>' }]),
    );
    const grid = await readXlsxBuffer(buf, 'nul.xlsx');
    expect(grid.sheets[0].rows.get(1)?.get(1)).toEqual({ row: 1, col: 1, value: 0, formula: 'B1-B1' });
  });
});
