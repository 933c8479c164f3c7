/**
 * Writes a price-level conversion to a copy of the workbook: converted amounts as numbers, total
 * formulas kept as formulas with the converted amount as cached result, the label text rewritten.
 * Every other cell is left as it was. Excel is asked to recalculate on open, so formulas elsewhere
 * that refer to converted cells show fresh results.
 */
import type ExcelJS from 'exceljs';
import { storedValue, type ConversionOk } from '../../core/priceLevel/convert';
import { assertNotInput, loadWorkbook, saveAtomically, withInputBlame } from './workbookFile';

export interface ConvertWriteSummary {
  cells: number;
  labels: number;
  /** Cells that could not be written (sheet missing, label cell holding a formula): "Sheet!C8". */
  skipped: string[];
  /** Tables that had no label and whose first header cell is taken: no label was added. */
  labelsNotAdded?: string[];
}

type FormulaLike = { formula?: string; sharedFormula?: string; result?: unknown };

function isFormulaValue(v: ExcelJS.CellValue): v is ExcelJS.CellValue & FormulaLike {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

export function applyConversions(wb: ExcelJS.Workbook, conversions: ConversionOk[]): ConvertWriteSummary {
  const summary: ConvertWriteSummary = { cells: 0, labels: 0, skipped: [] };
  for (const conv of conversions) {
    const ws = wb.getWorksheet(conv.sheet);
    if (!ws) {
      summary.skipped.push(...conv.cells.map((c) => `${conv.sheet}!${c.address}`));
      continue;
    }
    for (const c of conv.cells) {
      const cell = ws.getCell(c.address);
      const amount = storedValue(c); // whole shown units (× the format's scale): exact as a double
      const current = cell.value;
      if (c.formula !== undefined && isFormulaValue(current)) {
        // Keep the formula (and any shared-formula bookkeeping); only its cached result changes.
        cell.value = { ...(current as object), result: amount } as ExcelJS.CellValue;
      } else if (c.formula !== undefined) {
        cell.value = { formula: c.formula, result: amount } as ExcelJS.CellValue;
      } else {
        cell.value = amount;
      }
      summary.cells++;
    }
    if (conv.label) {
      const lws = wb.getWorksheet(conv.label.sheet);
      if (lws) {
        const cell = lws.getCell(conv.label.address);
        const empty = cell.value === null || cell.value === undefined || cell.value === '';
        if (conv.label.created && !empty) (summary.labelsNotAdded ??= []).push(`${conv.label.sheet}!${conv.label.address}`);
        else if (!isFormulaValue(cell.value)) {
          cell.value = conv.label.text;
          summary.labels++;
        } else summary.skipped.push(`${conv.label.sheet}!${conv.label.address}`);
      }
    }
  }
  if (summary.cells) wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  return summary;
}

/** Writes a converted copy of `inputPath` to `outputPath` (never the input itself). */
export async function writeConvertedCopy(inputPath: string, outputPath: string, conversions: ConversionOk[]): Promise<ConvertWriteSummary> {
  await assertNotInput(inputPath, outputPath);
  const wb = await loadWorkbook(inputPath);
  const summary = withInputBlame(inputPath, () => applyConversions(wb, conversions));
  await saveAtomically(wb, outputPath);
  return summary;
}
