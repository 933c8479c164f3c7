/**
 * Tables a Danish finance office writes, as models for property tests: headings that are years,
 * codes or abbreviations ("Rgsk. 24", "u. moms"), measures ("Drift", "Anlæg") or none; the unit in
 * a unit row, the corner, a heading or a line above; labels with or without row numbers; totals
 * below, above or in a right-hand column, with or without a total word; sections with subtotals and
 * a grand total; rate and price tables with no totals; negative amounts; figures rounded to what is
 * shown; share and count columns beside the amounts; dashes and blanks.
 *
 * A model is rendered as a grid (relative to its top-left corner) that knows which cells are totals
 * of which, so a test can change one amount and say where the change must be found. Every figure is
 * an integer count of the smallest unit shown (whole units or tenths); sums are integer sums.
 */
import fc from 'fast-check';

/** A grid cell: a number shown with a format, a text, a blank, or a formula with its saved result. */
export type TableCell = null | string | { n: number; fmt: string } | { f: string; n: number; fmt: string };

export type Heading = 'years' | 'yearText' | 'codes' | 'measures' | 'vat' | 'none';
export type UnitAt = 'corner' | 'unitRow' | 'title' | 'heading' | 'none';
export type TotalAt = 'below' | 'above' | 'right' | 'belowAndRight' | 'sections' | 'none';
export type SideColumn = 'none' | 'share' | 'count';

/** What a generated table is, by the choices that made it (a gap may name any of these). */
export interface TableModel {
  kind: 'totals' | 'sections' | 'rates' | 'difference' | 'rounded';
  heading: Heading;
  unitAt: UnitAt;
  unit: string;
  rowNumbers: boolean;
  /** 0: whole units; 1: tenths (shown with one decimal). */
  decimals: 0 | 1;
  totalAt: TotalAt;
  /** The total row's (or column's) label; null: no total word. */
  totalLabel: string | null;
  /** Totals written as =SUM(…) with the result saved, or as figures. */
  formulaTotals: boolean;
  side: SideColumn;
  sections: Array<{ title: string | null; subtotalLabel: string | null; items: Item[] }>;
  /** Column headings of the amount columns. */
  columns: string[];
  title: string | null;
  /** The header's label cell when it does not hold the unit: blank, spaces only, or a word. */
  corner?: null | ' ' | 'Område' | 'Bevillingsområde';
  /** 'rounded': the true figures in hundredths (items are rounded to tenths, totals rounded from the true sum). */
  trueHundredths?: boolean;
}

export interface Item {
  label: string;
  /** One per amount column, in the smallest unit shown (or hundredths when trueHundredths); null = blank. */
  amounts: Array<number | null>;
  /** Amount cells written "-" (their figure is 0). */
  dashes: boolean[];
  /** Count (side column 'count'). */
  count: number;
}

/** One cell of the rendered grid that holds an amount, with the computed cells that depend on it. */
export interface AmountCell {
  r: number;
  c: number;
  /** Money (an amount column or a total of them), or a share/count beside them. */
  money: boolean;
  /** The cells this one is computed from, directly (empty for a part). */
  inputs: Array<[number, number]>;
  /** The cells whose figure is computed from this one (directly or through other totals). */
  dependents: Array<[number, number]>;
  /** The figure as shown, in the smallest shown unit. */
  value: number;
}

export interface RenderedTable {
  rows: TableCell[][];
  amounts: AmountCell[];
  /** Format of the money cells. */
  fmt: string;
  decimals: 0 | 1;
  /** The money columns (0-based in the grid). */
  moneyColumns: number[];
  /** The table's first row (header, unit row or first item), after the title lines above it. */
  tableStart: number;
}

const WHOLE = '#,##0;-#,##0';
const TENTHS = '#,##0.0;-#,##0.0';

