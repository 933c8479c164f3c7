import { type Template } from '../core/templates/template';
import { builtinTemplate } from '../core/templates/builtin';
import { FakeExcel } from './fake/excelFake';
import { convertAmount } from './customFunctions';
import { PriceFunctionError, toCustomFunctionsError } from './customFunctionsError';

const kk = builtinTemplate('kk-ofs-2025-2026') as Template;

describe('convertAmount (=BUDGETTJEK.PL)', () => {
  it('converts 1045 in 2027 p/l to 2026 p/l at 2,8 % for Service (the default)', () => {
    const v = convertAmount(1045, 2027, 2026, undefined, kk);
    expect(v).toBeCloseTo(1016.536964980545, 9);
    expect(Math.round(v)).toBe(1017);
    expect(convertAmount(1045, 2027, 2026, 'service', kk)).toBe(v);
    expect(convertAmount(1000, 2026, 2027, 'Service', kk)).toBe(1028);
    expect(convertAmount(-209, 2027, 2027, 'Service', kk)).toBe(-209);
  });

  it('uses the user\'s edited indices', () => {
    expect(convertAmount(1000, 2026, 2027, 'Service', kk, { 'Service:2026-2027': '3,0' })).toBe(1030);
  });

  it('throws a Danish #N/A error naming a missing index', () => {
    let error: unknown;
    try {
      convertAmount(100, 2026, 2027, 'Anlæg', kk);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PriceFunctionError);
    expect((error as PriceFunctionError).code).toBe('#N/A');
    expect((error as Error).message).toMatch(/mangler prisindeks for Anlæg 2026→2027/);
    expect(() => convertAmount(100, 2025, 2027, 'Service', kk)).toThrow(/mangler prisindeks for Service 2025→2026/);
  });

  it('throws for a bad year, an unknown styringsområde or a bad amount', () => {
    expect(() => convertAmount(100, 27, 2026, 'Service', kk)).toThrow(/Fra p\/l skal være et årstal/);
    expect(() => convertAmount(100, 2027, 2026.5, 'Service', kk)).toThrow(/Til p\/l skal være et årstal/);
    expect(() => convertAmount(100, 2027, 2026, 'Servce', kk)).toThrow(/Ukendt styringsområde "Servce"/);
    expect(() => convertAmount(Number.NaN, 2027, 2026, 'Service', kk)).toThrow(/Beløbet skal være et tal/);
  });

  it('becomes a CustomFunctions.Error with the matching code', () => {
    const cf = new FakeExcel({ sheets: [{ name: 'A' }] }).customFunctions;
    const e = toCustomFunctionsError(new PriceFunctionError('#N/A', 'Der mangler prisindeks'), cf) as { code: string; message: string };
    expect(e).toBeInstanceOf(cf.Error);
    expect(e.code).toBe('#N/A');
    expect(e.message).toBe('Der mangler prisindeks');
    expect((toCustomFunctionsError(new Error('x'), cf) as { code: string }).code).toBe('#VALUE!');
  });
});
