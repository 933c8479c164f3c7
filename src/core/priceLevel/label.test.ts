import { rewritePriceLevelLabel } from './label';

describe('rewritePriceLevelLabel', () => {
  test.each([
    ['1.000 kr. 2027 p/l', '1.000 kr. 2026 p/l'],
    ['1.000 kr. \n2027 p/l.', '1.000 kr. \n2026 p/l.'],
    ['t.kr. 2027-p/l', 't.kr. 2026-p/l'],
    ['2027 p/l.', '2026 p/l.'],
    ['1.000 kr., p/l 2027', '1.000 kr., p/l 2026'],
    ['1000 kr p/l', '1000 kr 2026 p/l'],
    ['1.000 kr. (2027-priser)', '1.000 kr. (2026-priser)'],
    ['1.000 kr.', '1.000 kr. 2026 p/l'],
  ])('%j → %j', (from, to) => {
    expect(rewritePriceLevelLabel(from, 2026, 2027)).toBe(to);
  });

  test('does not touch the unit "1.000"', () => {
    expect(rewritePriceLevelLabel('1.000 kr. 2027 p/l', 2000, 2027)).toBe('1.000 kr. 2000 p/l');
  });
});
