import { cases } from './__fixtures__/EMBEDDED_NOT_READ';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('EMBEDDED_NOT_READ', cases);
