/**
 * A fix: what Budgettjek would write to put a finding right, as cell edits with the cell's content
 * before and after. The core proposes fixes; the file writer (`budgettjek fix`) and the Office layer
 * ("Ret" in the task pane) apply the same edits, and undo restores `before` exactly.
 */
import type { CellValue, LocalizedText, RuleCode } from '../model';

/** What a cell holds, as far as a fix changes it. `formula` is without the leading "=". */
export interface CellContent {
  value: CellValue;
  formula?: string;
  /** The number format code; undefined = General (no format). */
  numFmt?: string;
}

export interface CellEdit {
  sheet: string;
  /** A1 address, e.g. "C8". */
  address: string;
  before: CellContent;
  after: CellContent;
}

/**
 * certain: the finding says exactly what is right (a number typed as text, a misspelt
 * styringsområde with one nearest name); choice: right only if the person agrees (replacing a
 * stated total by the sum of its rows) — offered, never applied by "Ret alle" or by default.
 */
export type FixMode = 'certain' | 'choice';

export interface ProposedFix {
  rule: RuleCode;
  sheet: string;
  /** The finding's cell. */
  cell: string;
  /** The finding's table id. */
  table?: string;
  mode: FixMode;
  /** What the fix does, for a button's tooltip or the CLI's change list. */
  description: LocalizedText;
  edits: CellEdit[];
}
