import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
const rows = [['A', 'Service', 100], ['B', 'Service', 200], ['I alt', u, 300]];
export const cases: RuleCase[] = [
  { name: 'fires at the label of a proposal table in 2026 p/l (the template requires 2027)', workbook: workbookOf(proposal('S', rows, { label: '1.000 kr. 2026 p/l' })), fires: [{ at: 'S!A2', contains: '2027' }] },
  {
    name: 'fires on an overview in 2027 p/l (the overview must be in 2026 p/l)',
    workbook: workbookOf(sheetFromRows('O', [['1.000 kr. 2027 p/l', 'Udvalg', 'Forslag', 'Service'], ['BC01', 'BIU', 'x', 10]])),
    fires: ['O!A1'],
  },
  { name: 'fires on current prices', workbook: workbookOf(proposal('S', rows, { label: '1.000 kr., løbende priser' })), fires: [{ at: 'S!A2', variant: 'currentPrices' }] },
  {
    name: 'generic template: fires on the one table that differs from the others',
    template: 'generic',
    workbook: workbookOf(proposal('A', rows, { label: '1.000 kr. 2025 p/l' }), proposal('B', rows, { label: '1.000 kr. 2025 p/l' }), proposal('C', rows, { label: '1.000 kr. 2024 p/l' })),
    fires: [{ at: 'C!A2', variant: 'inconsistent' }],
  },
  { name: 'stays silent on 2027 p/l written as "2027-p/l"', workbook: workbookOf(proposal('S', rows, { label: 't.kr. 2027-p/l' })), fires: [] },
];

cases.push({
  name: 'names the kind of table in the reader\'s language',
  workbook: workbookOf(proposal('S', rows, { label: '1.000 kr. 2026 p/l' })),
  fires: [{ at: 'S!A2', contains: 'kræver 2027 p/l for forslagstabeller' }],
});
