import { RuleCase, sheetFromRows, workbookOf } from './ruleCase';

export const cases: RuleCase[] = [
  {
    name: 'says so when a result row fits none of the ways a chain could add up',
    template: 'generic',
    workbook: workbookOf(sheetFromRows('S', [['Indtægter', 500], ['Udgifter', 300], ['Resultat', 210]])),
    fires: [{ at: 'S!B3', contains: 'kan ikke afgøre, hvad den summerer' }],
  },
  {
    name: 'stays silent when the result is the difference of the rows above it',
    template: 'generic',
    workbook: workbookOf(sheetFromRows('S', [['Indtægter', 500], ['Udgifter', 300], ['Resultat', 200]])),
    fires: [],
  },
  {
    name: 'stays silent when a total row of two columns is right in one and wrong in the other (that is an error, not a doubt)',
    template: 'generic',
    workbook: workbookOf(sheetFromRows('S', [['Område', 'Drift', 'Anlæg'], ['Vej', 100, 10], ['Park', 50, 5], ['I alt', 150, 20]])),
    fires: [],
  },
];
