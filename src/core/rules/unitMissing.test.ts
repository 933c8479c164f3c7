import { cases } from './__fixtures__/UNIT_MISSING';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('UNIT_MISSING', cases);
