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
      default: 'Formlen for "{label}" ({column}) udelader {cells}. Udvid formlen, så den tager alle blokkens rækker.',
      omitted: 'Formlen for "{label}" ({column}) udelader {cells}. Udvid formlen, så den tager alle blokkens rækker.',
      duplicate: 'Formlen for "{label}" ({column}) tæller {cells} med to gange. Fjern den ene henvisning.',
      outside: 'Formlen for "{label}" ({column}) medtager {cells}, som ikke hører til blokken. Fjern dem fra formlen.',
    },
    en: {
      default: 'The formula of "{label}" ({column}) omits {cells}. Extend the formula to take every row of its block.',
      omitted: 'The formula of "{label}" ({column}) omits {cells}. Extend the formula to take every row of its block.',
      duplicate: 'The formula of "{label}" ({column}) counts {cells} twice. Remove one of the references.',
      outside: 'The formula of "{label}" ({column}) includes {cells}, which are not in its block. Remove them from the formula.',
    },
  },
};

/** Ranges larger than this are not expanded cell by cell. */
const MAX_CELLS = 100_000;

/** A cell as one number (Excel has at most 16.384 columns), so counting needs no address strings. */
const keyOf = (row: number, col: number) => row * 16_384 + col;
const addressOfKey = (key: number) => a1(Math.floor(key / 16_384), key % 16_384);

export const totalFormulaRangeRule: TableRule = {
  scope: 'table',
  meta: [totalFormulaRangeMeta],
  check(table: TableBlock): Finding[] {
    const findings: Finding[] = [];
    if (!table.totals.some((g) => table.rows[g.totalRow].amounts.some((a) => a.formula !== undefined))) return findings;
    // Every amount cell of the table with a value, to tell "outside" rows that matter.
    const filled = new Set<number>();
    for (const row of table.rows) for (const a of row.amounts) if (a.status !== 'empty') filled.add(keyOf(a.row, a.col));
    for (const group of table.totals) {
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((_, j) => {
        const total = totalRow.amounts[j];
        if (total.formula === undefined) return;
        const refs = formulaRefs(total.formula, table.sheet);
        if (!refs.analysable) return;
        const counts = new Map<number, number>();
        let size = 0;
        for (const r of refs.ranges) {
          size += (r.bottom - r.top + 1) * (r.right - r.left + 1);
          if (size > MAX_CELLS) return;
          for (let row = r.top; row <= r.bottom; row++) {
            for (let col = r.left; col <= r.right; col++) {
              const key = keyOf(row, col);
              counts.set(key, (counts.get(key) ?? 0) + 1);
            }
          }
        }
        const memberCells = group.memberRows.map((m) => table.rows[m].amounts[j]);
        const members = new Set(memberCells.map((c) => keyOf(c.row, c.col)));
        const self = keyOf(total.row, total.col);
        const params = { label: totalRow.label, column: columnName(table, j) };
        const omitted = memberCells.filter((c) => c.status !== 'empty' && !counts.has(keyOf(c.row, c.col))).map((c) => c.address);
        const duplicate: string[] = [];
        const outside: string[] = [];
        for (const [key, n] of counts) {
          const member = members.has(key);
          if (n > 1 && (member || filled.has(key))) duplicate.push(addressOfKey(key));
          if (!member && filled.has(key) && key !== self) outside.push(addressOfKey(key));
        }
        const at = total.address;
        if (omitted.length) findings.push(findingFor(totalFormulaRangeMeta, table, at, { ...params, cells: omitted }, { variant: 'omitted' }));
        if (duplicate.length) findings.push(findingFor(totalFormulaRangeMeta, table, at, { ...params, cells: duplicate }, { variant: 'duplicate' }));
        if (outside.length) findings.push(findingFor(totalFormulaRangeMeta, table, at, { ...params, cells: outside }, { variant: 'outside' }));
      });
    }
    return findings;
  },
};
