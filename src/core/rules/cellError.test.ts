import { cases } from './__fixtures__/CELL_ERROR';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('CELL_ERROR', cases);
