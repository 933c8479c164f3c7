import { cases } from './__fixtures__/HIDDEN_ROW_COUNTED';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('HIDDEN_ROW_COUNTED', cases);
