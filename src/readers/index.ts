/**
 * One entry for every file `check` reads: Excel workbooks (.xlsx, .xlsm) and Word documents
 * (.docx, .docm), told apart by content — the name only picks which reader tries first, and a file
 * whose content is the other kind (a .docx renamed .xlsx) is handed to the other reader before
 * anything of it has been visited.
 */
import { EXCEL_WORKBOOK_DETAIL, visitDocxFile, type TextVisitor } from './docx/readDocx';
import { InputError } from './inputError';
import { visitXlsxFile, type ReadOptions, type SheetVisitor, type WorkbookVisitor } from './xlsx/readXlsx';

export type { ReadOptions, SheetVisitor, WorkbookVisitor } from './xlsx/readXlsx';
export type { TextVisitor } from './docx/readDocx';
// The readers' front door: what the CLI and the writers use of the readers.
export { findDocumentPart } from './docx/readDocx';
export { TableWalker, type WalkedCell } from './docx/tableWalker';
export { InputError } from './inputError';
export { asInputError, readPackageBuffer, readPackageFile, refuseOle, withPackageFile } from './packageFile';
export { declaredContent, mayBeRead } from './packageSize';
export { DEFAULT_READ_LIMITS, resolveLimits, type ReadLimits } from './xlsx/limits';
export { readXlsxFile, readXlsxZip, visitXlsxZip } from './xlsx/readXlsx';
export { findWorkbookPart, readRelationships, relsPartFor, type Relationship } from './xlsx/workbookPart';
export { localName } from './xlsx/xml';
export { partKey, XlsxZip, XmlTextDecoder, type RawEntry } from './xlsx/zip';

const WORD_NAME = /\.(docx|docm)$/i;
const FILE_NAME = /\.(xlsx|xlsm|docx|docm)$/i;

/** Whether a file name is one `check` reads: .xlsx, .xlsm, .docx or .docm, not an Office `~$` lock file. */
export function isWorkbookPath(path: string): boolean {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return FILE_NAME.test(base) && !base.startsWith('~$');
}

/** Whether the name says Word document (the annotated copy of one is a Word document too). */
export function isWordPath(path: string): boolean {
  return WORD_NAME.test(path);
}

/** The Word reader refuses a workbook with this detail; the workbook reader a document with its own code. */
function isWorkbookRefusal(err: unknown): boolean {
  return err instanceof InputError && err.code === 'unsupported' && err.detail === EXCEL_WORKBOOK_DETAIL;
}

/**
 * Reads a workbook or Word document sheet by sheet (table by table), read-only. A workbook's sheet
 * order, defined names and calculation state go to `onWorkbook` before its first sheet; a Word
 * document's body paragraphs go to `visitText` at the end.
 */
export async function visitWorkbookFile(path: string, visit: SheetVisitor, options?: ReadOptions, onWorkbook?: WorkbookVisitor, visitText?: TextVisitor): Promise<void> {
  if (isWordPath(path)) {
    try {
      await visitDocxFile(path, visit, options, visitText);
    } catch (err) {
      if (!isWorkbookRefusal(err)) throw err;
      await visitXlsxFile(path, visit, options, onWorkbook);
    }
    return;
  }
  try {
    await visitXlsxFile(path, visit, options, onWorkbook);
  } catch (err) {
    if (!(err instanceof InputError && err.code === 'word-document')) throw err;
    await visitDocxFile(path, visit, options, visitText);
  }
}
