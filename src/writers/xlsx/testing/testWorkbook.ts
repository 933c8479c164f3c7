/** Test helpers for the writers: a small input workbook made with ExcelJS, raw zip entries, cell snapshots. */
import ExcelJS from 'exceljs';
import * as yauzl from 'yauzl';
import { applyExcelJsPatches } from '../exceljsPatches';

/**
 * An input workbook with what a writer must leave alone: formats, fills, a note, a merged title,
 * a formula total, a text amount, a date, an internal link, and sheet names that look like formulas.
 */
export async function makeInputWorkbook(file: string, opts: { takenReportName?: boolean } = {}): Promise<void> {
  applyExcelJsPatches(); // so the internal link below is written as Excel writes it: location only
  const wb = new ExcelJS.Workbook();
  const ov = wb.addWorksheet('Oversigt');
  ov.getCell('A1').value = 'Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026';
  ov.getCell('A2').value = '1.000 kr. 2026 p/l.';
  ov.getCell('B2').value = 'Udvalg';
  ov.getCell('C2').value = 'Forslag';
  ov.getCell('D2').value = 'Service';
  ov.getCell('A3').value = 'BC02';
  ov.getCell('B3').value = 'BIU';
  ov.getCell('C3').value = 'Digitalt Jobunivers';
  ov.getCell('D3').value = 1990;
  ov.getCell('A4').value = 'I alt udmøntning fra innovationspuljen';
  ov.getCell('D4').value = { formula: 'SUM(D3:D3)', result: 1990 } as ExcelJS.CellValue;
  ov.getCell('D4').numFmt = '#,##0';
  ov.getCell('F1').value = { text: 'Til BC02', hyperlink: "#'BC02'!A1" } as ExcelJS.CellValue;

  const ws = wb.addWorksheet('BC02');
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = 'BC02 Digitalt Jobunivers';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A3').value = 'Tabel 1. Forslagets samlede økonomiske konsekvenser';
  ws.getCell('A4').value = '1.000 kr. 2027 p/l';
  ws.getCell('B4').value = 'Styringsområde';
  [2026, 2027, 2028, 2029, 2030, 2031].forEach((y, i) => (ws.getCell(4, 3 + i).value = y));
  ws.getCell('A5').value = 'Implementeringsomkostninger';
  ws.getCell('A5').font = { italic: true };
  const items: [string, (number | string | null)[]][] = [
    ['Juridisk og datamæssig afklaring', [209]],
    ['Afprøvning af IT-løsninger', ['418', 600]],
    ['Projektledelse, kommunikation, effektmåling og opsætning af tests', [418, 400]],
  ];
  items.forEach(([label, amounts], i) => {
    const r = 6 + i;
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 2).value = 'Service';
    amounts.forEach((a, j) => {
      if (a !== null) ws.getCell(r, 3 + j).value = a;
      ws.getCell(r, 3 + j).numFmt = '#,##0';
    });
  });
  ws.getCell('A9').value = 'Samlede implementeringsomkostninger';
  ws.getCell('B9').value = 'Service';
  ws.getCell('C9').value = { formula: 'SUM(C6:C8)', result: 1045 } as ExcelJS.CellValue;
  ws.getCell('D9').value = 1100; // stated wrong: the rows sum to 1.000
  ws.getCell('C9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  ws.getCell('C9').note = 'Tjekket af økonomi';
  ws.getCell('C9').numFmt = '#,##0';
  ws.getCell('D9').numFmt = '#,##0';
  ws.getCell('A11').value = new Date(Date.UTC(2026, 0, 15));
  ws.getCell('A12').value = '=ikke en formel';
  ws.getColumn(1).width = 50;

  const odd = wb.addWorksheet('=Ark+1');
  odd.getCell('A1').value = '@navn';
  odd.getCell('B2').value = -3;
  if (opts.takenReportName) wb.addWorksheet('Budgettjek-rapport').getCell('A1').value = 'gammel rapport';
  await wb.xlsx.writeFile(file);
}

/** The text of one entry of a zip (e.g. "xl/worksheets/sheet4.xml"). */
export function zipEntryText(file: string, name: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => {
        if (!found) resolve(null);
      });
      zip.readEntry();
    });
  });
}

export interface CellSnapshot {
  value: string;
  type: number;
  formula?: string;
  numFmt?: string;
  style: string;
  note: string;
}

/** Every cell of every sheet, as comparable JSON. */
export async function snapshot(file: string): Promise<Map<string, CellSnapshot>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, CellSnapshot>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          type: cell.type,
          formula: cell.formula || undefined,
          numFmt: cell.numFmt || undefined,
          style: JSON.stringify(cell.style ?? {}),
          note: JSON.stringify(cell.note ?? null),
        });
      });
    });
  });
  return out;
}
