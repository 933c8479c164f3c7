import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
const overview = () =>
  sheetFromRows('Oversigt', [
    ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'],
    ['BC01', 'BIU', 'Test af AI-tolk', 1017],
    ['BC39', 'SUND', 'Automatisering af visitationsproces', 1946],
    ['I alt', u, u, 2963],
  ]);
const bc01 = () => proposal('BC01', [['Projektledelse', 'Service', 1045], ['Samlede implementeringsomkostninger', u, 1045]]);

export const cases: RuleCase[] = [
  {
    name: 'fires at the overview row whose proposal has no sheet, and at a proposal the overview omits',
    workbook: workbookOf(overview(), bc01(), proposal('BC40', [['Projektledelse', 'Service', 100], ['I alt', u, 100]])),
    fires: [{ at: 'Oversigt!A3', contains: 'BC39' }, { at: 'BC40!A2', variant: 'notInOverview', contains: 'står ikke i oversigten' }],
  },
  {
    name: 'stays silent without an overview',
    workbook: workbookOf(bc01(), proposal('BC40', [['Projektledelse', 'Service', 100], ['I alt', u, 100]])),
    fires: [],
  },
];

// The ribbon's "Tjek totaler" reads the active sheet only: the other proposals are not missing.
cases.push({
  name: 'stays silent when only the overview sheet was read (the active sheet in Excel)',
  workbook: { ...workbookOf(overview()), partial: true },
  fires: [],
});
