/**
 * An Excel table's range (Insert › Table) fitted to the cells its sheet holds: both readers (the
 * file reader and the Office.js reader) hand tables on this way, so a table that claims the whole
 * sheet costs no more than the cells there are.
 */
import type { ExcelTablePart } from './model';

/** The last row and column that hold a cell (0 where the sheet holds none). */
export interface SheetExtent {
  bottom: number;
  right: number;
}

/**
 * A table part's range fitted to the cells its sheet holds. Rows below the last cell and columns
 * right of it hold nothing to check, but a part may claim the whole sheet (`A1:XFD1048576`), and
 * whoever reads the table would then walk 17 billion empty cells. A totals row stays just below the
 * data (empty, as it was where the part put it); a part with nothing left keeps its first row only.
 */
export function fitTableToSheet(table: ExcelTablePart, extent: SheetExtent): ExcelTablePart {
  const { top, left, bottom, right } = table.range;
  const fitBottom = Math.max(top, Math.min(bottom, extent.bottom + table.totalsRowCount));
  const fitRight = Math.max(left, Math.min(right, extent.right));
  if (fitBottom === bottom && fitRight === right && table.columns.length <= right - left + 1) return table;
  return {
    ...table,
    range: { top, left, bottom: fitBottom, right: fitRight },
    columns: table.columns.slice(0, fitRight - left + 1),
  };
}

/** The extent of a sheet's cells. */
export function sheetExtent(rows: ReadonlyMap<number, ReadonlyMap<number, unknown>>): SheetExtent {
  let bottom = 0;
  let right = 0;
  for (const [r, cells] of rows) {
    if (cells.size === 0) continue;
    if (r > bottom) bottom = r;
    for (const c of cells.keys()) if (c > right) right = c;
  }
  return { bottom, right };
}
