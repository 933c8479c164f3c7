import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
const overview = (service: number, anlaeg: number | undefined) =>
  sheetFromRows('Oversigt', [
    ['1.000 kr. 2026 p/l', 'Udvalg', 'Forslag', 'Service', 'Anlæg'],
    ['BC05', 'KFU', 'Nyt bibliotek', service, anlaeg],
  ]);
const bc05 = proposal('BC05', [
  ['Drift', 'Service', 1045],
  ['Byggeri', 'Bruttoanlæg', 500, 500],
  ['I alt', u, 1545, 500],
]);

export const cases: RuleCase[] = [
  {
    name: 'fires at an Anlæg figure when the template has no Anlæg index, naming the index to add',
    workbook: workbookOf(overview(1017, 980), bc05),
    fires: [{ at: 'Oversigt!E2', contains: 'mangler prisindeks for Anlæg 2026→2027' }],
  },
  { name: 'stays silent where an index exists (Service)', workbook: workbookOf(overview(1017, u), proposal('BC05', [['Drift', 'Service', 1045], ['Mere drift', 'Service', 0], ['I alt', u, 1045]])), fires: [] },
];
