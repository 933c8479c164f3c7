import Decimal from 'decimal.js';
import fc from 'fast-check';
import { type Template } from '../templates/template';
import { builtinTemplate } from '../templates/builtin';
import type { TableBlock } from '../model';
import { convertTable, type ConversionOk, type ConvertedCell } from './convert';
import { describeConversion } from './describe';
import { appendixTables, buildTable, type RawAmount } from '../testing/priceLevelTables';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const withAnlaeg: Template = {
  ...kk,
  priceIndices: [...kk.priceIndices, { styringsomraade: 'Anlæg', from: 2026, to: 2027, percent: new Decimal('2'), source: 'test' }],
};

function ok(r: ReturnType<typeof convertTable>): ConversionOk {
  if (!r.ok) throw new Error(`not converted: ${r.reason}`);
  return r;
}
const byAddress = (cells: ConvertedCell[]) => Object.fromEntries(cells.map((c) => [c.address, c.amount.toNumber()]));

describe('convertTable — SPEC §6 examples (Service, 1,028)', () => {
  const [overview, bc01, bc02, bc39] = appendixTables();

  test('BC02 2027 → 2026 p/l: 209/418/418 → 203/407/407, total 1.045 → 1.017', () => {
    const r = ok(convertTable(bc02, kk, { to: 2026, rounding: 'largest-remainder' }));
    const v = byAddress(r.cells);
    expect([v.C3, v.C4, v.C5, v.C6]).toEqual([203, 407, 407, 1017]);
    // 2027 column: 600 + 400 = 1.000 → 972,76 → 973
    expect([v.D4, v.D5, v.D6]).toEqual([584, 389, 973]);
    expect(r.label).toEqual({ sheet: 'BC02', address: 'A1', previous: '1.000 kr. 2027 p/l', text: '1.000 kr. 2026 p/l' });
    expect(r.from).toBe(2027);
    expect(r.factors.map((f) => f.styringsomraade)).toEqual(['Service']);
  });

  test('proposal totals: 1.045 → 1.017, 2.045 → 1.989 (sum of years), 2.000 → 1.946', () => {
    const total = (t: TableBlock) => {
      const r = ok(convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' }));
      const lastRow = t.rows[t.rows.length - 1].row;
      return r.cells.filter((c) => c.row === lastRow).reduce((s, c) => s.plus(c.amount), new Decimal(0)).toNumber();
    };
    expect(total(bc01)).toBe(1017);
    // Per-column rounding: 1.017 + 973 = 1.990 — the overview's 1.989 is the whole proposal converted at once (CROSS_TABLE_ROUNDING).
    expect(total(bc02)).toBe(1990);
    // 1.450 → 1.410,51 → 1.411 and 550 → 535,02 → 535: 1.946, as the overview states.
    expect(total(bc39)).toBe(1946);
    const single = buildTable({ sheet: 'X', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: [2045] }, { label: 'b', so: 'Service', amounts: [2000] }, { label: 'I alt', amounts: [4045] }] });
    const v = byAddress(ok(convertTable(single, kk, { to: 2026, rounding: 'half-up' })).cells);
    expect([v.C2, v.C3]).toEqual([1989, 1946]);
  });

  test('text amounts ("1.045") are converted and the formula total keeps its formula', () => {
    const t = buildTable({
      sheet: 'BC01',
      columns: [2026],
      rows: [
        { label: 'a', so: 'Service', amounts: ['345'] },
        { label: 'b', so: 'Service', amounts: [700] },
        { label: 'Samlede', amounts: [{ formula: 'SUM(C2:C3)', value: 1045 }] },
      ],
    });
    const r = ok(convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' }));
    expect(r.cells.map((c) => [c.address, c.amount.toNumber(), c.formula])).toEqual([
      ['C2', 336, undefined],
      ['C3', 681, undefined],
      ['C4', 1017, 'SUM(C2:C3)'],
    ]);
  });

  test('the overview converts per column (Service) and its total is the sum of its rows', () => {
    const r = ok(convertTable(overview, kk, { to: 2027, rounding: 'largest-remainder' }));
    const v = byAddress(r.cells);
    // 1.017 × 1,028 = 1.045,476; 1.989 × 1,028 = 2.044,692; 1.946 × 1,028 = 2.000,488 → 5.090,656 → 5.091
    expect([v.B3, v.B4, v.B5]).toEqual([1045, 2045, 2001]);
    expect(v.B6).toBe(5091);
    expect(r.label!.text).toBe('1.000 kr. 2027 p/l');
    expect(r.notes).toEqual([{ kind: 'total-restated', address: 'B6', stated: new Decimal(4951), sum: new Decimal(4952) }]);
  });

  test('half-up rounds each cell on its own; totals are the rounded exact sum', () => {
    const r = ok(convertTable(bc02, kk, { to: 2026, rounding: 'half-up' }));
    const v = byAddress(r.cells);
    expect([v.C3, v.C4, v.C5, v.C6]).toEqual([203, 407, 407, 1017]);
    const t = buildTable({ sheet: 'H', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: [1, 1, 1] }, { label: 'b', so: 'Service', amounts: [1] }, { label: 'c', so: 'Service', amounts: [1] }, { label: 'I alt', amounts: [3] }] });
    const h = byAddress(ok(convertTable(t, kk, { to: 2026, rounding: 'half-up' })).cells);
    expect([h.C2, h.C3, h.C4, h.C5]).toEqual([1, 1, 1, 3]);
    const lr = byAddress(ok(convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' })).cells);
    expect(lr.C5).toBe(3);
  });

  test('half-up rounds .5 away from zero, also for negative amounts', () => {
    const half: Template = { ...kk, priceIndices: [{ styringsomraade: 'Service', from: 2026, to: 2027, percent: new Decimal(50), source: 't' }] };
    const t = buildTable({ sheet: 'N', label: '1.000 kr. 2026 p/l', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: [3] }, { label: 'b', so: 'Service', amounts: [-3] }, { label: 'c', so: 'Service', amounts: [-5] }] });
    const v = byAddress(ok(convertTable(t, half, { to: 2027, rounding: 'half-up' })).cells);
    expect([v.C2, v.C3, v.C4]).toEqual([5, -5, -8]);
  });
});

