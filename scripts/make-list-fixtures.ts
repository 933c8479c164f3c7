/**
 * Writes the list workbooks in tests/lists/ (run with `tsx scripts/make-list-fixtures.ts [--out DIR]`),
 * modelled on lists Danish municipalities publish: a holding of securities (værdipapirbeholdning),
 * an appropriations overview (bevillingsoversigt), a list of grants to associations
 * (tilskudsliste) and a ledger export whose amounts are text.
 *
 *  - vaerdipapirer-uden-total.xlsx  3.000 securities, mixed columns (nr., ISIN, name, maturity date,
 *                                   coupon %, nominal holding, price, market value, share %), no total;
 *                                   names such as "Totalkredit 6% 2032" and "Total Energies SE", the
 *                                   last item one of them. Nothing to report.
 *  - vaerdipapirer-med-total.xlsx   10.000 securities with =SUM totals at the foot (right), an
 *                                   appropriations overview with a typed "I alt" row (right), and a
 *                                   grants list with text cvr numbers, dates, counts, "Afslag" remarks
 *                                   and a SUM foot (right). Nothing to report.
 *  - tekstbeloeb-sum-0.xlsx         1.688 amounts stored as text, =SUM(C2:C1689) saved as 0; as
 *                                   numbers they add up to 1.061.115.347: TOTAL_SKIPS_TEXT at C1690.
 *
 * Deterministic (a seeded generator; fixed document and zip dates): the same bytes on every run.
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import type ExcelJS from 'exceljs';
import { newWorkbook, outDirArgument, runGenerator, saveWorkbook, seededRandom, type SeededRandom } from './fixtures';

/** The lists' document and zip date. */
const LIST_DATE = new Date(Date.UTC(2026, 8, 30, 12, 0, 0));
const KR = '#,##0.00';
const PCT = '0.00%';
const DATE = 'dd-mm-yyyy';

const save = (wb: ExcelJS.Workbook, file: string) => saveWorkbook(wb, file, LIST_DATE);

const num = (d: Decimal): number => Number(d.toString());
const sum = (ds: Decimal[]): Decimal => ds.reduce((a, b) => a.plus(b), new Decimal(0));

// ---------------------------------------------------------------------------------------------
// Værdipapirbeholdning

const ISSUERS: Array<[issuer: string, coupons: number[]]> = [
  ['Totalkredit', [1, 1.5, 4, 5, 6]],
  ['Nykredit Realkredit', [0.5, 1, 2, 4, 5]],
  ['Realkredit Danmark', [1, 3, 4, 5]],
  ['Jyske Realkredit', [1, 2, 5]],
  ['Nordea Kredit', [0.5, 2, 4]],
  ['DLR Kredit', [1, 3]],
  ['Danske Stat', [0.25, 4.5]],
];
const EQUITIES = ['Total Energies SE', 'Novo Nordisk B', 'Mærsk B', 'Sum Invest Obligationer KL', 'Samlet Ejendomme A/S', 'Vestas Wind Systems'];

interface Security {
  nr: number;
  isin: string;
  name: string;
  due: Date | null;
  /** The coupon as a fraction (0.06 for 6 %); null for an equity. */
  coupon: number | null;
  nominal: Decimal;
  price: Decimal;
}

function security(rng: SeededRandom, nr: number): Security {
  const equity = rng.next() < 0.08;
  const isin = `DK00${String(rng.int(10000000, 99999999))}`;
  const year = rng.int(2027, 2056);
  if (equity) {
    return { nr, isin, name: rng.pick(EQUITIES), due: null, coupon: null, nominal: new Decimal(rng.int(10, 5000)), price: new Decimal(rng.int(5000, 250000)).div(100) };
  }
  const [issuer, coupons] = rng.pick(ISSUERS);
  const coupon = rng.pick(coupons);
  const name = `${issuer} ${String(coupon).replace('.', ',')}% ${year}`;
  const due = new Date(Date.UTC(year, rng.pick([0, 3, 6, 9]), 1));
  const nominal = new Decimal(rng.int(1, 500)).times(10000);
  const price = new Decimal(rng.int(8500, 10600)).div(100);
  return { nr, isin, name, due, coupon: coupon / 100, nominal, price };
}

