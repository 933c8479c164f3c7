import { cases } from './__fixtures__/AMOUNT_FORMAT';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('AMOUNT_FORMAT', cases);
