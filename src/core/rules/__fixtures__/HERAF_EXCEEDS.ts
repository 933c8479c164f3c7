import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at the first "heraf" row when its parts exceed the row above',
    workbook: workbookOf(
      proposal('S', [['IT-drift', 'Service', 1000, 500], ['heraf licenser', u, 700, 100], ['- heraf support', u, 400, 100], ['Projektledelse', 'Service', 500, 0], ['I alt', u, 1500, 500]]),
    ),
    fires: [{ at: 'S!C4', contains: 'summerer til 1.100, men "IT-drift" er kun 1.000' }],
  },
  {
    name: 'minds signs: parts of a saving go further below zero than the saving',
    workbook: workbookOf(proposal('S', [['Effektivisering', 'Service', -300], ['hvoraf løn', u, -200], ['Heraf: husleje', u, -50], ['Effektivisering 2', 'Service', -100], ['heraf løn', u, -150], ['I alt', u, -400]])),
    fires: ['S!C7'],
  },
  {
    name: 'stays silent when the parts are within the row, or the row is empty',
    workbook: workbookOf(proposal('S', [['IT-drift', 'Service', 1000, u], ['heraf licenser', u, 1000, 50], ['Projektledelse', 'Service', 500, 20], ['I alt', u, 1500, 20]])),
    fires: [],
  },
];
