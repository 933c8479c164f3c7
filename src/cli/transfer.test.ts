/** What a worker thread posts comes back as the model's own objects: amount cells with their getters, exact Decimals. */
import Decimal from 'decimal.js';
import { WorkbookAnalysis } from '../core/analyse';
import { builtinTemplate } from '../core/templates/builtin';
import { publishedAppendix } from '../core/testing/appendix';
import { restore, toTransfer } from './transfer';

const template = builtinTemplate('kk-ofs-2025-2026')!;

describe('transfer between threads', () => {
  const analysis = new WorkbookAnalysis(template);
  for (const sheet of publishedAppendix().sheets) analysis.addSheet(sheet);
  const alone = analysis.finishAlone();

  it('tables cloned as they are get their amount cells back, with address and exact amount', () => {
    const back = restore(structuredClone(alone.tables)) as typeof alone.tables;
    const bc01 = back.find((t) => t.sheet === 'BC01')!;
    const cell = bc01.rows.find((r) => r.kind === 'total')!.amounts[0];
    expect(cell.address).toBe('C10');
    expect(cell.amount?.toString()).toBe('1045');
    expect(back.map((t) => t.id)).toEqual(alone.tables.map((t) => t.id));
  });

  it('findings and templates with Decimals travel as exact text', () => {
    const finding = { rule: 'TOTAL_ROUNDING', params: { stated: new Decimal('4951.1') }, expected: new Decimal('0.1') };
    const back = restore(structuredClone(toTransfer(finding))) as typeof finding;
    expect(back.expected).toBeInstanceOf(Decimal);
    expect(back.expected.toString()).toBe('0.1');
    expect(back.params.stated.toString()).toBe('4951.1');
    expect(() => structuredClone(finding)).toThrow(); // why toTransfer exists
    const t = restore(structuredClone(toTransfer(template))) as typeof template;
    expect(t.priceIndices[0].percent.toString()).toBe('2.8');
    expect(t).toEqual(template);
  });
});
