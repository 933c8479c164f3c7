import { cases } from './__fixtures__/STYRINGSOMRAADE_MISSING';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('STYRINGSOMRAADE_MISSING', cases);
