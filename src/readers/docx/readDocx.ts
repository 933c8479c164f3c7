/**
 * The .docx/.docm reader: the same sniffing, zip layer and limits as the .xlsx reader (yauzl,
 * inflation counted byte by byte, saxes streaming), and every table of the main document handed
 * over as a grid named "Tabel N". Never writes to the input; every failure is an `InputError`.
 *
 * Macro-enabled documents (.docm) are read like .docx: only the document's XML is read, the macro
 * project (word/vbaProject.bin) is never opened, let alone run.
 */
import * as fs from 'fs';
import type { SheetGrid, WorkbookGrid } from '../../core/model';
import { InputError } from '../inputError';
import { resolveLimits, type ReadLimits } from '../xlsx/limits';
import type { ReadOptions, SheetVisitor } from '../xlsx/readXlsx';
import { OLE_NAME_OVERLAP, OleScanner, SNIFF_BYTES, classifyOleBuffer, sniffHead } from '../xlsx/sniff';
import { readRelationships } from '../xlsx/workbookPart';
import { parsePart } from '../xlsx/xml';
import { XlsxZip, type ZipInput } from '../xlsx/zip';
import { readDocumentTables } from './documentPart';
import { ParagraphStyles, readParagraphStyles } from './styles';

/** The detail of the refusal of a workbook handed to the Word reader (the dispatcher reroutes it). */
export const EXCEL_WORKBOOK_DETAIL = 'an Excel workbook';

function fsCall<T>(fn: (cb: (err: NodeJS.ErrnoException | null, v: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
}

function openError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('missing', path);
  if (code === 'EISDIR') return new InputError('unsupported', path, 'a folder, not a file');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('missing', path, `cannot be opened: permission denied (${code})`);
  return new InputError('corrupt', path, `cannot be read: ${err instanceof Error ? err.message : String(err)}`);
}

/** An OLE container where a .docx was expected: an encrypted document, an old .doc, or an .xls. */
function oleError(path: string, verdict: ReturnType<OleScanner['verdict']>): InputError {
  if (verdict.code === 'encrypted') return new InputError('encrypted-document', path);
  if (verdict.code === 'unsupported') return new InputError('doc', path);
  return new InputError(verdict.code, path, verdict.detail);
}

function asInputError(err: unknown, file: string): InputError {
  if (err instanceof InputError) return err;
  return new InputError('corrupt', file, err instanceof Error ? err.message : String(err));
}

/** Reads a .docx file (opened read-only), handing each table to `visit` in document order. */
export async function visitDocxFile(path: string, visit: SheetVisitor, options?: ReadOptions): Promise<void> {
  const limits = resolveLimits(options);
  let fd: number;
  try {
    fd = await fsCall<number>((cb) => fs.open(path, 'r', cb));
  } catch (err) {
    throw openError(path, err);
  }
  let owned = true;
  try {
    const stat = await fsCall<fs.Stats>((cb) => fs.fstat(fd, cb));
    if (stat.isDirectory()) throw new InputError('unsupported', path, 'a folder, not a file');
    if (!stat.isFile()) throw new InputError('unsupported', path, 'not a regular file');
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
    const got = head.length ? await fsCall<number>((cb) => fs.read(fd, head, 0, head.length, 0, cb)) : 0;
    const sniff = sniffHead(head.subarray(0, got));
    if (sniff.kind === 'reject') throw new InputError(sniff.code, path, sniff.detail);
    if (sniff.kind === 'ole') throw oleError(path, await scanOleFile(fd, stat.size));
    if (stat.size <= limits.inMemoryFileBytes) {
      const buf = Buffer.allocUnsafe(stat.size);
      let pos = 0;
      while (pos < stat.size) {
        const n = await fsCall<number>((cb) => fs.read(fd, buf, pos, stat.size - pos, pos, cb));
        if (n === 0) break;
        pos += n;
      }
      return await readPackage({ buffer: buf.subarray(0, pos) }, path, limits, visit);
    }
    owned = false; // XlsxZip.open takes over the descriptor
    return await readPackage({ fd }, path, limits, visit);
  } catch (err) {
    throw asInputError(err, path);
  } finally {
    if (owned) fs.close(fd, () => undefined);
  }
}

/** Reads a .docx held in memory; `name` is used in messages. The buffer is not modified. */
export async function readDocxBuffer(buf: Buffer, name: string, options?: ReadOptions): Promise<WorkbookGrid> {
  const limits = resolveLimits(options);
  const sheets: SheetGrid[] = [];
  try {
    const sniff = sniffHead(buf.subarray(0, SNIFF_BYTES));
    if (sniff.kind === 'reject') throw new InputError(sniff.code, name, sniff.detail);
    if (sniff.kind === 'ole') throw oleError(name, classifyOleBuffer(buf));
    await readPackage({ buffer: buf }, name, limits, (sheet) => sheets.push(sheet));
  } catch (err) {
    throw asInputError(err, name);
  }
  return { sheets };
}

async function scanOleFile(fd: number, size: number): Promise<ReturnType<OleScanner['verdict']>> {
  const scanner = new OleScanner();
  const chunk = Buffer.alloc(1024 * 1024);
  let pos = 0;
  while (pos < size && !scanner.done) {
    const got = await fsCall<number>((cb) => fs.read(fd, chunk, 0, chunk.length, pos, cb));
    if (got <= 0) break;
    scanner.feed(chunk.subarray(0, got));
    if (pos + got >= size) break;
    pos += got - OLE_NAME_OVERLAP;
  }
  return scanner.verdict();
}

async function readPackage(input: ZipInput, file: string, limits: ReadLimits, visit: SheetVisitor): Promise<void> {
  const zip = await XlsxZip.open(input, file, limits);
  try {
    await readDocument(zip, limits, visit);
  } finally {
    zip.close();
  }
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

async function readDocument(zip: XlsxZip, limits: ReadLimits, visit: SheetVisitor): Promise<void> {
  const part = await findDocumentPart(zip);
  const packageRels = await readRelationships(zip, '');
  const corePart = packageRels.find((r) => r.type === 'core-properties' && r.target !== null)?.target ?? 'docProps/core.xml';
  const rels = await readRelationships(zip, part);
  const stylesPart = rels.find((r) => r.type === 'styles' && r.target !== null)?.target ?? null;
  zip.checkDeclared([part, ...(stylesPart ? [stylesPart] : []), ...(zip.has(corePart) ? [corePart] : [])]);
  const styles = stylesPart && zip.has(stylesPart) ? await readParagraphStyles(zip, stylesPart) : ParagraphStyles.none;
  const documentTitle = zip.has(corePart) ? await readDocumentTitle(zip, corePart) : null;
  await readDocumentTables(
    { zip, styles, documentTitle, budget: { remaining: limits.maxCells, limit: limits.maxCells } },
    part,
    visit,
  );
}
