import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at each text amount and uses its value',
    workbook: workbookOf(proposal('S', [['A', 'Service', '1.045', '(300)'], ['B', 'Service', '2.093,8', '−300'], ['I alt', u, 3138.8, -600]])),
    fires: [{ at: 'S!C3', contains: '1.045' }, 'S!D3', 'S!C4', 'S!D4'],
  },
  { name: 'stays silent on numbers and on "-" for nothing', workbook: workbookOf(proposal('S', [['A', 'Service', 1, '-'], ['B', 'Service', 2, '–'], ['I alt', u, 3]])), fires: [] },
];