export const LABELS = [
  'Skoler',
  'Dagtilbud',
  'Ældreområdet',
  'Veje og parker',
  'Kultur og fritid',
  'Administration',
  'Beskæftigelse',
  'Sundhed og forebyggelse',
  'Miljø og forsyning',
  'Politisk organisation',
  'Specialundervisning',
  'Botilbud',
  'Hjemmepleje',
  'Bibliotekerne',
  'Musikskolen',
  'Ungdomsskolen',
  'Tandplejen',
  'Jobcentret',
  'Kollektiv trafik',
  'Redningsberedskab',
];
const SECTION_TITLES = ['Børn og unge', 'Ældre og sundhed', 'Kultur og fritid', 'Teknik og miljø', 'Beskæftigelse og integration', 'Fællesudgifter'];
/** Section titles that are also names of styringsområder (known gap "titles:styringsomraade"). */
const STYRINGSOMRAADE_TITLES = ['Serviceudgifter', 'Overførselsudgifter', 'Anlæg', 'Drift', 'Finansiering', 'Indtægter'];
const TOTAL_WORDS = ['I alt', 'Total', 'Samlet', 'i alt¹', 'I alt (ekskl. moms)', 'Udgifter i alt', 'Samlede udgifter', 'I alt, netto'];
const SUBTOTAL_WORDS = (title: string): string[] => [`${title} i alt`, `I alt ${title.toLowerCase()}`, 'I alt', 'Subtotal'];
const GRAND_WORDS = ['I alt', 'Total i alt', 'Samlet i alt'];
/** Grand-total words the checker does not read yet (known gap "grand:Hovedtotal"). */
const GRAND_WORDS_GAP = ['Hovedtotal'];
const RATE_LABELS = [
  'Takst pr. time',
  'Takst pr. døgn',
  'Frokostordning pr. måned',
  'Pris pr. tømning',
  'Grundtakst',
  'Tillæg for weekend',
  'Søskenderabat',
  'Gebyr for rykker',
  'Depositum',
  'Årligt abonnement',
];
const RATE_SECTIONS = ['Dagpleje', 'Vuggestue', 'Børnehave', 'SFO', 'Renovation', 'Genbrugspladser'];

export function headings(kind: Heading, n: number, unitInHeading: string | null): string[] {
  const withUnit = (h: string) => (unitInHeading ? `${h} (${unitInHeading})` : h);
  switch (kind) {
    case 'years':
    case 'yearText':
      return Array.from({ length: n }, (_, i) => String(2024 + i));
    case 'codes':
      return ['Rgsk. 23', 'Rgsk. 24', 'Bdg. 25', 'Korr. bdg. 25', 'Overslag 26', 'BO 27'].slice(0, n).map(withUnit);
    case 'measures':
      return ['Drift', 'Anlæg', 'Refusion', 'Lønudgifter', 'Øvrige udgifter', 'Resultat'].slice(0, n).map(withUnit);
    case 'vat':
      return ['u. moms', 'm. moms'].slice(0, n).map(withUnit);
    case 'none':
      return Array.from({ length: n }, () => '');
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** `allowed(tag)` says whether a choice may be generated (known gaps are left out unless asked for). */
export type Allowed = (tag: string) => boolean;

const pick = <T extends string>(allowed: Allowed, prefix: string, values: T[]): fc.Arbitrary<T> => {
  const ok = values.filter((v) => allowed(`${prefix}:${v}`));
  return fc.constantFrom(...(ok.length ? ok : values.slice(0, 1)));
};

/**
 * A figure from min to max; with `least` > 0 its size is at least `least` (no 0, no tiny figures:
 * those are the known gap "figures:small").
 */
function amount(min: number, max: number, blanks: boolean, least: number): fc.Arbitrary<number | null> {
  const figure =
    least > 0
      ? fc.tuple(fc.integer({ min: least, max: Math.max(least, max, -min) }), fc.boolean()).map(([v, neg]) => (neg && min < 0 ? -Math.min(v, -min) : Math.min(v, max)))
      : fc.integer({ min, max });
  return blanks ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 9, arbitrary: figure }) : figure;
}

interface ItemOptions {
  min: number;
  max: number;
  blanks: boolean;
  dashes: boolean;
  minItems: number;
  maxItems: number;
  /** Least size of a figure (0: any, zeros included). */
  least: number;
  /** Figures made different from row to row and column to column (else the known gap "figures:repeated"). */
  distinct?: boolean;
}

