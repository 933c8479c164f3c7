/** Builds grids for tests: rows of values at an origin, formulas as { f, v }. */
import { parseA1 } from '../a1';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../model';

export type FixtureValue = CellValue | undefined | { f: string; v?: CellValue };

export function sheetFromRows(name: string, rows: FixtureValue[][], origin = 'A1'): SheetGrid {
  const { row: top, col: left } = parseA1(origin);
  const grid: SheetGrid = { name, state: 'visible', rows: new Map(), merges: [], hiddenRows: new Set() };
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      if (v === undefined || v === null || v === '') return;
      const row = top + i;
      const col = left + j;
      const cell: Cell =
        typeof v === 'object' && !(v instanceof Date) && 'f' in v ? { row, col, value: v.v ?? null, formula: v.f } : { row, col, value: v as CellValue };
      if (!grid.rows.has(row)) grid.rows.set(row, new Map());
      grid.rows.get(row)!.set(col, cell);
    });
  });
  return grid;
}

export function workbookOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}
