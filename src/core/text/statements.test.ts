import fc from 'fast-check';
import Decimal from 'decimal.js';
import type { DocumentParagraph } from '../model';
import { formatAmount } from '../danishNumber';
import { readDocumentText } from './statements';

const paragraph = (index: number, text: string, list = false): DocumentParagraph => ({
  index,
  text,
  headings: ['b. Baggrund'],
  ordinal: index,
  tablesBefore: 0,
  ...(list ? { list: { id: '1', level: 0 } } : {}),
});

/** Tenths of a million as Danish text with one decimal: 228 → "22,8". */
const tenths = (n: number) => formatAmount(new Decimal(n).div(10).toDecimalPlaces(1), 'da').replace(/^(\d[\d.]*)$/, '$1,0');

/** A list of grants and their sum, as an aktstykke writes them. */
function grants(parts: number[], total: number): DocumentParagraph[] {
  return [
    paragraph(1, 'Tilskuddene fordeles således:'),
    ...parts.map((p, i) => paragraph(i + 2, `${tenths(p)} mio. kr. til formål ${i + 1},`, true)),
    paragraph(parts.length + 2, `Der søges således om et tilskud på i alt ${tenths(total)} mio. kr. i 2025.`),
  ];
}

describe('a listed sum against its parts (property)', () => {
  const parts = fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 2, maxLength: 8 });

  test('parts that add up to the stated sum never give a finding', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const total = ps.reduce((a, b) => a + b, 0);
        expect(readDocumentText(grants(ps, total), []).sums).toEqual([]);
      }),
    );
  });

  test('a sum off by a tenth or more always gives one finding, with the exact sum of the parts', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 1, max: 500 }), fc.boolean(), (ps, off, up) => {
        const sum = ps.reduce((a, b) => a + b, 0);
        const stated = up ? sum + off : Math.max(0, sum - off);
        fc.pre(stated !== sum);
        const { sums } = readDocumentText(grants(ps, stated), []);
        expect(sums).toHaveLength(1);
        expect(sums[0].sum.toString()).toBe(new Decimal(sum).div(10).toString());
      }),
    );
  });
});
