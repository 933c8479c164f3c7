/**
 * Findings as a catalogue: every rule module exports its `meta` (one entry per code it emits, with
 * severity, description and message templates in Danish and English) and a `check`.
 * Message templates interpolate `{name}` from `Finding.params`; Decimals are formatted per language.
 */
import type { FormulaWorkbook } from '../formulaRefs';
import type { DocumentParagraph, Finding, NotReadContent, RuleCode, Severity, TableBlock } from '../model';
import type { Template } from '../templates/template';

export interface RuleMeta {
  code: RuleCode;
  severity: Severity;
  description: { da: string; en: string };
  /** Message templates by variant; "default" is required. */
  messages: { da: Record<string, string>; en: Record<string, string> };
  /**
   * Codes this finding replaces at the same sheet and cell: it names the cause of what they report
   * (TOTAL_SKIPS_TEXT explains the TOTAL_MISMATCH of the same total), so they are dropped there.
   */
  supersedes?: RuleCode[];
}

export interface RuleContext {
  template: Template;
  /** Only part of the workbook was read (see WorkbookGrid.partial). */
  partialWorkbook: boolean;
  /** The workbook's sheet order, defined names and Excel tables, for reading formulas. */
  formulas?: FormulaWorkbook;
  /** The document's body paragraphs (Word), for the rules that read amounts in sentences. */
  paragraphs?: DocumentParagraph[];
  /** Content the reader found but did not read, by the grid standing in for it (SheetGrid.notRead). */
  notRead?: (NotReadContent & { sheet: string })[];
}

export interface TableRule {
  scope: 'table';
  meta: RuleMeta[];
  check(table: TableBlock, ctx: RuleContext): Finding[];
}

export interface WorkbookRule {
  scope: 'workbook';
  /**
   * The rule reconciles tables that may come from different workbooks of one case (an overview and
   * its proposals): it runs on the case's tables (see `reconcileCase`), not on one workbook's.
   */
  reconciles?: boolean;
  meta: RuleMeta[];
  check(tables: TableBlock[], ctx: RuleContext): Finding[];
}

export type Rule = TableRule | WorkbookRule;
