/** The core's one entry point: a workbook's grids in, its tables and findings out. */
import { parseA1 } from './a1';
import { TableDetector } from './detect/detectTables';
import type { AnalysisResult, Finding, TableBlock, WorkbookGrid } from './model';
import { rules } from './rules';
import type { RuleContext } from './rules/rule';
import type { Template } from './templates/template';

export function analyseWorkbook(workbook: WorkbookGrid, template: Template): AnalysisResult {
  const detector = new TableDetector(template);
  const tables: TableBlock[] = workbook.sheets.flatMap((sheet) => detector.detect(sheet));
  const ctx: RuleContext = { template };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope === 'table') for (const table of tables) findings.push(...rule.check(table, ctx));
    else findings.push(...rule.check(tables, ctx));
  }
  return { tables, findings: sortFindings(findings, workbook) };
}

/** Workbook order: sheet as in the workbook, then row, then column, then rule code. */
export function sortFindings(findings: Finding[], workbook: WorkbookGrid): Finding[] {
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const key = (f: Finding) => parseA1(f.cell);
  return findings
    .map((f) => ({ f, k: key(f), s: sheetOrder.get(f.sheet) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.s - b.s || a.k.row - b.k.row || a.k.col - b.k.col || a.f.rule.localeCompare(b.f.rule))
    .map((x) => x.f);
}

export type { AnalysisResult } from './model';
