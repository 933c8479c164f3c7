import Decimal from 'decimal.js';
import type { AnalysisResult, Finding } from '../core/model';
import { reportSheetBaseName } from '../core/report';

const REPORT_SHEET = reportSheetBaseName.da;
import { FakeExcel } from './fake/excelFake';
import { fakeDeps, gatewayOverFake } from './fake/fakeGateway';
import { resolveDeps } from './deps';
import { writeReport } from './reportSheet';
import { reportRows } from '../core/report';

function f(partial: Partial<Finding>): Finding {
  return { rule: 'TOTAL_MISMATCH', severity: 'error', sheet: 'BC01', cell: 'C8', params: {}, ...partial };
}

const result = (findings: Finding[]): AnalysisResult => ({ tables: [], findings });

describe('writeReport', () => {
  it('writes text that starts with =, +, - or @ as text, never as a formula', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'BC01', cells: { C8: 1045 } }, { name: '=Ark' }] });
    const messages = ['=SUM(A1:A9)', '+45 kr.', '-300 er en besparelse', '@bruger'];
    const findings = messages.map((m, i) => f({ cell: `C${i + 8}`, params: { m }, sheet: i === 0 ? '=Ark' : 'BC01' }));
    const name = await writeReport(resolveDeps(fakeDeps(fake)), result(findings), 'da', (x) => String(x.params.m));
    expect(name).toBe(REPORT_SHEET);
    messages.forEach((m, i) => {
      const cell = fake.cell(name, `E${i + 2}`);
      expect(cell.value).toBe(m);
      expect(cell.formula).toBeNull();
      expect(cell.error).toBeNull();
    });
    expect(fake.cell(name, 'C2')).toMatchObject({ value: '=Ark', formula: null });
    expect(Object.values(fake.contentSnapshot()).every((c) => c.formula === null)).toBe(true);
  });

  it('lists findings by severity with a header and an internal link to each cell, and activates the report', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'BC01' }, { name: "Kim's ark" }] });
    const gw = gatewayOverFake(fake);
    const findings = [
      f({ rule: 'NUMBER_STORED_AS_TEXT', severity: 'warning', cell: 'D4' }),
      f({ rule: 'TOTAL_MISMATCH', severity: 'error', sheet: "Kim's ark", cell: 'C8', expected: new Decimal(1045), actual: new Decimal(1044) }),
      f({ rule: 'TOTAL_ROUNDING', severity: 'info', cell: 'E9' }),
    ];
    const name = await gw.writeReport(result(findings), 'da');
    expect(fake.activeSheetName()).toBe(name);
    const row = (r: number) => ['A', 'B', 'C', 'D'].map((c) => fake.cell(name, `${c}${r}`).value);
    expect(row(1)).toEqual(['Alvorlighed', 'Regel', 'Ark', 'Celle']);
    expect(fake.cell(name, 'E1').value).toBe('Meddelelse');
    expect(row(2)).toEqual(['Fejl', 'TOTAL_MISMATCH', "Kim's ark", 'C8']);
    expect(row(3)).toEqual(['Advarsel', 'NUMBER_STORED_AS_TEXT', 'BC01', 'D4']);
    expect(row(4)).toEqual(['Oplysning', 'TOTAL_ROUNDING', 'BC01', 'E9']);
    expect(typeof fake.cell(name, 'E2').value).toBe('string');
    expect((fake.cell(name, 'E2').value as string).length).toBeGreaterThan(0);
    expect(fake.cell(name, 'D2').hyperlink).toEqual({ documentReference: "'Kim''s ark'!C8", textToDisplay: 'C8', screenTip: "Kim's ark!C8" });
    expect(fake.cell(name, 'D3').hyperlink?.documentReference).toBe("'BC01'!D4");
    expect(fake.syncCount).toBeLessThanOrEqual(2);
  });

  it('gives the report a unique name when one exists, in English too', async () => {
    // The sheet's name is in the report's language, as the annotated copy's is.
    const fake = new FakeExcel({ sheets: [{ name: 'BC01' }, { name: reportSheetBaseName.en }] });
    const name = await gatewayOverFake(fake).writeReport(result([f({})]), 'en');
    expect(name).toBe(`${reportSheetBaseName.en} (2)`);
    expect(fake.cell(name, 'A1').value).toBe('Severity');
    expect(fake.cell(name, 'A2').value).toBe('Error');
  });

  it('falls back to the rule code when a message cannot be rendered', () => {
    const { rows } = reportRows(result([f({})]), 'da', () => {
      throw new Error('no such rule');
    });
    expect(rows[1][4]).toBe('TOTAL_MISMATCH');
  });
});
