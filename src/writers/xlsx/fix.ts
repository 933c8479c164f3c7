/**
 * Writes fixes to a copy of the workbook: each edited cell gets exactly its `after` content (a
 * number, a text, or a formula with the result Excel will show); every other cell stays as it was.
 * Excel is asked to recalculate on open, so formulas elsewhere that refer to fixed cells are fresh.
 */
import type { CellEdit } from '../../core';
import type { CellChange } from './sheetRewrite';
import { type CopyPlan, type WorkbookPackage, type WorkbookSource, sourceFile, writeWorkbookCopy } from './workbookCopy';
import { assertNotInput } from './workbookFile';

export interface FixWriteSummary {
  cells: number;
  /** Edits that could not be written (sheet missing): "Sheet!C8". */
  skipped: string[];
}

function content(after: CellEdit['after']): CellChange['content'] {
  if (after.formula !== undefined) {
    const result = after.value === null || typeof after.value === 'object' ? undefined : after.value;
    return { kind: 'formula', formula: after.formula, result };
  }
  if (typeof after.value === 'number') return { kind: 'number', value: after.value };
  if (typeof after.value === 'string') return { kind: 'text', value: after.value };
  if (typeof after.value === 'boolean') return { kind: 'boolean', value: after.value };
  if (after.value === null) return { kind: 'clear' };
  throw new Error(`a fix cannot write ${JSON.stringify(after.value)}`);
}

/** Plans the fixes; the summary's counts are final once the copy is written. */
export function planFixEdits(pkg: WorkbookPackage, edits: CellEdit[]): { plan: CopyPlan; summary: FixWriteSummary } {
  const summary: FixWriteSummary = { cells: 0, skipped: [] };
  const plan: CopyPlan = { cells: new Map() };
  for (const e of edits) {
    const ws = pkg.worksheet(e.sheet);
    if (!ws) {
      summary.skipped.push(`${e.sheet}!${e.address}`);
      continue;
    }
    if (!plan.cells.has(ws.name)) plan.cells.set(ws.name, new Map());
    const change = content(e.after);
    const numFmt = e.after.numFmt ?? 'General';
    plan.cells.get(ws.name)!.set(e.address, (current) => {
      // A shared formula's master carries its dependants: replacing it would leave them pointing at
      // nothing, so such a cell is left for the person.
      if (current?.formula?.shared) {
        summary.skipped.push(`${e.sheet}!${e.address}`);
        return null;
      }
      summary.cells++;
      return { content: change, style: (s) => pkg.styles.withNumFmt(s, numFmt) };
    });
  }
  plan.fullCalcOnLoad = edits.some((e) => pkg.worksheet(e.sheet) !== undefined);
  return { plan, summary };
}

/** Writes a fixed copy of the input (a path, or the package already opened) to `outputPath` (never the input itself). */
export async function writeFixedCopy(input: WorkbookSource, outputPath: string, edits: CellEdit[], options: { force?: boolean } = {}): Promise<FixWriteSummary> {
  await assertNotInput(sourceFile(input), outputPath);
  return writeWorkbookCopy(input, outputPath, (pkg) => planFixEdits(pkg, edits), options);
}
