/**
 * Edits applied to grids, without touching the originals: what a workbook will read like once a
 * fix is written, so a fix can be checked before anything is written (and tests can re-check).
 */
import { parseA1 } from '../a1';
import type { Cell, SheetGrid, WorkbookGrid } from '../model';
import type { CellContent, CellEdit } from './model';

function cellFrom(row: number, col: number, content: CellContent): Cell | null {
  if (content.value === null && content.formula === undefined && content.numFmt === undefined) return null;
  const cell: Cell = { row, col, value: content.value };
  if (content.formula !== undefined) cell.formula = content.formula;
  if (content.numFmt !== undefined) cell.numFmt = content.numFmt;
  return cell;
}

/** A copy of the workbook with `side` ("after" to apply, "before" to undo) of each edit written. */
export function applyEditsToGrid(workbook: WorkbookGrid, edits: CellEdit[], side: 'after' | 'before' = 'after'): WorkbookGrid {
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  const sheets = workbook.sheets.map((sheet): SheetGrid => {
    const own = bySheet.get(sheet.name);
    if (!own) return sheet;
    const rows = new Map(sheet.rows);
    for (const e of own) {
      const { row, col } = parseA1(e.address);
      const cells = new Map(rows.get(row) ?? []);
      const cell = cellFrom(row, col, e[side]);
      if (cell) cells.set(col, cell);
      else cells.delete(col);
      if (cells.size) rows.set(row, cells);
      else rows.delete(row);
    }
    return { ...sheet, rows };
  });
  return { ...workbook, sheets };
}
