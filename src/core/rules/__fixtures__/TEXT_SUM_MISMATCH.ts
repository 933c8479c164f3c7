import type { DocumentParagraph, WorkbookGrid } from '../../model';
import { documentWith } from './TEXT_TABLE_MISMATCH';
import { sheetFromRows, workbookOf, type RuleCase } from './ruleCase';

/** A text with no table: paragraphs under "b. Baggrund", list items marked as Word lists. */
function text(...items: Array<string | { item: string }>): WorkbookGrid {
  const paragraphs: DocumentParagraph[] = items.map((x, i) => ({
    index: i + 1,
    text: typeof x === 'string' ? x : x.item,
    headings: ['b. Baggrund'],
    ordinal: i + 1,
    tablesBefore: 0,
    ...(typeof x === 'string' ? {} : { list: { id: '1', level: 0 } }),
  }));
  return { sheets: [], paragraphs };
}

const grants = (second: string) =>
  text(
    'Tilskuddene fordeles således:',
    { item: '22,8 mio. kr. til forsøg med virtuel modtagelse af nyledige,' },
    { item: `${second} mio. kr. til forsøg med AI-understøttet vejledning og` },
    { item: '9,3 mio. kr. til evaluering og formidling af erfaringerne.' },
    'Der søges således om et tilskud på i alt 40,6 mio. kr. i 2025.',
  );

export const cases: RuleCase[] = [
  {
    name: 'fires at the paragraph of a sum its bullets do not add up to (one bullet changed)',
    workbook: grants('8,6'),
    fires: [{ at: 'Tekst!A5', contains: 'Teksten angiver 40,6 mio. kr. i 2025 som samlet beløb, men de dele, den opregner (22,8 mio. kr. + 8,6 mio. kr. + 9,3 mio. kr.), summerer til 40,7 mio. kr.' }],
  },
  {
    name: 'fires on BC39: 0,5 mio. kr. in 2027 against its parts 0,3 + 0,1 + 0,15 (the other year adds up, which confirms the reading)',
    workbook: documentWith([
      'Der afsættes 1,45 mio. kr. i 2026 og 0,5 mio. kr. i 2027 til udvikling og idriftsættelse af forslagets tre komponenter.',
      'I 2026 afsættes 0,3 mio. kr. til KIT til projektafklaring samt 0,75 mio. kr. til udvikling. Til SUF afsættes 0,25 mio. kr. til projektledelse samt 0,15 mio. kr. til juridisk og teknisk bistand.',
      'I 2027 afsættes 0,3 mio. kr. til KIT til udvikling samt 0,1 mio. kr. til evaluering. Til SUF afsættes 0,15 mio. kr. til projektledelse og drift.',
    ]),
    fires: [{ at: 'Tabel 1!A2', contains: '0,55 mio. kr. (med tekstens præcision 0,6 mio. kr.)' }],
  },
  {
    name: 'fires on a sum that closes its own sentence, and on "fordelt på …" and "1) … 2) …" after it',
    workbook: text(
      'Der afsættes 0,5 mio. kr. til projektledelse, 0,7 mio. kr. til licenser og i alt 1,3 mio. kr. i 2026.',
      'Der afsættes i alt 2,0 mio. kr. i 2026, fordelt på 0,5 mio. kr. til projektledelse og 1,4 mio. kr. til licenser.',
      'Der afsættes i alt 3,0 mio. kr. i 2026 til 1) projektledelse med 1,0 mio. kr., 2) licenser med 1,5 mio. kr.',
    ),
    fires: ['Tekst!A1', 'Tekst!A2', 'Tekst!A3'],
  },
  {
    name: 'fires at a long text cell of a workbook (a note under the table)',
    workbook: workbookOf(
      sheetFromRows('Noter', [
        ['Bemærkninger'],
        ['Der afsættes 0,5 mio. kr. til projektledelse, 0,7 mio. kr. til licenser og i alt 1,3 mio. kr. i 2026.'],
        ['Der afsættes 0,5 mio. kr. til projektledelse, 0,7 mio. kr. til licenser og i alt 1,2 mio. kr. i 2026.'],
      ]),
    ),
    fires: [{ at: 'Noter!A2', contains: '1,3 mio. kr. i 2026 som samlet beløb' }],
  },
  {
    name: 'stays silent when the parts add up at the sum\'s precision',
    workbook: text(
      'Tilskuddene fordeles således:',
      { item: '22,8 mio. kr. til forsøg med virtuel modtagelse af nyledige,' },
      { item: '8,5 mio. kr. til forsøg med AI-understøttet vejledning og' },
      { item: '9,3 mio. kr. til evaluering og formidling af erfaringerne.' },
      'Der søges således om et tilskud på i alt 40,6 mio. kr. i 2025.',
      'Der afsættes 0,5 mio. kr. til projektledelse, 0,7 mio. kr. til licenser og i alt 1,2 mio. kr. i 2026.',
    ),
    fires: [],
  },
  {
    name: 'stays silent on "heraf" (a part need not be all), on lists with an item without an amount, and on parts of other years',
    workbook: text(
      'Der afsættes i alt 300 mio. kr., hvoraf 30 mio. kr. udgøres af administrative besparelser.',
      'Midlerne fordeles på følgende:',
      { item: '2,0 mio. kr. til drift,' },
      { item: 'et beløb til evaluering,' },
      { item: '1,0 mio. kr. til formidling.' },
      'Der afsættes i alt 9,9 mio. kr. til projektet i 2026.',
      'Der afsættes i alt 5 mio. kr. i 2026, fordelt på 1 mio. kr. i 2027 og 2 mio. kr. i 2028.',
    ),
    fires: [],
  },
];
