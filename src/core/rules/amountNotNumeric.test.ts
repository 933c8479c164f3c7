import { cases } from './__fixtures__/AMOUNT_NOT_NUMERIC';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('AMOUNT_NOT_NUMERIC', cases);
