/**
 * Property: whatever a workbook holds — numbers, Danish number texts, junk, Excel errors, formulas
 * with and without cached results, years, labels, merges, hidden rows — `analyseWorkbook` returns
 * (never throws), every finding points at a real sheet and a valid cell, and every message renders
 * in both languages with no placeholder left unfilled.
 */
import fc from 'fast-check';
import { analyseWorkbook } from '../../src/core/analyse';
import { renderMessage, ruleMeta } from '../../src/core/messages';
import type { CellRange, CellValue, SheetState } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { buildWorkbook, type Block, type GridValue, type SheetSpec } from './gridBuilder';

const SEED = 20261122;
const kk = builtinTemplate('kk-ofs-2025-2026')!;
const generic = builtinTemplate('generic')!;

const labels = [
  '1.000 kr. 2027 p/l',
  '1.000 kr. 2026 p/l.',
  '1000 kr p/l',
  't.kr. 2027-p/l',
  '2027 p/l.',
  'mio. kr. 2027 p/l',
  'kr.',
  'løbende priser',
  'Styringsområde',
  'Styrings-område',
  'Udvalg',
  'Forslag',
  'Service',
  'Servce',
  'Anlæg',
  'Bruttoanlæg',
  'Overførsler mv.',
  'Finansposter',
  'Implementeringsomkostninger',
  'Effektiviseringer',
  'Varige ændringer',
  'Samlede implementeringsomkostninger',
  'I alt',
  'I alt udmøntning fra innovationspuljen',
  'Total',
  'Samlet',
  'Nettoeffekt',
  'Samlet økonomisk påvirkning',
  'Tabel 1. Forslagets samlede økonomiske konsekvenser',
  'Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026',
  'Noter til alle tabeller: Forslaget skal udarbejdes i 2027 p/l',
  'BC01 Test af AI-tolk på borgersamtaler i BIF',
  'BC02',
  'BC39',
  'Projektledelse',
  'Licenser',
  '-',
  '–',
  '',
  ' ',
];

const danishNumberText = fc
  .tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.nat(99), fc.constantFrom('plain', 'grouped', 'decimal', 'paren', 'minus', 'unit', 'spaced'))
  .map(([n, frac, style]) => {
    const abs = Math.abs(n);
    const grouped = String(abs).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const sign = n < 0 ? '-' : '';
    switch (style) {
      case 'plain':
        return `${sign}${abs}`;
      case 'grouped':
        return `${sign}${grouped}`;
      case 'decimal':
        return `${sign}${grouped},${frac}`;
      case 'paren':
        return `(${grouped})`;
      case 'minus':
        return `\u2212${grouped}`;
      case 'unit':
        return `${grouped} kr.`;
      default:
        return `${sign}${String(abs).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}`;
    }
  });

const errorValue = fc.constantFrom('#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA').map(
  (error) => ({ error }),
);

const literal: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -100_000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e300, -1e-300, Number.MAX_SAFE_INTEGER, 1e21, 5e-324) },
  { weight: 4, arbitrary: danishNumberText },
  { weight: 3, arbitrary: fc.integer({ min: 1985, max: 2105 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2020, max: 2035 }).map(String) },
  { weight: 6, arbitrary: fc.constantFrom(...labels) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('ca. 200', 'n/a', 'x', '?', '1.300 kr.', '(300)', '−300', '2.093,8', '1,0 mio. kr.', '=SUM(C1:C3)') },
  { weight: 2, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }) },
);

const cellRef = fc
  .tuple(fc.constantFrom('', '$'), fc.constantFrom('A', 'B', 'C', 'D', 'H', 'Z', 'AA', 'XFD'), fc.constantFrom('', '$'), fc.integer({ min: 1, max: 1_048_576 }))
  .map(([a, c, b, r]) => `${a}${c}${b}${r}`);

const formulaText = fc.oneof(
  fc.tuple(cellRef, cellRef).map(([x, y]) => `SUM(${x}:${y})`),
  fc.tuple(cellRef, cellRef, cellRef).map(([x, y, z]) => `SUM(${x}:${y})+${z}`),
  fc.tuple(cellRef, cellRef).map(([x, y]) => `${x}+${y}`),
  fc.tuple(cellRef, cellRef).map(([x, y]) => `SUM(${x},${y},${x})`),
  fc.constantFrom(
    'SUM(C:C)',
    'SUM(5:9)',
    "SUM('BC01'!C6:C9)",
    "'Ark med mellemrum'!C3*1,028",
    'Ark2!A1',
    'SUM(Beløb)',
    'ROUND(C6/1.028,0)',
    'C6*"timer"',
    'IF(C6>0,"ja","nej")',
    'SUM(',
    ')',
    '',
    '""""',
    'SUM(C6:C9',
    'INDIRECT("C"&ROW())',
    '#REF!+1',
    'SUMME(C6:C9)',
    'SUM(C9:C6)',
  ),
  fc.string({ maxLength: 25 }),
);

