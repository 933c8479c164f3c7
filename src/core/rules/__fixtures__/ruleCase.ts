/** The shape of a rule fixture: a workbook, and exactly where the rule must fire in it. */
import { analyseWorkbook } from '../../analyse';
import { renderMessage } from '../../messages';
import type { RuleCode, WorkbookGrid } from '../../model';
import { builtinTemplate } from '../../templates/builtin';
import { FixtureValue, sheetFromRows, workbookOf } from '../../testing/sheetFromRows';

export interface RuleCase {
  name: string;
  workbook: WorkbookGrid;
  template?: string;
  /** Every cell the rule fires at ("Sheet!C8"), with the message variant when not the default. */
  fires: Array<string | { at: string; variant?: string; contains?: string }>;
}

const YEARS = [2026, 2027, 2028, 2029, 2030, 2031];

/** A proposal sheet: title row, label+header row, then the given body rows (label, styringsområde, amounts…). */
export function proposal(
  name: string,
  body: FixtureValue[][],
  options: { label?: FixtureValue; years?: FixtureValue[]; origin?: string; headerExtra?: FixtureValue[] } = {},
) {
  const label = 'label' in options ? options.label : '1.000 kr. 2027 p/l';
  return sheetFromRows(
    name,
    [['Tabel 1. Forslagets samlede økonomiske konsekvenser'], [label, 'Styringsområde', ...(options.years ?? YEARS)], ...body],
    options.origin ?? 'A1',
  );
}

export { workbookOf, sheetFromRows };

export function runRuleCases(code: RuleCode, cases: RuleCase[]): void {
  describe(code, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const template = builtinTemplate(c.template ?? 'kk-ofs-2025-2026')!;
      const findings = analyseWorkbook(c.workbook, template).findings.filter((f) => f.rule === code);
      const expected = c.fires.map((f) => (typeof f === 'string' ? { at: f } : f));
      expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(expected.map((e) => e.at));
      expected.forEach((e, i) => {
        if (e.variant) expect(findings[i].variant).toBe(e.variant);
        const da = renderMessage(findings[i], 'da');
        const en = renderMessage(findings[i], 'en');
        expect(da).not.toMatch(/\{\w+\}/);
        expect(en).not.toMatch(/\{\w+\}/);
        if (e.contains) expect(da).toContain(e.contains);
      });
    });
  });
}
