/** Helpers over a TableBlock's rows shared by conversion and the cross-table rule. */
import type { TableBlock, TotalGroup } from '../model';

/** Total groups by the index of their total row. */
export function groupsByTotalRow(table: TableBlock): Map<number, TotalGroup> {
  const m = new Map<number, TotalGroup>();
  for (const g of table.totals) if (!m.has(g.totalRow)) m.set(g.totalRow, g);
  return m;
}

/** For each row index, the index of the total row of the group that counts it (first one found). */
export function parentTotalRow(table: TableBlock): Map<number, number> {
  const parent = new Map<number, number>();
  for (const g of table.totals) for (const m of g.memberRows) if (m !== g.totalRow && !parent.has(m)) parent.set(m, g.totalRow);
  return parent;
}

/**
 * The canonical styringsområde that governs a row: its own, or (when it names none) that of the
 * nearest total row that counts it ("Samlede implementeringsomkostninger | Service"). Null when
 * neither names a known one.
 */
export function rowStyringsomraade(table: TableBlock, rowIndex: number, parents = parentTotalRow(table)): string | null {
  let i: number | undefined = rowIndex;
  const seen = new Set<number>();
  while (i !== undefined && !seen.has(i)) {
    seen.add(i);
    const s = table.rows[i]?.styringsomraade;
    if (s?.canonical) return s.canonical;
    if (s && s.text.trim() !== '') return null; // names an unknown one: do not guess from the total
    i = parents.get(i);
  }
  return null;
}

export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}
