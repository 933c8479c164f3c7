/**
 * The core's one entry point: a workbook's grids in, its tables and findings out.
 *
 * Two levels: what a workbook yields on its own (its tables, the table rules and the workbook's own
 * agreement rules) and what a case of workbooks yields together (rules that reconcile tables, such
 * as an overview against its proposals, see `reconcileCase`). One workbook alone is a case of one.
 */
import { a1, parseA1 as cellOf } from './a1';
import { TableDetector } from './detect/detectTables';
import type { FormulaWorkbook } from './formulaRefs';
import type { AnalysisResult, DocumentParagraph, ExcelTablePart, Finding, SheetGrid, TableBlock, WorkbookFacts, WorkbookGrid } from './model';
import { normaliseCode } from './priceLevel/tableRows';
import { ruleCatalogue, rules } from './rules';
import type { RuleContext, WorkbookRule } from './rules/rule';
import type { Template } from './templates/template';
import { formulaNotCalculatedMeta } from './rules/formulaNotCalculated';
import { findingFor } from './rules/finding';
import { calculateUntrusted } from './uncalculated';

/** What one workbook yields on its own, before it is reconciled with the other workbooks of its case. */
export interface WorkbookAlone {
  /** Sheet names in workbook order (findings are sorted by it). */
  sheetNames: string[];
  tables: TableBlock[];
  /** Findings of the table rules and of the workbook rules that do not reconcile (unsorted). */
  findings: Finding[];
  /**
   * The reconciling rules' findings for the workbook as a case of its own, when already worked out
   * (e.g. by a worker thread): used as they are when nothing of the case concerns the workbook.
   */
  reconciledAlone?: Finding[];
}

/** A workbook of a case: what it yields alone, and the name the caller knows it by (a file path). */
export interface CaseWorkbook extends WorkbookAlone {
  name: string;
}

/** Cells of uncalculated sheets kept for later sheets' totals over them (a few MB at most). */
const KEPT_CELLS = 200_000;
/** A workbook's text cell read for amounts: long enough to be a sentence, and naming kroner. */
const TEXT_CELL = { minLength: 60, maxCells: 2_000, maxLength: 10_000 };
const NAMES_KRONER = /\d\s*(?:mio\.?|mia\.?|t\.?\s?kr|tkr|kr\.?\b|kroner)/i;

const reconciling = (rule: (typeof rules)[number]): boolean => rule.scope === 'workbook' && rule.reconciles === true;

/**
 * Analysis sheet by sheet: each sheet's tables are detected as it arrives, so a reader that streams
 * sheets need not keep their grids; the rules run once all tables are known (some compare tables).
 */
export class WorkbookAnalysis {
  private readonly detector: TableDetector;
  private readonly tables: TableBlock[] = [];
  private readonly sheetNames: string[] = [];
  private facts: WorkbookFacts | null = null;
  private readonly excelTables: { sheet: string; table: ExcelTablePart }[] = [];
  /**
   * Sheets with formulas whose results the checker worked out, kept (up to KEPT_CELLS cells) so that
   * a later sheet's total over them (BC01:BC07!C9) can be worked out too. By upper-cased name.
   */
  private readonly kept = new Map<string, SheetGrid>();
  private keptCells = 0;
  /** Formulas whose saved result was not trusted, and the first of them (the note points there). */
  private uncalculated: { untrusted: number; computed: number; first: { sheet: string; cell: string } | null } = { untrusted: 0, computed: 0, first: null };
  private paragraphs: DocumentParagraph[] = [];
  private readonly notRead: NonNullable<RuleContext['notRead']> = [];

  constructor(
    private readonly template: Template,
    /** Only part of the workbook will be added (the active sheet, a selection). */
    private readonly partialWorkbook = false,
  ) {
    this.detector = new TableDetector(template);
  }

  /**
   * What the reader knows of the workbook before its sheets (sheet order, defined names, whether it
   * was calculated): given before the first `addSheet`.
   */
  setWorkbook(facts: WorkbookFacts): void {
    this.facts = facts;
  }

