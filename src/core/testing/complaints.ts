/**
 * What a finance officer would be told about a grid of rows: its errors and warnings as
 * "cell RULE", infos left out. The detector's tests state their expectations this way.
 */
import { analyseWorkbook } from '../analyse';
import type { AnalysisResult } from '../model';
import { builtinTemplate } from '../templates/builtin';
import { type FixtureValue, sheetFromRows, workbookOf } from './sheetFromRows';

/** The analysis of one sheet made of `rows`, under a built-in template (generic unless named). */
export function analyseRows(rows: FixtureValue[][], template = 'generic', sheet = 'Ark1'): AnalysisResult {
  return analyseWorkbook(workbookOf(sheetFromRows(sheet, rows)), builtinTemplate(template)!);
}

/** Its errors and warnings, "C5 TOTAL_MISMATCH". */
export function complaints(rows: FixtureValue[][], template = 'generic', sheet = 'Ark1'): string[] {
  return analyseRows(rows, template, sheet)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.rule}`);
}
