import { cases } from './__fixtures__/TEXT_SUM_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TEXT_SUM_MISMATCH', cases);
