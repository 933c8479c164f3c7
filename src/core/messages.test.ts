import Decimal from 'decimal.js';
import { fillTemplate } from './messages';

describe('message templates', () => {
  it('formats amounts, lists and localized words per language', () => {
    const params = { sum: new Decimal('4952.5'), cells: ['C5', 'C6'], kind: { da: 'forslagstabeller', en: 'proposal tables' }, year: 2027 };
    expect(fillTemplate('{sum} i {cells} for {kind} ({year})', params, 'da')).toBe('4.952,5 i C5, C6 for forslagstabeller (2027)');
    expect(fillTemplate('{sum} in {cells} for {kind} ({year})', params, 'en')).toBe('4,952.5 in C5, C6 for proposal tables (2027)');
    expect(fillTemplate('{missing} stays', params, 'da')).toBe('{missing} stays');
  });
});
