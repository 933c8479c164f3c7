import { FakeExcel } from './fake/excelFake';
import { gatewayOverFake } from './fake/fakeGateway';
import { createOfficeGateway } from './officeGateway';
import { installOfficeFake } from './fake/excelFake';
import { languageFromTag } from './language';

describe('officeGateway', () => {
  it('selectCell activates the sheet and selects the cell', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'BC01' }, { name: 'BC02' }] });
    await gatewayOverFake(fake).selectCell('BC02', '$C$8');
    expect(fake.activeSheetName()).toBe('BC02');
    expect(fake.selectionAddress()).toBe('C8');
    await expect(gatewayOverFake(fake).selectCell('Findes ikke', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('saves settings with the document and loads them in a new session', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Ark1' }] });
    const gw = gatewayOverFake(fake);
    expect(await gw.loadSettings()).toBeNull();
    const settings = { templateId: 'kk-ofs-2025-2026', indexOverrides: { 'Service:2026-2027': '2,9' } };
    await gw.saveSettings(settings);
    expect(await gatewayOverFake(fake.reopen()).loadSettings()).toEqual(settings);
    expect(fake.state.savedSettings.budgettjek).toEqual(settings);
  });

  it('reads a malformed saved value as no settings', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Ark1' }], settings: { budgettjek: '{ikke json' } });
    expect(await gatewayOverFake(fake).loadSettings()).toBeNull();
    const other = new FakeExcel({ sheets: [{ name: 'Ark1' }], settings: { budgettjek: JSON.stringify({ templateId: 'generic' }) } });
    expect(await gatewayOverFake(other).loadSettings()).toEqual({ templateId: 'generic' });
  });

  it('displayLanguage: da-* is Danish, everything else English', () => {
    expect(gatewayOverFake(new FakeExcel({ sheets: [{ name: 'A' }], displayLanguage: 'da-DK' })).displayLanguage()).toBe('da');
    expect(gatewayOverFake(new FakeExcel({ sheets: [{ name: 'A' }], displayLanguage: 'en-GB' })).displayLanguage()).toBe('en');
    expect(languageFromTag('DA')).toBe('da');
    expect(languageFromTag('de-DE')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });

  it('writeNewSheet writes text as text, numbers as numbers, formulas as formulas, under a unique name', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'BC01' }, { name: 'BC01 2026 pl' }] });
    const name = await gatewayOverFake(fake).writeNewSheet('BC01 2026 pl', [
      { address: 'A1', value: '1.000 kr. 2026 p/l' },
      { address: 'A2', value: '=ikke en formel' },
      { address: 'A3', value: '-300' },
      { address: 'C2', value: 203, numFmt: '#,##0' },
      { address: 'C3', value: 407 },
      { address: 'C4', formula: 'SUM(C2:C3)', numFmt: '#,##0' },
      { address: 'D1', value: null },
    ]);
    expect(name).toBe('BC01 2026 pl (2)');
    expect(fake.activeSheetName()).toBe(name);
    expect(fake.cell(name, 'A1')).toMatchObject({ value: '1.000 kr. 2026 p/l', formula: null });
    expect(fake.cell(name, 'A2')).toMatchObject({ value: '=ikke en formel', formula: null });
    expect(fake.cell(name, 'A3')).toMatchObject({ value: '-300', formula: null });
    expect(fake.cell(name, 'C2')).toMatchObject({ value: 203, numberFormat: '#,##0' });
    expect(fake.cell(name, 'C4')).toMatchObject({ formula: '=SUM(C2:C3)', value: 610, numberFormat: '#,##0' });
    expect(fake.syncCount).toBe(2);
    await expect(gatewayOverFake(fake).writeNewSheet('X', [{ address: 'nope', value: 1 }])).rejects.toThrow(/Ugyldig celleadresse/);
  });

  it('uses the Excel and Office globals when none are injected (installOfficeFake)', async () => {
    const g = globalThis as Record<string, unknown>;
    const fake = installOfficeFake(g, { sheets: [{ name: 'BC01', cells: { A1: 'hej' } }], displayLanguage: 'en-US' });
    try {
      const gw = createOfficeGateway();
      const { workbook } = await gw.readWorkbook('sheet');
      expect(workbook.sheets[0].rows.get(1)?.get(1)?.value).toBe('hej');
      expect(gw.displayLanguage()).toBe('en');
      expect(fake.syncCount).toBeGreaterThan(0);
    } finally {
      for (const k of ['Office', 'Excel', 'CustomFunctions', 'OfficeExtension', '__budgettjekFake']) delete g[k];
    }
  });
});