describe('convertTable — structure', () => {
  test('negative amounts: largest remainder uses floor towards −∞', () => {
    const t = buildTable({
      sheet: 'Inv',
      columns: [2026],
      rows: [
        { label: 'Udgifter' },
        { label: 'Udgift', so: 'Service', amounts: [1000] },
        { label: 'Samlede udgifter', amounts: [1000] },
        { label: 'Effektiviseringer' },
        { label: 'Besparelse a', so: 'Service', amounts: [-209] },
        { label: 'Besparelse b', so: 'Service', amounts: [-418] },
        { label: 'Besparelse c', so: 'Service', amounts: [-418] },
        { label: 'Samlede effektiviseringer', amounts: [-1045] },
        { label: 'Nettoeffekt', amounts: [-45] },
      ],
    });
    const r = ok(convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' }));
    const v = byAddress(r.cells);
    // exact: 972,763; −203,307; −406,615; −406,615; net −43,774 → −44
    expect(v.C10).toBe(-44);
    expect(v.C4 + v.C9).toBe(-44);
    expect(v.C6 + v.C7 + v.C8).toBe(v.C9);
    for (const [addr, orig] of [['C3', 1000], ['C6', -209], ['C7', -418], ['C8', -418]] as const) {
      expect(Math.abs(v[addr] - orig / 1.028)).toBeLessThan(1);
    }
  });

  test('mixed styringsområder: each row its own factor; the total is the sum of its converted members', () => {
    const t = buildTable({
      sheet: 'Mix',
      columns: [2026, 2027],
      rows: [
        { label: 'Drift', so: 'Service', amounts: [1000, 500] },
        { label: 'Byggeri', so: 'Bruttoanlæg', canonical: 'Anlæg', amounts: [1000, 500] },
        { label: 'I alt', amounts: [2000, 1000] },
      ],
    });
    const r = ok(convertTable(t, withAnlaeg, { to: 2026, rounding: 'largest-remainder' }));
    const v = byAddress(r.cells);
    // 972,763 + 980,392 = 1.953,155 → 1.953
    expect([v.C2, v.C3, v.C4]).toEqual([973, 980, 1953]);
    expect(r.factors.map((f) => f.styringsomraade)).toEqual(['Service', 'Anlæg']);
    expect(describeConversion(r, 'da')).toBe('Mix!A1:D4: 2027 p/l → 2026 p/l, faktor Service ÷ 1,028; Anlæg ÷ 1,02, 6 celler');
  });

  test('items without a styringsområde take their total row\'s', () => {
    const t = buildTable({ sheet: 'S', columns: [2026], rows: [{ label: 'a', amounts: [209] }, { label: 'Samlede', so: 'Service', amounts: [209] }] });
    expect(byAddress(ok(convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' })).cells)).toEqual({ C2: 203, C3: 203 });
  });

  test('a missing index is not converted and names the index', () => {
    const t = buildTable({ sheet: 'A', columns: [2026], rows: [{ label: 'a', so: 'Anlæg', amounts: [100] }, { label: 'b', so: 'Service', amounts: [100] }] });
    const r = convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('missing-index');
    expect(r.missing).toEqual([{ styringsomraade: 'Anlæg', from: 2026, to: 2027 }]);
    expect(describeConversion(r, 'da')).toBe('A!A1:C3: ikke omregnet – skabelonen mangler prisindeks for Anlæg 2026→2027; angiv det med --index "Anlæg:2026-2027=PROCENT" (årlig stigning i procent), i skabelonens priceIndices eller i Excel under "Faktorer i brug"');
    // With the index entered by the user, it converts.
    expect(convertTable(t, kk, { to: 2026, rounding: 'largest-remainder', indexOverrides: { 'Anlæg:2026-2027': '2,5' } }).ok).toBe(true);
  });

  test('a table with no price level is converted only when `from` is given', () => {
    const t = buildTable({ sheet: 'BC39', label: null, columns: [2027], rows: [{ label: 'a', so: 'Service', amounts: [2000] }] });
    const r = convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' });
    expect(r.ok === false && r.reason).toBe('no-price-level');
    const withFrom = ok(convertTable(t, kk, { to: 2026, from: 2027, rounding: 'largest-remainder' }));
    expect(withFrom.fromSource).toBe('option');
    expect(withFrom.label).toEqual({ sheet: 'BC39', address: 'A1', previous: '', text: '1.000 kr. 2026 p/l', created: true });
    expect(byAddress(withFrom.cells)).toEqual({ C2: 1946 });
  });

  test('a stated price level wins over `from`', () => {
    const t = buildTable({ sheet: 'T', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: [1045] }] });
    const r = ok(convertTable(t, kk, { to: 2026, from: 2026, rounding: 'largest-remainder' }));
    expect(r.from).toBe(2027);
    expect(byAddress(r.cells)).toEqual({ C2: 1017 });
  });

  test('cells that hold no amount block the conversion', () => {
    const t = buildTable({ sheet: 'E', columns: [2026, 2027], rows: [{ label: 'a', so: 'Service', amounts: ['ca. 200', { error: '#REF!' }] }] });
    const r = convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' });
    expect(r.ok === false && r.reason).toBe('unconvertible-cells');
    expect(describeConversion(r, 'da')).toBe('E!A1:D2: ikke omregnet – celler uden beløb: C2 (tekst) og D2 (Excel-fejl)');
  });

  test('rows naming an unknown styringsområde block the conversion', () => {
    const t = buildTable({ sheet: 'U', columns: [2026], rows: [{ label: 'a', so: 'Servce', canonical: null, amounts: [1] }] });
    const r = convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' });
    expect(r.ok === false && r.reason).toBe('missing-styringsomraade');
    expect(describeConversion(r, 'en')).toBe('U!A1:C2: not converted – rows with no known styringsområde, so the factor is unknown: B2 ("Servce")');
  });

  test('from == to leaves the table exactly as it is (no rounding, no restated totals)', () => {
    const t = buildTable({ sheet: 'S', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: ['1.044,6'] }, { label: 'b', so: 'Service', amounts: [3] }, { label: 'I alt', amounts: [1048] }] });
    const r = ok(convertTable(t, kk, { to: 2027, rounding: 'largest-remainder' }));
    expect(r).toMatchObject({ unchanged: true, cells: [], label: null, from: 2027, to: 2027 });
    expect(describeConversion(r, 'da')).toBe('S!A1:C4: allerede i 2027 p/l – uændret');
  });

  test('decimal amounts are rounded to whole units', () => {
    const t = buildTable({ sheet: 'S', label: '1.000 kr. 2026 p/l', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: ['1.016,6'] }, { label: 'b', so: 'Service', amounts: ['2,5'] }, { label: 'I alt', amounts: ['1.019,1'] }] });
    // 1.045,0648 + 2,57 = 1.047,6348 → 1.048: floors 1.045 + 2, the larger fraction (0,57) gets the unit.
    expect(byAddress(ok(convertTable(t, kk, { to: 2027, rounding: 'largest-remainder' })).cells)).toEqual({ C2: 1045, C3: 3, C4: 1048 });
  });

  test('an "I alt" column across styringsområder is the sum of the row\'s converted cells', () => {
    const t = buildTable({
      sheet: 'Oversigt',
      kind: 'overview',
      columns: ['Service', 'Anlæg', 'I alt'],
      rows: [
        { label: 'x', code: 'BC01', amounts: [1017, 100, { formula: 'B2+C2', value: 1117 }] },
        { label: 'y', code: 'BC02', amounts: [1989, null, 1989] },
        { label: 'I alt', amounts: [3006, 100, 3106] },
      ],
    });
    const r = ok(convertTable(t, withAnlaeg, { to: 2027, rounding: 'largest-remainder' }));
    const v = byAddress(r.cells);
    expect(v.D2).toBe(v.B2 + v.C2);
    expect(v.D4).toBe(v.B4 + v.C4);
    expect(r.cells.find((c) => c.address === 'D2')!.formula).toBe('B2+C2');
  });
});

