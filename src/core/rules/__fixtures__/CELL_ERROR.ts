import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at a #REF! value and at a formula whose result is #VALUE!',
    workbook: workbookOf(proposal('S', [['A', 'Service', { error: '#REF!' }], ['B', 'Service', 2], ['I alt', u, { f: 'C3+C4', v: { error: '#VALUE!' } }]])),
    fires: ['S!C3', { at: 'S!C5', contains: '#VALUE!' }],
  },
  { name: 'stays silent on numbers', workbook: workbookOf(proposal('S', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, 3]])), fires: [] },
];
