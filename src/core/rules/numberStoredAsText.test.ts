import { cases } from './__fixtures__/NUMBER_STORED_AS_TEXT';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('NUMBER_STORED_AS_TEXT', cases);
