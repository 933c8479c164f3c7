import { cases } from './__fixtures__/TEXT_TABLE_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TEXT_TABLE_MISMATCH', cases);
