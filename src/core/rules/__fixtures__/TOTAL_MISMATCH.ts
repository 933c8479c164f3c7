import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at the stated total that is off by more than the tolerance, in Danish figures',
    workbook: workbookOf(
      proposal('BC01', [
        ['Implementeringsomkostninger'],
        ['Projektledelse', 'Service', 345, 100],
        ['Licenser', 'Service', 400, 100],
        ['Samlede implementeringsomkostninger', u, 1045, 200],
      ]),
    ),
    fires: [{ at: 'BC01!C6', contains: 'summerer til 745' }],
  },
  {
    name: 'fires at a net total that does not equal its section totals',
    workbook: workbookOf(
      proposal('BC02', [
        ['Implementeringsomkostninger'],
        ['Projektledelse', 'Service', 500],
        ['Licenser', 'Service', 500],
        ['Samlede implementeringsomkostninger', u, 1000],
        ['Effektiviseringer'],
        ['Færre tolkeudgifter', 'Service', -300],
        ['Samlede effektiviseringer', u, -300],
        ['Nettoeffekt', u, 1300],
      ]),
    ),
    fires: ['BC02!C10'],
  },
  {
    name: 'stays silent on totals that add up, including text numbers and a net total',
    workbook: workbookOf(
      proposal('BC03', [
        ['Implementeringsomkostninger'],
        ['Projektledelse', 'Service', '1.045', 100],
        ['Licenser', 'Service', 55, '(100)'],
        ['Samlede implementeringsomkostninger', u, 1100, 0],
        ['Effektiviseringer'],
        ['Færre tolkeudgifter', 'Service', -300, -300],
        ['Samlede effektiviseringer', u, -300, -300],
        ['Nettoeffekt', u, 800, -300],
      ]),
    ),
    fires: [],
  },
  {
    name: 'stays silent within the rounding tolerance (that is TOTAL_ROUNDING)',
    workbook: workbookOf(proposal('BC04', [['A', 'Service', 10], ['B', 'Service', 10], ['C', 'Service', 10], ['I alt', u, 31]])),
    fires: [],
  },
  {
    name: 'stays silent when a member cell cannot be read (reported by the cell rules)',
    workbook: workbookOf(proposal('BC05', [['A', 'Service', 'ca. 200'], ['B', 'Service', 10], ['I alt', u, 500]])),
    fires: [],
  },
];

// Amounts that look like years (2.000, 2.010) belong to the table; they are no new header.
cases.push(
  {
    name: 'reads amounts that look like years as amounts and still checks the total',
    workbook: workbookOf(
      proposal('BC05', [
        ['Implementeringsomkostninger'],
        ['Projektledelse', 'Service', 300, 2000, 2010],
        ['Licenser', 'Service', 100, 45, 40],
        ['Samlede implementeringsomkostninger', 'Service', 400, 2045, 2060],
      ]),
    ),
    fires: ['BC05!E6'],
  },
  {
    name: 'a total row whose sums look like a duplicated year is still a total',
    workbook: workbookOf(proposal('BC06', [['A', 'Service', 995, 995], ['B', 'Service', 995, 995], ['I alt', u, 1990, 1990]])),
    fires: [],
  },
);
