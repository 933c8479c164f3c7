/**
 * Writes tests/layouts/: workbooks of the table layouts finance staff really write, modelled on
 * published Danish tables (a KK investment proposal, a kommune's budgetopfølgning, the state's
 * monthly accounts, an investment plan with section titles, "heraf" rows, a business case with a
 * running "Akkumuleret" column). Each layout is written twice: NAME.xlsx as it should be, and
 * NAME-fejl.xlsx with planted mistakes; NAME.expected.json says which template checks it, what
 * tables it holds and exactly which findings about totals the planted mistakes give.
 *
 *   tsx scripts/make-layouts.ts [--out DIR]
 *
 * All figures are whole numbers or tenths, computed here in integers (tenths), never summed as floats.
 * Reproducible byte for byte (fixed document and zip dates, scripts/fixtures).
 */
import * as fs from 'fs';
import * as path from 'path';
import { colLetter, newWorkbook, outDirArgument, runGenerator, saveWorkbook } from './fixtures';

const OUT_DIR = path.join(__dirname, '..', 'tests', 'layouts');
const WHOLE = '#,##0;-#,##0';
const ONE_DECIMAL = '#,##0.0;-#,##0.0';
const PERCENT = '0.0%';

const u = undefined;
/** A cell of a layout: text, a figure, or nothing. */
type Cell = string | number | undefined;
type Figures = Array<number | undefined>;
const sum = (xs: Figures): number => xs.reduce((a: number, b) => a + (b ?? 0), 0);
/** Column-wise sums of rows of equal length (undefined counts as 0; all-undefined stays undefined). */
const colSums = (rows: Figures[]): Figures =>
  (rows[0] ?? []).map((_, j) => (rows.every((r) => r[j] === undefined) ? u : sum(rows.map((r) => r[j]))));
const tenths = (xs: Figures): Figures => xs.map((x) => (x === undefined ? u : x / 10));
/** The figure at `i`; an error when there is none (a layout's own arithmetic went wrong). */
const at = (xs: Figures, i: number): number => {
  const x = xs[i];
  if (x === undefined) throw new Error(`no figure at ${i}`);
  return x;
};

// ---------------------------------------------------------------------------------------------
// Layouts: each returns { name, template, sheets: [{ name, rows, formats }], tables, planted }.
// `formats` maps a 1-based column to a number format; `planted` lists { sheet, cell, value, finds }
// where `finds` are the findings the change gives ([rule, cell] pairs, the planted cell first).

/** An item: its label, styringsområde and figures by year. */
type ItemRow = [label: string, area: string, figures: number[]];
/** An item's label and figures by year. */
type ItemFigures = [label: string, figures: number[]];
/** A line of a budget follow-up: label, oprindeligt, korrigeret, forventet (tenths of mio. kr.). */
type FollowupLine = [label: string, original: number, corrected: number, expected: number];

interface LayoutSheet {
  name: string;
  rows: Cell[][];
  /** Number format by 1-based column. */
  formats: Record<number, string>;
}

/** A change to a cell: a new value, or an amount added to its figure. */
interface CellChange {
  sheet: string;
  cell: string;
  value?: number;
  add?: number;
}

interface PlantedMistake {
  sheet: string;
  cell: string;
  value: number;
  /** Cells the mistake carries into (sums below it). */
  also?: CellChange[];
  finds: Array<[rule: string, cell: string]>;
}

interface Layout {
  name: string;
  template: string;
  sheets: LayoutSheet[];
  tables: Array<{ sheet: string; kind: string; unit: string; priceLevel: number | null }>;
  planted: PlantedMistake[];
  consequences?: Array<[rule: string, cell: string]>;
}