/** The least size of a generated figure: `normal`, or 0 when small figures (and zero columns) are allowed. */
const least = (allowed: Allowed, normal: number): number => (allowed('figures:small') ? 0 : normal);

function itemsArb(nCols: number, opts: ItemOptions): fc.Arbitrary<Item[]> {
  return fc
    .tuple(
      fc.shuffledSubarray(LABELS, { minLength: opts.maxItems, maxLength: opts.maxItems }),
      fc.array(
        fc.record({
          amounts: fc.array(amount(opts.min, opts.max, opts.blanks, opts.least), { minLength: nCols, maxLength: nCols }),
          dashAt: fc.integer({ min: -nCols * 4, max: nCols - 1 }),
          count: fc.integer({ min: 1, max: 900 }),
          anchor: fc.integer({ min: Math.max(1, opts.least), max: Math.max(900, opts.least * 9) }),
        }),
        { minLength: opts.minItems, maxLength: opts.maxItems },
      ),
    )
    .map(([labels, raw]) =>
      raw.map((x, i) => {
        // Different figures from row to row and column to column, even where shrinking makes them equal.
        const amounts = x.amounts.map((v, j) => (v === null || v === 0 || !opts.distinct ? v : v + Math.sign(v) * (i * 7 + j * 3)));
        // Every item row carries at least one non-zero figure.
        if (!amounts.some((v) => v !== null && v !== 0)) amounts[0] = x.anchor;
        const dashes = amounts.map(() => false);
        // A dash stands for 0 where the figure would be blank (one cell at most, and never the row's only figure).
        if (opts.dashes && x.dashAt >= 0 && amounts[x.dashAt] === null && amounts.some((v, j) => j !== x.dashAt && v !== null && v !== 0)) {
          dashes[x.dashAt] = true;
          amounts[x.dashAt] = 0;
        }
        return { label: labels[i], amounts, dashes, count: x.count };
      }),
    );
}

/** Tables of items with one total (below, above or in a right-hand column, or both). */
export function totalsTableArb(allowed: Allowed): fc.Arbitrary<TableModel> {
  return fc
    .record({
      heading: pick(allowed, 'heading', ['years', 'yearText', 'codes', 'measures', 'vat', 'none'] as Heading[]),
      nCols: fc.integer({ min: 1, max: 5 }),
      unitAt: pick(allowed, 'unit', ['corner', 'unitRow', 'title', 'heading', 'none'] as UnitAt[]),
      unit: fc.constantFrom('1.000 kr.', 'mio. kr.', 'kr.', 't.kr.'),
      rowNumbers: fc.boolean().filter((b) => !b || allowed('rowNumbers')),
      totalAt: pick(allowed, 'total', ['below', 'above', 'right', 'belowAndRight'] as TotalAt[]),
      totalLabel: fc.option(fc.constantFrom(...TOTAL_WORDS), { nil: null, freq: 5 }),
      formulaTotals: fc.boolean(),
      side: pick(allowed, 'side', ['none', 'none', 'share', 'count'] as SideColumn[]),
      negatives: fc.boolean(),
      title: fc.option(fc.constantFrom('Tabel 2. Driftsudgifter fordelt på områder', 'Bevillingsoversigt', 'Oversigt over udgifter'), { nil: null }),
      seedItems: fc.integer({ min: 2, max: 8 }),
      corner: fc.constantFrom<TableModel['corner']>(null, ' ', 'Område', 'Bevillingsområde'),
    })
    .chain((t) => {
      const right = t.totalAt === 'right' || t.totalAt === 'belowAndRight';
      // A right-hand total adds two or more columns; blanks and dashes beside it are the known gap "right:blanks".
      const nCols = t.heading === 'vat' ? Math.min(t.nCols, 2) : right ? Math.max(2, t.nCols) : t.nCols;
      const blanks = !right || allowed('right:blanks');
      return itemsArb(nCols, { min: t.negatives ? -4000 : 0, max: 25_000, blanks, dashes: blanks, minItems: 2, maxItems: t.seedItems, least: least(allowed, 10), distinct: !allowed('figures:repeated') }).map((items) => {
        // No total word is the known gap "totalLabel:none"; a right-hand column headed other than
        // "I alt" (or not at all) is the known gap "right:wordedOrBlank".
        const totalLabel =
          right && !allowed('right:wordedOrBlank') ? 'I alt' : t.totalLabel === null && !allowed('totalLabel:none') ? 'I alt' : t.totalLabel;
        const model: TableModel = {
          kind: 'totals',
          heading: t.heading,
          unitAt: t.unitAt === 'heading' && t.heading === 'years' ? 'corner' : t.unitAt,
          unit: t.unit,
          rowNumbers: t.rowNumbers,
          decimals: 0,
          // A right-hand total over "u. moms" and "m. moms" would add a figure to itself with VAT.
          totalAt: t.heading === 'vat' && t.totalAt !== 'below' && t.totalAt !== 'above' ? 'below' : t.totalAt,
          totalLabel,
          formulaTotals: t.formulaTotals,
          // Shares only of positive amounts.
          side: t.side === 'share' && items.some((it) => (it.amounts[0] ?? 0) <= 0) ? 'none' : t.side,
          sections: [{ title: null, subtotalLabel: null, items: vatItems(t.heading, items) }],
          columns: [],
          title: t.title,
          corner: t.corner,
        };
        return model;
      });
    });
}

