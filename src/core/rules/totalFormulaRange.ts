/** TOTAL_FORMULA_RANGE: a total's formula omits rows of its block, counts one twice, or adds rows outside it. */
import { a1 } from '../a1';
import { formulaRefs } from '../formulaRefs';
import type { Finding, TableBlock } from '../model';
import { columnName, findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const totalFormulaRangeMeta: RuleMeta = {
  code: 'TOTAL_FORMULA_RANGE',
  severity: 'warning',
  description: {
    da: 'En totals formel udelader rækker i sin blok, tæller en række to gange eller medtager rækker uden for blokken.',
    en: "A total's formula omits rows of its block, counts one twice, or includes rows outside it.",
  },
  messages: {
    da: {
      default: 'Formlen for "{label}" ({column}) udelader {cells}.',
      omitted: 'Formlen for "{label}" ({column}) udelader {cells}.',
      duplicate: 'Formlen for "{label}" ({column}) tæller {cells} med to gange.',
      outside: 'Formlen for "{label}" ({column}) medtager {cells}, som ikke hører til blokken.',
    },
    en: {
      default: 'The formula of "{label}" ({column}) omits {cells}.',
      omitted: 'The formula of "{label}" ({column}) omits {cells}.',
      duplicate: 'The formula of "{label}" ({column}) counts {cells} twice.',
      outside: 'The formula of "{label}" ({column}) includes {cells}, which are not in its block.',
    },
  },
};

/** Ranges larger than this are not expanded cell by cell. */
const MAX_CELLS = 100_000;

export const totalFormulaRangeRule: TableRule = {
  scope: 'table',
  meta: [totalFormulaRangeMeta],
  check(table: TableBlock): Finding[] {
    const findings: Finding[] = [];
    if (!table.totals.some((g) => table.rows[g.totalRow].amounts.some((a) => a.formula !== undefined))) return findings;
    // Every amount cell of the table with a value, by address, to tell "outside" rows that matter.
    const filled = new Set<string>();
    for (const row of table.rows) for (const a of row.amounts) if (a.status !== 'empty') filled.add(a.address);
    for (const group of table.totals) {
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((_, j) => {
        const formula = totalRow.amounts[j].formula;
        if (formula === undefined) return;
        const refs = formulaRefs(formula, table.sheet);
        if (!refs.analysable) return;
        const counts = new Map<string, number>();
        let size = 0;
        for (const r of refs.ranges) {
          size += (r.bottom - r.top + 1) * (r.right - r.left + 1);
          if (size > MAX_CELLS) return;
          for (let row = r.top; row <= r.bottom; row++) {
            for (let col = r.left; col <= r.right; col++) {
              const address = a1(row, col);
              counts.set(address, (counts.get(address) ?? 0) + 1);
            }
          }
        }
        const memberCells = group.memberRows.map((m) => table.rows[m].amounts[j]);
        const members = new Set(memberCells.map((c) => c.address));
        const params = { label: totalRow.label, column: columnName(table, j) };
        const omitted = memberCells.filter((c) => c.status !== 'empty' && !counts.has(c.address)).map((c) => c.address);
        const duplicate = [...counts].filter(([address, n]) => n > 1 && (members.has(address) || filled.has(address))).map(([a]) => a);
        const at = totalRow.amounts[j].address;
        const outside = [...counts.keys()].filter((address) => !members.has(address) && filled.has(address) && address !== at);
        if (omitted.length) findings.push(findingFor(totalFormulaRangeMeta, table, at, { ...params, cells: omitted }, { variant: 'omitted' }));
        if (duplicate.length) findings.push(findingFor(totalFormulaRangeMeta, table, at, { ...params, cells: duplicate }, { variant: 'duplicate' }));
        if (outside.length) findings.push(findingFor(totalFormulaRangeMeta, table, at, { ...params, cells: outside }, { variant: 'outside' }));
      });
    }
    return findings;
  },
};
