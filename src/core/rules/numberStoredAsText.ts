/** NUMBER_STORED_AS_TEXT: a text cell that reads as an amount; its value is used. */
import { cellRule } from './amountCellRules';
import type { RuleMeta } from './rule';

export const numberStoredAsTextMeta: RuleMeta = {
  code: 'NUMBER_STORED_AS_TEXT',
  severity: 'warning',
  description: {
    da: 'En tekstcelle, der læses som et beløb; værdien bruges, men bør indtastes som tal.',
    en: 'A text cell that reads as an amount; its value is used but should be entered as a number.',
  },
  messages: {
    da: { default: 'Beløbet "{text}" er gemt som tekst; det læses som {amount}. Indtast det som tal, så Excel kan regne med det.' },
    en: { default: 'The amount "{text}" is stored as text; it reads as {amount}. Enter it as a number so Excel can use it.' },
  },
};

export const numberStoredAsTextRule = cellRule('text-number', numberStoredAsTextMeta, (cell) => ({ text: String(cell.raw), amount: cell.amount! }));
