/**
 * The core's one entry point: a workbook's grids in, its tables and findings out.
 *
 * Two levels: what a workbook yields on its own (its tables, the table rules and the workbook's own
 * agreement rules) and what a case of workbooks yields together (rules that reconcile tables, such
 * as an overview against its proposals, see `reconcileCase`). One workbook alone is a case of one.
 */
import { parseA1 } from './a1';
import { TableDetector } from './detect/detectTables';
import type { AnalysisResult, Finding, SheetGrid, TableBlock, WorkbookGrid } from './model';
import { normaliseCode } from './priceLevel/tableRows';
import { rules } from './rules';
import type { RuleContext, WorkbookRule } from './rules/rule';
import type { Template } from './templates/template';

/** What one workbook yields on its own, before it is reconciled with the other workbooks of its case. */
export interface WorkbookAlone {
  /** Sheet names in workbook order (findings are sorted by it). */
  sheetNames: string[];
  tables: TableBlock[];
  /** Findings of the table rules and of the workbook rules that do not reconcile (unsorted). */
  findings: Finding[];
}

/** A workbook of a case: what it yields alone, and the name the caller knows it by (a file path). */
export interface CaseWorkbook extends WorkbookAlone {
  name: string;
}

const reconciling = (rule: (typeof rules)[number]): boolean => rule.scope === 'workbook' && rule.reconciles === true;

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

  /** The workbook on its own: every rule except those that reconcile tables across a case. */
  finishAlone(): WorkbookAlone {
    const ctx = this.context();
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (rule.scope === 'table') for (const table of this.tables) findings.push(...rule.check(table, ctx));
      else if (!reconciling(rule)) findings.push(...rule.check(this.tables, ctx));
    }
    return { sheetNames: this.sheetNames, tables: this.tables, findings };
  }

  /** The workbook as a case of its own: every rule, findings in workbook order. */
  finish(): AnalysisResult {
    const alone = this.finishAlone();
    const [reconciled] = reconcileCase([{ ...alone, name: '' }], this.template, this.partialWorkbook);
    return { tables: alone.tables, findings: sortFindings([...alone.findings, ...reconciled], alone.sheetNames) };
  }

  private context(): RuleContext {
    return { template: this.template, partialWorkbook: this.partialWorkbook };
  }
}

export function analyseWorkbook(workbook: WorkbookGrid, template: Template): AnalysisResult {
  const analysis = new WorkbookAnalysis(template, workbook.partial === true);
  for (const sheet of workbook.sheets) analysis.addSheet(sheet);
  return analysis.finish();
}

/** Marks a table of another workbook inside a workbook's view, so findings about it are set aside. */
const FOREIGN = '\u0000';

function proposalCodes(tables: TableBlock[]): Set<string> {
  const codes = new Set<string>();
  for (const t of tables) if (t.kind === 'proposal' && t.proposalCode) codes.add(normaliseCode(t.proposalCode));
  return codes;
}

/**
 * The findings of the reconciling rules for each workbook of a case (same order as `workbooks`).
 *
 * Each workbook is reconciled on a view of the case: its own tables first, then the overviews of the
 * other workbooks, then the proposals of the other workbooks whose codes it does not carry itself
 * (for each code, the first workbook that carries it). So an overview is held against the proposals
 * of its own workbook first and against the other workbooks' only for codes it lacks; a proposal
 * code is missing only when no workbook of the case carries it; and a proposal is "not in the
 * overview" only when no overview of the case names it. Findings are kept for the workbook that
 * holds the table they point at; one whose other side came from another workbook names it in
 * `otherFile`.
 */
export function reconcileCase(workbooks: CaseWorkbook[], template: Template, partialWorkbook = false): Finding[][] {
  const caseRules = rules.filter((r): r is WorkbookRule => r.scope === 'workbook' && reconciling(r));
  const ctx: RuleContext = { template, partialWorkbook };
  const hasOverview = workbooks.map((w) => w.tables.some((t) => t.kind === 'overview'));
  if (!hasOverview.some(Boolean)) return workbooks.map(() => []); // nothing to reconcile
  const codes = workbooks.map((w) => proposalCodes(w.tables));
  const foreign = (t: TableBlock, j: number): TableBlock => ({ ...t, id: `${FOREIGN}${j}${FOREIGN}${t.id}` });

  return workbooks.map((own, i) => {
    const view: TableBlock[] = [...own.tables];
    /** Normalised code → the workbook its proposal tables were borrowed from. */
    const lentBy = new Map<string, number>();
    if (workbooks.length > 1) {
      workbooks.forEach((other, j) => {
        if (j !== i) for (const t of other.tables) if (t.kind === 'overview') view.push(foreign(t, j));
      });
      workbooks.forEach((other, j) => {
        if (j === i) return;
        for (const t of other.tables) {
          if (t.kind !== 'proposal' || !t.proposalCode) continue;
          const code = normaliseCode(t.proposalCode);
          if (codes[i].has(code) || (lentBy.has(code) && lentBy.get(code) !== j)) continue;
          lentBy.set(code, j);
          view.push(foreign(t, j));
        }
      });
    }
    const overviewHolders = workbooks.filter((_, j) => j !== i && hasOverview[j]).map((w) => w.name);
    const findings: Finding[] = [];
    for (const rule of caseRules) {
      for (const f of rule.check(view, ctx)) {
        if (f.table?.startsWith(FOREIGN)) continue; // the workbook holding that table reports it
        const code = typeof f.params.code === 'string' ? normaliseCode(f.params.code) : null;
        const lender = code === null ? undefined : lentBy.get(code);
        if (lender !== undefined) findings.push({ ...f, otherFile: workbooks[lender].name });
        else if (!hasOverview[i] && overviewHolders.length) findings.push({ ...f, otherFile: overviewHolders.join(', ') });
        else findings.push(f);
      }
    }
    return findings;
  });
}

/**
 * A case's workbooks with every finding, in workbook order: what each yields alone plus what the
 * case reconciles. The workbooks' tables are used as they are.
 */
export function analyseCase(workbooks: CaseWorkbook[], template: Template): AnalysisResult[] {
  const reconciled = reconcileCase(workbooks, template);
  return workbooks.map((w, i) => ({ tables: w.tables, findings: sortFindings([...w.findings, ...reconciled[i]], w.sheetNames) }));
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
