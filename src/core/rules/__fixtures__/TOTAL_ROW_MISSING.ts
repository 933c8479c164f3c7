import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at the first row of a block with no total',
    workbook: workbookOf(proposal('S', [['Implementeringsomkostninger'], ['A', 'Service', 100], ['B', 'Service', 200]])),
    fires: ['S!A4'],
  },
  {
    name: 'fires for the first section when only the second has a total',
    workbook: workbookOf(
      proposal('S', [['Udgifter'], ['A', 'Service', 100], ['B', 'Service', 200], ['Effektiviseringer'], ['C', 'Service', -50], ['D', 'Service', -50], ['Samlede effektiviseringer', u, -100]]),
    ),
    fires: ['S!A4'],
  },
  { name: 'stays silent when every block has its total', workbook: workbookOf(proposal('S', [['A', 'Service', 100], ['B', 'Service', 200], ['I alt', u, 300]])), fires: [] },
  { name: 'stays silent on a single amount row', workbook: workbookOf(proposal('S', [['A', 'Service', 100]])), fires: [] },
  {
    name: 'stays silent on rows before the first section title when one grand "I alt" adds every item',
    workbook: workbookOf(
      proposal('S', [['A', 'Anlæg', 100], ['B', 'Anlæg', 200], ['Skoler'], ['C', 'Anlæg', 50], ['D', 'Anlæg', 50], ['Haller'], ['E', 'Anlæg', 10], ['I alt', u, 410]]),
    ),
    fires: [],
  },
];
