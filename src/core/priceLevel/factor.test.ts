import Decimal from 'decimal.js';
import { type Template } from '../templates/template';
import { builtinTemplate } from '../templates/builtin';
import { applyFactor, factor, IndexOverrideError, parsePercent, readIndexOverride, templateWithOverrides, usableOverrides } from './factor';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const withSteps: Template = {
  ...kk,
  priceIndices: [
    ...kk.priceIndices,
    { styringsomraade: 'Service', from: 2025, to: 2026, percent: new Decimal('3.1'), source: 'test' },
    { styringsomraade: 'Anlæg', from: 2026, to: 2027, percent: new Decimal('2'), source: 'test' },
  ],
};

describe('factor', () => {
  test('one step up: Service 2026→2027 is 1,028', () => {
    const f = factor(kk, 'Service', 2026, 2027);
    expect(f.ok).toBe(true);
    if (f.ok) {
      expect(f.factor.toString()).toBe('1.028');
      expect(f.direction).toBe('up');
    }
  });

  test('one step down: 2027→2026 is 1/1,028', () => {
    const f = factor(kk, 'Service', 2027, 2026);
    if (!f.ok) throw new Error('expected ok');
    expect(f.factor.eq(new Decimal(1).div('1.028'))).toBe(true);
    expect(f.product.toString()).toBe('1.028');
    expect(applyFactor(new Decimal(1045), f).toDecimalPlaces(3).toString()).toBe('1016.537');
  });

  test('exactly 1 when from == to, even with no indices at all', () => {
    const f = factor({ ...kk, priceIndices: [] }, 'Finansposter', 2027, 2027);
    if (!f.ok) throw new Error('expected ok');
    expect(f.factor.toString()).toBe('1');
    expect(f.direction).toBe('same');
  });

  test('chains several steps: 2025→2027 = 1,031 × 1,028', () => {
    const f = factor(withSteps, 'Service', 2025, 2027);
    if (!f.ok) throw new Error('expected ok');
    expect(f.factor.toString()).toBe(new Decimal('1.031').times('1.028').toString());
    const back = factor(withSteps, 'Service', 2027, 2025);
    if (!back.ok) throw new Error('expected ok');
    expect(back.factor.times(f.factor).toDecimalPlaces(15).toString()).toBe('1');
  });

  test('aliases resolve to the canonical styringsområde', () => {
    const f = factor(withSteps, 'bruttoanlæg', 2026, 2027);
    expect(f.ok && f.factor.toString()).toBe('1.02');
    expect(f.styringsomraade).toBe('Anlæg');
  });

  test('a missing step is a typed result naming every missing index', () => {
    const f = factor(kk, 'Service', 2024, 2027);
    expect(f.ok).toBe(false);
    if (f.ok) return;
    expect(f.missing).toEqual([
      { styringsomraade: 'Service', from: 2024, to: 2025 },
      { styringsomraade: 'Service', from: 2025, to: 2026 },
    ]);
    const a = factor(kk, 'Anlæg', 2027, 2026);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.missing).toEqual([{ styringsomraade: 'Anlæg', from: 2026, to: 2027 }]);
  });

  test('overrides replace and add steps (Danish or dotted percent)', () => {
    const f = factor(kk, 'Service', 2026, 2027, { 'Service:2026-2027': '3,0' });
    expect(f.ok && f.factor.toString()).toBe('1.03');
    const a = factor(kk, 'Anlæg', 2026, 2027, { 'Anlæg:2026-2027': '1.5' });
    expect(a.ok && a.factor.toString()).toBe('1.015');
    const n = factor(kk, 'Service', 2026, 2027, { 'Service:2026-2027': new Decimal('-0.5') });
    expect(n.ok && n.factor.toString()).toBe('0.995');
  });

  test('malformed overrides are refused with a Danish explanation', () => {
    expect(() => factor(kk, 'Service', 2026, 2027, { 'Service:2026-2028': '2' })).toThrow(IndexOverrideError);
    expect(() => factor(kk, 'Service', 2026, 2027, { 'Service:2026-2027': 'ca. 3' })).toThrow(/er ikke et tal/);
    expect(() => factor(kk, 'Service', 2026, 2027, { Service: '3' })).toThrow(/Service:2026-2027/);
  });

  test('parsePercent reads typed percentages', () => {
    expect(parsePercent('2,8 %')!.toString()).toBe('2.8');
    expect(parsePercent('−1,25')!.toString()).toBe('-1.25');
    expect(parsePercent(2.8)!.toString()).toBe('2.8');
    expect(parsePercent('2,8,1')).toBeNull();
  });
});

describe('edited indices, read in one place', () => {
  const kk = builtinTemplate('kk-ofs-2025-2026')!;

  it('reads a key and a percentage, resolving aliases, and says what is wrong otherwise', () => {
    expect(readIndexOverride(kk, 'Bruttoanlæg:2026-2027', '3,1 %')).toEqual({ ok: true, styringsomraade: 'Anlæg', from: 2026, percent: new Decimal('3.1') });
    expect(readIndexOverride(kk, 'Service 2026', '2')).toMatchObject({ ok: false, problem: expect.stringContaining('Service:2026-2027') });
    expect(readIndexOverride(kk, 'Service:2026-2028', '2')).toMatchObject({ ok: false, problem: expect.stringContaining('ét år frem') });
    expect(readIndexOverride(kk, 'Service:2026-2027', 'to')).toMatchObject({ ok: false, problem: expect.stringContaining('ikke et tal') });
    expect(readIndexOverride(kk, 'Service:2026-2027', '-100')).toMatchObject({ ok: false, problem: expect.stringContaining('ingen gyldig faktor') });
  });

  it('puts usable overrides into a template for the analysis, leaving out the rest', () => {
    const t = templateWithOverrides(kk, { 'Service:2026-2027': '3', 'Anlæg:2026-2027': '4,5', 'Kultur:2026-2027': '1', 'Service:2027-2028': 'x' });
    expect(t.priceIndices.map((s) => [s.styringsomraade, s.from, s.percent.toString()])).toEqual([
      ['Service', 2026, '3'],
      ['Anlæg', 2026, '4.5'],
    ]);
    expect(kk.priceIndices[0].percent.toString()).toBe('2.8'); // the built-in template is not changed
    expect(templateWithOverrides(kk, {})).toBe(kk);
    expect(usableOverrides({ 'Service:2026-2027': '3', bad: '1', 'Service:2027-2028': 'x' })).toEqual({ 'Service:2026-2027': '3' });
  });
});
