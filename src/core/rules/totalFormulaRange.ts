/** TOTAL_FORMULA_RANGE: a total's formula omits rows of its block, counts one twice, or adds rows outside it. */
import { a1 } from '../a1';
import { isSubtotalFormula, readTotalFormula } from '../formulaRefs';
import type { AmountCell, Finding, TableBlock } from '../model';
import { columnName, findingFor, rowName } from './finding';
import type { RuleContext, RuleMeta, TableRule } from './rule';

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

/** A cell as one number (Excel has at most 16.384 columns), so counting needs no address strings. */
const keyOf = (row: number, col: number) => row * 16_384 + col;
const addressOfKey = (key: number) => a1(Math.floor(key / 16_384), key % 16_384);

export const totalFormulaRangeRule: TableRule = {
  scope: 'table',
  meta: [totalFormulaRangeMeta],
  check(table: TableBlock, ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    if (!table.totals.some((g) => table.rows[g.totalRow].amounts.some((a) => a.formula !== undefined))) return findings;
    // Every amount cell of the table with a value, to tell "outside" rows that matter.
    const filled = new Map<number, AmountCell>();
    for (const row of table.rows) for (const a of row.amounts) if (a.status !== 'empty') filled.set(keyOf(a.row, a.col), a);
    // By column, so a formula is held only against the cells its ranges can reach.
    const filledByCol = new Map<number, AmountCell[]>();
    for (const a of filled.values()) {
      const list = filledByCol.get(a.col);
      if (list) list.push(a);
      else filledByCol.set(a.col, [a]);
    }
    const sheet = table.sheet.toUpperCase();
    for (const group of table.totals) {
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((_, j) => {
        const total = totalRow.amounts[j];
        if (total.formula === undefined) return;
        const reading = readTotalFormula(total.formula, { sheet: table.sheet, row: total.row, col: total.col }, ctx.formulas);
        // Not analysed, or it adds up cells of other sheets: nothing to hold against the block.
        if (reading === null || reading.counted.some((c) => c.sheet.toUpperCase() !== sheet)) return;
        // A formula across its own row ("=B22+C22" in a Netto column) totals columns, not rows.
        if (reading.counted.every(({ range: g }) => g.top === total.row && g.bottom === total.row)) return;
        const memberCells = group.memberRows.map((m) => table.rows[m].amounts[j]);
        const members = new Set(memberCells.map((c) => keyOf(c.row, c.col)));
        /** How many times the formula adds a cell up (ranges are held against the table's cells, never expanded). */
        const timesCounted = (cell: Pick<AmountCell, 'row' | 'col' | 'formula'>) =>
          reading.counted.filter(({ range: g, skipsSubtotals }) => cell.row >= g.top && cell.row <= g.bottom && cell.col >= g.left && cell.col <= g.right && !(skipsSubtotals && isSubtotalFormula(cell.formula))).length;
        const self = keyOf(total.row, total.col);
        const params = { label: rowName(totalRow), column: columnName(table, j) };
        const omitted = memberCells.filter((c) => c.status !== 'empty' && timesCounted(c) === 0).map((c) => c.address);
        const duplicate: string[] = [];
        const outside: string[] = [];
        const cells = new Map<number, Pick<AmountCell, 'row' | 'col' | 'formula'>>(memberCells.map((c) => [keyOf(c.row, c.col), c]));
        for (const { range: g } of reading.counted) {
          for (const [col, list] of filledByCol) {
            if (col < g.left || col > g.right) continue;
            for (const a of list) if (a.row >= g.top && a.row <= g.bottom) cells.set(keyOf(a.row, a.col), a);
          }
        }
        for (const key of [...cells.keys()].sort((a, b) => a - b)) {
          const cell = cells.get(key)!;
          const n = timesCounted(cell);
          if (n === 0) continue;
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
