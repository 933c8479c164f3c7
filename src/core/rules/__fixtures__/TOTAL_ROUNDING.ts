import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires on the published overview: 1.017 + 1.989 + 1.946 = 4.952, stated 4.951',
    workbook: workbookOf(
      sheetFromRows('Oversigt', [
        ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'],
        ['BC01', 'BIU', 'AI-tolk', 1017],
        ['BC02', 'BIU', 'Jobunivers', 1989],
        ['BC39', 'SUND', 'Visitation', 1946],
        ['I alt udmøntning fra innovationspuljen', u, u, 4951],
      ]),
    ),
    fires: [{ at: 'Oversigt!D5', contains: 'afrunding' }],
  },
  {
    name: 'stays silent when the difference exceeds the tolerance (two rows: tolerance 1, difference 2)',
    workbook: workbookOf(proposal('BC01', [['A', 'Service', 10], ['B', 'Service', 10], ['I alt', u, 22]])),
    fires: [],
  },
  {
    name: 'stays silent on an exact total',
    workbook: workbookOf(proposal('BC01', [['A', 'Service', 10], ['B', 'Service', 10], ['I alt', u, 20]])),
    fires: [],
  },
];
