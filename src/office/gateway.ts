/**
 * Everything the add-in asks of Excel, behind one interface. React components receive an
 * `ExcelGateway` as a prop and never call `Excel.run` themselves; `createOfficeGateway()` in
 * ./officeGateway.ts is the real implementation, tests pass the same one over an in-memory fake.
 */
import type { AnalysisResult, CellEdit, Finding, Lang, WorkbookGrid } from '../core';
import type { FixOutcome, UndoOutcome } from './fixes';

export type CheckScope = 'sheet' | 'workbook' | 'selection';

export interface Progress {
  /** Work done and total, in the same unit (e.g. sheets or chunks). */
  done: number;
  total: number;
  /** Short Danish/English-neutral key for what is happening, e.g. "read", "mark". */
  phase: string;
}

export interface ReadOutcome {
  workbook: WorkbookGrid;
  /** Name of the active sheet at the time of reading. */
  activeSheet: string;
}

/** What the add-in saves with the workbook (Office.context.document.settings). */
export interface SavedSettings {
  templateId: string;
  /** A user-loaded template, as its JSON text, when templateId names it. */
  customTemplateJson?: string;
  /** Edited price-index percentages: key "Service:2026-2027" → percent text "2.8". */
  indexOverrides?: Record<string, string>;
}

export interface ExcelGateway {
  /** Reads the scope into grids in a fixed, small number of context.sync() round trips. */
  readWorkbook(scope: CheckScope, onProgress?: (p: Progress) => void): Promise<ReadOutcome>;
  /** Fills the findings' cells by severity, saving each cell's original fill first. Returns cells marked. */
  markFindings(findings: Finding[], onProgress?: (p: Progress) => void): Promise<number>;
  /** Restores every fill saved by markFindings exactly (including "no fill"). Returns cells restored. */
  clearMarks(): Promise<number>;
  /** Cells whose fill markFindings saved and clearMarks would restore (also after a reopen). */
  recordedMarks?(): Promise<number>;
  /** Adds a report sheet listing the findings with links to their cells; returns its name. */
  writeReport(result: AnalysisResult, lang: Lang): Promise<string>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes cells into a new sheet (for a converted table); values are written as values or formulas as given. Returns the sheet's name. */
  writeNewSheet(baseName: string, cells: NewSheetCell[]): Promise<string>;
  /**
   * Writes a fix's cell edits as one step of Budgettjek's own undo, recording what each cell held
   * first; cells changed since the check are left alone and named. Refuses a protected sheet.
   */
  applyFixes(edits: CellEdit[]): Promise<FixOutcome>;
  /** Restores the cells of the last fix step, or of every step, where they still hold the fix. */
  undoFixes(which: 'last' | 'all'): Promise<UndoOutcome>;
  /** How many fix steps the workbook has recorded (also after a reopen). */
  recordedFixSteps(): Promise<number>;
  loadSettings(): Promise<SavedSettings | null>;
  saveSettings(settings: SavedSettings): Promise<void>;
  /** Office's display language, reduced to the languages we have. */
  displayLanguage(): Lang;
}

export interface NewSheetCell {
  address: string;
  /** A literal value (text is written as text, never interpreted as a formula). */
  value?: string | number | null;
  /** A formula, without "=" — only for formulas the source table already had. */
  formula?: string;
  numFmt?: string;
}
