import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
const rows = [['A', 'Service', 100], ['B', 'Service', 200], ['I alt', u, 300]];
export const cases: RuleCase[] = [
  { name: 'fires at a label that states the price level only', workbook: workbookOf(proposal('S', rows, { label: '2027 p/l.' })), fires: ['S!A2'] },
  { name: 'stays silent when there is no label at all (that is PRICE_LEVEL_MISSING)', workbook: workbookOf(proposal('S', rows, { label: u })), fires: [] },
  { name: 'stays silent on "1000 kr 2027 p/l"', workbook: workbookOf(proposal('S', rows, { label: '1000 kr 2027 p/l' })), fires: [] },
];