  addSheet(sheet: SheetGrid): void {
    this.sheetNames.push(sheet.name);
    if (sheet.notRead) this.notRead.push({ ...sheet.notRead, sheet: sheet.name });
    for (const table of sheet.excelTables ?? []) this.excelTables.push({ sheet: sheet.name, table });
    const calc = calculateUntrusted(sheet, this.facts?.calculation?.fullCalcOnLoad === true, this.formulaWorkbook(), (name) => this.kept.get(name.toUpperCase()));
    if (calc.untrusted) {
      let cells = 0;
      for (const row of calc.sheet.rows.values()) cells += row.size;
      if (this.keptCells + cells <= KEPT_CELLS) {
        this.kept.set(sheet.name.toUpperCase(), calc.sheet);
        this.keptCells += cells;
      }
      this.uncalculated.untrusted += calc.untrusted;
      this.uncalculated.computed += calc.computed;
      if (!this.uncalculated.first && calc.first) this.uncalculated.first = { sheet: sheet.name, cell: a1(calc.first.row, calc.first.col) };
    }
    for (const table of this.detector.detect(calc.sheet)) this.tables.push(table);
    // A workbook's long text cells are read like paragraphs (a Word table's cells are not: its body text is).
    if (sheet.headings === undefined) this.readTextCells(sheet);
  }

  private readTextCells(sheet: SheetGrid): void {
    for (const [row, cells] of sheet.rows) {
      for (const [col, cell] of cells) {
        if (this.paragraphs.length >= TEXT_CELL.maxCells) return;
        const v = cell.value;
        if (typeof v !== 'string' || v.length < TEXT_CELL.minLength || v.length > TEXT_CELL.maxLength || !NAMES_KRONER.test(v)) continue;
        const text = v.replace(/\s+/g, ' ').trim();
        this.paragraphs.push({ index: row, text, headings: [], ordinal: row, tablesBefore: 0, sheet: sheet.name, cell: a1(row, col) });
      }
    }
  }

  /** A Word document's body paragraphs (the text rules read them once the tables are known). */
  addParagraphs(paragraphs: DocumentParagraph[]): void {
    this.paragraphs = this.paragraphs.concat(paragraphs);
  }

  /** The workbook on its own: every rule except those that reconcile tables across a case. */
  finishAlone(): WorkbookAlone {
    const ctx = this.context();
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (rule.scope === 'table') for (const table of this.tables) findings.push(...rule.check(table, ctx));
      else if (!reconciling(rule)) findings.push(...rule.check(this.tables, ctx));
    }
    const note = this.uncalculatedNote();
    if (note) {
      // The note speaks for its cell: no second finding there.
      const rest = findings.filter((f) => !(f.rule === note.rule && f.sheet === note.sheet && f.cell === note.cell));
      return { sheetNames: this.sheetNames, tables: this.tables, findings: dropSuperseded([note, ...rest]) };
    }
    return { sheetNames: this.sheetNames, tables: this.tables, findings: dropSuperseded(findings) };
  }

  /** Once per workbook whose formulas had no trustworthy results: it was not calculated. */
  private uncalculatedNote(): Finding | null {
    const { untrusted, computed, first } = this.uncalculated;
    if (!untrusted || !first) return null;
    const table = this.tables.find((t) => t.sheet === first.sheet && inRange(t, first.cell));
    const params = { formulas: untrusted, computed };
    if (table) return findingFor(formulaNotCalculatedMeta, table, first.cell, params, { variant: 'workbook' });
    const { code: rule, severity } = formulaNotCalculatedMeta;
    return { rule, severity, sheet: first.sheet, cell: first.cell, params, variant: 'workbook' };
  }

  /** The workbook as a case of its own: every rule, findings in workbook order. */
  finish(): AnalysisResult {
    const alone = this.finishAlone();
    const [reconciled] = reconcileCase([{ ...alone, name: '' }], this.template, this.partialWorkbook);
    return { tables: alone.tables, findings: sortFindings([...alone.findings, ...reconciled], alone.sheetNames) };
  }

  private context(): RuleContext {
    return {
      template: this.template,
      partialWorkbook: this.partialWorkbook,
      formulas: this.formulaWorkbook(),
      ...(this.paragraphs.length ? { paragraphs: this.paragraphs } : {}),
      notRead: this.notRead,
    };
  }

  private formulaWorkbook(): FormulaWorkbook {
    return {
      // Sheets not read yet are known from the workbook part; a partial workbook knows only its own.
      sheetNames: this.facts?.sheetNames.length ? this.facts.sheetNames : this.sheetNames,
      definedNames: this.facts?.definedNames ?? [],
      excelTables: this.excelTables,
    };
  }
}

