import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  { name: 'fires at "ca. 200" and "n/a"', workbook: workbookOf(proposal('S', [['A', 'Service', 'ca. 200'], ['B', 'Service', 'n/a'], ['I alt', u, 200]])), fires: ['S!C3', 'S!C4'] },
  { name: 'stays silent on amounts', workbook: workbookOf(proposal('S', [['A', 'Service', 200], ['B', 'Service', '1.000'], ['I alt', u, 1200]])), fires: [] },
];