/** KK investment proposal: investment, "Varige ændringer", net "Samlet økonomisk påvirkning", heraf, Akkumuleret. */
function kkInvestment(): Layout {
  const years = [2026, 2027, 2028, 2029, 2030, 2031];
  const inv: ItemRow[] = [
    ['Indkøb og opsætning af sagsbehandlingssystem', 'Anlæg', [2400, 800, 0, 0, 0, 0]],
    ['Projektledelse og implementering', 'Service', [900, 600, 200, 0, 0, 0]],
    ['Uddannelse af medarbejdere', 'Service', [300, 250, 0, 0, 0, 0]],
  ];
  const varige: ItemRow[] = [
    ['Drift og licenser', 'Service', [0, 350, 350, 350, 350, 350]],
    ['Færre årsværk til manuel sagsbehandling', 'Service', [0, -900, -1800, -1800, -1800, -1800]],
    ['Reduceret brug af eksterne konsulenter', 'Service', [0, -200, -400, -400, -400, -400]],
  ];
  const invTotal = colSums(inv.map((r) => r[2]));
  const varTotal = colSums(varige.map((r) => r[2]));
  const net = colSums([invTotal, varTotal]);
  let running = 0;
  const akk = net.map((v) => (running += v ?? 0));
  const rows: Cell[][] = [
    ['BC12 Digital sagsbehandling på handicapområdet'],
    [],
    ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
    ['1.000 kr. 2027 p/l', 'Styringsområde', ...years],
    ['Investering'],
    [inv[0][0], inv[0][1], ...inv[0][2]],
    ['heraf licenser', u, 600, 300, 0, 0, 0, 0],
    ...inv.slice(1).map(([l, s, v]) => [l, s, ...v]),
    ['Samlet investering', u, ...invTotal],
    ['Varige ændringer'],
    ...varige.map(([l, s, v]) => [l, s, ...v]),
    ['Samlede varige ændringer', u, ...varTotal],
    ['Samlet økonomisk påvirkning', u, ...net],
    ['Akkumuleret økonomisk påvirkning', u, ...akk],
  ];
  const formats = Object.fromEntries(years.map((_, i) => [3 + i, WHOLE]));
  return {
    name: 'kk-investeringsforslag',
    template: 'kk-ofs-2025-2026',
    sheets: [{ name: 'BC12', rows, formats }],
    tables: [{ sheet: 'BC12', kind: 'proposal', unit: 't.kr.', priceLevel: 2027 }],
    planted: [
      // The net total of 2028 typed by hand, off by 100.
      { sheet: 'BC12', cell: 'E16', value: at(net, 2) + 100, finds: [['TOTAL_MISMATCH', 'E16']] },
      // "heraf licenser" larger than the purchase it is part of.
      { sheet: 'BC12', cell: 'C7', value: 2600, finds: [['HERAF_EXCEEDS', 'C7']] },
    ],
  };
}

