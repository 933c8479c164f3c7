import { RuleCase, sheetFromRows, workbookOf } from './ruleCase';

/** A kommune's budgetopfølgning: mio. kr. with one decimal, rows per udvalg. */
function followup(name: string, rows: Array<[string, number, number, number, number]>, header = 'Afvigelse') {
  return sheetFromRows(name, [
    ['Budgetopfølgning pr. 31. august 2025'],
    ['Mio. kr.', 'Oprindeligt budget 2025', 'Korrigeret budget 2025', 'Forventet regnskab 2025', header],
    ...rows,
  ]);
}

export const cases: RuleCase[] = [
  {
    name: 'fires at the row whose Afvigelse is not Korrigeret budget − Forventet regnskab, the convention of the other rows',
    workbook: workbookOf(
      followup('S', [
        ['Økonomiudvalget', 512.4, 530.1, 521.7, 8.4],
        ['Børne- og Ungdomsudvalget', 2310.2, 2318.9, 2335.0, -16.1],
        ['Sundheds- og Omsorgsudvalget', 1875.0, 1880.3, 1869.8, 12.5],
        ['Teknik- og Miljøudvalget', 402.6, 410.0, 405.2, 4.8],
        ['I alt', 5100.2, 5139.3, 5131.7, 9.6],
      ]),
    ),
    // The slip also reaches "I alt" (its SUM carries it): reported once, in the row that has it.
    fires: [{ at: 'S!E5', contains: 'Korrigeret budget 2025 − Forventet regnskab 2025 giver 10,5' }],
  },
  {
    name: 'reads the opposite sign convention (Forventet − Korrigeret) from the rows',
    workbook: workbookOf(
      followup(
        'S',
        [
          ['Økonomiudvalget', 512.4, 530.1, 521.7, -8.4],
          ['Børne- og Ungdomsudvalget', 2310.2, 2318.9, 2335.0, 16.1],
          ['Sundheds- og Omsorgsudvalget', 1875.0, 1880.3, 1869.8, -10.5],
          ['Teknik- og Miljøudvalget', 402.6, 410.0, 405.2, -5.8],
          ['I alt', 5100.2, 5139.3, 5131.7, -7.6],
        ],
        'Mer-/mindreforbrug',
      ),
    ),
    fires: ['S!E6'],
  },
  {
    name: 'stays silent within rounding and when no convention fits most rows',
    workbook: workbookOf(
      followup('S', [
        ['Økonomiudvalget', 512.4, 530.1, 521.7, 8.5],
        ['Børne- og Ungdomsudvalget', 2310.2, 2318.9, 2335.0, 3],
        ['Sundheds- og Omsorgsudvalget', 1875.0, 1880.3, 1869.8, 7],
      ]),
      followup('T', [
        ['Økonomiudvalget', 512.4, 530.1, 521.7, 8.4],
        ['Børne- og Ungdomsudvalget', 2310.2, 2318.9, 2335.0, -16.1],
        ['Sundheds- og Omsorgsudvalget', 1875.0, 1880.3, 1869.8, 10.5],
      ]),
    ),
    fires: [],
  },
  {
    name: 'says nothing of a blank Afvigelse cell: a missing figure is not a wrong one (a note figure under the table)',
    workbook: workbookOf(
      sheetFromRows('S', [
        ['Budgetopfølgning pr. 31. august 2025'],
        ['Mio. kr.', 'Oprindeligt budget 2025', 'Korrigeret budget 2025', 'Forventet regnskab 2025', 'Afvigelse'],
        ['Økonomiudvalget', 512.4, 530.1, 521.7, 8.4],
        ['Børne- og Ungdomsudvalget', 2310.2, 2318.9, 2335.0, -16.1],
        ['Sundheds- og Omsorgsudvalget', 1875.0, 1880.3, 1869.8, 10.5],
        ['I alt', 4697.6, 4729.3, 4726.5, 2.8],
        [null, null, 1543.7],
      ]),
    ),
    fires: [],
  },
];