/** "m. moms" is "u. moms" × 1,25 (in whole units, rounded). */
function vatItems(heading: Heading, items: Item[]): Item[] {
  if (heading !== 'vat') return items;
  return items.map((it) => {
    if (it.amounts.length < 2) return it;
    const ex = it.amounts[0];
    const inc = ex === null ? null : Math.round(ex * 1.25);
    return { ...it, amounts: [ex, inc], dashes: [it.dashes[0], it.dashes[0]] };
  });
}

/** Sections with titles, each closed by a subtotal, and a grand total over the subtotals. */
export function sectionsTableArb(allowed: Allowed): fc.Arbitrary<TableModel> {
  return fc
    .record({
      heading: pick(allowed, 'heading', ['years', 'codes', 'measures', 'none'] as Heading[]),
      nCols: fc.integer({ min: 1, max: 4 }),
      unitAt: pick(allowed, 'unit', ['corner', 'unitRow', 'title', 'none'] as UnitAt[]),
      unit: fc.constantFrom('1.000 kr.', 'mio. kr.'),
      rowNumbers: fc.boolean().filter((b) => !b || allowed('rowNumbers')),
      nSections: fc.integer({ min: 2, max: 3 }),
      titles: fc.shuffledSubarray(allowed('titles:styringsomraade') ? [...SECTION_TITLES, ...STYRINGSOMRAADE_TITLES] : SECTION_TITLES, { minLength: 3, maxLength: 3 }),
      // "Subtotal" (the last word) is the known gap "subtotal:Subtotal".
      subtotalWord: fc.integer({ min: 0, max: allowed('subtotal:Subtotal') ? 3 : 2 }),
      grand: fc.constantFrom(...GRAND_WORDS, ...(allowed('grand:Hovedtotal') ? GRAND_WORDS_GAP : [])),
      formulaTotals: fc.boolean(),
      negatives: fc.boolean(),
    })
    .chain((t) =>
      fc
        .array(itemsArb(t.nCols, { min: t.negatives ? -3000 : 0, max: 15_000, blanks: true, dashes: false, minItems: 2, maxItems: 4, least: least(allowed, 10), distinct: !allowed('figures:repeated') }), {
          minLength: t.nSections,
          maxLength: t.nSections,
        })
        .map((sectionItems): TableModel => {
          // Labels unique across sections.
          const used = new Set<string>();
          const sections = sectionItems.map((items, i) => ({
            title: t.titles[i],
            subtotalLabel: SUBTOTAL_WORDS(t.titles[i])[t.subtotalWord],
            items: items.map((it) => {
              let label = it.label;
              for (let k = 2; used.has(label); k++) label = `${it.label} ${k}`;
              used.add(label);
              return { ...it, label };
            }),
          }));
          return {
            kind: 'sections',
            heading: t.heading,
            unitAt: t.unitAt,
            unit: t.unit,
            rowNumbers: t.rowNumbers,
            decimals: 0,
            totalAt: 'sections',
            totalLabel: t.grand,
            formulaTotals: t.formulaTotals,
            side: 'none',
            sections,
            columns: [],
            title: 'Budget fordelt på hovedområder',
          };
        }),
    );
}

