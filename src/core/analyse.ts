/** The core's one entry point: a workbook's grids in, its tables and findings out. */
import { parseA1 } from './a1';
import { TableDetector } from './detect/detectTables';
import type { AnalysisResult, Finding, SheetGrid, TableBlock, WorkbookGrid } from './model';
import { ruleCatalogue, rules } from './rules';
import type { RuleContext } from './rules/rule';
import type { Template } from './templates/template';

/**
 * Analysis sheet by sheet: each sheet's tables are detected as it arrives, so a reader that streams
 * sheets need not keep their grids; the rules run once all tables are known (some compare tables).
 */
export class WorkbookAnalysis {
  private readonly detector: TableDetector;
  private readonly tables: TableBlock[] = [];
  private readonly sheetNames: string[] = [];

  constructor(
    private readonly template: Template,
    /** Only part of the workbook will be added (the active sheet, a selection). */
    private readonly partialWorkbook = false,
  ) {
    this.detector = new TableDetector(template);
  }

  addSheet(sheet: SheetGrid): void {
    this.sheetNames.push(sheet.name);
    for (const table of this.detector.detect(sheet)) this.tables.push(table);
  }

  finish(): AnalysisResult {
    const ctx: RuleContext = { template: this.template, partialWorkbook: this.partialWorkbook };
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (rule.scope === 'table') for (const table of this.tables) findings.push(...rule.check(table, ctx));
      else findings.push(...rule.check(this.tables, ctx));
    }
    return { tables: this.tables, findings: sortFindings(dropSuperseded(findings), this.sheetNames) };
  }
}

export function analyseWorkbook(workbook: WorkbookGrid, template: Template): AnalysisResult {
  const analysis = new WorkbookAnalysis(template, workbook.partial === true);
  for (const sheet of workbook.sheets) analysis.addSheet(sheet);
  return analysis.finish();
}

/**
 * A finding whose rule names the cause of another's (RuleMeta.supersedes) replaces it at the same
 * sheet and cell: TOTAL_SKIPS_TEXT says why a SUM is off, so TOTAL_MISMATCH there goes.
 */
export function dropSuperseded(findings: Finding[]): Finding[] {
  const key = (code: string, f: Finding) => `${code}\u0000${f.sheet}\u0000${f.cell}`;
  const superseded = new Set<string>();
  for (const f of findings) {
    for (const code of ruleCatalogue.get(f.rule)?.supersedes ?? []) if (code !== f.rule) superseded.add(key(code, f));
  }
  return superseded.size ? findings.filter((f) => !superseded.has(key(f.rule, f))) : findings;
}

/** Workbook order: sheet as in the workbook, then row, then column, then rule code. */
export function sortFindings(findings: Finding[], sheetNames: string[]): Finding[] {
  const sheetOrder = new Map(sheetNames.map((name, i) => [name, i]));
  return findings
    .map((f) => ({ f, k: parseA1(f.cell), s: sheetOrder.get(f.sheet) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.s - b.s || a.k.row - b.k.row || a.k.col - b.k.col || a.f.rule.localeCompare(b.f.rule))
    .map((x) => x.f);
}

export type { AnalysisResult } from './model';
