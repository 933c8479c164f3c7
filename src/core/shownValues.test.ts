/** Tables are judged, and quoted, as Excel shows them: scaled, rounded and formatted cells. */
import { analyseWorkbook } from './analyse';
import { readAmountCell } from './detect/amountCell';
import { convertTable } from './priceLevel/convert';
import { storedValue } from './priceLevel/storedValue';
import { renderMessage } from './messages';
import { builtinTemplate } from './templates/builtin';
import { proposal, workbookOf } from './rules/__fixtures__/ruleCase';
import type { FixtureValue } from './testing/sheetFromRows';

const template = builtinTemplate('kk-ofs-2025-2026')!;
const u = undefined;
const fmt = (v: number, numFmt: string): FixtureValue => ({ v, numFmt });

function findings(body: FixtureValue[][]) {
  return analyseWorkbook(workbookOf(proposal('BC01', body)), template).findings.filter((f) => f.rule.startsWith('TOTAL_'));
}

describe('amounts as shown', () => {
  it('kroner shown in thousands (#,##0,) beside a typed total of 1.045 add up', () => {
    const k = (v: number) => fmt(v, '#,##0,');
    expect(findings([['A', 'Service', k(209000)], ['B', 'Service', k(418000)], ['C', 'Service', k(418000)], ['I alt', u, 1045]])).toEqual([]);
  });

  it('kroner shown in millions (0.0,,) add up in millions', () => {
    const m = (v: number) => fmt(v, '0.0,,');
    expect(findings([['A', 'Service', m(1200000)], ['B', 'Service', m(800000)], ['I alt', u, m(2000000)]])).toEqual([]);
  });

  it('stored kroner a few hundred apart but consistent as shown are no error', () => {
    const k = (v: number) => fmt(v, '#,##0,');
    const f = findings([['A', 'Service', k(209400)], ['B', 'Service', k(418300)], ['C', 'Service', k(418300)], ['I alt', u, k(1046000)]]);
    expect(f.map((x) => x.rule)).not.toContain('TOTAL_MISMATCH');
  });

  it('a real difference is quoted in the shown unit with Danish formatting', () => {
    const k = (v: number) => fmt(v, '#,##0,');
    const f = findings([['A', 'Service', k(209000)], ['B', 'Service', k(418000)], ['C', 'Service', k(418000)], ['I alt', u, k(1145000)]]);
    expect(f).toHaveLength(1);
    expect(f[0].rule).toBe('TOTAL_MISMATCH');
    const da = renderMessage(f[0], 'da');
    expect(da).toContain('angiver 1.145');
    expect(da).toContain('summerer til 1.045');
    expect(da).not.toContain('1.045.000');
  });

  it('a table shown with one decimal is compared at one decimal', () => {
    const d = (v: number) => fmt(v, '#,##0.0');
    // Shown 1,0 + 2,0 against 3,1: a difference of 0,1 as shown (stored, it would be 0,02) — rounding, no error.
    const f = findings([['A', 'Service', d(1.04)], ['B', 'Service', d(2.04)], ['I alt', u, d(3.1)]]);
    expect(f.map((x) => x.rule)).toEqual(['TOTAL_ROUNDING']);
    expect(f[0].difference?.toString()).toBe('0.1');
  });
});

describe('amount cells', () => {
  const cell = (value: unknown, numFmt?: string) => readAmountCell(3, 3, { row: 3, col: 3, value: value as never, ...(numFmt ? { numFmt } : {}) });

  it('carry the shown amount, the shown decimals and the scale', () => {
    const k = cell(1045321, '#,##0,');
    expect([k.status, k.amount?.toString(), k.decimals, k.scale]).toEqual(['number', '1045', 0, 1000]);
    const m = cell(2093800000, '0.0,,');
    expect([m.amount?.toString(), m.decimals, m.scale]).toEqual(['2093.8', 1, 1e6]);
    const g = cell(1045.25);
    expect([g.amount?.toString(), g.decimals, g.scale]).toEqual(['1045.25', null, undefined]);
    // Text shows the decimals it is written with, trailing zeros included.
    expect([cell('1.045').decimals, cell('343,0').decimals, cell('1.045,25 kr.').decimals]).toEqual([0, 1, 2]);
  });

  it('tell percent and date formats from amounts, and read a unit in the format', () => {
    expect(cell(0.25, '0%').status).toBe('percent');
    expect(cell(0.25, '0%').amount).toBeNull();
    expect(cell(46023, 'dd-mm-yyyy').status).toBe('date');
    expect(cell(1300, '"kr." #,##0').unitInFormat).toBe('kr.');
    expect(cell(1300, '#,##0').unitInFormat).toBeUndefined();
  });

  it('read a "" formula result as empty', () => {
    expect(readAmountCell(3, 3, { row: 3, col: 3, value: '', formula: 'IF(A1="x",1,"")' }).status).toBe('empty');
  });
});

describe('conversion of a scaled table', () => {
  it('converts in the shown unit and writes back in the stored unit', () => {
    const k = (v: number) => fmt(v, '#,##0,');
    const wb = workbookOf(proposal('BC01', [['A', 'Service', k(1045000)], ['I alt', u, k(1045000)]]));
    const table = analyseWorkbook(wb, template).tables[0];
    const result = convertTable(table, template, { to: 2026, rounding: 'largest-remainder' });
    if (!result.ok) throw new Error('not converted');
    const a = result.cells.find((c) => c.address === 'C3')!;
    expect([a.amount.toString(), a.scale, storedValue(a)]).toEqual(['1017', 1000, 1017000]);
  });
});
