/**
 * Writes the example workbooks in examples/ (run with `npm run examples`):
 *
 *  - ofs-2025-2026-bilag.xlsx   the published appendix (overview + BC01, BC02, BC39) transcribed
 *                               faithfully: stated figures, no formulas, blanks where the PDF is blank.
 *  - typiske-fejl.xlsx          typical mistakes, each at a known cell, explained on sheet "Forklaring".
 *  - typiske-fejl.expected.json the planted mistakes as [{sheet, cell, rule}] for tests.
 *
 * Output is reproducible byte for byte: fixed document dates, and the zip entries' timestamps are
 * set to a fixed date after ExcelJS has written the file (scripts/fixtures).
 */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { newWorkbook, outDirArgument, runGenerator, saveWorkbook } from './fixtures';

const OUT_DIR = path.join(__dirname, '..', 'examples');
const AMOUNT_FMT = '#,##0';
const NOTE_TEXT =
  'Noter til alle tabeller: Forslaget skal udarbejdes i 2027 p/l, men forslag der udmøntes i overførselssagen ' +
  'udmøntes i 2026 p/l, mens forslag der udmøntes med budgettet udmøntes i 2027 p/l.';

// ---------------------------------------------------------------------------------------------
// Workbook helpers

/** A figure, a formula with its saved result, an Excel error, or text typed where a figure belongs. */
type Amount = number | string | ExcelJS.CellFormulaValue | ExcelJS.CellErrorValue;

function setAmount(cell: ExcelJS.Cell, value: Amount): void {
  cell.value = value;
  if (typeof value === 'number' || (typeof value === 'object' && 'formula' in value)) cell.numFmt = AMOUNT_FMT;
}

interface ProposalRow {
  kind: 'section' | 'item' | 'total' | 'netTotal';
  label?: string | null;
  so?: string | null;
  /** Amounts by column index into the table's years. */
  amounts?: Record<number, Amount | ((row: number) => Amount)>;
  key?: string;
}

interface ProposalTable {
  /** The table's title above it; null for none, undefined for the template's. */
  tableTitle?: string | null;
  /** The label over the item column ("1.000 kr. 2027 p/l"); null or undefined for none. */
  label?: string | null;
  soHeader?: string | null;
  years: Array<number | string>;
  rows: ProposalRow[];
  /** The template's note below the table. */
  note?: boolean;
}

/**
 * Writes a proposal cost table ("Tabel 1") starting at (top, left). Returns a map of the rows'
 * keys (and "header", "end") → row number.
 */
function writeProposalTable(ws: ExcelJS.Worksheet, top: number, left: number, spec: ProposalTable): Record<string, number> {
  const rowsAt: Record<string, number> = {};
  let r = top;
  if (spec.tableTitle !== null) {
    ws.getCell(r, left).value = spec.tableTitle ?? 'Tabel 1. Forslagets samlede økonomiske konsekvenser';
    ws.getCell(r, left).font = { bold: true };
    r++;
  }
  const header = ws.getRow(r);
  if (spec.label !== null && spec.label !== undefined) header.getCell(left).value = spec.label;
  if (spec.soHeader !== null) header.getCell(left + 1).value = spec.soHeader ?? 'Styringsområde';
  spec.years.forEach((y, i) => {
    header.getCell(left + 2 + i).value = y;
  });
  header.font = { bold: true };
  rowsAt.header = r;
  r++;
  for (const row of spec.rows) {
    const xr = ws.getRow(r);
    if (row.label !== undefined && row.label !== null) xr.getCell(left).value = row.label;
    if (row.so !== undefined && row.so !== null) xr.getCell(left + 1).value = row.so;
    if (row.kind === 'section') xr.getCell(left).font = { italic: true };
    if (row.kind === 'total') xr.font = { bold: true };
    for (const [k, v] of Object.entries(row.amounts || {})) {
      const c = xr.getCell(left + 2 + Number(k));
      setAmount(c, typeof v === 'function' ? v(r) : v);
      if (row.kind === 'total') c.font = { bold: true };
    }
    if (row.key) rowsAt[row.key] = r;
    r++;
  }
  if (spec.note) {
    ws.getCell(r, left).value = NOTE_TEXT;
    ws.getCell(r, left).font = { italic: true, size: 9 };
    r++;
  }
  rowsAt.end = r - 1;
  return rowsAt;
}

