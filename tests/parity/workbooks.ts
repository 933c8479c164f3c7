/**
 * Workbooks for the parity test that the repo does not ship as files: the number-format fixtures
 * (scaled, decimal, percent, date, unit-literal formats, "" results, hidden rows, merges, fills),
 * and every rule fixture grid written out as an .xlsx file.
 */
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookGrid } from '../../src/core/model';

const YEARS = [2026, 2027, 2028];

function proposalSheet(wb: ExcelJS.Workbook, name: string, numFmt: string, body: Array<[string, string | null, ...Array<number | { formula: string; result?: unknown } | null>]>, label = '1.000 kr. 2027 p/l') {
  const ws = wb.addWorksheet(name);
  ws.addRow(['Tabel 1. Forslagets samlede økonomiske konsekvenser']);
  ws.addRow([label, 'Styringsområde', ...YEARS]);
  for (const row of body) {
    const r = ws.addRow(row);
    for (let c = 3; c < 3 + YEARS.length; c++) r.getCell(c).numFmt = numFmt;
  }
  return ws;
}

/** One sheet per format the checker must read as shown, each with its own expected outcome. */
export async function writeFormatsWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  // Kroner shown in thousands beside a typed total: judged as shown, no TOTAL_MISMATCH.
  proposalSheet(wb, 'Tusinder', '#,##0,', [
    ['A', 'Service', 209000, 600000, null],
    ['B', 'Service', 418000, 400000, null],
    ['C', 'Service', 418000, null, null],
    ['I alt', null, 1045000, { formula: 'SUM(D3:D5)', result: 1000000 }, null],
  ]);
  // Millions with one decimal; one real error quoted in millions.
  proposalSheet(
    wb,
    'Millioner',
    '0.0,,',
    [
      ['A', 'Service', 1200000, 1000000, null],
      ['B', 'Service', 800000, 500000, null],
      ['I alt', null, 2000000, 3000000, null],
    ],
    'mio. kr. 2027 p/l',
  );
  // One decimal shown: 1,0 + 2,0 against 3,1.
  proposalSheet(wb, 'Decimal', '#,##0.0', [
    ['A', 'Service', 1.04, null, null],
    ['B', 'Service', 2.04, null, null],
    ['I alt', null, 3.1, null, null],
  ]);
  // Percent and date formats in amount cells: AMOUNT_FORMAT.
  const pct = proposalSheet(wb, 'ProcentDato', '#,##0', [
    ['A', 'Service', 0.25, 345, null],
    ['B', 'Service', 100, 200, null],
    ['I alt', null, 100, 545, null],
  ]);
  pct.getCell('C3').numFmt = '0%';
  pct.getCell('D3').numFmt = 'dd-mm-yyyy';
  // Units written into the format: "kr." on a table in 1.000 kr. is UNIT_MISMATCH; "t.kr." is not.
  const unit = proposalSheet(wb, 'Enhed', '#,##0 "t.kr."', [
    ['A', 'Service', 1300, null, null],
    ['B', 'Service', 200, null, null],
    ['I alt', null, 1500, null, null],
  ]);
  unit.getCell('C3').numFmt = '"kr." #,##0';
  unit.getCell('C4').numFmt = '#,##0;[Red]-#,##0;"-"';
  // A formula whose result is "" is an empty cell; a hidden row counted by the total; a merged
  // title; fills with a theme colour and a tint.
  const misc = proposalSheet(wb, 'TomSkjult', '#,##0', [
    ['A', 'Service', 100, { formula: 'IF(C3>1000,1,"")', result: '' }, null],
    ['B (skjult)', 'Service', 50, null, null],
    ['C', 'Service', 200, null, null],
    ['I alt', null, { formula: 'SUM(C3:C5)', result: 350 }, null, null],
  ]);
  misc.getRow(4).hidden = true;
  misc.mergeCells('A1:E1');
  misc.getCell('A3').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.3999755851924192 } as unknown as ExcelJS.Color };
  misc.getCell('B3').fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FFFF0000' }, bgColor: { argb: 'FFFFFF00' } };
  // A protected sheet is still read and checked.
  await misc.protect('', {});
  await wb.xlsx.writeFile(file);
}

function excelValue(value: CellValue, formula: string | undefined): ExcelJS.CellValue {
  if (formula !== undefined) {
    const result = value === null ? undefined : value instanceof Date ? value : typeof value === 'object' ? { error: value.error } : value;
    return (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellValue;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return { error: value.error } as ExcelJS.CellValue;
  return value as ExcelJS.CellValue;
}

/** A core grid (a rule fixture) written as an .xlsx file: values, formulas with results, formats, hidden rows, merges. */
export async function writeGridWorkbook(grid: WorkbookGrid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.state });
    for (const [r, cols] of sheet.rows) {
      for (const [c, cell] of cols) {
        const target = ws.getCell(r, c);
        target.value = excelValue(cell.value, cell.formula);
        if (cell.numFmt) target.numFmt = cell.numFmt;
      }
    }
    for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
    for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  await wb.xlsx.writeFile(file);
}