/** A kommune's budgetopfølgning (resultatopgørelse): mio. kr. with one decimal, Afvigelse and %. */
function budgetFollowup(): Layout {
  // [label, oprindeligt, korrigeret, forventet] in tenths of mio. kr.
  const indt: FollowupLine[] = [
    ['Skatter', -21504, -21504, -21479],
    ['Generelle tilskud mv.', -10126, -9981, -10030],
  ];
  const drift: FollowupLine[] = [
    ['Børne- og Ungeudvalget', 8143, 8171, 8190],
    ['Kultur- og Fritidsudvalget', 512, 701, 634],
    ['Beskæftigelsesudvalget', 7820, 7809, 7809],
    ['Social- og Sundhedsudvalget', 9875, 9861, 9893],
    ['Teknik- og Miljøudvalget', 634, 652, 668],
    ['Økonomiudvalget', 3719, 3874, 3826],
  ];
  const renter: FollowupLine = ['Renter mv.', 68, 68, -21];
  const anlaeg: FollowupLine[] = [
    ['Børne- og Ungeudvalget', 236, 262, 241],
    ['Kultur- og Fritidsudvalget', 88, 154, 120],
    ['Teknik- og Miljøudvalget', 415, 530, 466],
  ];
  const figures = (r: FollowupLine): number[] => [r[1], r[2], r[3]];
  const total = (rs: FollowupLine[]): number[] => ([1, 2, 3] as const).map((k) => sum(rs.map((r) => r[k])));
  const line = (label: string, v: number[]): Cell[] => {
    const afv = v[2] - v[1]; // forventet − korrigeret
    const pct = v[1] === 0 ? u : Math.round((afv / Math.abs(v[1])) * 1000) / 1000;
    return [label, ...tenths([v[0], v[1], v[2], afv]), pct];
  };
  const indtT = total(indt);
  const driftT = total(drift);
  const driftsresultat = [0, 1, 2].map((k) => indtT[k] + driftT[k]);
  const ordinaer = [0, 1, 2].map((k) => driftsresultat[k] + figures(renter)[k]);
  const anlaegT = total(anlaeg);
  const skattefin = [0, 1, 2].map((k) => ordinaer[k] + anlaegT[k]);
  const rows = [
    ['Budgetopfølgning 3 pr. 31. oktober 2025 – samlet overblik'],
    [
      'Resultatopgørelse (mio. kr.)',
      'Oprindeligt budget 2025',
      'Korrigeret budget 2025 pr. 31. oktober',
      'Forventet regnskab 2025 pr. 31. oktober',
      'Forventet afvigelse til korrigeret budget',
      'Afvigelse til korrigeret budget i %',
    ],
    ['Det skattefinansierede område'],
    ['Indtægter'],
    ...indt.map((r) => line(r[0], figures(r))), // rows 5–6
    line('Indtægter i alt', indtT), // 7
    ['Driftsudgifter (ekskl. forsyningsvirksomhed)'], // 8
    ...drift.map((r) => line(r[0], figures(r))), // 9–14
    line('Driftsudgifter i alt', driftT), // 15
    line('Driftsresultat før finansiering', driftsresultat), // 16
    line(renter[0], figures(renter)), // 17
    line('Resultat af ordinær driftsvirksomhed', ordinaer), // 18
    ['Anlægsudgifter (ekskl. forsyningsvirksomhed)'], // 19
    ...anlaeg.map((r) => line(r[0], figures(r))), // 20–22
    line('Anlægsudgifter i alt', anlaegT), // 23
    line('Resultat af det skattefinansierede område', skattefin), // 24
    [],
    ['Anm.: Negative beløb er indtægter. Afvigelse = forventet regnskab − korrigeret budget.'],
  ];
  const formats = { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL, 6: PERCENT };
  // The Afvigelse of Social- og Sundhedsudvalget (row 12) typed as 4,2 instead of 3,2; the sums
  // below it (SUM formulas in the original) carry the slip.
  const slip = 10; // tenths
  const carried = [15, 16, 18, 24].map((r) => ({ sheet: 'Resultatopgørelse', cell: `E${r}`, add: slip / 10 }));
  return {
    name: 'budgetopfoelgning',
    template: 'generic',
    sheets: [{ name: 'Resultatopgørelse', rows, formats }],
    tables: [{ sheet: 'Resultatopgørelse', kind: 'followup', unit: 'mio. kr.', priceLevel: null }],
    planted: [
      { sheet: 'Resultatopgørelse', cell: 'E12', value: (drift[3][3] - drift[3][2] + slip) / 10, also: carried, finds: [['DIFFERENCE_MISMATCH', 'E12']] },
      // "Driftsudgifter i alt", oprindeligt budget, off by 0,9 mio. kr.: an error, not rounding.
      { sheet: 'Resultatopgørelse', cell: 'B15', value: (driftT[0] + 9) / 10, finds: [['TOTAL_MISMATCH', 'B15']] },
    ],
  };
}

