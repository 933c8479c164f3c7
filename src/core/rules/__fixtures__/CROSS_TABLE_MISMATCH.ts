import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
const overview = (figures: (number | string | undefined)[], label = '1.000 kr. 2026 p/l.') =>
  sheetFromRows('Oversigt', [
    ['Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026'],
    [label, 'Udvalg', 'Forslag', 'Service'],
    ['BC01', 'BIU', 'Test af AI-tolk', figures[0]],
    ['BC02', 'BIU', 'Digitalt Jobunivers', figures[1]],
    ['I alt', u, u, figures[2]],
  ]);
const bc01 = () => proposal('BC01', [['Projektledelse', 'Service', 345], ['Teknisk opsætning', 'Service', 700], ['Samlede implementeringsomkostninger', u, 1045]]);
const bc02 = () => proposal('BC02', [['Afprøvning', 'Service', 1045, 600], ['Projektledelse', 'Service', u, 400], ['Samlede implementeringsomkostninger', 'Service', 1045, 1000]]);

export const cases: RuleCase[] = [
  {
    name: 'fires where the overview copies the 2027 p/l figure instead of converting it',
    workbook: workbookOf(overview([1045, 1989, 3034]), bc01(), bc02()),
    fires: [{ at: 'Oversigt!D3', contains: 'Oversigten angiver 1.045 for BC01 (Service, 2026 p/l), men forslagets egen tabel giver 1.045 i 2027 p/l = 1.017 i 2026 p/l' }],
  },
  {
    name: 'fires on a figure typed as Danish text that is far off ("2.100")',
    workbook: workbookOf(overview([1017, '2.100', 3117]), bc01(), bc02()),
    fires: [{ at: 'Oversigt!D4', contains: '1.989 i 2026 p/l' }],
  },
  {
    name: 'stays silent when every figure is its proposal converted and rounded half up',
    workbook: workbookOf(overview([1017, 1989, 3006]), bc01(), bc02()),
    fires: [],
  },
];
