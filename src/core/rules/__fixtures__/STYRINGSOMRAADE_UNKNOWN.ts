import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;
export const cases: RuleCase[] = [
  { name: 'fires at "Servce" and suggests "Service"', workbook: workbookOf(proposal('S', [['A', 'Servce', 1], ['B', 'Service', 2], ['I alt', u, 3]])), fires: [{ at: 'S!B3', contains: 'Mente du "Service"' }] },
  { name: 'lists the known ones when nothing is near', workbook: workbookOf(proposal('S', [['A', 'Kultur', 1], ['B', 'Service', 2], ['I alt', u, 3]])), fires: [{ at: 'S!B3', variant: 'noSuggestion' }] },
  {
    name: 'accepts aliases and hyphenation from Word',
    workbook: workbookOf(proposal('S', [['A', 'Bruttoanlæg', 1], ['B', 'Overførsler mv.', 2], ['C', 'Ser-\nvice', 3], ['I alt', u, 6]])),
    fires: [],
  },
];
