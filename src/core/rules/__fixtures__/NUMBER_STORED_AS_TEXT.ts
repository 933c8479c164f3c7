import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at each text amount and uses its value',
    workbook: workbookOf(proposal('S', [['A', 'Service', '1.045', '(300)'], ['B', 'Service', '2.093,8', '−300'], ['I alt', u, 3138.8, -600]])),
    fires: [{ at: 'S!C3', contains: '1.045' }, 'S!D3', 'S!C4', 'S!D4'],
  },
  { name: 'stays silent on numbers and on "-" for nothing', workbook: workbookOf(proposal('S', [['A', 'Service', 1, '-'], ['B', 'Service', 2, '–'], ['I alt', u, 3]])), fires: [] },
  {
    name: 'ten text amounts in a column are ten warnings',
    workbook: workbookOf(sheetFromRows('L', [['Modtager', 'Beløb'], ...Array.from({ length: 10 }, (_, i) => [`m${i}`, String(100 * i + 7)])])),
    fires: ['L!B2', 'L!B3', 'L!B4', 'L!B5', 'L!B6', 'L!B7', 'L!B8', 'L!B9', 'L!B10', 'L!B11'],
  },
  {
    name: 'more than ten in a column of one table are one warning for the column, at its first text cell',
    workbook: workbookOf(
      sheetFromRows('L', [['Modtager', 'Beløb', 'Udgift'], ...Array.from({ length: 1688 }, (_, i) => [`m${i}`, String(100 * i + 7), i === 5 ? '12' : 1000 + 3 * i])]),
    ),
    fires: [{ at: 'L!B2', variant: 'column', contains: 'Kolonnen "Beløb" har 1.688 beløb gemt som tekst (B2 … B1689)' }, 'L!C7'],
  },
];
