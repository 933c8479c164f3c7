import { proposal, RuleCase, sheetFromRows, workbookOf } from './ruleCase';

const u = undefined;
/** A list: header, the given item rows (text, amount), then a SUM foot over column B. */
function list(name: string, amounts: Array<string | number>, cached: number) {
  return sheetFromRows(name, [
    ['Modtager', 'Beløb'],
    ...amounts.map((a, i) => [`Modtager ${i + 1}`, a]),
    ['I alt', { f: `SUM(B2:B${amounts.length + 1})`, v: cached }],
  ]);
}

export const cases: RuleCase[] = [
  {
    name: 'a list whose amounts are all text: SUM gives 0',
    workbook: workbookOf(list('L', ['628.640', '1045', '2.000,50'], 0)),
    fires: [{ at: 'L!B5', variant: undefined, contains: 'SUM(B2:B4) giver 0, fordi 3 beløb er gemt som tekst; de summerer til 631.685,5' }],
  },
  {
    name: 'a year table where one amount of the block is text: SUM counts only the numbers',
    workbook: workbookOf(
      proposal('P', [
        ['Drift', 'Service', '1.045', 600],
        ['Licenser', 'Service', 418, 400],
        ['I alt', u, { f: 'SUM(C3:C4)', v: 418 }, { f: 'SUM(D3:D4)', v: 1000 }],
      ]),
    ),
    fires: [{ at: 'P!C5', variant: 'some', contains: 'SUM(C3:C4) giver 418, fordi 1 af beløbene er gemt som tekst' }],
  },
  {
    name: 'silent when the saved result already counts the text (a program that reads text as numbers wrote it)',
    workbook: workbookOf(list('L', ['100', '200'], 300)),
    fires: [],
  },
  {
    name: 'silent when the result matches neither reading: that is a plain TOTAL_MISMATCH',
    workbook: workbookOf(list('L', ['100', 200], 50)),
    fires: [],
  },
  {
    name: 'silent for a total typed as a number, and for "+" formulas (Excel converts text there)',
    workbook: workbookOf(
      sheetFromRows('L', [
        ['Modtager', 'Beløb', 'Udgift'],
        ['a', '100', '100'],
        ['b', 200, 200],
        ['I alt', 200, { f: 'B2+B3', v: 300 }],
      ]),
    ),
    fires: [],
  },
  {
    name: 'silent when the text cells lie outside the formula (TOTAL_FORMULA_RANGE speaks of that)',
    workbook: workbookOf(
      sheetFromRows('L', [
        ['Modtager', 'Beløb'],
        ['a', '100'],
        ['b', 200],
        ['I alt', { f: 'SUM(B3:B3)', v: 200 }],
      ]),
    ),
    fires: [],
  },
  {
    name: 'SUBTOTAL(109) and AGGREGATE(9, …) skip text as SUM does',
    workbook: workbookOf(
      proposal('S', [['A', 'Service', 100, 100], ['B', 'Service', '200', '200'], ['I alt', u, { f: 'SUBTOTAL(109,C3:C4)', v: 100 }, { f: '_xlfn.AGGREGATE(9,6,D3:D4)', v: 100 }]]),
    ),
    fires: [
      { at: 'S!C5', variant: 'some', contains: 'SUBTOTAL(109,C3:C4) giver 100' },
      { at: 'S!D5', variant: 'some', contains: '_xlfn.AGGREGATE(9,6,D3:D4) giver 100' },
    ],
  },
  {
    name: 'stays silent on "+" of the cells, which reads the text as a number',
    workbook: workbookOf(proposal('S', [['A', 'Service', 100], ['B', 'Service', '200'], ['I alt', u, { f: 'C3+C4', v: 100 }]])),
    fires: [],
  },
];
