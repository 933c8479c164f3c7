import type { SheetGrid } from '../../model';
import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
const hide = (sheet: SheetGrid, ...rows: number[]): SheetGrid => {
  rows.forEach((r) => sheet.hiddenRows.add(r));
  return sheet;
};

export const cases: RuleCase[] = [
  {
    name: 'stays silent on SUBTOTAL(109) and AGGREGATE with a hidden-row option: they leave the hidden row out',
    workbook: workbookOf(
      hide(proposal('S', [['A', 'Service', 100, 100], ['B (skjult)', 'Service', 50, 50], ['C', 'Service', 200, 200], ['I alt', u, { f: 'SUBTOTAL(109,C3:C5)', v: 300 }, { f: 'AGGREGATE(9,5,D3:D5)', v: 300 }]]), 4),
    ),
    fires: [],
  },
  {
    name: 'fires on SUBTOTAL(9), which counts the hidden row as SUM does',
    workbook: workbookOf(hide(proposal('S', [['A', 'Service', 100], ['B (skjult)', 'Service', 50], ['C', 'Service', 200], ['I alt', u, { f: 'SUBTOTAL(9,C3:C5)', v: 350 }]]), 4)),
    fires: [{ at: 'S!C6', contains: 'skjulte række 4' }],
  },
  {
    name: 'fires when the total adds up only with the hidden row, naming it',
    workbook: workbookOf(hide(proposal('S', [['A', 'Service', 100], ['B (skjult)', 'Service', 50], ['C', 'Service', 200], ['I alt', u, 350]]), 4)),
    fires: [{ at: 'S!C6', contains: 'skjulte række 4' }],
  },
  {
    name: 'names every hidden row that is counted',
    workbook: workbookOf(hide(proposal('S', [['A', 'Service', 100], ['B', 'Service', 50], ['C', 'Service', 25], ['I alt', u, 175]]), 4, 5)),
    fires: [{ at: 'S!C6', variant: 'several', contains: '4, 5' }],
  },
  {
    name: 'stays silent when the total matches the visible rows (the hidden row is empty or zero)',
    workbook: workbookOf(hide(proposal('S', [['A', 'Service', 100], ['B', 'Service', 0], ['C', 'Service', 200], ['I alt', u, 300]]), 4)),
    fires: [],
  },
  {
    name: 'stays silent when the total matches neither (that is TOTAL_MISMATCH)',
    workbook: workbookOf(hide(proposal('S', [['A', 'Service', 100], ['B', 'Service', 50], ['C', 'Service', 200], ['I alt', u, 999]]), 4)),
    fires: [],
  },
  {
    name: 'stays silent without hidden rows',
    workbook: workbookOf(proposal('S', [['A', 'Service', 100], ['B', 'Service', 50], ['I alt', u, 150]])),
    fires: [],
  },
];
