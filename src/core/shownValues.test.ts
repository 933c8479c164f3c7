/** Tables are judged, and quoted, as Excel shows them: scaled, rounded and formatted cells. */
import { analyseWorkbook } from './analyse';
import { renderMessage } from './messages';
import { builtinTemplate } from './templates/template';
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
