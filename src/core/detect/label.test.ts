import { readLabelSentence, readTableLabel } from './label';

describe('table labels', () => {
  it.each([
    ['1.000 kr. 2027 p/l', 't.kr.', 2027],
    ['1.000 kr. 2026 p/l.', 't.kr.', 2026],
    ['1000 kr 2027 p/l', 't.kr.', 2027],
    ['t.kr. 2027-p/l', 't.kr.', 2027],
    ['tkr., 2027 pl', 't.kr.', 2027],
    ['Mio. kr. 2027 p/l', 'mio. kr.', 2027],
    ['kr., p/l 2025', 'kr.', 2025],
    ['1.000 kr., 2027-priser', 't.kr.', 2027],
    ['2027 p/l.', null, 2027],
    ['1.000 kr.', 't.kr.', null],
    ['Mia.kr., 09-pl', 'mia. kr.', 2009],
    ['Mio. kr. (24-pl)', 'mio. kr.', 2024],
  ])('"%s": unit %s, p/l %s', (text, unit, year) => {
    const r = readTableLabel(text)!;
    expect(r.unit).toBe(unit);
    expect(r.priceLevel).toBe(year);
  });

  it('knows p/l without a year, and current prices', () => {
    expect(readTableLabel('1000 kr p/l')).toMatchObject({ unit: 't.kr.', priceLevel: null, priceLevelWithoutYear: true });
    expect(readTableLabel('1.000 kr., løbende priser')).toMatchObject({ priceLevel: null, currentPrices: true });
  });

  it.each(['Styringsområde', 'Implementeringsomkostninger', 'Tabel 1. Forslagets samlede økonomiske konsekvenser', '2027', ''])(
    '"%s" is no label',
    (text) => expect(readTableLabel(text)).toBeNull(),
  );

  it('a long title or heading that ends with its unit is a label', () => {
    expect(readTableLabel('e5. Ordinære driftsomkostninger fordelt på delregnskab, hovedområder og løn/øvrig drift, mio. kr.')?.unit).toBe('mio. kr.');
    expect(readTableLabel('Realiserede merudgifter i 2020 vedrørende bortskaffelse af mink (mio. kr.)')?.unit).toBe('mio. kr.');
    expect(readTableLabel('Den samlede budgetramme forventes at blive større end sidste år, men højst 1,0 mio. kr.')).toBeNull();
  });

  it('a long sentence that mentions kr. but no p/l is no label', () => {
    expect(readTableLabel('Den samlede budgetramme forventes at udgøre 1,0 mio. kr. fordelt på følgende hovedposter')).toBeNull();
  });
});

describe('label sentences near a table', () => {
  it.each([
    ['Alle beløb er i 1.000 kr., 2027-priser', 't.kr.', 2027, false],
    ['Beløb i mio. kr., løbende priser', 'mio. kr.', null, true],
    ['Alle investeringer er angivet i tusinde kr.', 't.kr.', null, false],
    ['Anm.: Tallene er opgjort i mio. kr. i 2025-priser.', 'mio. kr.', 2025, false],
  ])('"%s": unit %s, p/l %s', (text, unit, year, current) => {
    expect(readLabelSentence(text)).toMatchObject({ unit, priceLevel: year, currentPrices: current });
  });

  it.each([
    'Den samlede budgetramme forventes at udgøre 1,0 mio. kr. fordelt på følgende hovedposter',
    'Forslaget giver en besparelse på 2,5 mio. kr. årligt',
    'Implementeringsomkostninger',
    'Noter til alle tabeller: Forslaget skal udarbejdes i 2027 p/l, men forslag der udmøntes i overførselssagen udmøntes i 2026 p/l.',
    'Beløbene er i 2026-priser for drift og 2027-priser for anlæg',
  ])('"%s" states no unit of a table', (text) => expect(readLabelSentence(text)).toBeNull());
});
