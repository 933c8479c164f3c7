import { cases } from './__fixtures__/UNIT_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('UNIT_MISMATCH', cases);
