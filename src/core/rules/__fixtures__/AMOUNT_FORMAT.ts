import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at a percent-formatted amount, quoting what it shows',
    workbook: workbookOf(proposal('S', [['A', 'Service', { v: 0.25, numFmt: '0%' }], ['B', 'Service', 200], ['I alt', u, 200]])),
    fires: [{ at: 'S!C3', contains: '25%' }],
  },
  {
    name: 'fires at a date-formatted amount with a Danish short date, never a time-zone text',
    workbook: workbookOf(proposal('S', [['A', 'Service', { v: 345, numFmt: 'm/d/yyyy' }], ['B', 'Service', 200], ['I alt', u, 545]])),
    fires: [{ at: 'S!C3', variant: 'date', contains: '10-12-1900' }],
  },
  {
    name: 'fires at a date in a formula result, with a locale-tagged format',
    workbook: workbookOf(proposal('S', [['A', 'Service', 100], ['B', 'Service', 200], ['I alt', u, { f: 'SUM(C3:C4)', v: 300, numFmt: '[$-406]d. mmmm yyyy' }]])),
    fires: [{ at: 'S!C5', variant: 'date', contains: '26-10-1900' }],
  },
  {
    name: 'stays silent on number, scaled, decimal, text and unit formats',
    workbook: workbookOf(
      proposal('S', [
        ['A', 'Service', { v: 1045000, numFmt: '#,##0,' }],
        ['B', 'Service', { v: 2.5, numFmt: '0.0' }],
        ['C', 'Service', { v: 3, numFmt: '@' }],
        ['D', 'Service', { v: 4, numFmt: '#,##0 "t.kr.";[Red]-#,##0 "t.kr."' }],
      ]),
    ),
    fires: [],
  },
];
