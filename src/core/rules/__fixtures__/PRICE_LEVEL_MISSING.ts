import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
const rows = [['A', 'Service', 100], ['B', 'Service', 200], ['I alt', u, 300]];
export const cases: RuleCase[] = [
  { name: 'fires at the first header cell when the table has no label (BC39 as published)', workbook: workbookOf(proposal('BC39', rows, { label: u })), fires: [{ at: 'BC39!A2', contains: '2027 p/l' }] },
  { name: 'fires at the label when it gives a unit only', workbook: workbookOf(proposal('S', rows, { label: '1.000 kr.' })), fires: [{ at: 'S!A2', variant: 'noYear' }] },
  { name: 'fires when the label says p/l without a year', workbook: workbookOf(proposal('S', rows, { label: '1000 kr p/l' })), fires: [{ at: 'S!A2', variant: 'withoutYear' }] },
  {
    name: 'reads the label on the row above the header',
    workbook: workbookOf(sheetFromRows('S', [['t.kr. 2027-p/l'], [u, 'Styringsområde', 2026, 2027], ['A', 'Service', 1, 2], ['B', 'Service', 1, 2], ['I alt', u, 2, 4]])),
    fires: [],
  },
  { name: 'stays silent on a full label', workbook: workbookOf(proposal('S', rows)), fires: [] },
];
