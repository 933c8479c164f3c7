#!/usr/bin/env node
'use strict';
/**
 * Writes tests/layouts/real/: real published Danish public-sector tables (state, regions,
 * municipalities), transcribed figure for figure as published (tests/layouts/real/SOURCES.md says
 * where each comes from), each written as it was published (NAME.xlsx) and with planted mistakes
 * (NAME-fejl.xlsx); some also as Word tables (NAME.docx, NAME-fejl.docx). NAME.expected.json (and
 * NAME.docx.expected.json) say what tables a careful reader sees, which errors about totals the
 * published table itself has ("published") and which the planted mistakes give ("findings").
 *
 *   node scripts/make-real-layouts.js [--out DIR]
 *
 * Figures are written exactly as published (one decimal or whole kroner); totals written as
 * formulas carry the cached value Excel would show, computed here in integers (tenths or øre).
 * Zip entries carry fixed dates: the output is reproducible byte for byte.
 */
process.env.TZ = 'UTC'; // JSZip writes DOS dates in local time
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const { fixZipDates, FIXED_DATE } = require('./make-examples');
const { docx, table, para } = require('./make-docx-examples');

const outArg = process.argv.indexOf('--out');
const OUT_DIR = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(__dirname, '..', 'tests', 'layouts', 'real');

const WHOLE = '#,##0;-#,##0';
const ONE_DECIMAL = '#,##0.0;-#,##0.0';
const TWO_DECIMALS = '#,##0.00;-#,##0.00';
const THREE_DECIMALS = '#,##0.000;-#,##0.000';
/** A positive amount printed in parentheses (a base amount under the amount it belongs to), not a negative one. */
const BASE_IN_PARENS = '"("#,##0")"';

const colLetter = (n) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Exact sum of figures with `d` decimals (summed as integers). */
const exactSum = (xs, d) => {
  const k = 10 ** d;
  return xs.reduce((a, x) => a + Math.round((x ?? 0) * k), 0) / k;
};

/** Danish text of a figure as printed: "." groups thousands, "," decimals, leading "-". */
function danish(x, d) {
  const neg = x < 0;
  const [int, frac] = Math.abs(x).toFixed(d).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// A table spec: { name, template, notes, sheets: [Sheet], docx?: true }
// Sheet: { name, title: [lines], grid: [[cell]], after: [lines], formats: {col: fmt} (from row headingRows on, default 1), kind, unit,
//          priceLevel, excelTable?: {...}, published: [{at:[r,c], rule, note}],
//          planted: [{at:[r,c], value, finds: [[rule, [r,c]]], why}] }
// A grid cell: number | string | null | {f, v} (formula with its cached value) | {year} (a date
// shown as yyyy) | {v, fmt} (a number with its own format). Grid positions [r, c] are 0-based;
// the sheet puts the grid below its title and one empty row (origin row = title.length + 2).

const origin = (sheet) => sheet.title.length + 2;
const a1 = (sheet, [r, c]) => `${colLetter(c + 1)}${origin(sheet) + r}`;
const docxA1 = ([r, c]) => `${colLetter(c + 1)}${r + 1}`;

function setCell(ws, addr, cell, colFmt) {
  const target = ws.getCell(addr);
  if (cell === null || cell === undefined) return;
  if (typeof cell === 'number') {
    target.value = cell;
    if (colFmt) target.numFmt = colFmt;
  } else if (typeof cell === 'string') {
    target.value = cell;
  } else if ('f' in cell) {
    target.value = { formula: cell.f, result: cell.v };
    if (cell.fmt || colFmt) target.numFmt = cell.fmt || colFmt;
  } else if ('year' in cell) {
    target.value = new Date(Date.UTC(cell.year, 0, 1));
    target.numFmt = 'yyyy';
  } else if ('v' in cell) {
    target.value = cell.v;
    target.numFmt = cell.fmt;
  }
}

function applyPlants(sheet, grid, withPlants) {
  const g = grid.map((row) => row.slice());
  if (withPlants) for (const p of sheet.planted) g[p.at[0]][p.at[1]] = p.value;
  return g;
}

async function writeXlsx(spec, withPlants, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Budgettjek';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.title.forEach((line, i) => (ws.getCell(`A${i + 1}`).value = line));
    const grid = applyPlants(sheet, sheet.grid, withPlants);
    const o = origin(sheet);
    if (sheet.excelTable) {
      const t = sheet.excelTable;
      const body = grid.slice(1, grid.length - 1);
      const totals = grid[grid.length - 1];
      ws.addTable({
        name: t.name,
        ref: `A${o}`,
        headerRow: true,
        totalsRow: true,
        style: { theme: 'TableStyleLight9', showRowStripes: true },
        columns: grid[0].map((h, c) => {
          const tot = totals[c];
          if (c === 0) return { name: h, totalsRowLabel: tot, filterButton: false };
          if (tot && typeof tot === 'object' && /^SUBTOTAL\(109,/.test(tot.f)) return { name: h, totalsRowFunction: 'sum', totalsRowResult: tot.v, filterButton: false };
          return { name: h, totalsRowFunction: 'none', filterButton: false };
        }),
        rows: body.map((row) => row.map((x) => (x === undefined ? null : x))),
      });
      // Typed totals-row figures and number formats (ExcelJS leaves them unset).
      totals.forEach((tot, c) => {
        if (c > 0 && typeof tot === 'number') ws.getCell(`${colLetter(c + 1)}${o + grid.length - 1}`).value = tot;
      });
      for (let r = 1; r < grid.length; r++) {
        for (let c = 1; c < grid[0].length; c++) {
          const fmt = sheet.formats[c + 1];
          if (fmt) ws.getCell(`${colLetter(c + 1)}${o + r}`).numFmt = fmt;
        }
      }
    } else {
      grid.forEach((row, r) => row.forEach((cell, c) => setCell(ws, `${colLetter(c + 1)}${o + r}`, cell, r < (sheet.headingRows ?? 1) ? undefined : sheet.formats[c + 1])));
    }
    for (const [r, c1, c2] of sheet.merges || []) ws.mergeCells(`${colLetter(c1 + 1)}${o + r}:${colLetter(c2 + 1)}${o + r}`);
    (sheet.after || []).forEach((line, i) => (ws.getCell(`A${o + grid.length + 1 + i}`).value = line));
    ws.getColumn(1).width = 48;
    for (let c = 2; c <= grid[0].length; c++) ws.getColumn(c).width = 16;
  }
  const buf = fixZipDates(Buffer.from(await wb.xlsx.writeBuffer()));
  fs.writeFileSync(file, buf);
}

/** The text a Word table shows for a grid cell (every number printed the Danish way). */
function wordText(cell, decimals) {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return danish(cell, decimals);
  if ('year' in cell) return String(cell.year);
  if ('f' in cell) return danish(cell.v, decimals);
  if (cell.fmt === '0') return String(cell.v);
  if (cell.fmt === BASE_IN_PARENS) return `(${danish(cell.v, 0)})`;
  if (cell.fmt.includes('%')) return `${danish(cell.v * 100, (cell.fmt.split('.')[1] || '').replace(/[^0]/g, '').length)}${cell.fmt.includes(' %') ? ' ' : ''}%`;
  if (cell.fmt.includes('"kr."')) return `${danish(cell.v, cell.fmt.includes('.00') ? 2 : 0)} kr.`;
  const unitBefore = /^"([^"]+)"[#0]/.exec(cell.fmt);
  if (unitBefore) return `${unitBefore[1]}${danish(cell.v, cell.fmt.includes('.00') ? 2 : 0)}`;
  const unitText = /"([^"]+)"$/.exec(cell.fmt);
  if (unitText) return `${danish(cell.v, cell.fmt.includes('.00') ? 2 : 0)} ${unitText[1].trim()}`;
  return danish(cell.v, cell.fmt === ONE_DECIMAL ? 1 : cell.fmt === TWO_DECIMALS ? 2 : cell.fmt === THREE_DECIMALS ? 3 : decimals);
}

async function writeDocx(spec, withPlants, file) {
  const sheet = spec.sheets[0];
  const grid = applyPlants(sheet, sheet.grid, withPlants);
  const decimals = (c) => (sheet.formats[c + 1] === ONE_DECIMAL ? 1 : sheet.formats[c + 1] === TWO_DECIMALS ? 2 : 0);
  // Year headings print as years ("2025"), every other number the Danish way ("1.045").
  const text = (cell, r, c) => (r < (sheet.headerRows || 1) && typeof cell === 'number' ? String(cell) : wordText(cell, decimals(c)));
  const rows = grid.map((row, r) => row.map((cell, c) => ({ text: text(cell, r, c), bold: r === 0, align: c > 0 ? 'right' : undefined })));
  const widths = grid[0].map((_, c) => (c === 0 ? 4200 : 1500));
  const body = [...sheet.title.map((t) => para(t, { bold: true })), table(rows, widths), ...(sheet.after || []).map((t) => para(t, { italic: true }))].join('');
  fs.writeFileSync(file, await docx(sheet.title[0], body));
}

/** Why a published error is not found yet in this format (`missed`: a reason for both, or { xlsx, docx }). */
const missedIn = (p, word) => (typeof p.missed === 'string' ? p.missed : p.missed && p.missed[word ? 'docx' : 'xlsx']);

function expectedFor(spec, format) {
  const word = format === 'docx';
  const sheets = word ? spec.sheets.slice(0, 1) : spec.sheets;
  const sheetName = (s) => (word ? 'Tabel 1' : s.name);
  const cell = (s, at) => (word ? docxA1(at) : a1(s, at));
  const ext = word ? 'docx' : 'xlsx';
  return {
    template: spec.template,
    ...(word ? { format: 'docx' } : {}),
    clean: `${spec.name}.${ext}`,
    planted: `${spec.name}-fejl.${ext}`,
    // `expectTables` (kind, unit, price level per table) where the tables of one sheet differ.
    tables: sheets.flatMap((s) => (s.expectTables || Array.from({ length: s.tables || 1 }, () => s)).map((t) => ({ sheet: sheetName(s), kind: t.kind, unit: t.unit, priceLevel: t.priceLevel }))),
    published: sheets.flatMap((s) => (s.published || []).filter((p) => !missedIn(p, word)).map((p) => ({ sheet: sheetName(s), cell: cell(s, p.at), rule: p.rule, note: p.note }))),
    findings: sheets.flatMap((s) =>
      (word ? s.plantedDocx || s.planted : s.planted).flatMap((p) => p.finds.map(([rule, at]) => ({ sheet: sheetName(s), cell: cell(s, at), rule, planted: cell(s, p.at) }))),
    ),
    // Mistakes a careful reader sees that the checker does not find yet, with why: the test holds
    // that they are still not found, so whoever teaches the checker to find them moves them up.
    notYetFound: sheets.flatMap((s) => [
      ...(word ? s.plantedDocx || s.planted : s.planted).flatMap((p) => (p.missed || []).map(([rule, at, why]) => ({ sheet: sheetName(s), cell: cell(s, at), rule, planted: cell(s, p.at), why }))),
      // Errors of the published table itself that the checker does not find yet (in both files).
      ...(s.published || []).filter((p) => missedIn(p, word)).map((p) => ({ sheet: sheetName(s), cell: cell(s, p.at), rule: p.rule, planted: 'published', why: missedIn(p, word) })),
    ]),
    // Findings about totals the checker gives in the published table today that a careful reader
    // would not, and why: the test holds that they are still given, so whoever mends it is told.
    ...(sheets.some((s) => (word ? s.falseFindingsDocx || s.falseFindings : s.falseFindings))
      ? {
          notYetRight: sheets.flatMap((s) =>
            ((word ? s.falseFindingsDocx || s.falseFindings : s.falseFindings) || []).map(([rule, at, why]) => ({ sheet: sheetName(s), cell: cell(s, at), rule, why })),
          ),
        }
      : {}),
    // Findings about totals the checker gives only in the file with planted mistakes that a careful
    // reader would not (a planted price that breaks a coincidence the checker took for a total), and
    // why: the test holds that they are still given there, so whoever mends it is told.
    ...(sheets.some((s) => (word ? s.falseFindingsPlantedDocx || s.falseFindingsPlanted : s.falseFindingsPlanted))
      ? {
          notYetRightPlanted: sheets.flatMap((s) =>
            ((word ? s.falseFindingsPlantedDocx || s.falseFindingsPlanted : s.falseFindingsPlanted) || []).map(([rule, at, why]) => ({ sheet: sheetName(s), cell: cell(s, at), rule, why })),
          ),
        }
      : {}),
    // Tables the checker does not yet read as a careful reader does: what it gives today, and why.
    // The test holds that it still gives exactly that, so whoever teaches it better moves them up.
    ...(sheets.some((s) => (word ? s.gotDocx : s.got))
      ? {
          tablesNotYet: {
            got: sheets.flatMap((s) => ((word ? s.gotDocx : s.got) || Array.from({ length: s.tables || 1 }, () => s)).map((t) => ({ sheet: sheetName(s), kind: t.kind, unit: t.unit, priceLevel: t.priceLevel }))),
            why: sheets.map((s) => (word ? s.gotDocxWhy : s.gotWhy)).filter(Boolean).join(' '),
          },
        }
      : {}),
    notes: spec.notes,
  };
}


/**
 * Guards the transcription: the published figures must keep the arithmetic the notes claim
 * (`|total − sum of parts| ≤ tolerance`, in the table's own unit) — or break it where the notes
 * say the published table itself is wrong.
 */
function expectSum(what, total, parts, tolerance, decimals = 1) {
  const diff = Math.abs(exactSum([total, ...parts.map((x) => -x)], decimals));
  if (diff > tolerance + 1e-9) throw new Error(`${what}: ${total} is not the sum of ${parts.join(' + ')} (off by ${diff})`);
}
const num = (cell) => (typeof cell === 'number' ? cell : cell && typeof cell === 'object' && 'v' in cell ? cell.v : 0);

// ---------------------------------------------------------------------------------------------
// The tables

/** Finansministeriet, Aktstykke nr. 291 (2024-25), Tabel 1: a chain of sums and differences in one column. */
function aktstykkeDelloft() {
  const grid = [
    ['Mia. kr.', ''],
    ['Delloftet for driftsudgifter¹', 252.9],
    ['Administrative korrektioner', -3.5],
    ['Delloftet for driftsudgifter, ultimo 2024', null],
    ['Samlet regnskab for udgifter under delloftet for driftsudgifter²', 243.5],
    ['Afvigelse mellem regnskab og delloftet', null],
  ];
  const title = ['Tabel 1', 'Oversigt over delloft for driftsudgifter'];
  const sheet = { name: 'Tabel 1', title, grid, formats: { 2: ONE_DECIMAL } };
  const o = origin(sheet);
  grid[3][1] = { f: `B${o + 1}+B${o + 2}`, v: exactSum([252.9, -3.5], 1) };
  grid[5][1] = { f: `B${o + 4}-B${o + 3}`, v: exactSum([243.5, -249.4], 1) };
  return {
    name: 'aktstykke-delloft',
    template: 'generic',
    docx: true,
    notes:
      'State (Finansministeriet, aktstykke 291, 2024-25). A chain of sums and differences in one amount column whose heading is empty and whose unit ("Mia. kr.") stands in the first header cell; labels carry note marks. Kind: list (one column of amounts, no years, no budget variants); current prices, so no price level. In the workbook the ultimo row is =B+B and the Afvigelse row =B−B; the planted file types a wrong ultimo figure over its formula (the Afvigelse formula then follows it, so only the ultimo row is wrong). In Word the amounts are text: a wrong part (the delloft) makes the ultimo sum wrong, and the Afvigelse is typed wrong.',
    sheets: [
      {
        ...sheet,
        after: [
          'Anm.: 1) Delloft for driftsudgifter er opgjort inkl. korrektion af udgiftslofter for 2024, jf. LOV nr. 643 af 11. juni 2024.',
          '2) Udgifter til militære bidrag til Ukraine, der afholdes på baggrund af udmøntning fra § 35.11.69.11, er undtaget.',
        ],
        kind: 'list',
        unit: 'mia. kr.',
        priceLevel: null,
        planted: [{ at: [3, 1], value: 250.4, finds: [], missed: [['TOTAL_MISMATCH', [3, 1], 'one column with no total word: numbers alone in one column never make a total (one coincidence), so a wrong figure in the chain cannot be told from a right one']] }],
        plantedDocx: [
          { at: [1, 1], value: 253.9, finds: [], missed: [['TOTAL_MISMATCH', [3, 1], 'one column with no total word: numbers alone in one column never make a total (one coincidence), so a wrong figure in the chain cannot be told from a right one']] },
          { at: [5, 1], value: -6.9, finds: [], missed: [['DIFFERENCE_MISMATCH', [5, 1], 'one column with no total word: numbers alone in one column never make a total (one coincidence), so a wrong figure in the chain cannot be told from a right one']] },
        ],
      },
    ],
  };
}

/** Folketinget, KOU alm. del spm. 154 (2012-13): regions with the total first, long headings carrying unit and note number. */
function regionerTilskud() {
  const grid = [
    ['', 'Kunstig fordeling af aftalt niveau for serviceudgifter (mio. kr) (1)', 'Samlet tilskud (mio. kr) (2)'],
    ['Regioner', 107642.0, 88715.5],
    ['1084 Region Hovedstaden', 33566.4, 27985.3],
    ['1085 Region Sjælland', 16426.3, 13591.5],
    ['1083 Region Syddanmark', 23378.7, 18986.1],
    ['1082 Region Midtjylland', 22997.1, 18905.1],
    ['1081 Region Nordjylland', 11273.6, 9247.5],
  ];
  for (const c of [1, 2]) expectSum(`regioner col ${c}`, grid[1][c], grid.slice(2).map((r) => r[c]), 0.1);
  return {
    name: 'regioner-tilskud',
    template: 'generic',
    notes:
      'Region distribution (Indenrigsministeriet\'s answer to KOU alm. del spm. 154, 2012-13). The total ("Regioner") stands above its five parts; the columns are named by what they measure with the unit and a note number inside the heading; labels start with the region code. Column 1 sums to 107.642,1 against the stated 107.642,0: rounding, not an error. Kind: list; no price level stated. Planted: the total of column 2 typed wrong; one region of column 1 typed wrong, so the total above disagrees.',
    sheets: [
      {
        name: 'Svar',
        title: ['KOU alm. del - Spørgsmål 154'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL },
        after: ['Anm: kol(1) Opgjort pba. den i spørgsmålet opstillede beregningstekniske forudsætning om, at fordelingen på regioner svarer til fordelingen realiseret ved regionernes regnskaber for 2012'],
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          // The total above its parts is wrong in one column; the other column shows what it counts.
          {
            at: [1, 2],
            value: 88815.5,
            finds: [],
            missed: [['TOTAL_MISMATCH', [1, 2], 'a row with no total word that fits as the sum of the rows below it in one column of two: one agreeing column is not evidence enough to call the other wrong']],
          },
        ],
      },
    ],
  };
}

/** Økonomistyrelsen, statslige regnskabstal 2023: months, quarters, "- Foreløbig", Saldo and a running Akkumuleret saldo. */
function statensRegnskabstal() {
  const m = (label, u, i, s, a) => [label, u, i, s, a];
  const grid = [
    ['', 'Udgifter', 'Indtægter', 'Saldo', 'Akkumuleret saldo'],
    m('Januar', 71663.2, 46252.9, -25410.3, -25410.3),
    m('Februar', 59153.9, 85988.7, 26844.8, 1434.5),
    m('Marts', 73086.0, 95494.5, 22408.6, 23843.0),
    m('1. kvartal', 203903.1, 227746.2, 23843.0, 23843.0),
    m('April', 65027.7, 58568.6, -6459.0, 17384.0),
    m('Maj', 87716.2, 84723.0, -2993.2, 14390.9),
    m('Juni', 84571.6, 73072.6, -11499.0, 2891.8),
    m('2. kvartal', 237315.4, 216364.2, -20951.2, 2891.8),
    m('Juli', 73600.7, 61266.0, -12334.8, -9442.9),
    m('August', 69438.4, 105594.6, 36156.2, 26713.3),
    m('September', 79764.9, 75564.0, -4200.9, 22512.4),
    m('3. kvartal', 222804.1, 242424.6, 19620.6, 22512.4),
    m('Oktober', 70549.5, 70280.1, -269.4, 22243.0),
    m('November', 85296.2, 146024.6, 60728.4, 82971.4),
    m('December - Foreløbig', 97369.7, 90649.0, -6720.7, 76250.7),
    m('4. kvartal - Foreløbig', 253215.4, 306953.7, 53738.3, 76250.7),
    m('Hele året - Foreløbig', 917238.0, 993488.8, 76250.7, 76250.7),
  ];
  const quarters = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]];
  for (let r = 1; r < grid.length; r++) {
    if (r !== 2) expectSum(`statens saldo row ${r}`, grid[r][3], [grid[r][2], -grid[r][1]], 0.1);
  }
  for (const [a, b, c, q] of quarters) {
    for (const col of [1, 2, 3]) {
      if (!(q === 4 && col === 2)) expectSum(`statens ${grid[q][0]} col ${col}`, grid[q][col], [a, b, c].map((r) => grid[r][col]), 0.15);
    }
  }
  for (const col of [1, 2, 3]) expectSum(`statens year col ${col}`, grid[17][col], [4, 8, 12, 16].map((r) => grid[r][col]), 0.2);
  // The published slip: February's Indtægter is 10,0 short of what its Saldo and the quarter need.
  expectSum('statens Februar (published slip)', grid[2][3] - 10, [grid[2][2], -grid[2][1]], 0);
  return {
    name: 'statens-regnskabstal-2023',
    template: 'generic',
    notes:
      'State (Økonomistyrelsen, statslige regnskabstal 2023). A period table: months, quarter rows after every third month, the year at the foot; the last rows carry the suffix "- Foreløbig"; Saldo = Indtægter − Udgifter; "Akkumuleret saldo" is a running total, never summed. The unit is in a sentence above the table. Published error: February\'s Indtægter is printed 85.988,7, but its Saldo (26.844,8) and the 1st quarter (227.746,2) both need 85.998,7 — a typing slip on the page, kept as published. Planted: May\'s Udgifter typed 88.716,2 (its Saldo and the 2nd quarter no longer agree); October\'s Saldo typed -296,4 (its own difference and the 4th quarter\'s Saldo no longer agree).',
    sheets: [
      {
        name: 'Staten',
        title: ['Statslige regnskabstal 2023', 'Alle beløb er angivet i mio. kr., og afrundinger kan medføre, at tabellernes tal ikke summer til totalen.'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL },
        kind: 'period',
        unit: 'mio. kr.',
        priceLevel: null,
        published: [
          { at: [2, 3], rule: 'DIFFERENCE_MISMATCH', note: 'Februar: 85.988,7 − 59.153,9 = 26.834,8, printed 26.844,8 (Indtægter should read 85.998,7)' },
          { at: [4, 2], rule: 'TOTAL_MISMATCH', note: '1. kvartal Indtægter: the months add up to 227.736,1, printed 227.746,2' },
        ],
        planted: [
          {
            at: [6, 1],
            value: 88716.2,
            finds: [
              ['DIFFERENCE_MISMATCH', [6, 3]],
              ['TOTAL_MISMATCH', [8, 1]],
            ],
          },
          {
            at: [13, 3],
            value: -296.4,
            finds: [
              ['DIFFERENCE_MISMATCH', [13, 3]],
              ['TOTAL_MISMATCH', [16, 3]],
            ],
          },
        ],
      },
    ],
  };
}

/** Økonomistyrelsen, kommunale og regionale regnskabstal 2023, as an Excel table with a totals row. */
function kommunaleRegnskabstal() {
  const grid = [
    [' ', 'Udgifter', 'Indtægter', 'Saldo', 'Akkumuleret saldo'],
    ['1. kvartal', 146684.3, 164326.0, 17641.7, 17641.7],
    ['2. kvartal', 164864.6, 159824.2, -5040.4, 12601.3],
    ['3. kvartal', 162304.3, 156890.9, -5413.3, 7188.0],
    ['4. kvartal', null, null, null, null],
    ['Året til dato', null, null, null, 7188.0],
  ];
  const sheet = { name: 'Kommuner og regioner', title: ['Kommunale og regionale regnskabstal 2023', 'Alle beløb er angivet i mio. kr., og afrundinger kan medføre, at tabellernes tal ikke summer til totalen.'], grid };
  const col = (c) => grid.slice(1, 5).map((r) => r[c]);
  grid[5][1] = { f: 'SUBTOTAL(109,Regnskabstal[Udgifter])', v: exactSum(col(1), 1) };
  grid[5][2] = { f: 'SUBTOTAL(109,Regnskabstal[Indtægter])', v: exactSum(col(2), 1) };
  grid[5][3] = { f: 'SUBTOTAL(109,Regnskabstal[Saldo])', v: exactSum(col(3), 1) };
  for (let r = 1; r <= 3; r++) expectSum(`kommunale saldo ${r}`, grid[r][3], [grid[r][2], -grid[r][1]], 0.1);
  return {
    name: 'kommunale-regnskabstal-2023',
    template: 'generic',
    notes:
      'Municipalities and regions together (Økonomistyrelsen, kommunale og regionale regnskabstal 2023), written as an Excel table (Insert › Table) whose header cell over the labels holds only a space and whose totals row ("Året til dato") sums with SUBTOTAL(109, …) over structured references; the 4th quarter is still empty. Kind: period. Planted: the 3rd quarter\'s Indtægter stored as text, so the totals row\'s SUBTOTAL skips it; the totals row\'s Udgifter typed over its formula with two digits swapped.',
    sheets: [
      {
        ...sheet,
        excelTable: { name: 'Regnskabstal' },
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL },
        kind: 'period',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [3, 2], value: '156.890,9', finds: [['TOTAL_SKIPS_TEXT', [5, 2]]] },
          { at: [5, 1], value: 437853.2, finds: [['TOTAL_MISMATCH', [5, 1]]] },
        ],
        plantedSet: [{ at: [5, 2], value: { f: 'SUBTOTAL(109,Regnskabstal[Indtægter])', v: exactSum([164326.0, 159824.2], 1) } }],
      },
    ],
  };
}

/** Herning Kommune, Økonomi- og Erhvervsudvalgets budget 2012: Udgifter | Indtægter | Netto, each area above its Drift and Anlæg. */
function herningBudget() {
  const areas = [
    ['01 Byggemodning', [0, -49310], [0, 0], [0, -49310]],
    ['02 Arealerhvervelser/salgsindt.', [3452, -2362], [0, 0], [3452, -2362]],
    ['08 Driftsselskaber', [35716, -36567], [35716, -36567], [0, 0]],
    ['10 Dagtilbud for børn', [0, -8241], [0, -8241], [0, 0]],
    ['15 Kultur', [11352, -2272], [11352, -2272], [0, 0]],
    ['20 Administration', [549921, -32736], [543543, -32736], [6378, 0]],
  ];
  const title = ['Økonomi- og Erhvervsudvalgets budget for 2012'];
  const o = title.length + 2;
  const grid = [['Serviceområde 1.000 kr', 'Udgifter', 'Indtægter', 'Netto']];
  const areaRows = [];
  for (const [label, , drift, anlaeg] of areas) {
    const r = grid.length; // area row; Drift r+1, Anlæg r+2
    areaRows.push(r);
    const x = (c, rr) => `${c}${o + rr}`;
    grid.push([
      label,
      { f: `${x('B', r + 1)}+${x('B', r + 2)}`, v: drift[0] + anlaeg[0] },
      { f: `${x('C', r + 1)}+${x('C', r + 2)}`, v: drift[1] + anlaeg[1] },
      { f: `${x('B', r)}+${x('C', r)}`, v: drift[0] + anlaeg[0] + drift[1] + anlaeg[1] },
    ]);
    grid.push(['Drift', drift[0], drift[1], { f: `${x('B', r + 1)}+${x('C', r + 1)}`, v: drift[0] + drift[1] }]);
    grid.push(['Anlæg', anlaeg[0], anlaeg[1], { f: `${x('B', r + 2)}+${x('C', r + 2)}`, v: anlaeg[0] + anlaeg[1] }]);
  }
  const tot = (c, k) => ({ f: areaRows.map((r) => `${c}${o + r}`).join('+'), v: areas.reduce((s, a) => s + a[2][k] + a[3][k], 0) });
  const totalRow = grid.length;
  grid.push(['I alt', tot('B', 0), tot('C', 1), { f: `B${o + totalRow}+C${o + totalRow}`, v: 600441 - 131488 }]);
  // The published figures: each area = Drift + Anlæg, I alt = 600.441 | -131.488 | 468.953.
  if (grid[totalRow][1].v !== 600441 || grid[totalRow][2].v !== -131488) throw new Error('herning: totals differ from the published ones');
  return {
    name: 'herning-budget-2012',
    template: 'generic',
    notes:
      'Municipality (Herning Kommune, Mål, oversigter og bemærkninger, Budget 2012, Økonomi- og Erhvervsudvalget). Each serviceområde row is the total of the Drift and Anlæg rows BELOW it; "I alt" adds the six serviceområde rows only (its formula names them); Netto is a right-hand total column (Udgifter + Indtægter) with a heading; labels start with the area number; the unit sits in the first header cell ("Serviceområde 1.000 kr"). Kind: list (one budget year, measures as columns). Planted: the Udgifter of 20 Administration typed over its formula (no longer Drift + Anlæg below it; the I alt formula follows it); the Netto of 08 Driftsselskaber\'s Drift typed wrong (a careful reader points at that cell, not at the area row above it).',
    sheets: [
      {
        name: 'Budget 2012',
        title,
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 't.kr.',
        priceLevel: null,
        planted: [
          { at: [16, 1], value: 594921, finds: [['TOTAL_MISMATCH', [16, 1]]] },
          { at: [8, 3], value: -815, finds: [['TOTAL_MISMATCH', [8, 3]]] },
        ],
        plantedSet: [
          { at: [totalRow, 1], value: { f: tot('B', 0).f, v: 600441 + 45000 } },
          { at: [16, 3], value: { f: `B${o + 16}+C${o + 16}`, v: 594921 - 32736 } },
          { at: [totalRow, 3], value: { f: `B${o + totalRow}+C${o + totalRow}`, v: 600441 + 45000 - 131488 } },
        ],
      },
    ],
  };
}

/** Gentofte Kommune, takster for børneinstitutioner 2020 og 2019: Pladspris = Egenbetaling + Tilskud. */
function gentofteTakster() {
  const row = (label, e20, t20, p20, e19, t19, p19) => [label, e20, t20, p20, e19, t19, p19];
  const grid = [
    ['BØRNEINSTITUTIONER M.M.                                 ', 'Egenbetaling 2020', 'Tilskud 2020', 'Pladspris 2020', 'Egenbetaling 2019', 'Tilskud 2019', 'Pladspris 2019'],
    row('Dagpleje, fuldtid: Børn under 3 år', 4183, 12549, 16732, 4180, 12540, 16720),
    row('Dagpleje, fuldtid: Børn over 3 år', 4090, 12270, 16360, 4180, 12540, 16720),
    row('Dagpleje, deltid: Børn under 3 år', 3556, 10668, 14224, 3553, 10659, 14212),
    row('Dagpleje, deltid: Børn over 3 år', 3477, 10431, 13908, 3553, 10659, 14212),
    row('Vuggestue, fuldtid: Børn under 3 år ekskl. mad', 3212, 9636, 12848, 3111, 9331, 12442),
    row('Vuggestue, fuldtid: Børn under 3 år inkl. mad', 4019, 9636, 13655, 3906, 9331, 13237),
    row('Børnehave, fuldtid: Børn uanset alder ekskl. mad', 1692, 5076, 6768, 1689, 5066, 6755),
    row('Børnehave, fuldtid: Børn uanset alder inkl. mad', 2499, 5076, 7575, 2484, 5066, 7550),
    row('Børnehave, deltid: Børn uanset alder ekskl. mad', 1438, 4315, 5753, 1435, 4307, 5742),
    row('Børnehave, deltid: Børn uanset alder inkl. mad', 2245, 4315, 6560, 2230, 4307, 6537),
    ['Integrerede og kombinerede institutioner, fuldtid **)', null, null, null, null, null, null],
    row('Børn under 3 år ekskl. mad', 3212, 9636, 12848, 3111, 9331, 12181),
    row('Børn under 3 år inkl. mad', 4019, 9636, 13655, 3906, 9331, 12965),
    row('Børn over 3 år ekskl. mad', 1692, 5076, 6768, 1689, 5066, 6881),
    row('Børn over 3 år inkl. mad', 2499, 5076, 7575, 2484, 5066, 7665),
  ];
  for (let r = 1; r < grid.length; r++) {
    if (grid[r][1] === null) continue;
    expectSum(`gentofte 2020 row ${r}`, grid[r][3], [grid[r][1], grid[r][2]], 0, 0);
    if (r < 12) expectSum(`gentofte 2019 row ${r}`, grid[r][6], [grid[r][4], grid[r][5]], 0, 0);
    else if (grid[r][6] === grid[r][4] + grid[r][5]) throw new Error(`gentofte: row ${r} was published wrong`);
  }
  const published = [12, 13, 14, 15].map((r) => ({
    at: [r, 6],
    rule: 'TOTAL_MISMATCH',
    note: `${grid[r][0]}: ${danish(grid[r][4], 0)} + ${danish(grid[r][5], 0)} = ${danish(grid[r][4] + grid[r][5], 0)}, printed ${danish(grid[r][6], 0)} (the 2017 price)`,
  }));
  return {
    name: 'gentofte-takster',
    template: 'generic',
    docx: true,
    notes:
      'Municipal price list (Gentofte Kommune, takster for børneinstitutioner 2020 og 2019): per year Egenbetaling + Tilskud = Pladspris, a right-hand total column with a heading and no total row; two years side by side; a section title ("Integrerede …, fuldtid **)") with a note mark; the first header cell is a title padded with spaces; no unit is stated anywhere in the table. Kind: list (rates; no total row is due). Published error: in the four rows of the integrated institutions, Pladspris 2019 is not Egenbetaling 2019 + Tilskud 2019 (the page still shows the 2017 prices there) — a real error on the published page, kept. Planted: a Tilskud 2020 typed 4.351 for 4.315 (Pladspris no longer agrees) and a Pladspris 2020 typed 16.630 for 16.360.',
    sheets: [
      {
        name: 'Takster',
        title: ['Takster for børneinstitutioner'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE, 7: WHOLE },
        after: ['**) I integrerede og kombinerede institutioner gælder, at der for alle børn under 3 år betales vuggestuetakst og fra 3 år betales der børnehavetakst.'],
        kind: 'list',
        unit: null,
        priceLevel: null,
        published,
        planted: [
          { at: [10, 2], value: 4351, finds: [['TOTAL_MISMATCH', [10, 3]]] },
          { at: [2, 3], value: 16630, finds: [['TOTAL_MISMATCH', [2, 3]]] },
        ],
      },
    ],
  };
}

/** Hørsholm Kommune, renovation 2016–2017: excl./inkl. moms columns, two "Grundgebyr … i alt" totals and a long list without one. */
function hoersholmRenovation() {
  const items = [
    ['Helårsafgift 125 liter sæk', 858, 912, 1140],
    ['Helårsafgift 125 liter sæk 2 x tømning', 1716, 1824, 2280],
    ['Sommerafhentning 125 liter sæk', 486, 526, 658],
    ['140 liter container', 818, 898, 1123],
    ['190 liter container', 1181, 1241, 1551],
    ['240 liter container', 1304, 1394, 1743],
    ['360 liter container', 1644, 1798, 2248],
    ['360 liter container 2 x tømning', 3096, 3397, 4246],
    ['660 liter container', 2154, 2554, 3193],
    ['660 liter container 2 x tømning', 4115, 4909, 6136],
    ['660 liter container 3 x tømning', 6076, 7264, 9080],
    ['660 liter container sommerafhentning', 1242, 1474, 1843],
    ['770 liter container', 2554, 2972, 3715],
    ['770 liter container 2 x tømning', 4917, 5744, 7180],
    ['770 liter container 3 x tømning', 7279, 8516, 10645],
    ['770 liter container sommerafhentning', 1474, 1714, 2143],
    ['1000 liter container tømmes 2 x ugentligt', 5890, 7091, 8864],
    ['16.000 liter Hammeren 127, Olufborg', 60070, 69493, 86866],
    ['20.000 liter Fritidshaven 217, sommer', 38400, 45240, 56550],
    ['55.079 liter Sylen, Gadehavegård 2 x tømning', 246945, 246321, 307901],
    ['28.000 liter Sekskanten, Blåkildegard', 79539, 96262, 120328],
    ['21.400 liter Essex, mobilsug', 182005, 180340, 225425],
  ];
  const husstand = [
    ['Administration', 233, 243, 304],
    ['Glas, pap og papir', 68, 105, 131],
    ['Storskrald og haveaffaldsordning', 202, 254, 318],
    ['Genbrugspladsen', 576, 504, 630],
    ['Miljøfarligt affald', 3, 29, 36],
  ];
  const sommer = [
    ['Administration', 136, 142, 178],
    ['Glas, pap og papir', 40, 61, 76],
    ['Storskrald og haveaffaldsordning', 118, 148, 185],
    ['Genbrugspladsen', 336, 294, 368],
    ['Miljøfarligt affald', 2, 17, 21],
  ];
  const title = ['Renovation med genbrugsordning'];
  const o = title.length + 2;
  const grid = [['Kr.', 'excl. moms 2016', 'excl. moms 2017', 'inkl. moms 2017'], ['Dagrenovation', null, null, null], ...items];
  grid.push(['Se yderlige oplysninger om container til parcel- og rækkehuse.', null, null, null]);
  const block = (heading, rows) => {
    grid.push([heading, null, null, null]);
    const first = grid.length;
    grid.push(...rows);
    const last = grid.length - 1;
    grid.push([
      'Grundgebyr for alle ordninger i alt',
      ...[1, 2, 3].map((c) => ({ f: `SUM(${colLetter(c + 1)}${o + first}:${colLetter(c + 1)}${o + last})`, v: rows.reduce((s, r) => s + r[c], 0) })),
    ]);
    return grid.length - 1;
  };
  const husTotal = block('Gebyr pr. husstand', husstand);
  if (grid[husTotal][1].v !== 1082 || grid[husTotal][2].v !== 1135 || grid[husTotal][3].v !== 1419) throw new Error('hørsholm: husstand totals');
  const sommerTotal = block('Gebyrer pr. sommerhusstand', sommer);
  if (grid[sommerTotal][1].v !== 632 || grid[sommerTotal][2].v !== 662 || grid[sommerTotal][3].v !== 828) throw new Error('hørsholm: sommer totals');
  const genbrug = husTotal - 2;
  return {
    name: 'hoersholm-renovation',
    template: 'generic',
    notes:
      'Municipal fees (Hørsholm Kommune, renovation med genbrugsordning 2016–2017): columns named by VAT and year ("excl. moms 2016 | excl. moms 2017 | inkl. moms 2017"), the unit "Kr." in the first header cell; a long list of container prices with no total (none is due), a text row inside the table, then two sections whose "Grundgebyr for alle ordninger i alt" adds the five fees above it (SUM formulas here). Kind: list. Planted: Genbrugspladsen 2017 stored as text under the SUM (the SUM shows 631, not 1.135); the sommerhus total inkl. moms typed 838 over its formula.',
    sheets: [
      {
        name: 'Renovation',
        title,
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [genbrug, 2], value: '504', finds: [['TOTAL_SKIPS_TEXT', [husTotal, 2]]] },
          { at: [sommerTotal, 3], value: 838, finds: [['TOTAL_MISMATCH', [sommerTotal, 3]]] },
        ],
        plantedSet: [{ at: [husTotal, 2], value: { f: grid[husTotal][2].f, v: 1135 - 504 } }],
      },
    ],
  };
}

/** Hørsholm Kommune, tilskud til private institutioner 2017–2018: a unit row under the header, "Tilskud i alt" that rounds. */
function hoersholmPrivatinstitutioner() {
  const title = ['Tilskud til private institutioner', 'Der ydes følgende tilskud til den private institution og leverandør:'];
  const o = title.length + 2;
  const grid = [
    ['   ', 2017, 2018],
    ['Tilskud 0 – 2 årige', 'kr. pr. måned', 'kr.. pr. måned'],
    ['Driftstilskud inkl. moms', 9302, 9494],
    ['Administrationsbidrag', 260, 266],
    ['Bygningstilskud', 238, 238],
    ['Tilskud i alt', { f: `SUM(B${o + 2}:B${o + 4})`, v: 9800 }, { f: `SUM(C${o + 2}:C${o + 4})`, v: 9998 }],
    [null, null, null],
    ['Tilskud 3-5 årige', 'kr. pr. måned', 'kr.  pr. måned'],
    ['Driftstilskud inkl. moms', 5040, 5189],
    ['Administrationsbidrag', 141, 145],
    ['Bygningstilskud', 238, 238],
    ['Tilskud i alt', 5420, 5573],
  ];
  for (const c of [1, 2]) {
    expectSum(`hørsholm 0-2 col ${c}`, num(grid[5][c]), [2, 3, 4].map((r) => grid[r][c]), 0, 0);
    expectSum(`hørsholm 3-5 col ${c} (rounded by 1)`, grid[11][c], [8, 9, 10].map((r) => grid[r][c]), 1, 0);
  }
  return {
    name: 'hoersholm-privatinstitutioner',
    template: 'generic',
    docx: true,
    notes:
      'Municipal subsidy rates (Hørsholm Kommune, tilskud til private institutioner 2017 og 2018): the header cell over the labels holds only spaces, the years are the column headings, and under each section title a unit row ("kr. pr. måned" in every column, once misspelt "kr.. pr. måned" as published) is a label, not amounts. "Tilskud i alt" adds the three parts above it: exact for 0–2 årige (SUM formulas in the workbook), one krone off for 3–5 årige in both years (5.419 and 5.572 add to 5.420 and 5.573) — rounding of unrounded parts, not an error. The empty row between the two sections is part of the published table; a careful reader sees one table. Kind: list. Planted: the 3–5 årige Administrationsbidrag 2017 typed 414 for 141 (its Tilskud i alt no longer agrees); the 0–2 årige Tilskud i alt 2018 typed 9.989 over its formula.',
    sheets: [
      {
        name: 'Tilskud',
        title,
        grid,
        formats: { 2: WHOLE, 3: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [9, 1], value: 414, finds: [['TOTAL_MISMATCH', [11, 1]]] },
          { at: [5, 2], value: 9989, finds: [['TOTAL_MISMATCH', [5, 2]]] },
        ],
      },
    ],
  };
}

/** Beskæftigelsesministeriet, satser for 2024: kontanthjælpsloft. Rates carrying their unit, no totals. */
function kontanthjaelpsloft() {
  const sats = (x) => `${danish(x, 0)} kr. pr. md.`;
  const section = (heading) => [heading, 'Lovhenvisning', 'Sats'];
  const line = (label, ref, x) => [label, ref, sats(x)];
  const grid = [
    section('Kontanthjælpsloft for modtagere af hjælp efter §§ 23-25 med et beløb svarende til satserne i § 25, stk. 2'),
    line('Gifte/samlevende, forsørgere', '§ 25 b, stk. 1, nr. 1', 16382),
    line('Gifte/samlevende, ikke forsørgere', '§ 25 b, stk. 1, nr. 2', 12326),
    line('Enlige, forsørger, 1 barn', '§ 25 b, stk. 1, nr. 3', 17080),
    line('Enlige, forsørger, 2 eller flere børn', '§ 25 b, stk. 1, nr. 4', 17483),
    line('Enlige, ikke forsørger', '§ 25 b, stk. 1, nr. 5', 14909),
    section('Kontanthjælpsloft for modtagere af hjælp efter § 25, stk. 3, og som ikke er omfattet af § 25 b, stk. 1'),
    line('Gifte/samlevende, forsørgere, 1 barn', '§ 25 b, stk. 2, nr. 1', 13987),
    line('Gifte/samlevende, forsørgere, 2 eller flere børn', '§ 25 b, stk. 2, nr. 2', 13848),
    line('Gifte/samlevende, ikke forsørgere', '§ 25 b, stk. 2, nr. 3', 10623),
    line('Enlige, forsørger, 1 barn', '§ 25 b, stk. 2, nr. 4', 16742),
    line('Enlige, forsørger, 2 eller flere børn', '§ 25 b, stk. 2, nr. 5', 17146),
    line('Enlige, ikke forsørger', '§ 25 b, stk. 2, nr. 6', 11414),
    section('Kontanthjælpsloft for modtagere af hjælp efter §§ 23 og 24, og som ikke er omfattet af § 25 b, stk. 1'),
    line('Gifte/samlevende, forsørgere, 1 barn', '§ 25 b, stk. 3, nr. 1', 13339),
    line('Gifte/samlevende, forsørgere, 2 eller flere børn', '§ 25 b, stk. 3, nr. 2', 13159),
    line('Gifte/samlevende, ikke forsørgere', '§ 25 b, stk. 3, nr. 3', 10179),
    line('Enlige, forsørger, 1 barn', '§ 25 b, stk. 3, nr. 4', 15930),
    line('Enlige, forsørger, 2 eller flere børn', '§ 25 b, stk. 3, nr. 5', 16331),
    line('Enlige, ikke forsørger', '§ 25 b, stk. 3, nr. 6', 10963),
  ];
  return {
    name: 'kontanthjaelpsloft-2024',
    template: 'generic',
    docx: true,
    notes:
      'State rates (Beskæftigelsesministeriet, satser for 2024, kontanthjælpsloft): three sections, each opened by a title row that repeats the column headings ("Lovhenvisning | Sats"); every rate carries its unit in the cell ("16.382 kr. pr. md."); a text column of legal references; no totals and none due. Kind: list. Nothing in a rate table adds up, so the planted file holds no error about totals: it plants a coincidence instead — the last rate of the first section is changed to the sum of the two rates above it (17.080 + 17.483 = 34.563) in the only amount column. One column agreeing once is a coincidence, never a total, so the planted file must give no finding about totals either.',
    sheets: [
      {
        name: 'Kontanthjælpsloft',
        title: ['Kontanthjælpsloft', 'Kontanthjælpsloft, jf. lov om aktiv socialpolitik (LBK nr. 1031 af 22. juni 2023)', 'Satserne er gældende fra den 1. januar 2024, medmindre andet er anført.'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [5, 2], value: sats(17080 + 17483), finds: [] }],
      },
    ],
  };
}

/** Norddjurs Kommune, takstoversigt 2019–2020: rates under section titles, years as dates shown yyyy. */
function norddjursTakster() {
  const kr2 = (x) => ({ v: x, fmt: TWO_DECIMALS });
  const grid = [
    ['Takster i kr.', { year: 2019 }, { year: 2020 }],
    ['Børn og unge: Dagplejen', null, null],
    ['Månedlig betaling, 48 timer ugentlig', 2641, 2665],
    ['Børn og unge: Daginstitutioner', null, null],
    ['0-2 årige per mdr.', 2716, 2902],
    ['3-6 årige per mdr., heldags', 1484, 1586],
    ['3-6 årige per mdr., halvdags', 742, 793],
    ['Børn og unge: SFO', null, null],
    ['Heldagstakst per mdr. i 11 mdr.', 1739, 1784],
    ['Ældreområdet: madservice inkl. udbringning', null, null],
    ['Almindelig hovedret', kr2(50.25), kr2(52.25)],
    ["Ta' selv menu", kr2(50.25), kr2(52.25)],
    ['Lille hovedret', kr2(49.25), kr2(51.25)],
    ['Biret', kr2(6.0), kr2(6.0)],
  ];
  return {
    name: 'norddjurs-takster',
    template: 'generic',
    notes:
      'Municipal rates (Norddjurs Kommune, takstoversigt, udpluk for 2019 og 2020): section titles, rates in whole kroner and in kroner and øre in the same column, no totals and none due; the year headings are stored as dates formatted yyyy (as several programs write them) and the unit is in the first header cell ("Takster i kr."). Kind: list. The planted file holds no error about totals (a rate table has none to break): it plants a one-column coincidence — the SFO rate 2019 changed to 2.226 = 1.484 + 742, the two rates above it — which must not be taken for a total.',
    sheets: [
      {
        name: 'Takster',
        title: ['Takstoversigt', 'Nedenfor ses et mindre udpluk af taksterne gældende for 2019 og 2020:'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [8, 1], value: 2226, finds: [] }],
      },
    ],
  };
}

/** Skatteministeriet, beløbsgrænser reguleret efter PSL § 20, 2025–2026: thresholds, an index row, a unit row "Kr." in every column. */
function skmBeloebsgraenser() {
  const kr2 = (x) => ({ v: x, fmt: TWO_DECIMALS });
  const grid = [
    ['', 'Grundbeløb', 2025, 2026],
    ['Reguleringstal (PSL § 20)', { v: 100.0, fmt: ONE_DECIMAL }, { v: 131.0, fmt: ONE_DECIMAL }, { v: 137.3, fmt: ONE_DECIMAL }],
    ['', 'Kr.', 'Kr.', 'Kr.'],
    ['Afskrivningsloven:', null, null, null],
    ['Småsaldigrænse (§ 5)', 26200, 34400, 36000],
    ['Småaktivgrænse (§ 6)', 26200, 34400, 36000],
    ['Loft over forhøjet afskrivningsgrundlag for udgifter til forskning- og forsøgsvirksomhed (§ 6) (oprundes til 0,1 mio. kr.)', '793 mio.', '-', '1.088,8 mio'],
    ['Min. anskaffelsessum for dok- og beddingsanlæg mv. (§ 10)', 703400, 921500, 965800],
    ['Småaktivgrænse (§ 11)', 12300, 16200, 16900],
    ['Bundgrænse for forskudsafskrivninger for driftsmidler og skibe (§ 29)', 1406800, 1843000, 1931600],
    ['Småudgifts- og småafgiftsgrænse (§§ 42 og 43)', 12300, 16200, 16900],
    ['Aktiesparekontoloven:', null, null, null],
    ['Værdigrænse for indskud (§ 9)', 126850, 166200, 174200],
    ['Arbejdsskadeafgiftsloven:', null, null, null],
    ['Maksimalt beløb til dækning af administrationsudgifter pr. fuldtidsansat (§ 9 stk. 2)', kr2(4.0), kr2(5.24), kr2(5.5)],
    ['Boafgiftsloven:', null, null, null],
    ['Bundfradrag ved boafgift (§ 6)', '264.100 285.700', '346.000 -', '- 392.300'],
    ['Bundfradrag ved gaveafgift (§ 22)', 58700, 76900, 80600],
  ];
  return {
    name: 'skm-beloebsgraenser-2026',
    template: 'generic',
    docx: true,
    notes:
      'State thresholds (Skatteministeriet, beløbsgrænser i skattelovgivningen der reguleres efter personskattelovens § 20, 2025-2026, Tabel 1): a column named by what it holds ("Grundbeløb") beside two years, an index row (Reguleringstal 100,0 | 131,0 | 137,3 — not amounts), a unit row with "Kr." in every column, section titles ending in a colon, cells that hold two figures or "793 mio." as published, amounts in kroner and in kroner and øre; no totals and none due. The price level is in words in the sentence above the table: the grundbeløb are "i 2010-niveau", so the table\'s price level is 2010. Kind: list. The planted file holds no error about totals (a threshold table has none to break): it plants a one-column coincidence — Småudgifts- og småafgiftsgrænse 2025 changed to 1.859.200 = 16.200 + 1.843.000, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Beløbsgrænser',
        title: [
          'En række beløbsgrænser i skatte- og afgiftslovgivningen er fastsat som grundbeløb i 2010-niveau, og de opreguleres hvert år efter reglerne i personskattelovens § 20.',
          'Tabel 1. Beløbsgrænser i skatte- og afgiftslove der reguleres efter personskattelovens § 20',
        ],
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: 2010,
        planted: [{ at: [10, 2], value: 1859200, finds: [] }],
      },
    ],
  };
}

/** Vesthimmerlands Kommune, tilskud til private vuggestuer og børnehaver 2024: percentages, amounts carrying "kr.", a text column. */
function vesthimmerlandTilskud() {
  const kr = (x) => `${danish(x, 0)} kr.`;
  const pct = (x, d) => ({ v: x / 100, fmt: d ? '0.0 %' : '0 %' });
  const grid = [
    ['  ', 'Procent', 'Kr. pr. år', 'Kr. pr. måned (12 måneder)', 'Inklusiv inklusion'],
    ['Tilskud til drift af vuggestue (fuldtid)', null, kr(118802), kr(9900), null],
    ['Tilskud til drift af vuggestue (30 timer)', pct(66), kr(78409), kr(6534), null],
    ['Tilskud til drift af børnehave (fuldtid)', null, kr(79341), kr(6612), 'Med inklusion kr. 6.771 pr. måned'],
    ['Tilskud til drift af børnehave (30 timer)', pct(66), kr(52365), kr(4364), 'Med inklusion kr. 4.523 pr. måned'],
    ['Inklusion 3 - 5 år', null, '1.905', kr(159), null],
    ['Bygningstilskud til vuggestue', pct(4.1, 1), kr(5867), kr(489), null],
    ['Bygningstilskud til børnehave', pct(3.2, 1), kr(3414), kr(285), null],
    ['Administrationstilskud til vuggestue', pct(2.5, 1), kr(3578), kr(298), null],
    ['Administrationstilskud til børnehave', pct(2.5, 1), kr(2667), kr(222), null],
  ];
  return {
    name: 'vesthimmerland-tilskud-2024',
    template: 'generic',
    notes:
      'Municipal subsidy rates (Vesthimmerlands Kommune, tilskud til private vuggestuer og børnehaver 2024): the header cell over the labels holds only spaces; a percentage column (never summed), amounts that carry their unit in the cell ("118.802 kr.", once "1.905" without it, as published), a text column ("Med inklusion kr. 6.771 pr. måned"); the monthly column is the yearly one divided by 12, rounded; no totals and none due. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Administrationstilskud til børnehave per year changed to 6.992 kr. = 3.414 + 3.578, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Tilskud 2024',
        title: ['Tilskud til private vuggestuer og børnehaver 2024', 'Tilskuddene er med afsæt i Dagtilbudslovens § 19, stk. 4.', 'Andre deltidspladser end 30 timer gradueres i forhold til antal timer.'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [9, 2], value: kr(6992), finds: [] }],
      },
    ],
  };
}

/** Silkeborg Forsyning, priser 2022 – genbrug og affald: a text unit column beside ekskl./inkl. moms. */
function silkeborgAffald() {
  const k = (x) => ({ v: x, fmt: TWO_DECIMALS });
  const item = (label, unit, ex) => [label, unit, k(ex), k(Math.round(ex * 125) / 100)];
  const section = (label) => [label, null, null, null];
  const grid = [
    ['', 'Enhed', 'ekskl. moms', 'inkl. moms'],
    section('Affald'),
    section('Grundgebyr'),
    item('Bolig eller sommerhus', 'kr./boligenhed', 1305),
    section('Dagrenovationsbeholdere til rest- og madaffald ved 14-dagstømning'),
    item('Beholder 140 liter (kun ved særlige forhold)', 'kr./år', 703),
    item('Beholder 240 liter (kan være 2-delt)', 'kr./år', 905),
    item('Container 400 liter', 'kr./år', 1273),
    item('Container 660 liter', 'kr./år', 1767),
    section('Tillæg'),
    item('Ekstra affaldssæk (kun restaffald)', 'kr./ekstra sæk', 35),
    item('Foring af container (400-660 l beholdere til restaffald)', 'kr./tømning/container', 15),
    item('Ekstraordinær tilkørsel mandag - fredag inkl. tømning*', 'kr./beholder', 200),
    item('Ekstraordinær tilkørsel lørdag - søndag inkl. tømning*/**/****', 'kr./beholder', 1000),
    section('Haveaffald (kun private beboelser)'),
    item('Beholder 240 liter (8 tømninger)', 'kr./år', 540),
    item('Container 370-400 liter (8 tømninger)', 'kr./år', 732),
    section('Diverse gebyrer'),
    item('Ændring af beholdertype og tømmefrekvens*', 'kr./beholder', 300),
    item('Afstandstillæg - pr. beholder**', 'kr./afhentning', 15),
    item('Afstandstillæg 31 til 80 meter - pr. beholder**', 'kr./afhentning', 30),
    item('Erstatningsbeholder ved ødelæggelse af beholder***', 'kr./beholder', 675),
    item('Brug af fællesløsning.', 'kr./boligenhed', 905),
    ['Fejlsortering på genbrugspladser afregnes for påførte omkostninger.', 'Dagspris', null, null],
    section('Nedgravede affaldsløsninger'),
    item('Tømning', 'kr./stk.', 150),
    item('Behandling af restaffald', 'kr./ton', 613),
    item('Behandling madaffald', 'kr./ton', 300),
    item('Ekstraordinær tømning. (Pris er kr./påbegyndt time)', 'kr./afhentning', 800),
    section('Genbrugspladsgebyr for tilmeldte virksomheder'),
    item('Håndværksrelaterede virksomheder første bil*', 'kr./år', 3360),
    item('Håndværksrelaterede virksomheder efterfølgende biler*', 'år/bil', 1680),
    item('Øvrige virksomheder første bil*', 'kr./år', 660),
    item('Øvrige virksomheder efterfølgende biler*', 'år/bil', 330),
  ];
  return {
    name: 'silkeborg-affald-2022',
    template: 'generic',
    notes:
      'Municipal utility prices (Silkeborg Forsyning, Priser 2022 - Genbrug og Affald): a text column of units ("kr./boligenhed", "kr./år", "år/bil" as published) between the labels and two amount columns named by VAT ("ekskl. moms | inkl. moms", inkl. = ekskl. × 1,25 to the øre), section titles, a row with text only ("Dagspris"), labels with note marks (*, **, ***); no totals and none due. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Container 660 liter ekskl. moms changed to 2.178,00 = 905,00 + 1.273,00, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Priser 2022',
        title: ['Priser 2022 - Genbrug og Affald', '2022'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [8, 2], value: k(2178), finds: [] }],
      },
    ],
  };
}

/** Grønlands Statistik, Statistisk Årbog 2011-12, Tabel 10 Kommunernes regnskaber: totals above their parts, a chain, a unit row. */
function groenlandKommuner() {
  const years = [2006, 2007, 2008, 2009, 2010, 2011];
  const grid = [
    ['', ...years],
    ['', 'Mio. kr.', null, null, null, null, null],
    ['Indtægter i alt', 2866, 2966, 3009, 3147, 3236, 3412],
    ['Indkomst- og selskabsskat', 1598, 1729, 1674, 1764, 1803, 1860],
    ['Generelle tilskud og skatteudligning', 1144, 1127, 1198, 981, 1359, 1474],
    ['Renteindtægter', 57, 46, 36, 307, 23, 24],
    ['Andre indtægter', 67, 65, 100, 95, 51, 55],
    ['Driftsudgifter i alt', 2452, 2604, 2684, 2815, 2841, 3198],
    ['Administration', 504, 507, 505, 501, 545, 557],
    ['Teknisk område', 169, 205, 215, 195, 190, 181],
    ['Arbejdsmarked og erhverv', 65, 79, 89, 128, 150, 136],
    ['Socialområdet', 663, 696, 811, 787, 749, 1114],
    ['Undervisning og kultur', 1013, 1077, 1024, 1162, 1165, 1182],
    ['Forsyningsvirksomhed', 38, 40, 41, 43, 41, 27],
    ['Anlægsudgifter i alt', 265, 259, 391, 309, 426, 330],
    ['Administration', 23, 4, 15, 132, 5, 8],
    ['Teknisk område', 49, 68, 81, 53, 65, 95],
    ['Boligområdet', 69, 81, 158, 67, 151, 97],
    ['Arbejdsmarked og erhverv', 23, 13, 1, 1, 9, 0],
    ['Socialområdet', 18, 18, 18, 18, 19, 18],
    ['Undervisning og kultur', 72, 48, 53, 12, 102, 71],
    ['Forsyningsvirksomhed', 4, 1, 1, 2, 10, 11],
    ['Byggemodning', 7, 27, 65, 26, 65, 29],
    ['Drifts- og anlægsudgifter', 2716, 2863, 3076, 3125, 3266, 3528],
    ['Drifts- og anlægsoverskud', 149, 102, -67, 23, -30, -116],
  ];
  const formats = Object.fromEntries(years.map((_, i) => [i + 2, WHOLE]));
  for (let c = 1; c <= years.length; c++) {
    const col = (rows) => rows.map((r) => grid[r][c]);
    expectSum(`grønland indtægter ${years[c - 1]}`, grid[2][c], col([3, 4, 5, 6]), 2, 0);
    expectSum(`grønland drift ${years[c - 1]}`, grid[7][c], col([8, 9, 10, 11, 12, 13]), 3, 0);
    expectSum(`grønland anlæg ${years[c - 1]}`, grid[14][c], col([15, 16, 17, 18, 19, 20, 21, 22]), 4, 0);
    expectSum(`grønland drift+anlæg ${years[c - 1]}`, grid[23][c], col([7, 14]), 1, 0);
    expectSum(`grønland overskud ${years[c - 1]}`, grid[24][c], [grid[2][c], -grid[23][c]], 1, 0);
  }
  return {
    name: 'groenland-kommunernes-regnskaber',
    template: 'generic',
    notes:
      'Municipal accounts of the Danish Realm (Grønlands Statistik, Statistisk Årbog 2011-12, Tabel 10 "Kommunernes regnskaber", in Danish): every "… i alt" stands ABOVE its parts; then a chain — "Drifts- og anlægsudgifter" = Driftsudgifter i alt + Anlægsudgifter i alt, "Drifts- og anlægsoverskud" = Indtægter i alt − Drifts- og anlægsudgifter; a unit row ("Mio. kr.", one cell merged across the years) between the year headings and the figures; the note says 2010 and 2011 are budget figures. Totals and parts are rounded separately, so many totals are 1–2 off their parts: rounding (within half a unit per summed row), not errors. Kind: list (accounts by year, current prices; no price level is owed). Planted: Socialområdet (drift) 2011 typed 1.141 for 1.114, so Driftsudgifter i alt 2011 above it no longer agrees; Drifts- og anlægsoverskud 2008 typed 67 for -67.',
    sheets: [
      {
        name: 'Tabel 10',
        title: ['Tabel 10', 'Kommunernes regnskaber'],
        grid,
        formats,
        merges: [[1, 1, 6]],
        after: ['Anm. Tal for 2010 og 2011 er budgettal.', 'Kilde: KANUKOKA'],
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [11, 6], value: 1141, finds: [['TOTAL_MISMATCH', [7, 6]]] },
          { at: [24, 3], value: 67, finds: [['DIFFERENCE_MISMATCH', [24, 3]]] },
        ],
      },
    ],
  };
}

/** Finansministeriet, L 210 (2019-20) bilag 1, Tabel 1: corrections of the expenditure ceilings, rows in mia. kr. and mio. kr. */
function udgiftslofterKorrektioner() {
  const mia = (x) => ({ v: x, fmt: ONE_DECIMAL });
  const mio = (x) => ({ v: x, fmt: WHOLE });
  const row = (label, make, xs) => [label, ...xs.map(make)];
  const grid = [
    ['', 2021, 2022, 2023],
    ['Statsligt delloft for driftsudgifter', null, null, null],
    row('Delloft på FL20 (mia. kr.)', mia, [209.4, 216.1, 225.7]),
    row('Administrative korrektioner (mio.kr.)', mio, [-2838, -2810, -2733]),
    row('Korrektioner ved lovforslag (mio.kr.)', mio, [14726, 14937, 4180]),
    row('Statsligt delloft for driftsudgifter på FFL21 (mia. kr.)', mia, [221.2, 228.3, 227.2]),
    ['Statsligt delloft for indkomstoverførsler', null, null, null],
    row('Delloft på FL20 (mia. kr.)', mia, [272.2, 283.1, 282.3]),
    row('Administrative korrektioner (mio.kr.)', mio, [6008, 6274, 6242]),
    row('Korrektioner ved lovforslag (mio.kr.)', mio, [-7282, -4105, -2420]),
    row('Statsligt delloft for indkomstoverførsler på FFL21 (mia. kr.)', mia, [271.0, 285.3, 286.1]),
    ['Kommunalt udgiftsloft', null, null, null],
    row('Udgiftsloft på FL20 (mia. kr.)', mia, [262.5, 262.5, 262.5]),
    row('Administrative korrektioner (mio.kr.)', mio, [4997, 4997, 4997]),
    row('Nyt kommunalt udgiftsloft på FFL21 (mia. kr.)', mia, [267.5, 267.5, 267.5]),
    ['Regionalt delloft for sundhedsområdet', null, null, null],
    row('Delloft på FL20 (mia. kr.)', mia, [118.6, 118.6, 118.6]),
    row('Administrative korrektioner (mio.kr.)', mio, [3247, 3247, 3247]),
    row('Regionalt delloft for sundhedsområdet på FFL21 (mia. kr.)', mia, [121.8, 121.8, 121.8]),
  ];
  for (const [base, parts, total] of [[2, [3, 4], 5], [7, [8, 9], 10], [12, [13], 14], [16, [17], 18]]) {
    for (let c = 1; c <= 3; c++) {
      const mia = exactSum([num(grid[base][c]) * 1000, ...parts.map((r) => num(grid[r][c]))], 0) / 1000;
      expectSum(`udgiftslofter row ${total} col ${c}`, num(grid[total][c]), [mia], 0.15, 3);
    }
  }
  return {
    name: 'udgiftslofter-korrektioner',
    template: 'generic',
    notes:
      'State expenditure ceilings (Finansministeriet, "Korrektioner af de gældende udgiftslofter på FFL21", L 210 bilag 1, 31 August 2020, Tabel 1): one section per ceiling, each a short chain down one column — the ceiling on FL20 in mia. kr., two corrections in mio. kr., the new ceiling in mia. kr. — so the unit changes from row to row and is named in each label ("(mia. kr.)", "(mio.kr.)"); years as the column headings; the ceilings are rounded to 0,1 mia. kr. (209,4 − 2,838 + 14,726 = 221,288 against the printed 221,2). Kind: list (no proposal\'s cost table; no price level is printed in the table). Unit: none for the whole table — each row names its own. Planted: the new indkomstoverførsel ceiling 2022 typed 258,3 for 285,3; the kommunale correction 2023 typed 4.799 for 4.997, so the new kommunale ceiling 2023 no longer agrees (262,5 + 4,799 = 267,3 against 267,5).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Korrektioner af de gældende udgiftslofter på FFL21', 'Tabel 1', 'Samlede korrektioner af de gældende udgiftslofter på FFL21'],
        grid,
        formats: {},
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [
          { at: [10, 2], value: mia(258.3), finds: [], missed: [['TOTAL_MISMATCH', [10, 2], 'rows in different units (mia. kr. and mio. kr. by their labels) are not yet converted to one unit before they are added']] },
          { at: [13, 3], value: mio(4799), finds: [], missed: [['TOTAL_MISMATCH', [14, 3], 'rows in different units (mia. kr. and mio. kr. by their labels) are not yet converted to one unit before they are added']] },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Second batch (issue 20, item 5): budgetopfølgning, regnskab with overførsel, subsidy rates with
// wrong published totals, price lists with a right-hand total, utility prices with decimals, rate
// lists with section titles, repeated headings or no heading at all.

const KR = '#,##0 "kr."';
const PCT1 = '0.0%';

/** A municipality's budgetopfølgning 3, 2025 (Monrad agenda item): afvigelse and a percentage column. */
function budgetopfoelgning2025() {
  const p = (x) => ({ v: x / 100, fmt: PCT1 });
  const r = (label, opr, korr, fr, afv, pct) => [label, opr, korr, fr, afv, p(pct)];
  const section = (label) => [label, null, null, null, null, null];
  const grid = [
    ['Resultatopgørelse (mio. kr.)', 'Oprindeligt budget 2025', 'Korrigeret budget 2025 pr. 31. oktober', 'Forventet regnskab 2025 pr. 31. oktober', 'Forventet afvigelse til korrigeret budget', 'Afvigelse til korrigeret budget i %'],
    section('DET SKATTEFINANSIEREDE OMRÅDE'),
    section('Indtægter'),
    r('Skatter', -2093.8, -2093.8, -2091.7, 2.1, 0.1),
    r('Generelle tilskud mv.', -988.8, -974.2, -980.9, -6.7, 0.7),
    r('Indtægter i alt', -3082.7, -3068.0, -3072.6, -4.6, 0.1),
    section('Driftsudgifter (ekskl. Forsyningsvirksomhed)'),
    r('Børne- og Familieudvalget', 768.2, 769.5, 771.0, 1.5, 0.2),
    r('Kultur-, Fritids- og Landdistriktsudvalget', 48.2, 68.5, 60.0, -8.5, 12.5),
    r('Beskæftigelsesudvalget', 762.0, 761.6, 761.6, 0.0, 0.0),
    r('Social- og Sundhedsudvalget', 949.2, 948.1, 950.2, 2.1, 0.2),
    r('Teknik- og Miljøudvalget', 61.0, 62.8, 64.2, 1.4, 2.3),
    r('Økonomiudvalget', 357.9, 372.7, 368.2, -4.4, 1.2),
    r('Driftsudgifter i alt', 2946.6, 2983.3, 2975.3, -8.0, 0.3),
    r('Driftsresultat før finansiering', -136.0, -84.7, -97.3, -12.6, 14.8),
    r('Renter mv.', 7.2, 7.2, -1.8, -9.0, 124.7),
    section('-'),
    r('Resultat af ordinær driftsvirksomhed', -128.8, -77.5, -99.0, -21.6, 27.8),
  ];
  const col = (rows, c) => rows.map((x) => grid[x][c]);
  for (let c = 1; c <= 4; c++) {
    expectSum(`bo3 indtægter col ${c}`, grid[5][c], col([3, 4], c), 0.1);
    expectSum(`bo3 drift col ${c}`, grid[13][c], col([7, 8, 9, 10, 11, 12], c), 0.1);
    expectSum(`bo3 driftsresultat col ${c}`, grid[14][c], col([5, 13], c), 0.1);
    expectSum(`bo3 resultat col ${c}`, grid[17][c], col([14, 15], c), 0.1);
  }
  for (const x of [3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17]) expectSum(`bo3 afvigelse row ${x}`, grid[x][4], [grid[x][3], -grid[x][2]], 0.1);
  const notes =
    'Municipal budget follow-up (budgetopfølgning 3 pr. 31. oktober 2025, resultatopgørelse; the municipality is not named in the stored copy): long column headings that name budget variants with a date ("Korrigeret budget 2025 pr. 31. oktober"), "Forventet afvigelse til korrigeret budget" = Forventet regnskab − Korrigeret budget, and a percentage column ("Afvigelse … i %", the size of the afvigelse against the korrigeret budget, without sign) that is never added; negative amounts are income; two sections with a total each ("Indtægter i alt", "Driftsudgifter i alt"), then a chain: "Driftsresultat før finansiering" = Indtægter i alt + Driftsudgifter i alt, "Resultat af ordinær driftsvirksomhed" = Driftsresultat + Renter mv.; a row holding only "-" as published. Figures are rounded to 0,1 mio. kr. separately, so several totals and differences are 0,1 off (Økonomiudvalget\'s afvigelse, Driftsudgifter i alt): rounding, not errors. The stored copy stops inside the anlæg section, so the table stops at "Resultat af ordinær driftsvirksomhed". Kind: followup. Planted: Social- og Sundhedsudvalget\'s korrigerede budget typed 984,1 for 948,1 (Driftsudgifter i alt and the row\'s afvigelse no longer agree); Teknik- og Miljøudvalget\'s afvigelse typed 14,0 for 1,4 (its own difference and the afvigelse of Driftsudgifter i alt no longer agree).';
  return {
    name: 'budgetopfoelgning-3-2025',
    template: 'generic',
    docx: true,
    notes,
    sheets: [
      {
        name: 'Resultatopgørelse',
        title: ['Godkendelse af budgetopfølgning 3 - 2025 pr. 31. oktober', 'Det forventede regnskab. Nedenfor er resultatopgørelsen vist.'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL },
        kind: 'followup',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [10, 2], value: 984.1, finds: [['TOTAL_MISMATCH', [13, 2]], ['DIFFERENCE_MISMATCH', [10, 4]]] },
          { at: [11, 4], value: 14.0, finds: [['DIFFERENCE_MISMATCH', [11, 4]], ['TOTAL_MISMATCH', [13, 4]]] },
        ],
      },
    ],
  };
}

/** Herning Kommune, regnskab 2025 og ønsker til overførsler, Social- og Sundhedsudvalget: Tabel 1 samlet drift. */
function herningSsuRegnskab2025() {
  const grid = [
    ['Social- og Sundhedsudvalget -', 'Vedtaget budget 2025', 'Tillægsbevil-linger/om-placeringer 2025', 'Genbevil-linger 2025', 'Korrigeret budget 2025', 'Resultat 2025', 'Afvigelse 2025', 'Søges overført til 2026'],
    ['Drift', null, null, null, null, null, null, null],
    ['1.000 kr., 2025-pl', 'A', 'B', 'C', 'D=(A+B+C)', 'E', 'F=(D-E)', 'G'],
    ['Serviceområde 13 Handicap og Psykiatri', 367660, 1058, 2357, 371075, 372997, -1925, -1714],
    ['Serviceområde 18 Sundhed og Ældre', 1361105, 2897, 11325, 1375327, 1374434, 887, -111],
    ['Social- og Sundhedsudvalget i alt', 1728765, 3955, 13682, 1746402, 1747431, -1038, -1825],
  ];
  for (let c = 1; c <= 7; c++) expectSum(`herning ssu total col ${c}`, grid[5][c], [grid[3][c], grid[4][c]], 0, 0);
  for (const r of [3, 4, 5]) expectSum(`herning ssu D row ${r}`, grid[r][4], [grid[r][1], grid[r][2], grid[r][3]], 0, 0);
  // The published slip: F is not D − E in any row (off by 3, 6 and 9).
  for (const r of [3, 4, 5]) if (grid[r][6] === grid[r][4] - grid[r][5]) throw new Error(`herning ssu: row ${r} F was published right`);
  const published = [3, 4, 5].map((r) => ({
    at: [r, 6],
    rule: 'DIFFERENCE_MISMATCH',
    note: `${grid[r][0]}: F=(D-E) = ${danish(grid[r][4], 0)} − ${danish(grid[r][5], 0)} = ${danish(grid[r][4] - grid[r][5], 0)}, printed ${danish(grid[r][6], 0)}`,
    // The total row's F is the sum of the rows' F as printed: right as a total, its slip is theirs,
    // reported in the rows.
    ...(r === 5 ? { missed: 'the total row’s Afvigelse is the sum of the rows’ Afvigelse as printed; a total-row cell that is right as a total carries the rows’ slips and is not reported again' } : {}),
  }));
  return {
    name: 'herning-ssu-regnskab-2025',
    template: 'generic',
    notes:
      'Municipal accounts with carry-over requests (Herning Kommune, Social- og Sundhedsudvalget, regnskab 2025 og ønsker til overførsler, Tabel 1 - samlet drift): a row of column letters whose headings say the arithmetic ("D=(A+B+C)", "F=(D-E)"), the unit and price level in the first cell of that row ("1.000 kr., 2025-pl"), a section row "Drift", a committee total at the foot, hyphenated headings as published ("Tillægsbevil-linger/om-placeringer 2025"). Published error: in all three rows F is not D − E (-1.925 for -1.922, 887 for 893, -1.038 for -1.029), while A+B+C = D and the total row add up; the text of the case repeats the printed -1.038 (merforbrug 1,038 mio. kr.). Kept as printed and listed under `published`. Kind: followup (korrigeret budget against resultat). Planted: the Tillægsbevillinger of Serviceområde 18 typed 2.987 for 2.897 (its D and the total of B no longer agree); the total of G typed -1.852 for -1.825.',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Regnskab 2025 og ønsker til overførsler på Social- og Sundhedsudvalgets områder', 'Tabel 1 - samlet drift:'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE, 7: WHOLE, 8: WHOLE },
        after: ['Note: I afvigelseskolonnen er + = mindreforbrug og - = merforbrug'],
        kind: 'followup',
        unit: 't.kr.',
        priceLevel: 2025,
        published,
        got: [{ kind: 'list', unit: 't.kr.', priceLevel: 2025 }],
        gotWhy: 'read as a list: the follow-up layout is found by budget-variant headings over one year, and "Resultat"/"Søges overført" are not among them; the column letters give its arithmetic all the same',
        planted: [
          { at: [4, 2], value: 2987, finds: [['TOTAL_MISMATCH', [4, 4]], ['TOTAL_MISMATCH', [5, 2]]] },
          { at: [5, 7], value: -1852, finds: [['TOTAL_MISMATCH', [5, 7]]] },
        ],
      },
    ],
  };
}

/** Herning Kommune, tilskud til private institutioner 2020: two small tables whose "I alt pr. barn" are all off. */
function herningPrivatinstitutioner2020() {
  const head = ['Tilskudstype', '0 - 2 år og 9 mdr. - kr.', '2 år og 9 mdr. - 5 år - kr.'];
  const grid = [
    head,
    ['Driftstilskud netto', 7683, 4645],
    ['Administrationstilskud', 262, 164],
    ['Bygningstilskud', 459, 249],
    ['I alt pr. barn', 8362, 5032],
    [null, null, null],
    ['Tilskud til private institutioner ved 30 timer i 2020 (kun ved barsels- eller forældreorlov)', null, null],
    head,
    ['Driftstilskud netto', 5154, 3127],
    ['Administrationstilskud', 177, 113],
    ['Bygningstilskud', 459, 249],
    ['I alt pr. barn', 5762, 3471],
  ];
  const published = [];
  for (const [parts, total] of [[[1, 2, 3], 4], [[8, 9, 10], 11]]) {
    for (const c of [1, 2]) {
      const sum = exactSum(parts.map((r) => grid[r][c]), 0);
      if (sum === grid[total][c]) throw new Error('herning private: a total was published right');
      published.push({ at: [total, c], rule: 'TOTAL_MISMATCH', note: `I alt pr. barn: ${parts.map((r) => danish(grid[r][c], 0)).join(' + ')} = ${danish(sum, 0)}, printed ${danish(grid[total][c], 0)}` });
    }
  }
  return {
    name: 'herning-privatinstitutioner-2020',
    template: 'generic',
    notes:
      'Municipal subsidy rates (Herning Kommune, takster for dagtilbud/SFO 2020, tilskud til private institutioner): two small tables on one page, each under its own title, with the same headings ("Tilskudstype | 0 - 2 år og 9 mdr. - kr. | 2 år og 9 mdr. - 5 år - kr.", the unit inside the age headings); "I alt pr. barn" at the foot of each. Published error: none of the four "I alt pr. barn" is the sum of the three tilskud above it (8.362 for 8.404, 5.032 for 5.058, 5.762 for 5.790, 3.471 for 3.489; every one too low) — kept as printed and listed under `published`. A careful reader sees two tables. Kind: list. Planted: the Driftstilskud netto for 2 år og 9 mdr. - 5 år typed 4.465 for 4.645; its total was already wrong, so the planted file gives no new cell (the figure it is off by changes).',
    sheets: [
      {
        name: 'Tilskud 2020',
        title: ['Takster for dagtilbud/SFO i 2020', 'Tilskud til private institutioner i 2020', 'Tilskud udbetales månedsvis forud 12 gange årligt'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE },
        tables: 2,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        published,
        planted: [{ at: [1, 2], value: 4465, finds: [] }],
      },
    ],
  };
}

/** Rudersdal Kommune, takster i daginstitutioner 2024: Takst + Frokostordning = I alt inkl. frokost. */
function rudersdalTakster2024() {
  const kr = (x) => ({ v: x, fmt: KR });
  const grid = [
    ['Institutionstype', 'Takst', 'Frokostordning', 'I alt inkl. frokost'],
    ['Vuggestue 0-2 år', kr(3510), kr(630), kr(4140)],
    ['Børnehave 3-5 år', kr(1940), kr(690), kr(2630)],
    ['Skovbørnehave', kr(2250), kr(810), kr(3060)],
  ];
  for (let r = 1; r <= 3; r++) expectSum(`rudersdal row ${r}`, num(grid[r][3]), [num(grid[r][1]), num(grid[r][2])], 0, 0);
  return {
    name: 'rudersdal-takster-2024',
    template: 'generic',
    docx: true,
    notes:
      'Municipal price list (Rudersdal Kommune, takster i daginstitutioner 2024): three rows, a right-hand total column named "I alt inkl. frokost" = Takst + Frokostordning, every amount carrying "kr." (a number format in the workbook, text in Word), no total row and none due. Kind: list. Planted (one per file, so two of the three rows still agree): in the workbook Børnehave\'s Frokostordning typed 960 for 690 (its I alt no longer agrees); in Word Skovbørnehave\'s I alt typed 3.600 for 3.060.',
    sheets: [
      {
        name: 'Takster 2024',
        title: ['Takster i daginstitutioner', 'Takster 2024'],
        grid,
        formats: {},
        after: ['Dagpleje koster 3.640 kr. om måneden inklusiv frokost.'],
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [2, 2], value: kr(960), finds: [['TOTAL_MISMATCH', [2, 3]]] }],
        plantedDocx: [
          {
            at: [3, 3],
            value: kr(3600),
            finds: [['TOTAL_MISMATCH', [3, 3]]],
          },
        ],
      },
    ],
  };
}

/** Silkeborg Forsyning, priser 2021 - vand: a unit column, ekskl./inkl. moms in øre, "I alt" over the two kr./m³ rows only. */
function silkeborgVand2021() {
  const k = (x) => ({ v: x, fmt: TWO_DECIMALS });
  const grid = [
    ['', 'Enhed', 'ekskl. moms', 'inkl. moms'],
    ['Vand', null, null, null],
    ['Fast bidrag', null, null, null],
    ['Målerstørrelse Qn1,5/2,5/4 (Husstandsmåler)', 'kr./måler/år', k(630.0), k(787.5)],
    ['Variabelt bidrag 0 - 50.000 m³ pr. år', null, null, null],
    ['Forbrug', 'kr./m³', k(4.0), k(5.0)],
    ['Statsafgift af ledningsført vand pr. 1/2-2021 (1/1-31/1-2021 6,18 + moms)', 'kr./m³', k(6.37), k(7.96)],
    ['I alt', 'kr./m³', k(10.37), k(12.96)],
  ];
  for (const c of [2, 3]) expectSum(`silkeborg vand col ${c}`, num(grid[7][c]), [num(grid[5][c]), num(grid[6][c])], 0, 2);
  return {
    name: 'silkeborg-vand-2021',
    template: 'generic',
    docx: true,
    notes:
      'Municipal utility prices (Silkeborg Forsyning, owned by Silkeborg Kommune, "Priser 2021 - Vand"): a text column of units between the labels and two amount columns named by VAT ("ekskl. moms | inkl. moms", in kroner and øre, inkl. = ekskl. × 1,25 to the øre), section titles ("Vand", "Fast bidrag", "Variabelt bidrag 0 - 50.000 m³ pr. år"), and "I alt" (kr./m³) that adds only the two kr./m³ rows of its own section (Forbrug + Statsafgift), not the fast bidrag per meter and year above. Kind: list. Planted: Statsafgift inkl. moms typed 7,69 for 7,96 (I alt inkl. moms no longer agrees); I alt ekskl. moms typed 10,73 for 10,37.',
    sheets: [
      {
        name: 'Priser 2021',
        title: ['Priser 2021 - Vand', '2021'],
        grid,
        formats: {},
        after: ['Priser på egen boring, øvrige faste bidrag, variabelt bidrag over 50.000 m³ og tilslutningspriser finder du under Alle priser 2021.'],
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [6, 3], value: k(7.69), finds: [], missed: [['TOTAL_MISMATCH', [7, 3], '"I alt" adds the two kr./m³ rows of its own section (the unit column says so), not the kr./måler/år row above; the checker cannot place it (an info at most)']] },
          { at: [7, 2], value: k(10.73), finds: [], missed: [['TOTAL_MISMATCH', [7, 2], '"I alt" adds the two kr./m³ rows of its own section (the unit column says so), not the kr./måler/år row above; the checker cannot place it (an info at most)']] },
        ],
      },
    ],
  };
}

/** Svendborg Kommune, takster 2020: Bruttodriftsudgift beside Forældrebetaling, section titles, no totals. */
function svendborgTakster2020() {
  const kr = (x) => ({ v: x, fmt: KR });
  const row = (label, brutto, betaling) => [label, kr(brutto), kr(betaling)];
  const section = (label) => [label, null, null];
  const grid = [
    ['Dagtilbud 0 år til skolestart:', 'Bruttodriftsudgift', 'Forældrebetaling'],
    row('Dagpleje heldags inkl. kost', 11888, 2972),
    section('Vuggestuer, børnehaver, integrerede dagtilbud:'),
    row('Vuggestue', 13740, 3435),
    row('Børnehave', 7596, 1899),
    row('Forårs-SFO April-juli', 4535, 1899),
    section('Frokosttakst i vuggestuer, børnehaver, integrerede institutioner:'),
    row('Vuggestue', 602, 602),
    row('Børnehave', 602, 602),
    section('Skolefritidsordning:'),
    row('Heldagsmodul', 1862, 1707),
    row('Morgenmodul', 804, 737),
    section('Juniorklubber:'),
    row('Afdeling Holbøllsminde og afdeling Centrum', 1700, 340),
    row('Aften', 500, 100),
  ];
  return {
    name: 'svendborg-takster-2020',
    template: 'generic',
    docx: true,
    notes:
      'Municipal rates (Svendborg Kommune, takster 2020 for dagtilbud, SFO og juniorklubber): the first header cell is a section title ("Dagtilbud 0 år til skolestart:"), two amount columns named by what they hold ("Bruttodriftsudgift | Forældrebetaling"; the payment is about a quarter of the gross cost — a ratio, never a sum), section titles ending in a colon, amounts carrying "kr.", rows with the same figure in both columns (frokosttakst); no totals and none due. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Forårs-SFO\'s Bruttodriftsudgift changed to 21.336 kr. = 13.740 + 7.596, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Takster 2020',
        title: ['Takster 2020'],
        grid,
        formats: {},
        after: ['Taksterne er beregnet på baggrund af budget 2020, men omregnet til betaling i 11 måneder, således at juli måned er betalingsfri.'],
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [5, 1], value: kr(21336), finds: [] }],
      },
    ],
  };
}

/** Odsherred Kommune, takster i dagtilbud 2024: one amount column, section titles, no heading row. */
function odsherredTakster2024() {
  const grid = [
    ['Kommunal dagpleje', null],
    ['Dagplejeplads til børn i den kommunale dagpleje', 3494],
    ['Børnehaver, vuggestuer og integrerede institutioner', null],
    ['Takst fra 0 år til og med den måned, barnet fylder 3 år', 3746],
    ['Takst fra måneden efter barnet er fyldt fra 3 år', 2372],
    ['SFO1 (skolefritidsordning 0.-3. klasse)', null],
    ['Morgenplads', 382],
    ['Morgenplads inkl. skolefridage', 573],
    ['Eftermiddagsplads', 1210],
    ['Heldagsplads', 1470],
    ['SFO2 (skolefritidsordning 4.-6. klasse)', null],
    ['SFO2/juniorklub', 580],
    ['Morgenplads', 382],
  ];
  return {
    name: 'odsherred-takster-2024',
    template: 'generic',
    notes:
      'Municipal rates (Odsherred Kommune, takster i dagtilbud pr. 1. januar 2024): one amount column and no heading row at all — the unit is in the title above ("Takster i kr. pr. 1. januar 2024"), section titles stand in the label column; no totals and none due. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Heldagsplads changed to 1.783 = 573 + 1.210, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Takster 2024',
        title: ['Takster i kr. pr. 1. januar 2024'],
        grid,
        formats: { 2: WHOLE },
        after: ['Ovenstående takster opkræves pr. måned over 11 måneder, idet juli er betalingsfri.'],
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [9, 1], value: 1783, finds: [] }],
      },
    ],
  };
}

/** Middelfart, affaldstakster 2024 for enfamilieboliger: four small tables, each with its own heading row. */
function middelfartAffald2024() {
  const k = (x) => ({ v: x, fmt: TWO_DECIMALS });
  const longHead = 'Årligt gebyr i kr. inkl. moms gældende fra 1/1-2024 til 31/12-2024';
  const grid = [
    ['Grundgebyr', longHead],
    ['Grundgebyr (fx enfamiliehuse, stuehuse, række- og dobbelthuse)', k(1884)],
    ['Lille grundgebyr (fx flerfamiliehuse tofamiliehuse m. vandret adskillelse)', k(1219)],
    [null, null],
    ['Dagrenovation (madaffald og restaffald)', longHead],
    ['240 liter 2-rumsbeholder med 14-dages tømning', k(1178)],
    ['370 liter 2-rumsbeholder med 14-dages tømning', k(1350)],
    ['Husstande tilsluttet kommunalt etableret fællesløsning', k(1178)],
    ['140 liter enkeltrumsbeholder til restaffald med 14-dags tømning (Ekstra beholder)', k(1129)],
    ['240 liter enkeltrumsbeholder til restaffald med 14-dags tømning (Ekstra beholder)', k(1253)],
    [null, null],
    ['Genanvendeligt affald (glas, metal, papir, pap, plast, drikkekartoner)', 'Årligt gebyr i kr. inkl. moms'],
    ['240 liter 2-rumsbeholder til glas og metal - tømning hver 8. uge', k(403)],
    ['370 liter 2-rumsbeholder til glas og metal - tømning hver 8. uge', k(518)],
    ['190 liter enkeltrumsbeholder til papir /småt karton- tømning hver 4. uge', '558,00 (udfases, ingen nytilmeldinger)'],
    ['240 liter 2-rumsbeholder til papir, plast/drikkekartoner- tømning hver 4. uge', k(611)],
    ['370 liter 2-rumsbeholder til papir, plast/drikkekartoner- tømning hver 4. uge', k(763)],
    ['Husstande tilsluttet kommunalt etableret fællesløsning', k(1166)],
    [null, null],
    ['Standpladsafhentning (max 20 m. fra skel)', longHead],
    ['Priserne er pr. beholder', null],
    ['Beholdere med 14-dages tømning', k(237)],
    ['Beholdere med tømning hver 4. uge', k(122)],
  ];
  return {
    name: 'middelfart-affald-2024',
    template: 'generic',
    notes:
      'Municipal waste fees (Middelfart, affaldsordninger for private, enfamilieboliger, takster 2024): four small tables one below the other, each with its own heading row whose second cell is a long heading carrying unit, VAT and period ("Årligt gebyr i kr. inkl. moms gældende fra 1/1-2024 til 31/12-2024"); amounts in kroner and øre; one amount cell holds a remark ("558,00 (udfases, ingen nytilmeldinger)", text as published); a text row inside the last table ("Priserne er pr. beholder"); no totals and none due. The stored copy is cut inside the fourth table, so it stops at "Beholdere med tømning hver 4. uge". A careful reader sees four tables. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — the 240 liter ekstra beholder changed to 2.307,00 = 1.178,00 + 1.129,00, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Takster 2024',
        title: ['Takster 2024', 'Affaldsgebyret er sammensat af et grundgebyr samt gebyrer for tømning af mad/rest, glas/metal samt papir/pap.'],
        grid,
        formats: {},
        tables: 4,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: [],
        gotWhy: 'No table is found on the sheet ("ingen tabel fundet"): four small tables, each with a heading row whose second cell is a long heading with dates ("… gældende fra 1/1-2024 til 31/12-2024"), separated by empty rows.',
        planted: [{ at: [9, 1], value: k(2307), finds: [] }],
      },
    ],
  };
}

/** Roskilde Kommune, takster for dagtilbud, SFO og klub 2021: four small tables with the same kind of heading. */
function roskildeTakster2021() {
  const kr = (x) => ({ v: x, fmt: KR });
  const head = (label) => [label, 'Pr. måned i 2021'];
  const grid = [
    ['Hvad koster en plads i dagtilbud? - Aktuelle frem til 1. august 2021', null],
    head('Dagtilbud'),
    ['Dagpleje, fuldtidsplads med mad', kr(3257)],
    ['Dagpleje, deltidsplads med mad', kr(2270)],
    ['Vuggestue, fuldtidsplads uden mad', kr(3257)],
    ['Vuggestue, deltidsplads uden mad', kr(2270)],
    ['Børnehave, fuldtidsplads uden mad', kr(1707)],
    ['Børnehave, deltidsplads uden mad', kr(1226)],
    ['Mad i vuggestue eller børnehave', kr(672)],
    [null, null],
    ['Hvad koster en plads i dagtilbud - Takster pr. 1. august 2021', null],
    head('Dagtilbud'),
    ['Dagpleje, fuldtidsplads med mad', kr(3419)],
    ['Dagpleje, deltidsplads med mad', kr(2270)],
    ['Vuggestue, fuldtidsplads uden mad', kr(3419)],
    ['Vuggestue, deltidsplads uden mad', kr(2270)],
    ['Børnehave, fuldtidsplads uden mad', kr(1791)],
    ['Børnehave, deltidsplads uden mad', kr(1226)],
    ['Mad i vuggestue eller børnehave', kr(672)],
    [null, null],
    head('Dagtilbud, kombinationstilbud'),
    ['Dagpleje, 20 t/uge med mad', kr(1810)],
    ['Dagpleje, 30 t/uge med mad', kr(2270)],
    ['Dagpleje, 42,5 t/uge med mad', kr(2844)],
    ['Vuggestue, 20 t/uge uden mad', kr(1810)],
    ['Vuggestue, 30 t/uge uden mad', kr(2270)],
    ['Vuggestue, 42,5 t/uge uden mad', '2877 kr.'],
    ['Børnehave, 20 t/uge uden mad', kr(1002)],
    ['Børnehave, 30 t/uge uden mad', kr(1226)],
    ['Børnehave, 42,5 t/uge uden mad', kr(1506)],
    [null, null],
    head('Skolefritidsordning (SFO) og klub'),
    ['Skolefritidsordning (SFO) 0. - 3. klasse', '1.970 kr. (11 mdr.)'],
    ['Morgenpasning for børn, der er startet i klub 1/5', kr(131)],
    ['Klub 4. - 7. klasse', kr(415)],
    ['Klub Ung (NB brugerbetaling på arrangementer)', 'Gratis'],
  ];
  return {
    name: 'roskilde-takster-2021',
    template: 'generic',
    notes:
      'Municipal rates (Roskilde Kommune, "Hvad koster en plads i dagtilbud, SFO eller klub?", 2021): four small tables, two of them under a title row of their own, each with a heading row "… | Pr. måned i 2021" (a period in words, not a year column); amounts carry "kr."; cells as published that are text: "2877 kr." (no thousands point), "1.970 kr. (11 mdr.)", "Gratis"; no totals and none due. A careful reader sees four tables. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Dagpleje, 42,5 t/uge changed to 4.080 kr. = 1.810 + 2.270, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Takster 2021',
        title: ['Hvad koster en plads i dagtilbud, SFO eller klub?', 'Her finder du de gældende takster for plads i dagpleje, vuggestue, børnehave, SFO og klub.'],
        grid,
        formats: {},
        tables: 4,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: [
          { kind: 'list', unit: 'kr.', priceLevel: null },
          { kind: 'list', unit: 'kr.', priceLevel: null },
          { kind: 'list', unit: 'kr.', priceLevel: null },
        ],
        gotWhy: 'The first two tables (each under its own title row, separated by an empty row, each with the heading row "Dagtilbud | Pr. måned i 2021") are read as one.',
        planted: [{ at: [23, 1], value: kr(4080), finds: [] }],
      },
    ],
  };
}

/** Randers Kommune, SFO-takster pr. 1. januar 2024 og 2025: two small tables with the same headings. */
function randersSfo2025() {
  const kr = (x) => ({ v: x, fmt: KR });
  const grid = [
    ['Forældrebetaling pr. 1. januar 2024', null],
    ['Tilbudstype', 'Takst'],
    ['Heldagstilbud/SFO', kr(2135)],
    ['Morgentilbud', kr(664)],
    ['Morgen-ferietilbud', kr(1147)],
    ['Juniorklub (4. klasse-6.klasse)', kr(590)],
    [null, null],
    ['Forældrebetaling pr. 1. januar 2025', null],
    ['Tilbudstype', 'Takst'],
    ['Heldagstilbud/SFO', kr(2219)],
    ['Morgentilbud', kr(690)],
    ['Morgen-ferietilbud', kr(1192)],
    ['Juniorklub (4. klasse-6.klasse)', kr(613)],
  ];
  return {
    name: 'randers-sfo-2025',
    template: 'generic',
    notes:
      'Municipal rates (Randers Kommune, priser og takster for SFO, forældrebetaling pr. 1. januar 2024 og pr. 1. januar 2025): two small tables with the same heading row ("Tilbudstype | Takst"), each under a title row naming its date; amounts carry "kr."; no totals and none due. A careful reader sees two tables. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Juniorklub 2025 changed to 1.882 kr. = 690 + 1.192, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'SFO takster',
        title: ['Priser og takster', 'Her finder du aktuelle priser og takster for de forskellige typer SFO-tilbud.'],
        grid,
        formats: {},
        after: ['Juli måned er betalingsfri.', 'I førskoleordningerne betales børnehavetakst på 1.956,00 kr. pr. måned.'],
        tables: 2,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: [{ kind: 'list', unit: 'kr.', priceLevel: null }],
        gotWhy: 'The two tables (same heading row "Tilbudstype | Takst" repeated after an empty row and a title row) are read as one.',
        planted: [{ at: [12, 1], value: kr(1882), finds: [] }],
      },
    ],
  };
}

/** Slagelse Kommune, priser for SFO og fritidsklubber 2025: three small tables, a price "Gratis". */
function slagelseSfo2025() {
  const kr = (x) => ({ v: x, fmt: KR });
  const head = 'Pris pr måned i 11 måneder (juli takstfri)';
  const grid = [
    ['Tilbud', head],
    ['Heldagsmodul (før og efter skole)', kr(2090)],
    ['Eftermiddagsmodul (efter skole)', kr(1767)],
    ['Miniklub/SFO Omø', kr(342)],
    ['SFO II - Stillinge', kr(469)],
    [null, null],
    ['Tilbud', 'Pris pr. måned i 11 måneder (juli takstfri)'],
    ['Heldagsmodul inkl. morgenpasning', kr(372)],
    [null, null],
    ['Tilbud', 'Pris'],
    ['Ungdomsklubber', 'Gratis'],
  ];
  return {
    name: 'slagelse-sfo-2025',
    template: 'generic',
    notes:
      'Municipal rates (Slagelse Kommune, priser for SFO og fritidsklubber 2025): three small tables with heading rows "Tilbud | Pris pr måned i 11 måneder (juli takstfri)" (once "pr." with a point, as published), one of a single row, the last holding only the text "Gratis"; amounts carry "kr."; no totals and none due. A careful reader sees three tables; only the first has the two rows of amounts a table needs (the second has one row, the third only "Gratis"), so one table is expected. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — SFO II - Stillinge changed to 2.109 kr. = 1.767 + 342, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Priser 2025',
        title: ['Hvad koster det, når dit barn er i SFO og fritidsklub?', 'Priser for SFO og fritidsklubber 2025'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [4, 1], value: kr(2109), finds: [] }],
      },
    ],
  };
}

/** Økonomi- og Indenrigsministeriet, "Regionerne holder budgetterne på sundhedsområdet" (2017): budget against regnskab 2016, a "heraf" row, a pct. column. */
function regionerRegnskab2016() {
  const grid = [
    ['Mia. kr., 2016-pl.', 'Budget 2016', 'Regnskab 2016', 'Difference (mia. kr.)', 'Difference (pct.)'],
    ['Nettodriftsudgifter', null, null, null, null],
    ['Sundhed i alt', 107.7, 107.4, -0.3, -0.3],
    [' - heraf tilskudsmedicin', 5.8, 5.7, -0.1, -2.0],
    ['Regional udvikling i alt', 3.0, 3.0, 0.0, 0.3],
    ['Bruttoanlægsudgifter', null, null, null, null],
    ['Sundhed i alt', 7.2, 6.0, -1.1, -15.8],
  ];
  for (const r of [2, 3, 4, 6]) expectSum(`regioner 2016 difference row ${r}`, grid[r][3], [grid[r][2], -grid[r][1]], 0.1);
  return {
    name: 'regioner-regnskab-2016',
    template: 'generic',
    docx: true,
    notes:
      'State on the regions (Økonomi- og Indenrigsministeriet, news of 24 April 2017, "Regionerne holder budgetterne på sundhedsområdet"): budget against regnskab 2016 for the regions, the unit and price level in the first header cell ("Mia. kr., 2016-pl."), two sections (Nettodriftsudgifter, Bruttoanlægsudgifter), "Difference (mia. kr.)" = Regnskab − Budget and "Difference (pct.)" (a percentage written as a plain number — never added); rows called "… i alt" that add nothing shown (the parts are not in the table), and " - heraf tilskudsmedicin" under Sundhed i alt (a part, not a row to add). Figures are rounded separately (the note says "Afvigelser i summering skyldes afrunding"): the anlæg difference is printed -1,1 for 6,0 − 7,2 = -1,2 — rounding, not an error. Kind: followup; price level 2016. Planted: Regional udvikling\'s Regnskab typed 3,3 for 3,0 (its difference 0,0 no longer agrees); the anlæg difference typed -11,0 for -1,1.',
    sheets: [
      {
        name: 'Regioner 2016',
        title: ['Regionerne holder budgetterne på sundhedsområdet', 'Regionernes nettodrifts- og bruttoanlægsudgifter, 2016'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL },
        after: [
          'Kilde: Danmarks Statistik og Finansministeriets meropgaveopgørelse.',
          'Anm.: Budgetniveauet er korrigeret for meropgaver i medfør af DUT mv. samt ændrede pris- og lønforudsætninger.',
          'Afvigelser i summering skyldes afrunding.',
        ],
        kind: 'followup',
        unit: 'mia. kr.',
        priceLevel: 2016,
        planted: [
          { at: [4, 2], value: 3.3, finds: [['DIFFERENCE_MISMATCH', [4, 3]]] },
          { at: [6, 3], value: -11.0, finds: [['DIFFERENCE_MISMATCH', [6, 3]]] },
        ],
      },
    ],
  };
}


/** Danmarks Statistik, NYT "Kommunerne forudser udgifter på 470 mia. i 2026": numbered rows, "(4=1-2-3)", Ændring in mia. kr. and pct. */
function dstKommunaleBudgetter2026() {
  const grid = [
    ['', 2025, 2026, 'Ændring', null],
    ['', 'mia. kr.', null, null, 'pct.'],
    ['Bruttodriftsudgifter (1)', 543.4, 564.4, 21.0, 3.9],
    ['Driftsindtægter i alt (2)', 62.7, 64.7, 2.1, 3.3],
    ['Statsrefusion i alt (3)', 28.6, 29.9, 1.4, 4.8],
    ['Nettodriftsudgifter (4=1-2-3)', 452.1, 469.7, 17.6, 3.9],
  ];
  for (const c of [1, 2, 3]) expectSum(`dst 2026 chain col ${c}`, grid[5][c], [grid[2][c], -grid[3][c], -grid[4][c]], 0.15);
  for (const r of [2, 3, 4, 5]) expectSum(`dst 2026 ændring row ${r}`, grid[r][3], [grid[r][2], -grid[r][1]], 0.1);
  return {
    name: 'dst-kommunale-budgetter-2026',
    template: 'generic',
    notes:
      'State statistics on the municipalities (Danmarks Statistik, NYT "Kommunerne forudser udgifter på 470 mia. i 2026", Kommunale og regionale budgetter 2026, table "Udvikling i Kommunernes budgetter for drift og anlæg"): two heading rows — the years and "Ændring" (over two columns) above a unit row "mia. kr." (over three columns) and "pct."; the rows are numbered in their labels and the last says its own arithmetic ("Nettodriftsudgifter (4=1-2-3)"); "Ændring" = 2026 − 2025 in mia. kr., then the change in pct. (never added). Figures are rounded separately: 564,4 − 64,7 − 29,9 = 469,8 against the printed 469,7, and two changes are 0,1 off — rounding, not errors. The stored copy (the text of the NYT as quoted on Danmarks Statistik\'s search page) stops at the next row ("Heraf sociale op…"), so the table stops at Nettodriftsudgifter. Kind: list (two budget years, current prices; no price level). Planted: Driftsindtægter i alt 2026 typed 46,7 for 64,7 (Nettodriftsudgifter 2026 and the row\'s Ændring no longer agree); the Ændring of Bruttodriftsudgifter typed 12,0 for 21,0 (its own difference and the Ændring of Nettodriftsudgifter, 21,0 − 2,1 − 1,4, no longer agree).',
    sheets: [
      {
        name: 'Budgetter 2026',
        title: ['Kommunale og regionale budgetter 2026', 'Udvikling i Kommunernes budgetter for drift og anlæg'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL },
        merges: [
          [0, 3, 4],
          [1, 1, 3],
        ],
        after: ['Kilde: www.statistikbanken.dk/budk32'],
        kind: 'list',
        unit: 'mia. kr.',
        priceLevel: null,
        planted: [
          { at: [3, 2], value: 46.7, finds: [['DIFFERENCE_MISMATCH', [5, 2]], ['DIFFERENCE_MISMATCH', [3, 3]]] },
          { at: [2, 3], value: 12.0, finds: [['DIFFERENCE_MISMATCH', [2, 3]], ['DIFFERENCE_MISMATCH', [5, 3]]] },
        ],
      },
    ],
  };
}

const LEJRE_WHY =
  'a total named "I alt - takst …" over the two rates directly above it, in a column of rates that carry their unit in the cell ("142 kr. pr. døgn"), is not placed (only a TOTAL_UNCLEAR info)';

/** Lejre Kommune, takster for hjemmepleje 2026: rates carrying their unit in the cell, two sections with an "I alt - takst …" row. */
function lejreHjemmepleje2026() {
  const blank = [null, null];
  const grid = [
    ['Område', 'Takster'],
    ['Madservice', null],
    ['Egenbetaling for borger pr. hovedret', '50 kr. pr. hovedret'],
    blank,
    ['Plejehjem, servicepakker:', null],
    ['Egenbetaling for borger:', null],
    ['Mad og drikkevarer', '4.314 kr. pr. måned'],
    ['Rengøringsmidler/papirvarer, Toiletartikler, Vask tøj/linned (vaskepulver) leje/vask af linned', '322 kr. pr. måned'],
    ['I alt - takst for plejehjemmenes servicepakker', '4.636 kr.'],
    blank,
    ['Aflastningsplads/venteplads/gæstestue', null],
    ['Egenbetaling for borger:', null],
    ['Mad og drikkevarer', '142 kr. pr. døgn'],
    ['Rengøringsmidler/papirvarer, Toiletartikler, Vask tøj/linned (vaskepulver) leje/vask af linned', '31 kr. pr. døgn'],
    ['I alt - takst for aflastningsophold', '173 kr. pr. døgn'],
    blank,
    ['Grønnehave, midlertidige pladser', null],
    ['Morgenmad og frokost', '78 kr.'],
    blank,
    ['Frit valg hjemmepleje (ekskl. moms)', null],
    ['Ekstern leverandør:', null],
    ['Praktisk hjælp', '365 kr. pr. time'],
    ['Praktisk hjælp, øvrig tid', '508 kr. pr. pime'],
    ['Personlig pleje', '490 kr pr. time'],
    ['Personlig pleje, øvrig tid', '558 kr. pr. time'],
    blank,
    ['Opholdsbetaling plejehjem (mellemkommunal)', '1.903 kr. pr. døgn'],
    blank,
    ['Genoptræning (mellemkommunal)', '900 kr. pr. time'],
    blank,
    ['Opholdsbetaling daghjem (mellemkommunal)', '375 kr. pr. gang'],
    blank,
    ['Brugerbetaling på kørsel til genoptræning og vedligeholdelsestræning efter Servicelovens §86', '46 kr. pr. gang.'],
  ];
  if (4314 + 322 !== 4636 || 142 + 31 !== 173) throw new Error('lejre: totals');
  return {
    name: 'lejre-hjemmepleje-2026',
    template: 'generic',
    docx: true,
    notes:
      'Municipal rates (Lejre Kommune, takster for hjemmepleje 2026, vedtaget af Udvalget for Social, Sundhed og Ældre): one column of rates that carry their unit and period in the cell ("4.314 kr. pr. måned", "173 kr. pr. døgn", "365 kr. pr. time"; typos as published: "508 kr. pr. pime", "490 kr pr. time"), section titles, empty spacer rows inside the table, and in two sections an "I alt - takst …" row that adds the two rates above it (4.314 + 322 = 4.636; 142 + 31 = 173); the other sections have no total and none is due. A careful reader sees one table. Kind: list. Planted (one per file): in the workbook the aflastning\'s Rengøringsmidler … typed "13 kr. pr. døgn" for 31 (its I alt no longer agrees); in Word the plejehjem\'s I alt typed "4.663 kr." for 4.636.',
    sheets: [
      {
        name: 'Takster 2026',
        title: ['Takster for hjemmepleje 2026', 'Gældende takster, vedtaget af Udvalget for Social, Sundhed og Ældre.'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [13, 1], value: '13 kr. pr. døgn', finds: [], missed: [['TOTAL_MISMATCH', [14, 1], LEJRE_WHY]] }],
        plantedDocx: [{ at: [8, 1], value: '4.663 kr.', finds: [['TOTAL_MISMATCH', [8, 1]]] }],
      },
    ],
  };
}

/** Kalundborg Kommune, takster vedrørende ældre: one column, "Samlet mad pr. dag" over four rows, "Hovedret + biret", a monthly figure that is no sum. */
function kalundborgAeldre() {
  const kr = (x) => `${danish(x, 0)} kr.`;
  const grid = [
    ['Hovedret, almindelig', kr(46)],
    ['Hovedret, lille', kr(41)],
    ['Biret', kr(15)],
    ['Hovedret + biret', kr(61)],
    ['Transport af køle-vakuum-pakket mad fra Madservice pr. uge', kr(57)],
    ['Morgenmad - pr. dag', kr(22)],
    ['Middagsmad - pr. dag', kr(50)],
    ['Aftensmad - pr dag', kr(32)],
    ['Mellemmåltider - pr dag', kr(15)],
    ['Samlet mad pr. dag', kr(119)],
    ['Samlet mad pr. måned', kr(3630)],
    ['Vask af personligt tøj pr. måned', kr(317)],
    ['Leje/vask af sengelinned pr. måned', kr(311)],
    ['Rengørings-/toiletartikler pr. måned', kr(177)],
    ['Mad, rengøring og leje af linned pr. dag', kr(147)],
    ['Vask af personligt tøj pr. dag', kr(13)],
    ['Kørsel til omsorgsarrangement pr. tur', kr(30)],
    ['Kørsel til dagcenter pr. tur', kr(0)],
    ['Brug af dagcenter pr. måned', kr(74)],
    ['Egenbetaling lydavis til blinde/svagtseende pr. nr.', kr(25)],
    ['Omsorgstandpleje pr. år', 'Fastsættes af Sundhedsministeriet'],
    ['Egenbetaling for specialtandpleje', 'Fastsættes af Sundhedsministeriet'],
    ['Røntgenbilleder, 1 billede, reguleres i april og oktober', kr(1153)],
    ['Røntgenbilleder, 1 sæt, reguleres i april og oktober', kr(930)],
    ['CBCT scanning uden beskrivelse', kr(0)],
    ['CBCT scanning med beskrivelse', kr(1148)],
  ];
  if (22 + 50 + 32 + 15 !== 119 || 46 + 15 !== 61) throw new Error('kalundborg: sums');
  return {
    name: 'kalundborg-aeldre-takster',
    template: 'generic',
    notes:
      'Municipal rates (Kalundborg Kommune, priser, takster og gebyrer, ældre): one column of rates carrying "kr." in the cell and no heading row; "Samlet mad pr. dag" (119) adds the four meal rows just above it (22 + 50 + 32 + 15), not everything above; "Hovedret + biret" (61) adds two named rows that are not adjacent (Hovedret, almindelig 46 + Biret 15); "Samlet mad pr. måned" (3.630) is the daily figure times the days of a month — no sum; "Mad, rengøring og leje af linned pr. dag" (147) is no sum of visible rows; two rates are text ("Fastsættes af Sundhedsministeriet"). The page shows no year. Kind: list. Planted: Aftensmad typed 23 kr. for 32 kr. (Samlet mad pr. dag no longer agrees); Hovedret + biret typed 16 kr. for 61 kr. (its label names its parts).',
    sheets: [
      {
        name: 'Ældre',
        title: ['Her kan du finde takster vedrørende ældre.'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: [
          { kind: 'list', unit: 'kr.', priceLevel: null },
          { kind: 'list', unit: 'kr.', priceLevel: null },
        ],
        gotWhy: 'The one table is read as two (A3:B22 and A23:B28): the rows of "Brug af dagcenter pr. måned" are taken for a table of their own.',
        planted: [
          // "Samlet mad pr. dag" is the four meal rows directly above it (the only run that fits); with
          // one of them wrong, no run fits and the checker cannot tell what it counts: an info.
          { at: [7, 1], value: kr(23), finds: [], missed: [['TOTAL_MISMATCH', [9, 1], 'a labelled total in one column that fits no run of the rows above it: which rows it counts cannot be told from one column, so it is TOTAL_UNCLEAR (info), not an error']] },
          { at: [3, 1], value: kr(16), finds: [], missed: [['TOTAL_MISMATCH', [3, 1], 'a row whose label names its parts ("Hovedret + biret", rows 1 and 3 of the column) is not checked: one column of amounts and no total word']] },
        ],
      },
    ],
  };
}

/** Mariagerfjord Kommune, takster kørsel, kost m.m. 2024 og 2025: note marks in headings and labels, two tables. */
function mariagerfjordTakster2025() {
  const kr = (x) => `${danish(x, 0)} kr.`;
  const row = (label, a, b) => [label, kr(a), kr(b)];
  const grid = [
    ['Kørsel til dagcenter*', 2024, 2025],
    row('Kørsel til dagcenter 1-3 dage/uge - pris pr. måned*', 322, 334),
    row('Kørsel til dagcenter 4-5 dage/uge - pris pr. måned*', 418, 434),
    [null, null, null],
    ['*Taksterne for kørsel til dagcenter er fastlagt til hhv. 364,00 kr. og 473,00 kr. pr. måned.', null, null],
    ['Imidlertid er der ikke transport til dagcenter i juli, så det er fastlagt, at beløbene trækkes med 11/12 i pension hver måned. Det er denne reducerede takst, der fremgår ovenfor.', null, null],
    [null, null, null],
    ['Kost m.m.', 2024, 2025],
    row('Normalkost til hjemmeboende pensionister - hovedret pr. portion', 61, 63),
    row('Diætkost til hjemmeboende pensionister - hovedret pr. portion', 61, 63),
    row('Døgnkost for beboere i plejebolig - pris pr. måned', 4094, 4261),
    row('Aflastningsophold i plejebolig - pris pr. døgn', 191, 199),
    row('Rengøringspakke - pris pr. måned', 103, 107),
    row('Pakke med toiletartikler - pris pr. måned', 103, 107),
    row('Vaskeservice - tøjvask pris pr. stk.', 27, 28),
    row('Vaskeservice - tøjtørring pris pr. stk.', 24, 25),
  ];
  // The note's arithmetic: 11/12 of the monthly rates, to the krone (the 2025 figures).
  if (Math.round((364 * 11) / 12) !== 334 || Math.round((473 * 11) / 12) !== 434) throw new Error('mariagerfjord: 11/12');
  return {
    name: 'mariagerfjord-takster-2025',
    template: 'generic',
    docx: true,
    notes:
      'Municipal rates (Mariagerfjord Kommune, takstoversigt 2024-2025, "Takster kørsel, kost m.m."): two small tables with the years as headings ("… | 2024 | 2025"), a note mark in the first heading and in labels ("Kørsel til dagcenter*", "… pris pr. måned*"), the note between the two tables (the rates are 11/12 of 364,00 and 473,00 kr.: a product, not a sum), every rate carrying "kr." in the cell, units in the labels ("pr. portion", "pr. måned", "pr. døgn", "pr. stk."); no totals and none due; the years are the years the rates apply to, so no price level is owed. A careful reader sees two tables. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Rengøringspakke 2024 changed to 4.285 kr. = 4.094 + 191, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Kørsel og kost',
        title: ['Takster kørsel, kost m.m.', 'Gældende takster for kørsel, kost m.m.'],
        grid,
        formats: {},
        after: ['Sidst opdateret: 26. november 2023'],
        tables: 2,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [12, 1], value: kr(4285), finds: [] }],
      },
    ],
  };
}

const B28_EKSKL = 'the rows "I alt, ekskl. folkepension og øvrige pensioner" and "I alt, ekskl. SU, folkepension og øvrige pensioner" (totals of the rows they do not name) are not checked — only TOTAL_UNCLEAR infos, in the workbook and in Word';

/** Økonomi- og Indenrigsministeriet, Økonomisk Redegørelse december 2016, Tabel B.28 Indkomstoverførsler: "I alt" and two "I alt, ekskl. …" rows. */
function indkomstoverfoerslerB28() {
  const years = [2013, 2014, 2015, 2016, 2017, 2018];
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['Mia. kr.', ...years],
    r('A-dagpenge (ekskl. aktiverede)', [18.1, 15.4, 14.5, 13.6, 13.4, 13.5]),
    r('Kontanthjælp 1) (ekskl. aktiverede)', [19.5, 20.3, 22.5, 25.2, 26.8, 28.5]),
    r('Feriedagpenge', [1.0, 0.9, 0.8, 0.8, 0.8, 0.7]),
    r('Førtidspension 2)', [42.8, 42.0, 41.2, 40.5, 39.4, 39.1]),
    r('Ressourceforløb', [0.1, 0.9, 3.2, 4.8, 5.6, 6.2]),
    r('Efterløn', [17.0, 16.1, 14.4, 12.8, 11.0, 8.1]),
    r('Revalideringsydelse', [1.8, 1.7, 1.4, 1.3, 1.3, 1.2]),
    r('Sygedagpenge', [12.8, 12.5, 11.9, 11.9, 12.6, 12.9]),
    r('Barselsdagpenge', [9.2, 9.5, 9.5, 10.1, 10.3, 10.7]),
    r('Boligydelse og boligsikring', [13.3, 13.8, 14.2, 14.4, 14.9, 15.2]),
    r('Børne- og ungeydelse', [14.5, 14.5, 14.5, 14.6, 14.7, 14.8]),
    r('Øvrige overførsler 3)', [34.3, 34.1, 32.6, 30.6, 30.4, 30.9]),
    r('SU', [18.8, 20.2, 20.5, 20.4, 20.9, 20.9]),
    r('Folkepension 4)', [114.0, 119.4, 124.0, 128.4, 133.6, 138.8]),
    r('Øvrige pensioner 5)', [27.5, 28.4, 28.8, 28.7, 29.1, 29.6]),
    r('I alt', [343.0, 347.9, 352.4, 356.2, 362.6, 368.7]),
    r('I alt, ekskl. folkepension og øvrige pensioner', [203.3, 201.9, 201.5, 201.1, 202.1, 202.6]),
    r('I alt, ekskl. SU, folkepension og øvrige pensioner', [184.5, 181.8, 181.0, 180.7, 181.2, 181.7]),
  ];
  const published = [];
  for (let c = 1; c <= years.length; c++) {
    const col = (rows) => rows.map((x) => grid[x][c]);
    const all = exactSum(col([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]), 1);
    expectSum(`B.28 ekskl. pensioner ${years[c - 1]}`, grid[17][c], col([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]), 0.3);
    expectSum(`B.28 ekskl. SU ${years[c - 1]}`, grid[18][c], col([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 0.3);
    // The published slip: "I alt" is 1,6–2,4 below the fifteen rows above it in every year.
    if (Math.abs(all - grid[16][c]) < 1.5) throw new Error(`B.28: I alt ${years[c - 1]} adds up`);
    published.push({
      at: [16, c],
      rule: 'TOTAL_MISMATCH',
      note: `I alt ${years[c - 1]}: the fifteen rows above add up to ${danish(all, 1)}, printed ${danish(grid[16][c], 1)}`,
    });
  }
  return {
    name: 'indkomstoverfoersler-2016',
    template: 'generic',
    docx: true,
    notes:
      'State (Økonomi- og Indenrigsministeriet, Økonomisk Redegørelse december 2016, bilagstabel B.28 "Indkomstoverførsler", mia. kr., 2013–2018): years as headings with the unit in the first heading cell, fifteen transfers with note marks in their labels ("Kontanthjælp 1) (ekskl. aktiverede)", "Folkepension 4)"), then three totals at the foot: "I alt", and two rows that leave named rows out — "I alt, ekskl. folkepension og øvrige pensioner" (rows 1–13) and "I alt, ekskl. SU, folkepension og øvrige pensioner" (rows 1–12). Both "ekskl." rows agree with the rows they name (within 0,3, rounding). Published error: "I alt" is 1,6 to 2,4 mia. kr. below the sum of the fifteen rows in every year (343,0 against 344,7 in 2013), far beyond rounding; kept as printed and listed under `published`. Kind: list (accounts and forecasts by year, current prices; no price level printed). Planted: Sygedagpenge 2017 typed 21,6 for 12,6 (both "ekskl." totals of 2017 no longer agree); "I alt, ekskl. SU, …" 2014 typed 118,8 for 181,8.',
    sheets: [
      {
        name: 'Tabel B.28',
        title: ['Tabel B.28', 'Indkomstoverførsler'],
        grid,
        formats: Object.fromEntries(years.map((_, i) => [i + 2, ONE_DECIMAL])),
        after: [
          '1) Skattepligtige og ikke-skattepligtige ydelser, herunder integrationsydelse.',
          '2) Inkl. førtidspension til pensionister i udlandet.',
          '3) Arbejdsmarkedsydelse, ydelser til aktiverede, børnetilskud, tilskud til friplads i daginstitutioner, ledighedsydelse, særlig uddannelsesydelse, grøn check og fleksydelse mv.',
          '4) Inkl. personlige tillæg og varmetillæg til pensionister samt pensioner til pensionister i udlandet.',
          '5) Tjenestemandspensioner, indekstillæg, delpension mv.',
          'Kilde: Danmarks Statistik og egne beregninger.',
        ],
        kind: 'list',
        unit: 'mia. kr.',
        priceLevel: null,
        published,
        planted: [
          { at: [8, 5], value: 21.6, finds: [], missed: [['TOTAL_MISMATCH', [17, 5], B28_EKSKL], ['TOTAL_MISMATCH', [18, 5], B28_EKSKL]] },
          { at: [18, 2], value: 118.8, finds: [], missed: [['TOTAL_MISMATCH', [18, 2], B28_EKSKL]] },
        ],
      },
    ],
  };
}

/** Børne- og Undervisningsministeriet, svar på BUU alm. del spm. 5 (2023-24), tabel 1: kroner, hours and kroner per hour by year. */
function folkeskoleUdgifterPrTime() {
  const years = [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
  const pr = [83987, 82776, 80186, 80591, 78907, 83443, 85238, 83867, 84164, 84699, 84985, 85527, 88047, 88996];
  const timer = [808, 810, 810, 810, 810, 906, 1040, 1040, 1040, 1040, 1029, 1014, 1014, 1014];
  const prTime = [104, 102, 99, 99, 97, 92, 82, 81, 81, 81, 83, 84, 87, 88];
  years.forEach((y, i) => {
    if (Math.round(pr[i] / timer[i]) !== prTime[i]) throw new Error(`folkeskole: ${y} per hour`);
  });
  const grid = [
    ['', ...years],
    ['Udgift pr. elev (kr., 2023-pl)*', ...pr],
    ['Timetal pr. klassetrin, jf. mindstekravet i lovgivningen**', ...timer],
    ['Udgift pr. undervisningstime pr. elev (kr., 2023-pl)', ...prTime],
  ];
  return {
    name: 'folkeskole-udgift-pr-time',
    template: 'generic',
    notes:
      'State (Børne- og Undervisningsministeriet, svar på BUU alm. del spørgsmål 5 of 12 October 2023, tabel 1 "Udviklingen i udgifter pr. undervisningstime pr. elev i folkeskolen, 2009-2022"): fourteen years as headings; three rows of different kinds — kroner per pupil in 2023 prices ("(kr., 2023-pl)*", unit and price level in the label, with a note mark), a count of hours ("Timetal pr. klassetrin …**"), and kroner per hour = the first row divided by the second (rounded to the krone in every year) — nothing is a sum and nothing may be added across rows. The note under the table is cut in the stored copy and left out. Kind: list; unit kr.; price level 2023 (from the labels). The planted file holds no error about totals: it breaks the ratio instead — Udgift pr. elev 2022 typed 98.996 for 88.996, so 98.996 / 1.014 = 97,6 no longer gives the printed 88 — which no rule of the checker covers; it must give no finding about totals either.',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1.', 'Udviklingen i udgifter pr. undervisningstime pr. elev i folkeskolen, 2009-2022'],
        grid,
        formats: Object.fromEntries(years.map((_, i) => [i + 2, WHOLE])),
        after: ['Anm.: Tal er afrundet.'],
        kind: 'list',
        unit: 'kr.',
        priceLevel: 2023,
        got: [{ kind: 'list', unit: null, priceLevel: null }],
        gotWhy: 'The unit and price level written in the row labels ("Udgift pr. elev (kr., 2023-pl)*") are not read.',
        planted: [{ at: [1, 14], value: 98996, finds: [] }],
      },
    ],
  };
}

/** Økonomi- og Indenrigsministeriet, Økonomisk Redegørelse december 2016, Tabel B.25 Offentlige finanser: two sections, a saldo, net interest from two sections, a primary saldo. */
function offentligeFinanserB25() {
  const years = [2012, 2013, 2014, 2015, 2016, 2017, 2018];
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['Mia. kr., løbende priser', ...years],
    r('Forbrug', [501.6, 501.9, 511.9, 520.8, 528.0, 540.7, 556.1]),
    r('Overførsler', [334.3, 343.0, 347.9, 352.4, 356.2, 362.6, 368.7]),
    r('Investeringer', [69.9, 69.6, 74.5, 71.3, 72.5, 74.2, 73.9]),
    r('Renteudgifter', [34.3, 32.1, 29.2, 31.8, 29.7, 23.1, 21.0]),
    r('Subsidier', [41.0, 41.4, 41.0, 41.1, 39.0, 39.2, 40.3]),
    r('Øvrige udgifter 1)', [93.0, 63.8, 65.9, 72.0, 57.0, 58.8, 61.4]),
    r('Udgifter i alt 2)', [1074.3, 1051.7, 1070.3, 1089.5, 1082.3, 1098.6, 1121.4]),
    r('Personskatter mv. 3)', [377.3, 425.6, 461.9, 454.1, 431.5, 442.6, 458.1]),
    r('Arbejdsmarkedsbidrag', [82.0, 82.6, 84.7, 87.2, 90.8, 94.5, 98.7]),
    r('Pensionsafkastskat', [43.6, 20.0, 53.1, 22.8, 25.8, 10.2, 9.1]),
    r('Selskabsskatter', [49.5, 54.1, 55.8, 53.1, 53.0, 53.1, 53.1]),
    r('Moms', [181.6, 181.4, 186.0, 190.0, 196.0, 203.7, 212.2]),
    r('Øvrige indirekte skatter', [130.8, 138.6, 138.7, 143.2, 143.9, 144.3, 148.0]),
    r('Øvrige skatter 4)', [6.1, 6.1, 5.9, 5.9, 5.8, 6.0, 6.1]),
    r('Renteindtægter', [24.5, 24.3, 20.2, 16.5, 16.9, 16.6, 15.1]),
    r('Øvrige indtægter 5)', [115.7, 102.7, 95.3, 92.7, 92.6, 98.4, 104.2]),
    r('Told mv. til EU', [-3.0, -2.9, -3.0, -3.3, -3.4, -3.5, -3.6]),
    r('Indtægter i alt 6)', [1008.1, 1032.4, 1098.5, 1062.2, 1052.9, 1066.0, 1100.9]),
    r('Offentlig saldo', [-66.1, -19.3, 28.2, -27.2, -29.3, -32.6, -20.5]),
    r('Renter, netto', [9.8, 7.8, 8.9, 15.4, 12.8, 6.4, 5.9]),
    r('Offentlig primær saldo 7)', [-56.3, -11.5, 37.1, -11.8, -16.6, -26.2, -14.6]),
  ];
  for (let c = 1; c <= years.length; c++) {
    const col = (rows) => rows.map((x) => grid[x][c]);
    expectSum(`B.25 udgifter ${years[c - 1]}`, grid[7][c], col([1, 2, 3, 4, 5, 6]), 0.3);
    expectSum(`B.25 indtægter ${years[c - 1]}`, grid[18][c], col([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]), 0.3);
    expectSum(`B.25 saldo ${years[c - 1]}`, grid[19][c], [grid[18][c], -grid[7][c]], 0.1);
    expectSum(`B.25 renter ${years[c - 1]}`, grid[20][c], [grid[4][c], -grid[15][c]], 0.1);
    expectSum(`B.25 primær ${years[c - 1]}`, grid[21][c], [grid[19][c], grid[20][c]], 0.1);
  }
  return {
    name: 'offentlige-finanser-2016',
    template: 'generic',
    notes:
      'State (Økonomi- og Indenrigsministeriet, Økonomisk Redegørelse december 2016, bilagstabel B.25 "Offentlige finanser", 2012–2018): the unit and "løbende priser" (current prices: no price level) in the first heading cell; two blocks without section titles, each closed by its total ("Udgifter i alt 2)" over six rows, "Indtægter i alt 6)" over ten rows, one of them negative: "Told mv. til EU"); then a chain across the blocks — "Offentlig saldo" = Indtægter i alt − Udgifter i alt, "Renter, netto" = Renteudgifter (row 4, first block) − Renteindtægter (row 15, second block), "Offentlig primær saldo 7)" = saldo + renter, netto; note marks 1)–7) in the labels; negative amounts throughout. Figures are rounded separately (totals up to 0,2 off): rounding, not errors. Kind: list (accounts and forecasts by year). Planted: Moms 2016 typed 169,0 for 196,0 (Indtægter i alt 2016 no longer agrees); Offentlig saldo 2014 typed -28,2 for 28,2 (a sign slip: the saldo is no longer Indtægter − Udgifter, and the primær saldo no longer saldo + renter).',
    sheets: [
      {
        name: 'Tabel B.25',
        title: ['Tabel B.25', 'Offentlige finanser'],
        grid,
        formats: Object.fromEntries(years.map((_, i) => [i + 2, ONE_DECIMAL])),
        after: [
          '1) Øvrige udgifter indeholder blandt andet kapitaloverførsler, overførsler til Færøerne og Grønland samt bidrag til EU’s budget.',
          '2) Opgørelsen af de samlede offentlige udgifter afviger fra Danmarks Statistiks opgørelse. Udgiftstrykket er her beregnet med afsæt i en opgørelse af de samlede udgifter, hvor alle delelementer i det offentlige forbrug – herunder fx imputerede udgifter i form af afskrivninger og indtægter i form af salg af varer og tjenesteydelser – henføres til udgiftssiden.',
        ],
        kind: 'list',
        unit: 'mia. kr.',
        priceLevel: null,
        planted: [
          { at: [12, 5], value: 169.0, finds: [['TOTAL_MISMATCH', [18, 5]]] },
          { at: [19, 3], value: -28.2, finds: [['DIFFERENCE_MISMATCH', [19, 3]], ['TOTAL_MISMATCH', [21, 3]]] },
        ],
      },
    ],
  };
}

/** Økonomi- og Indenrigsministeriet, Økonomisk Redegørelse december 2016, Tabel B.5: percentages of GDP by country, two sections, no totals. */
function offentligSaldoLandeB5() {
  const years = [2012, 2013, 2014, 2015, 2016, 2017, 2018];
  const r = (label, xs) => [label, ...xs];
  const none = (label) => [label, ...years.map(() => null)];
  const grid = [
    none('Samlet offentlig saldo'),
    ['Pct. af BNP', ...years],
    r('EU28', [-4.3, -3.3, -3.0, -2.4, -2.0, -1.7, -1.6]),
    r('Euroområdet', [-3.6, -3.0, -2.6, -2.1, -1.8, -1.5, -1.5]),
    r('Tyskland', [0.0, -0.2, 0.3, 0.7, 0.6, 0.4, 0.3]),
    r('Frankrig', [-4.8, -4.0, -4.0, -3.5, -3.3, -2.9, -3.1]),
    r('Italien', [-2.9, -2.7, -3.0, -2.6, -2.4, -2.4, -2.5]),
    r('Spanien', [-10.5, -7.0, -6.0, -5.1, -4.6, -3.8, -3.2]),
    r('Nederlandene', [-3.9, -2.4, -2.3, -1.9, -0.8, -0.3, -0.1]),
    r('Belgien', [-4.2, -3.0, -3.1, -2.5, -3.0, -2.3, -2.4]),
    r('Østrig', [-2.2, -1.4, -2.7, -1.0, -1.5, -1.3, -1.1]),
    r('Finland', [-2.2, -2.6, -3.2, -2.8, -2.4, -2.5, -2.0]),
    r('Danmark 1)', [-3.5, -1.0, 1.4, -1.3, -1.4, -1.6, -0.9]),
    r('Sverige', [-1.0, -1.4, -1.6, 0.2, 0.0, -0.1, 0.1]),
    r('Storbritannien', [-8.3, -5.7, -5.7, -4.3, -3.5, -2.8, -2.3]),
    r('USA', [-8.9, -5.3, -4.9, -4.4, -4.6, -4.2, -4.0]),
    r('Japan', [-8.7, -7.7, -6.2, -5.3, -5.0, -5.1, -5.0]),
    r('Norge', [13.8, 10.8, 8.8, 6.4, 4.1, 3.4, 3.7]),
    none('Samlet strukturel offentlig saldo 2)'),
    none('Pct. af BNP'),
    r('EU28', [-2.7, -1.8, -1.8, -1.7, -1.6, -1.6, -1.5]),
    r('Euroområdet', [-2.1, -1.4, -1.1, -1.0, -1.2, -1.3, -1.3]),
    r('Tyskland', [-0.2, 0.1, 0.8, 0.8, 0.6, 0.4, 0.5]),
    r('Frankrig', [-4.2, -3.3, -2.9, -2.6, -2.5, -2.3, -2.6]),
    r('Italien', [-1.5, -1.0, -1.2, -1.1, -1.6, -2.2, -2.4]),
    r('Spanien', [-3.4, -2.0, -1.9, -2.8, -3.8, -3.8, -3.8]),
    r('Nederlandene', [-2.1, -1.0, -0.7, -1.2, -0.5, -0.2, 0.0]),
    r('Belgien', [-3.4, -2.7, -2.9, -2.6, -2.7, -2.0, -2.2]),
    r('Østrig', [-1.9, -1.2, -0.7, 0.0, -1.0, -0.9, -1.0]),
    r('Finland', [-1.3, -1.4, -1.8, -1.4, -1.3, -1.6, -1.4]),
    r('Danmark 1)', [-0.7, -0.4, -0.9, -0.5, -0.3, -0.5, -0.2]),
    r('Sverige', [0.2, 0.1, -0.4, 0.3, -0.3, -0.3, 0.1]),
    r('Storbritannien', [-6.5, -4.4, -5.4, -4.5, -3.8, -2.9, -2.3]),
    r('USA 3)', [-7.4, -4.1, -4.0, -4.0, -4.4, -4.7, -6.0]),
    r('Japan 3)', [-8.1, -8.3, -6.6, -6.2, -5.6, -5.9, -5.2]),
    r('Norge 3), 4)', [0.2, -0.4, -0.7, 0.3, -0.6, -1.1, -1.3]),
  ];
  return {
    name: 'offentlig-saldo-lande-2016',
    template: 'generic',
    notes:
      'State (Økonomi- og Indenrigsministeriet, Økonomisk Redegørelse december 2016, bilagstabel B.5 "Nøgletal for den internationale økonomi – offentlig saldo"): percentages of GDP by country and year, negative and positive, in two sections under a title each ("Samlet offentlig saldo", "Samlet strukturel offentlig saldo 2)") with the unit "Pct. af BNP" on its own line (read here as the first heading cell beside the years, and as a unit row in the second section); note marks in labels ("Danmark 1)", "Norge 3), 4)"); groups and their members side by side (EU28, Euroområdet, the member countries) — nothing is a sum of anything and no amounts at all, so no total is due and no unit in kroner. The stored copy stops inside the source line, which is left out. Kind: list; unit none. The planted file holds no error about totals: it plants a one-column coincidence — Finland 2013 changed to -4,4 = -3,0 + -1,4, the two rows above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Tabel B.5',
        title: ['Tabel B.5', 'Nøgletal for den internationale økonomi – offentlig saldo'],
        grid,
        formats: Object.fromEntries(years.map((_, i) => [i + 2, ONE_DECIMAL])),
        after: [
          '1) Egne beregninger.',
          '2) Den strukturelle saldo er den underlæggende offentlige saldo, korrigeret for konjunktur og engangsudgifter.',
          '3) OECD, Economic Outlook 100, november 2016.',
          '4) Kun Norges fastland, dvs. ekskl. aktiviteter direkte relateret til olieudvinding i Nordsøen.',
        ],
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [{ at: [11, 2], value: -4.4, finds: [] }],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Third batch (issue 20, item 5): a total column on the left of its parts, "heraf" rows, budget
// variants with an abbreviated price level, years down the first column, sections with "heraf"
// rows and a total column, negatives in parentheses, abbreviated budget-variant headings with row
// numbers, percentages with a change column, and rank lists whose first column is a number.

const PARENS = '#,##0;(#,##0)';

const D1_LEFT_TOTAL = 'the total column stands left of its parts; the checker reads the part column Drift as a difference (total − Løn) and reports the row at the Drift cell as DIFFERENCE_MISMATCH, not the total on the left as TOTAL_MISMATCH';

/** Forsvarsministeriet, svar på FOU alm. del spm. 147 (2020-21): the total column stands left of its parts, under a heading of two rows. */
function forsvarMink2020() {
  const grid = [
    ['', 'Realiserede merudgifter i 2020 vedrørende bortskaffelse af mink (mio. kr.)', 'Fordeling på løn/drift', null],
    ['', null, 'Løn', 'Drift'],
    ['Forsvarskommandoen', 14.8, 13.1, 1.7],
    ['Hjemmeværnskommandoen', 2.1, 0.9, 1.2],
    ['Beredskabsstyrelsen', 15.1, 10.0, 5.0],
    ['Materielstyrelsen', 19.0, 0.0, 19.0],
    ['Ejendomsstyrelsen', 31.7, 0.0, 31.7],
    ['Total', 82.8, 24.0, 58.6],
  ];
  for (let r = 2; r <= 6; r++) expectSum(`mink row ${r}`, grid[r][1], [grid[r][2], grid[r][3]], 0.1);
  for (const c of [1, 2, 3]) expectSum(`mink col ${c}`, grid[7][c], [2, 3, 4, 5, 6].map((r) => grid[r][c]), 0.1);
  // The printed grand total is 0,2 above Løn + Drift (24,0 + 58,6 = 82,6): more than two rounded parts allow.
  if (exactSum([grid[7][2], grid[7][3]], 1) !== 82.6) throw new Error('mink: total row');
  return {
    name: 'forsvar-mink-2020',
    template: 'generic',
    docx: true,
    notes:
      'State (Forsvarsministeriet, svar på FOU alm. del spørgsmål 147 of 18 March 2021): the total column stands LEFT of its parts — "Realiserede merudgifter i 2020 … (mio. kr.)" = Løn + Drift — under a heading of two rows ("Fordeling på løn/drift" over "Løn | Drift", merged across the two part columns); the unit is inside the long heading; a "Total" row at the foot adds the five authorities in every column. Figures are rounded separately: Beredskabsstyrelsen 15,1 against 10,0 + 5,0 and the Total column 82,8 against 82,7 are rounding. Kind: list. Planted: Hjemmeværnskommandoen\'s Drift typed 2,1 for 1,2 (its total on the left and the Drift total no longer agree); the Løn total typed 42,0 for 24,0. Today the checker reads the Drift column as a difference (total − Løn): it reports the first at the Drift cell as DIFFERENCE_MISMATCH, and the second also as a false DIFFERENCE_MISMATCH on the right Drift total; that finding is listed under the planted findings only so that the test holds exactly what the checker gives.',
    sheets: [
      {
        name: 'Svar',
        title: ['Spørgsmål nr. 147', 'Forsvarsministeriets omkostninger i forbindelse med støtte til Fødevaremyndighedernes bekæmpelse af COVID-19 i mink'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL },
        merges: [[0, 2, 3]],
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          // Found at the planted cell, but as a difference (Drift = total − Løn) rather than as the total on the left.
          { at: [3, 3], value: 2.1, finds: [['DIFFERENCE_MISMATCH', [3, 3]], ['TOTAL_MISMATCH', [7, 3]]], missed: [['TOTAL_MISMATCH', [3, 1], D1_LEFT_TOTAL]] },
          // The DIFFERENCE_MISMATCH on the right Drift total is a false finding of the same misreading: listed
          // because the checker gives it today (the test holds exactly what it gives in the planted file).
          { at: [7, 2], value: 42.0, finds: [['TOTAL_MISMATCH', [7, 2]], ['DIFFERENCE_MISMATCH', [7, 3]]] },
        ],
      },
    ],
  };
}

/** Finansministeriet, svar på Finansudvalgets spm. 69 til aktstykke 190 (2007-08): two items, each above its "- heraf" rows. */
function aktstykkeHerafRegioner2009() {
  const grid = [
    ['Mio. kr.', ''],
    ['Øvrig sygehuse', 540],
    ['- heraf sygehusmedicin og øvrige sygehusudgifter', 520],
    ['- heraf klinisk kræftforskning', 20],
    [null, null],
    ['Sygesikring', 550],
    ['- heraf sygesikringsmedicin', 310],
    ['- heraf øvrig sygesikring (praksissektoren)', 240],
  ];
  expectSum('heraf øvrig sygehuse', grid[1][1], [grid[2][1], grid[3][1]], 0, 0);
  expectSum('heraf sygesikring', grid[5][1], [grid[6][1], grid[7][1]], 0, 0);
  return {
    name: 'aktstykke-heraf-regioner-2009',
    template: 'generic',
    docx: true,
    notes:
      'State (Finansministeriet, endeligt svar på Finansudvalgets spørgsmål nr. 69 af 23. juni 2008, aktstykke 190): one amount column with an empty heading and the unit in the first header cell ("Mio. kr."); two items, each ABOVE two "- heraf …" rows (the rows begin with a dash), separated by an empty row; here the heraf rows happen to add up to their item. Kind: list. Planted: "- heraf klinisk kræftforskning" typed 200 for 20 (the heraf rows of Øvrig sygehuse now exceed it: 720 against 540); Sygesikring typed 505 for 550 (its heraf rows, 310 + 240, exceed it).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1. Specificering af midler til Øvrig sygehuse og sygesikring – regionerne 2009'],
        grid,
        formats: { 2: WHOLE },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          // The warning stands on the first heraf row under the item (the checker's place for it).
          { at: [3, 1], value: 200, finds: [['HERAF_EXCEEDS', [2, 1]]] },
          { at: [5, 1], value: 505, finds: [['HERAF_EXCEEDS', [6, 1]]] },
        ],
      },
    ],
  };
}

/** Finansministeriet, svar på Finansudvalgets spm. 45 til aktstykke 190 (2007-08): budget variants as headings, "Mia.kr., 09-pl". */
function aktstykkeRegionerDrift2009() {
  const grid = [
    ['Mia.kr., 09-pl', 'Regnskab 2007', 'Aftale 2008', 'Budget 2008', 'Aftale 2009'],
    ['Sundhed', 86.6, 89.1, 89.0, 90.9],
    ['- heraf sygesikringsmedicin', 7.0, 7.1, 7.2, 7.7],
    ['Regional udvikling', 1.7, 2.4, 2.4, 2.4],
  ];
  return {
    name: 'aktstykke-regioner-drift-2009',
    template: 'generic',
    notes:
      'State (Finansministeriet, endeligt svar på Finansudvalgets spørgsmål nr. 45 af 19. juni 2008, aktstykke 190): columns named by budget variant and year ("Regnskab 2007 | Aftale 2008 | Budget 2008 | Aftale 2009"), the unit and an abbreviated price level in the first header cell ("Mia.kr., 09-pl" — 2009 prices); a "- heraf" row under Sundhed; no total and none due (Regional udvikling is not part of Sundhed). Kind: list; unit mia. kr.; price level 2009. Planted: the heraf row of Aftale 2009 typed 97,7 for 7,7 (it now exceeds Sundhed, 90,9).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1', 'Regionernes driftsudgifter (netto), regnskab 2007 – aftale 2009'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL },
        after: [
          'Anm.: Opregnet til 2009 opgaveniveau, jf. opgaveændringer i medfør af DUT.',
          'Kilde: Danmarks Statistik, Finansministeriets meropgavedatabase, økonomiaftaler samt egne beregninger.',
        ],
        kind: 'list',
        unit: 'mia. kr.',
        priceLevel: 2009,
        planted: [
          {
            at: [2, 4],
            value: 97.7,
            finds: [],
            missed: [['HERAF_EXCEEDS', [2, 4], 'the heraf check is skipped when the headings mix "Regnskab YYYY" and "Aftale YYYY" (the same grid headed "Aftale 2008 | Aftale 2009" or "Regnskab 2007 | Budget 2009" gives the warning)']],
          },
        ],
      },
    ],
  };
}

/** Økonomi- og Indenrigsministeriet, svar på KOU alm. del spm. 140 (2013-14): years down the first column, one amount column, 2015-pl. */
function kommunaleServiceudgifter2007() {
  const years = [2007, 2008, 2009, 2010, 2011, 2012, 2013];
  const amounts = [234.5, 236.9, 243.2, 240.8, 231.4, 230.8, 231.1];
  const grid = [['Mia. kr., 2015-pl og 2015-opgaveniveau', 'Serviceudgifter'], ...years.map((y, i) => [y, amounts[i]])];
  return {
    name: 'kommunale-serviceudgifter-2007-2013',
    template: 'generic',
    notes:
      'State on municipalities (Økonomi- og Indenrigsministeriet, svar på KOU alm. del spørgsmål 140 of 30 October 2014, tabel 1 "Kommunale serviceudgifter i regnskab, 2007-2013"): the years run DOWN the first column (stored as numbers), one amount column ("Serviceudgifter"), the unit and the price level in the first header cell ("Mia. kr., 2015-pl og 2015-opgaveniveau"); no total and none due — a year is never the sum of the years before it, and the year column holds no amounts. Kind: period (a series of years down the rows); unit mia. kr.; price level 2015. The planted file holds no error about totals: it plants a one-column coincidence — 2010 changed to 480,1 = 236,9 + 243,2, the two years above — which must not be taken for a total.',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1', 'Kommunale serviceudgifter i regnskab, 2007-2013'],
        grid,
        formats: { 2: ONE_DECIMAL },
        after: ['Kilde: Danmarks Statistik, Finansministeriets meropgaveopgørelse og egne beregninger.'],
        kind: 'period',
        unit: 'mia. kr.',
        priceLevel: 2015,
        planted: [{ at: [4, 1], value: 480.1, finds: [] }],
      },
    ],
  };
}

/** Aarhus Universitet, nøgletal 2012, tabel e5: sections, each a total row above two "Heraf" rows, an "I alt" column, "-" for nothing. */
function auDriftsomkostninger2012() {
  const dash = '-';
  const block = (label, total, loen, oevrig) => [
    ...(label ? [[label, null, null, null, null, null, null]] : []),
    ['Ordinære driftsomkostninger i alt', ...total],
    ['Heraf løn', ...loen],
    ['Heraf øvrig drift', ...oevrig],
  ];
  const head = ['', 'AR', 'ST', 'HE', 'BSS', 'FO', 'I alt'];
  const grid = [
    head,
    ...block(null, [5.1, 36.6, 20.2, 7.7, 8.4, 78.1], [1.2, 29.3, 12.7, 3.0, 5.3, 51.6], [3.9, 7.3, 7.5, 4.7, 3.1, 26.5]),
    ...block('Delregnskab 3', [0.0, 0.0, 44.3, 0.0, 0.0, 44.3], [dash, dash, 12.7, dash, dash, 12.7], [dash, dash, 0.0, dash, dash, 0.0]),
    ...block('Delregnskab 4', [153.9, 912.5, 263.5, 138.2, 3.8, 1471.9], [82.4, 538.8, 140.9, 87.0, 1.0, 850.1], [71.6, 373.6, 122.6, 51.2, 2.8, 621.8]),
    ...block('Delregnskab 5', [15.0, 2.9, 3.0, 12.4, 32.0, 65.3], [3.9, 1.3, 2.8, 3.8, 11.9, 23.7], [11.1, 1.6, 0.2, 8.6, 20.1, 41.6]),
  ];
  const au = [
    head,
    ['AU i alt', null, null, null, null, null, null],
    ['Ordinære driftsomkostninger i alt', 990.3, 2394.6, 1157.3, 1098.0, 179.5, 5819.7],
    ['Heraf løn', 644.0, 1329.8, 661.1, 721.7, 225.0, 3581.7],
    ['Heraf øvrig drift', 346.3, 1064.8, 464.6, 376.3, -45.5, 2206.5],
    ['Relativ lønandel', { v: 0.65, fmt: '0 %' }, { v: 0.56, fmt: '0 %' }, { v: 0.57, fmt: '0 %' }, { v: 0.66, fmt: '0 %' }, dash, { v: 0.62, fmt: '0 %' }],
  ];
  const n = (x) => (typeof x === 'number' ? x : 0);
  for (const g of [grid, au]) {
    for (let r = 1; r < g.length; r++) {
      if (typeof g[r][1] === 'number' || g[r][1] === dash) expectSum(`au row ${r}`, n(g[r][6]), g[r].slice(1, 6).map(n), 0.1);
    }
  }
  // In AU i alt, HE's heraf rows (661,1 + 464,6 = 1.125,7) do not cover its total (1.157,3): heraf need not.
  if (exactSum([au[3][3], au[4][3]], 1) === au[2][3]) throw new Error('au: HE heraf');
  return {
    name: 'au-driftsomkostninger-2012',
    template: 'generic',
    notes:
      'State university (Aarhus Universitet, nøgletal 2012, tabel e5 "Ordinære driftsomkostninger fordelt på delregnskab, hovedområder og løn/øvrig drift, mio. kr."): six columns of main areas abbreviated ("AR | ST | HE | BSS | FO") and a right-hand "I alt" column that adds them; the table is split into sections by delregnskab, each a total row ("Ordinære driftsomkostninger i alt") ABOVE two "Heraf …" rows; "-" for nothing; the unit is in the title. The stored copy begins with the first section\'s rows without its section title, and the sections Delregnskab 1 and 2 are not in it, so the table\'s closing section "AU i alt" (the whole university, with a percentage row "Relativ lønandel" and a negative "Heraf øvrig drift" for FO) is written on a sheet of its own: it is not the sum of the sections shown. In "AU i alt" the heraf rows of HE (661,1 + 464,6) do not cover its total (1.157,3) — heraf rows need not. Several I alt are 0,1 off their parts: rounding. Kind: list. Planted: Delregnskab 4\'s "Heraf løn" for ST typed 583,8 for 538,8 (the I alt of that row and ST\'s total no longer agree); Delregnskab 5\'s I alt typed 56,3 for 65,3; on "AU i alt", BSS\'s "Heraf løn" typed 1.721,7 for 721,7 (more than BSS\'s total).',
    sheets: [
      {
        name: 'Delregnskaber',
        title: ['e5. Ordinære driftsomkostninger fordelt på delregnskab, hovedområder og løn/øvrig drift, mio. kr.'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL, 6: ONE_DECIMAL, 7: ONE_DECIMAL },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          // The heraf warning stands on the first heraf row of the section (the checker's place for it).
          { at: [10, 2], value: 583.8, finds: [['TOTAL_MISMATCH', [10, 6]], ['HERAF_EXCEEDS', [10, 2]]] },
          // With the section total too small, its heraf rows (23,7 + 41,6) now exceed it as well.
          { at: [13, 6], value: 56.3, finds: [['TOTAL_MISMATCH', [13, 6]], ['HERAF_EXCEEDS', [14, 6]]] },
        ],
      },
      {
        name: 'AU i alt',
        title: ['e5. Ordinære driftsomkostninger fordelt på delregnskab, hovedområder og løn/øvrig drift, mio. kr.'],
        grid: au,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL, 6: ONE_DECIMAL, 7: ONE_DECIMAL },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          {
            at: [3, 4],
            value: 1721.7,
            finds: [['HERAF_EXCEEDS', [3, 4]]],
            missed: [['TOTAL_MISMATCH', [3, 6], 'the right-hand I alt column is not placed in this table (a percentage row "Relativ lønandel" with "-", a negative heraf figure and heraf rows that do not cover HE\'s total); the same edit on the other sheet is found']],
          },
        ],
      },
    ],
  };
}

/** Friskolen Østerlund, økonomi 2004–2011: three money tables over eight years, negatives in parentheses, and a table of ratios. */
function friskoleOesterlund() {
  const years = [2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011];
  const head = ['Hele 1.000 kr.', ...years.map((y) => ({ v: y, fmt: '0' }))];
  const r = (label, xs) => [label, ...xs];
  const none = (label) => [label, ...years.map(() => null)];
  const grid = [
    head,
    r('Indtægter i alt', [7043, 8460, 9428, 9802, 10290, 10674, 10528, 10849]),
    r('Heraf statstilskud', [5641, 6809, 7579, 8018, 8361, 8769, 8473, 8760]),
    r('Omkostninger vedr. drift', [6873, 7859, 8393, 8424, 8960, 9570, 9704, 9741]),
    r('Driftsresultat før finansielle poster', [170, 601, 1035, 1378, 1330, 1104, 825, 1108]),
    r('Finansielle poster i alt', [-31, 1, -639, -783, -864, -679, -421, -407]),
    r('Årets resultat', [139, 602, 396, 595, 465, 424, 403, 701]),
    none(null),
    none('Balance:'),
    head,
    r('Anlægsaktiver i alt', [1052, 14664, 16269, 16293, 15884, 15612, 15255, 14903]),
    r('Omsætningsaktiver', [185, 849, 294, 259, 741, 537, 1303, 1777]),
    r('Balancesum', [1238, 15513, 16563, 16551, 16624, 16148, 16558, 16681]),
    r('Egenkapital', [-16, 586, 982, 1577, 2042, 2467, 2870, 3571]),
    r('Langfristet gæld', [0, 13049, 12768, 12324, 12013, 11335, 10954, 10573]),
    r('Kortfristet gæld', [1254, 1878, 2814, 2651, 2569, 2347, 2735, 2537]),
    none(null),
    none('Pengestrømsanalyse:'),
    head,
    r('Driftens likviditetsvirkning', [-170, 1273, 1404, 1506, 981, 742, 1151, 955]),
    r('Investeringers likviditetsvirkning', [-133, -13710, -2027, -443, -15, -158, -63, -27]),
    r('Finansieringens likviditetsvirkning', [-638, 13279, -790, -444, -310, -678, -381, -381]),
    r('Pengestrøm netto', [-941, 843, -1413, 618, 656, -95, 707, 547]),
  ];
  for (let c = 1; c <= years.length; c++) {
    const col = (rows) => rows.map((x) => grid[x][c]);
    expectSum(`friskole driftsresultat ${years[c - 1]}`, grid[4][c], [grid[1][c], -grid[3][c]], 1, 0);
    expectSum(`friskole resultat ${years[c - 1]}`, grid[6][c], col([4, 5]), 1, 0);
    expectSum(`friskole aktiver ${years[c - 1]}`, grid[12][c], col([10, 11]), 1, 0);
    expectSum(`friskole passiver ${years[c - 1]}`, grid[12][c], col([13, 14, 15]), 1, 0);
    expectSum(`friskole pengestrøm ${years[c - 1]}`, grid[22][c], col([19, 20, 21]), 1, 0);
  }
  const pct = (label, xs, goal) => [label, ...xs, goal];
  const ratios = [
    ['I %', ...years, 'Mål'],
    pct('Likviditetsgrad [%]', [14.8, 45.3, 10.5, 9.8, 28.8, 22.8, 48, 70], '>75% Kortsigtet'),
    pct('Soliditetsgrad [%]', [-1.3, 3.8, 5.9, 9.5, 12.3, 15.3, 17, 21], '>40% langsigtet'),
    pct('Finansieringsgrad [%]', [0.0, 89.0, 78.5, 75.6, 76.0, 73.0, 72, 71], '.'),
    pct('Overskudsgrad [%]', [2.0, 7.1, 4.2, 6.1, 4.5, 4.0, 4, 6], '>4% Årlig'),
  ];
  const yearFormats = Object.fromEntries(years.map((_, i) => [i + 2, PARENS]));
  return {
    name: 'friskole-oesterlund-2011',
    template: 'generic',
    notes:
      'A state-funded independent school (Friskolen Østerlund, "Økonomi" page of the school board, 2004–2011; Danish friskoler are financed mainly by state grants — "Heraf statstilskud"): three tables one below the other, each under its own title and the heading "Hele 1.000 kr. | 2004 | … | 2011" (eight years, nine columns), negative amounts shown in parentheses ("(31)"; numbers formatted #,##0;(#,##0) in the workbook). Resultatopgørelse: a chain — Driftsresultat = Indtægter i alt − Omkostninger (a "Heraf statstilskud" row sits between them), Årets resultat = Driftsresultat + Finansielle poster i alt. Balance: "Balancesum" stands BETWEEN its two groups of parts — it is Anlægsaktiver i alt + Omsætningsaktiver above it and Egenkapital + Langfristet gæld + Kortfristet gæld below it. Pengestrømsanalyse: Pengestrøm netto adds the three rows above. Figures are rounded to 1.000 kr. separately, so several results and sums are 1 off: rounding, not errors. The page\'s fourth table ("Regnskabsmæssige nøgletal", percentages with a text column "Mål") is on a sheet of its own: its unit is per cent, not kroner. A careful reader sees three tables on the first sheet and one on the second. Kind: list; unit t.kr. (none for the ratios). Planted: Omkostninger vedr. drift 2007 typed 8.244 for 8.424 (Driftsresultat 2007 is no longer Indtægter − Omkostninger); Pengestrøm netto 2006 typed (1.431) for (1.413).',
    sheets: [
      {
        name: 'Regnskab',
        title: ['Økonomi', 'Resultatopgørelse:'],
        grid,
        formats: yearFormats,
        tables: 3,
        kind: 'list',
        unit: 't.kr.',
        priceLevel: null,
        planted: [
          { at: [3, 4], value: 8244, finds: [['DIFFERENCE_MISMATCH', [4, 4]]] },
          { at: [22, 3], value: -1431, finds: [['TOTAL_MISMATCH', [22, 3]]] },
        ],
      },
      {
        name: 'Nøgletal',
        title: ['Regnskabsmæssige nøgletal:'],
        grid: ratios,
        formats: Object.fromEntries(years.map((_, i) => [i + 2, '0.0;-0.0'])),
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [],
      },
    ],
  };
}

/** Grønlands Statistik, Statistisk Årbog 2011-12, Tabel 14 Selvstyrets budgetter: R-06 … FL-11 … BO-14, row numbers, a chain whose labels say their arithmetic. */
function selvstyretsBudgetter() {
  const heads = ['R-06', 'R-07', 'R-08', 'R-09', 'FL-10', 'FL-11', 'BO-12', 'BO-13', 'BO-14'];
  const r = (no, label, xs) => [no, label, ...xs];
  const grid = [
    ['', '', ...heads],
    ['', '', 'Mio. kr.', ...heads.slice(1).map(() => null)],
    r(1, 'Indtægter', [5484, 5631, 5800, 5909, 6035, 6245, 6267, 6240, 6237]),
    r(2, 'Driftsudgifter i alt', [4744, 4895, 5188, 6052, 5504, 5508, 5542, 5567, 5634]),
    r(null, 'Driftsudgifter', [2462, 2618, 2789, 2973, 3066, 2778, 2796, 2804, 2875]),
    r(null, 'Tilskud', [1532, 1516, 1588, 2229, 1571, 1840, 1852, 1871, 1868]),
    r(null, 'Lovbundne udgifter', [750, 760, 811, 850, 867, 890, 893, 892, 892]),
    r(3, 'Driftsoverskud (1-2)', [740, 736, 611, -142, 531, 737, 725, 674, 603]),
    r(4, 'Anlægsbudget', [700, 1003, 929, 808, 758, 937, 936, 803, 557]),
    r(5, 'DAU-saldo (5-6)', [40, -267, -318, -950, -227, -200, -211, -130, 46]),
  ];
  for (let c = 2; c < 2 + heads.length; c++) {
    const h = heads[c - 2];
    expectSum(`selvstyret drift ${h}`, grid[3][c], [4, 5, 6].map((x) => grid[x][c]), 1, 0);
    expectSum(`selvstyret overskud ${h}`, grid[7][c], [grid[2][c], -grid[3][c]], 1, 0);
    expectSum(`selvstyret DAU ${h}`, grid[9][c], [grid[7][c], -grid[8][c]], 1, 0);
  }
  return {
    name: 'selvstyrets-budgetter',
    template: 'generic',
    docx: true,
    notes:
      'Greenland\'s self-government (Grønlands Statistik, Statistisk Årbog 2011-12, Tabel 14 "Selvstyrets budgetter", in Danish): nine columns headed by abbreviated budget variants and years ("R-06 … R-09 | FL-10 | FL-11 | BO-12 … BO-14" — regnskab, finanslov, budgetoverslag, explained in the note under the table), eleven columns in all; a column of row numbers (1–5) before the labels, the lines without a number being the parts of line 2; a unit row ("Mio. kr.", merged across the years) under the headings. "Driftsudgifter i alt" stands ABOVE its three parts; "Driftsoverskud (1-2)" = line 1 − line 2 (its label says so); "DAU-saldo (5-6)" is line 3 − line 4 — its label names lines that do not exist there (a slip of the printed label; the figures are 3 − 4). Totals and parts are rounded separately (1 off in places): rounding, not errors. Kind: list (budgets and accounts by year, current prices; none printed). Planted: Tilskud R-09 typed 2.292 for 2.229 (Driftsudgifter i alt above it no longer agrees); Driftsoverskud FL-11 typed 773 for 737 (no longer 1 − 2, and the DAU-saldo below is no longer 3 − 4).',
    sheets: [
      {
        name: 'Tabel 14',
        title: ['Tabel 14', 'Selvstyrets budgetter'],
        grid,
        formats: Object.fromEntries(heads.map((_, i) => [i + 3, WHOLE])),
        merges: [[1, 2, 10]],
        after: ['Anm.: R = Regnskab, FL = Finanslov, FLF = Finanslovsforslag, BO = Budgetoverslag, DAU = Drifts-, anlægs- og udlånsbudget.', 'Kilde: Landskassens regnskaber 2006-2009, Finansloven 2010 og 2011'],
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          {
            at: [5, 5],
            value: 2292,
            finds: [['TOTAL_MISMATCH', [3, 5]]],
          },
          {
            at: [7, 7],
            value: 773,
            finds: [
              ['DIFFERENCE_MISMATCH', [7, 7]],
              ['DIFFERENCE_MISMATCH', [9, 7]],
            ],
          },
        ],
      },
    ],
  };
}


/** Skatteministeriet, kommuneskatter – gennemsnitsprocenten i 2026, tabel 1: percentages with an "I alt" row and a change column, exact and rounded. */
function skmKommuneskat2026() {
  const p3 = (x) => ({ v: x, fmt: THREE_DECIMALS });
  const p1 = (x) => ({ v: x, fmt: ONE_DECIMAL });
  const grid = [
    ['', 2025, 2026, 'Ændring fra 2025 til 2026'],
    ['', 'Pct.', 'Pct.', 'Pct.'],
    ['Kommuneskatteprocent', p3(25.068), p3(25.049), p3(-0.019)],
    ['Kirkeskatteprocent, (gns. for alle skatteydere)', p3(0.642), p3(0.639), p3(-0.003)],
    ['I alt', p3(25.71), p3(25.688), p3(-0.022)],
    ['Kommuneskatteprocent, afrundet', p1(25.1), p1(25.0), p1(0.0)],
    ['Kirkeskatteprocent, afrundet', p1(0.6), p1(0.6), p1(0.0)],
    ['I alt afrundet', p1(25.7), p1(25.7), p1(0.0)],
  ];
  for (const c of [1, 2, 3]) expectSum(`skm i alt col ${c}`, grid[4][c].v, [grid[2][c].v, grid[3][c].v], 0, 3);
  for (const x of [2, 3, 4]) expectSum(`skm ændring row ${x}`, grid[x][3].v, [grid[x][2].v, -grid[x][1].v], 0, 3);
  return {
    name: 'skm-kommuneskat-2026',
    template: 'generic',
    docx: true,
    notes:
      'State (Skatteministeriet, "Kommuneskatter - gennemsnitsprocenten i 2026", 27 October 2025, tabel 1): percentages, not kroner — years as headings, a unit row "Pct." in every column, a change column "Ændring fra 2025 til 2026" = 2026 − 2025, and "I alt" = kommuneskat + kirkeskat, first to three decimals, then the same rows rounded to one decimal. The rounded rows are roundings of the exact ones: "I alt afrundet" 2026 is 25,7 though 25,0 + 0,6 = 25,6, and the rounded changes are 0,0 though 25,0 − 25,1 = -0,1 — rounding, not errors. Kind: list; no unit in kroner. Planted: Kirkeskatteprocent 2026 typed 0,693 for 0,639 (I alt 2026 and the row\'s Ændring no longer agree); the Ændring of Kommuneskatteprocent typed -0,091 for -0,019 (its own difference and the I alt of the change no longer agree).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Kommuneskatter - gennemsnitsprocenten i 2026', 'Ændringen i den gennemsnitlige skatteprocent fra 2025 til 2026 er specificeret i tabel 1.'],
        grid,
        formats: {},
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [
          {
            at: [3, 2],
            value: p3(0.693),
            finds: [
              ['TOTAL_MISMATCH', [4, 2]],
              ['DIFFERENCE_MISMATCH', [3, 3]],
            ],
          },
          {
            at: [2, 3],
            value: p3(-0.091),
            finds: [
              ['DIFFERENCE_MISMATCH', [2, 3]],
              ['TOTAL_MISMATCH', [4, 3]],
            ],
          },
        ],
      },
    ],
  };
}

/** Skatteministeriet, kommuneskatteændringer i 2022: two ranked lists side by side in each table, the rank a number in the first column. */
function skmKommuneskatteaendringer2022() {
  const half = (t) => [t, null, null];
  const names = (unit) => ['', 'Kommune', unit];
  const row = (a, b) => [...(a || [null, null, null]), ...(b || [null, null, null])];
  const grid = [
    [...half('Kommuner med fald i skatteprocent'), ...half('Kommuner med stigning i skatteprocent')],
    [...names('Pct.-point'), ...names('Pct.-point')],
    row([1, 'Kalundborg', -0.2], [1, 'Gentofte', 0.37]),
    row([1, 'Norddjurs', -0.2], [2, 'Fanø', 0.2]),
    row([3, 'Kerteminde', -0.1], [3, 'Lemvig', 0.15]),
    row(null, [4, 'Skanderborg', 0.12]),
    row(null, [5, 'Greve', 0.11]),
    row(null, [6, 'Solrød', 0.1]),
    row(null, [7, 'Helsingør', 0.08]),
    row(null, [7, 'Horsens', 0.08]),
    row(null, [9, 'Odense', 0.06]),
    row(null, [10, 'Aarhus', 0.01]),
    row(null, null),
    [...half('Kommuner med fald i kirkeskatteprocent'), ...half('Kommuner med stigning i kirkeskatteprocent')],
    [...names('Pct.-point'), ...names('Pct.-point')],
    row([1, 'Nyborg', -0.1], [1, 'Assens', 0.03]),
    row([2, 'Lyngby-Taarbæk', -0.02], [2, 'Rudersdal', 0.01]),
    row([3, 'Brønderslev', -0.01], null),
    row([3, 'Varde', -0.01], null),
    row(null, null),
    [...half('Kommuner med fald i grundskyldspromille'), ...half('Kommuner med stigning i grundskyldspromille')],
    [...names('Prm.-point'), ...names('Prm.-point')],
    row([null, 'Ingen', null], [null, 'Ingen', null]),
  ];
  const two = { 3: TWO_DECIMALS, 6: TWO_DECIMALS };
  return {
    name: 'skm-kommuneskatteaendringer-2022',
    template: 'generic',
    notes:
      'State on municipalities (Skatteministeriet, "Kommuneskatteændringer i 2022", 3 November 2021): three tables, each two ranked lists side by side ("Kommuner med fald i …" | "Kommuner med stigning i …", each title over three columns) with a heading row "| Kommune | Pct.-point" under each title; the FIRST column of each list is a rank (1, 1, 3, …; equal changes share a rank) — numbers that are not amounts; changes in percentage points, negative for falls; the lists are of different lengths, so one half of a row is often empty; the third table holds only "Ingen" (no amounts, so it is no table by the checker\'s contract). No totals and none due; no unit in kroner. In the stored copy the rows from Skanderborg down stand in the left half (the converted page lost the empty cells); they are increases and belong to the right half, where they are written here. A careful reader sees two tables. Kind: list. The planted file holds no error about totals: it plants a one-column coincidence — Lemvig changed to 0,57 = 0,37 + 0,20, the two rows above — which must not be taken for a total (the rank column already holds one: 3 = 1 + 2 in the kirkeskat table). The rank columns are read as no amounts (a ranking with ties, 1, 1, 3, …), so the coincidence stands alone in one column and makes no total.',
    sheets: [
      {
        name: 'Ændringer 2022',
        title: ['Kommuneskatteændringer i 2022', 'Ændringer i kommuneskatten, kirkeskatten og grundskyldspromillen fra 2021 til 2022'],
        grid,
        formats: two,
        merges: [[0, 0, 2], [0, 3, 5], [13, 0, 2], [13, 3, 5], [20, 0, 2], [20, 3, 5]],
        tables: 2,
        kind: 'list',
        unit: null,
        priceLevel: null,
        // A careful reader finds nothing here: the rank columns are no amounts, and one column of
        // pct.-points that happens to add up is no total.
        planted: [{ at: [4, 5], value: 0.57, finds: [] }],
      },
    ],
  };
}

/** Aarhus Universitet, AU i tal 2013, tabel G2: sections in capitals, subtotals, grand totals and a result chain over two years. */
function auIndtaegterOmkostninger2013() {
  const r = (label, a, b) => [label, a, b];
  const t = (label) => [label, null, null];
  const grid = [
    ['Mio. kr.', 'Regnskab 2012', 'Regnskab 2013'],
    t('INDTÆGTER'),
    t('Finanslovstilskud'),
    r('Heltidsuddannelse', 1442, 1469),
    r('Deltidsuddannelse', 29, 30),
    r('Udv.studerende', 10, 10),
    r('Fripladser og stipendier', 8, 9),
    r('Færdiggørelsesbonus', 140, 151),
    r('Effektiviseringer', -30, -61),
    r('Basisforskning', 1981, 2014),
    r('Kapitalformål', 10, 29),
    r('Myndighedsopgaver', 202, 193),
    r('Øvrige formål', 130, 108),
    r('Finanslovstilskud i alt', 3921, 3952),
    r('Eksterne tilskud', 1645, 1701),
    r('Salg og øvrige driftsindtægter', 476, 493),
    r('INDTÆGTER I ALT', 6043, 6146),
    t('OMKOSTNINGER'),
    t('Lønninger'),
    r('VIP', 1619, 1679),
    r('Ph.D', 475, 490),
    r('DVIP', 220, 226),
    r('TAP', 1441, 1598),
    r('DTAP', 71, 76),
    r('Anden løn', 45, -37),
    r('Lønninger i alt', 3872, 4032),
    t('Øvrige driftsomkostninger'),
    r('Husleje i alt', 635, 658),
    r('Øvrige driftsomkostninger', 3604, 3421),
    r('Omkostningsreducerende konti*', -2080, -1950),
    r('Øvrige driftsomkostninger i alt', 1524, 1472),
    r('Afskrivninger i alt', 132, 134),
    r('OMKOSTNINGER I ALT', 6164, 6295),
    r('RESULTAT FØR FINANSIELLE POSTER', -121, -150),
    t('Finansielle poster'),
    r('Finansielle indtægter', 69, 12),
    r('Finansielle omkostninger', 3, 3),
    r('Finansielle poster i alt', 66, 8),
    r('ÅRETS RESULTAT', -55, -141),
  ];
  const rows = (xs, c) => xs.map((x) => grid[x][c]);
  for (const c of [1, 2]) {
    expectSum(`au g2 finanslov ${c}`, grid[13][c], rows([3, 4, 5, 6, 7, 8, 9, 10, 11, 12], c), 1, 0);
    expectSum(`au g2 indtægter ${c}`, grid[16][c], rows([13, 14, 15], c), 1, 0);
    expectSum(`au g2 løn ${c}`, grid[25][c], rows([19, 20, 21, 22, 23, 24], c), 1, 0);
    expectSum(`au g2 øvrige ${c}`, grid[30][c], rows([28, 29], c), 1, 0);
    expectSum(`au g2 omkostninger ${c}`, grid[32][c], rows([25, 27, 30, 31], c), 1, 0);
    expectSum(`au g2 resultat ${c}`, grid[33][c], [grid[16][c], -grid[32][c]], 1, 0);
    expectSum(`au g2 finansielle ${c}`, grid[37][c], [grid[35][c], -grid[36][c]], 1, 0);
    expectSum(`au g2 årets ${c}`, grid[38][c], rows([33, 37], c), 1, 0);
  }
  return {
    name: 'au-indtaegter-omkostninger-2013',
    template: 'generic',
    docx: true,
    notes:
      'State university (Aarhus Universitet, AU i tal 2013, tabel G2 "Indtægter og omkostninger fordelt på primære kategorier (internt regnskab), årets priser i mio. kr."): two columns named by variant and year ("Regnskab 2012 | Regnskab 2013"); sections in capitals (INDTÆGTER, OMKOSTNINGER) with sub-sections under a title row, each closed by its subtotal ("Finanslovstilskud i alt", "Lønninger i alt", "Øvrige driftsomkostninger i alt"), the section totals in capitals ("INDTÆGTER I ALT" = Finanslovstilskud i alt + Eksterne tilskud + Salg …; "OMKOSTNINGER I ALT" = Lønninger i alt + Husleje i alt + Øvrige driftsomkostninger i alt + Afskrivninger i alt), then a chain: RESULTAT FØR FINANSIELLE POSTER = INDTÆGTER I ALT − OMKOSTNINGER I ALT, "Finansielle poster i alt" = indtægter − omkostninger, ÅRETS RESULTAT = resultat + finansielle poster. Traps: "Husleje i alt" is a row of its own (no parts) under the sub-section title "Øvrige driftsomkostninger" and is NOT in that sub-section\'s i alt (1.524 = 3.604 − 2.080; 1.472 against 3.421 − 1.950 = 1.471 in 2013); a row and its sub-section title share a name; negative amounts (Effektiviseringer, Omkostningsreducerende konti*, Anden løn 2013); "årets priser" (current prices) in the title. Figures are rounded separately (1 off in places): rounding. Kind: list; unit mio. kr. Planted: Basisforskning 2013 typed 2.041 for 2.014 (Finanslovstilskud i alt 2013 no longer agrees); OMKOSTNINGER I ALT 2012 typed 6.146 for 6.164 (no longer the four totals above it, and RESULTAT FØR FINANSIELLE POSTER 2012 no longer INDTÆGTER − OMKOSTNINGER).',
    sheets: [
      {
        name: 'G2',
        title: ['G2. Indtægter og omkostninger fordelt på primære kategorier (internt regnskab), årets priser i mio. kr.'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE },
        after: ['* De omkostningsreducerende konti skal sikre, at der ved transaktioner internt på universitetet ikke sker en opblæsning af regnskabet, ved internt salg, overførsel af overhead eller lignende.'],
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [9, 2], value: 2041, finds: [['TOTAL_MISMATCH', [13, 2]]] },
          {
            at: [32, 1],
            value: 6146,
            finds: [],
            missed: [
              ['TOTAL_MISMATCH', [32, 1], 'a section total in capitals over sub-totals and single "… i alt" rows (Lønninger i alt, Husleje i alt, Øvrige driftsomkostninger i alt, Afskrivninger i alt) is not placed: TOTAL_UNCLEAR (info)'],
              ['DIFFERENCE_MISMATCH', [33, 1], 'the result row under the two section totals (INDTÆGTER I ALT − OMKOSTNINGER I ALT) is not checked'],
            ],
          },
        ],
      },
    ],
  };
}

/** Aarhus Universitet, AU i tal 2014, tabel G1: result by faculty, five sections and a grand total section, 1.000 kr. */
function auResultatopgoerelse2014() {
  const d = '-';
  const sec = (label) => [label, null, null, null, null, null, null];
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['1.000 kr.', 'Arts', 'Science and Technology', 'Health', 'Aarhus BSS', 'Fællesområdet', 'I alt'],
    sec('Delregnskab 1: Ordinær virksomhed*'),
    r('Indtægter', [867521, 1570969, 900074, 903941, 80104, 4322609]),
    r('Omkostninger', [-862806, -1597081, -914622, -900352, -62376, -4337236]),
    r('Årets resultat', [4715, -26112, -14547, 3589, 17727, -14627]),
    sec('Delregnskab 2: Indtægtsdækket virksomhed'),
    r('Indtægter', [12449, 65087, 24330, 10298, 8481, 120645]),
    r('Omkostninger', [-8490, -60013, -24169, -7455, -8377, -108505]),
    r('Årets resultat', [3959, 5074, 161, 2843, 104, 12140]),
    sec('Delregnskab 3: Retsmedicin'),
    r('Indtægter', [d, d, 45991, d, d, 45991]),
    r('Omkostninger', [d, d, -45991, d, d, -45991]),
    r('Årets resultat', [d, d, 0, d, d, 0]),
    sec('Delregnskab 4: Tilskudsfinansieret forskning'),
    r('Indtægter', [150410, 943918, 326762, 150101, -3686, 1567506]),
    r('Omkostninger', [-150527, -951831, -327396, -149947, 3697, -1576004]),
    r('Årets resultat', [{ v: -116.9, fmt: ONE_DECIMAL }, -7913, -634, 154, 12, -8498]),
    sec('Delregnskab 5: Andre tilskudsfinansierede aktiviteter'),
    r('Indtægter', [32007, 49595, 6024, 2872, 78150, 168648]),
    r('Omkostninger', [-31983, -50923, -6024, -3025, -78147, -170102]),
    r('Årets resultat', [23, -1328, d, -153, 3, -1454]),
    sec('Aarhus Universitet i alt'),
    r('Indtægter', [1062388, 2629569, 1303181, 1067212, 163049, 6225399]),
    r('Omkostninger', [-1053807, -2659848, -1318202, -1060778, -145203, -6237838]),
    r('Årets resultat', [8581, -30278, -15021, 6433, 17846, -12439]),
  ];
  const n = (x) => (typeof x === 'number' ? x : x && typeof x === 'object' ? x.v : 0);
  for (let x = 1; x < grid.length; x++) if (grid[x][1] !== null || grid[x][3] !== null) expectSum(`au g1 row ${x}`, n(grid[x][6]), grid[x].slice(1, 6).map(n), 2, 1);
  for (const s of [1, 5, 9, 13, 17, 21]) for (let c = 1; c <= 6; c++) expectSum(`au g1 result ${s} col ${c}`, n(grid[s + 3][c]), [n(grid[s + 1][c]), n(grid[s + 2][c])], 1, 1);
  for (const k of [1, 2, 3]) for (let c = 1; c <= 6; c++) expectSum(`au g1 grand ${k} col ${c}`, n(grid[21 + k][c]), [1, 5, 9, 13, 17].map((s) => n(grid[s + k][c])), 2, 1);
  return {
    name: 'au-resultatopgoerelse-2014',
    template: 'generic',
    notes:
      'State university (Aarhus Universitet, AU i tal 2014, "Nøgletal om økonomi", tabel G1 "Resultatopgørelse for 2014 fordelt på fakulteter", 1.000 kr.): five faculty columns and a right-hand "I alt"; five sections by delregnskab, each Indtægter, Omkostninger (negative) and "Årets resultat" = Indtægter + Omkostninger, then a grand-total section "Aarhus Universitet i alt" whose three rows add the same rows of the five sections above (no "i alt" on its rows); "-" for nothing; the unit in the first header cell; a note mark in a section title ("Delregnskab 1: Ordinær virksomhed*"). One result is printed with a decimal in a table of whole thousands ("-116,9" for Arts in Delregnskab 4; 150.410 − 150.527 = -117): kept as printed. Figures are rounded separately (1 off in places): rounding. Kind: list; unit t.kr. Planted: Health\'s Omkostninger in Delregnskab 2 typed -24.619 for -24.169 (its Årets resultat, the row\'s I alt and the grand total\'s Omkostninger no longer agree); the I alt of Årets resultat in Aarhus Universitet i alt typed -12.349 for -12.439.',
    sheets: [
      {
        name: 'G1',
        title: ['G1. Resultatopgørelse for 2014 fordelt på fakulteter'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE, 7: WHOLE },
        after: ['*Delregnskab 6 Uddannelsesforskning og Delregnskab 9 Grønlandsbeskattede er lagt sammen med Delregnskab 1.'],
        kind: 'list',
        unit: 't.kr.',
        priceLevel: null,
        planted: [
          {
            at: [7, 3],
            value: -24619,
            finds: [['TOTAL_MISMATCH', [8, 3]], ['TOTAL_MISMATCH', [7, 6]], ['TOTAL_MISMATCH', [23, 3]]],
          },
          { at: [24, 6], value: -12349, finds: [['TOTAL_MISMATCH', [24, 6]]] },
        ],
      },
    ],
  };
}


/** Aarhus Universitet, AU i tal 2013, tabel G3: costs by purpose, one column, numbered headings above their numbered parts. */
function auFormaal2013() {
  const grid = [
    ['1. Uddannelse', 1960.9],
    ['1.1 Heltidsuddannelse', 1110.7],
    ['1.2 Deltidsuddannelse', 80.4],
    ['1.3 Øvrige uddannelser', 57.2],
    ['1.4 Uddannelsesledelse og administration (centralt og decentralt niveau)', 368.7],
    ['1.5 Bygninger (husleje og bygningsdrift m.m. )', 344.0],
    ['2. Forskning', 3273.1],
    ['2.1. Forskning', 1655.3],
    ['2.2. Forskeruddannelse', 700.5],
    ['2.3. Forskningsledelse og administration (centralt og decentralt niveau)', 407.9],
    ['2.4 Bygninger (husleje og bygningsdrift m.m. )', 509.5],
    ['3. Formidling og vidensudveksling', 240.2],
    ['3.1. Formidling', 125.2],
    ['3.2. Vidensudveksling', 37.7],
    ['3.3. Formidlingsledelse og administration (centralt og decentralt niveau)', 35.1],
    ['3.4 Bygninger (husleje og bygningsdrift m.m. )', 42.2],
    ['4. Forskningsbaseret myndighedsbetjening', 390.1],
    ['4.1. Myndighedsbetjeningsopgaver', 313.3],
    ['4.2. Ledelse og administration af forskningsbaseret myndighedsbetjening (centralt og decentralt niveau)', 28.9],
    ['4.3 Bygninger (husleje og bygningsdrift m.m. )', 47.8],
    ['5. Generel ledelse, administration og service (centralt og decentralt niveau)', 400.3],
    ['5.1 Generel ledelse, økonomiforvaltning, personaleforvaltning, bygningsforvaltning, administrativ IT og øvrige administrative opgaver', 342.5],
    ['5.2 Bygninger (husleje og bygningsdrift m.m. )', 57.8],
  ];
  for (const [h, parts] of [[0, [1, 2, 3, 4, 5]], [6, [7, 8, 9, 10]], [11, [12, 13, 14, 15]], [16, [17, 18, 19]], [20, [21, 22]]]) {
    expectSum(`au g3 ${grid[h][0]}`, grid[h][1], parts.map((x) => grid[x][1]), 0.15);
  }
  return {
    name: 'au-formaal-2013',
    template: 'generic',
    notes:
      'State university (Aarhus Universitet, AU i tal 2013, tabel G3 "Formålsfordelte omkostninger 2013 *), mio. kr."): one amount column and no heading row; the labels begin with a number that gives the hierarchy — "1. Uddannelse" is the total of "1.1 …" to "1.5 …" BELOW it, and so on for 2.–5. (written "2.1." in some labels and "2.4" in others, as printed); the unit is in the title. The stored copy is cut just before the figure of the closing row "Formålsfordelte omkostninger i alt", so the table stops at 5.2. Totals are rounded separately (1.960,9 against 1.961,0; 3.273,1 against 3.273,2; 390,1 against 390,0): rounding. Kind: list; unit mio. kr. Planted: "3.2. Vidensudveksling" typed 73,7 for 37,7 (3. Formidling og vidensudveksling above it no longer agrees); "5. Generel ledelse …" typed 430,3 for 400,3.',
    sheets: [
      {
        name: 'G3',
        title: ['G3. Formålsfordelte omkostninger 2013 *), mio. kr.'],
        grid,
        formats: { 2: ONE_DECIMAL },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [13, 1], value: 73.7, finds: [['TOTAL_MISMATCH', [11, 1]]] },
          { at: [20, 1], value: 430.3, finds: [['TOTAL_MISMATCH', [20, 1]]] },
        ],
      },
    ],
  };
}


/** Aarhus Universitet, AU i tal 2004, kapitel 4 (tabeller om økonomi): sections with a running balance over four years, a grand-total section; and one section by faculty. */
function auITal2004() {
  const years = [2001, 2002, 2003, 2004];
  const sec = (label) => [label, null, null, null, null];
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['', ...years],
    sec('UK10 – ordinær virksomhed'),
    r('Indtægter inkl. nettoudgiftsbevilling', [1622, 1658, 1719, 1862]),
    r('Udgifter', [1554, 1612, 1711, 1879]),
    r('Årets resultat', [68, 46, 9, -17]),
    r('Overført fra tidligere år', [12, 80, 126, 136]),
    r('Akkumuleret resultat', [80, 126, 136, 119]),
    sec('UK90 – indtægtsdækket virksomhed'),
    r('Indtægter', [24, 24, 30, 30]),
    r('Udgifter', [19, 26, 27, 30]),
    r('Årets resultat', [5, -2, 3, 0]),
    r('Overført fra tidligere år', [30, 35, 33, 36]),
    r('Akkumuleret resultat', [35, 33, 36, 36]),
    sec('UK91 – retsmedicin'),
    r('Indtægter', [19, 21, 20, 22]),
    r('Udgifter', [20, 18, 21, 22]),
    r('Årets resultat', [-1, 3, -1, 0]),
    r('Overført fra tidligere år', [3, 2, 5, 4]),
    r('Akkumuleret resultat', [2, 5, 4, 4]),
    sec('UK95 – tilskudsfinansieret forskning'),
    r('Indtægter', [418, 429, 453, 473]),
    r('Udgifter', [418, 429, 453, 473]),
    r('Årets resultat', [0, 0, 0, 0]),
    r('Primosaldo, beholdningskonti', [135, 144, 179, 191]),
    r('Årets bevægelser', [9, 35, 12, -32]),
    r('Ultimosaldo, beholdningskonti', [144, 179, 191, 159]),
    sec('UK97 – andre tilskudsfinansierede aktiviteter'),
    r('Indtægter', [14, 22, 26, 28]),
    r('Udgifter', [14, 22, 26, 28]),
    r('Årets resultat', [0, 0, 0, 0]),
    r('Primosaldo, beholdningskonti', [13, 13, 11, 14]),
    r('Årets bevægelser', [0, -2, 3, -6]),
    r('Ultimosaldo, beholdningskonti', [13, 11, 14, 8]),
    sec('AU i alt'),
    r('Indtægter', [2098, 2153, 2248, 2414]),
    r('Udgifter', [2026, 2106, 2237, 2432]),
    r('Årets resultat', [72, 47, 11, -18]),
    r('Overført fra tidligere år', [46, 118, 164, 175]),
    r('Akkumuleret resultat', [118, 164, 175, 159]),
    r('Primosaldo, beholdningskonti', [148, 157, 190, 205]),
    r('Årets bevægelser', [9, 33, 15, -38]),
    r('Ultimosaldo, beholdningskonti', [157, 190, 205, 167]),
  ];
  for (let c = 1; c <= 4; c++) {
    for (const s of [1, 7, 13, 19, 26, 33]) expectSum(`au2004 result ${s} ${c}`, grid[s + 3][c], [grid[s + 1][c], -grid[s + 2][c]], 1, 0);
    // AU i alt 2004: -18 + 175 = 157 against the printed 159 (2 off; the sections' own balances add to 159).
    for (const s of [1, 7, 13, 33]) expectSum(`au2004 akk ${s} ${c}`, grid[s + 5][c], [grid[s + 3][c], grid[s + 4][c]], s === 33 ? 2 : 1, 0);
    for (const s of [19, 26]) expectSum(`au2004 ultimo ${s} ${c}`, grid[s + 6][c], [grid[s + 4][c], grid[s + 5][c]], 0, 0);
    expectSum(`au2004 ultimo i alt ${c}`, grid[41][c], [grid[39][c], grid[40][c]], 0, 0);
    for (const [k, parts] of [[34, [2, 8, 14, 20, 27]], [35, [3, 9, 15, 21, 28]], [37, [5, 11, 17]], [38, [6, 12, 18]], [39, [23, 30]], [41, [25, 32]]]) {
      expectSum(`au2004 i alt ${k} ${c}`, grid[k][c], parts.map((x) => grid[x][c]), 2, 0);
    }
    if (c > 1) for (const s of [1, 7, 13, 33]) expectSum(`au2004 overført ${s} ${c}`, grid[s + 4][c], [grid[s + 5][c - 1]], 1, 0);
  }
  const fac = ['HUM', 'SUN', 'SAM', 'TEO', 'NAT', 'FÆL', 'AU i alt'];
  const f = [
    ['', ...fac],
    ['Delregnskab 1, UK10', null, null, null, null, null, null, null],
    r('Indtægter', [237.5, 433.0, 182.1, 36.9, 356.1, 616.0, 1861.6]),
    r('Udgifter', [245.7, 425.9, 185.6, 32.8, 371.4, 617.5, 1878.9]),
    r('Årets resultat', [-8.2, 7.1, -3.5, 4.0, -15.3, -1.5, -17.3]),
    r('Overført fra tidligere år', [8.5, 45.3, 56.7, 5.7, -20.2, 39.1, 135.0]),
    r('Intern regulering', [0.0, 0.0, 1.3, 0.0, 0.0, 0.0, 1.3]),
    r('Akkumuleret resultat', [0.3, 52.4, 54.5, 9.7, -35.5, 37.7, 119.0]),
  ];
  for (let x = 2; x < f.length; x++) expectSum(`au2004 fak row ${x}`, f[x][7], f[x].slice(1, 7), 0.15);
  for (let c = 1; c <= 7; c++) {
    expectSum(`au2004 fak result ${c}`, f[4][c], [f[2][c], -f[3][c]], 0.1);
    expectSum(`au2004 fak akk ${c}`, f[7][c], [f[4][c], f[5][c], f[6][c]], 0.1);
  }
  return {
    name: 'au-i-tal-2004',
    template: 'generic',
    notes:
      'State university (Aarhus Universitet, AU i tal 2004, kapitel 4 "Tabeller om økonomi", the first two tables): (1) four years as headings over six sections by underkonto (UK10, UK90, UK91, UK95, UK97) and a grand-total section "AU i alt"; in each section Årets resultat = Indtægter − Udgifter, Akkumuleret resultat = Årets resultat + Overført fra tidligere år, and that balance is carried into the next year\'s "Overført fra tidligere år" (a chain across the columns); the grant sections instead carry Primosaldo + Årets bevægelser = Ultimosaldo; every row of "AU i alt" adds the same rows of the sections that have them. (2) Delregnskab 1 by faculty, eight columns ("HUM | SUN | SAM | TEO | NAT | FÆL | AU i alt"): Akkumuleret resultat = Årets resultat + Overført fra tidligere år + Intern regulering, with a right-hand "AU i alt". The stored copy shows neither the tables\' titles nor a unit (the figures are mio. kr.; the second table\'s "AU i alt" 1.861,6 is the first table\'s 1.862 for 2004); the second table is cut after its first section, which is kept. Figures are rounded separately (1–2 off in places): rounding. Kind: list; unit none stated. Planted: UK10 Udgifter 2002 typed 1.621 for 1.612 (Årets resultat 2002 no longer Indtægter − Udgifter, and AU i alt\'s Udgifter 2002 no longer the sum of the sections); UK95 Ultimosaldo 2003 typed 119 for 191; in the faculty table SAM\'s Intern regulering typed 3,1 for 1,3 (its Akkumuleret resultat and the row\'s AU i alt no longer agree).',
    sheets: [
      {
        name: 'Tabel 4.1',
        title: ['AU i tal 2004', '4. TABELLER OM ØKONOMI'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [
          {
            at: [3, 2],
            value: 1621,
            finds: [['DIFFERENCE_MISMATCH', [4, 2]]],
            missed: [['TOTAL_MISMATCH', [35, 2], 'the grand-total section "AU i alt" is not checked against the same rows of the sections above it']],
          },
          { at: [25, 3], value: 119, finds: [['TOTAL_MISMATCH', [25, 3]]] },
        ],
      },
      {
        name: 'Tabel 4.2',
        title: ['AU i tal 2004', '4. TABELLER OM ØKONOMI'],
        grid: f,
        formats: Object.fromEntries(fac.map((_, i) => [i + 2, ONE_DECIMAL])),
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [{ at: [6, 3], value: 3.1, finds: [['TOTAL_MISMATCH', [6, 7]], ['TOTAL_MISMATCH', [7, 3]]] }],
      },
    ],
  };
}

/** Uddannelses- og Forskningsministeriet, universiteternes omkostninger fordelt på hovedformål i 2018: universities × purposes, totalled both ways. */
function ufmUniversiteterOmkostninger2018() {
  const d = '-';
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['', 'Uddan-nelse', 'Forskning', 'Formidling og videns-udveksling', 'Forsknings baseret myndigheds betjening', 'Generel ledelse, adm. og service', 'I alt'],
    r('KU', [2237.2, 5029.1, 370.4, 255.1, 728.1, 8619.9]),
    r('AU', [2223.1, 3427.1, 189.2, 416.4, 320.7, 6576.5]),
    r('SDU', [1175.9, 1402.4, 192.8, 75.8, 296.8, 3143.7]),
    r('RUC', [313.7, 351.2, 43.7, d, 58.8, 767.3]),
    r('AAU', [1229.6, 1331.1, 159.2, 31.1, 218.4, 2969.5]),
    r('CBS', [727.7, 487.6, 41.2, d, 87.2, 1343.7]),
    r('DTU', [865.3, 3397.8, 128.6, 436.1, 280.5, 5108.3]),
    r('ITU', [148.4, 113.6, 17.1, d, 14.1, 293.3]),
    r('I alt', [8921.1, 15539.9, 1142.2, 1214.4, 2004.6, 28822.2]),
  ];
  const n = (x) => (typeof x === 'number' ? x : 0);
  for (let x = 1; x < grid.length; x++) expectSum(`ufm row ${x}`, grid[x][6], grid[x].slice(1, 6).map(n), 0.1);
  for (let c = 1; c <= 6; c++) expectSum(`ufm col ${c}`, grid[9][c], grid.slice(1, 9).map((row) => n(row[c])), 0.2);
  return {
    name: 'ufm-universiteter-omkostninger-2018',
    template: 'generic',
    docx: true,
    notes:
      'State (Uddannelses- og Forskningsministeriet, "Nøgletal for universiteternes omkostninger", table "Universiteternes omkostninger fordelt på hovedformål i 2018 (mio.kr., løbende priser)"): the eight universities as rows, five purposes as columns with hyphenated and broken headings as published ("Uddan-nelse", "Forsknings baseret myndigheds betjening"), a right-hand "I alt" column and an "I alt" row — totalled both ways; "-" for nothing; the unit and "løbende priser" (current prices: no price level) in the title above the table; the header cell over the universities is empty. Figures are rounded separately (0,1–0,2 off in places): rounding. Kind: list; unit mio. kr. Planted: AAU\'s Forskning typed 1.313,1 for 1.331,1 (AAU\'s I alt and the Forskning total no longer agree); the grand total typed 28.282,2 for 28.822,2.',
    sheets: [
      {
        name: 'Hovedformål 2018',
        title: ['Universiteternes omkostninger fordelt på hovedformål i 2018', '(mio.kr., løbende priser)'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL, 6: ONE_DECIMAL, 7: ONE_DECIMAL },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [5, 2], value: 1313.1, finds: [['TOTAL_MISMATCH', [5, 6]], ['TOTAL_MISMATCH', [9, 2]]] },
          { at: [9, 6], value: 28282.2, finds: [['TOTAL_MISMATCH', [9, 6]]] },
        ],
      },
    ],
  };
}


/** Københavns Universitet, indtægter 2022 (tusinde kr.): account codes in the first column, groups above their lettered parts, "Heraf" lines outside the sums. */
function kuIndtaegter2022() {
  const d = '-';
  const grid = [
    ['1.1', 'Heltidsuddannelse', 1946782],
    ['1.1.A', 'Grundtilskud', 462261],
    ['1.1.B', 'Decentrale grundtilskud', 2078],
    ['1.1.C', 'Kompensationstilskud', d],
    ['1.1.D', 'Småfag', 6960],
    ['1.1.E', 'Øvrige uddannelsesindtægter', 17797],
    ['1.1.F', 'Aktivitetstilskud', 1304657],
    ['1.1.G', 'Studietidsgrundtilskud', 72921],
    ['1.1.H', 'Beskæftigelsestilskud', 56909],
    ['1.1.I', 'Kvalitetstilskud', d],
    ['1.1.J', 'Internationaliseringstilskud', 9656],
    ['1.1.K', 'Fripladser og stipendier', 13544],
    ['1.2', 'Deltidsuddannelse', 12722],
    ['1.2.A', 'Aktivitetstilskud, deltidsuddannelse', 12722],
    ['1.3', 'Uddannelsestilskud fra andre ministerier', 33542],
    ['1.3.A', 'Uddannelsestilskud fra Børne- og Undervisningsministeriet', 33542],
    ['1.3.B', 'Uddannelsestilskud fra andre ministerier', d],
    ['1.4', 'Tilskud til øvrige formål', 268154],
    ['1.4.A', 'Tilskudsregulering SEA-reform', -170857],
    ['1.4.B', 'Andre øvrige formål', 439011],
    ['1.5', 'Tilskud til forskning og udvikling', 3060729],
    ['1.5.B', 'Basistilskud til forskning fra UFM', 3060729],
    ['1.6', 'Tilskud til forskningsbaseret myndighedsbetjening', 69783],
    ['1.6.A', 'Basistilskud, myndighedsbetjening (UFM)', 23819],
    ['1.6.B', 'Øvrige tilskud, myndighedsbetjening (øvrige ministerier)', 45964],
    ['1.6.C', 'Heraf forskning', d],
    ['1.7', 'Særlige tilskud', 608],
    ['1.7.A', 'Periodiserede projekttilskud via aktstykker', d],
    ['1.7.B', 'Andre særlige tilskud', 608],
    ['2.1', 'Tilskudsfinansieret forskningsvirksomhed', 3316924],
    ['2.1.A', 'Tilskud til forskning fra danske offentlige kilder', 904313],
    ['2.1.B', 'Tilskud til forskning fra danske private kilder', 1863123],
    ['2.1.C', 'Tilskud til forskning fra EU', 403573],
    ['2.1.D', 'Tilskud til forskning fra øvrige udenlandske kilder', 145915],
    ['2.1.E', 'Heraf overhead', 363095],
    ['2.2', 'Andre tilskud', 105329],
    ['2.2.A', 'Andre tilskudsfinansierede aktiviteter', 105329],
    ['2.2.B', 'Heraf overhead', 3596],
    ['2.3', 'Periodiserede anlægsdonationer', 0],
    ['2.3.A', 'Periodiserede anlægsdonationer', d],
  ];
  const n = (x) => (typeof x === 'number' ? x : 0);
  const groups = [[0, 1, 11], [12, 13, 13], [14, 15, 16], [17, 18, 19], [20, 21, 21], [22, 23, 24], [26, 27, 28], [29, 30, 33], [35, 36, 36], [38, 39, 39]];
  for (const [g, a, b] of groups) expectSum(`ku ${grid[g][0]}`, grid[g][2], grid.slice(a, b + 1).map((x) => n(x[2])), 1, 0);
  return {
    name: 'ku-indtaegter-2022',
    template: 'generic',
    notes:
      'State university (Københavns Universitet, "Tal og fakta – Økonomi", table "Indtægter 2022", angivet i tusinde kr., from Danske Universiteters statistiske beredskab): one amount column and no heading row; the first column holds the account code, the second its text; each group ("1.1 Heltidsuddannelse") stands ABOVE its lettered parts ("1.1.A" … "1.1.K") and is their sum, except the lines "Heraf …" ("1.6.C Heraf forskning", "2.1.E Heraf overhead", "2.2.B Heraf overhead"), which are part of what stands above them and are not added; "-" for nothing; a negative part ("1.4.A Tilskudsregulering SEA-reform -170.857"); groups of one part repeat its figure. The unit is in a sentence above the table. In the stored copy code and text are separated by a space; they are written in two cells here. The stored copy is cut after "2.4 Ekstern rekvirentbetaling"; the table stops at 2.3.A. 1.1 is 1 below its parts (rounding). Kind: list; unit t.kr. Planted: "1.1.F Aktivitetstilskud" typed 1.340.657 for 1.304.657 (1.1 above it no longer agrees); "2.1.E Heraf overhead" typed 3.630.950 for 363.095 (more than 2.1 itself).',
    sheets: [
      {
        name: 'Indtægter 2022',
        title: ['Indtægter 2022', 'Tabellen viser universitetets indtægter fordelt på forskellige formål.', 'Angivet i tusinde kr.'],
        grid,
        formats: { 3: WHOLE },
        kind: 'list',
        unit: 't.kr.',
        priceLevel: null,
        planted: [
          { at: [6, 2], value: 1340657, finds: [['TOTAL_MISMATCH', [0, 2]]] },
          { at: [34, 2], value: 3630950, finds: [['HERAF_EXCEEDS', [34, 2]]] },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Fourth batch (2026): price sheets whose columns are a sum and a price with moms, price examples
// whose amount is a count times a rate, a state investment frame with a negative heraf row, a
// month/quarter/year table without a running balance, and price lists with section headings,
// repeated heading rows and amounts that carry "kr.".

const KR2 = '#,##0.00 "kr."';
const KR_BEFORE = '"kr. "#,##0.00';
const H9_SUM_COLUMN = 'a right-hand column headed "I alt" is no longer taken for the sum of the parts to its left once two or more of its rows disagree (one wrong row is found)';
const H9_SAMLET = 'a foot row "Samlet pris per år" is not taken for a total by its label: with every column wrong, nothing places it (the same grid labelled "I alt" is checked)';
const H9_NEG_HERAF = 'a negative "- heraf" row is not compared by amount with its positive total, so a part larger than the whole is not flagged (positive figures are)';
const LANDSSTYRET_TWO_SLIPS = 'two slips in the same row of five columns ("Drifts- og Anlægsoverskud" 1997 and 1999*), a row with no total word: numbers alone that agree in three columns and miss in two cannot tell a total from a coincidence';
const H9_TOP_FOLLOWED = 'a total standing ABOVE its parts is not placed once another row follows the parts (the same grid ending with the parts is checked; cf. the third batch\'s selvstyrets-budgetter)';
const NOT_A_TOTAL = 'a price list has no totals; a planted price that breaks a sum the published figures happen to make is not a totals error';

/** Moms at 25 %: the price with moms is the price without, times 1,25, rounded to øre — never a sum. */
function expectMoms(what, excl, incl) {
  const want = Math.round(excl * 125) / 100;
  if (Math.abs(want - incl) > 0.005 + 1e-9) throw new Error(`${what}: ${incl} is not ${excl} with 25 % moms (${want})`);
}

/** Thorsø Vandværk, takstblad 2024: three parts and their sum, then the sum with moms; a text unit column beside the fees. */
function thorsoeVand2024() {
  const head = ['Stiklednings dimension', 'Hovedanlæg', 'Forsynings ledning', 'Stikledning', 'I alt excl. Moms', 'I alt Incl. moms'];
  const blank = [null, null, null, null, null];
  const grid = [
    head,
    ['Max 40 mm', 7180.0, 7692.63, 5860.14, 20732.77, 25915.96],
    ['Max 50 mm', 10770.0, 7692.63, 5860.14, 24322.77, 30403.46],
    ['Max 63 mm', 14360.0, 7692.63, 5860.14, 27912.77, 34890.96],
    ['For yderligere boligenheder med fælles stikledning betales', ...blank],
    head,
    ['Max 40 mm', 7180.0, null, null, 7180.0, 8975.0],
    ['For yderligere boligenheder i række-/gårdhuse og etagebyggeri med individuel afregning betales', ...blank],
    head,
    ['Max 40 mm', 7180.0, null, 5860.14, 13040.14, 16300.18],
  ];
  for (const r of [1, 2, 3, 6, 9]) {
    expectSum(`thorsø sum ${r}`, grid[r][4], grid[r].slice(1, 4).map(num), 0, 2);
    expectMoms(`thorsø moms ${r}`, grid[r][4], grid[r][5]);
  }
  const fees = [
    ['Enfamiliehus eller ligestillet bebyggelse:', null, null, null],
    ['', '', 'I alt excl. Moms', 'I alt Incl. moms'],
    ['Fast afgift, pr. hovedmåler', 'kr./år', 480.0, 600.0],
    ['Ejendom med udlejningslejligheder eller værksted og fabrikker:', null, null, null],
    ['', '', 'I alt excl. Moms', 'I alt Incl. moms'],
    ['Fast afgift, pr. hovedmåler', 'kr./år', 480.0, 600.0],
    ['+ tillæg pr. lejlighed/værksted', 'kr./år', 200.0, 250.0],
    ['Vandforbrug', 'kr./m3', 5.0, 6.25],
    ['Afgift af ledningsført vand', 'kr./m3', 6.37, 7.96],
    ['Bidrag til grundvandsbeskyttelse', 'kr./m3', 0.0, 0.0],
    ['Øvrige betalinger:', null, null, null],
    ['', '', 'I alt excl. Moms', 'I alt Incl. moms'],
    ['Rykkergebyr, pr. rykker', 'kr.', 100.0, 100.0],
    ['Genåbningsgebyr inkl. påløbne omkostninger', 'kr.', 800.0, 1000.0],
    ['Flyttegebyr', 'kr.', 100.0, 125.0],
    ['Gebyr for manglende indsendelse af selvaflæsningskort', 'kr.', 100.0, 100.0],
    ['Gebyr for aflæsning af måler', 'kr.', 200.0, 250.0],
    ['Udskiftning af frostsprængt måler ekskl. ny måler', 'kr.', 300.0, 375.0],
  ];
  return {
    name: 'thorsoe-vand-takstblad-2024',
    template: 'generic',
    docx: true,
    notes:
      'Waterworks price sheet (Thorsø Vandværk, takstblad gældende fra 1. januar 2024; a waterworks\' takstblad is approved by the municipality): (1) anlægsbidrag as three small tables, each under its own repeated heading row "Stiklednings dimension | Hovedanlæg | Forsynings ledning | Stikledning | I alt excl. Moms | I alt Incl. moms", with a sentence row between them; "I alt excl. Moms" is the sum of the three parts to its left (blank parts where a part is not paid), "I alt Incl. moms" is that sum with 25 % moms (× 1,25, rounded to øre) — a price, not a sum of anything. (2) forbrugsbetaling and øvrige betalinger: a text unit column ("kr./år", "kr./m3", "kr.") between the labels and the two amount columns, section titles ending in ":", a label beginning with "+" ("+ tillæg pr. lejlighed/værksted"), fees without moms (Rykkergebyr 100,00 | 100,00) and "1000,00" without a thousands point, as published; the fees happen to add up in places (Gebyr for aflæsning 200 = 100 + 100 above it; Udskiftning 300 = 200 + 100 above it) in one column only. No unit word is printed over the first tables. A careful reader sees one table on each sheet (the second and third anlægsbidrag tables hold one row each; the sections of the second sheet repeat one heading). Kind: list. Planted: Max 50 mm\'s Forsynings ledning typed 7.962,63 for 7.692,63 (its I alt excl. Moms no longer the sum); Max 63 mm\'s I alt excl. Moms typed 27.192,77 for 27.912,77; in the last table the Stikledning typed 5.680,14 for 5.860,14 (the I alt, with a blank Forsynings ledning, no longer agrees).',
    sheets: [
      {
        name: 'Tilslutningsbidrag',
        title: ['Thorsø Vandværk – Takstblad gældende fra 1. januar 2024', 'Tilslutningsbidrag: Anlægsbidrag betales pr. boligenhed, industri og landbrug'],
        grid,
        formats: { 2: TWO_DECIMALS, 3: TWO_DECIMALS, 4: TWO_DECIMALS, 5: TWO_DECIMALS, 6: TWO_DECIMALS },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [
          { at: [2, 2], value: 7962.63, finds: [], missed: [['TOTAL_MISMATCH', [2, 4], H9_SUM_COLUMN]] },
          { at: [3, 4], value: 27192.77, finds: [], missed: [['TOTAL_MISMATCH', [3, 4], H9_SUM_COLUMN]] },
          { at: [9, 3], value: 5680.14, finds: [], missed: [['TOTAL_MISMATCH', [9, 4], H9_SUM_COLUMN]] },
        ],
      },
      {
        name: 'Forbrugsbetaling',
        title: ['Thorsø Vandværk – Takstblad gældende fra 1. januar 2024', 'Forbrugsbetaling:'],
        grid: fees,
        formats: { 3: TWO_DECIMALS, 4: TWO_DECIMALS },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [],
      },
    ],
  };
}

/** Thyholm Vand, takster 2015-16: a "Total" row under consumption bands; Excl./Incl. moms over a unit row; "Momsfri" in an amount column. */
function thyholmVand2015() {
  const bands = ['Alle priser er excl. moms', '0 – 500 m³', '501 – 2.000 m³', '2.001 – 5.000 m³', '5.001 – 10.000 m³'];
  const zone = (forsyning, label) => [
    bands,
    ['Hovedanlægsbidrag', 3147, 6294, 9441, 12588],
    [label, forsyning, forsyning, forsyning, forsyning],
    ['Stikledningsbidrag', 7765, 7765, 7765, 7765],
    ['Total', ...[3147, 6294, 9441, 12588].map((h) => h + forsyning + 7765)],
  ];
  const zones = [...zone(34045, 'Forsyningsledningsbidrag i landzone'), [null, null, null, null, null], ['Byzone', null, null, null, null], ...zone(26511, 'Forsyningsledningsbidrag i byzone')];
  // The totals as published (computed above, checked here against the printed figures).
  expect4('thyholm landzone', zones[4].slice(1), [44957, 48104, 51251, 54398]);
  expect4('thyholm byzone', zones[11].slice(1), [37423, 40570, 43717, 46864]);
  const fees = [
    ['', 'Excl. moms', 'Incl. moms'],
    ['', 'kr.', 'kr.'],
    ['Fast årlig afgift pr. ejendom/boligenhed', 500.0, 625.0],
    ['Måler nr. 2 på ejendom/boligenhed', 200.0, 250.0],
    ['Vandafgift pr. m³', 2.5, 3.13],
    ['Statsafgift af ledningsført vand + drikkevandsbidrag pr. m³ fra d. 1/1 2015', 6.53, 8.16],
    ['Gebyr:', null, null],
    ['Flyttegebyr incl. måleraflæsning', 100.0, 125.0],
    ['Ændring af årsopgørelse', 100.0, 125.0],
    ['Rykkergebyr', 150.0, 'Momsfri'],
    ['For sent indsendt eller ikke godkendt aflæsningskort', 100.0, 'Momsfri'],
    ['Lukke- og genåbningsgebyr + faktiske omkostninger', 500.0, 625.0],
    ['Tilslutninger', null, null],
    ['Anlægsbidrag (tilslutningsafgift)', null, null],
    ['Hovedanlægsbidrag pr. parcelhus, sommerhus, lejlighed, andelsbolig, boligenhed', 3147.0, 3933.75],
    ['Øvrige forbrugere 0 – 500 m³/år', 3147.0, 3933.75],
    ['Øvrige forbrugere 501 – 2.000 m³/år (2 x bidrag)', 6294.0, 7867.5],
    ['Øvrige forbrugere 2.001 – 5.000 m³/år (3 x bidrag)', 9441.0, 11801.25],
    ['Øvrige forbrugere 5.001 – 10.000 m³/år (4 x bidrag)', 12588.0, 15735.0],
    ['Forsyningsledningsbidrag i byzone pr. ejendom (matr.nr.)', 26511.0, 33138.75],
    ['Forsyningsledningsbidrag i landzone pr. ejendom (matr.nr.)', 34045.0, 42556.25],
    ['Stikledningsbidrag pr. stk.', 7765.0, 9706.25],
  ];
  for (const r of [2, 3, 4, 5, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21]) expectMoms(`thyholm moms ${r}`, fees[r][1], fees[r][2]);
  return {
    name: 'thyholm-vand-takster-2015',
    template: 'generic',
    docx: true,
    notes:
      'Waterworks price sheet (Thyholm Vand, takster gældende for 1/10-2015 til 30/9-2016): (1) anlægsbidrag for landzone and byzone, two tables whose headings are consumption bands ("0 – 500 m³" … "5.001 – 10.000 m³") under a first heading cell "Alle priser er excl. moms", with a "Total" row that adds the three bidrag above it in every band; the zone name is a row of its own between the tables. (2) driftsbidrag, gebyrer and tilslutninger: headings "Excl. moms | Incl. moms" over a unit row "kr. | kr.", section titles ("Gebyr:", "Tilslutninger", "Anlægsbidrag (tilslutningsafgift)"), "Momsfri" as text in the Incl. moms column, moms at 25 % rounded to øre (2,50 → 3,13). The stored copy shows "???" under the two figures of "Lukke- og genåbningsgebyr"; they are left out. In the tilslutninger, "(2 x bidrag)" and "(3 x bidrag)" are multiples of the hovedanlægsbidrag, so they happen to equal the sum of the two rows above them in both columns: not totals. Kind: list. Planted: landzone Stikledningsbidrag for 2.001 – 5.000 m³ typed 7.675 for 7.765 (its Total no longer agrees); byzone Total for 5.001 – 10.000 m³ typed 46.684 for 46.864; on the second sheet "Øvrige forbrugere 0 – 500 m³/år" typed 3.174 for 3.147 — a price slip, no totals error due.',
    sheets: [
      {
        name: 'Anlægsbidrag zoner',
        title: ['Thyholm Vand – Takster gældende for 1/10-2015 til 30/9-2016', 'Landzone'],
        grid: zones,
        formats: { 2: TWO_DECIMALS, 3: TWO_DECIMALS, 4: TWO_DECIMALS, 5: TWO_DECIMALS },
        tables: 2,
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [
          { at: [3, 3], value: 7675, finds: [['TOTAL_MISMATCH', [4, 3]]] },
          { at: [11, 4], value: 46684, finds: [['TOTAL_MISMATCH', [11, 4]]] },
        ],
        got: [{ kind: 'list', unit: null, priceLevel: null }],
        gotWhy: 'The landzone and byzone tables (the same headings, an empty row and a title row "Byzone" between them) are read as one table.',
        gotDocx: [{ kind: 'list', unit: null, priceLevel: null }],
        gotDocxWhy: 'The landzone and byzone tables (the same headings, an empty row and a title row "Byzone" between them, in one Word table) are read as one table.',
      },
      {
        name: 'Driftsbidrag og gebyrer',
        title: ['Thyholm Vand – Takster gældende for 1/10-2015 til 30/9-2016', 'Driftsbidrag'],
        grid: fees,
        formats: { 2: TWO_DECIMALS, 3: TWO_DECIMALS },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [15, 1], value: 3174.0, finds: [] }],
      },
    ],
  };
}

function expect4(what, got, want) {
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${what}: ${got} is not ${want}`);
}

/** Thy Forsyning, priseksempler (2024 takster): two bins added up per year; count × rate = amount, summed. */
function thyForsyning2024() {
  const affald = [
    ['', '240 ltr. beholder', '370 ltr. beholder'],
    ['Miljøgebyr helårshuse', 1730, 1730],
    ['Mad og restaffald, hver 2. uge', 1208, 1519],
    ['Papir-pap og plast-MDK, hver 2. uge', 1023, 1234],
    ['Glas og metal, hver 8. uge', 332, 412],
    ['Miljøkasse (farligt affald)', 125, 125],
    ['Samlet pris per år', 4418, 5020],
  ];
  for (const c of [1, 2]) expectSum(`thy affald ${c}`, affald[6][c], affald.slice(1, 6).map((r) => r[c]), 0, 0);
  const w = (x) => ({ v: x, fmt: WHOLE });
  const t = (x) => ({ v: x, fmt: TWO_DECIMALS });
  const vand = [
    ['', 'Antal', 'Takst', 'Beløb i alt'],
    ['Vandforbrug per m3 (årligt forbrug op til 500 m3)', 120, t(16.4), w(1968)],
    ['Årlig målerafgift (2,5 m3 måler)', 1, t(1211.25), t(1211.25)],
    ['BNBO Nitrat tillæg (fast årligt tillæg)', 1, w(125), w(125)],
    ['Samlet pris per år', null, null, t(3304.25)],
  ];
  const kloak = [
    ['', 'Antal', 'Takst', 'Beløb i alt'],
    ['Vandafledning per m3 (op til 500 m3)', 120, t(48.7), w(5844)],
    ['Årlig stikafgift', 1, t(946.01), t(946.01)],
    ['Samlet pris per år', null, null, t(6790.01)],
  ];
  for (const g of [vand, kloak]) {
    const rows = g.slice(1, g.length - 1);
    for (const r of rows) expectSum(`thy antal × takst ${r[0]}`, r[3].v, [r[1] * r[2].v], 0.005, 2);
    expectSum(`thy samlet ${g[1][0]}`, g[g.length - 1][3].v, rows.map((r) => r[3].v), 0, 2);
  }
  const after = ['Ovenstående priser er inkl. moms.'];
  return {
    name: 'thy-forsyning-priseksempler-2024',
    template: 'generic',
    docx: true,
    notes:
      'Utility owned by Thisted Kommune (Thy Forsyning, "Hvad koster det egentlig?", priseksempler med 2024-takster): (1) affald: two bin sizes as columns ("240 ltr. beholder | 370 ltr. beholder"), five charges and "Samlet pris per år", their sum in both columns; (2) drikkevand and (3) vandafledning: "Antal | Takst | Beløb i alt", where Beløb i alt is Antal × Takst (120 m3 × 16,40 = 1.968; a count of 1 repeats the rate) — a product, not a sum — and "Samlet pris per år" adds the Beløb column only (its Antal and Takst cells are blank). Whole figures print without decimals and the others with two, as published. No unit is printed (the sentence under each table says the prices include moms). The page\'s fourth example (tanktømning) is cut in the stored copy and left out. Kind: list. Planted: the 240-litre Papir-pap typed 1.203 for 1.023 (its Samlet pris no longer agrees); the 370-litre Samlet pris typed 5.200 for 5.020; the drikkevand Beløb for Vandforbrug typed 1.986 for 1.968 (the Samlet pris no longer agrees); the vandafledning Samlet pris typed 6.709,01 for 6.790,01.',
    sheets: [
      {
        name: 'Affald',
        title: ['Thy Forsyning – Priseksempler (2024 takster)', 'Nedenfor har vi opgjort eksempler på priserne for hhv. 240 og 370 liter beholdere. Opgørelsen er for en gennemsnitlig husstand.'],
        grid: affald,
        after,
        formats: { 2: WHOLE, 3: WHOLE },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [
          { at: [3, 1], value: 1203, finds: [], missed: [['TOTAL_MISMATCH', [6, 1], H9_SAMLET]] },
          { at: [6, 2], value: 5200, finds: [], missed: [['TOTAL_MISMATCH', [6, 2], H9_SAMLET]] },
        ],
      },
      {
        name: 'Drikkevand',
        title: ['Har man eksempelvis en husstand med et årligt forbrug på 120 m3, vil ens årlige udgift til drikkevand være følgende:'],
        grid: vand,
        after,
        formats: { 2: WHOLE },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [{ at: [1, 3], value: w(1986), finds: [['TOTAL_MISMATCH', [4, 3]]] }],
      },
      {
        name: 'Vandafledning',
        title: ['Vandafledning (offentlig kloak):', 'Har man eksempelvis en husstand med et årligt forbrug på 120 m3, vil ens årlige udgift til vandafledning (kloak) være følgende:'],
        grid: kloak,
        after,
        formats: { 2: WHOLE },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [{ at: [3, 3], value: t(6709.01), finds: [['TOTAL_MISMATCH', [3, 3]]] }],
      },
    ],
  };
}

/** Hørsholm Kommune, tømningsordning for samle- og bundfældningstanke: 2016 and 2017 without moms, 2017 with moms. */
function hoersholmToemning() {
  const blank = [null, null, null, null];
  const grid = [
    ['Kr.', 'excl. moms 2016', 'excl. moms 2017', 'inkl. moms 2017'],
    ['Samletanke', null, null, null],
    ['Samletanke op til 10 m3', 480, 480, 600],
    ['Tillæg for akut tømning af tank samme dag efter tilkald, mandag-fredag', 339, 339, 424],
    ['Tillæg pr. m3 ved tømning af tank større end 10 m3 pr. m3 Der beregnes vandafledningsbidrag med halvdelen af det normale vandafledningsbidrag', 141, 141, 176],
    blank,
    ['Bundfældningstanke', null, null, null],
    ['Bundfældningstanke op til 3 m3', 616, 616, 770],
    ['Ekstratømning af bundfældningstank', 698, 698, 873],
    ['Tillæg pr. m3 ved tømning af tanke større end 3 m3', 177, 177, 221],
    blank,
    ['Fælles takst for alle tanktyper', null, null, null],
    ['Tillæg for akut tømning af tank på lørdage, søn- og helligdage efter tilkald for begge tanktyper', 1294, 1294, 1618],
  ];
  for (const r of [2, 3, 4, 7, 8, 9, 12]) {
    if (Math.abs(Math.round(grid[r][2] * 1.25) - grid[r][3]) > 1) throw new Error(`hørsholm moms ${r}`);
  }
  // The published coincidence: Samletanke 480 = 339 + 141 (and 600 = 424 + 176) in every column.
  for (const c of [1, 2, 3]) expectSum(`hørsholm coincidence ${c}`, grid[2][c], [grid[3][c], grid[4][c]], 0, 0);
  return {
    name: 'hoersholm-toemningsordning-2017',
    template: 'generic',
    docx: true,
    notes:
      'Municipal rates (Hørsholm Kommune, "Tømningsordning for samle- og bundfældningstanke", takster 2016 og 2017): the first heading cell holds the unit "Kr."; the columns are "excl. moms 2016 | excl. moms 2017 | inkl. moms 2017" (the stored copy breaks the headings over lines; they are written on one line each) — the first two are equal in every row and the third is the second with 25 % moms, rounded to whole kroner: a price, not a sum; section titles ("Samletanke", "Bundfældningstanke", "Fælles takst for alle tanktyper") and empty rows between the sections; one label carries a note sentence inside it, as printed. No totals and none due — but in the published table "Samletanke op til 10 m3" (480 | 480 | 600) happens to equal the two tillæg below it (339 + 141; 424 + 176) in all three columns. Kind: list; unit kr. Planted: "Tillæg for akut tømning" excl. moms 2017 typed 393 for 339, and "Ekstratømning af bundfældningstank" inkl. moms 2017 typed 837 for 873 — price slips (the moms no longer follows), no totals error due.',
    sheets: [
      {
        name: 'Tømningsordning',
        title: ['Tømningsordning for samle- og bundfældningstanke'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [3, 2], value: 393, finds: [] },
          { at: [8, 3], value: 837, finds: [] },
        ],
      },
    ],
  };
}

/** Uddannelses- og Forskningsministeriet, svar på UFU alm. del spm. 191 (2021-22), tabel 1: a frame over seven years, a negative "- heraf" row. */
function ufmInvesteringsramme2022() {
  const d1 = (x) => ({ v: x, fmt: ONE_DECIMAL });
  const grid = [
    ['Mio. kr. (2022-pl)', 2022, 2023, 2024, 2025, 2026, 2027, 2028],
    ['Investeringsramme i 2022-2025 i FL22', 2846, 2730, 2730, 2730, 2730, 2785, 2785],
    ['- heraf finansieringsbidrag i Aftale om flere og bedre uddannelsesmuligheder i hele Danmark', null, d1(-116.3), d1(-116.3), d1(-116.3), d1(-116.3), d1(-60.7), d1(-60.7)],
    ['Finansieringsbidrag i tillægsaftale', null, null, null, null, null, d1(-10.0), d1(-10.0)],
  ];
  return {
    name: 'ufm-investeringsramme-2022',
    template: 'generic',
    docx: true,
    notes:
      'State (Uddannelses- og Forskningsministeriet, svar på UFU alm. del spørgsmål 191, 2021-22, Tabel 1 "Investeringsramme og finansieringsbidrag"): the unit and price level in the first heading cell ("Mio. kr. (2022-pl)"), seven years as headings, a frame in whole millions, a "- heraf" row of negative contributions in tenths that is part of the frame (blank in 2022), and a further negative contribution outside it; no totals. The stored copy is the answer\'s text layer: the four -116,3 stand at the foot of the page; they are the 2023–2026 figures (the frame falls by 116 from 2022 to 2023 and rises by 55 when the contribution falls to -60,7 in 2027). Kind: proposal (a frame over budget years in fixed prices); unit mio. kr.; price level 2022. Planted: the 2024 heraf typed -2.916,3 for -116,3 — a part larger than the frame it is part of (HERAF_EXCEEDS).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1', 'Investeringsramme og finansieringsbidrag'],
        grid,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE, 7: WHOLE, 8: WHOLE },
        kind: 'proposal',
        unit: 'mio. kr.',
        priceLevel: 2022,
        planted: [{ at: [2, 3], value: d1(-2916.3), finds: [], missed: [['HERAF_EXCEEDS', [2, 3], H9_NEG_HERAF]] }],
      },
    ],
  };
}

/** Vejle Kommune, takster for 2026 (seniorliv og pleje): one year column, section titles, one price each. */
function vejleTakster2026() {
  const grid = [
    ['Priser', 2026],
    ['Mad til hjemmeboende', null],
    ['Hovedret pr. dag', 50],
    ['Biret pr. dag', 18],
    ['Øvrige', null],
    ['Midlertidige ophold pr. dag', 145],
    ['Plejecentre', null],
    ['Kost på plejecenter pr. måned', 4453],
    ['Leve- og bomiljøer', null],
    ['Kost på plejecenter pr. måned', 4453],
    ['Kørsel til dagcentre', null],
    ['Takst pr. måned', 555],
  ];
  return {
    name: 'vejle-takster-2026',
    template: 'generic',
    notes:
      'Municipal rates (Vejle Kommune, "Takster for 2026", seniorliv og pleje): one amount column headed by the year ("Priser | 2026"), section titles as rows of their own, one or two prices under each, the same label and price twice under two sections; no unit printed, no totals and none due, no price level (one year of prices, not a budget). Kind: list. Planted: "Midlertidige ophold pr. dag" typed 68 for 145 — 50 + 18, the two prices above it across a section title: a coincidence in one column, which must not be taken for a total.',
    sheets: [
      {
        name: 'Takster 2026',
        title: ['Takster for 2026', 'Her finder du priser på mad til hjemmeboende og kost på plejecentre. Du finder også priser på midlertidigt ophold og kørsel til dagcentre.'],
        grid,
        after: ['Taksterne er beregnet på baggrund af politisk beslutning i kommunen.'],
        formats: { 2: WHOLE },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [{ at: [5, 1], value: 68, finds: [] }],
      },
    ],
  };
}

/** Slagelse Kommune, takster for affald og genbrug – erhverv 2022: a heading row per bin size, amounts that carry "kr.". */
function slagelseAffaldErhverv2022() {
  const k = (x) => ({ v: x, fmt: KR2 });
  const bin = (size, rows) => [[size, 'Inkl. moms'], ...rows.map(([label, x]) => [label, k(x)])];
  const grid = [
    ['Beholdere madaffald', null],
    ...bin('140 l beholder', [['Hver uge, pr. år (se note 3)', 916.25], ['Hver 2. uge, pr. år (se note 1)', 616.25], ['Sæsontømning, pr. år (se note 1)', 457.5]]),
    ...bin('240 l beholder', [['Hver uge, pr. år (se note 1)', 1570.0], ['Hver 2. uge, pr. år (se note 1)', 1057.5]]),
    ...bin('370 l beholder', [['2 gange om ugen, pr. år (se note 3)', 4842.5], ['Hver uge, pr. år (se note 3)', 2421.25], ['Hver 2. uge, pr. år (se note 1)', 1222.5], ['Sæsontømning, pr. år (se note 1)', 1211.25]]),
    ['Beholdere restaffald', null],
    ...bin('125 l sæk', [['Hver 2. uge, pr. år (se note 1)', 671.25], ['Sæsontømning, pr. år (se note 1)', 498.75]]),
    ...bin('140 l beholder', [['2 gange om ugen, pr. år (se note 3)', 1832.5], ['Hver 2. uge, pr. år (se note 1)', 671.25], ['Sæsontømning, pr. år (se note 1)', 498.75]]),
    ...bin('190 l beholder', [['Hver uge, pr. år (se note 3)', 1352.5], ['Hver 2. uge, pr. år (se note 1)', 910.0], ['Sæsontømning, pr. år (se note 1)', 676.25]]),
    ...bin('240 l beholder', [['Hver uge, pr. år', 1708.75], ['Hver 2. uge, pr. år (se note 1)', 1150.0], ['Sæsontømning, pr. år (se note 1)', 853.75]]),
    ...bin('370 l beholder', [['Hver uge, pr. år (se note 3)', 2633.75], ['Hver 2. uge, pr. år (se note 1)', 1772.5]]),
    ...bin('660 l beholder', [['2 gange om ugen, pr. år (se note 2 og 3)', 9397.5], ['Hver uge, pr. år (se note 2 og 3)', 4698.75], ['Hver 2. uge, pr. år (se note 1 og 2)', 2372.5]]),
    ...bin('770 l beholder', [['3 gange om ugen, pr. år (se note 3)', 16443.75], ['2 gange om ugen, pr. år (se note 3)', 10962.5], ['Hver uge, pr. år (se note 3)', 5481.25], ['Hver 2. uge, pr. år (se note 1)', 2767.5], ['Sæsontømning, pr. år (se note 1)', 2741.25]]),
  ];
  const at770 = grid.findIndex((r) => r[0] === '770 l beholder');
  // The published coincidence: 3 gange om ugen = 2 gange + hver uge.
  expectSum('slagelse 770 l', grid[at770 + 1][1].v, [grid[at770 + 2][1].v, grid[at770 + 3][1].v], 0, 2);
  return {
    name: 'slagelse-affald-erhverv-2022',
    template: 'generic',
    notes:
      'Municipal rates (Slagelse Kommune, "Takster for affald og genbrug - Erhverv", priser i 2022): two groups ("Beholdere madaffald", "Beholdere restaffald") as rows of their own, then a heading row per bin size whose second cell is "Inkl. moms" (written run together with the size in the stored copy: "140 l beholderInkl. moms"), two to five prices under each; every amount carries "kr." (numbers formatted #,##0.00 "kr." here); labels carry note references "(se note 1)", "(se note 2 og 3)". No totals and none due, yet "3 gange om ugen" for the 770-litre bin (16.443,75) is the sum of the two prices below it (10.962,50 + 5.481,25): a coincidence in one column. The stored copy is cut inside the Maxi containers; the list stops at the 770-litre bin. A careful reader sees one price list under twelve headings. Kind: list; unit kr. Planted: the 770-litre "2 gange om ugen" typed 10.926,50 for 10.962,50 — a price slip that breaks the coincidence; no totals error due.',
    sheets: [
      {
        name: 'Erhverv 2022',
        title: ['Takster for affald og genbrug - Erhverv', 'Priser i 2022 for affaldsbeholdere, renovationsafgifter og erhvervsaffaldsgebyrer.'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [at770 + 2, 1], value: k(10926.5), finds: [] }],
      },
    ],
  };
}

/** Økonomistyrelsen, statslige regnskabstal 2020: months, quarters and the year; Saldo without a running balance. */
function statensRegnskabstal2020() {
  const m = (label, u, i, s) => [label, u, i, s];
  const grid = [
    ['', 'Udgifter', 'Indtægter', 'Saldo'],
    m('Januar', 77581.5, 39448.9, -38132.6),
    m('Februar', 61493.3, 73305.9, 11812.6),
    m('Marts', 70395.5, 78152.0, 7756.5),
    m('1. kvartal', 209470.3, 190906.8, -18563.5),
    m('April', 75054.8, 43030.8, -32024.0),
    m('Maj', 80370.9, 88580.4, 8209.5),
    m('Juni', 84135.2, 83924.4, -210.9),
    m('2. kvartal', 239560.9, 215535.6, -24025.3),
    m('Juli', 67049.3, 55253.8, -11795.5),
    m('August', 66288.2, 83909.7, 17621.5),
    m('September', 90437.0, 64687.8, -25749.2),
    m('3. kvartal', 223774.5, 203851.4, -19923.2),
    m('Oktober', 61116.4, 81112.8, 19996.3),
    m('November', 87867.1, 104328.4, 16461.3),
    m('December', 124706.1, 136252.1, 11546.0),
    m('4. kvartal', 273689.6, 321693.3, 48003.7),
    m('Hele året', 946495.3, 931987.0, -14508.3),
  ];
  for (let r = 1; r < grid.length; r++) expectSum(`statens 2020 saldo ${r}`, grid[r][3], [grid[r][2], -grid[r][1]], 0.1);
  for (const q of [4, 8, 12, 16]) for (const c of [1, 2, 3]) expectSum(`statens 2020 ${grid[q][0]} ${c}`, grid[q][c], [grid[q - 3][c], grid[q - 2][c], grid[q - 1][c]], 0.15);
  for (const c of [1, 2, 3]) expectSum(`statens 2020 året ${c}`, grid[17][c], [4, 8, 12, 16].map((r) => grid[r][c]), 0.2);
  return {
    name: 'statens-regnskabstal-2020',
    template: 'generic',
    docx: true,
    notes:
      'State (Økonomistyrelsen, "Regnskabstal for offentlig forvaltning og service", statslige regnskabstal 2020, mio. kr.): months with a quarter row after every third month and "Hele året" at the foot, three columns (Udgifter | Indtægter | Saldo, no running balance), Saldo = Indtægter − Udgifter, negative saldi with a leading minus; the header cell over the months is empty; the unit is in a sentence above the table. Figures are rounded separately (0,1 off in places): rounding. Kind: period; unit mio. kr. Planted: May\'s Indtægter typed 88.850,4 for 88.580,4 (its Saldo and the 2nd quarter\'s Indtægter no longer agree); Hele året\'s Udgifter typed 964.495,3 for 946.495,3.',
    sheets: [
      {
        name: 'Staten 2020',
        title: ['Statslige regnskabstal 2020', 'Alle beløb i mio. kr.'],
        grid,
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL },
        kind: 'period',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          {
            at: [6, 2],
            value: 88850.4,
            finds: [
              ['DIFFERENCE_MISMATCH', [6, 3]],
              ['TOTAL_MISMATCH', [8, 2]],
            ],
          },
          { at: [17, 1], value: 964495.3, finds: [['TOTAL_MISMATCH', [17, 1]]] },
        ],
      },
    ],
  };
}

/** Fredericia (Affald og Genbrug Fredericia), takster inkl. moms 2021: one price column under section titles. */
function fredericiaAffald2021() {
  const t = (x) => x;
  const grid = [
    ['For parcelhuse', null],
    ['Grundgebyr pr. enhed/parcelhus til dækning af omkostninger til ordninger for genbrug og administration', t(1230.38)],
    ['Restaffald - 90 liter - 14 dags-tømning', 1213.75],
    ['Restaffald - 140 liter - 14 dags-tømning', 1888.75],
    ['Restaffald - 190 liter - 14 dags-tømning', 2562.5],
    ['Restaffald - 240 liter - 14 dags-tømning', 3237.5],
    ['Grønt affald - 140 liter - 14 dags-tømning', 605.0],
    ['For lejligheder', null],
    ['Grundgebyr pr. enhed/lejlighed til dækning af omkostninger til ordninger for genbrug og administration', 1230.38],
    ['Tømningspris pr. enhed/lejlighed er baseret på 75 liter restaffald pr. uge og 10 liter grønt affald pr. uge, pr. enhed/lejlighed', 1368.63],
    ['Tømningsprisens størrelse afhænger af, hvilken tømningsordning, der er i ejendommen.', null],
    ['Køb af beholder, inkl. levering', null],
    ['Affaldsbeholder til restaffald, 80-90 liter', 562.5],
    ['Affaldsbeholder til restaffald, 140 liter', 562.5],
    ['Affaldsbeholder til restaffald, 180-190 liter', 562.5],
    ['Affaldsbeholder til restaffald, 240 liter', 562.5],
    ['Affaldsbeholder til grønt affald, 140 liter', 637.5],
    ['Kompostbeholder', 612.5],
  ];
  return {
    name: 'fredericia-affald-2021',
    template: 'generic',
    notes:
      'Municipal waste rates (Affald og Genbrug Fredericia, "Priser", takster inkl. moms 2021): no heading row — the unit line "Takster inkl. moms 2021" stands above the list; one amount column with two decimals under three section titles ("For parcelhuse", "For lejligheder", "Køb af beholder, inkl. levering"), long labels, a sentence as a row of its own, the same price four times in a row; no totals and none due, no price level. Kind: list. Planted: "Restaffald - 190 liter" typed 3.102,50 for 2.562,50 — 1.213,75 + 1.888,75, the two prices above it: a coincidence in one column, which must not be taken for a total.',
    sheets: [
      {
        name: 'Takster 2021',
        title: ['Priser', 'Takster inkl. moms 2021'],
        grid,
        after: ['Takster for renovation er godkendt i forbindelse med byrådets samlede godkendelse af budget for 2021'],
        formats: { 2: TWO_DECIMALS },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [{ at: [4, 1], value: 3102.5, finds: [] }],
      },
    ],
  };
}

/** Lejre Kommune, takster for tilsyn og miljøgodkendelse: years as row labels, rates that carry "kr." in front. */
function lejreTimesatser() {
  const k = (x) => ({ v: x, fmt: KR_BEFORE });
  const grid = [
    ['2018:', k(322.49)],
    ['2017:', k(318.04)],
    ['2016:', k(311.8)],
    ['2015:', k(308.7)],
  ];
  return {
    name: 'lejre-timesatser-tilsyn',
    template: 'generic',
    notes:
      'Municipal rates (Lejre Kommune, "Takster for tilsyn og miljøgodkendelse"): four hourly rates, one per year, the year as the row label with a colon ("2018: kr. 322,49"), newest first, the amount carrying "kr." in front (a number formatted "kr. "#,##0.00 here); no heading row, no totals and none due; the years are labels, not a price level. Kind: list; unit kr. Planted: the 2018 rate typed 629,84 for 322,49 — 318,04 + 311,80, the two rates below it: a coincidence in one column, which must not be taken for a total above its parts.',
    sheets: [
      {
        name: 'Timesatser',
        title: ['Takster for tilsyn og miljøgodkendelse', 'Taksten pristalsreguleres årligt af Miljøstyrelsen. Brugerbetalingen er fritaget for moms.', 'Timesatser på brugerbetaling for godkendelser og tilsyn:'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [0, 1], value: k(629.84), finds: [] }],
      },
    ],
  };
}

/** Grønlands Statistik, Statistisk Årbog 2010, Tabel 1: national accounts whose labels give the arithmetic ("3 BFI (1+2)", "6 BNP (3+4 -5)"). */
function groenlandBnp2010() {
  const years = [1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007];
  const r = (label, xs) => [label, ...xs];
  const pct = (x) => ({ v: x, fmt: '#,##0.0;(#,##0.0)' });
  const d1 = (x) => ({ v: x, fmt: ONE_DECIMAL });
  const grid = [
    ['', ...years],
    r('1 Aflønning af ansatte 1)', [6266, 6452, 6896, 7098, 7312, 7600, 7909, 8101, 8446, 8752]),
    r('2 Bruttooverskud af produktionen 2)', [1453, 1450, 1664, 1911, 1909, 1795, 1888, 1970, 2096, 2172]),
    r('3 BFI (1+2)', [7720, 7902, 8560, 9009, 9222, 9395, 9797, 10071, 10542, 10924]),
    r('4 Produktions- og importskatter', [628, 669, 687, 672, 655, 595, 628, 665, 658, 692]),
    r('5 Subsidier', [643, 678, 619, 647, 654, 593, 570, 624, 564, 553]),
    r('6 BNP (3+4 -5)', [7705, 7893, 8627, 9033, 9223, 9397, 9855, 10112, 10636, 11063]),
    r('7 Overførlser til Danmark og øvrige udland 3)', [200, 200, 200, 242, 242, 242, 242, 242, 242, 242]),
    r('BNI (6 -7)', [7505, 7693, 8427, 8791, 8981, 9155, 9613, 9870, 10394, 10821]),
    r('9 Statens udgifter 4)', [3189, 3248, 3302, 3393, 3474, 3638, 3607, 3662, 3766, 3866]),
    r('  Heraf bloktilskud', [2575, 2654, 2725, 2793, 2877, 2952, 3006, 3069, 3120, 3202]),
    r('10 Disponibel BNI (8+9)', [10694, 10942, 11741, 12185, 12455, 12793, 13222, 13531, 14160, 14687]),
    r('11 Forbrug i offentlig forvaltning og service 4)', [4154, 4337, 4530, 4754, 5098, 5237, 5319, 5226, 5568, 5941]),
    r('12 Bruttoopsparing i offentlig forvaltning og service 4)', [730, 780, 940, 1138, 731, 786, 808, 1022, 967, 856]),
    r('13 BNP indekseret i 1981-priser', [131.2, 133.0, 142.4, 144.2, 145.3, 144.6, 146.1, 147.5, 151.5, 152.9].map(d1)),
    r('14 BNP-vækstrate, 1981-priser 5)', [7.8, 1.4, 7.1, 1.3, -1.0, -0.3, 2.6, 1.0, 2.6, 1.0].map(pct)),
    r('15 BNP pr. indbygger i kr. 6)', [137406, 140704, 153647, 160306, 163056, 165542, 173171, 179333, 179333, 193345]),
    r('16 Deflator 7)', [207, 209, 214, 221, 228, 233, 238, 242, 248, 255]),
    r('17 Middelfolketal', [56082, 56106, 56185, 56394, 56609, 56765, 56912, 56935, 56775, 56500]),
  ];
  for (let c = 1; c <= 10; c++) {
    const v = (row) => grid[row][c];
    expectSum(`gl bfi ${c}`, v(3), [v(1), v(2)], 1, 0);
    expectSum(`gl bnp ${c}`, v(6), [v(3), v(4), -v(5)], 1, 0);
    expectSum(`gl bni ${c}`, v(8), [v(6), -v(7)], 0, 0);
    // 2000: 8.427 + 3.302 = 11.729, printed 11.741; 2004: 13.220, printed 13.222 (the published errors below).
    expectSum(`gl disp ${c}`, v(11), [v(8), v(9)], c === 3 ? 12 : c === 7 ? 2 : 1, 0);
  }
  return {
    name: 'groenland-bnp-2010',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (Grønlands Statistik, Statistisk Årbog 2010, Tabel 1 "Bruttofaktorindkomst, bruttonationalprodukt og bruttonationalindkomst", mio. kr., 1998–2007): ten years as headings over an empty first heading cell; the line numbers stand INSIDE the label cells ("1 Aflønning af ansatte 1)", with a note mark after the label) and the labels give the arithmetic — "3 BFI (1+2)", "6 BNP (3+4 -5)", "BNI (6 -7)" (printed without its number 8), "10 Disponibel BNI (8+9)"; an indented "  Heraf bloktilskud" under "9 Statens udgifter"; then an index and a growth rate "i 1981-priser" (a price level inside two labels, not the table\'s), negative rates in parentheses ("(1,0)"), kroner per inhabitant, a deflator and a population count — rows that are not amounts in mio. kr. No unit is printed in the stored copy. Figures are rounded separately (1–2 off): rounding. Published errors: "10 Disponibel BNI (8+9)" for 2000 is printed 11.741, but 8.427 + 3.302 = 11.729 (12 off), and for 2004 13.222 against 13.220 (2 off, more than two rounded figures can explain); the other years agree within 1. Also printed as published: BNP pr. indbygger 2006 repeats 2005\'s 179.333. Kind: list. Planted: "1 Aflønning af ansatte" 2003 typed 7.060 for 7.600 (BFI 2003 no longer 1+2); "  Heraf bloktilskud" 2005 typed 3.690 for 3.069 (more than Statens udgifter, 3.662).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1', 'Bruttofaktorindkomst, bruttonationalprodukt og bruttonationalindkomst'],
        grid,
        after: ['Anm.: Som følge af afrundinger kan summen af tallene i tabellerne afvige fra totalen.'],
        formats: Object.fromEntries(years.map((_, i) => [i + 2, WHOLE])),
        kind: 'list',
        unit: null,
        priceLevel: null,
        published: [
          { at: [11, 3], rule: 'TOTAL_MISMATCH', note: '10 Disponibel BNI (8+9), 2000: 8.427 + 3.302 = 11.729, printed 11.741' },
          { at: [11, 7], rule: 'TOTAL_MISMATCH', note: '10 Disponibel BNI (8+9), 2004: 9.613 + 3.607 = 13.220, printed 13.222 (2 off, beyond the rounding of two figures)' },
        ],
        planted: [
          { at: [1, 6], value: 7060, finds: [['TOTAL_MISMATCH', [3, 6]]] },
          { at: [10, 8], value: 3690, finds: [['HERAF_EXCEEDS', [10, 8]]] },
        ],
      },
    ],
  };
}

/** Grønlands Statistik, Statistisk Årbog 2015, Tabel 9: the treasury's balance; each group total stands ABOVE its parts, then a balance chain. */
function groenlandLandskassen2015() {
  const years = [2010, 2011, 2012, 2013, 2014];
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['', ...years],
    ['', 'Mio. kr.', null, null, null, null],
    r('Nettoomsætning', [881, 730, 810, 843, 1135]),
    r('Likvide- og fondsbeholdninger', [1047, 927, 1063, 1139, 1186]),
    r('Kortfristede tilgodehavender', [454, 551, 854, 763, 1189]),
    r('Kortfristet gæld', [-621, -748, -1107, -1059, -1240]),
    r('Investering i og udlån til virksomheder', [4782, 4959, 5259, 5336, 5319]),
    r('Mellemværende med virksomheder', [5, 116, 210, 63, 98]),
    r('Udlån til virksomheder', [1851, 2077, 2289, 2390, 2319]),
    r('Aktier', [2905, 2739, 2747, 2777, 2827]),
    r('Nettostyrede virksomheder', [21, 26, 13, 105, 75]),
    r('Andre langfristede udlån', [1494, 1268, 1303, 902, 876]),
    r('Gæld og henlæggelser i alt', [1002, 1150, 1418, 1220, 1690]),
    r('Langfristet gæld', [250, 250, 600, 600, 600]),
    r('Henlagte midler', [752, 900, 818, 620, 1090]),
    r('Balancekonto', [6154, 5806, 5954, 5862, 5640]),
  ];
  for (let c = 1; c <= 5; c++) {
    const v = (row) => grid[row][c];
    expectSum(`landskassen omsætning ${c}`, v(2), [v(3), v(4), v(5)], 1, 0);
    expectSum(`landskassen investering ${c}`, v(6), [v(7), v(8), v(9), v(10)], 1, 0);
    expectSum(`landskassen gæld ${c}`, v(12), [v(13), v(14)], 0, 0);
    expectSum(`landskassen balance ${c}`, v(15), [v(2), v(6), v(11), -v(12)], 1, 0);
  }
  return {
    name: 'groenland-landskassen-2015',
    template: 'generic',
    notes:
      'Greenland, in Danish (Grønlands Statistik, Statistisk Årbog 2015, Tabel 9 "Landskassens aktiver og passiver", the treasury\'s balance 2010–2014): five years as headings over a unit row ("Mio. kr.", merged across the year columns here); three group totals stand ABOVE their parts without a total word in two of them — "Nettoomsætning" (as printed) = likvide beholdninger + kortfristede tilgodehavender + kortfristet gæld (a negative part), "Investering i og udlån til virksomheder" = the four rows below it, "Gæld og henlæggelser i alt" = the two rows below it — and the last row is a chain: Balancekonto = Nettoomsætning + Investering … + Andre langfristede udlån − Gæld og henlæggelser i alt. Figures are rounded separately (1 off): rounding. Kind: list; unit mio. kr. Planted: "Kortfristede tilgodehavender" 2012 typed 584 for 854 (Nettoomsætning above it no longer agrees); "Henlagte midler" 2013 typed 260 for 620 ("Gæld og henlæggelser i alt" above it no longer agrees).',
    sheets: [
      {
        name: 'Tabel 9',
        title: ['Tabel 9. Landskassens aktiver og passiver'],
        grid,
        merges: [[1, 1, 5]],
        after: ['Kilde: Landskassens regnskaber'],
        formats: Object.fromEntries(years.map((_, i) => [i + 2, WHOLE])),
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [4, 3], value: 584, finds: [], missed: [['TOTAL_MISMATCH', [2, 3], H9_TOP_FOLLOWED]] },
          { at: [14, 4], value: 260, finds: [['TOTAL_MISMATCH', [12, 4]]] },
        ],
      },
    ],
  };
}

/** Landsstyret (Greenland), Politisk-Økonomisk Beretning 2000, bilag: unemployment rates by town under an "I alt" rate; the treasury's result with expenses as negatives. */
function groenlandLandsstyret2000() {
  const pct = ['pct.', 1995, 1996, 1997, 1998, 1999];
  const r = (label, xs) => [label, ...xs];
  const rates = [
    pct,
    r('I alt', [8.3, 8.2, 7.9, 7.9, 6.9]),
    r('Nanortalik', [8.2, 8.3, 10.6, 10.6, 8.7]),
    r('Qaqortoq', [7.2, 6.6, 7.5, 7.8, 7.7]),
    r('Narsaq', [13.7, 12.7, 10.9, 10.7, 10.4]),
    r('Paamiut', [14.9, 16.8, 10.9, 17.5, 11.8]),
    r('Nuuk', [6.8, 6.7, 6.2, 5.9, 4.6]),
    r('Maniitsoq', [9.4, 9.8, 8.6, 8.4, 6.8]),
    r('Sisimiut', [10.0, 10.1, 10.0, 8.4, 6.5]),
    r('Kangaatsiaq', [4.1, 8.7, 7.7, 6.3, 7.2]),
    r('Aasiaat', [11.9, 10.6, 10.7, 10.9, 10.8]),
    r('Qasigiannguit', [4.7, 5.2, 9.2, 8.1, 6.5]),
    r('Ilulissat', [6.9, 5.7, 4.4, 4.5, 4.6]),
    r('Qeqertarsuaq', [1.4, 2.8, 6.7, 5.3, 3.5]),
    r('Uummannaq', [7.9, 9.7, 6.7, 7.2, 6.2]),
    r('Upernavik', [3.7, 3.5, 4.1, 3.7, 5.3]),
    r('Qaanaaq', [9.8, 6.6, 8.5, 8.5, 10.6]),
    r('Tasiilaq', [10.9, 10.5, 10.0, 12.0, 12.4]),
    r('Illoqqortoormiut', [1.4, 4.2, 4.0, 6.1, 6.1]),
  ];
  const result = [
    ['Mio. kr.', 'Regnskaber', null, null, null, null],
    ['', 1995, 1996, 1997, 1998, '1999*'],
    r('Indtægter', [3953, 4063, 4178, 4304, 4511]),
    r('Driftsudgifter', [-3316, -3380, -3492, -3698, -3924]),
    r('Anlægsudgifter', [-595, -545, -637, -707, -592]),
    r('Drifts- og Anlægsoverskud', [42, 138, 49, -101, -5]),
    r('Udlån og aktier', [6, 390, 40, 39, 146]),
    r('Ekstraordinære poster', [null, -26, null, null, -23]),
    r('DAU-resultat (minus angiver underskud)', [48, 502, 89, -62, 118]),
  ];
  for (let c = 1; c <= 5; c++) {
    const v = (row) => result[row][c] || 0;
    expectSum(`landsstyret overskud ${c}`, v(5), [v(2), v(3), v(4)], 0, 0);
    expectSum(`landsstyret dau ${c}`, v(8), [v(5), v(6), v(7)], 0, 0);
  }
  return {
    name: 'groenland-landsstyret-2000',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (Landsstyret, "Landsstyrets Politisk-Økonomiske Beretning 2000 – Bilag", tabeller til beskrivelse af udviklingen): (1) Tabel 1 "Gennemsnitligt antal ledige medio i byerne 1995 - 1999": the unit "pct." in the first heading cell, an "I alt" row ABOVE seventeen towns that is the rate for the whole country — not their sum (a rate is never added); no totals due. (2) Tabel 2 "Landskassens resultat 1995 - 1999": two heading rows ("Mio. kr. | Regnskaber" spanning the years, then the years, the last with a note mark "1999*"), expenses as negative figures, blank cells where nothing was booked; "Drifts- og Anlægsoverskud" = Indtægter + Driftsudgifter + Anlægsudgifter and "DAU-resultat (minus angiver underskud)" = overskud + Udlån og aktier + Ekstraordinære poster, with no total word. Kind: list. Percentages have no unit here (as elsewhere in this folder). Planted (Tabel 2): Anlægsudgifter 1997 typed -673 for -637 (the overskud of 1997 no longer agrees); DAU-resultat 1996 typed 520 for 502; Indtægter 1999* typed 4.151 for 4.511 (the 1999 overskud no longer agrees; the year with its note mark is read as 1999).',
    sheets: [
      {
        name: 'Tabel 2',
        title: ['Tabel 2: Landskassens resultat 1995 - 1999'],
        grid: result,
        merges: [[0, 1, 5]],
        after: ['Kilde: Diverse Landskasse Regnskaber samt regnskabsprognose for 1999.'],
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [4, 3], value: -673, finds: [], missed: [['TOTAL_MISMATCH', [5, 3], LANDSSTYRET_TWO_SLIPS]] },
          { at: [8, 2], value: 520, finds: [['TOTAL_MISMATCH', [8, 2]]] },
          { at: [2, 5], value: 4151, finds: [], missed: [['TOTAL_MISMATCH', [5, 5], LANDSSTYRET_TWO_SLIPS]] },
        ],
      },
      {
        name: 'Tabel 1',
        title: ['Tabel 1: Gennemsnitligt antal ledige medio i byerne 1995 - 1999'],
        grid: rates,
        after: ['Kilde: Grønlands Statistik 2000'],
        formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL, 6: ONE_DECIMAL },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [],
      },
    ],
  };
}

/** Det rådgivende udvalg vedrørende Grønlands Økonomi, beretning 1999, tabel A.1: accounts, an appropriation and a finance law side by side under two heading rows. */
function groenlandHjemmestyret2000() {
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['Mio. kr.', 'Regnskaber', null, null, null, 'Bevilling', 'Finanslov'],
    ['', 1995, 1996, 1997, 1998, 1999, 2000],
    r('Indtægter', [3953, 4063, 4178, 4304, 4464, 4599]),
    r('Driftsudgifter', [-3316, -3380, -3492, -3698, -3927, -3965]),
    r('Anlægsudgifter', [-595, -545, -637, -707, -645, -684]),
    r('Drifts- og anlægsoverskud', [42, 138, 49, -101, -107, -50]),
    r('Udlån og aktier', [6, 390, 40, 39, 64, 53]),
    r('Ekstraordinære poster', [null, -26, null, null, null, null]),
    r('DAU-resultat (minus angiver underskud)', [48, 502, 89, -62, -43, 4]),
  ];
  for (let c = 1; c <= 6; c++) {
    const v = (row) => grid[row][c] || 0;
    expectSum(`hjemmestyret overskud ${c}`, v(5), [v(2), v(3), v(4)], 1, 0);
    expectSum(`hjemmestyret dau ${c}`, v(8), [v(5), v(6), v(7)], 1, 0);
  }
  return {
    name: 'groenland-hjemmestyret-1995-2000',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (Det rådgivende udvalg vedrørende Grønlands Økonomi, "Beretning om den økonomiske udvikling i Grønland 1999 – Appendix – offentlige finanser", Tabel A.1 "Hjemmestyrets økonomi 1995-2000"): two heading rows — budget variants over the years ("Regnskaber" over 1995–1998, merged here; "Bevilling" over 1999; "Finanslov" over 2000) — with the unit "Mio. kr." in the first heading cell; expenses as negative figures; "Drifts- og anlægsoverskud" = Indtægter + Driftsudgifter + Anlægsudgifter and "DAU-resultat (minus angiver underskud)" = overskud + Udlån og aktier + Ekstraordinære poster, without a total word; "Ekstraordinære poster" has one figure. 1999 and 2000 are each 1 off: rounding. Kind: a table of accounts and budgets side by side (list); unit mio. kr.; no price level (current prices). Planted: Driftsudgifter 1999 typed -3.972 for -3.927 (the 1999 overskud no longer agrees); DAU-resultat 2000 typed 40 for 4.',
    sheets: [
      {
        name: 'Tabel A.1',
        title: ['Tabel A.1. Hjemmestyrets økonomi 1995-2000'],
        grid,
        merges: [[0, 1, 4]],
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE, 7: WHOLE },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [3, 5], value: -3972, finds: [['TOTAL_MISMATCH', [5, 5]]] },
          { at: [8, 6], value: 40, finds: [['TOTAL_MISMATCH', [8, 6]]] },
        ],
      },
    ],
  };
}

/** Landstingslov nr. 13 af 30. oktober 1998 om Landstingsfinanslov 1999, Bilag 1 (Greenland, in Danish): a finance-law account table. */
function groenlandLandstingsfinanslov1999() {
  const konto = (nr, label, xs = []) => [nr, label, ...xs];
  const grid = [
    ['Konto', 'Kontotekst', 'Regnskab', 'Finanslov', 'FL', 'BO', 'BO', 'BO'],
    ['nummer', null, 1997, 1998, 1999, 2000, 2001, 2002],
    ['LANDSTINGETS FORMAND: AKTIVITETSOMRÅDE 01 - 09'],
    konto('01', 'LANDSTINGETS BUREAU'),
    konto('01.01', 'Fællesudgifter'),
    konto(null, 'Drift:'),
    konto('01.01.01', 'Landstingets Bureau, administration', [8940000, 8800000, 9500000, 9.5, 9.6, 9.7]),
    konto(null, 'I alt', [8940000, 8800000, 9500000, 9.5, 9.6, 9.7]),
    konto('01.06', 'Tilskud'),
    konto(null, 'Drift:'),
    konto('01.06.10', 'Inuit Circumpolar Conference', [2743000, 6427000, 4500000, 4.5, 4.5, 4.5]),
    konto(null, 'I alt', [2743000, 6427000, 4500000, 4.5, 4.5, 4.5]),
    konto('01.10', 'Folkevalgte'),
    konto(null, 'Drift:'),
    konto('01.10.10', 'Landstinget', [19455000, 23503000, 22343000, 22.4, 22.5, 22.6]),
    konto('01.10.11', 'Landskassens hædersgaver', [14000, 24000, 24000, 0.0, 0.0, 0.0]),
    konto('01.10.12', 'Undersøgelsesudvalg vedrørende KNI', [2564000, null, null, null, null, null]),
    konto('01.10.13', 'Vestnordisk Råd', [null, 350000, 150000, 0.2, 0.2, 0.2]),
    konto(null, 'I alt', [22033000, 23877000, 22517000, 22.6, 22.7, 22.8]),
    konto('01.11', 'Ombudsmandsinstitutionen'),
    konto(null, 'Drift:'),
    konto('01.11.01', 'Landstingets Ombudsmand, administration', [4096000, 4967000, 5379000, 5.4, 5.5, 5.6]),
    konto(null, 'I alt', [4096000, 4967000, 5379000, 5.4, 5.5, 5.6]),
    konto(null, 'Anlæg'),
    konto('01.11.20', 'Landstingets Ombudsmand, anlæg', [null, null, 2500000, 2.5, 0.0, 0.0]),
    konto(null, 'I alt', [0, 0, 2500000, 2.5, 0.0, 0.0]),
    konto(null, 'DAU-saldo', [37812000, 44071000, 44396000, 44.5, 42.3, 42.6]),
  ];
  const v = (r, c) => num(grid[r][c]);
  for (let c = 2; c <= 7; c++) {
    const d = c <= 4 ? 0 : 1;
    expectSum(`landstingsfinanslov folkevalgte ${c}`, v(18, c), [v(14, c), v(15, c), v(16, c), v(17, c)], 0, d);
    expectSum(`landstingsfinanslov dau ${c}`, v(26, c), [v(7, c), v(11, c), v(18, c), v(22, c), v(25, c)], 0, d);
  }
  const H14_BO_COLUMNS =
    'the workbook\'s table stops at the FL 1999 column: the three BO columns (mio. kr. with one decimal beside whole kroner) are left out of it, so their I alt rows are not checked (in Word all six columns are read)';
  const trap = [
    // A trap: a part changed together with its I alt and the DAU-saldo (a consistent correction): no finding is due.
    { at: [15, 2], value: 41000, finds: [] },
    { at: [18, 2], value: 22060000, finds: [] },
    { at: [26, 2], value: 37839000, finds: [] },
  ];
  // The grand total typed wrong: DAU-saldo FL 1999 44.369.000 for 44.396.000.
  const dauSaldo = { at: [26, 4], value: 44369000, finds: [['TOTAL_MISMATCH', [26, 4]]] };
  // A part typed wrong: Landstinget BO 2001 25,2 for 22,5 — the section's I alt no longer agrees.
  const plantedCells = [{ at: [14, 6], value: 25.2, finds: [], missed: [['TOTAL_MISMATCH', [18, 6], H14_BO_COLUMNS]] }, dauSaldo, ...trap];
  const plantedDocx = [{ at: [14, 6], value: 25.2, finds: [['TOTAL_MISMATCH', [18, 6]]] }, dauSaldo, ...trap];
  return {
    name: 'groenland-landstingsfinanslov-1999',
    template: 'generic',
    docx: true,
    notes:
      'Greenland\'s home rule (Landstingslov nr. 13 af 30. oktober 1998 om Landstingsfinanslov 1999, Bilag 1, in Danish): a finance-law account table — a column of account numbers ("01", "01.01", "01.01.01") before the account texts, two heading rows ("Regnskab | Finanslov | FL | BO | BO | BO" over "1997 … 2002"), the labels in the SECOND column ("Drift:", "Anlæg", "I alt", "DAU-saldo"), section titles in capitals. Each "I alt" adds the accounts of its Drift: or Anlæg block (one account gives an I alt equal to it); "DAU-saldo" adds the five I alt rows. The first three columns are in whole kroner, the three BO columns in mio. kr. with one decimal (no unit is printed; a careful reader sees it from the figures). Kind: list; no unit stated (two scales side by side); no price level. Planted: Landstinget BO 2001 typed 25,2 for 22,5 (the Folkevalgte I alt no longer agrees); DAU-saldo FL 1999 typed 44.369.000 for 44.396.000; and a consistent correction (hædersgaver 1997 41.000 with its I alt and the DAU-saldo raised by the same 27.000) that must give nothing.',
    sheets: [
      {
        name: 'Bilag 1',
        title: ['Landstingslov nr. 13 af 30. oktober 1998 om Landstingsfinanslov 1999', 'Bilag 1'],
        grid,
        headerRows: 2,
        formats: { 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: ONE_DECIMAL, 7: ONE_DECIMAL, 8: ONE_DECIMAL },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: plantedCells,
        plantedDocx,
      },
    ],
  };
}

/** Fredericia Kommune, "Takster for børnepasning og tilskud til børnepasning", takster pr. 1. januar 2023: amounts carrying "kr. pr. måned". */
function fredericiaBoernepasning2023() {
  const md = (x) => ({ v: x, fmt: '#,##0 "kr. pr. måned"' });
  const grid = [
    ['Dagplejen'],
    ['Betalingen gælder for 12 måneder'],
    ['48 timer ugentligt', md(2853)],
    ['Kun for søskendebørn af forældre på barsel: 30 timer pr. uge', md(1783)],
    ['Daginstitutioner'],
    ['Betalingen gælder for 11 måneder (juli måned er betalingsfri) fra 0 år til og med 2 år:'],
    ['47½ time pr. uge', md(4111)],
    ['37 timer pr. uge', md(3202)],
    ['30 timer pr. uge', md(2597)],
    ['Betalingen gælder for 11 måneder (juli måned er betalingsfri) fra 3 år og indtil skolestart:'],
    ['47½ time pr. uge', md(2226)],
    ['37 timer pr. uge', md(1734)],
    ['30 timer pr. uge', md(1406)],
    ['Frokostordning 0-5 årige'],
    ['Findes i de daginstitutioner, hvor forældrene har tilvalgt frokostordning. Kr. pr. måned for 11 måneder (juli er betalingsfri):'],
    [null, md(666)],
  ];
  return {
    name: 'fredericia-boernepasning-2023',
    template: 'generic',
    docx: true,
    notes:
      'Municipal rates (Fredericia Kommune, "Takster for børnepasning og tilskud til børnepasning", takster pr. 1. januar 2023): monthly rates under section titles ("Dagplejen", "Daginstitutioner", "Frokostordning 0-5 årige") and sentences saying for how many months and which ages they apply; each amount carries its unit ("2.853 kr. pr. måned" — in the workbook a number formatted #,##0 "kr. pr. måned", in Word the printed text); the lunch rate stands alone under its sentence with no label. Labels carry numbers ("48 timer ugentligt", "47½ time pr. uge") that are not amounts. No heading row, no totals and none due. Kind: list; unit kr. (per month). Planted (traps, no finding is due): the 0–2 år rate for 37 timer typed 6.708 — 4.111 + 2.597, the rates above and below it — and the lunch rate typed 3.366 (2.226 + 1.734 − 594: no sum at all).',
    sheets: [
      {
        name: 'Takster 2023',
        title: ['Takster for børnepasning og tilskud til børnepasning', 'TAKSTER PR. 1. JANUAR 2023'],
        grid,
        after: ['Bemærk: Der betales automatisk børnehavetakst den efterfølgende 1. i måneden, efter barnet er fyldt 3 år, uanset hvilken gruppe i daginstitutionen barnet er tilknyttet.'],
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [7, 1], value: md(6708), finds: [] },
          { at: [15, 1], value: md(3366), finds: [] },
        ],
      },
    ],
  };
}

/** Gladsaxe Kommune, "Madservice": prices of meals delivered to the home, under two section titles. */
function gladsaxeMadservice() {
  const kr = (x) => ({ v: x, fmt: Number.isInteger(x) ? KR : KR2 });
  const grid = [
    ['Hovedret'],
    ['Hovedret - varm:', kr(53)],
    ['Hovedret - lille - varm:', kr(53)],
    ['Hovedret - diæt - varm:', kr(53)],
    ['Hovedret - lille og diæt - varm:', kr(53)],
    ['Hovedret - kold:', kr(41.01)],
    ['Hovedret - lille - kold:', kr(39.92)],
    ['Hovedret - diæt - kold:', kr(51.88)],
    ['Hovedret - lille og diæt - kold:', kr(50.79)],
    ['Forret eller Dessert'],
    ['Forret/Dessert - kold (ved levering sammen med hovedret):', kr(10.59)],
    ['Forret/Dessert - diæt - kold (ved levering sammen med hovedret):', kr(10.59)],
    ['Forret/Dessert - varm (ved levering sammen med hovedret):', kr(6)],
    ['Forret/Dessert - diæt - varm (ved levering sammen med hovedret):', kr(6)],
    ['Madpakke (smørrebrød) (ved levering sammen med hovedret):', kr(28)],
  ];
  return {
    name: 'gladsaxe-madservice',
    template: 'generic',
    docx: true,
    notes:
      'Municipal prices (Gladsaxe Kommune, "Madservice", the version of the page with Det Danske Madhus as the only supplier): meal prices under two section titles, one line each ("Hovedret - varm: 53 kr."; the label with its colon in the first cell, the price — whole kroner or two decimals, as printed, with "kr." behind — in the second); runs of equal prices (53 four times, 10,59 and 6 twice). No heading row, no totals and none due. Kind: list; unit kr. Planted (traps, no finding is due): "Hovedret - kold" typed 106 — the four 53 above it would need two; "Hovedret - lille og diæt - kold" typed 50,51 (39,92 + 10,59, a main course and a dessert: still a price, not a sum).',
    sheets: [
      {
        name: 'Madservice',
        title: ['Madservice'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [5, 1], value: kr(106), finds: [] },
          { at: [8, 1], value: kr(50.51), finds: [] },
        ],
      },
    ],
  };
}

/** Grønlands Hjemmestyre / Selvstyre, bekendtgørelser om skatteudligning og fælleskommunal skat i 1989 og 2012: amounts by kommune. */
function groenlandSkatteudligning() {
  const kr = (x) => ({ v: x, fmt: '"kr. "#,##0' });
  const grid2012 = [
    ['Kommune Kujalleq.....................................................................', kr(91821000)],
    ['Kommuneqarfik Sermersooq......................................................', kr(44085000)],
    ['Qeqqata Kommunia ..................................................................', kr(90495000)],
    ['Qaasuitsup Kommunia................................................................', kr(255588000)],
  ];
  const grid1989 = [
    ['Nanortalik', kr(13763000)],
    ['Qaqortoq', kr(9826000)],
    ['Narsaq', kr(5665000)],
    ['Paamiut', kr(9770000)],
    ['Maniitsoq', kr(3226000)],
    ['Sisimiut', kr(11533000)],
    ['Kangaatsiaq', kr(8898000)],
    ['Aasiaat', kr(13573000)],
    ['Qasigiannguit', kr(5744000)],
    ['Ilulissat', kr(14390000)],
    ['Qeqertarsuaq', kr(3734000)],
    ['Uummannaq', kr(8010000)],
    ['Upernavik', kr(15168000)],
    ['Avanersuaq', kr(5050000)],
    ['Tasiilaq', kr(16027000)],
    ['Ittoqqortoormiit', kr(2392000)],
    ['Stk. 2. Tilskuddene udbetales af landskassen med 1/12 i hver af årets måneder ved tillæg til de respektive måneders bloktilskud.'],
    ['§ 2. Nedennævnte kommuner yder i 1989 følgende bidrag:'],
    ['Ivittuut........................', kr(4130000)],
    ['Nuuk..........................', kr(28697000)],
  ];
  return {
    name: 'groenland-skatteudligning',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (Selvstyrets bekendtgørelse nr. 18 af 30. december 2011 om skatteudligning og fælleskommunal skat i 2012, § 1; Hjemmestyrets bekendtgørelse nr. 16 af 9. juni 1988 om skatteudligning og fælleskommunal skat i 1989, §§ 1–2): the equalisation grants to each kommune, one line each — the kommune\'s name (in 2012 and in the 1989 bidrag list followed by dotted leaders, as printed) and the amount with "kr." in front (a number formatted "kr. "#,##0 here). No heading row and no total in the lists (the bekendtgørelse gives none); none is due. In 1989 a sentence (Stk. 2) and the heading of § 2 stand between the grants and the two contributions. Kind: list; unit kr.; no price level. Planted (traps, no finding is due): in 2012 Qaasuitsup Kommunia typed 226.401.000 — the three amounts above it; in 1989 Ittoqqortoormiit typed 21.077.000 — Avanersuaq + Tasiilaq, the two lines above it — and Nuuk typed 32.827.000 (Ivittuut + Nuuk 28.697.000: the list\'s own sum).',
    sheets: [
      {
        name: 'Udligning 2012',
        title: ['Selvstyrets bekendtgørelse om skatteudligning og fælleskommunal skat i 2012', '§ 1. Til udligning af forskelle i kommunernes skatteprovenu og fordeling af fælleskommunal skat per indbygger ydes der nedennævnte kommuner i 2012 følgende tilskud:'],
        grid: grid2012,
        after: ['Stk. 2. Tilskuddene udbetales af landskassen med 1/12 i hver af årets måneder ved tillæg til de respektive måneders bloktilskud.'],
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [{ at: [3, 1], value: kr(226401000), finds: [] }],
      },
      {
        name: 'Udligning 1989',
        title: ['Hjemmestyrets bekendtgørelse nr. 16 af 9. juni 1988 om skatteudligning og fælleskommunal skat i 1989.', '§ 1. Til udligning af forskelle i kommunernes skatteprovenu og fordeling af fælleskommunal skat pr. indbygger ydes der til nedennævnte kommuner i 1989 følgende tilskud:'],
        grid: grid1989,
        after: ['Stk. 2. Bidragene indbetales til landskassen med 1/12 i hver af årets måneder ved reduktion i de respektive måneders bloktilskud.'],
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        tables: 2,
        got: [{ kind: 'list', unit: 'kr.', priceLevel: null }],
        gotWhy:
          'The 1989 grants (16 kommuner) and the two contributions under "§ 2. Nedennævnte kommuner yder i 1989 følgende bidrag:" are read as one table A4:B23: the sentence and the heading of § 2 between them (text in the label column, nothing beside it) do not end the first list.',
        planted: [
          { at: [15, 1], value: kr(21077000), finds: [] },
          { at: [19, 1], value: kr(32827000), finds: [] },
        ],
      },
    ],
  };
}

/** KAQA (the Greenlandic municipalities' IT service), design documents of the budget system, "Tillægsbevillinger": a supplementary appropriation over five years. */
function kaqaTillaegsbevilling() {
  const konto = (nr) => ({ v: nr, fmt: '0' });
  const grid = [
    ['Konto', 1999, 2000, 2001, 2002, 2003],
    [konto(6001320110), 10, 11, 12, 13, 14],
    [konto(6001320111), -10, -11, -12, -13, -14],
    ['I alt', 0, 0, 0, 0, 0],
  ];
  return {
    name: 'kaqa-tillaegsbevilling',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (KAQA, the Greenlandic municipalities\' IT service, design documents of its budget system, "Tillægsbevillinger": the example of a supplementary appropriation shown to the system\'s users): two accounts whose ten-digit account numbers stand in the first column — written as numbers (format 0), as a spreadsheet stores them when typed — over the budget year and four overslagsår, and an "I alt" row that is 0 in every year (a shift between two accounts); "Alle beløb er i hele 1000 kr." under the table. Kind: list; unit t.kr.; no price level. Planted: I alt 2001 typed 10 for 0; the second account\'s 2003 figure typed -41 for -14 (I alt 2003 no longer agrees). The account numbers are labels: they are never amounts and never the parts of a total.',
    sheets: [
      {
        name: 'Tillægsbevilling',
        title: ['Tillægsbevillinger', 'På en tillægsbevilling vises summen af de enkelte kontis beløb. Eksempel (i eksemplet arbejdes der med 4 overslagsår):'],
        grid,
        after: ['Alle beløb er i hele 1000 kr.'],
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE },
        kind: 'list',
        unit: 't.kr.',
        priceLevel: null,
        planted: [
          { at: [3, 3], value: 10, finds: [['TOTAL_MISMATCH', [3, 3]]] },
          { at: [2, 5], value: -41, finds: [['TOTAL_MISMATCH', [3, 5]]] },
        ],
      },
    ],
  };
}

/** Finansministeriet, svar på FIU alm. del spørgsmål 287 (2023-24), Tabel 1 "Økonomiske konsekvenser": one line whose label holds a count. */
function fiuAarsvaerk2024() {
  const grid = [
    [null, 'Mio. kr.'],
    ['Reduktion af 1.000 årsværk', 756.0],
  ];
  return {
    name: 'fiu-aarsvaerk-2024',
    template: 'generic',
    docx: true,
    notes:
      'State (Finansministeriet\'s answer to FIU alm. del spm. 287, 2023-24, Tabel 1 "Økonomiske konsekvenser"): a table of one line — the saving from 1.000 fewer årsværk in the state administration at about 756.000 kr. per årsværk — with the unit "Mio. kr." as the heading of the amount column and a count inside the label ("Reduktion af 1.000 årsværk": a number of årsværk, not an amount). No total and none due. Kind: list; unit mio. kr.; no price level. Planted (a trap, no finding is due): the amount typed 1.000,0 — the count in the label.',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1', 'Økonomiske konsekvenser'],
        grid,
        after: ['Anm.: Lønomkostningerne pr. årsværk er baseret på Statens BI-ISOLA for 3. kvt. 2023.'],
        formats: { 2: ONE_DECIMAL },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        got: [],
        gotWhy: 'A table of one line under an amount heading ("Mio. kr.") is not read at all: a single row of amounts is not taken for a table.',
        gotDocx: [],
        gotDocxWhy: 'In Word too the one-line table (heading "Mio. kr.", one row "Reduktion af 1.000 årsværk | 756,0") is not read at all.',
        planted: [{ at: [1, 1], value: 1000.0, finds: [] }],
      },
    ],
  };
}

/** Gribskov Kommune, "Madservice", priser 2021: meal prices, a price range as text, and a daily rate under its own heading. */
function gribskovMadservice2021() {
  const kr = (x) => ({ v: x, fmt: KR });
  const grid = [
    ['Priser 2021'],
    ['Pris for stor hovedret', kr(56)],
    ['Pris for Mellem/alm. hovedret', kr(53)],
    ['Pris for lille hovedret', kr(50)],
    ['Pris for biret', kr(15)],
    ['Pris for madpakke', 'mellem 22 og 38 kr.'],
    ['Ekstra stk. mad', kr(7)],
    ['Takster for borgere på Holbohave, demenscenter. pr. dag.:'],
    ['Forplejning', kr(49)],
  ];
  return {
    name: 'gribskov-madservice-2021',
    template: 'generic',
    docx: true,
    notes:
      'Municipal prices (Gribskov Kommune, "Madservice", "Hvad koster det? Priser 2021"): meal prices, one line each ("Pris for stor hovedret 56 kr."; label and price are two cells here, the price a number formatted #,##0 "kr."); the packed-lunch price is a range in words ("mellem 22 og 38 kr.", text in the amount column), and the page\'s line "Pris for madpakke mellem 22 og 38 kr. Ekstra stk. mad 7 kr." is written as two rows; a second heading ("Takster for borgere på Holbohave, demenscenter. pr. dag.:") over a daily rate. The lines have no totals and none is due. Two tables: the 2021 prices and the Holbohave rate. Kind: list; unit kr.; no price level (2021 is the year of the prices). Planted (traps, no finding is due): "Pris for biret" typed 103 (56 + 53 − 6: no sum) and "Pris for stor hovedret" typed 118 (53 + 50 + 15, the three lines below it).',
    sheets: [
      {
        name: 'Madservice',
        title: ['Madservice', 'Hvad koster det?'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        tables: 2,
        planted: [
          { at: [4, 1], value: kr(103), finds: [] },
          { at: [1, 1], value: kr(118), finds: [] },
        ],
      },
    ],
  };
}

/** Hjemmestyrets bekendtgørelse nr. 49 af 30. december 1993: grants to kommuner in economic difficulty in 1994, with a printed slip in one amount. */
function groenlandVanskeligtStillede1994() {
  const grid = [
    ['Nanortalik', 753000],
    ['Narsaq', 2869000],
    ['Paamiut', 3033000],
    ['Maniitsoq', 1616000],
    ['Sisimiut', 2191000],
    ['Kangaatsiaq', 570000],
    ['Aasiaat', 4582000],
    ['Qasigiannguit', 659000],
    ['Uummannaq', '2993.000'],
    ['Upernavik', 944000],
    ['Avanersuaq', 537000],
    ['Tasiilaq', 2054000],
    ['Ittoqqortoormiit', 375000],
  ];
  return {
    name: 'groenland-vanskeligt-stillede-1994',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (Hjemmestyrets bekendtgørelse nr. 49 af 30. december 1993 om fordeling af tilskud til økonomisk vanskeligt stillede kommuner, finanslovens hovedkonto 20.17.02, § 1): grants for 1994 to thirteen kommuner, name and amount in kroner (no unit printed beside the figures; the amounts are whole kroner). Uummannaq\'s amount is printed "2993.000" — a thousands point missing (2.993.000): kept as printed, as text. No heading row, no total; none is due. Kind: list; no unit stated; no price level. Planted (traps, no finding about totals is due): Ittoqqortoormiit typed 2.429.000 (a slip that is no sum of the lines above) and Tasiilaq typed 1.481.000 (Upernavik + Avanersuaq, the two lines above it).',
    sheets: [
      {
        name: 'Tilskud 1994',
        title: ['Hjemmestyrets bekendtgørelse nr. 49 af 30. december 1993 om fordeling af tilskud til økonomisk vanskeligt stillede kommuner', '§ 1. Der ydes til nedennævnte kommuner i 1994 følgende tilskud:'],
        grid,
        after: ['Stk. 2. Tilskuddene udbetales af landskassen med 1/12 i hver af årets måneder som tillæg til de respektive måneders bloktilskud fra hjemmestyret.'],
        formats: { 2: WHOLE },
        kind: 'list',
        unit: null,
        priceLevel: null,
        planted: [
          { at: [12, 1], value: 2429000, finds: [] },
          { at: [11, 1], value: 1481000, finds: [] },
        ],
      },
    ],
  };
}

// Sixth batch (issue 20, item 5): municipal budget and accounts tables — Horsens Kommune's budget
// pages (two heading rows: budget variant over price level, a unit in the first heading cell,
// sections with their own "I alt" and a grand total over them, account numbers in the labels,
// amounts carrying "kr."), and a one-line anlægsregnskab with an Afvigelse column.

const SENTENCE_WHY =
  'a sentence alone in the label column above a one-column list turns the list\'s "I alt" into an info (TOTAL_UNCLEAR) instead of checking it (the same list without the sentence gives TOTAL_MISMATCH); the lists under their sentences are read as one table';
const DRIFT_GOT_WHY =
  'The unit "hele kroner" in the first heading cell is not taken.';

/** Horsens Kommune's driftsoversigt by område: two heading rows, two sections, a grand total over their "I alt" rows. */
function horsensDriftGrid(unitCell, years, rows, skatTotal, takstLabel, takst, grand) {
  const [y0, y1, y2] = years;
  return [
    [unitCell, `Regnskab ${y0}`, `Budget ${y1}`, `Budget ${y2}`],
    ['Skattefinansieret', `${y0}-priser`, `${y1}-priser`, `${y2}-priser`],
    ...rows,
    ['I alt skattefinansieret', ...skatTotal],
    [null, null, null, null],
    ['Takstfinansieret', null, null, null],
    [takstLabel, ...takst],
    ['I alt takstfinansieret', ...takst],
    [null, null, null, null],
    ['Driftsvirksomhed i alt', ...grand],
  ];
}

/** Horsens Kommune, Budget 2009, drift: driftsvirksomhed by område and per indbygger. */
function horsensDrift2009() {
  const rows = [
    ['Beskæftigelsesområdet', 372831906, 380339677, 388999786],
    ['Børneområdet', 472650406, 501536339, 528400140],
    ['Kultur- og Fritidsområdet', 120920970, 111151944, 122790929],
    ['Teknik- og Miljøområdet', 95961838, 100016747, 107191417],
    ['Beredskab', 15999698, 15503382, 19235532],
    ['Sundhedsfremme', 147742010, 173393783, 182293123],
    ['Voksenserviceområdet', 1066968105, 1097892593, 1166619063],
    ['Undervisningsområdet', 703573918, 727649520, 783628063],
    ['Administrationsområdet', 355288844, 405909508, 421850272],
    ['Diverse øvrige udgifter og indtægter', 22310097, 45492166, 49817415],
  ];
  const skat = [3374247792, 3558885659, 3770825740];
  const takst = [-57431399, -39692783, -38095393];
  const grand = [3316816393, 3519192876, 3732730347];
  const grid = horsensDriftGrid('hele kroner', [2007, 2008, 2009], rows, skat, 'Vand, spildevand, affald og genbrug', takst, grand);
  for (let c = 1; c <= 3; c++) {
    expectSum(`horsens 2009 skat col ${c}`, skat[c - 1], rows.map((r) => r[c]), 0, 0);
    expectSum(`horsens 2009 grand col ${c}`, grand[c - 1], [skat[c - 1], takst[c - 1]], 0, 0);
  }
  const perCapita = [
    ['Drift i alt pr. indbygger, hele kroner', 'Regnskab 2007', 'Budget 2008', 'Budget 2009'],
    ['Antal indbyggere pr. 1. januar', 79022, 80102, 81430],
    ['Beskæftigelsesområdet', 4718, 4748, 4777],
    ['Børneområdet', 5981, 6261, 6489],
    ['Kultur- og Fritidsområdet', 1530, 1388, 1508],
    ['Teknik- og Miljøområdet', 1214, 1249, 1316],
    ['Beredskab', 202, 194, 236],
    ['Sundhedsfremme', 1870, 2165, 2239],
    ['Voksenserviceområdet', 13502, 13706, 14327],
    ['Undervisningsområdet', 8904, 9084, 9623],
    ['Administrationsområdet', 4496, 5067, 5181],
    ['Diverse øvrige udgifter og indtægter', 282, 568, 612],
  ];
  return {
    name: 'horsens-drift-2009',
    template: 'generic',
    docx: true,
    notes:
      'Municipal budget overview (Horsens Kommune, Budget 2009, drift): driftsvirksomhed by område over Regnskab 2007 / Budget 2008 / Budget 2009 — two heading rows (budget variant and year above, the price level of each column under it: "2007-priser", "2008-priser", "2009-priser"), the unit "hele kroner" in the first heading cell and the first section\'s name ("Skattefinansieret") in the first cell of the second heading row; ten områder with "I alt skattefinansieret", an empty row, a section "Takstfinansieret" of one line with its own "I alt takstfinansieret" (negative: income), an empty row, and "Driftsvirksomhed i alt" = the two "I alt" rows. The price level differs by column, so the table has none of its own. A second table on the page (sheet "Pr. indbygger") gives the driftsudgifter per inhabitant, under a row "Antal indbyggere pr. 1. januar" that is a count, not an amount; it has no total and none is due. Planted: Børneområdet Budget 2008 typed 510.536.339 for 501.536.339 (I alt skattefinansieret no longer agrees); Driftsvirksomhed i alt Budget 2009 typed 3.732.703.347 for 3.732.730.347; on the per-inhabitant sheet Beredskab 2009 typed 14.563 — the sum of the two lines above it in Budget 2008 units (a trap: nothing is due).',
    sheets: [
      {
        name: 'Drift',
        title: ['Horsens Kommune, Budget 2009: driftsvirksomheden fordelt på områder'],
        grid,
        headerRows: 2,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: [{ kind: 'list', unit: null, priceLevel: null }],
        gotWhy: DRIFT_GOT_WHY,
        gotDocx: [{ kind: 'list', unit: null, priceLevel: null }],
        gotDocxWhy: DRIFT_GOT_WHY,
        planted: [
          { at: [3, 2], value: 510536339, finds: [['TOTAL_MISMATCH', [12, 2]]] },
          { at: [18, 3], value: 3732703347, finds: [['TOTAL_MISMATCH', [18, 3]]] },
        ],
      },
      {
        name: 'Pr. indbygger',
        title: ['Horsens Kommune, Budget 2009: driftsudgifter pr. indbygger på de enkelte temaområder'],
        grid: perCapita,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: [{ kind: 'list', unit: null, priceLevel: null }],
        gotWhy: 'The unit in the per-inhabitant table\'s first heading cell ("Drift i alt pr. indbygger, hele kroner") is not taken.',
        planted: [{ at: [6, 3], value: 14563, finds: [] }],
      },
    ],
  };
}

/** Horsens Kommune, Budget 2010, drift: the same overview, whose grand total prints the wrong figure in one column. */
function horsensDrift2010() {
  const rows = [
    ['Beskæftigelsesområdet', 403620379, 388999786, 553025431],
    ['Børneområdet', 506123746, 528400140, 576647519],
    ['Kultur- og Fritidsområdet', 104718707, 122790929, 130022033],
    ['Teknik- og Miljøområdet', 94112755, 107191417, 110820910],
    ['Beredskab', 16591805, 19235532, 17318112],
    ['Sundhedsfremme', 158819819, 182293123, 187617621],
    ['Voksenserviceområdet', 1121630186, 1166619063, 1252597573],
    ['Undervisningsområdet', 744134850, 783628063, 813042621],
    ['Administrationsområdet', 381259488, 421850272, 447984444],
    ['Diverse øvrige udgifter og indtægter', 28722374, 49817415, 31011492],
  ];
  const skat = [3559734109, 3770825740, 4120087756];
  const takst = [-69491732, -38095393, -5148410];
  const grand = [3490242377, -38095393, 4114939346];
  const grid = horsensDriftGrid('hele kroner', [2008, 2009, 2010], rows, skat, 'Vand, spildevand, affald og genbrug (Fra 2010 kun affald og genbrug)', takst, grand);
  for (let c = 1; c <= 3; c++) {
    expectSum(`horsens 2010 skat col ${c}`, skat[c - 1], rows.map((r) => r[c]), 0, 0);
    if (c !== 2) expectSum(`horsens 2010 grand col ${c}`, grand[c - 1], [skat[c - 1], takst[c - 1]], 0, 0);
  }
  // The published slip: Driftsvirksomhed i alt, Budget 2009, repeats the takstfinansieret figure.
  if (grand[1] === skat[1] + takst[1]) throw new Error('horsens 2010: the grand total was published right');
  return {
    name: 'horsens-drift-2010',
    template: 'generic',
    docx: true,
    notes:
      'Municipal budget overview (Horsens Kommune, Budget 2010, drift): the layout of horsens-drift-2009 (two heading rows, budget variant over price level per column, the unit in the first heading cell, two sections with their own "I alt" and "Driftsvirksomhed i alt" over them), the takstfinansieret line carrying a remark in parentheses. Published error: "Driftsvirksomhed i alt" for Budget 2009 is printed -38.095.393 — the takstfinansieret figure repeated — where I alt skattefinansieret + I alt takstfinansieret = 3.770.825.740 − 38.095.393 = 3.732.730.347 (the figure Horsens printed for Budget 2009 on its Budget 2009 page). Kept as printed and listed under `published`. Planted: Beskæftigelsesområdet Regnskab 2008 typed 430.620.379 for 403.620.379 (I alt skattefinansieret no longer agrees); Driftsvirksomhed i alt Regnskab 2008 typed 3.490.224.377 for 3.490.242.377.',
    sheets: [
      {
        name: 'Drift',
        title: ['Horsens Kommune, Budget 2010: driftsvirksomheden fordelt på områder'],
        grid,
        headerRows: 2,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        published: [{ at: [18, 2], rule: 'TOTAL_MISMATCH', note: 'Driftsvirksomhed i alt, Budget 2009: 3.770.825.740 + (−38.095.393) = 3.732.730.347, printed −38.095.393' }],
        got: [{ kind: 'list', unit: null, priceLevel: null }],
        gotWhy: DRIFT_GOT_WHY,
        gotDocx: [{ kind: 'list', unit: null, priceLevel: null }],
        gotDocxWhy: DRIFT_GOT_WHY,
        planted: [
          { at: [2, 1], value: 430620379, finds: [['TOTAL_MISMATCH', [12, 1]]] },
          { at: [18, 1], value: 3490224377, finds: [['TOTAL_MISMATCH', [18, 1]]] },
        ],
      },
    ],
  };
}

/** Horsens Kommune, Budget 2009, Kultur- og Fritidsområdet: account numbers in the labels, the unit under an empty first heading cell. */
function horsensKultur2009() {
  const grid = [
    [null, 'Regnskab 2007', 'Budget 2008', 'Budget 2009'],
    ['Hele kroner', '2007-priser', '2008-priser', '2009-priser'],
    ['00.25.13 Andre faste ejendomme', 915465, 715456, 302568],
    ['00.32.31 Stadions, idrætsanlæg og svømmehaller', 27098172, 27281040, 29943931],
    ['03.32.50 Folkebiblioteker', 33923219, 33891893, 35572034],
    ['03.35.60 Museer', 17212679, 8418908, 9839388],
    ['03.35.62 Teatre', 10249225, 10873223, 11543616],
    ['03.35.63 Musikarrangementer', 4636280, 4766426, 5364333],
    ['03.35.64 Andre kulturelle opgaver', 10978068, 7482994, 7617585],
    ['03.38.70 Folkeoplysning m.v., fælles formål', 10531, 92224, 5176036],
    ['03.38.72 Folkeoplysende voksenundervisning', 3749373, 4194336, 3375024],
    ['03.38.73 Frivilligt folkeoplysende foreningsarbejde', 3266966, 3417193, 3560714],
    ['03.38.74 Lokaletilskud', 7909665, 8907762, 9282411],
    ['03.38.75 Fritidsaktiviteter udenfor folkeoplysningsloven', 971321, 1110489, 1213289],
    ['I alt', 120920964, 111151944, 122790929],
  ];
  for (let c = 1; c <= 3; c++) expectSum(`horsens kultur col ${c}`, grid[14][c], grid.slice(2, 14).map((r) => r[c]), 0, 0);
  return {
    name: 'horsens-kultur-2009',
    template: 'generic',
    docx: true,
    notes:
      'Municipal budget by function (Horsens Kommune, Budget 2009, Kultur- og Fritidsområdet): each label starts with the account number of the kommunale kontoplan ("03.35.60 Museer"); two heading rows — the budget variants over an empty first cell, then the unit "Hele kroner" in the first cell and the price level of each column; "I alt" at the foot. The stored page prints the 2007 total as 120.920.964 (the drift overview of the same budget prints 120.920.970 for the area: the two pages disagree, each table is right in itself). Kind: list (budget variants of different years, no follow-up); unit kr.; the price level differs by column. Planted: Museer Budget 2008 typed 8.481.908 for 8.418.908 (I alt no longer agrees); I alt Budget 2009 typed 122.709.929 for 122.790.929.',
    sheets: [
      {
        name: 'Kultur og fritid',
        title: ['Horsens Kommune, Budget 2009: Kultur- og Fritidsområdet'],
        grid,
        headerRows: 2,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: [{ kind: 'list', unit: null, priceLevel: null }],
        gotWhy: 'The unit "Hele kroner" in the first cell of the second heading row is not taken.',
        gotDocx: [{ kind: 'list', unit: null, priceLevel: null }],
        gotDocxWhy: 'The unit "Hele kroner" in the first cell of the second heading row is not taken.',
        planted: [
          { at: [5, 2], value: 8481908, finds: [['TOTAL_MISMATCH', [14, 2]]] },
          { at: [14, 3], value: 122709929, finds: [['TOTAL_MISMATCH', [14, 3]]] },
        ],
      },
    ],
  };
}

/** Horsens Kommune, Budget 2008: what the skattefinansierede område spends and how it is financed, drift by område, takstfinansieret drift. */
function horsensBudget2008() {
  // The years are printed as years ("2007"), never grouped as amounts.
  const year = (y) => ({ v: y, fmt: '0' });
  const head = (first) => [
    [first, year(2007), year(2008)],
    [null, '2007-priser', '2008-priser'],
  ];
  const grid = [
    ['Skattefinansieret område', null, null],
    ...head('kr.'),
    ['Drift', 3336648092, 3558885659],
    ['Anlæg', 310192000, 314382000],
    ['Afdrag på lån', 89298126, 63023688],
    ['Renter', 18715461, 32510275],
    ['Grundbidrag vedrørende sundhedsvæsenet', 86856000, 90833743],
    ['Udviklingsbidrag til regionen', 8676000, 9059323],
    ['I alt', 3850385679, 4068694688],
    [null, null, null],
    ['Finansiering', null, null],
    ...head('kr.'),
    ['Forbrug af kassebeholdningen', 124075706, 62387821],
    ['Finansforskydninger', -410653, 747052],
    ['Optagelse af lån', 148240000, 201000000],
    ['Tilskud og udligning', 901374000, 934117000],
    ['Skatter', 2677106626, 2870442804],
    ['I alt', 3850385679, 4068694677],
    [null, null, null],
    ['Skattefinansieret drift', null, null],
    ['kr.', null, null],
    ...head('Område'),
    ['Beskæftigelsesområdet', 359654239, 380339677],
    ['Børneområdet', 465780607, 501917509],
    ['Kultur- og fritidsområdet', 111447817, 116907049],
    ['Teknik og miljøområdet', 79969721, 94261641],
    ['Beredskab', 14692061, 15503382],
    ['Sundhedsfremmeområdet', 143858541, 173393783],
    ['Voksenserviceområdet', 1043053682, 1097892593],
    ['Undervisningsområdet', 698067161, 727268350],
    ['Administrationsområdet', 385162716, 405909508],
    ['Diverse øvrige udgifter og indtægter', 34961547, 45492167],
    ['I alt', 3336648092, 3558885659],
    [null, null, null],
    ['Takstfinansieret drift', null, null],
    ...head('kr.'),
    ['Vand, spildevand, affald og genbrug', -29655554, -39692783],
    ['I alt, takstfinansieret', -29655554, -39692783],
  ];
  const blocks = [
    [3, 8, 9],
    [14, 18, 19],
    [25, 34, 35],
    [40, 40, 41],
  ];
  for (const [a, b, t] of blocks) for (const c of [1, 2]) expectSum(`horsens 2008 row ${t} col ${c}`, grid[t][c], grid.slice(a, b + 1).map((r) => r[c]), 0, 0);
  return {
    name: 'horsens-budget-2008',
    template: 'generic',
    docx: true,
    notes:
      'Municipal budget summary (Horsens Kommune, Budget 2008): four small tables on one page, each under its own title — what the skattefinansierede område spends (drift, anlæg, afdrag, renter, grundbidrag and udviklingsbidrag to the region), how it is financed (kassebeholdning, finansforskydninger, lån, tilskud og udligning, skatter; one line negative), the skattefinansierede drift by område, and the takstfinansierede drift (one negative line and its "I alt, takstfinansieret"). Each has two heading rows: the years 2007 and 2008 (numbers) beside "kr." (or "Område"), and the price level of each column under them. The spending and the financing are each right in themselves but print 4.068.694.688 and 4.068.694.677 for 2008 (11 kr. apart: two tables, two sums; no error in either). Kind: list (budget variants of different years, no follow-up); unit kr.; the price level differs by column. Planted: Renter 2008 typed 32.150.275 for 32.510.275 (the spending I alt no longer agrees); Skatter 2007 typed 2.677.160.626 for 2.677.106.626 (the financing I alt no longer agrees); Beredskab 2008 typed 15.530.382 for 15.503.382 (the drift I alt no longer agrees); I alt, takstfinansieret 2007 typed -29.565.554 for -29.655.554.',
    sheets: [
      {
        name: 'Budget 2008',
        title: ['Horsens Kommune, Budget 2008'],
        grid,
        headerRows: 3,
        formats: { 2: WHOLE, 3: WHOLE },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        tables: 4,
        planted: [
          { at: [6, 2], value: 32150275, finds: [['TOTAL_MISMATCH', [9, 2]]] },
          { at: [18, 1], value: 2677160626, finds: [['TOTAL_MISMATCH', [19, 1]]] },
          { at: [29, 2], value: 15530382, finds: [['TOTAL_MISMATCH', [35, 2]]] },
          { at: [41, 1], value: -29565554, finds: [['TOTAL_MISMATCH', [41, 1]]] },
        ],
      },
    ],
  };
}

/** Horsens Kommune, Budget 2011, anlæg: three short lists whose amounts carry "kr.", separated by sentences. */
function horsensAnlaeg2011() {
  const k = (x) => ({ v: x, fmt: KR });
  const grid = [
    ['Udgiftsrammen er fordelt således:', null],
    ['Areal- og bygningserhvervelse og samt byggemodning', k(22745000)],
    ['Byfornyelse/boligforbedring, servicearealer til ældreboliger, folkeskoler og daginstitutioner', k(113756000)],
    ['Øvrige skattefinansierede arbejder', k(44868000)],
    ['Forsyningsvirksomheder', k(11557000)],
    ['I alt', k(192926000)],
    [null, null],
    ['Finansieringen er skønnet således (efter fradrag af anlægsindtægter på 12.940.000 kr. ekskl. salg af grunde og bygninger):', null],
    ['Forbrug af likvide aktiver', k(689000)],
    ['Optagelse af lån', k(22600000)],
    ['Salg af grunde (kontant) m.v.', k(40000000)],
    ['Afholdt af skatteudskrivningen', k(111133000)],
    ['Indtjent via drift af affaldshåndtering', k(5564000)],
    ['I alt', k(179986000)],
    [null, null],
    ['Anlægsramme for det takstfinansierede område', null],
    ['Nettodriftsudgifterne for affaldshåndtering iflg. budgettet', k(5564000)],
    ['Forskydninger i mellemregning med Horsens Kommune', k(5993000)],
    ['I alt', k(11557000)],
  ];
  for (const [a, b, t] of [[1, 4, 5], [8, 12, 13], [16, 17, 18]]) expectSum(`horsens anlæg 2011 row ${t}`, num(grid[t][1]), grid.slice(a, b + 1).map((r) => num(r[1])), 0, 0);
  return {
    name: 'horsens-anlaeg-2011',
    template: 'generic',
    docx: true,
    notes:
      'Municipal anlæg budget (Horsens Kommune, Budget 2011, anlæg): three short lists on one page, each under a sentence that says what follows (how the udgiftsramme is divided, how it is financed, the takstfinansierede anlægsramme), each with its "I alt"; the amounts carry "kr." (numbers formatted #,##0 "kr." in the workbook, "22.745.000 kr." in Word). No heading row. Cross-references between the lists are not sums: the first list\'s Forsyningsvirksomheder (11.557.000) is the third list\'s I alt, and the financing line "Indtjent via drift af affaldshåndtering" (5.564.000) is the third list\'s first line. Kind: list; unit kr.; no price level. Planted: Øvrige skattefinansierede arbejder typed 44.686.000 for 44.868.000 (the first I alt no longer agrees); the financing I alt typed 179.896.000 for 179.986.000; Forskydninger i mellemregning typed 5.939.000 for 5.993.000 (the third I alt no longer agrees).',
    sheets: [
      {
        name: 'Anlæg 2011',
        title: ['Horsens Kommune, Budget 2011: anlæg', 'Rammer for rådighedsbeløb til anlægsarbejder 2011: 139.986.000 kr. netto (bruttoudgift 192.926.000 kr., indtægt 52.940.000 kr.).'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        tables: 3,
        got: [{ kind: 'list', unit: 'kr.', priceLevel: null }],
        gotWhy: 'The three lists, each under its own sentence, are read as one table (A4:B22): the sentences between them (text alone in the label column) do not end a list.',
        gotDocx: [{ kind: 'list', unit: 'kr.', priceLevel: null }],
        gotDocxWhy: 'The three lists, each under its own sentence, are read as one table (A1:B19): the sentences between them (text alone in the label column) do not end a list.',
        planted: [
          { at: [3, 1], value: k(44686000), finds: [['TOTAL_MISMATCH', [5, 1]]] },
          { at: [13, 1], value: k(179896000), finds: [], missed: [['TOTAL_MISMATCH', [13, 1], SENTENCE_WHY]] },
          { at: [17, 1], value: k(5939000), finds: [], missed: [['TOTAL_MISMATCH', [18, 1], SENTENCE_WHY]] },
        ],
      },
    ],
  };
}

/** Horsens Kommune, Budget 2009, anlæg: two lists whose amounts carry "kr."; one amount in whole kroner with odd digits. */
function horsensAnlaeg2009() {
  const k = (x) => ({ v: x, fmt: KR });
  const grid = [
    ['Udgiftsrammen er fordelt således:', null],
    ['Areal- og bygningserhvervelse og samt byggemodning', k(65200000)],
    ['Byfornyelse/boligforbedring, servicearealer til ældreboliger, folkeskoler og daginstitutioner', k(132344000)],
    ['Øvrige skattefinansierede arbejder', k(40688000)],
    ['Forsyningsvirksomheder', k(72599000)],
    ['I alt', k(310831000)],
    [null, null],
    ['Finansieringen er skønnet således (efter fradrag af anlægsindtægter på 78.274.000 kr. ekskl. salg af grunde):', null],
    ['Forbrug af likvide aktiver', k(36133000)],
    ['Optagelse af lån', k(69503607)],
    ['Salg af grunde (kontant) m.v.', k(84500000)],
    ['Afholdt af skatteudskrivningen', k(22420393)],
    ['Indtjent via drift til spildevandsanlæg m.v.', k(20000000)],
    ['I alt', k(232557000)],
  ];
  for (const [a, b, t] of [[1, 4, 5], [8, 12, 13]]) expectSum(`horsens anlæg 2009 row ${t}`, num(grid[t][1]), grid.slice(a, b + 1).map((r) => num(r[1])), 0, 0);
  return {
    name: 'horsens-anlaeg-2009',
    template: 'generic',
    notes:
      'Municipal anlæg budget (Horsens Kommune, Budget 2009, anlæg): two lists, each under a sentence, each with its "I alt"; amounts carry "kr."; the financing has two amounts with odd kroner (69.503.607 and 22.420.393) that only together make whole thousands. Kind: list; unit kr.; no price level. Planted: Byfornyelse typed 123.344.000 for 132.344.000 (the first I alt no longer agrees); Optagelse af lån typed 69.503.670 for 69.503.607 (the second I alt is 63 kr. off).',
    sheets: [
      {
        name: 'Anlæg 2009',
        title: ['Horsens Kommune, Budget 2009: anlæg', 'Rammer for rådighedsbeløb til anlægsarbejder 2009: 148.057.000 kr. (bruttoudgift 310.831.000 kr., indtægt 162.774.000 kr.).'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        tables: 2,
        got: [{ kind: 'list', unit: 'kr.', priceLevel: null }],
        gotWhy: 'The two lists, each under its own sentence, are read as one table (A4:B17): the sentence between them does not end the first list.',
        planted: [
          { at: [2, 1], value: k(123344000), finds: [['TOTAL_MISMATCH', [5, 1]]] },
          { at: [9, 1], value: k(69503670), finds: [], missed: [['TOTAL_MISMATCH', [13, 1], SENTENCE_WHY]] },
        ],
      },
    ],
  };
}

/** A municipality's anlægsregnskab for watercourse works 2014 (byrådsmateriale): År | Anlægsbevilling | Forbrug | Afvigelse, one line. */
function anlaegsregnskabVandloeb2014() {
  const grid = [
    ['År', 'Anlægsbevilling', 'Forbrug', 'Afvigelse'],
    [{ v: 2014, fmt: '0' }, 2641905, 2630508, -11397],
  ];
  expectSum('anlægsregnskab afvigelse', grid[1][3], [grid[1][2], -grid[1][1]], 0, 0);
  return {
    name: 'anlaegsregnskab-vandloeb-2014',
    template: 'generic',
    docx: true,
    notes:
      'Municipal anlægsregnskab (a Zealand municipality\'s byrådsmateriale, watercourse works — Åsidebækken, Tamosebæk, Harrested Å and others — 2014; the municipality is not named on the stored page): one line under "År | Anlægsbevilling | Forbrug | Afvigelse"; the year stands in the label column (a number in the workbook), Afvigelse = Forbrug − Anlægsbevilling (-11.397: a mindreforbrug). Kind: followup (bevilling against forbrug); no unit in the table (whole kroner, as the sentence under it says: "mindreforbrug på 11.397 kr."). Planted: Afvigelse typed -11.937 for -11.397.',
    sheets: [
      {
        name: 'Anlægsregnskab',
        title: ['Anlægsregnskab: vandløbsprojekter 2014'],
        grid,
        after: ['Regnskabet viser et mindreforbrug på 11.397 kr.'],
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'followup',
        unit: null,
        priceLevel: null,
        planted: [
          {
            at: [1, 3],
            value: -11937,
            finds: [['DIFFERENCE_MISMATCH', [1, 3]]],
          },
        ],
      },
    ],
  };
}

/** Gentofte Kommune, takster for seniorer 2020 and 2021: cells holding two rates ("25,00/750,00" — pr. dag / pr. måned), three headed parts, note marks. */
function gentofteSeniorer2021() {
  const grid = [
    ['SERVICEYDELSER', 'Pr. dag / pr. måned 2020', 'Pr. dag / pr. måned 2021'],
    ['Morgenmad- og formiddagsforplejning', '25,00/750,00', '25,50/769'],
    ['Varm mad', '72,00/2.160,00', '73,50/2.212'],
    ['Kold mad', '41,00/1.230,00', '42,00/1.257'],
    ['Samlet forplejningsudgift pr. beboer højst 3.834 kr. pr. måned i 2021 (3.000 kr. i 2009-priser); fuld forplejningspakke giver 396 kr. pr. måned i prisnedslag.*', null, null],
    ['SERVICEYDELSER', 'Pr. måned 2020', 'Pr. måned 2021'],
    ['Kulturelle aktiviteter', 103.5, 105.0],
    ['Leje af linned (sengetøj og håndklæder)', 196.0, 198.0],
    ['Toiletartikler', 168.5, 170.0],
    ['Rengøringsartikler', 58.5, 59.0],
    ['Madservice', null, null],
    ['Hovedret* (kølet med udbringning to gange ugentligt)', 57.5, 58.5],
    ['Kommunens tilskud til madservice* (en daglig hovedret)', 2.5, 3.0],
    [null, null, null],
    ['DAGCENTER', 'Pr. gang 2020', 'Pr. gang 2021'],
    ['Med frokost og med kørsel', 103.0, 104.0],
    ['Med frokost og uden kørsel', 71.0, 72.0],
    ['Uden frokost og med kørsel', 77.0, 78.0],
    ['Uden frokost og uden kørsel', 45.0, 46.0],
    ['Øvrige takster', null, null],
    ['Ophold på daghjem med kørsel', 132.0, 133.0],
    ['Ophold på daghjem uden kørsel', 120.0, 121.0],
    ['Øvrige takster', null, null],
    ['Linnedservice for hjemmeboende', 379.5, 384.0],
    ['Omsorgstandpleje**', 45.0, 45.5],
    ['Betaling for forplejning ved midlertidigt ophold på Tranehaven', '125,30/3.759,00', '127,80/3.834'],
    ['Kørsel til og fra individuel træning efter SEL', 43.0, 44.0],
    ['Kørsel til og fra holdtræning efter SEL', 32.0, 32.5],
  ];
  return {
    name: 'gentofte-seniorer-2021',
    template: 'generic',
    docx: true,
    notes:
      'Municipal rates (Gentofte Kommune, "Takster for seniorer", 2020 and 2021): three headed parts (SERVICEYDELSER pr. dag / pr. måned; SERVICEYDELSER pr. måned; DAGCENTER pr. gang), section titles without amounts ("Madservice", "Øvrige takster" twice), note marks in labels ("Hovedret*", "Omsorgstandpleje**"), a sentence between two parts that holds amounts of its own (the cap on a resident\'s forplejning, paraphrased here), and cells that hold two rates at once — the daily and the monthly rate, "25,00/750,00" (text, as printed). Rates in kroner with two decimals, no unit in the table. No total and none due: the four dagcenter rates form a 2×2 (with/without lunch, with/without transport — 103 = 71 + 77 − 45, a price structure, no sum). Kind: list; no unit; no price level (2009-priser in the sentence is the cap\'s base, not the table\'s). Planted (traps, nothing is due): "Med frokost og med kørsel" 2020 typed 148,00 — the two rates under it (71 + 77); "Ophold på daghjem uden kørsel" 2021 typed 133,00 — the rate above it.',
    sheets: [
      {
        name: 'Seniorer',
        title: ['Gentofte Kommune, takster for seniorer', 'PLEJE, OMSORG, M.M.'],
        grid,
        formats: { 2: TWO_DECIMALS, 3: TWO_DECIMALS },
        kind: 'list',
        unit: null,
        priceLevel: null,
        tables: 3,
        got: [
          { kind: 'list', unit: null, priceLevel: 2009 },
          { kind: 'list', unit: null, priceLevel: null },
        ],
        gotWhy:
          'The first part (the daily and monthly rates written "25,00/750,00" in one cell) is not read at all — no table, no finding about its cells; the second part takes the price level 2009 from the sentence above it (the base year of the cap on a resident\'s forplejning, not the table\'s prices); the second and third parts are found.',
        gotDocx: [
          { kind: 'list', unit: null, priceLevel: 2009 },
          { kind: 'list', unit: null, priceLevel: null },
        ],
        gotDocxWhy:
          'The first part (the daily and monthly rates written "25,00/750,00" in one cell) is not read at all — no table, no finding about its cells; the second part takes the price level 2009 from the sentence above it (the base year of the cap on a resident\'s forplejning, not the table\'s prices); the second and third parts are found.',
        planted: [
          { at: [15, 1], value: 148.0, finds: [] },
          { at: [21, 2], value: 133.0, finds: [] },
        ],
      },
    ],
  };
}

/** Favrskov Kommune, takster for social- og sundhedsområdet: five small tables each under its own title with a "Ydelse | Kr." heading, two rates left empty. */
function favrskovTakster() {
  const head = ['Ydelse', 'Kr.'];
  const grid = [
    ['Kost for hjemmeboende', null],
    head,
    ['Hovedret hjemmeboende med udbringning', 51.0],
    ['Biret hjemmeboende med udbringning', 15.5],
    ['Hovedret hjemmeboende uden udbringning', 45.0],
    ['Biret hjemmeboende uden udbringning', 14.5],
    [null, null],
    ['Kost på plejecentre', null],
    head,
    ['Døgnkost plejecentre pr. måned', 3759.0],
    ['Døgnkost plejecentre pr. dag - dog max. 3.834 kr. pr måned. Dagstakst varierer derfor, afhængigt af antallet af dage i de enkelte måneder.', 123.24],
    [null, null],
    ['Aflastningsophold', null],
    head,
    ['Aflastningsophold', 141.78],
    [null, null],
    ['Tilskud samt priser i forbindelse med frit valg', null],
    ['Praktisk hjælp / pleje', null],
    head,
    ['Praktisk hjælp, hverdag pr. time', 377.3],
    ['Pleje, hverdag pr. time', null],
    ['Personlig pleje, øvrige tider pr. time', null],
    [null, null],
    ['Madservice', null],
    head,
    ['Madservice med udbringning til hjemmet, biret', 17.5],
    ['Madservice med udbringning til hjemmet, hovedret', 61.5],
    ['Madservice uden udbringning til hjemmet, biret', 15.0],
    ['Madservice uden udbringning til hjemmet, hovedret', 53.0],
  ];
  return {
    name: 'favrskov-takster',
    template: 'generic',
    docx: true,
    notes:
      'Municipal rates (Favrskov Kommune, "Takster for social- og sundhedsområdet"; no year on the stored page): five small tables, each under its own title and each with the heading "Ydelse | Kr." (the unit as the amount column\'s heading, repeated per table); a super-title over the last two ("Tilskud samt priser i forbindelse med frit valg"); a label that carries an amount and a sentence ("… dog max. 3.834 kr. pr måned …"); two rates left empty as published (pleje pr. time); a table of one line whose label repeats its title ("Aflastningsophold"). Rates in kroner with two decimals; no total and none due. Kind: list; unit kr.; no price level. Planted (traps, nothing is due): the last madservice rate typed 94,00 — the three rates above it (17,50 + 61,50 + 15,00); Hovedret hjemmeboende uden udbringning typed 66,50 — the two rates above it (51,00 + 15,50).',
    sheets: [
      {
        name: 'Social og sundhed',
        title: ['Favrskov Kommune, takster for social- og sundhedsområdet'],
        grid,
        formats: { 2: TWO_DECIMALS },
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        tables: 5,
        planted: [
          { at: [28, 1], value: 94.0, finds: [] },
          { at: [4, 1], value: 66.5, finds: [] },
        ],
      },
    ],
  };
}

/** Region Syddanmark, takstblad for Specialcenter Syddanmark 2022: basistakster carrying "kr.", and ydelsespakker numbered in the first column beside the hours they stand for. */
function regionSyddanmarkSpecialcenter2022() {
  const k = (x) => ({ v: x, fmt: KR });
  const basis = [
    ['Basis takster', null],
    ['Fuglemajgård, basistakst, døgn', k(1093)],
    ['Kompasrosen, basistakst, døgn', k(1222)],
    ['Kompasrosen, basistakst, dag', k(355)],
    ['Midgaardhus §108, basistakst, døgn', k(1370)],
    ['Midgaardhus §107, basistakst, døgn', k(1015)],
    ['Midgaardhus, basistakst, dag', k(283)],
    ['Østruplund, basistakst, døgn', k(995)],
    ['Østruplund, basistakst, dag', k(231)],
    ['Børne- og Ungehusene Udby, basistakst, døgn', k(1409)],
    ['Børne- og Ungehusene Udby §107, basistakst, døgn', k(1275)],
  ];
  const pakker = [['Ydelsespakkenummer', 'Timer pr. uge (til og med)', 'Takst pr. døgn']];
  const takst = [159, 476, 793, 1110, 1427, 1744, 2061];
  takst.forEach((t, i) => pakker.push([i + 1, 7 * (i + 1), k(t)]));
  // The rates step by the published price interval of 317 kr. per døgn (the first is half of it, rounded).
  for (let i = 1; i < takst.length; i++) if (takst[i] - takst[i - 1] !== 317) throw new Error('specialcenter: the step is not 317');
  return {
    name: 'region-syddanmark-specialcenter-2022',
    template: 'generic',
    docx: true,
    notes:
      'Regional rates (Region Syddanmark, "Takstblad for Specialcenter Syddanmark", 2022 prisniveau, all rates pr. døgn): the basistakster of the centre\'s offers, each amount carrying "kr." (a number formatted #,##0 "kr." in the workbook), and the ydelsespakker of its døgntilbud: the package number in the first column (1, 2, 3 …), the hours per week it covers (7,0, 14,0 … — a measure, not an amount) and the rate pr. døgn; each rate is the one before it plus the price interval of 317 kr. (the first is half of it), so package 3 is packages 1 + 2 in the number and hours columns but not in the rate — no total, none due. The stored copy stops after package 7. Kind: list; unit kr.; price level 2022 (stated above the tables). Planted (traps, nothing is due): Midgaardhus dag typed 2.385 — the two basistakster above it (1.370 + 1.015); package 4 typed 1.101 for 1.110 (the step is broken, but no sum is).',
    sheets: [
      {
        name: 'Basistakster',
        title: ['Region Syddanmark, takstblad for Specialcenter Syddanmark', 'Taksterne er i 2022 prisniveau. Alle takster er pr. døgn.'],
        grid: basis,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: 2022,
        planted: [{ at: [6, 1], value: k(2385), finds: [] }],
      },
      {
        name: 'Ydelsespakker døgn',
        title: ['Region Syddanmark, Specialcenter Syddanmark: ydelsespakketakster, døgntilbud (2022 prisniveau)'],
        grid: pakker,
        formats: { 2: ONE_DECIMAL },
        kind: 'list',
        unit: 'kr.',
        priceLevel: 2022,
        got: [{ kind: 'list', unit: null, priceLevel: 2022 }],
        gotWhy: 'The ydelsespakker table gets no unit although every rate carries "kr." (formatted #,##0 "kr."; the basistakster, formatted the same way, get kr.): the unit is lost beside a numbered first column and a column of hours.',
        planted: [{ at: [4, 2], value: k(1101), finds: [] }],
      },
    ],
  };
}

/** Region Nordjylland, Specialsektoren, Østerskoven: pairs of rates under each offer, "kr." in front, "pr. time"/"pr. døgn" behind. */
function rnOesterskovenTakster() {
  const kb = (x) => ({ v: x, fmt: KR_BEFORE });
  const pr = (x, what) => ({ v: x, fmt: `"kr. "#,##0.00" ${what}"` });
  const grid = [
    ['Medfødt hjerneskade, §107', null],
    ['Basistakst', kb(3187)],
    ['Ydelsestakst', pr(402, 'pr. time')],
    ['Medfødt hjerneskade, §107, kombineret med STU', null],
    ['Basistakst', kb(2487)],
    ['Ydelsestakst', kb(402)],
    ['STU, kombineret med §107', null],
    ['Basistakst', kb(569)],
    ['Ydelsestakst', kb(402)],
    ['STU', null],
    ['Basistakst', kb(1039)],
    ['Ydelsestakst', kb(402)],
    ['Erhvervet hjerneskade, §107', null],
    ['Basistakst', kb(3355)],
    ['Ydelsestakst', kb(459)],
    ['Børn- og ungetillæg', null],
    [null, pr(223, 'pr. døgn')],
  ];
  return {
    name: 'rn-oesterskoven-takster',
    template: 'generic',
    notes:
      'Regional rates (Region Nordjylland, Specialsektoren, Østerskoven, "Takster"; no year on the stored page): under each offer (a title alone in the label column) a basistakst and a ydelsestakst, the amount with "kr." in front (and "pr. time" behind the first ydelsestakst), the same label ("Basistakst", "Ydelsestakst") in every section; the last rate (Børn- og ungetillæg, "Kr. 223,00 pr. døgn") has no label of its own, as printed. No total and none due. Kind: list; unit kr.; no price level. Planted (traps, nothing is due): the STU basistakst typed 3.056 — the two basistakster above it (2.487 + 569); the ydelsestakst of erhvervet hjerneskade typed 804 — two ydelsestakster of 402.',
    sheets: [
      {
        name: 'Takster',
        title: ['Region Nordjylland, Specialsektoren: Østerskoven, takster'],
        grid,
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [10, 1], value: kb(3056), finds: [] },
          { at: [14, 1], value: kb(804), finds: [] },
        ],
      },
    ],
  };
}

/** Region Midtjylland, Årsrapport 2010, "Region Midtjylland i overblik": costs by area with their total, and key figures whose unit stands in each label beside an index column. */
function regionMidtjyllandOverblik2010() {
  const areas = [
    ['Omkostninger i mio. kr.', null],
    ['Hospitaler m.v.', 16900],
    ['Primær sundhed i øvrigt', 3173],
    ['Sygesikringsmedicin', 1621],
    ['Behandlingspsykiatri', 1596],
    ['Sociale tilbud', 1471],
    ['Regional Udvikling', 585],
    ['Driftsomkostninger i alt', 25346],
  ];
  expectSum('midtjylland areas', areas[7][1], areas.slice(1, 7).map((r) => r[1]), 0, 0);
  const keys = [
    ['Årets priser', 'Regnskab 2010', 'Regnskab 2009', 'Indeks 2010/2009'],
    ['Koncerntal', null, null, null],
    ['Driftsomkostninger i alt før finansiering (mio. kr.)', 25346, 24780, 102],
    ['Egenkapital (mio. kr.)', 1534, 1673, 92],
    ['Den gennemsnitlige likviditet pr. dag (mio. kr.)', 1152, 1491, 77],
    ['Personaleforbrug i alt (fuldtidsstillinger)', 27211, 26925, 101],
    ['Indbyggere pr. 1. juli det pågældende år', 1255876, 1249890, 100],
    [null, null, null, null],
    ['Sundhed, Somatik', null, null, null],
    ['Faste priser, pl-2009 til 2010 = 2,7%', 'Regnskab 2010', 'Regnskab 2009', 'Indeks 2010/2009'],
    ['Nettodriftsudgifter til somatisk hospitalsdrift (mio. kr.)', 13743, 13660, 101],
    ['Udgifter pr. indbygger til hospitalsdrift (kr.)', 10943, 10928, 100],
    ['DRG værdi (mio. kr.)', 13077, 12287, 106],
    ['Udgifter til almen læger og speciallæger i alt (mio. kr.)', 2296, 2281, 101],
  ];
  for (const r of [2, 3, 4, 5, 6, 10, 11, 12, 13]) {
    const idx = Math.round((keys[r][1] / keys[r][2]) * 100);
    if (Math.abs(idx - keys[r][3]) > 1) throw new Error(`midtjylland index row ${r}: ${idx} vs ${keys[r][3]}`);
  }
  return {
    name: 'region-midtjylland-overblik-2010',
    template: 'generic',
    docx: true,
    notes:
      'Regional accounts (Region Midtjylland, Årsrapport 2010, "Region Midtjylland i overblik"): the costs of 2010 by area (printed as the labels of a chart, "Omkostninger i mio. kr.", here as the list they are) with "Driftsomkostninger i alt: 25.346 mio. kr." = the six areas; and key figures: Regnskab 2010 | Regnskab 2009 | Indeks 2010/2009, the unit in each label and different by row ("(mio. kr.)", "(kr.)", "(fuldtidsstillinger)", a count of inhabitants with no unit), "Årets priser" in the first heading cell of the first part and "Faste priser, pl-2009 til 2010 = 2,7%" in that of the second (the 2009 figures are shown in 2010 prices), the index a ratio (never a sum). The stored copy stops inside the second part. Kinds: list. Unit: mio. kr. for the areas; none for the key figures (it differs by row). Planted: Behandlingspsykiatri typed 1.569 for 1.596 (Driftsomkostninger i alt no longer agrees); traps in the key figures (nothing due): Egenkapital 2010 typed 1.543 (its index 92 still holds); the index of the likviditet typed 29.',
    sheets: [
      {
        name: 'Områder',
        title: ['Region Midtjylland, Årsrapport 2010: Region Midtjylland i overblik', 'Regnskab 2010 fordelt på områder:'],
        grid: areas,
        formats: { 2: WHOLE },
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          {
            at: [4, 1],
            value: 1569,
            finds: [['TOTAL_MISMATCH', [7, 1]]],
          },
        ],
      },
      {
        name: 'Nøgletal',
        title: ['Region Midtjylland, Årsrapport 2010: økonomi og aktivitet'],
        grid: keys,
        formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE },
        kind: 'list',
        unit: null,
        priceLevel: null,
        tables: 2,
        planted: [
          { at: [3, 1], value: 1543, finds: [] },
          { at: [4, 3], value: 29, finds: [] },
        ],
      },
    ],
  };
}

/** Region Syddanmark, takstblad for Socialcenter Lillebælt 2023: basistakster, and ydelsespakker for døgn- and dagtilbud with a placeholder line ("13 -... | ... | ... kr."). */
function regionSyddanmarkLillebaelt2023() {
  const k = (x) => ({ v: x, fmt: KR });
  const head = ['Ydelsespakkenummer', 'Timer pr. uge (til og med)', 'Takst pr. døgn'];
  const doegn = [head];
  for (let i = 1; i <= 12; i++) doegn.push([i, 7 * i, k(175 + 349 * (i - 1))]);
  doegn.push(['13 -...', '...', '... kr.']);
  const dagHours = [2.3, 4.7, 7.0, 9.3, 11.7, 14.0, 16.3, 18.7, 21.0, 23.3];
  const dag = [head, ...dagHours.map((h, i) => [i + 1, h, k(58 + 116 * i)])];
  if (doegn[12][2].v !== 4014 || dag[10][2].v !== 1102) throw new Error('lillebælt: the published last rates are 4.014 and 1.102');
  return {
    name: 'region-syddanmark-lillebaelt-2023',
    template: 'generic',
    notes:
      'Regional rates (Region Syddanmark, "Takstblad for Socialcenter Lillebælt", 2023 prisniveau, all rates pr. døgn): five basistakster with "kr." behind, and two ydelsespakke tables (døgntilbud: packages 1–12 of 7 hours a week each, rates stepping by 349 kr. from 175; dagtilbud: packages 1–10 of 2,33 hours printed with one decimal, rates stepping by 116 kr. from 58); the døgntilbud table ends with a placeholder line "13 -... | ... | ... kr." (text in every cell: further packages at the same step). Package 3 is packages 1 + 2 in the number and hours columns, not in the rate: no total, none due. Kind: list; unit kr.; price level 2023. Planted (traps, nothing is due): døgntilbud package 3 typed 699 = 175 + 524 (the line is then the sum of the two above it in all three columns, and still no total); dagtilbud package 10 typed 1.120 for 1.102.',
    sheets: [
      {
        name: 'Basistakster',
        title: ['Region Syddanmark, takstblad for Socialcenter Lillebælt', 'Taksterne er i 2023 prisniveau. Alle takster er pr. døgn.'],
        grid: [
          ['Basistakster', null],
          ['Syrenparken, basistakst, døgn', k(878)],
          ['Kingstrup, basistakst, døgn', k(1572)],
          ['Kingstrup, basistakst, dag', k(418)],
          ['Pomonahuset Voksen, døgn', k(1212)],
          ['Pomonahuset Unge, døgn', k(1617)],
        ],
        formats: {},
        kind: 'list',
        unit: 'kr.',
        priceLevel: 2023,
        planted: [],
      },
      {
        name: 'Døgntilbud',
        title: ['Socialcenter Lillebælt: ydelsespakketakster, døgntilbud (2023 prisniveau)'],
        grid: doegn,
        formats: { 2: ONE_DECIMAL },
        kind: 'list',
        unit: 'kr.',
        priceLevel: 2023,
        got: [{ kind: 'list', unit: null, priceLevel: 2023 }],
        gotWhy: 'The ydelsespakker table gets no unit although every rate carries "kr." (formatted #,##0 "kr."): the unit is lost beside a numbered first column and a column of hours.',
        planted: [{ at: [3, 2], value: k(699), finds: [] }],
      },
      {
        name: 'Dagtilbud',
        title: ['Socialcenter Lillebælt: ydelsespakketakster, dagtilbud (2023 prisniveau)'],
        grid: dag,
        formats: { 2: ONE_DECIMAL },
        kind: 'list',
        unit: 'kr.',
        priceLevel: 2023,
        got: [{ kind: 'list', unit: null, priceLevel: 2023 }],
        gotWhy: 'The ydelsespakker table gets no unit although every rate carries "kr." (formatted #,##0 "kr."): the unit is lost beside a numbered first column and a column of hours.',
        planted: [{ at: [10, 2], value: k(1120), finds: [] }],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Sixth batch (the state): statistical yearbook and national-accounts tables, an input-output
// matrix, and the Ministry of Employment's rate pages.

/** Danmarks Statistik, Statistisk Årbog 1998, Tabel 432: section totals ("i alt") above their lettered parts, two price bases side by side. */
function dstBruttovaerditilvaekst1998() {
  const r = (label, xs) => [label, ...xs];
  const grid = [
    // The corner cells are empty, as in a real workbook (not empty strings: the checker reads those differently).
    [null, 'Årets priser', null, null, null, '1990-priser', null, null, null],
    [null, 1994, 1995, 1996, 1997, 1994, 1995, 1996, 1997],
    r('1. Landbrug fiskeri og råstofudvinding i alt', [34977, 38854, 43134, 49872, 45770, 48057, 49909, 51267]),
    r('a. Landbrug og gartneri og skovbrug', [25223, 28857, 29390, 30824, 32272, 34127, 34687, 34579]),
    r('b. Fiskeri', [1688, 1993, 2479, 3166, 2674, 2447, 2234, 2059]),
    r('c. Råstofudvinding', [8067, 8004, 11265, 15882, 10824, 11483, 12988, 14629]),
    r('2. Industri i alt', [146739, 157749, 161999, 169580, 126580, 132899, 136697, 142654]),
    r('a. Nærings- og nydelsesmiddelfremstilling', [24137, 24574, 22985, 22522, 21796, 19719, 19636, 20884]),
    r('b. Tekstil-, beklædnings- og læderfremstilling', [5824, 6348, 5946, 5974, 5331, 5543, 5415, 5004]),
    r('c. Træ-, papir- og grafisk industri', [21565, 25463, 26045, 25603, 18228, 19998, 20050, 20398]),
    r('d. Mineralolie-, kemisk- og plastindustri mv.', [20358, 21572, 22198, 25244, 18742, 19976, 21214, 23184]),
    r('e. Sten-, ler- og glasindustri mv.', [7444, 7717, 8459, 9166, 5255, 5205, 5534, 6197]),
    r('f. Jern- og metalindustri', [56510, 61211, 65546, 69547, 48645, 53949, 56478, 58010]),
    r('g. Møbelindustri og anden industri', [10901, 10864, 10820, 11524, 8582, 8509, 8371, 8978]),
    r('3. Energi- og vandforsyning', [19029, 19439, 20465, 20774, 19799, 21380, 22307, 21754]),
    r('4. Bygge- og anlægsvirksomhed', [37217, 40684, 44902, 49569, 33804, 35029, 37266, 38904]),
  ];
  for (let c = 1; c <= 8; c++) {
    expectSum(`dst432 landbrug ${c}`, grid[2][c], grid.slice(3, 6).map((x) => x[c]), 1.5, 0);
    expectSum(`dst432 industri ${c}`, grid[6][c], grid.slice(7, 14).map((x) => x[c]), 3.5, 0);
  }
  return {
    name: 'dst-bruttovaerditilvaekst-1998',
    template: 'generic',
    docx: true,
    notes:
      'State (Danmarks Statistik, Statistisk Årbog 1998, Tabel 432 "Bruttoværditilvækst, fordelt på erhverv", the first four sections): two heading rows — the price basis ("Årets priser", "1990-priser") over the years 1994–1997, each basis over four columns — and no unit printed in the stored copy (the figures are mio. kr.). Each numbered section\'s "i alt" row stands ABOVE its lettered parts ("a.", "b.", "c." …); sections 3 and 4 have no parts. Figures are rounded separately (1 off): rounding. The stored copy is an OCR text of the printed book; obvious OCR slips in the labels are set right ("Rãstof udvinding", "plastundustri"), figures are as printed. Kind: list. Planted: "b. Fiskeri" 1996 (årets priser) typed 2.749 for 2.479 (the section total above no longer agrees); "2. Industri i alt" 1995 (1990-priser) typed 123.899 for 132.899. The two corner cells of the heading rows are empty.',
    sheets: [
      {
        name: 'Tabel 432',
        title: ['Tabel 432.', 'Bruttoværditilvækst, fordelt på erhverv'],
        grid,
        headerRows: 2,
        // The years of the second heading row are typed as years (1994, not 1.994).
        headingRows: 2,
        formats: Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9].map((c) => [c, WHOLE])),
        kind: 'list',
        unit: null,
        priceLevel: null,
        got: [{ kind: 'list', unit: null, priceLevel: 1990 }],
        gotWhy: 'the price level is taken from the group heading "1990-priser" over the last four columns, though the first four are in årets priser: a table with two price bases has no one price level.',
        gotDocx: [{ kind: 'list', unit: null, priceLevel: 1990 }],
        gotDocxWhy: 'in Word likewise: the price level of the second group heading is taken for the whole table.',
        planted: [
          { at: [4, 3], value: 2749, finds: [['TOTAL_MISMATCH', [2, 3]]] },
          { at: [6, 6], value: 123899, finds: [['TOTAL_MISMATCH', [6, 6]]] },
        ],
      },
    ],
  };
}

/** Grønlands Statistik, Nationalregnskab 2003-2018, Oversigt 7: two blocks under one year heading, each with its total above its two parts. */
function groenlandOffentligtForbrug() {
  const years = [2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012];
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['', ...years],
    ['Korrigerede værdier - Løbende priser, mio. kr.'],
    r('Offentligt forbrug i alt', [4885, 5046, 5079, 5425, 5641, 6109, 6585, 6584, 6723, 6914]),
    r('Kollektivt forbrug', [1909, 1989, 2056, 2138, 2310, 2460, 2644, 2507, 2672, 2793]),
    r('Individuel forbrug, ikke-markedsmæssig', [2976, 3056, 3023, 3286, 3331, 3650, 3941, 4076, 4052, 4120]),
    [null],
    ['Hidtidige værdier - Løbende priser, mio.kr.'],
    r('Offentligt forbrug i alt', [4885, 5046, 5079, 5425, 5641, 6109, 6585, 6584, 6723, 6914]),
    r('Kollektivt forbrug', [1947, 1989, 2085, 2186, 2343, 2500, 2684, 2550, 2714, 2867]),
    r('Individuel forbrug, ikke-markedsmæssig', [2937, 3056, 2994, 3239, 3298, 3609, 3902, 4034, 4009, 4046]),
  ];
  for (let c = 1; c <= 10; c++) {
    expectSum(`gl forbrug korr ${c}`, grid[2][c], [grid[3][c], grid[4][c]], 1, 0);
    expectSum(`gl forbrug hidt ${c}`, grid[7][c], [grid[8][c], grid[9][c]], 1, 0);
  }
  return {
    name: 'groenland-offentligt-forbrug',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (Grønlands Statistik, Nationalregnskab 2003-2018, afsnit 3.3, Oversigt 7 "Flytning fra kollektivt forbrug til individuelt forbrug", the years 2003–2012 of 2003–2015): one row of years over two blocks, each opened by a line that gives the price basis and unit in words ("Korrigerede værdier - Løbende priser, mio. kr.", "Hidtidige værdier - Løbende priser, mio.kr."); in each block the total ("Offentligt forbrug i alt") stands ABOVE its two parts. The two blocks have the same totals and different parts (the revision moved consumption between them): the blocks must never be added together. Figures are rounded separately (1 off): rounding. Kind: list; unit mio. kr.; current prices, no price level. Planted: "Kollektivt forbrug" 2007 (first block) typed 2.130 for 2.310; "Offentligt forbrug i alt" 2010 (second block) typed 6.548 for 6.584.',
    sheets: [
      {
        name: 'Oversigt 7',
        title: ['Oversigt 7. Flytning fra kollektivt forbrug til individuelt forbrug'],
        grid,
        formats: Object.fromEntries(years.map((_, i) => [i + 2, WHOLE])),
        tables: 2,
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        got: [
          { kind: 'list', unit: null, priceLevel: null },
          { kind: 'list', unit: 'mio. kr.', priceLevel: null },
        ],
        gotWhy: 'the first block\'s unit is not taken from its opening line ("Korrigerede værdier - Løbende priser, mio. kr.", the row between the years and the block\'s rows), while the second block\'s is (its opening line stands above it, like a title).',
        gotDocx: [
          { kind: 'list', unit: null, priceLevel: null },
          { kind: 'list', unit: 'mio. kr.', priceLevel: null },
        ],
        gotDocxWhy: 'in Word likewise: the first block\'s unit line is not taken, the second block\'s is.',
        planted: [
          { at: [3, 5], value: 2130, finds: [['TOTAL_MISMATCH', [2, 5]]] },
          { at: [7, 8], value: 6548, finds: [['TOTAL_MISMATCH', [7, 8]]] },
        ],
      },
    ],
  };
}

const IO_COLUMNS_CUT = 'the matrix is read over columns A–O only: the columns Eksport, Endelig anvendelse and I alt are outside the table, so their sums are not checked';

/** Grønlands Statistik, Input-output tabel 2018: a matrix whose sum columns (Total input, Endelig anvendelse, I alt) and last row add the rest. */
function groenlandInputOutput2018() {
  const D = '-';
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['', 'Fiskeri og fangst', 'Råstofudvinding', 'Industri', 'Forsyning og renovation', 'Bygge- og anlæg', 'Handel', 'Transport', 'Hoteller og restauranter', 'Post, tele, IT, radio, TV mv.', 'Finansiering og forretningsservice', 'Offentlige og personlige tjenester', 'Total input', 'Privat forbrug', 'Offentlig forbrug', 'Bruttoinvesteringer', 'Eksport', 'Endelig anvendelse', 'I alt'],
    r('Fiskeri og fangst', [17, 0, 991, 2, 3, 1, 2, 46, 4, 7, 138, 1210, 255, 0, 5, 3398, 3658, 4868]),
    r('Råstofudvinding', [0, 36, 2, 0, 4, 0, 0, 0, 0, 0, 0, 43, 1, 0, 152, 12, 165, 208]),
    r('Industri', [82, 0, 10, 2, 59, 2, 25, 30, 7, 4, 38, 259, 205, 0, -61, 1961, 2106, 2364]),
    r('Forsyning og renovation', [2, 3, 69, 27, 16, 63, 72, 21, 25, 10, 172, 480, 330, 122, -5, 4, 451, 930]),
    r('Bygge- og anlæg', [3, 2, 7, 39, 15, 34, 82, 12, 25, 163, 322, 705, 0, 0, 2646, 17, 2663, 3368]),
    r('Handel', [167, 7, 30, 63, 259, 53, 80, 56, 35, 45, 223, 1018, 1305, 0, 40, 67, 1412, 2431]),
    r('Transport', [122, 18, 53, 29, 58, 161, 537, 14, 66, 155, 536, 1749, 431, 33, 0, 1124, 1588, 3337]),
    r('Hoteller og restauranter', [29, 2, 3, 14, 7, 15, 19, 4, 31, 27, 98, 250, 472, 0, 0, 0, 472, 722]),
    r('Post, tele, IT, radio, TV mv.', [57, 5, 22, 27, 15, 51, 46, 14, 114, 147, 235, 733, 281, 68, 12, 169, 530, 1263]),
    r('Finansiering og forretningsservice', [63, 19, 22, 38, 115, 119, 108, 44, 74, 149, 383, 1134, 1434, 74, 427, 81, 2016, 3150]),
    r('Offentlige og personlige tjenester', [87, 4, 7, 14, 50, 21, 34, 2, 27, 27, 254, 527, 276, 8022, 49, 1, 8348, 8875]),
    r('Import', [688, 39, 184, 264, 732, 333, 864, 95, 174, 201, 1400, 4976, 2194, 5, 877, 693, 3770, 8745]),
    r('Turistkorrektion', [D, D, D, D, D, D, D, D, D, D, D, D, -624, D, D, 624, D, D]),
    r('Produktskatter, netto', [-6, -1, -26, 2, -7, -11, -30, 42, -6, -14, -36, -92, 383, 0, 53, 428, 864, 771]),
    r('Input i alt / endelig anv., køberpris', [1312, 133, 1375, 521, 1327, 841, 1839, 381, 578, 922, 3762, 12991, 6943, 8325, 4195, 8578, 28042, 41032]),
  ];
  const n = (x) => (typeof x === 'number' ? x : 0);
  for (let row = 1; row <= 15; row++) {
    const g = grid[row];
    expectSum(`io total input ${row}`, n(g[12]), g.slice(1, 12).map(n), 6, 0);
    expectSum(`io endelig ${row}`, n(g[17]), g.slice(13, 17).map(n), 2, 0);
    expectSum(`io i alt ${row}`, n(g[18]), [n(g[12]), n(g[17])], 1, 0);
  }
  for (let c = 1; c <= 18; c++) expectSum(`io column ${c}`, n(grid[15][c]), grid.slice(1, 15).map((g) => n(g[c])), 7, 0);
  return {
    name: 'groenland-input-output-2018',
    template: 'generic',
    notes:
      'Greenland, in Danish (Grønlands Statistik, "Input-output tabel for Grønland 2018", Tabel 1, mio. kr.): a matrix — eleven industries as rows and as columns, then the sum column "Total input" (the eleven industry columns), four columns of final use, the sum column "Endelig anvendelse" (those four) and "I alt" (Total input + Endelig anvendelse); below the industries the rows Import, Turistkorrektion (only "-" and a ±624 that cancel) and "Produktskatter, netto" (negative figures), and the last row "Input i alt / endelig anv., køberpris" adds every row above it, in every column. Column headings are industry names, no years. Figures are rounded separately (up to 2 off over eleven cells): rounding. Kind: list; unit mio. kr. (stated in the title); no price level. Planted: Industri\'s Eksport typed 1.691 for 1.961 (its Endelig anvendelse and the Eksport column total no longer agree); the grand "Total input" typed 12.919 for 12.991; Handel\'s purchase from Transport typed 800 for 80 (Handel\'s Total input and the Transport column total no longer agree).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1. Input-output tabel for Grønland 2018, mio. kr.'],
        grid,
        formats: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [i + 2, WHOLE])),
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        got: [{ kind: 'followup', unit: 'mio. kr.', priceLevel: null }],
        gotWhy: 'the matrix is read over columns A–O only (Bruttoinvesteringer, Eksport, Endelig anvendelse and I alt are dropped) and as kind followup, though it is no budget follow-up.',
        planted: [
          {
            at: [3, 16],
            value: 1691,
            finds: [],
            missed: [
              ['TOTAL_MISMATCH', [3, 17], IO_COLUMNS_CUT],
              ['TOTAL_MISMATCH', [15, 16], IO_COLUMNS_CUT],
            ],
          },
          { at: [15, 12], value: 12919, finds: [['TOTAL_MISMATCH', [15, 12]]] },
          {
            at: [6, 7],
            value: 800,
            finds: [],
            missed: [
              ['TOTAL_MISMATCH', [15, 7], 'the last row ("Input i alt …") is checked as a column sum in two columns only (Total input and Offentlig forbrug); the industry columns\' sums are not checked'],
              ['TOTAL_MISMATCH', [6, 12], 'a sum column ("Total input", the eleven industry columns to its left) is not checked across its row'],
            ],
          },
        ],
      },
    ],
  };
}

/** Beskæftigelsesministeriet, "Satser for 2017": blocks of rates, each under its own "… | Sats" heading, the unit (per month, day or week) inside each amount. */
function bmSatser2017() {
  const mnd = (x) => ({ v: x, fmt: '#,##0 "kr. pr. mnd."' });
  const dag = (x) => ({ v: x, fmt: '#,##0 "kr. pr. dag"' });
  const uge = (x) => ({ v: x, fmt: '#,##0 "kr. pr. uge"' });
  const grid = [
    ['Dagpenge, lønmodtagere', 'Sats'],
    ['Fuldtidsforsikrede', mnd(18403)],
    ['Deltidsforsikrede', mnd(12269)],
    ['Dimittend, fuldtidsforsikrede (med forsørgelsespligt)', mnd(15090)],
    ['Dimittend, deltidsforsikrede (med forsørgelsespligt)', mnd(10061)],
    ['Dimittend, fuldtidsforsikrede (uden forsørgelsespligt)', mnd(13158)],
    ['Dimittend, deltidsforsikrede (uden forsørgelsespligt)', mnd(8772)],
    ['Ungesats (fuldtidsforsikrede)', mnd(9202)],
    ['Ungesats (deltidsforsikrede)', mnd(6135)],
    [null],
    ['Dagpenge, selvstændige', 'Sats'],
    ['Maksimal sats', mnd(18403)],
    ['Mindstesats', mnd(15090)],
    ['Midlertidigt ophør (82 pct. sats)', mnd(15090)],
    [null],
    ['Arbejdsgivernes dagpengegodtgørelse (G-dage)', 'Sats'],
    ['Hel dagpengegodtgørelse', dag(849)],
    ['Halv dagpengegodtgørelse', dag(425)],
    [null],
    ['Efterløn', 'Sats'],
    ['Fuldtidsforsikrede (91 pct. sats)', dag(773)],
    ['Deltidsforsikrede (91 pct. sats)', dag(515)],
    ['Fuldtidsforsikrede (100 pct. sats)', dag(849)],
    ['Deltidsforsikrede (100 pct. sats)', dag(566)],
    [null],
    ['Midlertidig arbejdsmarkedsydelse', 'Sats'],
    ['Personer med forsørgelsespligt ovf. børn (80 pct. sats)', dag(679)],
    ['Andre personer (60 pct. sats)', dag(509)],
    [null],
    ['Udvalgte satser på det kommunale område:'],
    [null],
    ['Sygedagpenge', 'Sats'],
    ['Højeste sygedagpengebeløb', uge(4245)],
    [null],
    ['Barselsdagpenge', 'Sats'],
    ['Ved barsel og pasning af syge børn', uge(4245)],
  ];
  return {
    name: 'bm-satser-2017',
    template: 'generic',
    docx: true,
    notes:
      'State (Beskæftigelsesministeriet, "Satser for 2017", udvalgte satser for offentlige ydelser): seven small tables on one page, each under its own heading row ("Dagpenge, lønmodtagere | Sats", "Efterløn | Sats" …), separated by empty rows and by a section sentence ("Udvalgte satser på det kommunale område:"). Every amount carries its unit, and the unit changes between the tables: "18.403 kr. pr. mnd.", "849 kr. pr. dag", "4.245 kr. pr. uge" (in the workbook numbers formatted so, in Word the printed text). Labels carry percentages ("(82 pct. sats)") that are not amounts. No totals and none due. Kind: list; unit kr. Planted (traps, no finding about totals is due): "Fuldtidsforsikrede (100 pct. sats)" (efterløn) typed 1.288 — 773 + 515, the two rates above it; "Mindstesats" (selvstændige) typed 33.493 — 18.403 + 15.090, the rate above it and the one below.',
    sheets: [
      {
        name: 'Satser 2017',
        title: ['Satser for 2017', 'Udvalgte satser på arbejdsløshedsforsikringens område:'],
        grid,
        formats: {},
        tables: 7,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: Array.from({ length: 5 }, () => ({ kind: 'list', unit: 'kr.', priceLevel: null })),
        gotWhy: 'the two one-line tables ("Sygedagpenge | Sats" over one rate, "Barselsdagpenge | Sats" over one rate) are not read: a table of one line under its heading is no table to the checker.',
        gotDocx: Array.from({ length: 5 }, () => ({ kind: 'list', unit: 'kr.', priceLevel: null })),
        gotDocxWhy: 'in Word likewise: the two one-line tables are not read.',
        planted: [
          { at: [22, 1], value: dag(1288), finds: [] },
          { at: [12, 1], value: mnd(33493), finds: [] },
        ],
      },
    ],
  };
}

/** Beskæftigelsesministeriet, kontantydelse 2017: a column of law references ("§ 5, stk. 1, nr. 3") between the label and the rate. */
function bmKontantydelse2017() {
  const md = (x) => ({ v: x, fmt: '#,##0 "kr. pr. måned"' });
  const grid = [
    ['Kontantydelse', 'Lovhenvisning', 'Sats'],
    ['Fyldt 30 år, forsørger børn', '§ 4, stk. 1, nr. 1', md(14808)],
    ['Fyldt 30 år, andre', '§ 4, stk. 1, nr. 2', md(11143)],
    [null],
    ['Kontantydelse for personer med erhvervskompetencegivende uddannelse', 'Lovhenvisning', 'Sats'],
    ['Forsørger enlig under 30 år', '§ 5, stk. 1, nr. 1', md(14154)],
    ['Forsørgere under 30 år', '§ 5, stk. 1, nr. 2', md(9902)],
    ['Under 30 år, gravid (passeret 12. svangerskabsuge)', '§ 5, stk. 1, nr. 3', md(11143)],
    ['Under 30 år, psykisk syg, forsørgerpligt', '§ 5, stk. 1, nr. 4', md(14808)],
    ['Under 30 år, psykisk syg, udeboende', '§ 5, stk. 1, nr. 5', md(11143)],
    ['25-29 år, udeboende', '§ 5, stk. 1, nr. 6', md(7182)],
    ['25-29 år, hjemmeboende', '§ 5, stk. 1, nr. 7', md(3466)],
    ['Under 25 år, udeboende', '§ 5, stk. 1, nr. 8', md(7182)],
    ['Under 25 år, hjemmeboende', '§ 5, stk. 1, nr. 9', md(3466)],
    ['Under 30 år, bidragspligt, maksimum hjælp inkl. tillæg', '§ 5, stk. 2', md(14808)],
    [null],
    ['Barselstillæg til kontantydelse', 'Lovhenvisning', 'Sats'],
    ['Forsørger enlig - under 30 år', '§ 5, stk. 6, nr. 1', md(654)],
    ['Forsørgere under 30 år', '§ 5, stk. 6, nr. 2', md(4906)],
    ['Fyldt 25 år, udeboende', '§ 5, stk. 6, nr. 3', md(3961)],
    ['Fyldt 25 år, hjemmeboende', '§ 5, stk. 6, nr. 4', md(7678)],
  ];
  return {
    name: 'bm-kontantydelse-2017',
    template: 'generic',
    docx: true,
    notes:
      'State (Beskæftigelsesministeriet, "Satser for 2017 — Kontantydelse", jf. lov om kontantydelse, lov nr. 174 af 24. februar 2015, satser gældende fra 2. januar 2017): three tables, each under its own heading row ("… | Lovhenvisning | Sats"), separated by empty rows; between the label and the rate stands a column of law references ("§ 5, stk. 1, nr. 3") — text full of numbers that are no amounts; every rate carries its unit ("14.808 kr. pr. måned"). Labels carry ages ("25-29 år", "passeret 12. svangerskabsuge"). No totals and none due. Kind: list; unit kr. Planted (traps, no finding about totals is due): "Forsørgere under 30 år" (barselstillæg) typed 4.615 — 654 + 3.961, the rates above and below it; "Under 30 år, bidragspligt, maksimum hjælp inkl. tillæg" typed 10.648 — 7.182 + 3.466, the two rates above it.',
    sheets: [
      {
        name: 'Kontantydelse',
        title: ['Kontantydelse, jf. lov om kontantydelse (Lov nr. 174 af 24. februar 2015)', 'Satserne er gældende fra den 2. januar 2017, medmindre andet er anført.'],
        grid,
        formats: {},
        tables: 3,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        planted: [
          { at: [18, 2], value: md(4615), finds: [] },
          { at: [14, 2], value: md(10648), finds: [] },
        ],
      },
    ],
  };
}

/** Beskæftigelsesministeriet, "Satser for 2014": the unit in the heading ("Sats pr. dag", "Sats pr. uge", "Sats pr. måned"), section titles without amounts. */
function bmSatser2014() {
  const kr = (x) => ({ v: x, fmt: '#,##0 "kr."' });
  const grid = [
    ['Dagpenge, lønmodtagere', 'Sats pr. dag'],
    ['Fuldtidsforsikrede', kr(815)],
    ['Deltidsforsikrede', kr(543)],
    ['Mindstesats', kr(668)],
    ['Dimittend (fuldtidsforsikrede)', kr(668)],
    ['Dimittend (deltidsforsikrede)', kr(446)],
    ['Ungesats (fuldtidsforsikrede)', kr(408)],
    ['Ungesats (deltidsforsikrede)', kr(272)],
    [null],
    ['Dagpenge, selvstændige'],
    ['Maksimal sats', kr(815)],
    ['Mindstesats', kr(668)],
    ['Midlertidigt ophør (82 pct. sats)', kr(668)],
    [null],
    ['Arbejdsgivernes dagpengegodtgørelse (G-dag)'],
    ['Hel dagpengegodtgørelse', kr(815)],
    ['Halv dagpengegodtgørelse', kr(408)],
    [null],
    ['Efterløn'],
    ['Fuldtidsforsikrede (91 pct. sats)', kr(742)],
    ['Deltidsforsikrede (91 pct. sats)', kr(494)],
    ['Fuldtidsforsikrede (100 pct. sats)', kr(815)],
    ['Deltidsforsikrede (100 pct. sats)', kr(543)],
    [null],
    ['Midlertidig arbejdsmarkedsydelse'],
    ['Personer med forsørgelsespligt ovf. børn (80 pct. sats)', kr(652)],
    ['Andre personer (60 pct. sats)', kr(489)],
    [null],
    ['Udvalgte satser på det kommunale område:'],
    [null],
    ['Sygedagpenge', 'Sats pr. uge'],
    ['Højeste sygedagpengebeløb', kr(4075)],
    ['Barselsdagpenge', kr(4075)],
    [null],
    ['Revalideringsydelse', 'Sats pr. måned'],
    ['Fyldt 30 år eller forsørger eget barn i hjemmet', kr(17663)],
    ['Fyldt 25 år, forsørger børn', kr(17663)],
    ['Fyldt 25 år, ikke forsørgelsespligt', kr(10689)],
    ['Under 25 år, udeboende', kr(6889)],
    ['Under 25 år, hjemmeboende', kr(3224)],
    ['Under 25 år, gravid og passeret 12. svangerskabsuge', kr(10689)],
    ['Under 25 år, nærmere bestemte dokumenteret psykisk lidelse og forsørger børn', kr(14203)],
    ['Under 25 år, udeboende med dokumenteret psykisk lidelse', kr(10689)],
    ['Hvis indtægt i 6 måneder før afgørelse om revalidering gennemsnitlig overstiger højeste revalidering', kr(17663)],
    [null],
    ['Ledighedsydelse', 'Sats pr. uge'],
    ['Ledighedsydelse (maksimum)', kr(3625)],
  ];
  return {
    name: 'bm-satser-2014',
    template: 'generic',
    docx: true,
    notes:
      'State (Beskæftigelsesministeriet, "Satser for 2014", udvalgte satser): the period of the rate stands in the heading, not in the amounts ("Sats pr. dag", later "Sats pr. uge" and "Sats pr. måned"), each amount is printed "815 kr."; under the first heading, four more blocks follow that have only a title line without an amount ("Dagpenge, selvstændige", "Efterløn" …) and keep the heading\'s "pr. dag"; then a section sentence and three more tables with their own headings. A careful reader sees four tables: the daily rates (five blocks under one heading), the weekly sickness and maternity rates, the monthly revalidation rates and the weekly ledighedsydelse. No totals and none due. Kind: list; unit kr. Planted (traps, no finding about totals is due): "Mindstesats" (selvstændige) typed 1.483 — 815 + 668, the rate above it and the one below; "Fyldt 25 år, ikke forsørgelsespligt" typed 10.113 — 6.889 + 3.224, the two rates below it.',
    sheets: [
      {
        name: 'Satser 2014',
        title: ['Satser for 2014', 'Udvalgte satser på arbejdsløshedsforsikringens område:'],
        grid,
        formats: {},
        tables: 4,
        kind: 'list',
        unit: 'kr.',
        priceLevel: null,
        got: Array.from({ length: 3 }, () => ({ kind: 'list', unit: 'kr.', priceLevel: null })),
        gotWhy: 'the last table ("Ledighedsydelse | Sats pr. uge" over one rate) is not read: a table of one line under its heading is no table to the checker.',
        gotDocx: Array.from({ length: 3 }, () => ({ kind: 'list', unit: 'kr.', priceLevel: null })),
        gotDocxWhy: 'in Word likewise: the one-line "Ledighedsydelse" table is not read.',
        planted: [
          { at: [11, 1], value: kr(1483), finds: [] },
          { at: [37, 1], value: kr(10113), finds: [] },
        ],
      },
    ],
  };
}

/** Skatteministeriet, "Indfasning af visse skatteparametre i 2021-2025": a percent block and a kroner block, base amounts in parentheses under each amount (not negatives). */
function skmIndfasning2021() {
  const pct2 = (x) => ({ v: x, fmt: TWO_DECIMALS });
  const pct1 = (x) => ({ v: x, fmt: ONE_DECIMAL });
  const base = (x) => ({ v: x, fmt: BASE_IN_PARENS });
  const years = [2021, 2022, 2023, 2024, 2025];
  const grid = [
    ['', ...years],
    ['', 'Pct.', 'Pct.', 'Pct.', 'Pct.', 'Pct.'],
    ['Skattesatser:'],
    ['Bundskat', ...[12.09, 12.1, 12.1, 12.1, 12.1].map(pct2)],
    ['Skatteloft:'],
    ['- personlig indkomst', ...[52.06, 52.07, 52.07, 52.07, 52.07].map(pct2)],
    ['- positiv nettokapitalindkomst', ...[42.0, 42.0, 42.0, 42.0, 42.0].map(pct1)],
    ['Beskæftigelsesfradrag', ...[10.6, 10.65, 10.65, 10.65, 10.65].map(pct2)],
    [null],
    ['', '2021-2025 i 2021-niveau1)'],
    ['', ...years],
    ['', 'Kr.', 'Kr.', 'Kr.', 'Kr.', 'Kr.'],
    ['Beløbsgrænser:'],
    ['Topskattegrænse', 544800, 546000, 546000, 546000, 546000],
    ['(Grundbeløb i 2010-niveau)', ...[466000, 467000, 467000, 467000, 467000].map(base)],
    ['Personfradrag', 46700, 46100, 46100, 46100, 46100],
    ['(Grundbeløb i 2010-niveau)', ...[39900, 39350, 39350, 39350, 39350].map(base)],
    ['Maks. beskæftigelsesfradrag', 40600, 41100, 41100, 41100, 41100],
    ['(Grundbeløb i 2010-niveau)', ...[34700, 35100, 35100, 35100, 35100].map(base)],
  ];
  return {
    name: 'skm-indfasning-2021',
    template: 'generic',
    docx: true,
    notes:
      'State (Skatteministeriet, "Indfasning af visse skatteparametre i 2021-2025": "Satser og beløbsgrænser i personbeskatningen, der ændres i perioden frem til 2025"): one table in two bands — years over a unit row "Pct." for the tax rates, then a second band opened by "2021-2025 i 2021-niveau1)" (a price/wage level in words with a note mark), the years again and a unit row "Kr." for the amount limits. Under each amount limit a line "(Grundbeløb i 2010-niveau)" gives the base amount in parentheses — "(466.000)" is NOT a negative amount (in the workbook a positive number shown in parentheses, in Word the printed text). Group titles end with ":" ("Skattesatser:", "Skatteloft:", "Beløbsgrænser:"), sub-lines start with "- ". On the page the label and figure cells hold two or three lines each ("Skatteloft:" with its two sub-lines; an amount over its base amount); here each line is a row. No totals and none due. A careful reader sees two tables (rates in pct.; amounts in kr. at 2021 level); kind list. Planted (traps, no finding about totals is due): "Personfradrag" 2022 typed 1.013.000 — 546.000 + 467.000, the two lines above it; "Beskæftigelsesfradrag" 2021 typed 94,06 — 52,06 + 42,0, the two rates above it.',
    sheets: [
      {
        name: 'Indfasning',
        title: ['Indfasning af visse skatteparametre i 2021-2025', 'Satser og beløbsgrænser i personbeskatningen, der ændres i perioden frem til 2025'],
        grid,
        headerRows: 2,
        after: ['1) Beløbsgrænserne reguleres hvert år efter personskattelovens § 20. Ud fra deres grundbeløb i 2010-niveau er beløbsgrænserne her regnet frem til 2021-niveau med reguleringstallet for 2021 på 116,9.'],
        formats: Object.fromEntries(years.map((_, i) => [i + 2, WHOLE])),
        tables: 2,
        kind: 'list',
        unit: null,
        priceLevel: null,
        expectTables: [
          { kind: 'list', unit: null, priceLevel: null },
          { kind: 'list', unit: 'kr.', priceLevel: 2021 },
        ],
        got: [{ kind: 'list', unit: 'kr.', priceLevel: 2010 }],
        gotWhy: 'the two bands are read as one table (the second band\'s own heading rows — "2021-2025 i 2021-niveau1)", the years, "Kr." — do not start a new table), with unit kr. over the percentages too, and price level 2010 taken from the base-amount lines "(Grundbeløb i 2010-niveau)" rather than from the band\'s heading "i 2021-niveau".',
        gotDocx: [{ kind: 'list', unit: 'kr.', priceLevel: null }],
        gotDocxWhy: 'in Word the two bands are read as one table, unit kr. over the percentages too, no price level.',
        planted: [
          { at: [15, 2], value: 1013000, finds: [] },
          { at: [7, 1], value: pct2(94.06), finds: [] },
        ],
      },
    ],
  };
}

/** Økonomistyrelsen, regnskabstal 2021 as the page stood in December 2021: months and quarters to November, no closing quarter or year row. */
function regnskabstal2021() {
  const m = (label, u, i, s) => [label, u, i, s];
  const staten = [
    [null, 'Udgifter', 'Indtægter', 'Saldo'],
    m('Januar', 83687.2, 47408.4, -36278.8),
    m('Februar', 68788.1, 79456.2, 10668.1),
    m('Marts', 94362.0, 98485.2, 4123.2),
    m('1. kvartal', 246837.3, 225349.9, -21487.4),
    m('April', 88175.9, 66768.9, -21407.0),
    m('Maj', 80805.9, 101460.9, 20655.0),
    m('Juni', 83774.3, 66736.2, -17038.1),
    m('2. kvartal', 252756.2, 234966.1, -17790.2),
    m('Juli', 69205.3, 62316.5, -6888.8),
    m('August', 70868.0, 91137.1, 20269.1),
    m('September', 85017.9, 66354.6, -18663.3),
    m('3. kvartal', 225091.1, 219808.2, -5283.0),
    m('Oktober', 67208.1, 64224.4, -2983.6),
    m('November', 84980.7, 137092.1, 52111.3),
  ];
  const kommunale = [
    [null, 'Udgifter', 'Indtægter', 'Saldo'],
    m('1. kvartal', 137791.9, 163693.6, 25901.6),
    m('2. kvartal', 161977.4, 153104.6, -8872.8),
    m('3. kvartal', 151344.6, 153854.3, 2509.7),
  ];
  for (const g of [staten, kommunale]) for (let r = 1; r < g.length; r++) expectSum(`2021 saldo ${g[r][0]}`, g[r][3], [g[r][2], -g[r][1]], 0.1);
  for (const q of [4, 8, 12]) for (const c of [1, 2, 3]) expectSum(`staten 2021 ${staten[q][0]} ${c}`, staten[q][c], [staten[q - 3][c], staten[q - 2][c], staten[q - 1][c]], 0.15);
  const fmts = { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL };
  return {
    name: 'regnskabstal-2021',
    template: 'generic',
    notes:
      'State (Økonomistyrelsen, "Regnskabstal for offentlig forvaltning og service", the 2021 tables as the page stood in December 2021, mio. kr.): the year is not over — the state table runs January to November with a quarter row after every third month and NO 4. kvartal and no "Hele året" (October and November stand after the last quarter and belong to no total); the municipal and regional table has three quarter rows and no total. Saldo = Indtægter − Udgifter. Figures are rounded separately (0,1 off): rounding. Kind: period; unit mio. kr. (in a sentence above the tables). Planted: October\'s Udgifter typed 76.208,1 for 67.208,1 (its Saldo no longer agrees; no quarter total holds October); 2. kvartal\'s Saldo in the municipal table typed -8.782,8 for -8.872,8; March\'s Indtægter typed 89.485,2 for 98.485,2 (its Saldo and the 1st quarter no longer agree).',
    sheets: [
      {
        name: 'Staten 2021',
        title: ['Statslige regnskabstal 2021', 'Alle beløb i mio. kr.'],
        grid: staten,
        formats: fmts,
        kind: 'period',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [
          { at: [13, 1], value: 76208.1, finds: [['DIFFERENCE_MISMATCH', [13, 3]]] },
          {
            at: [3, 2],
            value: 89485.2,
            finds: [
              ['DIFFERENCE_MISMATCH', [3, 3]],
              ['TOTAL_MISMATCH', [4, 2]],
            ],
          },
        ],
      },
      {
        name: 'Kommuner og regioner 2021',
        title: ['Kommunale og regionale regnskabstal 2021', 'Alle beløb i mio. kr.'],
        grid: kommunale,
        formats: fmts,
        kind: 'period',
        unit: 'mio. kr.',
        priceLevel: null,
        planted: [{ at: [2, 3], value: -8782.8, finds: [['DIFFERENCE_MISMATCH', [2, 3]]] }],
      },
    ],
  };
}

/** Grønlands Statistik, Nationalregnskab 2012-2021, Tabel 1 "Konto 0: Varer og tjenester": numbered lines, a difference line, "heraf" lines, a sum whose label gives its terms. */
function groenlandKonto0() {
  const years = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, '2020*', '2021*'];
  const r = (label, xs) => [label, ...xs];
  const grid = [
    ['', ...years],
    ['', 'Løbende priser, mio. kr.'],
    r('1 Produktion', [25934, 25830, 26626, 27776, 29916, 30949, 31515, 32633, 32953, 33976]),
    r('2 Produktskatter minus produktsubsidier', [491, 443, 545, 501, 632, 638, 771, 769, 761, 754]),
    r('  3 Produktskatter', [707, 661, 775, 745, 854, 857, 1010, 1010, 998, 1024]),
    r('  4 Produktsubsidier', [216, 219, 230, 244, 222, 220, 238, 240, 238, 270]),
    r('5 Import af varer og tjenester, heraf', [9594, 8778, 7755, 7654, 8214, 8193, 8745, 10225, 9429, 10114]),
    r('  6 Varer', [5160, 5678, 5237, 4813, 5286, 5310, 5717, 6903, 6276, 6664]),
    r('  7 Tjenester', [4434, 3100, 2518, 2849, 2928, 2884, 3028, 3322, 3153, 3450]),
    r('8 Tilgang i alt (1+2+5)', [36019, 35050, 34925, 35931, 38761, 39780, 41032, 43627, 43143, 44844]),
    r('9 Forbrug i produktionen', [11308, 11193, 11219, 11463, 12324, 12758, 12991, 13412, 13545, 14386]),
    r('10 Forbrugsudgift', [13345, 13634, 13964, 14109, 14545, 14914, 15268, 15760, 15937, 16467]),
    r('  11 Privat forbrugsudgift', [6425, 6418, 6652, 6677, 6828, 6928, 6944, 7005, 7116, 7289]),
    r('  12 Offentlig forbrugsudgift, heraf', [6920, 7216, 7312, 7432, 7717, 7986, 8325, 8755, 8820, 9178]),
    r('  13 Individuel forbrugsudgift', [4127, 4283, 4371, 4457, 4565, 4762, 4986, 5158, 5098, 5279]),
    r('  14 Kollektiv forbrugsudgift', [2793, 2933, 2941, 2975, 3152, 3224, 3339, 3596, 3722, 3900]),
  ];
  for (let c = 1; c <= 10; c++) {
    const v = (row) => grid[row][c];
    expectSum(`konto0 2 ${c}`, v(3), [v(4), -v(5)], 1, 0);
    // 2015: 4.813 + 2.849 = 7.662, printed 7.654 (the published error below; line 8 agrees with 7.654).
    expectSum(`konto0 5 ${c}`, v(6), [v(7), v(8)], c === 4 ? 8 : 1, 0);
    expectSum(`konto0 8 ${c}`, v(9), [v(2), v(3), v(6)], 1, 0);
    expectSum(`konto0 10 ${c}`, v(11), [v(12), v(13)], 1, 0);
    expectSum(`konto0 12 ${c}`, v(13), [v(14), v(15)], 1, 0);
  }
  return {
    name: 'groenland-konto0-2021',
    template: 'generic',
    docx: true,
    notes:
      'Greenland, in Danish (Grønlands Statistik, Nationalregnskab 2012-2021, Kapitel 6, Tabel 1 "Konto 0: Varer og tjenester", the first fourteen lines): ten years as headings, the last two provisional and printed with a star ("2020*", "2021*" — text headings); under them a row "Løbende priser, mio. kr." across the year columns (unit and price basis in words). Numbered lines with sub-lines indented by two spaces: "2 Produktskatter minus produktsubsidier" is line 3 minus line 4 (a difference, no formula in its label); "5 Import af varer og tjenester, heraf" and "12 Offentlig forbrugsudgift, heraf" are the sums of the two indented lines under each (the word "heraf" in the label of a full sum); "8 Tilgang i alt (1+2+5)" gives its terms in the label; "10 Forbrugsudgift" is 11 + 12. Figures are rounded separately (1 off): rounding. Published error: line 5 for 2015 is printed 7.654, but its two lines give 4.813 + 2.849 = 7.662 (8 off; line 8 adds up with 7.654, so one of the import lines is off). Kind: list; unit mio. kr.; current prices, no price level. Planted: "4 Produktsubsidier" 2016 typed 272 for 222 (line 2 no longer 3 − 4); "8 Tilgang i alt (1+2+5)" 2019 typed 43.267 for 43.627; "13 Individuel forbrugsudgift" 2020* typed 9.098 for 5.098 (lines 13 + 14 exceed line 12).',
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1. Konto 0: Varer og tjenester'],
        grid,
        merges: [[1, 1, 10]],
        formats: Object.fromEntries(years.map((_, i) => [i + 2, WHOLE])),
        kind: 'list',
        unit: 'mio. kr.',
        priceLevel: null,
        published: [
          // The same slip seen from the indented lines: "7 Tjenester" is no longer "5" − "6" (7.654 − 4.813 = 2.841).
          { at: [8, 4], rule: 'DIFFERENCE_MISMATCH', note: '7 Tjenester, 2015: 7.654 − 4.813 = 2.841, printed 2.849 (the heraf line and its two parts disagree by 8)' },
          { at: [6, 4], rule: 'TOTAL_MISMATCH', note: '5 Import af varer og tjenester, heraf, 2015: 4.813 + 2.849 = 7.662, printed 7.654 (8 off; line 8 adds up with 7.654)', missed: 'a "…, heraf" line standing ABOVE its two indented lines (followed by further lines) is not checked as their sum' },
        ],
        got: [{ kind: 'list', unit: null, priceLevel: null }],
        gotWhy: 'the unit row under the years ("Løbende priser, mio. kr.", one cell across the year columns) is not taken as the table\'s unit.',
        gotDocx: [{ kind: 'list', unit: null, priceLevel: null }],
        gotDocxWhy: 'in Word likewise the unit row "Løbende priser, mio. kr." is not taken.',
        planted: [
          // Found at its own cell as "4" = "3" − "2"; the line above its parts is not checked yet.
          { at: [5, 5], value: 272, finds: [['DIFFERENCE_MISMATCH', [5, 5]]], missed: [['DIFFERENCE_MISMATCH', [3, 5], 'a line whose label says it is a difference ("2 Produktskatter minus produktsubsidier") standing ABOVE its two indented lines is not checked as their difference']] },
          // Found at its cell: the line is held to the terms its label names (1 + 2 + 5).
          { at: [9, 8], value: 43267, finds: [['TOTAL_MISMATCH', [9, 8]]] },
          { at: [14, 9], value: 9098, finds: [], missed: [['TOTAL_MISMATCH', [13, 9], 'a "…, heraf" line standing ABOVE its two indented lines is not checked as their sum; the checker reads the LAST indented line as the difference of the two above it instead (see notYetRightPlanted)']] },
        ],
        falseFindingsPlanted: [['DIFFERENCE_MISMATCH', [15, 9], 'the planted error in line 13 is reported at line 14 (3.722, a right figure) as "14 = 12 − 13": the indented lines under a "heraf" line are read as a difference chain instead of as the parts of the line above them']],
      },
    ],
  };
}

// --- H20: Københavns Kommune, innovationsforslag til OFS 2025-2026 (the appendix of three proposals and their overview) ---

const KK_OFS_SOURCE_NOTE =
  'Københavns Kommune, "Oversigt over indkomne ansøgninger til innovationspuljen" (bilag til Overførselssagen 2025-2026): an overview table and three innovation proposals (BC01, BC02, BC39), each with its Tabel 1 "Forslagets samlede økonomiske konsekvenser".';
const KK_NOTE_UNDER =
  'Noter til alle tabeller: Forslaget skal udarbejdes i 2027 p/l, men forslag der udmøntes i overførselssagen udmøntes i 2026 p/l, mens forslag der udmøntes med budgettet udmøntes i 2027 p/l.';

/** Københavns Kommune, OFS 2025-2026, Tabel 1 "Oversigt over innovationsforslag": the overview of three proposals in 2026 p/l, with a rounding difference in its I alt. */
function kkInnovationOversigt2026() {
  const grid = [
    ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'],
    ['Innovationsforslag', null, null, null],
    ['BC01', 'BIU', 'Test af AI-tolk på borgersamtaler i BIF', 1017],
    ['BC02', 'BIU', 'Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet', 1989],
    ['BC39', 'SUND', 'Automatisering af visitationsproces i Center for Mental Sundhed', 1946],
    ['I alt udmøntning fra innovationspuljen', null, null, 4951],
  ];
  // Rounding: 1.017 + 1.989 + 1.946 = 4.952, printed 4.951 (= 5.090 / 1,028 rounded).
  expectSum('kk oversigt I alt', grid[5][3], [2, 3, 4].map((r) => grid[r][3]), 1, 0);
  return {
    name: 'kk-innovation-oversigt-2026',
    template: 'kk-ofs-2025-2026',
    docx: true,
    notes:
      `Municipal proposal overview (${KK_OFS_SOURCE_NOTE} Tabel 1 "Oversigt over innovationsforslag til OFS 2025-2026"). The unit and price level stand in the first header cell ("1.000 kr. 2026 p/l."), the amount column is named by its styringsområde ("Service"), two text columns (Udvalg, Forslag) stand between the proposal code and the amount; a section row "Innovationsforslag" and an "I alt udmøntning fra innovationspuljen". Each figure is the proposal's own total converted from 2027 p/l to 2026 p/l (÷ 1,028): 1.045 → 1.017, 2.045 → 1.989, 2.000 → 1.946. The rows add to 4.952 against the printed 4.951 (= 5.090 / 1,028 rounded): rounding, not an error. Kind: overview; unit 1.000 kr.; price level 2026. Template kk-ofs-2025-2026 (the overview is in 2026 p/l by the template). Planted: BC02 typed 1.899 for 1.989 (the I alt no longer agrees, 89 off after rounding); the unit cell typed "1.000 kr. 2027 p/l." (the overview in the proposals\' price level: PRICE_LEVEL_MISMATCH with the KK template, which wants the overview in 2026 p/l — not about totals, so not held by the test).`,
    sheets: [
      {
        name: 'Tabel 1',
        title: ['Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026'],
        grid,
        formats: { 4: WHOLE },
        kind: 'overview',
        unit: 't.kr.',
        priceLevel: 2026,
        planted: [
          { at: [3, 3], value: 1899, finds: [['TOTAL_MISMATCH', [5, 3]]] },
          // The classic slip: the overview written in the proposals' price level (PRICE_LEVEL_MISMATCH with kk-ofs-2025-2026).
          { at: [0, 0], value: '1.000 kr. 2027 p/l.', finds: [] },
        ],
      },
    ],
  };
}

/** Københavns Kommune, OFS 2025-2026, BC01 "Test af AI-tolk på borgersamtaler i BIF", Tabel 1: one year of implementation costs, the total with no styringsområde. */
function kkInnovationBc01() {
  const y = [2026, 2027, 2028, 2029, 2030, 2031];
  const row = (label, so, x) => [label, so, x, null, null, null, null, null];
  const grid = [
    ['1.000 kr. 2027 p/l', 'Styringsområde', ...y],
    ['Implementeringsomkostninger', null, null, null, null, null, null, null],
    row('Projektledelse (inkl. evaluering, dokumentation og rapportering', 'Service', 345),
    row('Teknisk opsætning, licenser og support (leverandører af tolkeløsninger)', 'Service', 400),
    row('Dataetiske og sprogfaglige afklaringer', 'Service', 100),
    row('Afklaring af tekniske forhold i forbindelse med test på borgersituationer.', 'Service', 200),
    row('Samlede implementeringsomkostninger', null, 1045),
  ];
  expectSum('kk bc01 2026', grid[6][2], [2, 3, 4, 5].map((r) => grid[r][2]), 0, 0);
  return {
    name: 'kk-innovation-bc01-2026',
    template: 'kk-ofs-2025-2026',
    docx: true,
    notes:
      `Municipal proposal (${KK_OFS_SOURCE_NOTE} BC01 "Test af AI-tolk på borgersamtaler i BIF", Tabel 1). The KK proposal template as published: "1.000 kr. 2027 p/l" in the first header cell, a Styringsområde column, the six template years 2026–2031 of which only 2026 carries figures, a section title "Implementeringsomkostninger", four Service rows and "Samlede implementeringsomkostninger" with its styringsområde left empty. One label lacks its closing parenthesis (as published). Kind: proposal; unit 1.000 kr.; price level 2027. Template kk-ofs-2025-2026. Planted: "Dataetiske og sprogfaglige afklaringer" typed 10 for 100 (the total 1.045 no longer agrees); the styringsområde of the last item misspelt "Servcie" (STYRINGSOMRAADE_UNKNOWN — not about totals, so not held by the test).`,
    sheets: [
      {
        name: 'BC01',
        title: ['BC01 Test af AI-tolk på borgersamtaler i BIF', 'Tabel 1. Forslagets samlede økonomiske konsekvenser'],
        grid,
        formats: Object.fromEntries(y.map((_, i) => [i + 3, WHOLE])),
        kind: 'proposal',
        unit: 't.kr.',
        priceLevel: 2027,
        planted: [
          { at: [4, 2], value: 10, finds: [['TOTAL_MISMATCH', [6, 2]]] },
          // A misspelt styringsområde (STYRINGSOMRAADE_UNKNOWN; not about totals).
          { at: [5, 1], value: 'Servcie', finds: [] },
        ],
      },
    ],
  };
}

/** Københavns Kommune, OFS 2025-2026, BC02 "Digitalt Jobunivers", Tabel 1: two years, the total typed without a thousands point and with "Service". */
function kkInnovationBc02() {
  const y = [2026, 2027, 2028, 2029, 2030, 2031];
  const plain = (x) => ({ v: x, fmt: '0' });
  const row = (label, so, a, b) => [label, so, a, b, null, null, null, null];
  const grid = [
    ['1.000 kr. 2027 p/l', 'Styringsområde', ...y],
    ['Implementeringsomkostninger', null, null, null, null, null, null, null],
    row('Juridisk og datamæssig afklaring', 'Service', 209, null),
    row('Afprøvning af IT-løsninger', 'Service', 418, 600),
    row('Projektledelse, kommunikation, effektmåling og opsætning af tests', 'Service', 418, 400),
    row('Samlede implementeringsomkostninger', 'Service', plain(1045), plain(1000)),
  ];
  expectSum('kk bc02 2026', num(grid[5][2]), [2, 3, 4].map((r) => grid[r][2]), 0, 0);
  expectSum('kk bc02 2027', num(grid[5][3]), [3, 4].map((r) => grid[r][3]), 0, 0);
  return {
    name: 'kk-innovation-bc02-2026',
    template: 'kk-ofs-2025-2026',
    docx: true,
    notes:
      `Municipal proposal (${KK_OFS_SOURCE_NOTE} BC02 "Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet", Tabel 1). The KK proposal template: "1.000 kr. 2027 p/l", Styringsområde, years 2026–2031 with figures in 2026 and 2027; the total row names its styringsområde ("Service") and its figures are printed without a thousands point ("1045", "1000"), unlike the rest of the appendix. The note on the template's price levels stands under the table. Kind: proposal; unit 1.000 kr.; price level 2027. Template kk-ofs-2025-2026. Planted: "Afprøvning af IT-løsninger" 2026 typed 481 for 418 (the 2026 total no longer agrees; 2027 still does); the unit cell typed "1.000 kr. 2072 p/l" (PRICE_LEVEL_MISMATCH with the KK template — not about totals, so not held by the test).`,
    sheets: [
      {
        name: 'BC02',
        title: ['BC02 Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet', 'Tabel 1. Forslagets samlede økonomiske konsekvenser'],
        grid,
        after: [KK_NOTE_UNDER],
        formats: Object.fromEntries(y.map((_, i) => [i + 3, WHOLE])),
        kind: 'proposal',
        unit: 't.kr.',
        priceLevel: 2027,
        planted: [
          { at: [3, 2], value: 481, finds: [['TOTAL_MISMATCH', [5, 2]]] },
          // The price level mistyped in the unit cell (PRICE_LEVEL_MISMATCH with kk-ofs-2025-2026; not about totals).
          { at: [0, 0], value: '1.000 kr. 2072 p/l', finds: [] },
        ],
      },
    ],
  };
}

/** Københavns Kommune, OFS 2025-2026, BC39 "Automatisering af visitationsproces", Tabel 1: the unit and price level left out of the table, years 2027–2030 only. */
function kkInnovationBc39() {
  const y = [2027, 2028, 2029, 2030];
  const row = (label, so, a, b) => [label, so, a, b, null, null];
  const grid = [
    [null, 'Styringsområde', ...y],
    row('Projektafklaring og forberedende dataarbejde', 'Service', 300, null),
    row('Udvikling og understøttelse af arbejdet med de tre komponenter', 'Service', 750, 300),
    row('Projektledelse og drift', 'Service', 250, 150),
    row('Juridisk og teknisk bistand', 'Service', 150, null),
    row('Evaluering', 'Service', null, 100),
    row('Samlede implementeringsomkostninger', null, 1450, 550),
  ];
  expectSum('kk bc39 2027', grid[6][2], [1, 2, 3, 4, 5].map((r) => grid[r][2]), 0, 0);
  expectSum('kk bc39 2028', grid[6][3], [1, 2, 3, 4, 5].map((r) => grid[r][3]), 0, 0);
  return {
    name: 'kk-innovation-bc39-2026',
    template: 'kk-ofs-2025-2026',
    docx: true,
    notes:
      `Municipal proposal (${KK_OFS_SOURCE_NOTE} BC39 "Automatisering af visitationsproces i Center for Mental Sundhed", Tabel 1). Published with the template's unit-and-price-level cell left EMPTY: the header row is " | Styringsområde | 2027 | 2028 | 2029 | 2030" — no "1.000 kr." and no p/l anywhere in the table; only the template note under it names 2027 p/l and 2026 p/l (which one applies depends on where the proposal is settled). The years are 2027–2030, not the template's 2026–2031. No section title; five Service rows and "Samlede implementeringsomkostninger" (1.450 and 550). The text above the table gives the same figures in mio. kr. (1,45 in 2027, 0,5 in 2028 — the latter rounded from 0,55). Kind: proposal; unit not stated; price level not stated. Template kk-ofs-2025-2026 (its unit and price-level requirements are the published mistakes to be told). Planted: "Udvikling og understøttelse …" 2027 typed 570 for 750 (the 2027 total no longer agrees); "Projektledelse og drift" 2028 typed 105 for 150 (the 2028 total no longer agrees) — with both year columns of "Samlede implementeringsomkostninger" wrong, neither is found today (see notYetFound).`,
    sheets: [
      {
        name: 'BC39',
        title: ['BC39 Automatisering af visitationsproces i Center for Mental Sundhed', 'Tabel 1. Forslagets samlede økonomiske konsekvenser'],
        grid,
        after: [KK_NOTE_UNDER],
        formats: Object.fromEntries(y.map((_, i) => [i + 3, WHOLE])),
        kind: 'proposal',
        unit: null,
        priceLevel: null,
        planted: [
          { at: [2, 2], value: 570, finds: [['TOTAL_MISMATCH', [6, 2]]] },
          { at: [3, 3], value: 105, finds: [['TOTAL_MISMATCH', [6, 3]]] },
        ],
      },
    ],
  };
}
/** Københavns Kommune, OFS 2025-2026, Tabel 2 "Kriterier til prioritering" of a proposal: one line, the expected expense under a "Udgift 1.000 kr. p/l" heading beside text criteria and crosses. */
function kkKriterier(name, code, title, priceLevel, line, notes, planted) {
  const grid = [
    ['Kommende investeringsforslag', null, 'Kriterier til prioritering', null, null, null],
    [`Udgift 1.000 kr. ${priceLevel} p/l`, 'Forventet vedtagelse', 'Potentiale for varig effektivisering (styringsområde)', 'Tværgående effektivisering', 'Potentiale for storskala', 'Modne anvendelse af ny teknologi'],
    line,
  ];
  return {
    name,
    template: 'kk-ofs-2025-2026',
    docx: true,
    notes,
    sheets: [
      {
        name: code,
        title: [title, 'Tabel 2. Kriterier til prioritering.'],
        grid,
        headingRows: 2,
        headerRows: 2,
        merges: [[0, 2, 5]],
        formats: { 1: WHOLE },
        kind: 'list',
        unit: 't.kr.',
        priceLevel,
        planted,
      },
    ],
  };
}

function kkInnovationBc01Kriterier() {
  return kkKriterier(
    'kk-innovation-bc01-kriterier-2026',
    'BC01',
    'BC01 Test af AI-tolk på borgersamtaler i BIF',
    2026,
    ['1.300 kr.', 'OFS 26/27', '4-8 mio. kroner', 'X', 'X', 'X'],
    `Municipal proposal, prioritisation criteria (${KK_OFS_SOURCE_NOTE} BC01, Tabel 2 "Kriterier til prioritering"). Two heading rows ("Kommende investeringsforslag | Kriterier til prioritering" over "Udgift 1.000 kr. 2026 p/l | Forventet vedtagelse | Potentiale for varig effektivisering (styringsområde) | …"), one line: the expected yearly expense of the coming investment proposal printed "1.300 kr." (text, as pasted from Word) under a heading in 1.000 kr. — the text beside it ("vi forventer … 50-100tkr") shows 1.300 t.kr. is meant, so the stray "kr." is a published slip of the unit; a span in words ("4-8 mio. kroner"), a budget name ("OFS 26/27") and three crosses. Nothing to sum: no total is owed. Kind: list; unit 1.000 kr.; price level 2026. Template kk-ofs-2025-2026. Planted: the expense typed "1.30O kr." (a letter O for a zero: AMOUNT_NOT_NUMERIC or NUMBER_STORED_AS_TEXT due — not about totals, so not held by the test; today no table is read at all and nothing is said).`,
    [{ at: [2, 0], value: '1.30O kr.', finds: [] }],
  );
}

function kkInnovationBc39Kriterier() {
  return kkKriterier(
    'kk-innovation-bc39-kriterier-2026',
    'BC39',
    'BC39 Automatisering af visitationsproces i Center for Mental Sundhed',
    2027,
    [200, 'B2029', '900–1.500 årligt (service)', null, 'X', 'X'],
    `Municipal proposal, prioritisation criteria (${KK_OFS_SOURCE_NOTE} BC39, Tabel 2 "Kriterier til prioritering"). Two heading rows, the unit and price level in the first heading of the second ("Udgift 1.000 kr. 2027 p/l" — this proposal's Tabel 2 is in 2027 p/l where BC01's and BC02's are in 2026 p/l), one line: 200 (the yearly running cost from 2029, 0,2 mio. kr. in the text), "B2029" (budget 2029), a range of yearly savings in words with an en dash ("900–1.500 årligt (service)"), an empty cell and two crosses. Nothing to sum. Kind: list; unit 1.000 kr.; price level 2027. Template kk-ofs-2025-2026. Planted: the expense typed 2.000 for 200 (no rule can tell; recorded so that a later reconciliation of Tabel 2 with the text can) — no finding due; today the 2.000 is taken for a year, the line read as a period table and "B2029" and the range of savings given as AMOUNT_NOT_NUMERIC errors (false; not about totals, so not held by the test).`,
    [{ at: [2, 0], value: 2000, finds: [] }],
  );
}
function kkInnovationBc02Kriterier() {
  const spec = kkKriterier(
    'kk-innovation-bc02-kriterier-2026',
    'BC02',
    'BC02 Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet',
    2026,
    ['Udgift i 1.000 kr..', 'OFS 27/28', '20-35 mio.kr.', null, null, null],
    `Municipal proposal, prioritisation criteria (${KK_OFS_SOURCE_NOTE} BC02, Tabel 2 "Kriterier til prioritering"). Published with the expense left as the template's placeholder: the Udgift cell under "Udgift 1.000 kr. 2026 p/l" reads "Udgift i 1.000 kr.." (with the template's double point) instead of a figure; beside it "OFS 27/28" and a range in words ("20-35 mio.kr."); no crosses. A careful reader sees a one-line table whose only amount is missing and wants to be told (AMOUNT_NOT_NUMERIC or the like — not about totals, so not held by the test). Kind: list; unit 1.000 kr.; price level 2026. Template kk-ofs-2025-2026. Planted: the placeholder filled with "1.5OO" (a letter O for a zero) — also no amount, also due to be told.`,
    [{ at: [2, 0], value: '1.5OO', finds: [] }],
  );
  spec.sheets[0].got = [];
  spec.sheets[0].gotWhy = 'No table is read: its only amount cell holds the template placeholder "Udgift i 1.000 kr.." (text), and one line with no number is not taken for a table; so the missing expense is never told.';
  spec.sheets[0].gotDocx = [];
  spec.sheets[0].gotDocxWhy = 'In Word likewise no table is read: the only amount cell holds the template placeholder "Udgift i 1.000 kr..".';
  return spec;
}
// --- end H20 entries ---

const LAYOUTS = [
  aktstykkeDelloft,
  regionerTilskud,
  statensRegnskabstal,
  kommunaleRegnskabstal,
  herningBudget,
  gentofteTakster,
  hoersholmRenovation,
  hoersholmPrivatinstitutioner,
  kontanthjaelpsloft,
  norddjursTakster,
  skmBeloebsgraenser,
  vesthimmerlandTilskud,
  silkeborgAffald,
  groenlandKommuner,
  udgiftslofterKorrektioner,
  budgetopfoelgning2025,
  herningSsuRegnskab2025,
  herningPrivatinstitutioner2020,
  rudersdalTakster2024,
  silkeborgVand2021,
  svendborgTakster2020,
  odsherredTakster2024,
  middelfartAffald2024,
  roskildeTakster2021,
  randersSfo2025,
  slagelseSfo2025,
  regionerRegnskab2016,
  dstKommunaleBudgetter2026,
  lejreHjemmepleje2026,
  kalundborgAeldre,
  mariagerfjordTakster2025,
  indkomstoverfoerslerB28,
  folkeskoleUdgifterPrTime,
  offentligeFinanserB25,
  offentligSaldoLandeB5,
  forsvarMink2020,
  aktstykkeHerafRegioner2009,
  aktstykkeRegionerDrift2009,
  kommunaleServiceudgifter2007,
  auDriftsomkostninger2012,
  friskoleOesterlund,
  selvstyretsBudgetter,
  skmKommuneskat2026,
  skmKommuneskatteaendringer2022,
  auIndtaegterOmkostninger2013,
  auResultatopgoerelse2014,
  auFormaal2013,
  auITal2004,
  ufmUniversiteterOmkostninger2018,
  kuIndtaegter2022,
  thorsoeVand2024,
  thyholmVand2015,
  thyForsyning2024,
  hoersholmToemning,
  ufmInvesteringsramme2022,
  vejleTakster2026,
  slagelseAffaldErhverv2022,
  statensRegnskabstal2020,
  fredericiaAffald2021,
  lejreTimesatser,
  groenlandBnp2010,
  groenlandLandskassen2015,
  groenlandLandsstyret2000,
  groenlandHjemmestyret2000,
  groenlandLandstingsfinanslov1999,
  fredericiaBoernepasning2023,
  gladsaxeMadservice,
  groenlandSkatteudligning,
  kaqaTillaegsbevilling,
  fiuAarsvaerk2024,
  gribskovMadservice2021,
  groenlandVanskeligtStillede1994,
  horsensDrift2009,
  horsensDrift2010,
  horsensKultur2009,
  horsensBudget2008,
  horsensAnlaeg2011,
  horsensAnlaeg2009,
  anlaegsregnskabVandloeb2014,
  gentofteSeniorer2021,
  favrskovTakster,
  regionSyddanmarkSpecialcenter2022,
  rnOesterskovenTakster,
  regionMidtjyllandOverblik2010,
  regionSyddanmarkLillebaelt2023,
  dstBruttovaerditilvaekst1998,
  groenlandOffentligtForbrug,
  groenlandInputOutput2018,
  bmSatser2017,
  bmKontantydelse2017,
  bmSatser2014,
  skmIndfasning2021,
  regnskabstal2021,
  groenlandKonto0,
  // H20: Københavns Kommune, innovationsforslag OFS 2025-2026
  kkInnovationOversigt2026,
  kkInnovationBc01,
  kkInnovationBc02,
  kkInnovationBc39,
  kkInnovationBc01Kriterier,
  kkInnovationBc39Kriterier,
  kkInnovationBc02Kriterier,
];

/** Applies `plantedSet` (cached results that follow a planted change) on top of the planted cells. */
function withConsequences(spec) {
  return {
    ...spec,
    sheets: spec.sheets.map((s) => ({ ...s, planted: [...s.planted, ...(s.plantedSet || []).map((p) => ({ ...p, finds: [] }))] })),
  };
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const make of LAYOUTS) {
    const spec = make();
    const planted = withConsequences(spec);
    await writeXlsx(spec, false, path.join(OUT_DIR, `${spec.name}.xlsx`));
    await writeXlsx(planted, true, path.join(OUT_DIR, `${spec.name}-fejl.xlsx`));
    fs.writeFileSync(path.join(OUT_DIR, `${spec.name}.expected.json`), JSON.stringify(expectedFor(spec, 'xlsx'), null, 2) + '\n');
    if (spec.docx) {
      const word = { ...spec, sheets: spec.sheets.map((s) => ({ ...s, planted: s.plantedDocx || s.planted })) };
      await writeDocx(word, false, path.join(OUT_DIR, `${spec.name}.docx`));
      await writeDocx(word, true, path.join(OUT_DIR, `${spec.name}-fejl.docx`));
      fs.writeFileSync(path.join(OUT_DIR, `${spec.name}.docx.expected.json`), JSON.stringify(expectedFor(spec, 'docx'), null, 2) + '\n');
    }
    process.stdout.write(`skrev ${spec.name}\n`);
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`make-real-layouts: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
}
