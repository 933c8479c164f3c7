/** FORMULA_NOT_CALCULATED: a formula with no saved result, so its amount cannot be read. */
import { cellRule } from './amountCellRules';
import type { RuleMeta } from './rule';

export const formulaNotCalculatedMeta: RuleMeta = {
  code: 'FORMULA_NOT_CALCULATED',
  severity: 'warning',
  description: {
    da: 'En formel har intet gemt resultat (filen er gemt af et program, der ikke regner). Åbn i Excel, genberegn og gem.',
    en: 'A formula has no saved result (the file was saved by a program that does not calculate). Open in Excel, recalculate and save.',
  },
  messages: {
    da: {
      default: 'Formlen ={formula} har intet gemt resultat, så beløbet kan ikke tjekkes. Åbn projektmappen i Excel, genberegn (F9) og gem, og tjek igen.',
      workbook:
        'Projektmappen er ikke beregnet: den er gemt af et program, der ikke regner, så {formulas} af dens formler har ingen pålidelige gemte resultater. Budgettjek har selv regnet {computed} af dem ud af de celler, den læser, og tjekket mod det; formler, den ikke kan regne ud, nævnes hver for sig. Åbn projektmappen i Excel, genberegn (F9) og gem, og tjek igen.',
    },
    en: {
      default: 'The formula ={formula} has no saved result, so the amount cannot be checked. Open the workbook in Excel, recalculate (F9), save and check again.',
      workbook:
        'The workbook was not calculated: it was saved by a program that does not calculate, so {formulas} of its formulas have no trustworthy saved results. Budgettjek worked out {computed} of them from the cells it reads and checked against that; formulas it cannot work out are named one by one. Open the workbook in Excel, recalculate (F9), save and check again.',
    },
  },
};

export const formulaNotCalculatedRule = cellRule('uncalculated', formulaNotCalculatedMeta, (cell) => ({ formula: cell.formula ?? '' }));
