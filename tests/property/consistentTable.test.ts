/**
 * Properties of a consistent proposal table ("1.000 kr. 2027 p/l", Styringsområde column, years
 * 2026–2031, sections of items each closed by a total whose values are the exact sums, and an
 * optional net total over the section totals):
 *
 *  - it is never flagged TOTAL_MISMATCH, and its only findings are NUMBER_STORED_AS_TEXT at exactly
 *    the cells where an amount was typed as Danish text;
 *  - its findings (rule, variant) are the same, with cells shifted by the same amount, when the
 *    table is moved elsewhere on the sheet (blank rows and columns inserted above and left of it);
 *  - they do not depend on the order of the sheets;
 *  - two tables stacked on one sheet give the findings of each on its own sheet.
 */
import fc from 'fast-check';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Finding, WorkbookGrid } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { COLUMN_THRESHOLD } from '../../src/core/rules/numberStoredAsText';
import { buildWorkbook, shiftA1, type Block, type GridValue, type RefFn, type SheetSpec } from './gridBuilder';

const SEED = 20261122;
const RUNS = 1000;
const template = builtinTemplate('kk-ofs-2025-2026')!;
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031];

// ---------------------------------------------------------------------------------------------
// The table model

type AmountForm = 'number' | 'text';

interface Item {
  label: string;
  so: string;
  /** One per year; null = blank. */
  amounts: (number | null)[];
  forms: AmountForm[];
}

interface Section {
  title: string | null;
  items: Item[];
  totalLabel: string;
  totalSo: 'blank' | 'same';
  totalStyle: 'literal' | 'formula';
  /** How a zero total is written: 0, blank or "-". */
  zeroAs: 0 | null | '-';
}

interface TableModel {
  title: string | null;
  tableTitle: boolean;
  sections: Section[];
  net: { label: string; style: 'literal' | 'formula' } | null;
}

const itemLabels = [
  'Projektledelse',
  'Juridisk og datamæssig afklaring',
  'Afprøvning af IT-løsninger',
  'Teknisk opsætning, licenser og support',
  'Dataetiske og sprogfaglige afklaringer',
  'Uddannelse af medarbejdere',
  'Konsulentbistand',
  'Drift og vedligehold',
  'Evaluering',
  'Ombygning af lokaler',
  'Indkøb af udstyr',
  'Reduceret tolkeforbrug',
  'Færre sagsbehandlertimer',
  'Lavere udgifter til kørsel',
  'Udvikling og understøttelse af arbejdet med de tre komponenter',
];

const sectionTitles = ['Implementeringsomkostninger', 'Driftsudgifter', 'Effektiviseringer', 'Varige ændringer', 'Anlægsudgifter'];
const blockTotalLabels = ['Samlede implementeringsomkostninger', 'I alt', 'Total', 'Samlede udgifter', 'I alt effektiviseringer'];
const netLabels = ['Nettoeffekt', 'Samlet økonomisk påvirkning'];
// Canonical names and aliases the template knows.
const styringsomraader = ['Service', 'Anlæg', 'Bruttoanlæg', 'Overførsler', 'Overførsler mv.', 'Finansposter', 'Service'];

const amountArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: -3000, max: 5000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -9_999_999, max: 9_999_999 }) },
  // Amounts that look like years (2.000 t.kr. = 2 mio. kr. is common): still amounts in an item row.
  { weight: 1, arbitrary: fc.integer({ min: 1990, max: 2100 }) },
);

const itemArb: fc.Arbitrary<Item> = fc
  .record({
    label: fc.constantFrom(...itemLabels),
    so: fc.constantFrom(...styringsomraader),
    amounts: fc.array(amountArb, { minLength: 6, maxLength: 6 }),
    forms: fc.array(fc.constantFrom<AmountForm>('number', 'number', 'number', 'text'), { minLength: 6, maxLength: 6 }),
    anchor: fc.integer({ min: 0, max: 5 }),
    anchorValue: fc.integer({ min: 1, max: 2000 }),
  })
  .map(({ label, so, amounts, forms, anchor, anchorValue }) => {
    // Every item row carries at least one non-zero amount (a row with none is a section title).
    const a = amounts.slice();
    if (!a.some((v) => v !== null && v !== 0)) a[anchor] = anchorValue;
    return { label, so, amounts: a, forms };
  });

