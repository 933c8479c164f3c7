/** Which tables found so far cross each row of a sheet: later searches leave their cells alone. */
import type { CellRange, SheetGrid } from '../model';

/**
 * The claimed ranges crossing each row that holds cells. A range may span far more rows than the
 * sheet holds (an Excel table part over A1:XFD1048576): the cost is never more than the rows held.
 */
export function claimedByRow(sheet: SheetGrid, claimed: readonly CellRange[]): Map<number, CellRange[]> {
  const byRow = new Map<number, CellRange[]>();
  const add = (r: number, g: CellRange) => {
    const list = byRow.get(r);
    if (list) list.push(g);
    else byRow.set(r, [g]);
  };
  for (const g of claimed) {
    if (g.bottom - g.top + 1 > sheet.rows.size) {
      for (const r of sheet.rows.keys()) if (r >= g.top && r <= g.bottom) add(r, g);
    } else {
      for (let r = g.top; r <= g.bottom; r++) add(r, g);
    }
  }
  return byRow;
}
