import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
const rows = [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, 3]];
export const cases: RuleCase[] = [
  { name: 'fires at the first header cell when years are missing (BC39: 2027–2030)', workbook: workbookOf(proposal('S', rows, { years: [2027, 2028, 2029, 2030] })), fires: [{ at: 'S!A2', contains: 'Mangler: 2026, 2031' }] },
  { name: 'fires at a duplicated year', workbook: workbookOf(proposal('S', rows, { years: [2026, 2027, 2027, 2028, 2029, 2030, 2031] })), fires: [{ at: 'S!E2', variant: 'duplicate' }] },
  {
    name: 'fires at the first year out of order',
    workbook: workbookOf(proposal('S', rows, { years: [2026, 2028, 2027, 2029, 2030, 2031] })),
    fires: [{ at: 'S!E2', variant: 'order' }],
  },
  { name: 'reads years typed as text', workbook: workbookOf(proposal('S', rows, { years: ['2026', '2027', '2028', '2029', '2030', '2031'] })), fires: [] },
  { name: 'generic template: any years in order are fine', template: 'generic', workbook: workbookOf(proposal('S', rows, { years: [2030, 2031, 2032] })), fires: [] },
];

cases.push({
  name: 'lists years missing and extra',
  workbook: workbookOf(proposal('S', rows, { years: [2027, 2028, 2029, 2030, 2031, 2032] })),
  fires: [{ at: 'S!A2', contains: 'Mangler: 2026. Ekstra: 2032.' }],
});
