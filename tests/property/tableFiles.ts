/**
 * Writes a rendered table (financeTables.ts) as the files a finance office sends: an .xlsx written by
 * ExcelJS (figures with their number format, totals as formulas with their saved result) and a Word
 * table (figures printed the Danish way), for the real readers to read.
 */
import ExcelJS from 'exceljs';
import { docx, para, table } from '../../scripts/fixtures';
import { colLetter, type TableCell } from './financeTables';

export async function xlsxOf(rows: TableCell[][], sheet = 'Ark1', top = 1, left = 1): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell === null || cell === undefined) return;
      const target = ws.getCell(`${colLetter(left + j)}${top + i}`);
      if (typeof cell === 'string') target.value = cell;
      else if ('f' in cell) {
        target.value = { formula: cell.f, result: cell.n };
        target.numFmt = cell.fmt;
      } else {
        target.value = cell.n;
        target.numFmt = cell.fmt;
      }
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Danish print of a figure: "." groups thousands, "," before decimals, "-" before negatives. */
export function danish(n: number, decimals: number): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  return `${n < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac ? `,${frac}` : ''}`;
}

function wordText(cell: TableCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell.fmt.includes('%')) return `${danish(cell.n * 100, 1)} %`;
  if (cell.fmt === '0') return String(cell.n);
  return danish(cell.n, cell.fmt.includes('.0') ? 1 : 0);
}

/** The rows from `firstTableRow` on as a Word table; the text lines above it become paragraphs. */
export async function docxOf(rows: TableCell[][], firstTableRow: number): Promise<Buffer> {
  const above = rows.slice(0, firstTableRow).flatMap((r) => r.filter((c): c is string => typeof c === 'string'));
  const body = rows.slice(firstTableRow);
  const width = Math.max(...body.map((r) => r.length));
  const cells = body.map((r, i) => Array.from({ length: width }, (_, j) => ({ text: wordText(r[j] ?? null), bold: i === 0, align: j > 0 ? ('right' as const) : undefined })));
  const xml = [...above.map((t) => para(t, { bold: true })), table(cells, Array.from({ length: width }, (_, j) => (j === 0 ? 3600 : 1400)))].join('');
  return docx(above[0] ?? 'Tabel', xml);
}
