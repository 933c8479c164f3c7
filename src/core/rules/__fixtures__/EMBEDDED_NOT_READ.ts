import type { NotReadContent, SheetGrid } from '../../model';
import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
const embedded = (name: string, notRead: NotReadContent): SheetGrid => ({ name, state: 'visible', rows: new Map(), merges: [], hiddenRows: new Set(), notRead });

export const cases: RuleCase[] = [
  {
    name: 'fires where a web page embedded in the document stands',
    workbook: workbookOf(proposal('Tabel 1', [['A', 'Service', 1], ['I alt', u, 1]]), embedded('Indlejret indhold 1', { kind: 'html', part: 'word/afchunk.htm' })),
    fires: [{ at: 'Indlejret indhold 1!A1', contains: 'Indlejret indhold blev ikke læst (en webside)' }],
  },
  {
    name: 'fires once for each embedded workbook or document',
    workbook: workbookOf(embedded('Indlejret indhold 1', { kind: 'workbook', part: 'word/embeddings/x.xlsx' }), embedded('Indlejret indhold 2', { kind: 'other', part: null })),
    fires: [
      { at: 'Indlejret indhold 1!A1', contains: 'en Excel-projektmappe' },
      { at: 'Indlejret indhold 2!A1', contains: 'ukendt indhold' },
    ],
  },
  {
    name: 'stays silent when everything was read',
    workbook: workbookOf(proposal('Tabel 1', [['A', 'Service', 1], ['I alt', u, 1]])),
    fires: [],
  },
];
