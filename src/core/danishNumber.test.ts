import Decimal from 'decimal.js';
import { formatAmount, readAmountText } from './danishNumber';

const amount = (text: string) => {
  const r = readAmountText(text);
  return r.kind === 'amount' ? `${r.amount.toString()}${r.unit ? ` [${r.unit}]` : ''}` : r.kind;
};

describe('Danish amounts typed as text', () => {
  it.each([
    ['1.045', '1045'],
    ['2.093,8', '2093.8'],
    ['1.234.567,25', '1234567.25'],
    ['1045', '1045'],
    ['-300', '-300'],
    ['−300', '-300'], // U+2212
    ['– 300', '-300'], // en dash and a space
    ['(300)', '-300'],
    ['÷25.410,3', '-25410.3'], // the Danish minus
    ['25.410,30-', '-25410.3'], // a minus after the figure
    ['+12', '12'],
    ['1 045', '1045'],
    ['1\u00a0045', '1045'],
    ['  209 ', '209'],
    ['0,5', '0.5'],
    ['1.300 kr.', '1300 [kr.]'],
    ['18.403 kr. pr. mnd.', '18403 [kr.]'], // the ministries' abbreviation of måned
    ['47,50 kr. pr. m³', '47.5 [kr.]'],
    ['1,3 mio. kr.', '1.3 [mio. kr.]'],
    ['200 t.kr.', '200 [t.kr.]'],
    // Pasted from Word or PDF: no-break and narrow no-break spaces, units before or after.
    ['1\u202f045', '1045'],
    ['1\u00a0045\u00a0678,5', '1045678.5'],
    ['-1\u202f045', '-1045'],
    ['kr. 1.045', '1045 [kr.]'],
    ['kr.\u00a01.045', '1045 [kr.]'],
    ['DKK 1.045', '1045 [DKK]'],
    ['kr. -300', '-300 [kr.]'],
    ['1.045 t.kr.', '1045 [t.kr.]'],
    ['1.045 tkr.', '1045 [tkr.]'],
    ['1.045\u00a0t.kr.', '1045 [t.kr.]'],
    ['kr. 1.045,-', '1045 [kr.]'],
  ])('%s reads as %s', (text, expected) => expect(amount(text)).toBe(expected));

  it.each(['', '-', '–', '—', '−', '…'])('"%s" means nothing', (text) => expect(amount(text)).toBe('empty'));

  it.each(['ca. 200', 'n/a', '1.5', '12.34', '1,2,3', '(−300)', '200-300', 'x', '1.0450', '2026 p/l'])('"%s" is no amount', (text) =>
    expect(amount(text)).toBe('not-amount'),
  );
});

describe('formatting amounts', () => {
  it.each([
    ['4951', '4.951', '4,951'],
    ['-1', '-1', '-1'],
    ['1016.5369', '1.016,5369', '1,016.5369'],
    ['1234567.8', '1.234.567,8', '1,234,567.8'],
    ['0', '0', '0'],
  ])('%s → da %s, en %s', (value, da, en) => {
    expect(formatAmount(new Decimal(value), 'da')).toBe(da);
    expect(formatAmount(new Decimal(value), 'en')).toBe(en);
  });
});
