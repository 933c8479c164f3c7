import { analyseWorkbook } from '../analyse';
import { builtinTemplate } from '../templates/builtin';
import { cases } from './__fixtures__/TOTAL_SKIPS_TEXT';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('TOTAL_SKIPS_TEXT', cases);

describe('TOTAL_SKIPS_TEXT replaces TOTAL_MISMATCH at its cell', () => {
  const kk = builtinTemplate('kk-ofs-2025-2026')!;

  test.each(cases.filter((c) => c.fires.length).map((c) => [c.name, c] as const))('%s: no TOTAL_MISMATCH or TOTAL_ROUNDING where it fires', (_name, c) => {
    const { findings } = analyseWorkbook(c.workbook, kk);
    const at = new Set(findings.filter((f) => f.rule === 'TOTAL_SKIPS_TEXT').map((f) => `${f.sheet}!${f.cell}`));
    expect(at.size).toBeGreaterThan(0);
    expect(findings.filter((f) => (f.rule === 'TOTAL_MISMATCH' || f.rule === 'TOTAL_ROUNDING') && at.has(`${f.sheet}!${f.cell}`))).toEqual([]);
  });

  test('the text cell keeps its own NUMBER_STORED_AS_TEXT; the finding expects the sum the rows show', () => {
    const { findings } = analyseWorkbook(cases[1].workbook, kk);
    const d = findings.filter((f) => f.sheet === 'P').map((f) => `${f.rule}@${f.cell}`);
    expect(d).toContain('TOTAL_SKIPS_TEXT@C5');
    expect(d).toContain('NUMBER_STORED_AS_TEXT@C3');
    expect(findings.find((f) => f.rule === 'TOTAL_SKIPS_TEXT')!.expected!.toString()).toBe('1463');
  });
});
