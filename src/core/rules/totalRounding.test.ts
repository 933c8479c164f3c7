import { cases } from './__fixtures__/TOTAL_ROUNDING';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TOTAL_ROUNDING', cases);
