import { analyseWorkbook, dropSuperseded, sortFindings } from './analyse';
import { findingGuide } from './findingGuide';
import type { Finding } from './model';
import { renderMessage } from './messages';
import { builtinTemplate } from './templates/builtin';
import { publishedAppendix } from './testing/appendix';
import { sheetFromRows, workbookOf } from './testing/sheetFromRows';

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

describe('tables side by side on one sheet', () => {
  const u = undefined;
  const years = [2026, 2027, 2028];
  // Left: A1:E6. Right: G3:K7, its header two rows lower, its total off by 10.
  const sheet = sheetFromRows('Forslag', [
    ['1.000 kr. 2027 p/l', 'Styringsområde', ...years],
    ['Implementeringsomkostninger'],
    ['Projektledelse', 'Service', 100, 50, u, u, '1.000 kr. 2027 p/l', 'Styringsområde', ...years],
    ['Licenser', 'Service', 200, 50, u, u, 'Drift', 'Service', 10, 20, 30],
    ['Samlede implementeringsomkostninger', u, 300, 100, u, u, 'Support', 'Service', 5, 5, 5],
    [u, u, u, u, u, u, 'I alt', u, 25, 25, 35],
  ]);

  it('finds both, each with its own columns and rows', () => {
    const { tables } = analyseWorkbook(workbookOf(sheet), kk);
    expect(tables.map((t) => [t.id, t.rows.length, t.styringsomraadeCol, t.years.length])).toEqual([
      ['Forslag!A1:E5', 4, 2, 3],
      ['Forslag!G3:K6', 3, 8, 3],
    ]);
  });

  it('checks each table on its own', () => {
    const { findings } = analyseWorkbook(workbookOf(sheet), kk);
    const totals = findings.filter((f) => f.rule.startsWith('TOTAL_'));
    expect(totals.map((f) => `${f.rule} ${f.cell} ${f.table}`)).toEqual(['TOTAL_MISMATCH I6 Forslag!G3:K6']);
  });
});

describe('dropSuperseded', () => {
  const f = (rule: Finding['rule'], sheet: string, cell: string): Finding => ({ rule, severity: 'error', sheet, cell, params: {} });

  it('drops a finding of a superseded code at the same sheet and cell, and only there', () => {
    const findings = [
      f('TOTAL_MISMATCH', 'A', 'C10'),
      f('TOTAL_SKIPS_TEXT', 'A', 'C10'),
      f('TOTAL_MISMATCH', 'A', 'D10'),
      f('TOTAL_MISMATCH', 'B', 'C10'),
      f('TOTAL_ROUNDING', 'A', 'C10'),
      f('TOTAL_FORMULA_RANGE', 'A', 'C10'),
    ];
    expect(dropSuperseded(findings).map((x) => `${x.rule}@${x.sheet}!${x.cell}`)).toEqual([
      'TOTAL_SKIPS_TEXT@A!C10',
      'TOTAL_MISMATCH@A!D10',
      'TOTAL_MISMATCH@B!C10',
      'TOTAL_FORMULA_RANGE@A!C10',
    ]);
  });

  it('keeps everything when nothing supersedes', () => {
    const findings = [f('TOTAL_MISMATCH', 'A', 'C10'), f('NUMBER_STORED_AS_TEXT', 'A', 'C10')];
    expect(dropSuperseded(findings)).toEqual(findings);
  });
});

describe('sortFindings', () => {
  const at = (rule: string): Finding => ({ rule, severity: 'info', sheet: 'A', cell: 'B2', params: {} }) as unknown as Finding;

  it('orders the findings of one cell by rule code as localeCompare does, "_" before digits before letters', () => {
    const codes = [...Object.keys(findingGuide), 'TOTAL_X', 'TOTALS', 'TOTAL', 'TOTAL9', 'A_B', 'AB'];
    const sorted: string[] = sortFindings(codes.map(at), ['A']).map((f) => f.rule);
    expect(sorted).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
    expect(sorted.indexOf('TOTAL_X')).toBeLessThan(sorted.indexOf('TOTAL9'));
    expect(sorted.indexOf('TOTAL9')).toBeLessThan(sorted.indexOf('TOTALS'));
  });
});
