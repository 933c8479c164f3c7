import { isBudgetVariantHeader, isDifferenceHeader, isHerafLabel, isNonAdditiveLabel, isResultLabel, periodOf, YEAR_HEADING } from './tableWords';
import { normalizeLabel } from './labelText';

const n = normalizeLabel;

describe('periods', () => {
  it.each([
    ['Januar', 1, 1],
    ['jan.', 1, 1],
    ['Marts 2025', 3, 3],
    ['Maj', 5, 5],
    ['Sept.', 9, 9],
    ['1. kvartal', 1, 3],
    ['4. kvt.', 10, 12],
    ['Q2', 4, 6],
    ['3. kvartal i alt', 7, 9],
    ['2. halvår', 7, 12],
    ['Hele året', 1, 12],
    ['År i alt', 1, 12],
  ])('"%s" covers months %i–%i', (text, from, to) => expect(periodOf(n(text))).toEqual({ from, to }));

  it.each(['Marked', 'Junior', 'Administration', 'Decentrale enheder', 'I alt', 'Samlet', '5. kvartal'])('"%s" names no period', (text) =>
    expect(periodOf(n(text))).toBeNull(),
  );
});

describe('row and column words', () => {
  it.each(['heraf licenser', '- heraf', 'Heraf: husleje', 'hvoraf løn', '– heraf plejecentre'])('"%s" is a heraf row', (t) => expect(isHerafLabel(n(t))).toBe(true));
  it.each(['Herafvigelse', 'Driftsudgifter', 'I alt heraf'])('"%s" is no heraf row', (t) => expect(isHerafLabel(n(t))).toBe(false));

  it.each(['Akkumuleret nettoeffekt', 'Tilbagebetalingstid (år)', 'Afvigelse til korrigeret budget i %', 'Andel af budget', 'Antal årsværk', 'Afvigelse i pct.'])(
    '"%s" is never summed',
    (t) => expect(isNonAdditiveLabel(n(t))).toBe(true),
  );
  it.each(['Nettoeffekt', 'Investering', 'Korrigeret budget 2025'])('"%s" is an amount', (t) => expect(isNonAdditiveLabel(n(t))).toBe(false));
  it('"Andel af fællesudgifter" is money as a row, a share as a column', () => {
    expect(isNonAdditiveLabel(n('Andel af fællesudgifter'), 'row')).toBe(false);
    expect(isNonAdditiveLabel(n('Andel af budget (%)'), 'row')).toBe(true);
    expect(isNonAdditiveLabel(n('Andel'), 'column')).toBe(true);
  });

  it.each(['Oprindeligt budget 2025', 'Korrigeret budget 2025 pr. 31. oktober', 'Forventet regnskab 2025', 'Regnskab 2024', 'Overførsel til 2026'])(
    '"%s" is a budget variant',
    (t) => expect(isBudgetVariantHeader(n(t))).toBe(true),
  );
  it.each(['Overførsler', 'Service', 'Afvigelse'])('"%s" is no budget variant', (t) => expect(isBudgetVariantHeader(n(t))).toBe(false));

  it.each(['Afvigelse', 'Mer-/mindreforbrug', 'Forventet afvigelse til korrigeret budget', 'Merforbrug'])('"%s" is a difference', (t) =>
    expect(isDifferenceHeader(n(t))).toBe(true),
  );
  expect(isDifferenceHeader(n('Afvigelse i %'))).toBe(false);

  it.each(['Driftsresultat før finansiering', 'Resultat af ordinær driftsvirksomhed'])('"%s" is a result row', (t) => expect(isResultLabel(n(t))).toBe(true));
  it.each(['Resultatløn', 'Forventet regnskab'])('"%s" is no result row', (t) => expect(isResultLabel(n(t))).toBe(false));
});

describe('a year heading with a note mark', () => {
  it('is the year: "1999*", "2024¹", "2026 1)", "2027 (2)"; not "1999-2000" or "2025 kr."', () => {
    const year = (t: string) => YEAR_HEADING.exec(t)?.[1] ?? null;
    expect(['2025', '1999*', '2024¹', '2026 1)', '2027 (2)'].map(year)).toEqual(['2025', '1999', '2024', '2026', '2027']);
    expect(['1999-2000', '2025 kr.', '20251', '2025a'].map(year)).toEqual([null, null, null, null]);
  });
});
