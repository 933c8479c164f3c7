import { cases } from './__fixtures__/TOTAL_ROW_MISSING';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TOTAL_ROW_MISSING', cases);
