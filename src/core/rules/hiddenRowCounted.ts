/**
 * HIDDEN_ROW_COUNTED: a stated total only adds up because a hidden row is counted. Excel's SUM counts
 * hidden rows (as do SUBTOTAL 9 and AGGREGATE without a hidden-row option; SUBTOTAL 109 does not),
 * so the total is right in Excel — but the printed or filtered table does not show the
 * row, and a reader adding up what they see gets another figure. An info, naming the hidden rows.
 */
import Decimal from 'decimal.js';
import { isReadable } from '../detect/amountCell';
import { readTotalFormula, skipsHiddenRows } from '../formulaRefs';
import type { Finding, TableBlock } from '../model';
import { columnName, findingFor, rowName } from './finding';
import type { RuleContext, RuleMeta, TableRule } from './rule';

export const hiddenRowCountedMeta: RuleMeta = {
  code: 'HIDDEN_ROW_COUNTED',
  severity: 'info',
  description: {
    da: 'En angivet total stemmer kun, fordi en skjult række tælles med (Excels SUM tæller den; den udskrevne tabel viser den ikke).',
    en: "A stated total only adds up when a hidden row is counted (Excel's SUM counts it; the printed table does not show it).",
  },
  messages: {
    da: {
      default:
        '"{label}" ({column}) angiver {stated}, som kun stemmer, fordi den skjulte række {rows} tælles med; de synlige rækker summerer til {visible}. Vis rækken, eller tag den ud af totalen.',
      several:
        '"{label}" ({column}) angiver {stated}, som kun stemmer, fordi de skjulte rækker {rows} tælles med; de synlige rækker summerer til {visible}. Vis rækkerne, eller tag dem ud af totalen.',
    },
    en: {
      default:
        '"{label}" ({column}) states {stated}, which only adds up because hidden row {rows} is counted; the visible rows sum to {visible}. Unhide the row or leave it out of the total.',
      several:
        '"{label}" ({column}) states {stated}, which only adds up because hidden rows {rows} are counted; the visible rows sum to {visible}. Unhide the rows or leave them out of the total.',
    },
  },
};

export const hiddenRowCountedRule: TableRule = {
  scope: 'table',
  meta: [hiddenRowCountedMeta],
  check(table: TableBlock, ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const group of table.totals) {
      const hiddenMembers = group.memberRows.filter((m) => table.rows[m].hidden);
      if (!hiddenMembers.length) continue;
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((_, j) => {
        const stated = totalRow.amounts[j];
        const members = group.memberRows.map((m) => table.rows[m].amounts[j]);
        if (!isReadable(stated) || !members.every(isReadable)) return;
        // SUBTOTAL(109, …) and AGGREGATE's hidden-row options leave hidden rows out: nothing to say.
        if (stated.formula !== undefined && skipsHiddenRows(readTotalFormula(stated.formula, { sheet: table.sheet, row: stated.row, col: stated.col }, ctx.formulas))) return;
        const statedValue = stated.amount;
        if (statedValue === null) return;
        let all = new Decimal(0);
        let visible = new Decimal(0);
        const counted: number[] = [];
        group.memberRows.forEach((m, k) => {
          const a = members[k].amount;
          if (a === null) return;
          all = all.plus(a);
          if (table.rows[m].hidden) {
            if (!a.isZero()) counted.push(table.rows[m].row);
          } else visible = visible.plus(a);
        });
        if (!counted.length || !statedValue.eq(all) || statedValue.eq(visible)) return;
        findings.push(
          findingFor(
            hiddenRowCountedMeta,
            table,
            stated.address,
            { label: rowName(totalRow), column: columnName(table, j), stated: statedValue, visible, rows: counted.map(String) },
            { expected: visible, actual: statedValue, difference: statedValue.minus(visible), ...(counted.length > 1 ? { variant: 'several' } : {}) },
          ),
        );
      });
    }
    return findings;
  },
};