/** Writes a holding list from row 4 (title, note, empty, header); returns the foot row. */
function holdingSheet(ws: ExcelJS.Worksheet, rng: SeededRandom, count: number, { total, lastName }: { total: boolean; lastName?: string }): void {
  ws.getCell('A1').value = 'Beholdningsoversigt – værdipapirer';
  ws.getCell('A2').value = 'Opgjort pr. 30.09.2026. Markedsværdi i kr.';
  const header = ['Nr.', 'Fondskode (ISIN)', 'Værdipapir', 'Udløbsdato', 'Kupon', 'Nominel beholdning', 'Kurs', 'Markedsværdi', 'Andel af porteføljen'];
  const top = 4;
  ws.getRow(top).values = header;
  const items: Security[] = [];
  for (let i = 1; i <= count; i++) items.push(security(rng, i));
  const last = items[items.length - 1];
  if (lastName && last) {
    last.name = lastName;
    last.due = new Date(Date.UTC(2032, 9, 1));
    last.coupon = 0.06;
  }
  const values = items.map((s) => s.nominal.times(s.price).div(100).toDecimalPlaces(2));
  const totalValue = sum(values);
  items.forEach((s, k) => {
    const r = top + 1 + k;
    const row = ws.getRow(r);
    row.getCell(1).value = s.nr;
    row.getCell(2).value = s.isin;
    row.getCell(3).value = s.name;
    if (s.due) {
      row.getCell(4).value = s.due;
      row.getCell(4).numFmt = DATE;
    }
    if (s.coupon !== null) {
      row.getCell(5).value = s.coupon;
      row.getCell(5).numFmt = PCT;
    }
    row.getCell(6).value = num(s.nominal);
    row.getCell(6).numFmt = '#,##0';
    row.getCell(7).value = num(s.price);
    row.getCell(7).numFmt = '0.00';
    const value = values[k] ?? new Decimal(0);
    row.getCell(8).value = num(value);
    row.getCell(8).numFmt = KR;
    row.getCell(9).value = num(value.div(totalValue).toDecimalPlaces(6));
    row.getCell(9).numFmt = PCT;
  });
  const lastItem = top + count;
  if (total) {
    const foot = ws.getRow(lastItem + 1);
    foot.getCell(3).value = 'I alt';
    foot.getCell(6).value = { formula: `SUM(F${top + 1}:F${lastItem})`, result: num(sum(items.map((s) => s.nominal))) };
    foot.getCell(6).numFmt = '#,##0';
    foot.getCell(8).value = { formula: `SUM(H${top + 1}:H${lastItem})`, result: num(totalValue) };
    foot.getCell(8).numFmt = KR;
    foot.getCell(9).value = { formula: `SUM(I${top + 1}:I${lastItem})`, result: 1 };
    foot.getCell(9).numFmt = PCT;
  }
  ws.getCell(`A${lastItem + (total ? 3 : 2)}`).value = 'Kilde: depotbankens beholdningsrapport.';
}

// ---------------------------------------------------------------------------------------------
// Bevillingsoversigt: several amount columns in 1.000 kr. with one decimal, a typed "I alt" row

const UDVALG = ['Økonomiudvalget', 'Børne- og Ungdomsudvalget', 'Sundheds- og Omsorgsudvalget', 'Teknik- og Miljøudvalget', 'Kultur- og Fritidsudvalget', 'Socialudvalget'];
const OMRAADER = ['Administration', 'Dagtilbud', 'Skoler', 'Ældrepleje', 'Veje og parker', 'Biblioteker', 'Handicap', 'Beskæftigelse', 'Idræt', 'Ejendomme'];