/** The state's monthly accounts: months as rows with quarter subtotals and "Hele året"; and months as columns. */
function monthlyAccounts(): Layout {
  const months = ['Januar', 'Februar', 'Marts', 'April', 'Maj', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'December'];
  // Tenths of mio. kr.
  const budget = [51234, 49871, 53012, 50560, 51139, 54027, 47015, 48873, 52301, 51746, 50918, 60124];
  const regnskab = [52018, 49022, 54133, 50047, 51560, 55219, 46604, 48080, 53026, 52611, 51270, 64035];
  const rows: Cell[][] = [['Statens udgifter, månedsopgørelse 2025'], ['Mio. kr.', 'Budget', 'Regnskab', 'Afvigelse']];
  const line = (label: string, b: number, r: number): Cell[] => [label, ...tenths([b, r, r - b])];
  const qRows: Record<number, { row: number; b: number; r: number }> = {};
  for (let q = 0; q < 4; q++) {
    for (let m = 3 * q; m < 3 * q + 3; m++) rows.push(line(months[m], budget[m], regnskab[m]));
    const b = sum(budget.slice(3 * q, 3 * q + 3));
    const r = sum(regnskab.slice(3 * q, 3 * q + 3));
    rows.push(line(`${q + 1}. kvartal`, b, r));
    qRows[q + 1] = { row: rows.length, b, r };
  }
  rows.push(line('Hele året', sum(budget), sum(regnskab)));

  // Months as columns: rows per area, quarter columns and "Hele året".
  const areas: Array<[string, number[]]> = [
    ['Driftsudgifter', [41, 40, 43, 41, 42, 44, 38, 40, 43, 42, 41, 49]],
    ['Indkomstoverførsler', [92, 92, 93, 93, 93, 94, 94, 94, 95, 95, 95, 96]],
    ['Anlæg', [3, 4, 6, 5, 6, 9, 4, 5, 8, 7, 9, 15]],
  ];
  const header: string[] = ['Mia. kr.'];
  for (let q = 0; q < 4; q++) header.push(...months.slice(3 * q, 3 * q + 3).map((m) => `${m.slice(0, 3)}.`), `${q + 1}. kvt.`);
  header.push('Hele året');
  const areaLine = (label: string, v: number[]): Cell[] => {
    const out: Cell[] = [label];
    for (let q = 0; q < 4; q++) out.push(...v.slice(3 * q, 3 * q + 3), sum(v.slice(3 * q, 3 * q + 3)));
    out.push(sum(v));
    return out;
  };
  const totalV = months.map((_, m) => sum(areas.map((a) => a[1][m])));
  const cols = [['Statens udgifter fordelt på måneder, 2025'], header, ...areas.map(([l, v]) => areaLine(l, v)), areaLine('Udgifter i alt', totalV)];
  const colFormats = Object.fromEntries(header.slice(1).map((_, i) => [2 + i, WHOLE]));
  const q3 = qRows[3];
  const lastCol = colLetter(header.length);
  return {
    name: 'statens-maanedsregnskab',
    template: 'generic',
    sheets: [
      { name: 'Måneder', rows, formats: { 2: ONE_DECIMAL, 3: ONE_DECIMAL, 4: ONE_DECIMAL } },
      { name: 'Kvartaler', rows: cols, formats: colFormats },
    ],
    tables: [
      { sheet: 'Måneder', kind: 'period', unit: 'mio. kr.', priceLevel: null },
      { sheet: 'Kvartaler', kind: 'period', unit: 'mia. kr.', priceLevel: null },
    ],
    planted: [
      // 3. kvartal's Regnskab typed 10 mio. kr. too high: its months no longer add up to it. Its own
      // Afvigelse (computed from the right figures) is still the sum of its months' Afvigelse, so
      // only the wrong cell is reported.
      { sheet: 'Måneder', cell: `C${q3.row}`, value: (q3.r + 100) / 10, finds: [['TOTAL_MISMATCH', `C${q3.row}`]] },
      // "Hele året" of "Udgifter i alt" typed wrong: neither its months nor the areas above add up to it.
      { sheet: 'Kvartaler', cell: `${lastCol}6`, value: sum(totalV) + 20, finds: [['TOTAL_MISMATCH', `${lastCol}6`]] },
    ],
  };
}

