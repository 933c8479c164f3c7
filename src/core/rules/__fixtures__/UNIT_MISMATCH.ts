import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  {
    name: 'fires at a label in mio. kr.',
    workbook: workbookOf(proposal('S', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, 3]], { label: 'mio. kr. 2027 p/l' })),
    fires: [{ at: 'S!A2', contains: 'mio. kr.' }],
  },
  {
    name: 'fires at a cell that carries its own unit',
    workbook: workbookOf(proposal('S', [['A', 'Service', '1.300 kr.'], ['B', 'Service', 200], ['I alt', u, 1500]])),
    fires: [{ at: 'S!C3', variant: 'cell' }],
  },
  {
    name: 'fires at a cell whose number format writes another unit ("kr." #,##0 in a table in 1.000 kr.)',
    workbook: workbookOf(proposal('S', [['A', 'Service', { v: 1300, numFmt: '"kr." #,##0' }], ['B', 'Service', { v: 200, numFmt: '#,##0 "t.kr."' }], ['I alt', u, 1500]])),
    fires: [{ at: 'S!C3', variant: 'format', contains: '"kr." #,##0' }],
  },
  {
    name: 'fires at a currency symbol in the format ([$kr.-406]) and a millions literal',
    workbook: workbookOf(proposal('S', [['A', 'Service', { v: 1300, numFmt: '#,##0 [$kr.-406]' }], ['B', 'Service', { v: 2, numFmt: '0.0 "mio. kr."' }], ['I alt', u, 1302]])),
    fires: [
      { at: 'S!C3', variant: 'format', contains: 'enheden kr.' },
      { at: 'S!C4', variant: 'format', contains: 'mio. kr.' },
    ],
  },
  { name: 'stays silent on 1.000 kr.', workbook: workbookOf(proposal('S', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, 3]])), fires: [] },
  {
    name: 'under generic, a workbook wholly in mio. kr. agrees with itself',
    template: 'generic',
    workbook: workbookOf(
      proposal('S', [['A', 'Service', 1.5], ['B', 'Service', 2], ['I alt', u, 3.5]], { label: 'mio. kr. 2027 p/l' }),
      proposal('T', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, 3]], { label: 'Mio. kr. 2027 p/l' }),
    ),
    fires: [],
  },
  {
    name: 'under generic, the table whose unit differs from the others of its kind',
    template: 'generic',
    workbook: workbookOf(
      proposal('S', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, 3]], { label: 'mio. kr. 2027 p/l' }),
      proposal('T', [['A', 'Service', 1], ['B', 'Service', 2], ['I alt', u, 3]], { label: 'mio. kr. 2027 p/l' }),
      proposal('U', [['A', 'Service', 1000], ['B', 'Service', 2000], ['I alt', u, 3000]], { label: '1.000 kr. 2027 p/l' }),
    ),
    fires: [{ at: 'U!A2', variant: 'inconsistent', contains: 'øvrige forslagstabeller er i mio. kr.' }],
  },
];