function appropriationsSheet(ws: ExcelJS.Worksheet, rng: SeededRandom): void {
  ws.getCell('A1').value = 'Bevillingsoversigt 2026, forbrug til og med september';
  ws.getRow(3).values = ['Udvalg', 'Bevillingsområde', 'Opr. budget (1.000 kr.)', 'Korr. budget (1.000 kr.)', 'Forbrug (1.000 kr.)', 'Restbudget (1.000 kr.)', 'Forbrug i pct.'];
  const cols: Decimal[][] = [[], [], [], []];
  let r = 4;
  for (const udvalg of UDVALG) {
    for (let k = 0; k < 7; k++) {
      const opr = new Decimal(rng.int(5000, 900000)).div(10);
      const korr = opr.plus(new Decimal(rng.int(-20000, 20000)).div(10));
      const forbrug = korr.times(rng.int(55, 90)).div(100).toDecimalPlaces(1);
      const rest = korr.minus(forbrug);
      const row = ws.getRow(r++);
      row.values = [udvalg, `${rng.pick(OMRAADER)} ${k + 1}`, num(opr), num(korr), num(forbrug), num(rest), num(forbrug.div(korr).toDecimalPlaces(3))];
      for (let c = 3; c <= 6; c++) row.getCell(c).numFmt = '#,##0.0';
      row.getCell(7).numFmt = '0.0%';
      [opr, korr, forbrug, rest].forEach((v, i) => cols[i]?.push(v));
    }
  }
  const foot = ws.getRow(r);
  const totals = cols.map(sum);
  const [, korrTotal = new Decimal(1), forbrugTotal = new Decimal(0)] = totals;
  foot.values = ['I alt', null, ...totals.map(num), num(forbrugTotal.div(korrTotal).toDecimalPlaces(3))];
  for (let c = 3; c <= 6; c++) foot.getCell(c).numFmt = '#,##0.0';
  foot.getCell(7).numFmt = '0.0%';
}

// ---------------------------------------------------------------------------------------------
// Tilskudsliste: ids, names, cvr as text, dates, counts, amounts with "Afslag" remarks, a SUM foot

const FORENINGER = ['Boldklub', 'Gymnastikforening', 'Spejdergruppe', 'Skakklub', 'Roklub', 'Seniorklub', 'Musikforening', 'Idrætsforening', 'Ungdomsklub', 'Lokalhistorisk Forening'];
const BYER = ['Vestby', 'Nørreby', 'Sønderby', 'Østby', 'Bakkely', 'Skovlund', 'Strandby', 'Højby'];

function grantsSheet(ws: ExcelJS.Worksheet, rng: SeededRandom, count: number): void {
  ws.getCell('A1').value = 'Tilskud til foreninger 2026 (lokaletilskud og aktivitetstilskud)';
  ws.getRow(2).values = ['Nr.', 'Forening', 'CVR-nr.', 'Bevilget dato', 'Antal medlemmer', 'Tilskud kr.'];
  const grants: Decimal[] = [];
  for (let i = 1; i <= count; i++) {
    const r = 2 + i;
    const row = ws.getRow(r);
    row.getCell(1).value = i;
    row.getCell(2).value = `${rng.pick(BYER)} ${rng.pick(FORENINGER)}`;
    row.getCell(3).value = String(rng.int(10000000, 99999999));
    row.getCell(3).numFmt = '@';
    row.getCell(4).value = new Date(Date.UTC(2026, rng.int(0, 8), rng.int(1, 28)));
    row.getCell(4).numFmt = DATE;
    row.getCell(5).value = rng.int(8, 900);
    if (rng.next() < 0.04) row.getCell(6).value = 'Afslag';
    else {
      const grant = new Decimal(rng.int(10, 4000)).times(250);
      grants.push(grant);
      row.getCell(6).value = num(grant);
      row.getCell(6).numFmt = '#,##0';
    }
  }
  const foot = ws.getRow(3 + count);
  foot.getCell(2).value = 'Tilskud i alt';
  foot.getCell(6).value = { formula: `SUM(F3:F${2 + count})`, result: num(sum(grants)) };
  foot.getCell(6).numFmt = '#,##0';
}

