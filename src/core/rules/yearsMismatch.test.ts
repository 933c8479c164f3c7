import { cases } from './__fixtures__/YEARS_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('YEARS_MISMATCH', cases);
