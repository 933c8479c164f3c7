import type { DocumentParagraph, WorkbookGrid } from '../../model';
import { proposal, RuleCase, workbookOf } from './ruleCase';

const u = undefined;

/** Body paragraphs under "2. Økonomi", in order (the table stands after them). */
export function paragraphs(...texts: string[]): DocumentParagraph[] {
  return texts.map((text, i) => ({ index: i + 3, text, headings: ['2. Økonomi'], ordinal: i + 1, tablesBefore: 0 }));
}

/** A proposal document: its text, then its cost table (1.000 kr.) with amounts in 2026 and 2027. */
export function documentWith(texts: string[], rows = BC39_ROWS, label = '1.000 kr. 2027 p/l'): WorkbookGrid {
  const table = proposal('Tabel 1', rows, { label });
  table.headings = ['2. Økonomi'];
  return { ...workbookOf(table), paragraphs: paragraphs(...texts) };
}

/** BC39's table moved to 2026–2027: 1.450 and 550. */
export const BC39_ROWS = [
  ['Projektafklaring og forberedende dataarbejde', 'Service', 300, u],
  ['Udvikling og understøttelse af arbejdet med de tre komponenter', 'Service', 750, 300],
  ['Projektledelse og drift', 'Service', 250, 150],
  ['Juridisk og teknisk bistand', 'Service', 150, u],
  ['Evaluering', 'Service', u, 100],
  ['Samlede implementeringsomkostninger', u, 1450, 550],
];

const PARTS_2026 = 'I 2026 afsættes 0,3 mio. kr. til KIT til projektafklaring og forberedende dataarbejde samt 0,75 mio. kr. til udvikling og understøttelse af arbejdet med de tre komponenter. Til SUF afsættes 0,25 mio. kr. til projektledelse samt 0,15 mio. kr. til juridisk og teknisk bistand.';
const PARTS_2027 = 'I 2027 afsættes 0,3 mio. kr. til KIT til udvikling og understøttelse af arbejdet med de tre komponenter samt 0,1 mio. kr. til evaluering. Til SUF afsættes 0,15 mio. kr. til projektledelse og drift.';

export const cases: RuleCase[] = [
  {
    name: 'fires at the total cell of the year whose stated total the table does not show at the text\'s precision (BC39: 0,5 against 550)',
    workbook: documentWith(['Der afsættes 1,45 mio. kr. i 2026 og 0,5 mio. kr. i 2027 til udvikling og idriftsættelse af forslagets tre komponenter.', PARTS_2026, PARTS_2027]),
    fires: [{ at: 'Tabel 1!D8', contains: 'Teksten angiver 0,5 mio. kr. i 2027, men tabellens total i D8 er 550 (1.000 kr.), dvs. 0,55 mio. kr. (med tekstens præcision 0,6 mio. kr.)' }],
  },
  {
    name: 'fires at a row a part names ("til juridisk og teknisk bistand") when the row shows otherwise',
    workbook: documentWith(['Der afsættes 1,45 mio. kr. i 2026 og 0,55 mio. kr. i 2027 til udvikling.', PARTS_2026.replace('0,15 mio. kr. til juridisk', '0,25 mio. kr. til juridisk'), PARTS_2027]),
    fires: [{ at: 'Tabel 1!C6', variant: 'row', contains: 'til "Juridisk og teknisk bistand", men rækken viser 150' }],
  },
  {
    name: 'fires for an explicit yearless total against the only year the table fills, when the sentence points at the table',
    workbook: documentWith(
      ['Den samlede budgetramme forventes at udgøre 1,2 mio. kr., fordelt på følgende hovedposter:'],
      [['Projektledelse', 'Service', 345], ['Teknisk opsætning', 'Service', 700], ['Samlede implementeringsomkostninger', u, 1045]],
    ),
    fires: ['Tabel 1!C5'],
  },
  {
    name: 'fires for a long text cell of a workbook against the table on its sheet',
    workbook: (() => {
      const sheet = proposal('S', [['Projektledelse', 'Service', 345], ['Teknisk opsætning', 'Service', 700], ['Samlede implementeringsomkostninger', u, 1045]]);
      sheet.rows.set(9, new Map([[1, { row: 9, col: 1, value: 'Der afsættes i alt 1,2 mio. kr. i 2026 til projektet, jf. tabellen ovenfor.' }]]));
      return workbookOf(sheet);
    })(),
    fires: [{ at: 'S!C5', contains: 'Teksten angiver 1,2 mio. kr. i 2026' }],
  },
  {
    name: 'stays silent when the text agrees at its precision (BC01: 1,0 mio. kr. over 1.045; 550.000 kr.; 1.045 (1.000 kr.))',
    workbook: documentWith(
      [
        'Den samlede budgetramme forventes at udgøre 1,0 mio. kr., fordelt på følgende hovedposter:',
        'Der afsættes samlet 1.045 (1.000 kr.) i 2026 og i alt 0 kr. i 2027.',
      ],
      [['Projektledelse', 'Service', 345], ['Teknisk opsætning', 'Service', 700], ['Samlede implementeringsomkostninger', u, 1045]],
    ),
    fires: [],
  },
  {
    name: 'stays silent on ranges, estimates, periods, conditions, other years and other bodies',
    workbook: documentWith([
      'Foreløbigt forventes et effektiviseringspotentiale på 0,9-1,5 mio. kr. årligt.',
      'Der afsættes i alt ca. 2 mio. kr. i 2026.',
      'Der afsættes i alt 0,2 mio. kr. årligt til drift af løsningen fra 2029 og frem.',
      'Såfremt lovhjemlen tilvejebringes, afsættes der i alt 3 mio. kr. i 2027.',
      'Der afsættes i alt 9 mio. kr. i 2030.',
      'Regionen bidrager samlet med 5 mio. kr. i 2026.',
      'Samlet set brugte forvaltningen over 13 mio. kroner på tolkning i 2026.',
      'Der afsættes 0,25 mio. kr. til projektledelse i 2026.',
      'Der afsættes samlet 0,15 mio. kr. til juridisk og teknisk bistand i 2026.',
    ]),
    fires: [],
  },
  {
    name: 'stays silent when the text states the size of a saving the table shows as negative',
    workbook: documentWith(
      ['Forslaget reducerer udgifterne med i alt 1,2 mio. kr. i 2026.'],
      [['Færre licenser', 'Service', -500], ['Færre tolke', 'Service', -700], ['Samlede udgifter', u, -1200]],
    ),
    fires: [],
  },
  {
    name: 'stays silent when nothing confirms that a yearly allocation is the total of what follows',
    workbook: documentWith(['Der afsættes 0,9 mio. kr. i 2026 til udvikling.', 'I 2026 afsættes 0,3 mio. kr. til KIT samt 0,2 mio. kr. til opfølgning.']),
    fires: [],
  },
];