/** Rate and price tables: section titles, a "Kr." unit row or unit in the corner, no totals. */
export function ratesTableArb(allowed: Allowed): fc.Arbitrary<TableModel> {
  return fc
    .record({
      heading: pick(allowed, 'heading', ['years', 'vat', 'codes'] as Heading[]),
      nCols: fc.integer({ min: 1, max: 3 }),
      unitAt: pick(allowed, 'unit', ['unitRow', 'corner', 'title'] as UnitAt[]),
      nSections: fc.integer({ min: 1, max: 3 }),
      titles: fc.shuffledSubarray(RATE_SECTIONS, { minLength: 3, maxLength: 3 }),
      labels: fc.array(fc.shuffledSubarray(RATE_LABELS, { minLength: 5, maxLength: 5 }), { minLength: 3, maxLength: 3 }),
      values: fc.array(fc.array(fc.integer({ min: 25, max: 9_000 }), { minLength: 3, maxLength: 3 }), { minLength: 15, maxLength: 15 }),
      counts: fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 3, maxLength: 3 }),
      decimals: fc.constantFrom<0 | 1>(0, 1),
    })
    .map((t): TableModel => {
      const nCols = t.heading === 'vat' ? Math.min(t.nCols, 2) : t.nCols;
      let v = 0;
      const sections = Array.from({ length: t.nSections }, (_, s) => ({
        title: t.nSections > 1 ? t.titles[s] : null,
        subtotalLabel: null,
        items: t.labels[s].slice(0, t.counts[s]).map((label) => {
          const row = t.values[v++ % t.values.length];
          const amounts = row.slice(0, nCols).map((x, j) => (t.heading === 'years' ? x + j * Math.round(x * 0.03) : x));
          if (t.heading === 'vat' && nCols === 2) amounts[1] = Math.round(amounts[0] * 1.25);
          return { label, amounts, dashes: amounts.map(() => false), count: 0 };
        }),
      }));
      return {
        kind: 'rates',
        heading: t.heading,
        unitAt: t.unitAt,
        unit: 'kr.',
        rowNumbers: false,
        decimals: t.decimals,
        totalAt: 'none',
        totalLabel: null,
        formulaTotals: false,
        side: 'none',
        sections,
        columns: [],
        title: 'Takster 2025',
      };
    });
}

/** Budget against regnskab: a difference column (Afvigelse = Regnskab − Budget) and a total row. */
export function differenceTableArb(allowed: Allowed): fc.Arbitrary<TableModel> {
  return fc
    .record({
      headingWords: fc.constantFrom(['Budget', 'Regnskab', 'Afvigelse'], ['Korr. budget', 'Forbrug', 'Difference'], ['Bdg. 25', 'Rgsk. 25', 'Afv.']),
      unitAt: pick(allowed, 'unit', ['corner', 'title', 'unitRow'] as UnitAt[]),
      rowNumbers: fc.boolean().filter((b) => !b || allowed('rowNumbers')),
      totalLabel: fc.constantFrom('I alt', 'Total', 'I alt¹'),
      formulaTotals: fc.boolean(),
      corner: fc.constantFrom<TableModel['corner']>(null, ' ', 'Område'),
    })
    .chain((t) =>
      itemsArb(2, { min: 0, max: 20_000, blanks: false, dashes: false, minItems: 3, maxItems: 7, least: least(allowed, 10), distinct: !allowed('figures:repeated') }).map(
        (items): TableModel => ({
          kind: 'difference',
          heading: 'measures',
          unitAt: t.unitAt,
          unit: '1.000 kr.',
          rowNumbers: t.rowNumbers,
          decimals: 0,
          totalAt: 'below',
          totalLabel: t.totalLabel,
          formulaTotals: t.formulaTotals,
          side: 'none',
          sections: [{ title: null, subtotalLabel: null, items }],
          columns: [...t.headingWords],
          title: 'Budgetopfølgning pr. 30. juni',
          corner: t.corner,
        }),
      ),
    );
}

