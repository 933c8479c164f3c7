import { cases } from './__fixtures__/TOTAL_FORMULA_RANGE';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TOTAL_FORMULA_RANGE', cases);
