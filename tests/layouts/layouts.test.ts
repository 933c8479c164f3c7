/**
 * The layouts finance staff really write (scripts/make-layouts.ts), read by the real .xlsx reader
 * and checked by the real analysis: every table is found with its kind and unit; the clean version
 * gives no error or warning about totals; the version with planted mistakes gives exactly the
 * findings about totals that its .expected.json lists, at their cells — nothing else.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import type { AnalysisResult, RuleCode } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';

const DIR = __dirname;
const ABOUT_TOTALS = new Set<RuleCode>(['TOTAL_MISMATCH', 'TOTAL_ROW_MISSING', 'TOTAL_FORMULA_RANGE', 'HERAF_EXCEEDS', 'DIFFERENCE_MISMATCH']);

interface Expected {
  template: string;
  clean: string;
  planted: string;
  tables: Array<{ sheet: string; kind: string; unit: string | null; priceLevel: number | null }>;
  findings: Array<{ sheet: string; cell: string; rule: string }>;
}

const layouts = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => [f.replace('.expected.json', ''), JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Expected] as const);

async function analyse(file: string, template: string): Promise<AnalysisResult> {
  return analyseWorkbook(await readXlsxFile(path.join(DIR, file)), builtinTemplate(template)!);
}

/** Errors and warnings about totals, as "Sheet!C8 RULE", each once. */
function aboutTotals(result: AnalysisResult): string[] {
  const keys = result.findings.filter((f) => ABOUT_TOTALS.has(f.rule) && f.severity !== 'info').map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
  return [...new Set(keys)].sort();
}

it('there are layouts to check', () => expect(layouts.length).toBeGreaterThanOrEqual(6));

describe.each(layouts)('%s', (_name, expected) => {
  test('every table is read, with its kind, unit and price level', async () => {
    const result = await analyse(expected.clean, expected.template);
    const tables = result.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, unit: t.unit, priceLevel: t.priceLevel }));
    expect(tables).toEqual(expected.tables);
  });

  test('the clean version gives no error or warning about totals', async () => {
    expect(aboutTotals(await analyse(expected.clean, expected.template))).toEqual([]);
  });

  test('each planted mistake is found at its cell, and nothing else', async () => {
    const want = [...new Set(expected.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`))].sort();
    expect(aboutTotals(await analyse(expected.planted, expected.template))).toEqual(want);
  });
});