/** Figures in mio. kr. with one decimal, rounded from true values: a total may differ by the rounding. */
export function roundedTableArb(allowed: Allowed): fc.Arbitrary<TableModel> {
  return fc
    .record({
      heading: pick(allowed, 'heading', ['years', 'codes', 'measures'] as Heading[]),
      nCols: fc.integer({ min: 2, max: 4 }),
      unitAt: pick(allowed, 'unit', ['corner', 'title', 'unitRow'] as UnitAt[]),
      totalLabel: fc.constantFrom('I alt', 'Total', 'Samlet'),
    })
    .chain((t) =>
      itemsArb(t.nCols, { min: -50_000, max: 900_000, blanks: false, dashes: false, minItems: 3, maxItems: 8, least: least(allowed, 1000), distinct: !allowed('figures:repeated') }).map(
        (items): TableModel => ({
          kind: 'rounded',
          heading: t.heading,
          unitAt: t.unitAt,
          unit: 'mio. kr.',
          rowNumbers: false,
          decimals: 1,
          totalAt: 'below',
          totalLabel: t.totalLabel,
          formulaTotals: false,
          side: 'none',
          sections: [{ title: null, subtotalLabel: null, items }],
          columns: [],
          title: 'Alle beløb er i mio. kr.; afrundinger kan medføre, at tallene ikke summer til totalen.',
          trueHundredths: true,
        }),
      ),
    );
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** Rounds hundredths to tenths, half away from zero (integers only). */
const toTenths = (h: number): number => (h < 0 ? -Math.round(-h / 10) : Math.round(h / 10));

export function colLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The grid of a model, placed with its top-left corner at sheet row `top`, column `left` (1-based;
 * formulas need to know where they stand).
 */
export function renderTable(m: TableModel, top = 1, left = 1): RenderedTable {
  const rows: TableCell[][] = [];
  const amounts: AmountCell[] = [];
  const fmt = m.decimals === 1 ? TENTHS : WHOLE;
  const nCols = m.sections[0].items[0].amounts.length + (m.kind === 'difference' ? 1 : 0);
  const labelCol = m.rowNumbers ? 1 : 0;
  const first = labelCol + 1;
  const moneyColumns = Array.from({ length: nCols }, (_, j) => first + j);
  const rightCol = m.totalAt === 'right' || m.totalAt === 'belowAndRight' ? first + nCols : -1;
  if (rightCol >= 0) moneyColumns.push(rightCol);
  const sideCol = m.side !== 'none' ? first + nCols + (rightCol >= 0 ? 1 : 0) : -1;
  const width = first + nCols + (rightCol >= 0 ? 1 : 0) + (sideCol >= 0 ? 1 : 0);
  const addr = (r: number, c: number) => `${colLetter(left + c)}${top + r}`;
  const blankRow = (): TableCell[] => Array.from({ length: width }, () => null);
  const unitInHeading = m.unitAt === 'heading' ? m.unit : null;

  if (m.title) rows.push([...Array(labelCol).fill(null), m.title]);
  if (m.unitAt === 'title') rows.push([...Array(labelCol).fill(null), `Beløb i ${m.unit}`]);
  if (rows.length) rows.push([]);
  const tableStart = rows.length;
  // Header
  if (m.heading !== 'none' || m.kind === 'difference') {
    const h = blankRow();
    if (m.rowNumbers) h[0] = 'Nr.';
    h[labelCol] = m.unitAt === 'corner' ? m.unit : m.kind === 'rates' ? 'Ydelse' : (m.corner ?? null);
    const names = m.kind === 'difference' ? m.columns : headings(m.heading, nCols, unitInHeading);
    names.forEach((name, j) => {
      h[first + j] = m.heading === 'years' ? { n: Number(name), fmt: '0' } : name;
    });
    if (rightCol >= 0) h[rightCol] = m.totalLabel ?? (unitInHeading ? `(${unitInHeading})` : null);
    if (sideCol >= 0) h[sideCol] = m.side === 'share' ? 'Andel' : 'Antal';
    rows.push(h);
  } else if (m.unitAt === 'corner') {
    const h = blankRow();
    h[labelCol] = m.unit;
    rows.push(h);
  }
  if (m.unitAt === 'unitRow') {
    const u = blankRow();
    for (const c of moneyColumns) u[c] = m.unit === 'kr.' ? 'Kr.' : m.unit;
    if (sideCol >= 0) u[sideCol] = m.side === 'share' ? 'Pct.' : 'Antal';
    rows.push(u);
  }

  // Figures: the shown value of each item cell, per column, then totals.
  const num = (v: number): TableCell => ({ n: m.decimals === 1 ? v / 10 : v, fmt });
  let rowNo = 1;
  const cellsOf = new Map<string, AmountCell>();
  const addAmount = (r: number, c: number, value: number, money: boolean): AmountCell => {
    const a: AmountCell = { r, c, money, inputs: [], dependents: [], value };
    amounts.push(a);
    cellsOf.set(`${r},${c}`, a);
    return a;
  };
  const depend = (inputs: Array<[number, number]>, total: [number, number]) => {
    cellsOf.get(`${total[0]},${total[1]}`)?.inputs.push(...inputs);
    for (const [r, c] of inputs) cellsOf.get(`${r},${c}`)?.dependents.push(total);
  };
  const shown = (v: number | null) => (v === null ? null : m.trueHundredths ? toTenths(v) : v);
  const colSum = (items: Item[], j: number): number => items.reduce((acc, it) => acc + (it.amounts[j] ?? 0), 0);

  const sectionTotalRows: number[] = [];
  const topTotalAt = m.totalAt === 'above' ? rows.length : -1;
  if (topTotalAt >= 0) rows.push(blankRow());
  const itemRowsAll: number[] = [];
  for (const s of m.sections) {
    if (s.title) {
      const t = blankRow();
      t[labelCol] = s.title;
      rows.push(t);
    }
    const itemRows: number[] = [];
    for (const it of s.items) {
      const r = rows.length;
      const row = blankRow();
      if (m.rowNumbers) row[0] = { n: rowNo++, fmt: '0' };
      row[labelCol] = it.label;
      it.amounts.forEach((v, j) => {
        const sv = shown(v);
        if (it.dashes[j]) {
          row[first + j] = '-';
          return;
        }
        if (sv === null) return;
        row[first + j] = num(sv);
        addAmount(r, first + j, sv, true);
      });
      if (m.kind === 'difference') {
        const d = (it.amounts[1] ?? 0) - (it.amounts[0] ?? 0);
        row[first + 2] = m.formulaTotals ? { f: `${addr(r, first + 1)}-${addr(r, first)}`, n: d, fmt } : num(d);
        addAmount(r, first + 2, d, true);
        depend([[r, first], [r, first + 1]], [r, first + 2]);
      }
      if (rightCol >= 0) {
        const t = it.amounts.reduce<number>((acc, v) => acc + (shown(v) ?? 0), 0);
        row[rightCol] = m.formulaTotals ? { f: `SUM(${addr(r, first)}:${addr(r, first + nCols - 1)})`, n: t, fmt } : num(t);
        addAmount(r, rightCol, t, true);
        depend(moneyColumns.filter((c) => c !== rightCol).map((c) => [r, c] as [number, number]), [r, rightCol]);
      }
      if (sideCol >= 0) {
        if (m.side === 'count') {
          row[sideCol] = { n: it.count, fmt: '#,##0' };
          addAmount(r, sideCol, it.count, false);
        }
      }
      rows.push(row);
      itemRows.push(r);
      itemRowsAll.push(r);
    }
    if (s.subtotalLabel !== null) {
      const r = rows.length;
      rows.push(totalRow(r, s.subtotalLabel, itemRows, s.items));
      sectionTotalRows.push(r);
    }
  }

  function totalRow(r: number, label: string | null, parts: number[], items: Item[], overSubtotals = false): TableCell[] {
    const row = blankRow();
    row[labelCol] = label;
    const valueIn = (c: number, pr: number): number => cellsOf.get(`${pr},${c}`)?.value ?? 0;
    for (const c of moneyColumns) {
      const j = c - first;
      let v: number;
      if (m.trueHundredths && c !== rightCol) v = toTenths(colSum(items, j));
      else v = parts.reduce((acc, pr) => acc + valueIn(c, pr), 0);
      const contiguous = parts.every((p, i) => i === 0 || p === parts[i - 1] + 1);
      const formula = overSubtotals || !contiguous ? parts.map((p) => addr(p, c)).join('+') : `SUM(${addr(parts[0], c)}:${addr(parts[parts.length - 1], c)})`;
      row[c] = m.formulaTotals ? { f: formula, n: m.decimals === 1 ? v / 10 : v, fmt } : num(v);
      addAmount(r, c, v, true);
      depend(
        parts.map((p) => [p, c] as [number, number]),
        [r, c],
      );
    }
    if (rightCol >= 0) depend(moneyColumns.filter((c) => c !== rightCol).map((c) => [r, c] as [number, number]), [r, rightCol]);
    if (sideCol >= 0) {
      if (m.side === 'count') {
        const v = items.reduce((acc, it) => acc + it.count, 0);
        row[sideCol] = { n: v, fmt: '#,##0' };
        addAmount(r, sideCol, v, false);
      } else row[sideCol] = { n: 1, fmt: '0.0%' };
    }
    return row;
  }

  const allItems = m.sections.flatMap((s) => s.items);
  if (m.totalAt === 'below' || m.totalAt === 'belowAndRight') {
    rows.push(totalRow(rows.length, m.totalLabel, itemRowsAll, allItems));
  } else if (m.totalAt === 'sections') {
    rows.push(totalRow(rows.length, m.totalLabel, sectionTotalRows, allItems, true));
  } else if (topTotalAt >= 0) {
    rows[topTotalAt] = totalRow(topTotalAt, m.totalLabel, itemRowsAll, allItems);
  }
  // Shares: each item's share of the first column's total, rounded to a tenth of a percent.
  if (m.side === 'share') {
    const total = allItems.reduce((acc, it) => acc + (it.amounts[0] ?? 0), 0);
    for (const r of itemRowsAll) {
      const v = cellsOf.get(`${r},${first}`)?.value ?? 0;
      rows[r][sideCol] = { n: Math.round((v / total) * 1000) / 1000, fmt: '0.0%' };
    }
  }
  // Dependents closed transitively.
  const byKey = cellsOf;
  for (const a of amounts) {
    const seen = new Set<string>();
    const stack = [...a.dependents];
    while (stack.length) {
      const [r, c] = stack.pop()!;
      const k = `${r},${c}`;
      if (seen.has(k)) continue;
      seen.add(k);
      stack.push(...(byKey.get(k)?.dependents ?? []));
    }
    a.dependents = [...seen].map((k) => k.split(',').map(Number) as [number, number]);
  }
  return { rows, amounts, fmt, decimals: m.decimals, moneyColumns, tableStart };
}

/** The grid as text, one line a row, cells separated by " | " (for reports of counterexamples). */
export function gridText(rows: TableCell[][], top = 1, left = 1): string {
  const text = (c: TableCell): string => {
    if (c === null) return '';
    if (typeof c === 'string') return JSON.stringify(c);
    if ('f' in c) return `=${c.f} → ${c.n}`;
    return c.fmt.includes('%') ? `${(c.n * 100).toFixed(1)}%` : String(c.n);
  };
  const width = Math.max(...rows.map((r) => r.length));
  const head = `|    | ${Array.from({ length: width }, (_, j) => colLetter(left + j)).join(' | ')} |`;
  return [head, ...rows.map((r, i) => `| ${top + i} | ${Array.from({ length: width }, (_, j) => text(r[j] ?? null)).join(' | ')} |`)].join('\n');
}