describe('convertTable — property: there and back', () => {
  const amount = fc.oneof(fc.constant(null), fc.integer({ min: -5000, max: 50000 }));
  const tableArb = fc.record({
    sections: fc.array(fc.array(fc.array(amount, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
    percent: fc.integer({ min: 5, max: 80 }).map((n) => new Decimal(n).div(10)),
    net: fc.boolean(),
  });

  function build(sections: (number | null)[][][], net: boolean): TableBlock {
    const rows: { label: string; so?: string; amounts?: RawAmount[] }[] = [];
    const sectionTotals: number[][] = [];
    sections.forEach((items, s) => {
      rows.push({ label: `Afsnit ${s}` });
      for (const [i, a] of items.entries()) rows.push({ label: `Post ${s}.${i}`, so: 'Service', amounts: a });
      const tot = [0, 1, 2].map((c) => items.reduce((acc, it) => acc + (it[c] ?? 0), 0));
      sectionTotals.push(tot);
      rows.push({ label: `Samlede ${s}`, amounts: tot });
    });
    if (net) rows.push({ label: 'Nettoeffekt', amounts: [0, 1, 2].map((c) => sectionTotals.reduce((a, t) => a + t[c], 0)) });
    return buildTable({ sheet: 'P', columns: [2026, 2027, 2028], rows });
  }

  /** Re-reads converted cells into a table of the same shape. */
  function rebuild(t: TableBlock, cells: ConvertedCell[], level: number): TableBlock {
    const v = new Map(cells.map((c) => [c.address, c.amount]));
    return {
      ...t,
      priceLevel: level,
      rows: t.rows.map((r) => ({ ...r, amounts: r.amounts.map((a) => (a.status === 'empty' ? a : { ...a, amount: v.get(a.address)! })) })),
    };
  }

  /** Plain checks (no expect() per cell: 2.000 runs × many cells). Returns the first violation, or null. */
  function violation(t: TableBlock, r: ConversionOk, exactFactor: (a: Decimal) => Decimal): string | null {
    const v = new Map(r.cells.map((c) => [c.address, c.amount]));
    const items = t.rows.filter((row) => row.kind === 'item');
    for (let ci = 0; ci < t.columns.length; ci++) {
      const exact = items.reduce((s, row) => s.plus(exactFactor(row.amounts[ci].amount ?? new Decimal(0))), new Decimal(0));
      const converted = items.reduce((s, row) => s.plus(v.get(row.amounts[ci].address) ?? 0), new Decimal(0));
      if (!converted.eq(exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP))) return `column ${ci}: ${converted} vs exact ${exact}`;
      for (const g of t.totals) {
        const total = v.get(t.rows[g.totalRow].amounts[ci].address);
        if (!total) continue;
        const sum = g.memberRows.reduce((s, m) => s.plus(v.get(t.rows[m].amounts[ci].address) ?? 0), new Decimal(0));
        if (!total.eq(sum)) return `total ${t.rows[g.totalRow].amounts[ci].address}: ${total} vs members ${sum}`;
      }
    }
    for (const c of r.cells) {
      if (!c.amount.isInteger()) return `${c.address} not whole: ${c.amount}`;
      if (!c.amount.minus(exactFactor(c.previous)).abs().lt(1)) return `${c.address}: ${c.amount} vs exact ${exactFactor(c.previous)}`;
    }
    return null;
  }

  test('every cell within one unit, every column total exact, totals add up', () => {
    fc.assert(
      fc.property(tableArb, ({ sections, percent, net }) => {
        const template: Template = { ...kk, priceIndices: [{ styringsomraade: 'Service', from: 2026, to: 2027, percent, source: 't' }] };
        const f = percent.div(100).plus(1);
        const t = build(sections, net);
        const down = ok(convertTable(t, template, { to: 2026, rounding: 'largest-remainder' }));
        expect(violation(t, down, (a) => a.div(f))).toBeNull();
        const t2 = rebuild(t, down.cells, 2026);
        const back = ok(convertTable(t2, template, { to: 2027, rounding: 'largest-remainder' }));
        expect(violation(t2, back, (a) => a.times(f))).toBeNull();
        const original = new Map(t.rows.flatMap((row) => row.amounts).filter((a) => a.amount).map((a) => [a.address, a.amount!]));
        const itemRows = new Set(t.rows.filter((row) => row.kind === 'item').map((row) => row.row));
        // Every cell (items and totals) comes back within one unit of the original.
        const far = back.cells.filter((c) => c.amount.minus(original.get(c.address)!).abs().gt(1));
        expect(far.map((c) => `${c.address}${itemRows.has(c.row) ? '' : ' (total)'}: ${original.get(c.address)} → ${c.amount}`)).toEqual([]);
      }),
      { seed: 20260427, numRuns: 2000 },
    );
  });
});