/** An investment plan: a unit sentence above, section titles with no subtotals, one grand "I alt", an "I alt" column. */
function investmentPlan(): Layout {
  const sections: Array<[title: string, items: ItemFigures[]]> = [
    ['Skoler', [['Ny skole i Nordhavn', [12000, 35000, 41000, 8000]], ['Renovering af Valby Skole', [4500, 6000, 0, 0]], ['Udskolingsmiljøer', [1500, 1500, 1500, 1500]]]],
    ['Daginstitutioner', [['Børnehus Sydhavn', [3000, 14000, 9000, 0]], ['Legepladser', [800, 800, 800, 800]]]],
    ['Veje og stier', [['Cykelsti langs Amagerbrogade', [2500, 7500, 0, 0]], ['Trafiksikkerhed ved skoler', [1200, 1200, 1200, 1200]], ['Belysning', [600, 600, 600, 600]]]],
    ['Idræt og kultur', [['Svømmehal i Ørestad', [0, 5000, 30000, 42000]], ['Bibliotek, renovering', [900, 2100, 0, 0]]]],
  ];
  const rows: Cell[][] = [
    ['Bilag 3. Investeringsoversigt'],
    ['Alle investeringer er angivet i tusinde kr., 2026-priser'],
    ['Tabel 1. Anlægsinvesteringer 2026–2029'],
    [],
    ['Projekt', 2026, 2027, 2028, 2029, 'I alt'],
  ];
  const all: number[][] = [];
  for (const [title, items] of sections) {
    rows.push([title]);
    for (const [label, v] of items) {
      rows.push([label, ...v, sum(v)]);
      all.push(v);
    }
  }
  const grand = colSums(all);
  rows.push(['I alt', ...grand, sum(grand)]);
  const totalRow = rows.length;
  return {
    name: 'investeringsoversigt',
    template: 'generic',
    sheets: [{ name: 'Investeringer', rows, formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE } }],
    tables: [{ sheet: 'Investeringer', kind: 'proposal', unit: 't.kr.', priceLevel: 2026 }],
    planted: [
      // The grand total of 2027 counts only the last section (7.100 instead of 74.700). The row's
      // own "I alt" (its years) is off by exactly that slip: only the wrong cell is reported.
      { sheet: 'Investeringer', cell: `C${totalRow}`, value: 7100, finds: [['TOTAL_MISMATCH', `C${totalRow}`]] },
    ],
    consequences: [],
  };
}

/** A budget with "heraf" rows under items. */
function herafBudget(): Layout {
  const rows: Cell[][] = [
    ['Driftsbudget 2026–2029, Sundheds- og Omsorgsforvaltningen'],
    ['1.000 kr., 2026-priser', 'Styringsområde', 2026, 2027, 2028, 2029],
    ['Administration', 'Service', 12500, 12300, 12100, 12100],
    ['heraf løn', u, 9800, 9700, 9600, 9600],
    ['heraf IT og licenser', u, 1400, 1400, 1300, 1300],
    ['Hjemmepleje og plejecentre', 'Service', 84000, 85500, 87200, 88900],
    ['- heraf hjemmepleje', u, 31000, 31500, 32100, 32700],
    ['- heraf plejecentre', u, 53000, 54000, 55100, 56200],
    ['Tilskud til foreninger', 'Service', 2300, 2300, 2300, 2300],
    ['hvoraf lokaletilskud', u, 900, 900, 900, 900],
    ['I alt', u, 98800, 100100, 101600, 103300],
  ];
  return {
    name: 'heraf',
    template: 'generic',
    sheets: [{ name: 'Driftsbudget', rows, formats: { 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE } }],
    tables: [{ sheet: 'Driftsbudget', kind: 'proposal', unit: 't.kr.', priceLevel: 2026 }],
    planted: [
      // "heraf løn" 2027 more than Administration itself.
      { sheet: 'Driftsbudget', cell: 'D4', value: 11500, finds: [['HERAF_EXCEEDS', 'D4']] },
      // "I alt" 2029 counts the heraf rows again (103.300 + 9.600 + 1.300 + 32.700 + 56.200 + 900).
      { sheet: 'Driftsbudget', cell: 'F11', value: 204000, finds: [['TOTAL_MISMATCH', 'F11']] },
    ],
  };
}

