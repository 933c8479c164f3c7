import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  { name: 'fires at the empty styringsområde cell of an amount row', workbook: workbookOf(proposal('S', [['A', 'Service', 1], ['B', u, 2], ['I alt', u, 3]])), fires: ['S!B4'] },
  {
    name: 'fires once at the header when the table has no styringsområde column',
    workbook: workbookOf(sheetFromRows('S', [['1.000 kr. 2027 p/l', 2026, 2027], ['A', 1, 2], ['B', 1, 2], ['I alt', 2, 4]])),
    fires: [{ at: 'S!A1', variant: 'noColumn' }],
  },
  {
    name: 'stays silent under the generic template, which asks no styringsområde column (state, region and tax tables have none)',
    workbook: workbookOf(sheetFromRows('S', [['Mia. kr., 2009-pl', '2008', '2009'], ['Sundhed', 86.6, 90.9], ['Psykiatri', 7, 7.7], ['I alt', 93.6, 98.6]])),
    template: 'generic',
    fires: [],
  },
  { name: 'stays silent on an empty styringsområde in a total row', workbook: workbookOf(proposal('S', [['A', 'Service', 1], ['B', 'Anlæg', 2], ['I alt', u, 3]])), fires: [] },
];
