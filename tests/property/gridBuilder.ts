/**
 * Grids for property tests: blocks of rows placed at an offset on a sheet. A cell is a literal
 * value, a formula with an optional cached result, or a formula whose text depends on where the
 * block lands (`ref(dr, dc)` gives the A1 address of the cell dr rows and dc columns from the
 * block's top-left corner), so a block moved elsewhere keeps formulas that point into itself.
 */
import { a1, columnNumber } from '../../src/core/a1';
import type { Cell, CellRange, CellValue, SheetGrid, SheetState, WorkbookGrid } from '../../src/core/model';

export type RefFn = (dr: number, dc: number) => string;

export type GridValue =
  | CellValue
  | undefined
  | { formula: string | ((ref: RefFn) => string); result?: CellValue };

export interface Block {
  /** 1-based row and column of the block's top-left cell. */
  top: number;
  left: number;
  rows: GridValue[][];
}

export interface SheetSpec {
  name: string;
  blocks: Block[];
  state?: SheetState;
  /** Merges relative to the sheet (absolute). */
  merges?: CellRange[];
  hiddenRows?: number[];
}

function isFormula(v: GridValue): v is { formula: string | ((ref: RefFn) => string); result?: CellValue } {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v;
}

export function buildSheet(spec: SheetSpec): SheetGrid {
  const grid: SheetGrid = {
    name: spec.name,
    state: spec.state ?? 'visible',
    rows: new Map(),
    merges: spec.merges ?? [],
    hiddenRows: new Set(spec.hiddenRows ?? []),
  };
  for (const block of spec.blocks) {
    const ref: RefFn = (dr, dc) => a1(block.top + dr, block.left + dc);
    block.rows.forEach((values, i) => {
      values.forEach((v, j) => {
        if (v === undefined || v === null || v === '') return;
        const row = block.top + i;
        const col = block.left + j;
        let cell: Cell;
        if (isFormula(v)) {
          const formula = typeof v.formula === 'function' ? v.formula(ref) : v.formula;
          cell = { row, col, value: v.result === undefined ? null : v.result, formula };
        } else {
          cell = { row, col, value: v };
        }
        let r = grid.rows.get(row);
        if (!r) grid.rows.set(row, (r = new Map()));
        r.set(col, cell);
      });
    });
  }
  return grid;
}

export function buildWorkbook(sheets: SheetSpec[]): WorkbookGrid {
  return { sheets: sheets.map(buildSheet) };
}

/** Moves an A1 address by (dRow, dCol). */
export function shiftA1(address: string, dRow: number, dCol: number): string {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return a1(Number(m[2]) + dRow, columnNumber(m[1]) + dCol);
}
