import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

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

// What a total counts (issue 9): sections without subtotals, heraf rows, precision, total columns, periods.
cases.push(
  {
    name: 'stays silent on section titles without subtotals and one grand "I alt" that adds every item',
    workbook: workbookOf(
      proposal('BC16', [
        ['Skoler'],
        ['Ny skole Nordhavn', 'Anlæg', 10000, 20000],
        ['Renovering', 'Anlæg', 5000, 0],
        ['Daginstitutioner'],
        ['Børnehus Valby', 'Anlæg', 3000, 4000],
        ['Udvidelse', 'Anlæg', 1000, 500],
        ['I alt', u, 19000, 24500],
      ]),
    ),
    fires: [],
  },
  {
    name: 'fires at a grand "I alt" over sections that adds up to no sensible reading, naming the rows it was held against',
    workbook: workbookOf(
      proposal('BC17', [
        ['Skoler'],
        ['Ny skole Nordhavn', 'Anlæg', 10000, 20000],
        ['Renovering', 'Anlæg', 5000, 0],
        ['Daginstitutioner'],
        ['Børnehus Valby', 'Anlæg', 3000, 4000],
        ['Udvidelse', 'Anlæg', 1000, 500],
        ['I alt', u, 19000, 25500],
      ]),
    ),
    fires: [{ at: 'BC17!D9', contains: 'rækkerne 4–5, 7–8 summerer til 24.500' }],
  },
  {
    name: 'never sums "heraf" rows into the total',
    workbook: workbookOf(proposal('BC18', [['IT-drift', 'Service', 1000], ['heraf licenser', u, 400], ['Projektledelse', 'Service', 500], ['I alt', u, 1500]])),
    fires: [],
  },
  {
    name: 'fires in a mio. kr. table with one decimal whose total is off by 0,9',
    workbook: workbookOf(
      proposal('BC19', [['Drift', 'Service', 12.3], ['Anlæg', 'Anlæg', 4.5], ['Tilskud', 'Service', 2.1], ['I alt', u, 19.8]], { label: 'mio. kr. 2027 p/l' }),
    ),
    fires: [{ at: 'BC19!C6', contains: 'summerer til 18,9' }],
  },
  {
    name: 'stays silent on a whole-number total of one-decimal rows within rounding (that is TOTAL_ROUNDING)',
    workbook: workbookOf(proposal('BC20', [['Drift', 'Service', 12.3], ['Anlæg', 'Anlæg', 4.4], ['I alt', u, 17]], { label: 'mio. kr. 2027 p/l' })),
    fires: [],
  },
  {
    name: 'checks an "I alt" column right of the years in every row',
    workbook: workbookOf(
      proposal('BC21', [['Drift', 'Service', 100, 200, 300], ['Licenser', 'Service', 50, 50, 120], ['I alt', u, 150, 250, 400]], {
        years: [2026, 2027, 'I alt'],
      }),
    ),
    // The wrong row total also makes the corner "I alt" disagree with its column, by exactly that
    // slip: only the cell that is wrong is reported.
    fires: [{ at: 'BC21!E4', variant: 'columns', contains: 'kolonnerne 2026, 2027 summerer til 100' }],
  },
  {
    name: 'reports a corner "I alt" that is wrong in itself',
    workbook: workbookOf(
      proposal('BC22', [['Drift', 'Service', 100, 200, 300], ['Licenser', 'Service', 50, 50, 100], ['I alt', u, 150, 250, 410]], {
        years: [2026, 2027, 'I alt'],
      }),
    ),
    fires: [{ at: 'BC22!E5', contains: 'summerer til 400' }],
  },
  {
    name: 'holds quarters against their months and "Hele året" against the quarters or the months',
    workbook: workbookOf(
      sheetFromRows('Måned', [
        ['Statens udgifter'],
        ['Mio. kr.', 'Budget', 'Regnskab'],
        ['Januar', 10, 11],
        ['Februar', 10, 9],
        ['Marts', 10, 10],
        ['1. kvartal', 30, 30],
        ['April', 10, 10],
        ['Maj', 10, 10],
        ['Juni', 10, 12],
        ['2. kvartal', 30, 30],
        ['1. halvår', 60, 62],
        ['Juli', 10, 10],
        ['August', 10, 10],
        ['September', 10, 10],
        ['3. kvartal', 30, 30],
        ['Oktober', 10, 10],
        ['November', 10, 10],
        ['December', 10, 10],
        ['4. kvartal', 30, 30],
        ['2. halvår', 60, 60],
        ['Hele året', 130, 122],
      ]),
    ),
    fires: [{ at: 'Måned!C10', contains: 'rækkerne 7–9 summerer til 32' }, { at: 'Måned!B21', contains: 'summerer til 120' }],
  },
  {
    name: 'never sums a running "Akkumuleret" column',
    workbook: workbookOf(
      sheetFromRows('Tilbagebetaling', [
        ['1.000 kr. 2027 p/l', 'Investering', 'Besparelse', 'Nettoeffekt', 'Akkumuleret'],
        [2026, 1000, 0, 1000, 1000],
        [2027, 0, -400, -400, 600],
        [2028, 0, -400, -400, 200],
        ['I alt', 1000, -800, 200, 200],
      ]),
    ),
    fires: [],
  },
);
