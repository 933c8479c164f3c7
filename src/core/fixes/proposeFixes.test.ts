/**
 * Fixes, tested per rule on the rules' own fixtures: for every case where a fixable rule fires, the
 * proposed edits, applied to the grid, make exactly those findings disappear and change nothing
 * else; they stay inside the finding's table; and undoing them gives back the original findings.
 */
import * as path from 'path';
import { analyseWorkbook } from '../analyse';
import type { Finding, RuleCode, WorkbookGrid } from '../model';
import type { RuleCase } from '../rules/__fixtures__/ruleCase';
import { builtinTemplate } from '../templates/builtin';
import { type FixtureValue, sheetFromRows, workbookOf } from '../testing/sheetFromRows';
import { applyEditsToGrid } from './applyToGrid';
import { fixableCodes, proposeFixes, sumFormula } from './proposeFixes';
import { combinableEdits, selectFixes } from './select';

const key = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;

function fixtureCases(code: RuleCode): RuleCase[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.join(__dirname, '..', 'rules', '__fixtures__', code)) as { cases: RuleCase[] }).cases;
}

describe.each([...fixableCodes].map((c) => [c]))('fixes for %s', (code) => {
  const firing = fixtureCases(code).filter((c) => c.fires.length > 0);

  it.each(firing.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const template = builtinTemplate(c.template ?? 'kk-ofs-2025-2026')!;
    const before = analyseWorkbook(c.workbook, template);
    const fixes = selectFixes(proposeFixes(c.workbook, before, template), { only: new Set([code]), choices: new Set([code]) });
    const fixedKeys = new Set(fixes.map((f) => `${f.rule} ${f.sheet}!${f.cell}`));
    for (const fix of fixes) {
      const table = before.tables.find((t) => t.id === fix.table)!;
      for (const e of fix.edits) expect(`${e.sheet}!${e.address}`.startsWith(`${table.sheet}!`)).toBe(true);
    }
    const edits = combinableEdits(fixes);
    const after = analyseWorkbook(applyEditsToGrid(c.workbook, edits), template);
    // The fixed findings are gone; nothing new appears. Others may go too where a fix removed their
    // cause (a total whose formula now counts the right rows also adds up; a grand total over a
    // corrected "I alt" column).
    const afterKeys = after.findings.map(key);
    for (const k of fixedKeys) expect(afterKeys).not.toContain(k);
    const beforeKeys = new Set(before.findings.map(key));
    expect(afterKeys.filter((k) => !beforeKeys.has(k))).toEqual([]);
    // Undo: the before-side of every edit gives back the workbook's findings exactly.
    const undone = analyseWorkbook(applyEditsToGrid(applyEditsToGrid(c.workbook, edits), edits, 'before'), template);
    expect(undone.findings.map(key)).toEqual(before.findings.map(key));
  });

  it('has at least one fixture case it can fix', () => {
    const fixed = firing.some((c) => {
      const template = builtinTemplate(c.template ?? 'kk-ofs-2025-2026')!;
      const result = analyseWorkbook(c.workbook, template);
      return proposeFixes(c.workbook, result, template).some((f) => f.rule === code);
    });
    expect(fixed).toBe(true);
  });
});

describe('what a fix writes', () => {
  const template = builtinTemplate('kk-ofs-2025-2026')!;
  const years = [2026, 2027, 2028, 2029, 2030, 2031];
  function proposal(body: FixtureValue[][], label: FixtureValue = '1.000 kr. 2027 p/l'): WorkbookGrid {
    return workbookOf(sheetFromRows('BC01', [['BC01 Test'], [label, 'Styringsområde', ...years], ...body]));
  }

  it('makes a text amount a number with a format that shows it as it was shown', () => {
    const wb = proposal([
      ['Løn', 'Service', '2.093,8'],
      ['Drift', 'Service', 100],
      ['I alt', '', 2193.8],
    ]);
    const result = analyseWorkbook(wb, template);
    const [fix] = proposeFixes(wb, result, template).filter((f) => f.rule === 'NUMBER_STORED_AS_TEXT');
    expect(fix.mode).toBe('certain');
    expect(fix.edits).toEqual([{ sheet: 'BC01', address: 'C3', before: { value: '2.093,8' }, after: { value: 2093.8, numFmt: '#,##0.0' } }]);
  });

  it('offers the sum of the rows for a wrong total only as a choice, with the result Excel will show', () => {
    const wb = proposal([
      ['Løn', 'Service', 100],
      ['Drift', 'Service', 50],
      ['I alt', '', 160],
    ]);
    const result = analyseWorkbook(wb, template);
    const fixes = proposeFixes(wb, result, template);
    const total = fixes.find((f) => f.rule === 'TOTAL_MISMATCH')!;
    expect(total.mode).toBe('choice');
    expect(total.edits[0].after).toEqual({ value: 150, formula: 'SUM(C3:C4)' });
    expect(selectFixes(fixes)).not.toContain(total);
    expect(selectFixes(fixes, { choices: new Set(['TOTAL_MISMATCH']) })).toContain(total);
  });

  it('suggests a styringsområde only when one name is nearest', () => {
    const wb = proposal([
      ['Løn', 'Servce', 100],
      ['Drift', 'Xyzzy', 50],
      ['I alt', '', 150],
    ]);
    const result = analyseWorkbook(wb, template);
    const fixes = proposeFixes(wb, result, template).filter((f) => f.rule === 'STYRINGSOMRAADE_UNKNOWN');
    expect(fixes.map((f) => [f.cell, f.edits[0].after.value])).toEqual([['B3', 'Service']]);
  });

  it('writes the template label into an empty first header cell, and never into one holding text', () => {
    const empty = proposal([['Løn', 'Service', 100], ['I alt', '', 100]], null);
    const r1 = analyseWorkbook(empty, template);
    const f1 = proposeFixes(empty, r1, template).find((f) => f.rule === 'PRICE_LEVEL_MISSING')!;
    expect(f1.edits[0].after.value).toBe('1.000 kr. 2027 p/l');
    const text = proposal([['Løn', 'Service', 100], ['I alt', '', 100]], 'Beløb');
    const r2 = analyseWorkbook(text, template);
    expect(r2.findings.some((f) => f.rule === 'PRICE_LEVEL_MISSING')).toBe(true);
    expect(proposeFixes(text, r2, template).some((f) => f.rule === 'PRICE_LEVEL_MISSING')).toBe(false);
  });

  it('leaves a text amount with its own unit for a person ("1.300 kr." in a table of 1.000 kr.)', () => {
    const wb = proposal([
      ['Løn', 'Service', '1.300 kr.'],
      ['Drift', 'Service', 100],
      ['I alt', '', 1400],
    ]);
    const result = analyseWorkbook(wb, template);
    expect(result.findings.some((f) => f.rule === 'NUMBER_STORED_AS_TEXT' && f.cell === 'C3')).toBe(true);
    expect(proposeFixes(wb, result, template).some((f) => f.cell === 'C3')).toBe(false);
  });

  it('writes consecutive rows as one range', () => {
    expect(sumFormula([5, 6, 7, 9, 11, 12], 3)).toBe('SUM(C5:C7,C9,C11:C12)');
    expect(sumFormula([4], 2)).toBe('SUM(B4)');
  });
});
