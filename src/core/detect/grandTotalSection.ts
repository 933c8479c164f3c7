/**
 * A grand-total section: sections with the same rows ("Delregnskab 1" … "Delregnskab 5", each with
 * "Indtægter | Omkostninger | Årets resultat"), then a last section whose title says it is their
 * total ("Aarhus Universitet i alt", "I alt", "Hele landet"). Each of its rows is the total of the
 * rows of the same name above it. Held as the title says where most of its cells agree; a cell that
 * does not is the error.
 */
import type { TableBlock, TableRow, TotalGroup } from '../model';
import { amountRows, rowFit } from './arithmetic';
import { isTotalWord } from './shapeTables';
import { normalizeLabel } from './labelText';

export function withGrandTotalSection(table: TableBlock): TableBlock {
  if (table.kind === 'overview') return table;
  const sections = sectionsOf(table.rows);
  if (sections.length < 3) return table;
  const grand = sections[sections.length - 1];
  if (!isTotalWord(normalizeLabel(table.rows[grand.title].label), [])) return table;
  const cols = table.columns.map((c, j) => ({ c, j })).filter(({ c }) => c.role === undefined).map(({ j }) => j);
  if (cols.length === 0) return table;
  const stated = new Set(table.totals.map((g) => g.totalRow));
  const byName = new Map<string, number[]>();
  for (const s of sections.slice(0, -1)) {
    for (const k of s.rows) {
      const name = normalizeLabel(table.rows[k].label);
      if (name !== '') byName.set(name, [...(byName.get(name) ?? []), k]);
    }
  }
  const groups: TotalGroup[] = [];
  for (const k of grand.rows) {
    if (stated.has(k)) continue;
    const members = byName.get(normalizeLabel(table.rows[k].label));
    if (members && members.length >= 2) groups.push({ kind: 'net', totalRow: k, memberRows: members });
  }
  if (groups.length === 0) return table;
  const m = amountRows(table.rows, groups.flatMap((g) => [g.totalRow, ...g.memberRows]));
  let fits = 0;
  let misses = 0;
  for (const g of groups) {
    const fit = rowFit(m, g.totalRow, g.memberRows, cols);
    fits += fit.fits;
    misses += fit.misses.length;
  }
  if (fits < 2 || fits <= misses) return table;
  const totalRows = new Set(groups.map((g) => g.totalRow));
  return {
    ...table,
    rows: table.rows.map((r, k) => (totalRows.has(k) && r.kind === 'item' ? { ...r, kind: 'total' as const } : r)),
    totals: [...table.totals, ...groups].sort((a, b) => a.totalRow - b.totalRow),
  };
}

/** Each section: its title row and the rows under it that hold amounts. */
function sectionsOf(rows: readonly TableRow[]): Array<{ title: number; rows: number[] }> {
  const out: Array<{ title: number; rows: number[] }> = [];
  rows.forEach((row, k) => {
    if (row.kind === 'section') {
      if (row.label.trim() !== '') out.push({ title: k, rows: [] });
      return;
    }
    if (row.kind !== 'heraf' && out.length) out[out.length - 1].rows.push(k);
  });
  return out.filter((s) => s.rows.length > 0);
}
