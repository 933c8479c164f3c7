/**
 * Writes fixes to a copy of the workbook: each edited cell gets exactly its `after` content (a
 * number, a text, or a formula with the result Excel will show); every other cell stays as it was.
 * Excel is asked to recalculate on open, so formulas elsewhere that refer to fixed cells are fresh.
 */
import type ExcelJS from 'exceljs';
import type { CellEdit } from '../../core/fixes/model';
import { assertNotInput, loadWorkbook, saveAtomically } from './workbookFile';

export interface FixWriteSummary {
  cells: number;
  /** Edits that could not be written (sheet missing): "Sheet!C8". */
  skipped: string[];
}

function excelValue(after: CellEdit['after']): ExcelJS.CellValue {
  if (after.formula !== undefined) {
    const result = after.value === null || typeof after.value === 'object' ? undefined : after.value;
    return { formula: after.formula, result } as ExcelJS.CellValue;
  }
  return after.value as ExcelJS.CellValue;
}

export function applyFixEdits(wb: ExcelJS.Workbook, edits: CellEdit[]): FixWriteSummary {
  const summary: FixWriteSummary = { cells: 0, skipped: [] };
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) {
      summary.skipped.push(`${e.sheet}!${e.address}`);
      continue;
    }
    const cell = ws.getCell(e.address);
    // A shared formula's master carries its dependants: replacing it would leave them pointing at
    // nothing, so such a cell is left for the person.
    const current = cell.value as { sharedFormula?: string; shareType?: string } | null;
    if (current && typeof current === 'object' && ('sharedFormula' in current || current.shareType === 'shared')) {
      summary.skipped.push(`${e.sheet}!${e.address}`);
      continue;
    }
    cell.value = excelValue(e.after);
    cell.numFmt = e.after.numFmt ?? 'General';
    summary.cells++;
  }
  if (summary.cells) wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  return summary;
}

/** Writes a fixed copy of `inputPath` to `outputPath` (never the input itself). */
export async function writeFixedCopy(inputPath: string, outputPath: string, edits: CellEdit[]): Promise<FixWriteSummary> {
  await assertNotInput(inputPath, outputPath);
  const wb = await loadWorkbook(inputPath);
  const summary = applyFixEdits(wb, edits);
  await saveAtomically(wb, outputPath);
  return summary;
}
