/** CELL_ERROR: an amount cell holds an Excel error (#REF!, #VALUE!, …). */
import { cellRule } from './amountCellRules';
import type { RuleMeta } from './rule';

export const cellErrorMeta: RuleMeta = {
  code: 'CELL_ERROR',
  severity: 'error',
  description: { da: 'En beløbscelle indeholder en Excel-fejl (#REFERENCE!, #VÆRDI! …).', en: 'An amount cell holds an Excel error (#REF!, #VALUE!, …).' },
  messages: {
    da: { default: 'Cellen viser fejlen {error}{formulaText}. Ret formlen, så cellen viser et beløb.' },
    en: { default: 'The cell shows the error {error}{formulaText}. Fix the formula so the cell shows an amount.' },
  },
};

export const cellErrorRule = cellRule('error', cellErrorMeta, (cell) => ({
  error: (cell.raw as { error: string }).error,
  formulaText: cell.formula !== undefined ? ` (formel =${cell.formula})` : '',
}));
