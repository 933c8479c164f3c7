import { cases } from './__fixtures__/CROSS_TABLE_UNCHECKED';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('CROSS_TABLE_UNCHECKED', cases);