const sectionArb: fc.Arbitrary<Section> = fc.record({
  title: fc.option(fc.constantFrom(...sectionTitles), { nil: null, freq: 6 }),
  items: fc.array(itemArb, { minLength: 1, maxLength: 5 }),
  totalLabel: fc.constantFrom(...blockTotalLabels),
  totalSo: fc.constantFrom<'blank' | 'same'>('blank', 'same'),
  totalStyle: fc.constantFrom<'literal' | 'formula'>('literal', 'formula'),
  zeroAs: fc.constantFrom<0 | null | '-'>(0, null, '-'),
});

const tableArb: fc.Arbitrary<TableModel> = fc
  .record({
    title: fc.option(fc.constantFrom('Test af AI-tolk på borgersamtaler', 'Digital visitation', 'Automatisk kontering'), { nil: null }),
    tableTitle: fc.boolean(),
    sections: fc.array(sectionArb, { minLength: 1, maxLength: 3 }),
    net: fc.option(fc.record({ label: fc.constantFrom(...netLabels), style: fc.constantFrom<'literal' | 'formula'>('literal', 'formula') }), {
      nil: null,
    }),
  })
  .map((t) => {
    // Sections after the first need a title row to separate them; a net total needs two sections.
    const sections = t.sections.map((s, i) => (i > 0 && s.title === null ? { ...s, title: sectionTitles[i % sectionTitles.length] } : s));
    return { ...t, sections, net: sections.length >= 2 ? t.net : null };
  });

