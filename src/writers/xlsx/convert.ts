/**
 * Writes a price-level conversion to a copy of the workbook: converted amounts as numbers, total
 * formulas kept as formulas with the converted amount as cached result, the label text rewritten.
 * Every other cell is left as it was. Excel is asked to recalculate on open, so formulas elsewhere
 * that refer to converted cells show fresh results.
 */
import { storedValue, type ConversionOk } from '../../core';
import type { CellEdit } from './sheetRewrite';
import { type CopyPlan, type WorkbookPackage, type WorkbookSource, sourceFile, writeWorkbookCopy } from './workbookCopy';
import { assertNotInput } from './workbookFile';

export interface ConvertWriteSummary {
  cells: number;
  labels: number;
  /** Cells that could not be written (sheet missing, label cell holding a formula): "Sheet!C8". */
  skipped: string[];
  /** Tables that had no label and whose first header cell is taken: no label was added. */
  labelsNotAdded?: string[];
}

function addEdit(plan: CopyPlan, sheet: string, address: string, edit: CellEdit): void {
  if (!plan.cells.has(sheet)) plan.cells.set(sheet, new Map());
  plan.cells.get(sheet)!.set(address, edit);
}

/**
 * Plans the conversion. The summary's counts are filled in while the sheets are rewritten (a
 * label cell's content decides whether it is written), so they are final once the copy is.
 */
export function planConversions(pkg: WorkbookPackage, conversions: ConversionOk[]): { plan: CopyPlan; summary: ConvertWriteSummary } {
  const summary: ConvertWriteSummary = { cells: 0, labels: 0, skipped: [] };
  const plan: CopyPlan = { cells: new Map() };
  for (const conv of conversions) {
    const ws = pkg.worksheet(conv.sheet);
    if (!ws) {
      summary.skipped.push(...conv.cells.map((c) => `${conv.sheet}!${c.address}`));
      continue;
    }
    for (const c of conv.cells) {
      const amount = storedValue(c); // whole shown units (× the format's scale): exact as a double
      addEdit(plan, ws.name, c.address, (current) => {
        summary.cells++;
        // Keep the formula (and any shared-formula bookkeeping); only its cached result changes.
        if (c.formula !== undefined && current?.formula) return { content: { kind: 'result', value: amount } };
        if (c.formula !== undefined) return { content: { kind: 'formula', formula: c.formula, result: amount } };
        return { content: { kind: 'number', value: amount } };
      });
    }
    const label = conv.label;
    if (label) {
      const lws = pkg.worksheet(label.sheet);
      if (lws) {
        addEdit(plan, lws.name, label.address, (current) => {
          const empty = !current || !current.hasContent;
          if (label.created && !empty) {
            (summary.labelsNotAdded ??= []).push(`${label.sheet}!${label.address}`);
            return null;
          }
          if (current?.formula) {
            summary.skipped.push(`${label.sheet}!${label.address}`);
            return null;
          }
          summary.labels++;
          return { content: { kind: 'text', value: label.text } };
        });
      }
    }
  }
  plan.fullCalcOnLoad = conversions.some((c) => c.cells.length > 0 && pkg.worksheet(c.sheet) !== undefined);
  return { plan, summary };
}

/** Writes a converted copy of the input (a path, or the package already opened) to `outputPath` (never the input itself). */
export async function writeConvertedCopy(input: WorkbookSource, outputPath: string, conversions: ConversionOk[], options: { force?: boolean } = {}): Promise<ConvertWriteSummary> {
  await assertNotInput(sourceFile(input), outputPath);
  return writeWorkbookCopy(input, outputPath, (pkg) => planConversions(pkg, conversions), options);
}
