/**
 * TOTAL_SKIPS_TEXT: a SUM total whose result leaves out amounts stored as text. Excel's SUM skips
 * text, so a column of amounts pasted as text sums to 0 (or to the part that is numbers) while the
 * rows show more. Fires when the formula's saved result equals the sum of its number cells and
 * not the sum of all of them; it names the cause where TOTAL_MISMATCH would only name a difference.
 */
import Decimal from 'decimal.js';
import { sameAsExcel } from '../excelNumber';
import { formulaRefs } from '../formulaRefs';
import type { AmountCell, Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

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

/** SUM and its Danish name; other functions (and "+") do not skip text the same way. */
const SUM_FORMULA = /^\s*(?:_xlfn\.)?(SUM|SUMMER)\s*\(/i;

export const totalSkipsTextRule: TableRule = {
  scope: 'table',
  meta: [totalSkipsTextMeta],
  check(table: TableBlock): Finding[] {
    const findings: Finding[] = [];
    for (const group of table.totals) {
      const totalRow = table.rows[group.totalRow];
      table.columns.forEach((_, j) => {
        const stated = totalRow.amounts[j];
        if (stated.status !== 'number' || stated.formula === undefined || !SUM_FORMULA.test(stated.formula)) return;
        // Most totals have no text among their rows: look at the statuses before adding anything up.
        if (!group.memberRows.some((m) => table.rows[m].amounts[j].status === 'text-number')) return;
        const refs = formulaRefs(stated.formula, table.sheet);
        if (!refs.analysable) return;
        const counted = (c: AmountCell) => refs.ranges.some((g) => c.row >= g.top && c.row <= g.bottom && c.col >= g.left && c.col <= g.right);
        let numbers = new Decimal(0);
        let texts = new Decimal(0);
        let textCount = 0;
        let numberCount = 0;
        for (const m of group.memberRows) {
          const cell = table.rows[m].amounts[j];
          if (cell.status === 'empty' || !counted(cell)) continue;
          const amount = cell.amount;
          if (cell.status === 'number' && amount) {
            numbers = numbers.plus(amount);
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
