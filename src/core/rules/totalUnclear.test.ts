import { cases } from './__fixtures__/TOTAL_UNCLEAR';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TOTAL_UNCLEAR', cases);