/** A business case: years as rows, a running "Akkumuleret" column, "Tilbagebetalingstid (år)". */
function businessCase(): Layout {
  const years = [2026, 2027, 2028, 2029, 2030, 2031];
  const inv = [1800, 400, 0, 0, 0, 0];
  const drift = [0, 150, 150, 150, 150, 150];
  const gevinst = [0, -600, -900, -900, -900, -900];
  const rows: Cell[][] = [['Business case: Velfærdsteknologi i hjemmeplejen'], ['1.000 kr., 2026-priser', 'Investering', 'Driftsudgifter', 'Gevinster', 'Nettoeffekt', 'Akkumuleret nettoeffekt']];
  let running = 0;
  years.forEach((y, i) => {
    const net = inv[i] + drift[i] + gevinst[i];
    running += net;
    rows.push([y, inv[i], drift[i], gevinst[i], net, running]);
  });
  const netAll = sum(inv) + sum(drift) + sum(gevinst);
  rows.push(['I alt', sum(inv), sum(drift), sum(gevinst), netAll, running]);
  rows.push(['Tilbagebetalingstid (år)', u, u, u, 4.6]);
  return {
    name: 'business-case-akkumuleret',
    template: 'generic',
    sheets: [{ name: 'Business case', rows, formats: { 2: WHOLE, 3: WHOLE, 4: WHOLE, 5: WHOLE, 6: WHOLE } }],
    tables: [{ sheet: 'Business case', kind: 'period', unit: 't.kr.', priceLevel: 2026 }],
    planted: [
      // The gains' total typed as a five-year figure (−3.600 instead of −4.200).
      { sheet: 'Business case', cell: 'D9', value: -3600, finds: [['TOTAL_MISMATCH', 'D9']] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

async function writeWorkbook(layout: Layout, file: string, changes: CellChange[]): Promise<void> {
  const wb = newWorkbook();
  for (const sheet of layout.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((values, i) => {
      values.forEach((v, j) => {
        if (v === undefined || v === null) return;
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = v;
        const fmt = sheet.formats?.[j + 1];
        if (fmt && typeof v === 'number' && i > 0) cell.numFmt = fmt;
      });
    });
    ws.getColumn(1).width = 44;
    for (const c of changes.filter((x) => x.sheet === sheet.name)) {
      const cell = ws.getCell(c.cell);
      cell.value = c.value !== undefined ? c.value : Math.round((Number(cell.value) + (c.add ?? 0)) * 1000) / 1000;
    }
  }
  await saveWorkbook(wb, file);
}

async function main(argv: string[]): Promise<void> {
  const outDir = outDirArgument(argv, OUT_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const layouts = [kkInvestment(), budgetFollowup(), monthlyAccounts(), investmentPlan(), herafBudget(), businessCase()];
  for (const layout of layouts) {
    await writeWorkbook(layout, path.join(outDir, `${layout.name}.xlsx`), []);
    const changes = layout.planted.flatMap((p) => [{ sheet: p.sheet, cell: p.cell, value: p.value }, ...(p.also ?? [])]);
    await writeWorkbook(layout, path.join(outDir, `${layout.name}-fejl.xlsx`), changes);
    const findings = [
      ...layout.planted.flatMap((p) => p.finds.map(([rule, cell]) => ({ sheet: p.sheet, cell, rule, planted: p.cell }))),
      ...(layout.consequences ?? []).map(([rule, cell]) => ({ sheet: layout.sheets[0].name, cell, rule, planted: null })),
    ];
    const expected = { template: layout.template, clean: `${layout.name}.xlsx`, planted: `${layout.name}-fejl.xlsx`, tables: layout.tables, findings };
    fs.writeFileSync(path.join(outDir, `${layout.name}.expected.json`), JSON.stringify(expected, null, 2) + '\n');
  }
  process.stdout.write(`${layouts.length} layouts written to ${path.relative(process.cwd(), outDir) || '.'}\n`);
}

if (require.main === module) runGenerator('make-layouts', main);
