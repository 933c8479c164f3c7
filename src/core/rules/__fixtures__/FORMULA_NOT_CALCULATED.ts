import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at a formula with no saved result and tells the user to recalculate',
    workbook: workbookOf(proposal('S', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, { f: 'SUM(C3:C4)' }]])),
    fires: [{ at: 'S!C5', contains: 'genberegn' }],
  },
  { name: 'stays silent on a formula with its result', workbook: workbookOf(proposal('S', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, { f: 'SUM(C3:C4)', v: 3 }]])), fires: [] },
];
