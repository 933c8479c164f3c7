/** Builds grids for tests: rows of values at an origin, formulas as { f, v }. */
import { parseA1 } from '../a1';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../model';

/** A value, a formula `{ f, v }`, or a formatted value `{ v, numFmt }` (with or without `f`). */
export type FixtureValue = CellValue | undefined | { f: string; v?: CellValue; numFmt?: string } | { f?: string; v: CellValue; numFmt: string };

export function sheetFromRows(name: string, rows: FixtureValue[][], origin = 'A1'): SheetGrid {
  const { row: top, col: left } = parseA1(origin);
  const grid: SheetGrid = { name, state: 'visible', rows: new Map(), merges: [], hiddenRows: new Set() };
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      if (v === undefined || v === null || v === '') return;
      const row = top + i;
      const col = left + j;
      let cell: Cell;
      if (typeof v === 'object' && !(v instanceof Date) && ('f' in v || 'numFmt' in v)) {
        cell = { row, col, value: v.v ?? null };
        if (v.f !== undefined) cell.formula = v.f;
        if (v.numFmt !== undefined) cell.numFmt = v.numFmt;
      } else cell = { row, col, value: v as CellValue };
      if (!grid.rows.has(row)) grid.rows.set(row, new Map());
      grid.rows.get(row)!.set(col, cell);
    });
  });
  return grid;
}

export function workbookOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}
