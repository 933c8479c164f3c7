import { cases } from './__fixtures__/TOTAL_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TOTAL_MISMATCH', cases);
