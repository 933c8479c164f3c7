import { cases } from './__fixtures__/DIFFERENCE_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('DIFFERENCE_MISMATCH', cases);
