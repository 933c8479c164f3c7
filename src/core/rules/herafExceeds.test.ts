import { cases } from './__fixtures__/HERAF_EXCEEDS';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('HERAF_EXCEEDS', cases);
