/**
 * The .docx/.docm reader: the same sniffing, zip layer and limits as the .xlsx reader (yauzl,
 * inflation counted byte by byte, saxes streaming), and every table of the main document handed
 * over as a grid named "Tabel N". Never writes to the input; every failure is an `InputError`.
 *
 * Macro-enabled documents (.docm) are read like .docx: only the document's XML is read, the macro
 * project (word/vbaProject.bin) is never opened, let alone run.
 */
import type { DocumentParagraph, SheetGrid, WorkbookGrid } from '../../core';
import { InputError } from '../inputError';
import { resolveLimits, type ReadLimits } from '../xlsx/limits';
import type { ReadOptions, SheetVisitor } from '../xlsx/readXlsx';
import { readPackageBuffer, readPackageFile, type OleVerdict } from '../packageFile';
import { readRelationships } from '../xlsx/workbookPart';
import { parsePart } from '../xlsx/xml';
import type { XlsxZip } from '../xlsx/zip';
import { readDocumentTables } from './documentPart';
import { ParagraphStyles, readParagraphStyles } from './styles';

/** The detail of the refusal of a workbook handed to the Word reader (the dispatcher reroutes it). */
export const EXCEL_WORKBOOK_DETAIL = 'an Excel workbook';



/** An OLE container where a .docx was expected: an encrypted document, an old .doc, or an .xls. */
function oleError(path: string, verdict: OleVerdict): InputError {
  if (verdict.code === 'encrypted') return new InputError('encrypted-document', path);
  if (verdict.code === 'unsupported') return new InputError('doc', path);
  return new InputError(verdict.code, path, verdict.detail);
}


/** Receives a document's body paragraphs once the document is read (see `DocumentParagraph`). */
/**
 * A zip entry of the document stored encrypted is a password-protected document: the zip layer
 * words it as a workbook's password, so a Word reader says "dokument" and "Word".
 */
async function asDocument(read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (err) {
    if (err instanceof InputError && err.code === 'encrypted') throw new InputError('encrypted-document', err.file, err.detail);
    throw err;
  }
}

export type TextVisitor = (paragraphs: DocumentParagraph[]) => void;

/**
 * Reads a .docx file (opened read-only), handing each table to `visit` in document order and, when
 * `visitText` is given, the body paragraphs at the end.
 */
export async function visitDocxFile(path: string, visit: SheetVisitor, options?: ReadOptions, visitText?: TextVisitor): Promise<void> {
  const limits = resolveLimits(options);
  await readPackageFile(path, limits, oleError, (zip) => asDocument(() => readDocument(zip, limits, visit, visitText)));
}

/** Reads a .docx held in memory; `name` is used in messages. The buffer is not modified. */
export async function readDocxBuffer(buf: Buffer, name: string, options?: ReadOptions): Promise<WorkbookGrid> {
  const limits = resolveLimits(options);
  const sheets: SheetGrid[] = [];
  let paragraphs: DocumentParagraph[] = [];
  await readPackageBuffer(buf, name, limits, oleError, (zip) =>
    asDocument(() => readDocument(zip, limits, (sheet) => sheets.push(sheet), (p) => (paragraphs = p))),
  );
  return paragraphs.length ? { sheets, paragraphs } : { sheets };
}



/** The main document part named by the package relationships, or the conventional word/document.xml. */
export async function findDocumentPart(zip: XlsxZip): Promise<string> {
  const rels = await readRelationships(zip, '');
  const main = rels.find((r) => r.type === 'officeDocument' && r.target !== null)?.target ?? null;
  const lower = main?.toLowerCase() ?? '';
  if (main !== null && lower.startsWith('word/') && zip.has(main)) return main;
  if (zip.has('word/document.xml') && (main === null || !lower.startsWith('xl/'))) return 'word/document.xml';
  if (lower.startsWith('xl/') || zip.has('xl/workbook.xml')) throw new InputError('unsupported', zip.file, EXCEL_WORKBOOK_DETAIL);
  if (lower.startsWith('ppt/') || zip.has('ppt/presentation.xml')) throw new InputError('unsupported', zip.file, 'a PowerPoint presentation');
  if (zip.has('content.xml') && zip.has('mimetype')) throw new InputError('unsupported', zip.file, 'an OpenDocument file; save it as .docx');
  if (!zip.names().some((n) => n.startsWith('word/'))) throw new InputError('unsupported', zip.file, 'a zip archive that holds no Word document');
  throw new InputError('corrupt', zip.file, 'the archive has no word/document.xml');
}

/** docProps/core.xml's dc:title, trimmed; null when absent or empty. */
async function readDocumentTitle(zip: XlsxZip, part: string): Promise<string | null> {
  let title = '';
  let inTitle = false;
  await parsePart(zip, part, {
    open(name) {
      inTitle = name === 'title';
    },
    text(t) {
      if (inTitle && title.length < 1000) title += t;
    },
    close() {
      inTitle = false;
    },
  });
  const t = title.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

async function readDocument(zip: XlsxZip, limits: ReadLimits, visit: SheetVisitor, visitText?: TextVisitor): Promise<void> {
  const part = await findDocumentPart(zip);
  const packageRels = await readRelationships(zip, '');
  const corePart = packageRels.find((r) => r.type === 'core-properties' && r.target !== null)?.target ?? 'docProps/core.xml';
  const rels = await readRelationships(zip, part);
  const stylesPart = rels.find((r) => r.type === 'styles' && r.target !== null)?.target ?? null;
  zip.checkDeclared([part, ...(stylesPart ? [stylesPart] : []), ...(zip.has(corePart) ? [corePart] : [])]);
  const styles = stylesPart && zip.has(stylesPart) ? await readParagraphStyles(zip, stylesPart) : ParagraphStyles.none;
  const documentTitle = zip.has(corePart) ? await readDocumentTitle(zip, corePart) : null;
  const paragraphs: DocumentParagraph[] = [];
  await readDocumentTables(
    {
      zip,
      styles,
      documentTitle,
      budget: { remaining: limits.maxCells, limit: limits.maxCells },
      relationships: new Map(rels.map((r) => [r.id, r.target])),
    },
    part,
    visit,
    visitText ? (p) => paragraphs.push(p) : undefined,
  );
  if (visitText) visitText(paragraphs);
}
