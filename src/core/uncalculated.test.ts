import type { Cell, SheetGrid } from './model';
import { calculateUntrusted } from './uncalculated';

/** A sheet from "A1" → value or { f, v } (formula and saved result). */
function sheetOf(name: string, cells: Record<string, Cell['value'] | { f: string; v: Cell['value'] }>, hidden: number[] = []): SheetGrid {
  const rows = new Map<number, Map<number, Cell>>();
  for (const [address, spec] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    const row = Number(m[2]);
    const col = m[1].charCodeAt(0) - 64;
    const cell: Cell =
      spec !== null && typeof spec === 'object' && 'f' in spec ? { row, col, value: spec.v, formula: spec.f } : { row, col, value: spec as Cell['value'] };
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, cell);
  }
  return { name, state: 'visible', rows, merges: [], hiddenRows: new Set(hidden) };
}

const value = (sheet: SheetGrid, row: number, col: number) => sheet.rows.get(row)?.get(col)?.value;

describe('calculateUntrusted', () => {
  it('works out every total it understands when the workbook asks to be recalculated, text left out as Excel does', () => {
    const s = sheetOf('S', { C1: 100, C2: '200', C3: 300, C4: { f: 'SUM(C1:C3)', v: 0 }, C5: { f: 'C4*2', v: 0 }, C6: { f: 'C4/3', v: 7 } });
    const calc = calculateUntrusted(s, true, {});
    expect(value(calc.sheet, 4, 3)).toBe(400);
    expect(value(calc.sheet, 5, 3)).toBeNull(); // not understood, saved as 0: no result
    expect(value(calc.sheet, 6, 3)).toBe(7); // not understood, another saved figure: kept
    expect(calc).toMatchObject({ untrusted: 2, computed: 1, first: { row: 4, col: 3 } }); // the figure kept is no sign of a missed calculation
    expect(value(s, 4, 3)).toBe(0); // the reader's grid is left as it was
  });

  it('trusts a saved 0 that works out to 0, and not one that works out otherwise', () => {
    const zero = sheetOf('S', { C1: '100', C2: { f: 'SUM(C1)', v: 0 } });
    expect(calculateUntrusted(zero, false, {})).toMatchObject({ untrusted: 0, sheet: zero });
    // Two saved 0s that work out otherwise: the file was not calculated.
    const stale = sheetOf('S', { C1: 100, C2: 200, C3: { f: 'SUM(C1:C2)', v: 0 }, D1: 5, D2: 6, D3: { f: 'SUM(D1:D2)', v: 0 }, C4: { f: 'SUM(C1:C2)', v: 300 } });
    const calc = calculateUntrusted(stale, false, {});
    expect([value(calc.sheet, 3, 3), value(calc.sheet, 3, 4), calc.untrusted]).toEqual([300, 11, 2]);
    // One alone may be a total that is 0 as the user sees it (text amounts that cancel out): trusted.
    const one = sheetOf('S', { C1: 100, C2: 200, C3: { f: 'SUM(C1:C2)', v: 0 }, C4: { f: 'SUM(C1:C2)', v: 300 } });
    expect(calculateUntrusted(one, false, {})).toMatchObject({ untrusted: 0, sheet: one });
  });

  it('works out a formula with no saved result, leaving out hidden rows and nested subtotals as SUBTOTAL does', () => {
    const s = sheetOf('S', { C1: 100, C2: 50, C3: { f: 'SUBTOTAL(9,C1:C2)', v: null }, C4: 25, C5: { f: 'SUBTOTAL(109,C1:C4)', v: null }, C6: { f: 'SUM(C1:C5)', v: null } }, [2]);
    const calc = calculateUntrusted(s, false, {});
    expect([value(calc.sheet, 3, 3), value(calc.sheet, 5, 3), value(calc.sheet, 6, 3)]).toEqual([150, 125, 450]);
  });

  it('works out sums and differences of cells, totals and numbers ("=C6-E6", "=SUM(…)-C3+10"), and nothing with a product or a text operand', () => {
    const s = sheetOf('S', {
      B1: 418.95,
      C1: 416.8,
      D1: { f: 'B1-C1', v: null },
      D2: { f: 'SUM(B1:C1)-C1+0.1', v: null },
      D3: { f: '-B1+C1', v: null },
      D4: { f: 'B1*2-C1', v: null },
      E1: 'tekst',
      D5: { f: 'B1-E1', v: null },
    });
    const calc = calculateUntrusted(s, false, {});
    expect([1, 2, 3, 4, 5].map((r) => value(calc.sheet, r, 4))).toEqual([2.15, 419.05, -2.15, null, null]);
    expect(calc.computed).toBe(3);
    // Every formula with no saved result counts as untrusted, worked out or not.
    expect(calc.untrusted).toBe(5);
  });

  it('gives no result for a circular total, an error among its cells, or a sheet not read', () => {
    const s = sheetOf('S', { C1: { f: 'SUM(C1:C2)', v: null }, C2: 1, D1: { error: '#REF!' }, D2: { f: 'SUM(D1)', v: null }, E1: { f: 'SUM(Senere!C1)', v: null } });
    const calc = calculateUntrusted(s, false, {});
    expect([value(calc.sheet, 1, 3), value(calc.sheet, 2, 4), value(calc.sheet, 1, 5)]).toEqual([null, null, null]);
    expect(calc.computed).toBe(0);
  });

  it('reads the sheets before it for a 3-D total', () => {
    const bc01 = sheetOf('BC01', { C9: 100 });
    const bc02 = sheetOf('BC02', { C9: 250 });
    const s = sheetOf('Samlet', { C9: { f: 'SUM(BC01:BC02!C9)', v: null } });
    const others = new Map([
      ['BC01', bc01],
      ['BC02', bc02],
    ]);
    const calc = calculateUntrusted(s, false, { sheetNames: ['BC01', 'BC02', 'Samlet'] }, (name) => others.get(name));
    expect(value(calc.sheet, 9, 3)).toBe(350);
  });
});