const formula: fc.Arbitrary<GridValue> = fc.record({
  formula: formulaText,
  result: fc.option(literal, { nil: undefined }),
});

const cell: fc.Arbitrary<GridValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(undefined) },
  { weight: 8, arbitrary: literal },
  { weight: 2, arbitrary: formula },
);

/** Rows that look like parts of a table (label, styringsområde, amounts), to reach deep paths. */
const tableishRow: fc.Arbitrary<GridValue[]> = fc
  .tuple(fc.constantFrom(...labels), fc.option(fc.constantFrom('Service', 'Servce', 'Anlæg', 'Styringsområde', '', 'Finansposter'), { nil: undefined }), fc.array(cell, { maxLength: 8 }))
  .map(([a, b, rest]) => [a, b, ...rest]);

const headerRow: fc.Arbitrary<GridValue[]> = fc
  .tuple(
    fc.constantFrom(...labels),
    fc.constantFrom('Styringsområde', 'Udvalg', 'Forslag', '', 'Service'),
    fc.integer({ min: 2020, max: 2032 }),
    fc.integer({ min: 1, max: 8 }),
    fc.boolean(),
  )
  .map(([label, so, first, n, shuffled]) => {
    const years: GridValue[] = Array.from({ length: n }, (_, i) => first + i);
    if (shuffled && n > 2) [years[1], years[2]] = [years[2], years[1]];
    return [label, so, ...years];
  });

const block: fc.Arbitrary<Block> = fc.record({
  top: fc.integer({ min: 1, max: 40 }),
  left: fc.integer({ min: 1, max: 12 }),
  rows: fc.array(fc.oneof({ weight: 3, arbitrary: fc.array(cell, { maxLength: 10 }) }, { weight: 3, arbitrary: tableishRow }, { weight: 1, arbitrary: headerRow }), {
    maxLength: 18,
  }),
});

const range: fc.Arbitrary<CellRange> = fc
  .tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 20 }), fc.nat(4), fc.nat(4))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const sheetName = fc.oneof(fc.constantFrom('Ark1', 'BC01', 'BC02', 'BC39', 'Oversigt', 'BC01 (2)', 'Forslag BC07', "Ark'1", 'Ark 2'), fc.string({ minLength: 1, maxLength: 31 }));

const sheet: fc.Arbitrary<SheetSpec> = fc.record({
  name: sheetName,
  blocks: fc.array(block, { maxLength: 3 }),
  state: fc.constantFrom<SheetState>('visible', 'visible', 'hidden', 'veryHidden'),
  merges: fc.array(range, { maxLength: 4 }),
  hiddenRows: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 5 }),
});

const workbook = fc.array(sheet, { minLength: 0, maxLength: 4 });

describe('analyseWorkbook on arbitrary grids', () => {
  test.each([
    ['kk-ofs-2025-2026', kk],
    ['generic', generic],
  ])('never throws, and its findings point at real cells (%s)', (_id, template) => {
    fc.assert(
      fc.property(workbook, (specs) => {
        const wb = buildWorkbook(specs);
        const result = analyseWorkbook(wb, template);
        const names = new Set(wb.sheets.map((s) => s.name));
        for (const f of result.findings) {
          expect(names.has(f.sheet)).toBe(true);
          expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          for (const lang of ['da', 'en'] as const) {
            const text = renderMessage(f, lang);
            expect(text.length).toBeGreaterThan(0);
            // Every placeholder of the message template has a value (user text may hold braces).
            const messages = ruleMeta(f.rule).messages[lang];
            const template = messages[f.variant ?? 'default'] ?? messages.default;
            const missing = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !(name in f.params));
            expect({ rule: f.rule, variant: f.variant, missing }).toEqual({ rule: f.rule, variant: f.variant, missing: [] });
          }
        }
        for (const t of result.tables) expect(names.has(t.sheet)).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  }, 300_000);
});
