/** The registry of rules. A new rule: one module in this folder, one line here. */
import type { RuleCode } from '../model';
import { amountFormatRule } from './amountFormat';
import { amountNotNumericRule } from './amountNotNumeric';
import { cellErrorRule } from './cellError';
import { crossTableMismatchRule } from './crossTableMismatch';
import { differenceMismatchRule } from './differenceMismatch';
import { embeddedNotReadRule } from './embeddedNotRead';
import { formulaNotCalculatedRule } from './formulaNotCalculated';
import { hiddenRowCountedRule } from './hiddenRowCounted';
import { herafExceedsRule } from './herafExceeds';
import { numberStoredAsTextRule } from './numberStoredAsText';
import { priceLevelMismatchRule } from './priceLevelMismatch';
import { proposalNotFoundRule } from './proposalNotFound';
import { priceLevelMissingRule } from './priceLevelMissing';
import type { Rule, RuleMeta } from './rule';
import { styringsomraadeMissingRule } from './styringsomraadeMissing';
import { styringsomraadeUnknownRule } from './styringsomraadeUnknown';
import { totalFormulaRangeRule } from './totalFormulaRange';
import { totalMismatchRule } from './totalMismatch';
import { totalRowMissingRule } from './totalRowMissing';
import { totalSkipsTextRule } from './totalSkipsText';
import { totalUnclearRule } from './totalUnclear';
import { textSumMismatchRule } from './textSumMismatch';
import { textTableMismatchRule } from './textTableMismatch';
import { unitMismatchRule } from './unitMismatch';
import { unitMissingRule } from './unitMissing';
import { yearsMismatchRule } from './yearsMismatch';

export const rules: Rule[] = [
  totalMismatchRule,
  totalFormulaRangeRule,
  totalRowMissingRule,
  priceLevelMissingRule,
  priceLevelMismatchRule,
  unitMissingRule,
  unitMismatchRule,
  yearsMismatchRule,
  styringsomraadeMissingRule,
  styringsomraadeUnknownRule,
  numberStoredAsTextRule,
  amountNotNumericRule,
  cellErrorRule,
  formulaNotCalculatedRule,
  crossTableMismatchRule,
  proposalNotFoundRule,
  amountFormatRule,
  hiddenRowCountedRule,
  totalSkipsTextRule,
  herafExceedsRule,
  differenceMismatchRule,
  totalUnclearRule,
  textTableMismatchRule,
  textSumMismatchRule,
  embeddedNotReadRule,
];

export const ruleCatalogue: Map<RuleCode, RuleMeta> = new Map(
  rules.flatMap((r) => r.meta).map((m) => [m.code, m]),
);
