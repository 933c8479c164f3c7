/**
 * Which reader reads a file: one entry point for everything the command line reads, chosen by the
 * file's extension (the reader itself still sniffs the content and refuses what it cannot read).
 */
import { visitXlsxFile, type ReadOptions, type SheetVisitor } from './xlsx/readXlsx';

export type { ReadOptions, SheetVisitor } from './xlsx/readXlsx';

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Whether a folder search picks this file up as a workbook (.xlsx/.xlsm). */
export function isWorkbookPath(path: string): boolean {
  return WORKBOOK.test(path);
}

/** Reads a workbook file sheet by sheet, handing each sheet to `visit` in workbook order. */
export function visitWorkbookFile(path: string, visit: SheetVisitor, options?: ReadOptions): Promise<void> {
  return visitXlsxFile(path, visit, options);
}
