/** AMOUNT_NOT_NUMERIC: text in an amount cell that is no amount. */
import { cellRule } from './amountCellRules';
import type { RuleMeta } from './rule';

export const amountNotNumericMeta: RuleMeta = {
  code: 'AMOUNT_NOT_NUMERIC',
  severity: 'error',
  description: { da: 'Teksten i en beløbscelle er ikke et beløb.', en: 'Text in an amount cell that is no amount.' },
  messages: {
    da: { default: '"{text}" er ikke et beløb. Skriv et tal, eller lad cellen stå tom.' },
    en: { default: '"{text}" is not an amount. Enter a number or leave the cell empty.' },
  },
};

// In a list, text in an amount column ("Afslag", "Udsat") is a remark, not a mistake: SUM skips it.
export const amountNotNumericRule = cellRule('not-numeric', amountNotNumericMeta, (cell) => ({ text: String(cell.raw) }), ['list']);
