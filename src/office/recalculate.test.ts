/** =BUDGETTJEK.PL follows the template: changing the template or an index in the pane recalculates its cells. */
import { configureFunctions, pl } from '../functions/functions';
import { FakeExcel } from './fake/excelFake';
import { gatewayOverFake } from './fake/fakeGateway';
import { loadSettings } from './settings';

describe('=BUDGETTJEK.PL after a change of template or index', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    configureFunctions({});
    delete g.CustomFunctions;
  });

  it('recalculates the function cells with the saved template and indices, and leaves typed values alone', async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'Ark1',
          cells: {
            A1: 1000,
            B1: { formula: '=BUDGETTJEK.PL(A1;2026;2027)', value: 1028 },
            B2: { formula: '=BUDGETTJEK.PL(1045,2027,2026,"Service")', value: 1016.536964980545 },
            C1: 555,
          },
        },
      ],
    });
    g.CustomFunctions = fake.customFunctions; // the runtime the function's errors are made with
    fake.customFunctions.associate('PL', pl as unknown as (...args: unknown[]) => unknown);
    configureFunctions({ loadSettings: () => loadSettings(fake.office as never) });
    const gw = gatewayOverFake(fake);

    await gw.saveSettings({ templateId: 'kk-ofs-2025-2026', indexOverrides: { 'Service:2026-2027': '3,0' } });
    await fake.calculationsDone();
    expect(fake.cell('Ark1', 'B1').value).toBe(1030);
    expect(fake.cell('Ark1', 'B2').value).toBeCloseTo(1045 / 1.03, 9);

    // The generic template has no index for 2026→2027: the cells say so instead of keeping a stale figure.
    await gw.saveSettings({ templateId: 'generic' });
    await fake.calculationsDone();
    expect(fake.cell('Ark1', 'B1').error).toBe('#N/A');
    expect(fake.cell('Ark1', 'A1').value).toBe(1000);
    expect(fake.cell('Ark1', 'C1').value).toBe(555);

    await gw.saveSettings({ templateId: 'kk-ofs-2025-2026' });
    await fake.calculationsDone();
    expect(fake.cell('Ark1', 'B1')).toMatchObject({ value: 1028, error: null });
  });
});
