import { configureFunctions, pl } from './functions';
import { builtinTemplates } from '../core/templates/builtin';

afterEach(() => configureFunctions({}));

describe('=BUDGETTJEK.PL', () => {
  test('default template (no settings): 1.045 in 2027 p/l is 1.016,5… in 2026 p/l (Service, 2,8 %)', async () => {
    configureFunctions({ loadSettings: async () => null });
    expect(await pl(1045, 2027, 2026)).toBeCloseTo(1045 / 1.028, 9);
    expect(Math.round(await pl(1045, 2027, 2026, 'Service'))).toBe(1017);
    expect(await pl(1000, 2026, 2027)).toBeCloseTo(1028, 9);
  });

  test("uses the workbook's saved template and edited indices", async () => {
    configureFunctions({ loadSettings: async () => ({ templateId: 'kk-ofs-2025-2026', indexOverrides: { 'Service:2026-2027': '3' } }), templates: builtinTemplates });
    expect(await pl(1000, 2026, 2027)).toBeCloseTo(1030, 9);
  });

  test('a missing index or unknown styringsområde is an error, not a number', async () => {
    configureFunctions({ loadSettings: async () => null });
    await expect(pl(1000, 2026, 2027, 'Anlæg')).rejects.toThrow(/mangler prisindeks/);
    await expect(pl(1000, 2026, 2027, 'Servce')).rejects.toThrow(/Ukendt styringsområde/);
  });

  test('reads the settings from Office when nothing is configured', async () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { document: { settings: { get: () => ({ templateId: 'kk-ofs-2025-2026', indexOverrides: { 'Service:2026-2027': '2' } }), set() {}, saveAsync() {} } } } };
    try {
      expect(await pl(1000, 2026, 2027)).toBeCloseTo(1020, 9);
    } finally {
      delete g.Office;
    }
  });
});
