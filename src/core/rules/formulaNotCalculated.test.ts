import { cases } from './__fixtures__/FORMULA_NOT_CALCULATED';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('FORMULA_NOT_CALCULATED', cases);
