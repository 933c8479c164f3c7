/**
 * TOTAL_SKIPS_TEXT: a total formula whose result leaves out amounts stored as text. Excel's SUM,
 * SUBTOTAL and AGGREGATE skip text in the ranges they add up (a structured reference, a defined
 * name, an array formula's range alike; see formulaRefs.ts), so a column of amounts pasted as
 * text sums to 0 (or to the part that is numbers) while the rows show more. Fires when the formula's saved result equals the sum of its number cells and
 * not the sum of all of them; it names the cause where TOTAL_MISMATCH would only name a difference.
 */
import Decimal from 'decimal.js';
import { sameAsExcel } from '../excelNumber';
import { isSubtotalFormula, readTotalFormula } from '../formulaRefs';
import type { AmountCell, Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleContext, RuleMeta, TableRule } from './rule';

export const totalSkipsTextMeta: RuleMeta = {
  code: 'TOTAL_SKIPS_TEXT',
  severity: 'error',
  description: {
    da: 'En totals formel giver et andet resultat end rækkerne viser, fordi nogle beløb er gemt som tekst (Excels SUM springer tekst over).',
    en: "A total's formula gives another result than its rows show, because some amounts are stored as text (Excel's SUM skips text).",
  },
  messages: {
    da: {
      default: '{formula} giver {stated}, fordi {count} beløb er gemt som tekst; de summerer til {sum}. Excel lægger ikke tekst sammen: indtast beløbene som tal.',
      some: '{formula} giver {stated}, fordi {count} af beløbene er gemt som tekst og ikke tælles med; alle rækkerne summerer til {sum}. Indtast beløbene som tal.',
    },
    en: {
      default: '{formula} gives {stated}, because {count} amounts are stored as text; they sum to {sum}. Excel does not add up text: enter the amounts as numbers.',
      some: '{formula} gives {stated}, because {count} of the amounts are stored as text and not counted; all the rows sum to {sum}. Enter the amounts as numbers.',
    },
  },
  supersedes: ['TOTAL_MISMATCH', 'TOTAL_ROUNDING'],
};

export const totalSkipsTextRule: TableRule = {
  scope: 'table',
  meta: [totalSkipsTextMeta],
  check(table: TableBlock, ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const sheet = table.sheet.toUpperCase();
    for (const group of table.totals) {
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((_, j) => {
        const stated = totalRow.amounts[j];
        if (stated.status !== 'number' || stated.formula === undefined) return;
        // Most totals have no text among their rows: look at the statuses before reading the formula.
        if (!group.memberRows.some((m) => table.rows[m].amounts[j].status === 'text-number')) return;
        const reading = readTotalFormula(stated.formula, { sheet: table.sheet, row: stated.row, col: stated.col }, ctx.formulas);
        if (reading === null) return;
        const own = reading.counted.filter((c) => c.sheet.toUpperCase() === sheet);
        /** The ranges that add the cell up; null when one of them would add text up ("+" of a cell). */
        const counting = (c: AmountCell, hidden: boolean) => {
          const by = own.filter(({ range: g }) => c.row >= g.top && c.row <= g.bottom && c.col >= g.left && c.col <= g.right);
          if (by.some((g) => !g.skipsText)) return null;
          return by.filter((g) => !(hidden && g.skipsHidden) && !(g.skipsSubtotals && isSubtotalFormula(c.formula)));
        };
        let numbers = new Decimal(0);
        let texts = new Decimal(0);
        let textCount = 0;
        let numberCount = 0;
        for (const m of group.memberRows) {
          const cell = table.rows[m].amounts[j];
          if (cell.status === 'empty') continue;
          const by = counting(cell, table.rows[m].hidden === true);
          if (by === null) return; // "+" of a text cell: Excel reads the text as a number
          if (by.length === 0) continue;
          const amount = cell.amount;
          if (cell.status === 'number' && amount) {
            numbers = numbers.plus(amount.times(by.length));
            numberCount++;
          } else if (cell.status === 'text-number' && amount) {
            texts = texts.plus(amount);
            textCount++;
          } else if (cell.status !== 'not-numeric') return; // an error or an uncalculated formula: other rules speak
        }
        if (textCount === 0) return;
        const result = stated.amount!;
        const all = numbers.plus(texts);
        if (!sameAsExcel(result, numbers) || sameAsExcel(result, all)) return;
        const difference = result.minus(all);
        findings.push(
          findingFor(
            totalSkipsTextMeta,
            table,
            stated.address,
            { formula: stated.formula.trim(), stated: result, count: new Decimal(textCount), sum: all },
            { expected: all, actual: result, difference, ...(numberCount > 0 ? { variant: 'some' } : {}) },
          ),
        );
      });
    }
    return findings;
  },
};