function danishText(n: number): string {
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${grouped}` : grouped;
}

interface Rendered {
  rows: GridValue[][];
  /** Relative (row, col) of the cells typed as text, and of the header's first cell. */
  textCells: Array<[number, number]>;
  header: [number, number];
}

/** Renders a table model as rows (relative to its top-left corner): title, table title, header, body. */
function renderTable(t: TableModel, code: string | null): Rendered {
  const rows: GridValue[][] = [];
  const textCells: Array<[number, number]> = [];
  if (t.title !== null) {
    rows.push([code ? `${code} ${t.title}` : t.title]);
    rows.push([]);
  }
  if (t.tableTitle) rows.push(['Tabel 1. Forslagets samlede økonomiske konsekvenser']);
  const header: [number, number] = [rows.length, 0];
  rows.push(['1.000 kr. 2027 p/l', 'Styringsområde', ...YEARS]);
  const sectionTotalRows: number[] = [];
  const sectionTotals: number[][] = [];
  for (const s of t.sections) {
    if (s.title !== null) rows.push([s.title]);
    const first = rows.length;
    for (const it of s.items) {
      const r = rows.length;
      rows.push([
        it.label,
        it.so,
        ...it.amounts.map((v, j) => {
          if (v === null) return undefined;
          if (it.forms[j] === 'text' && v !== 0) {
            textCells.push([r, 2 + j]);
            return danishText(v);
          }
          return v;
        }),
      ]);
    }
    const last = rows.length - 1;
    const totals = YEARS.map((_, j) => s.items.reduce((acc, it) => acc + (it.amounts[j] ?? 0), 0));
    const anyValue = YEARS.map((_, j) => s.items.some((it) => it.amounts[j] !== null));
    const sameSo = s.items.every((it) => it.so === s.items[0].so) ? s.items[0].so : undefined;
    const r = rows.length;
    rows.push([
      s.totalLabel,
      s.totalSo === 'same' ? sameSo : undefined,
      ...totals.map((v, j): GridValue => {
        if (s.totalStyle === 'formula' && anyValue[j]) {
          return { formula: (ref: RefFn) => `SUM(${ref(first, 2 + j)}:${ref(last, 2 + j)})`, result: v };
        }
        if (v === 0) return anyValue[j] ? s.zeroAs : undefined;
        return v;
      }),
    ]);
    sectionTotalRows.push(r);
    sectionTotals.push(totals);
  }
  if (t.net) {
    const net = t.net;
    rows.push([
      net.label,
      undefined,
      ...YEARS.map((_, j): GridValue => {
        const v = sectionTotals.reduce((acc, tot) => acc + tot[j], 0);
        if (net.style === 'formula') return { formula: (ref: RefFn) => sectionTotalRows.map((r) => ref(r, 2 + j)).join('+'), result: v };
        return v === 0 ? 0 : v;
      }),
    ]);
  }
  return { rows, textCells, header };
}

const findingKey = (f: Finding) => `${f.sheet}|${f.cell}|${f.rule}|${f.variant ?? ''}`;
const keys = (fs: Finding[]) => fs.map(findingKey).sort();

function analyse(wb: WorkbookGrid): Finding[] {
  return analyseWorkbook(wb, template).findings;
}

const placement = fc.record({ top: fc.integer({ min: 1, max: 60 }), left: fc.integer({ min: 1, max: 15 }) });

/**
 * The NUMBER_STORED_AS_TEXT warnings due for the text cells: one a cell, or one a column (at its first
 * text cell) where the column holds more than COLUMN_THRESHOLD of them, or the table does and the
 * column holds two or more.
 */
function textWarnings(textCells: Array<[number, number]>, sheet: string, at: { top: number; left: number }): string[] {
  const byColumn = new Map<number, number[]>();
  for (const [dr, dc] of textCells) byColumn.set(dc, [...(byColumn.get(dc) ?? []), dr]);
  const address = (dr: number, dc: number) => shiftA1('A1', at.top - 1 + dr, at.left - 1 + dc);
  const out: string[] = [];
  for (const [dc, rows] of byColumn) {
    if (rows.length > COLUMN_THRESHOLD || (textCells.length > COLUMN_THRESHOLD && rows.length >= 2)) out.push(`${sheet}|${address(Math.min(...rows), dc)}|NUMBER_STORED_AS_TEXT|column`);
    else for (const dr of rows) out.push(`${sheet}|${address(dr, dc)}|NUMBER_STORED_AS_TEXT|`);
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------

describe('a consistent proposal table', () => {
  test('is never flagged TOTAL_MISMATCH; its only findings are the amounts typed as text', () => {
    fc.assert(
      fc.property(tableArb, placement, fc.boolean(), (t, at, withCode) => {
        const code = withCode ? 'BC12' : null;
        const r = renderTable(t, code);
        const wb = buildWorkbook([{ name: code ?? 'Ark1', blocks: [{ ...at, rows: r.rows }] }]);
        const findings = analyse(wb);
        expect(findings.filter((f) => f.rule === 'TOTAL_MISMATCH')).toEqual([]);
        expect(keys(findings)).toEqual(textWarnings(r.textCells, code ?? 'Ark1', at));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);

  test('gives the same findings, shifted, wherever it stands on the sheet', () => {
    fc.assert(
      fc.property(tableArb, placement, placement, (t, a, b) => {
        const r = renderTable(t, 'BC12');
        const at = (p: { top: number; left: number }) => buildWorkbook([{ name: 'BC12', blocks: [{ ...p, rows: r.rows }] }]);
        const fa = analyse(at(a));
        const fb = analyse(at(b));
        const shifted = fa.map((f) => ({ ...f, cell: shiftA1(f.cell, b.top - a.top, b.left - a.left) }));
        expect(keys(fb)).toEqual(keys(shifted));
        const ta = analyseWorkbook(at(a), template).tables;
        const tb = analyseWorkbook(at(b), template).tables;
        expect(tb.map((x) => x.firstHeaderCell)).toEqual(ta.map((x) => shiftA1(x.firstHeaderCell, b.top - a.top, b.left - a.left)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);

  test('gives the same findings whatever the order of the sheets', () => {
    const sheets = fc.array(fc.tuple(tableArb, placement), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(sheets, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (tables, order) => {
        const specs: SheetSpec[] = tables.map(([t, p], i) => {
          const code = `BC${String(10 + i)}`;
          return { name: code, blocks: [{ ...p, rows: renderTable(t, code).rows }] };
        });
        // A permutation from the random keys.
        const permuted = specs
          .map((s, i) => ({ s, k: order[i] ?? 0, i }))
          .sort((x, y) => x.k - y.k || x.i - y.i)
          .map((x) => x.s);
        expect(keys(analyse(buildWorkbook(permuted)))).toEqual(keys(analyse(buildWorkbook(specs))));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);

  test('stacked under another table on the same sheet, each keeps its own findings', () => {
    fc.assert(
      fc.property(tableArb, tableArb, placement, fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 3 }), (t1, t2, p, gap, dLeft) => {
        const r1 = renderTable({ ...t1, tableTitle: true }, null);
        const r2 = renderTable({ ...t2, tableTitle: true, title: null }, null);
        const top2 = p.top + r1.rows.length + gap;
        const left2 = p.left + dLeft;
        const alone1 = analyse(buildWorkbook([{ name: 'Ark1', blocks: [{ ...p, rows: r1.rows }] }]));
        const alone2 = analyse(buildWorkbook([{ name: 'Ark1', blocks: [{ top: top2, left: left2, rows: r2.rows }] }]));
        const blocks: Block[] = [
          { ...p, rows: r1.rows },
          { top: top2, left: left2, rows: r2.rows },
        ];
        const together = analyseWorkbook(buildWorkbook([{ name: 'Ark1', blocks }]), template);
        expect(together.tables).toHaveLength(2);
        expect(keys(together.findings)).toEqual([...keys(alone1), ...keys(alone2)].sort());
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);
});
