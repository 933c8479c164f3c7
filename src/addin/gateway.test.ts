import { installOfficeFake } from '../office/fake/excelFake';
import { createLazyOfficeGateway } from './gateway';

const globals = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  for (const k of ['Office', 'Excel', 'CustomFunctions', 'OfficeExtension', '__budgettjekFake']) delete globals[k];
});

describe('the pane’s gateway with the Office.js layer loaded on first use', () => {
  test('reads, marks, selects and saves settings through Office’s globals, like the eager one', async () => {
    const fake = installOfficeFake(globals, { sheets: [{ name: 'Ark1', cells: { A1: 'Beløb', B2: 209, B3: 418 } }] });
    const gw = createLazyOfficeGateway();
    expect(gw.displayLanguage()).toBe('da');
    expect(await gw.loadSettings()).toBeNull();
    await gw.saveSettings({ templateId: 'generic' });
    expect(await gw.loadSettings()).toEqual({ templateId: 'generic' });

    const { workbook, activeSheet } = await gw.readWorkbook('sheet');
    expect(activeSheet).toBe('Ark1');
    expect(workbook.sheets[0].name).toBe('Ark1');
    await gw.selectCell('Ark1', 'B3');
    expect(fake.selectionAddress()).toBe('B3');
    expect(await gw.markFindings([{ rule: 'TOTAL_MISMATCH', severity: 'error', sheet: 'Ark1', cell: 'B3', params: {} }])).toBe(1);
    expect(await gw.clearMarks()).toBe(1);
  });

  test('outside Office: settings and language do not throw; Excel calls fail with a Danish reason', async () => {
    const gw = createLazyOfficeGateway();
    expect(gw.displayLanguage()).toBe('da');
    await expect(gw.loadSettings()).rejects.toThrow(/Office er ikke tilgængeligt/);
    await expect(gw.readWorkbook('sheet')).rejects.toThrow(/Excel er ikke tilgængeligt/);
  });
});
