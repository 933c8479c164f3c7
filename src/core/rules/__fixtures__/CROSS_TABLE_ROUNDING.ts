import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires where the overview summed per-year conversions (1.017 + 973 = 1.990 for 2.045 → 1.989,3)',
    workbook: workbookOf(
      sheetFromRows('Oversigt', [
        ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'],
        ['BC02', 'BIU', 'Digitalt Jobunivers', 1990],
        ['I alt', u, u, 1990],
      ]),
      proposal('BC02', [['Afprøvning', 'Service', 1045, 600], ['Projektledelse', 'Service', u, 400], ['Samlede implementeringsomkostninger', 'Service', 1045, 1000]]),
    ),
    fires: [{ at: 'Oversigt!D2', contains: 'skyldes afrunding' }],
  },
  {
    name: 'stays silent on the exact rounded figure',
    workbook: workbookOf(
      sheetFromRows('Oversigt', [
        ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'],
        ['BC02', 'BIU', 'Digitalt Jobunivers', 1989],
        ['I alt', u, u, 1989],
      ]),
      proposal('BC02', [['Afprøvning', 'Service', 1045, 600], ['Projektledelse', 'Service', u, 400], ['Samlede implementeringsomkostninger', 'Service', 1045, 1000]]),
    ),
    fires: [],
  },
];

// After converting the proposals to the overview's level, per-column rounding can leave a unit of
// difference (BC02: 1.017 + 973 = 1.990 against 1.989 from the unrounded 2.045 / 1,028).
cases.push({
  name: 'says it plainly when both tables are already in the same price level',
  workbook: workbookOf(
    sheetFromRows('Oversigt', [
      ['1.000 kr. 2026 p/l', 'Udvalg', 'Forslag', 'Service'],
      ['BC02', 'BIU', 'Digitalt Jobunivers', 1989],
    ]),
    proposal('BC02', [['Afprøvning', 'Service', 1017, 973], ['Projektledelse', 'Service', 0, 0], ['I alt', undefined, 1017, 973]], { label: '1.000 kr. 2026 p/l' }),
  ),
  template: 'generic',
  fires: [{ at: 'Oversigt!D2', variant: 'sameLevel', contains: 'forslagets egen tabel giver 1.990. Forskellen skyldes afrunding' }],
});