// ---------------------------------------------------------------------------------------------
// A ledger export whose amounts are text: SUM skips them and shows 0

const TEXTS = ['Husleje', 'Rengøring', 'IT-licenser', 'Vikarbistand', 'Konsulentydelse', 'Materialer', 'Energi', 'Forsikring', 'Kørsel', 'Kursusafgift'];

function textAmountsSheet(ws: ExcelJS.Worksheet, rng: SeededRandom, count: number, target: number): void {
  ws.getRow(1).values = ['Bilagsnr.', 'Dato', 'Beløb', 'Tekst', 'Konto'];
  const amounts: Decimal[] = [];
  for (let i = 0; i < count - 1; i++) amounts.push(new Decimal(rng.int(1000, 1200000)));
  amounts.push(new Decimal(target).minus(sum(amounts)));
  if (!amounts[amounts.length - 1]?.gt(0)) throw new Error('the last amount must be positive; change the seed');
  amounts.forEach((a, k) => {
    const r = 2 + k;
    const row = ws.getRow(r);
    row.getCell(1).value = 100001 + k;
    row.getCell(2).value = new Date(Date.UTC(2026, rng.int(0, 8), rng.int(1, 28)));
    row.getCell(2).numFmt = DATE;
    // As exported by a finance system: text, in three spellings.
    const plain = a.toFixed(0);
    const grouped = plain.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    row.getCell(3).value = k % 3 === 0 ? grouped : k % 3 === 1 ? plain : `${plain},00`;
    row.getCell(3).numFmt = '@';
    row.getCell(4).value = rng.pick(TEXTS);
    row.getCell(5).value = `${rng.int(0, 6)}.${String(rng.int(10, 99))}.${String(rng.int(10, 99))}.00`;
  });
  const foot = ws.getRow(2 + count);
  foot.getCell(2).value = 'I alt';
  foot.getCell(3).value = { formula: `SUM(C2:C${1 + count})`, result: 0 };
  foot.getCell(3).numFmt = '#,##0';
}

async function main(argv: string[]): Promise<void> {
  const out = outDirArgument(argv, path.join(__dirname, '..', 'tests', 'lists'));
  fs.mkdirSync(out, { recursive: true });

  let wb = newWorkbook({ date: LIST_DATE });
  holdingSheet(wb.addWorksheet('Beholdning'), seededRandom(17), 3000, { total: false, lastName: 'Totalkredit 6% 2032' });
  const two = wb.addWorksheet('Aktier');
  two.getRow(1).values = ['Værdipapir', 'Markedsværdi (kr.)'];
  const rng2 = seededRandom(18);
  for (let k = 0; k < 40; k++) two.getRow(2 + k).values = [`${rng2.pick(EQUITIES)} ${k + 1}`, num(new Decimal(rng2.int(100000, 99999999)).div(100))];
  two.getRow(42).values = ['Total Energies SE', 1234567.5];
  await save(wb, path.join(out, 'vaerdipapirer-uden-total.xlsx'));

  wb = newWorkbook({ date: LIST_DATE });
  holdingSheet(wb.addWorksheet('Beholdning'), seededRandom(29), 10000, { total: true });
  appropriationsSheet(wb.addWorksheet('Bevillinger'), seededRandom(31));
  grantsSheet(wb.addWorksheet('Tilskud'), seededRandom(37), 500);
  await save(wb, path.join(out, 'vaerdipapirer-med-total.xlsx'));

  wb = newWorkbook({ date: LIST_DATE });
  textAmountsSheet(wb.addWorksheet('Posteringer'), seededRandom(41), 1688, 1061115347);
  await save(wb, path.join(out, 'tekstbeloeb-sum-0.xlsx'));
}

if (require.main === module) runGenerator('make-list-fixtures', main);
