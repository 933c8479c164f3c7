import { cases } from './__fixtures__/STYRINGSOMRAADE_UNKNOWN';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('STYRINGSOMRAADE_UNKNOWN', cases);
