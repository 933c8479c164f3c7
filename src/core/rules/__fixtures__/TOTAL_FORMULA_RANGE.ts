import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
const body = (formula: string, result: number) => [
  ['Implementeringsomkostninger'],
  ['Projektledelse', 'Service', 100],
  ['Licenser', 'Service', 200],
  ['Support', 'Service', 300],
  ['Samlede implementeringsomkostninger', u, { f: formula, v: result }],
];
export const cases: RuleCase[] = [
  { name: 'fires when the SUM omits a row of its block', workbook: workbookOf(proposal('S', body('SUM(C4:C5)', 300))), fires: [{ at: 'S!C7', variant: 'omitted', contains: 'C6' }] },
  { name: 'fires when a row is counted twice', workbook: workbookOf(proposal('S', body('SUM(C4:C6)+C5', 800))), fires: [{ at: 'S!C7', variant: 'duplicate', contains: 'C5' }] },
  {
    name: 'fires when the formula reaches into another block',
    workbook: workbookOf(
      proposal('S', [
        ['Udgifter'],
        ['A', 'Service', 50],
        ['Samlede udgifter', u, 50],
        ['Implementeringsomkostninger'],
        ['B', 'Service', 100],
        ['C', 'Service', 200],
        ['Samlede implementeringsomkostninger', u, { f: 'SUM(C4:C8)', v: 400 }],
      ]),
    ),
    fires: [{ at: 'S!C9', variant: 'outside' }],
  },
  { name: 'stays silent on a SUM over the whole block', workbook: workbookOf(proposal('S', body('SUM(C4:C6)', 600))), fires: [] },
  { name: 'stays silent on a chain of additions', workbook: workbookOf(proposal('S', body('C4+C5+C6', 600))), fires: [] },
  { name: 'stays silent on a formula with a defined name it cannot follow', workbook: workbookOf(proposal('S', body('SUM(Udgifter)', 600))), fires: [] },
  {
    name: 'fires when a defined name the formula adds up omits a row (the name resolved to its range)',
    workbook: { ...workbookOf(proposal('S', body('SUM(Udgifter)', 300))), definedNames: [{ name: 'Udgifter', refersTo: 'S!$C$4:$C$5' }] },
    fires: [{ at: 'S!C7', variant: 'omitted', contains: 'C6' }],
  },
  { name: 'stays silent on an array formula naming its range twice (IF(ISNUMBER(r), r) counts r once)', workbook: workbookOf(proposal('S', body('SUM(IF(ISNUMBER(C4:C6),C4:C6))', 600))), fires: [] },
  { name: 'stays silent on a dynamic-array FILTER total', workbook: workbookOf(proposal('S', body('SUM(_xlfn._xlws.FILTER(C4:C6,C4:C6<>""))', 600))), fires: [] },
  { name: 'stays silent on a 3-D total over other sheets (BC02:BC07!C9 is no range of this sheet)', workbook: workbookOf(proposal('S', body('SUM(BC02:BC07!C9)', 600))), fires: [] },
  { name: 'stays silent on SUBTOTAL(109) and AGGREGATE(9, …) over the block', workbook: workbookOf(proposal('S', body('SUBTOTAL(109,C4:C6)+AGGREGATE(9,3,C3)', 600))), fires: [] },
];