function inRange(table: TableBlock, cell: string): boolean {
  const { row, col } = cellOf(cell);
  const r = table.range;
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function analyseWorkbook(workbook: WorkbookGrid, template: Template): AnalysisResult {
  const analysis = new WorkbookAnalysis(template, workbook.partial === true);
  analysis.setWorkbook({
    sheetNames: workbook.sheets.map((s) => s.name),
    definedNames: workbook.definedNames ?? [],
    ...(workbook.calculation ? { calculation: workbook.calculation } : {}),
  });
  for (const sheet of workbook.sheets) analysis.addSheet(sheet);
  if (workbook.paragraphs) analysis.addParagraphs(workbook.paragraphs);
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

/** Marks a table of another workbook inside a workbook's view, so findings about it are set aside. */
const FOREIGN = '\u0000';

/**
 * The findings of the reconciling rules for each workbook of a case (same order as `workbooks`).
 *
 * Each workbook is reconciled on a view of the case: its own tables first; then, for each code its
 * overviews name but it does not carry, the proposal tables of the first other workbook that carries
 * it; then the other workbooks' overviews, cut to the rows that name a code it carries. So an
 * overview is held against the proposals of its own workbook first and against another's only for
 * a code it lacks; a proposal code is missing only when no workbook of the case carries it; and a
 * proposal is "not in the overview" only when no overview of the case names it. Findings are kept
 * for the workbook that holds the table they point at; one whose other side came from another
 * workbook names it in `otherFile`. Linear in the case's tables (each view holds only what concerns
 * its workbook), so a folder of hundreds of files is one case without a quadratic cost.
 */
export function reconcileCase(workbooks: CaseWorkbook[], template: Template, partialWorkbook = false): Finding[][] {
  const caseRules = rules.filter((r): r is WorkbookRule => r.scope === 'workbook' && reconciling(r));
  const ctx: RuleContext = { template, partialWorkbook };
  const overviews = workbooks.map((w) => w.tables.filter((t) => t.kind === 'overview'));
  if (!overviews.some((o) => o.length)) return workbooks.map(() => []); // nothing to reconcile
  const codeOf = (code: string | null | undefined) => (code ? normaliseCode(code) : null);

  /** Per code: the workbooks carrying it (in case order), and the overview tables naming it. */
  const carriers = new Map<string, number[]>();
  const namers = new Map<string, { j: number; table: TableBlock }[]>();
  workbooks.forEach((w, j) => {
    for (const t of w.tables) {
      const code = t.kind === 'proposal' ? codeOf(t.proposalCode) : null;
      if (code === null) continue;
      const list = carriers.get(code) ?? [];
      if (list[list.length - 1] !== j) list.push(j);
      carriers.set(code, list);
    }
    for (const t of overviews[j]) {
      const named = new Set<string>();
      for (const row of t.rows) {
        const code = codeOf(row.proposalCode);
        if (code !== null && !named.has(code)) {
          named.add(code);
          namers.set(code, [...(namers.get(code) ?? []), { j, table: t }]);
        }
      }
    }
  });
  const overviewHolders = (i: number) => workbooks.filter((_, j) => j !== i && overviews[j].length).map((w) => w.name);

  return workbooks.map((own, i) => {
    const ownCodes = new Set<string>();
    for (const t of own.tables) {
      const code = t.kind === 'proposal' ? codeOf(t.proposalCode) : null;
      if (code !== null) ownCodes.add(code);
    }
    if (!overviews[i].length && !ownCodes.size) return [];
    const view: TableBlock[] = [...own.tables];
    /** Normalised code → the workbook its proposal tables were borrowed from. */
    const lentBy = new Map<string, number>();
    if (workbooks.length > 1) {
      for (const ov of overviews[i]) {
        for (const row of ov.rows) {
          const code = codeOf(row.proposalCode);
          if (code === null || ownCodes.has(code) || lentBy.has(code)) continue;
          const lender = carriers.get(code)?.find((j) => j !== i);
          if (lender === undefined) continue;
          lentBy.set(code, lender);
          for (const t of workbooks[lender].tables) {
            if (t.kind === 'proposal' && codeOf(t.proposalCode) === code) view.push({ ...t, id: `${FOREIGN}${lender}${FOREIGN}${t.id}` });
          }
        }
      }
      // The other workbooks' overviews, each cut to its rows naming a code this workbook carries.
      const cut = new Map<TableBlock, { j: number; codes: Set<string> }>();
      const namedHere = new Set<string>();
      for (const ov of overviews[i]) for (const row of ov.rows) if (row.proposalCode) namedHere.add(normaliseCode(row.proposalCode));
      for (const code of ownCodes) {
        if (namedHere.has(code)) continue; // its own overview names it: the others' do not matter
        for (const { j, table } of namers.get(code) ?? []) {
          if (j === i) continue;
          const entry = cut.get(table) ?? { j, codes: new Set<string>() };
          entry.codes.add(code);
          cut.set(table, entry);
        }
      }
      // A workbook with no overview of its own is held against the case's overviews even where they
      // name none of its codes (so a proposal of it that no overview names is reported).
      if (!overviews[i].length) {
        workbooks.forEach((_, j) => {
          if (j !== i) for (const t of overviews[j]) if (!cut.has(t)) cut.set(t, { j, codes: new Set() });
        });
      }
      for (const [table, { j, codes }] of cut) {
        const rows = table.rows.filter((r) => {
          const code = codeOf(r.proposalCode);
          return code === null ? r.kind !== 'item' : codes.has(code);
        });
        view.push({ ...table, rows, id: `${FOREIGN}${j}${FOREIGN}${table.id}` });
      }
    }
    // Nothing of the case concerns this workbook: it reconciles as a case of its own.
    if (view.length === own.tables.length && own.reconciledAlone) return own.reconciledAlone;
    const findings: Finding[] = [];
    for (const rule of caseRules) {
      for (const f of rule.check(view, ctx)) {
        if (f.table?.startsWith(FOREIGN)) continue; // the workbook holding that table reports it
        const code = typeof f.params.code === 'string' ? normaliseCode(f.params.code) : null;
        const lender = code === null ? undefined : lentBy.get(code);
        if (lender !== undefined) findings.push({ ...f, otherFile: workbooks[lender].name });
        else if (!overviews[i].length) findings.push({ ...f, otherFile: overviewHolders(i).join(', ') });
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
    .map((f) => ({ f, k: cellOf(f.cell), s: sheetOrder.get(f.sheet) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.s - b.s || a.k.row - b.k.row || a.k.col - b.k.col || compareRuleCodes(a.f.rule, b.f.rule))
    .map((x) => x.f);
}

/** A code character's place: "_" before digits before letters, as `localeCompare` orders them. */
function codeRank(c: number): number {
  if (c === 95) return 0;
  if (c >= 48 && c <= 57) return c;
  if (c >= 65 && c <= 90) return c + 100;
  return -1;
}

/**
 * Rule codes (A–Z, digits, "_") in the order `localeCompare` gives them, without waking the
 * collator for it (its first use costs a small check some 20 ms); anything else by `localeCompare`.
 */
function compareRuleCodes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = codeRank(a.charCodeAt(i));
    const y = codeRank(b.charCodeAt(i));
    if (x < 0 || y < 0) return a.localeCompare(b);
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}