function proposalColumns(ws: ExcelJS.Worksheet, left: number, yearCount: number): void {
  for (let c = 1; c < left; c++) ws.getColumn(c).width = 4;
  ws.getColumn(left).width = 62;
  ws.getColumn(left + 1).width = 16;
  for (let i = 0; i < yearCount; i++) ws.getColumn(left + 2 + i).width = 10;
}

// ---------------------------------------------------------------------------------------------
// The published appendix

async function makeAppendix(file: string): Promise<string> {
  const wb = newWorkbook();
  wb.title = 'Oversigt over indkomne ansøgninger til innovationspuljen – OFS 2025-2026';

  // Overview (2026 p/l). The stated total 4.951 is 5.090 / 1,028 rounded, as published (not 4.952).
  const ov = wb.addWorksheet('Oversigt');
  ov.getCell('A1').value = 'Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026';
  ov.getCell('A1').font = { bold: true };
  ov.getRow(2).values = ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'];
  ov.getRow(2).font = { bold: true };
  ov.getCell('A3').value = 'Innovationsforslag';
  ov.getCell('A3').font = { italic: true };
  const overview = [
    ['BC01', 'BIU', 'Test af AI-tolk på borgersamtaler i BIF', 1017],
    ['BC02', 'BIU', 'Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet', 1989],
    ['BC39', 'SUND', 'Automatisering af visitationsproces i Center for Mental Sundhed', 1946],
  ];
  overview.forEach((values, i) => {
    const row = ov.getRow(4 + i);
    row.values = values;
    row.getCell(4).numFmt = AMOUNT_FMT;
  });
  ov.getCell('A7').value = 'I alt udmøntning fra innovationspuljen';
  setAmount(ov.getCell('D7'), 4951);
  ov.getRow(7).font = { bold: true };
  ov.getColumn(1).width = 40;
  ov.getColumn(2).width = 9;
  ov.getColumn(3).width = 80;
  ov.getColumn(4).width = 10;

  const years6 = [2026, 2027, 2028, 2029, 2030, 2031];
  const S = 'Service';

  proposalSheet(wb, 'BC01', 'BC01 Test af AI-tolk på borgersamtaler i BIF', {
    label: '1.000 kr. 2027 p/l',
    years: years6,
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse (inkl. evaluering, dokumentation og rapportering', so: S, amounts: { 0: 345 } },
      { kind: 'item', label: 'Teknisk opsætning, licenser og support (leverandører af tolkeløsninger)', so: S, amounts: { 0: 400 } },
      { kind: 'item', label: 'Dataetiske og sprogfaglige afklaringer', so: S, amounts: { 0: 100 } },
      {
        kind: 'item',
        label: 'Afklaring af tekniske forhold i forbindelse med test på borgersituationer.',
        so: S,
        amounts: { 0: 200 },
      },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', amounts: { 0: 1045 } },
    ],
  });

  proposalSheet(wb, 'BC02', 'BC02 Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet', {
    label: '1.000 kr. 2027 p/l',
    years: years6,
    note: true,
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Juridisk og datamæssig afklaring', so: S, amounts: { 0: 209 } },
      { kind: 'item', label: 'Afprøvning af IT-løsninger', so: S, amounts: { 0: 418, 1: 600 } },
      {
        kind: 'item',
        label: 'Projektledelse, kommunikation, effektmåling og opsætning af tests',
        so: S,
        amounts: { 0: 418, 1: 400 },
      },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 1045, 1: 1000 } },
    ],
  });

  // BC39 as published: no unit/price-level label, years 2027-2030 only, no section title row.
  proposalSheet(wb, 'BC39', 'BC39 Automatisering af visitationsproces i Center for Mental Sundhed', {
    label: null,
    years: [2027, 2028, 2029, 2030],
    note: true,
    rows: [
      { kind: 'item', label: 'Projektafklaring og forberedende dataarbejde', so: S, amounts: { 0: 300 } },
      {
        kind: 'item',
        label: 'Udvikling og understøttelse af arbejdet med de tre komponenter',
        so: S,
        amounts: { 0: 750, 1: 300 },
      },
      { kind: 'item', label: 'Projektledelse og drift', so: S, amounts: { 0: 250, 1: 150 } },
      { kind: 'item', label: 'Juridisk og teknisk bistand', so: S, amounts: { 0: 150 } },
      { kind: 'item', label: 'Evaluering', so: S, amounts: { 1: 100 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', amounts: { 0: 1450, 1: 550 } },
    ],
  });

  return saveWorkbook(wb, file);
}

/** A proposal sheet: its title in A1 (bold), the table from row 3, the columns sized. */
function proposalSheet(wb: ExcelJS.Workbook, name: string, title: string, spec: ProposalTable) {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  const at = writeProposalTable(ws, 3, 1, spec);
  proposalColumns(ws, 1, spec.years.length);
  return { ws, at };
}

// ---------------------------------------------------------------------------------------------
// Typical mistakes

/** A mistake planted on purpose: where, the rule that must find it, and what is wrong (in Danish). */
interface PlantedMistake {
  sheet: string;
  cell: string;
  rule: string;
  text: string;
}

async function makeMistakes(file: string, expectedFile: string): Promise<string> {
  const wb = newWorkbook();
  wb.title = 'Budgettjek – typiske fejl i forslagstabeller';
  const planted: PlantedMistake[] = [];
  const plant = (sheet: string, cell: string, rule: string, text: string) => planted.push({ sheet, cell, rule, text });
  const S = 'Service';
  const years6 = [2026, 2027, 2028, 2029, 2030, 2031];
  const sum = (col: string, from: number, to: number) => (values: number): ExcelJS.CellFormulaValue => ({ formula: `SUM(${col}${from}:${col}${to})`, result: values });

  const forklaring = wb.addWorksheet('Forklaring');

  // Overview in 2026 p/l: BC10 correct, BC11 off by 50, BC99 has no sheet.
  const ov = wb.addWorksheet('Oversigt');
  ov.getCell('A1').value = 'Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026';
  ov.getCell('A1').font = { bold: true };
  ov.getRow(2).values = ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'];
  ov.getRow(2).font = { bold: true };
  ov.getCell('A3').value = 'Innovationsforslag';
  const ovRows = [
    ['BC10', 'BIU', 'Digital booking af tolke', 1017], // 1.045 / 1,028 = 1.016,5 → 1.017
    ['BC11', 'SUND', 'Talegenkendelse i hjemmeplejens dokumentation', 1996], // 2.000 / 1,028 = 1.945,5 → 1.946
    ['BC99', 'KFU', 'Chatbot til borgerservice', 500],
  ];
  ovRows.forEach((values, i) => {
    const row = ov.getRow(4 + i);
    row.values = values;
    row.getCell(4).numFmt = AMOUNT_FMT;
  });
  ov.getCell('A7').value = 'I alt udmøntning fra innovationspuljen';
  setAmount(ov.getCell('D7'), { formula: 'SUM(D4:D6)', result: 1017 + 1996 + 500 });
  ov.getRow(7).font = { bold: true };
  ov.getColumn(1).width = 40;
  ov.getColumn(3).width = 50;
  plant('Oversigt', 'D5', 'CROSS_TABLE_MISMATCH', 'BC11 står til 1.996 i oversigten, men forslagets tabel giver 2.000 / 1,028 = 1.946 (2026 p/l): 50 for meget.');
  plant('Oversigt', 'A6', 'PROPOSAL_NOT_FOUND', 'Oversigten nævner BC99, men intet ark indeholder forslaget BC99.');

  // BC10: a correct proposal (formulas with correct cached results).
  proposalSheet(wb, 'BC10', 'BC10 Digital booking af tolke', {
    label: '1.000 kr. 2027 p/l',
    years: years6,
    note: true,
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Juridisk afklaring', so: S, amounts: { 0: 209 } },
      { kind: 'item', label: 'Indkøb og opsætning af bookingsystem', so: S, amounts: { 0: 418 } },
      { kind: 'item', label: 'Projektledelse og evaluering', so: S, amounts: { 0: 418 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: sum('C', 6, 8)(1045) } },
    ],
  });

  // BC11: correct (2.000 in 2027 p/l → 1.946 in 2026 p/l); the overview's 1.996 is wrong.
  proposalSheet(wb, 'BC11', 'BC11 Talegenkendelse i hjemmeplejens dokumentation', {
    label: '1.000 kr. 2027 p/l',
    years: years6,
    note: true,
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Licenser og teknisk opsætning', so: S, amounts: { 1: 750, 2: 300 } },
      { kind: 'item', label: 'Projektledelse og drift', so: S, amounts: { 1: 450, 2: 150 } },
      { kind: 'item', label: 'Oplæring af medarbejdere', so: S, amounts: { 1: 250, 2: 100 } },
      {
        kind: 'total',
        label: 'Samlede implementeringsomkostninger',
        amounts: { 1: sum('D', 6, 8)(1450), 2: sum('E', 6, 8)(550) },
      },
    ],
  });

  // Helper for the mistake sheets: title in A1, table title A3, header row 4, rows from 5.
  function mistakeSheet(name: string, title: string, spec: Omit<ProposalTable, 'years'> & { years?: number[] }) {
    return proposalSheet(wb, name, title, { label: '1.000 kr. 2027 p/l', years: years6, ...spec });
  }

  // Totals: a wrong stated total and one off by rounding only.
  mistakeSheet('Totaler', 'Eksempel: totaler der ikke stemmer', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 345, 1: 334 } },
      { kind: 'item', label: 'Teknisk opsætning og licenser', so: S, amounts: { 0: 400, 1: 333 } },
      { kind: 'item', label: 'Uddannelse af medarbejdere', so: S, amounts: { 0: 300, 1: 333 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 1100, 1: 1001 } },
    ],
  });
  plant('Totaler', 'C9', 'TOTAL_MISMATCH', 'Totalen er skrevet som 1.100, men 345 + 400 + 300 = 1.045.');
  plant('Totaler', 'D9', 'TOTAL_ROUNDING', 'Totalen 1.001 afviger med 1 fra 334 + 333 + 333 = 1.000: afrunding, ikke en fejl.');

  // Formula ranges: one SUM omits a row, one counts a row twice (cached results as Excel computes them).
  mistakeSheet('Formler', 'Eksempel: sumformler der ikke dækker blokken', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 300 } },
      { kind: 'item', label: 'Konsulentbistand', so: S, amounts: { 0: 200 } },
      { kind: 'item', label: 'Licenser', so: S, amounts: { 0: 100 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: { formula: 'SUM(C6:C7)', result: 500 } } },
      { kind: 'section', label: 'Driftsudgifter' },
      { kind: 'item', label: 'Drift af løsningen', so: S, amounts: { 1: 150 } },
      { kind: 'item', label: 'Support', so: S, amounts: { 1: 50 } },
      { kind: 'total', label: 'Samlede driftsudgifter', so: S, amounts: { 1: { formula: 'SUM(D11:D12)+D12', result: 250 } } },
    ],
  });
  plant('Formler', 'C9', 'TOTAL_FORMULA_RANGE', 'Formlen =SUM(C6:C7) udelader række 8 (Licenser).');
  plant('Formler', 'D13', 'TOTAL_FORMULA_RANGE', 'Formlen =SUM(D11:D12)+D12 tæller række 12 (Support) med to gange.');

  // A block with no total row.
  mistakeSheet('Mangler total', 'Eksempel: en blok uden totalrække', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 400 } },
      { kind: 'item', label: 'Teknisk opsætning', so: S, amounts: { 0: 600 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 1000 } },
      { kind: 'section', label: 'Driftsudgifter' },
      { kind: 'item', label: 'Licenser', so: S, amounts: { 1: 120, 2: 120 } },
      { kind: 'item', label: 'Support og vedligehold', so: S, amounts: { 1: 80, 2: 80 } },
    ],
  });
  plant('Mangler total', 'A10', 'TOTAL_ROW_MISSING', 'Blokken "Driftsudgifter" (række 10-11) har ingen totalrække.');

  // Label mistakes: the same small table under a label that lacks or misstates something.
  const labelMistakes: Array<[sheet: string, title: string, label: string, rule: string, explanation: string]> = [
    ['Uden prisniveau', 'Eksempel: tabel uden prisniveau', '1.000 kr.', 'PRICE_LEVEL_MISSING', 'Etiketten "1.000 kr." angiver intet prisniveau; skabelonen kræver 2027 p/l.'],
    ['Forkert prisniveau', 'Eksempel: forslag i 2026 p/l i stedet for 2027 p/l', '1.000 kr. 2026 p/l', 'PRICE_LEVEL_MISMATCH', 'Forslagstabellen er i 2026 p/l; skabelonen kræver 2027 p/l.'],
    ['Uden enhed', 'Eksempel: tabel uden enhed', '2027 p/l.', 'UNIT_MISSING', 'Etiketten "2027 p/l." angiver ingen enhed (fx 1.000 kr.).'],
  ];
  for (const [sheet, title, label, rule, explanation] of labelMistakes) {
    mistakeSheet(sheet, title, {
      label,
      rows: [
        { kind: 'section', label: 'Implementeringsomkostninger' },
        { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 500 } },
        { kind: 'item', label: 'Licenser', so: S, amounts: { 0: 250 } },
        { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 750 } },
      ],
    });
    plant(sheet, 'A4', rule, explanation);
  }

  // Wrong unit in the label.
  mistakeSheet('Mio. kr.', 'Eksempel: tabel i mio. kr.', {
    label: 'mio. kr. 2027 p/l',
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 2 } },
      { kind: 'item', label: 'Licenser', so: S, amounts: { 0: 3 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 5 } },
    ],
  });
  plant('Mio. kr.', 'A4', 'UNIT_MISMATCH', 'Tabellen er i mio. kr.; skabelonen kræver 1.000 kr.');

  // A cell with its own unit.
  mistakeSheet('Enhed i celle', 'Eksempel: beløb skrevet med enhed', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 200 } },
      { kind: 'item', label: 'Tolkeløsning (leverandørens tilbud)', so: S, amounts: { 0: '1.300 kr.' } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 1500 } },
    ],
  });
  plant('Enhed i celle', 'C7', 'UNIT_MISMATCH', 'Cellen "1.300 kr." har sin egen enhed; tabellen er i 1.000 kr.');

  // Years out of order.
  mistakeSheet('Årstal i uorden', 'Eksempel: årskolonner i forkert rækkefølge', {
    years: [2026, 2028, 2027, 2029, 2030, 2031],
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 300, 1: 100, 2: 200 } },
      { kind: 'item', label: 'Licenser', so: S, amounts: { 0: 100, 1: 50, 2: 100 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 400, 1: 150, 2: 300 } },
    ],
  });
  plant('Årstal i uorden', 'E4', 'YEARS_MISMATCH', 'Årskolonnerne står 2026, 2028, 2027: 2027 står efter 2028.');

  // A duplicated year.
  mistakeSheet('Årstal to gange', 'Eksempel: et år står to gange', {
    years: [2026, 2027, 2027, 2028, 2029, 2030, 2031],
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 300, 1: 200 } },
      { kind: 'item', label: 'Licenser', so: S, amounts: { 0: 100, 1: 100 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 400, 1: 300 } },
    ],
  });
  plant('Årstal to gange', 'E4', 'YEARS_MISMATCH', 'Året 2027 står i både D4 og E4.');

  // Styringsområde missing and misspelt.
  mistakeSheet('Styringsområde', 'Eksempel: styringsområde mangler eller er stavet forkert', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 300 } },
      { kind: 'item', label: 'Ombygning af lokaler', so: null, amounts: { 0: 500 } },
      { kind: 'item', label: 'Licenser', so: 'Servce', amounts: { 0: 200 } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', amounts: { 0: 1000 } },
    ],
  });
  plant('Styringsområde', 'B7', 'STYRINGSOMRAADE_MISSING', 'Rækken "Ombygning af lokaler" angiver intet styringsområde.');
  plant('Styringsområde', 'B8', 'STYRINGSOMRAADE_UNKNOWN', '"Servce" er ikke et styringsområde; mente du "Service"?');

  // Numbers typed as text (pasted from Word): values are used, so the totals add up.
  mistakeSheet('Tal som tekst', 'Eksempel: beløb indtastet som tekst', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse og konsulentbistand', so: S, amounts: { 0: '1.045' } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 1045 } },
      { kind: 'section', label: 'Effektiviseringer' },
      { kind: 'item', label: 'Færre udgifter til tolkning', so: S, amounts: { 1: '(300)', 2: '−300' } },
      { kind: 'total', label: 'Samlede effektiviseringer', so: S, amounts: { 1: -300, 2: -300 } },
      { kind: 'netTotal', label: 'Nettoeffekt', so: S, amounts: { 0: 1045, 1: -300, 2: -300 } },
    ],
  });
  plant('Tal som tekst', 'C6', 'NUMBER_STORED_AS_TEXT', '"1.045" er tekst, ikke et tal; værdien 1.045 bruges.');
  plant('Tal som tekst', 'D9', 'NUMBER_STORED_AS_TEXT', '"(300)" er tekst; læses som -300.');
  plant('Tal som tekst', 'E9', 'NUMBER_STORED_AS_TEXT', '"−300" (med typografisk minus U+2212) er tekst; læses som -300.');

  // Text that is no amount.
  mistakeSheet('Ikke beløb', 'Eksempel: tekst i beløbsceller', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 300, 1: 100 } },
      { kind: 'item', label: 'Ekstern evaluering', so: S, amounts: { 0: 'ca. 200', 1: 'n/a' } },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 500, 1: 100 } },
    ],
  });
  plant('Ikke beløb', 'C7', 'AMOUNT_NOT_NUMERIC', '"ca. 200" er ikke et beløb.');
  plant('Ikke beløb', 'D7', 'AMOUNT_NOT_NUMERIC', '"n/a" er ikke et beløb.');

  // Excel errors: a literal #REF! and a formula whose cached result is #VALUE!.
  mistakeSheet('Fejlværdier', 'Eksempel: Excel-fejl i beløbsceller', {
    rows: [
      { kind: 'section', label: 'Implementeringsomkostninger' },
      { kind: 'item', label: 'Projektledelse', so: S, amounts: { 0: 300, 1: 100 } },
      { kind: 'item', label: 'Licenser (kopieret fra andet ark)', so: S, amounts: { 0: { error: '#REF!' as ExcelJS.CellErrorValue['error'] }, 1: 150 } },
      {
        kind: 'item',
        label: 'Konsulentbistand (timer × takst)',
        so: S,
        amounts: { 0: 200, 1: { formula: 'D6*"timer"', result: { error: '#VALUE!' as ExcelJS.CellErrorValue['error'] } } },
      },
      { kind: 'total', label: 'Samlede implementeringsomkostninger', so: S, amounts: { 0: 700, 1: 250 } },
    ],
  });
  plant('Fejlværdier', 'C7', 'CELL_ERROR', 'Cellen indeholder fejlværdien #REF!.');
  plant('Fejlværdier', 'D8', 'CELL_ERROR', 'Formlen giver #VALUE!.');

  // The explanation sheet.
  forklaring.getCell('A1').value = 'Typiske fejl i forslagstabeller – og hvad Budgettjek siger om dem';
  forklaring.getCell('A1').font = { bold: true, size: 14 };
  forklaring.getCell('A2').value =
    'Hver række nedenfor er en fejl, der er lagt ind med vilje. Kør "budgettjek check examples/typiske-fejl.xlsx" og sammenlign.';
  forklaring.getRow(4).values = ['Ark', 'Celle', 'Regel', 'Hvad er galt'];
  forklaring.getRow(4).font = { bold: true };
  planted.forEach((p, i) => {
    const row = forklaring.getRow(5 + i);
    row.values = [p.sheet, p.cell, p.rule, p.text];
    for (let c = 1; c <= 4; c++) row.getCell(c).numFmt = '@';
  });
  forklaring.getColumn(1).width = 22;
  forklaring.getColumn(2).width = 8;
  forklaring.getColumn(3).width = 26;
  forklaring.getColumn(4).width = 100;

  await saveWorkbook(wb, file);
  fs.writeFileSync(
    expectedFile,
    JSON.stringify(planted.map(({ sheet, cell, rule }) => ({ sheet, cell, rule })), null, 2) + '\n',
  );
  return file;
}

/** `tsx scripts/make-examples.ts [--out DIR]` (default: examples/). */
async function main(argv: string[]): Promise<void> {
  const outDir = outDirArgument(argv, OUT_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const expected = path.join(outDir, 'typiske-fejl.expected.json');
  const written = [
    await makeAppendix(path.join(outDir, 'ofs-2025-2026-bilag.xlsx')),
    await makeMistakes(path.join(outDir, 'typiske-fejl.xlsx'), expected),
    expected,
  ];
  for (const f of written) process.stdout.write(`skrev ${path.relative(process.cwd(), f)}\n`);
}

if (require.main === module) runGenerator('make-examples', main);
