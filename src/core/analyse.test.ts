import { analyseWorkbook } from './analyse';
import { renderMessage } from './messages';
import { builtinTemplate } from './templates/template';
import { publishedAppendix } from './testing/appendix';

const kk = builtinTemplate('kk-ofs-2025-2026')!;

describe('the published appendix (OFS 2025-2026)', () => {
  const result = analyseWorkbook(publishedAppendix(), kk);

  it('finds the overview and the three proposal tables', () => {
    expect(result.tables.map((t) => [t.id, t.kind, t.priceLevel, t.proposalCode])).toEqual([
      ['Oversigt!A2:D7', 'overview', 2026, null],
      ['BC01!A4:H10', 'proposal', 2027, 'BC01'],
      ['BC02!A4:H9', 'proposal', 2027, 'BC02'],
      ['BC39!A4:F10', 'proposal', null, 'BC39'],
    ]);
  });

  it('gives exactly the rounding note on the overview and the two findings on BC39', () => {
    const non = result.findings.filter((f) => !f.rule.startsWith('CROSS_TABLE') && f.rule !== 'PROPOSAL_NOT_FOUND');
    expect(non.map((f) => [f.sheet, f.cell, f.rule, f.severity])).toEqual([
      ['Oversigt', 'D7', 'TOTAL_ROUNDING', 'info'],
      ['BC39', 'A4', 'PRICE_LEVEL_MISSING', 'error'],
      ['BC39', 'A4', 'YEARS_MISMATCH', 'warning'],
    ]);
    expect(renderMessage(non[0], 'da')).toContain('4.951');
    expect(renderMessage(non[0], 'da')).toContain('4.952');
  });
});
