import { readTableLabel } from './label';

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

  it('a long sentence that mentions kr. but no p/l is no label', () => {
    expect(readTableLabel('Den samlede budgetramme forventes at udgøre 1,0 mio. kr. fordelt på følgende hovedposter')).toBeNull();
  });
});
