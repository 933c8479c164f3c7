import { cases } from './__fixtures__/PRICE_LEVEL_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('PRICE_LEVEL_MISMATCH', cases);
