/**
 * One file of a check on its own: read it sheet by sheet and run every rule that needs no other
 * file. Runs in the main thread or in a worker thread (see checkWorker.ts); never throws: a file that
 * cannot be read comes back as an error the report keeps.
 */
import { reconcileCase, WorkbookAnalysis, type Lang, type Template, type WorkbookAlone } from '../core';
import { InputError, visitWorkbookFile, type ReadOptions, type SheetVisitor, type WorkbookVisitor } from '../readers';

/** Why a file could not be read, in both languages (the reason only; the report names the file). */
export interface FileError {
  /** An `InputErrorCode` ("corrupt", "too-large", …), or "unreadable" for anything else. */
  code: string;
  message: Record<Lang, string>;
}

export type FileOutcome = { path: string; alone: WorkbookAlone; error?: undefined } | { path: string; error: FileError; alone?: undefined };

export function fileError(e: unknown): FileError {
  if (e instanceof InputError) {
    const reason = (lang: Lang) => e.messageFor(lang).slice(`${e.file}: `.length);
    return { code: e.code, message: { da: reason('da'), en: reason('en') } };
  }
  const why = e instanceof Error ? e.message : String(e);
  return { code: 'unreadable', message: { da: `kunne ikke læses (${why})`, en: `could not be read (${why})` } };
}

/** Reads a workbook already opened: its sheets, then what its workbook part says. */
export type OpenedReader = (visit: SheetVisitor, onWorkbook: WorkbookVisitor) => Promise<void>;

/**
 * Checks one file alone. It is read by path, or through `opened`, a reader of the package the
 * caller already opened and checked (check --annotate copies the same opened package afterwards).
 */
export async function checkFileAlone(path: string, template: Template, options?: ReadOptions, opened?: OpenedReader): Promise<FileOutcome> {
  try {
    const analysis = new WorkbookAnalysis(template);
    if (opened) await opened((sheet) => analysis.addSheet(sheet), (facts) => analysis.setWorkbook(facts));
    else {
      await visitWorkbookFile(
        path,
        (sheet) => analysis.addSheet(sheet),
        options,
        (facts) => analysis.setWorkbook(facts),
        (paragraphs) => analysis.addParagraphs(paragraphs),
      );
    }
    const alone = analysis.finishAlone();
    // Reconciled as a case of its own here (in the worker): the main thread reuses it whenever the
    // other files of the case do not concern this one (see reconcileCase).
    alone.reconciledAlone = reconcileCase([{ ...alone, name: path }], template)[0];
    return { path, alone };
  } catch (e) {
    return { path, error: fileError(e) };
  }
}
