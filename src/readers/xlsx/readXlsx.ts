/**
 * The Node .xlsx/.xlsm reader: sniffs the input, then streams the workbook's parts out of the zip
 * (yauzl) through a SAX parser (saxes) into `WorkbookGrid`. Never writes to the input; every
 * failure surfaces as an `InputError` with a code the CLI maps to exit status 2.
 */
import * as fs from 'fs';
import type { SheetGrid, WorkbookGrid } from '../../core/model';
import { InputError } from '../inputError';
import { resolveLimits, type ReadLimits } from './limits';
import { readSharedStrings } from './sharedStrings';
import { readSheetPart, type SheetContext } from './sheetPart';
import { OLE_NAME_OVERLAP, OleScanner, SNIFF_BYTES, classifyOleBuffer, sniffHead } from './sniff';
import { EMPTY_STYLES, readStyles } from './styles';
import { findWorkbookPart, readRelationships, readWorkbookInfo, relsPartFor } from './workbookPart';
import { XlsxZip, type ZipInput } from './zip';

export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';

export type ReadOptions = Partial<ReadLimits>;

/** Receives each sheet as soon as it is read; the reader keeps no reference to it afterwards. */
export type SheetVisitor = (sheet: SheetGrid) => void;

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null ? (err as NodeJS.ErrnoException).code : undefined;
}

function fsCall<T>(fn: (cb: (err: NodeJS.ErrnoException | null, v: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
}

function openError(path: string, err: unknown): InputError {
  const code = errnoCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('missing', path);
  if (code === 'EISDIR') return new InputError('unsupported', path, 'a folder, not a file');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('missing', path, `cannot be opened: permission denied (${code})`);
  return new InputError('corrupt', path, `cannot be read: ${err instanceof Error ? err.message : String(err)}`);
}

/** Reads an .xlsx/.xlsm file (opened read-only) into grids, all sheets at once. */
export async function readXlsxFile(path: string, options?: ReadOptions): Promise<WorkbookGrid> {
  const sheets: SheetGrid[] = [];
  await visitXlsxFile(path, (sheet) => sheets.push(sheet), options);
  return { sheets };
}

/**
 * Reads an .xlsx/.xlsm file (opened read-only) sheet by sheet, handing each to `visit` in workbook
 * order, so that a caller that keeps only what it derives from a sheet holds one grid at a time.
 */
export async function visitXlsxFile(path: string, visit: SheetVisitor, options?: ReadOptions): Promise<void> {
  const limits = resolveLimits(options);
  let fd: number;
  try {
    fd = await fsCall<number>((cb) => fs.open(path, 'r', cb));
  } catch (err) {
    throw openError(path, err);
  }
  let owned = true; // whether we still have to close fd ourselves
  try {
    const stat = await fsCall<fs.Stats>((cb) => fs.fstat(fd, cb));
    if (stat.isDirectory()) throw new InputError('unsupported', path, 'a folder, not a file');
    if (!stat.isFile()) throw new InputError('unsupported', path, 'not a regular file');
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
    const got = head.length ? await fsCall<number>((cb) => fs.read(fd, head, 0, head.length, 0, cb)) : 0;
    const sniff = sniffHead(head.subarray(0, got));
    if (sniff.kind === 'reject') throw new InputError(sniff.code, path, sniff.detail);
    if (sniff.kind === 'ole') {
      const verdict = await scanOleFile(fd, stat.size);
      throw new InputError(verdict.code, path, verdict.detail);
    }
    if (stat.size <= limits.inMemoryFileBytes) {
      // One read instead of hundreds of small ones; the compressed file is small enough to hold.
      const buf = Buffer.allocUnsafe(stat.size);
      let pos = 0;
      while (pos < stat.size) {
        const n = await fsCall<number>((cb) => fs.read(fd, buf, pos, stat.size - pos, pos, cb));
        if (n === 0) break;
        pos += n;
      }
      return await readZip({ buffer: buf.subarray(0, pos) }, path, limits, visit);
    }
    owned = false; // XlsxZip.open takes over the descriptor
    return await readZip({ fd }, path, limits, visit);
  } catch (err) {
    throw asInputError(err, path);
  } finally {
    if (owned) fs.close(fd, () => undefined);
  }
}

/** Reads an .xlsx/.xlsm held in memory; `name` is used in messages. The buffer is not modified. */
export async function readXlsxBuffer(buf: Buffer, name: string, options?: ReadOptions): Promise<WorkbookGrid> {
  const limits = resolveLimits(options);
  try {
    const sniff = sniffHead(buf.subarray(0, SNIFF_BYTES));
    if (sniff.kind === 'reject') throw new InputError(sniff.code, name, sniff.detail);
    if (sniff.kind === 'ole') {
      const verdict = classifyOleBuffer(buf);
      throw new InputError(verdict.code, name, verdict.detail);
    }
    const sheets: SheetGrid[] = [];
    await readZip({ buffer: buf }, name, limits, (sheet) => sheets.push(sheet));
    return { sheets };
  } catch (err) {
    throw asInputError(err, name);
  }
}

function asInputError(err: unknown, file: string): InputError {
  if (err instanceof InputError) return err;
  return new InputError('corrupt', file, err instanceof Error ? err.message : String(err));
}

/** Scans an OLE container for the stream names that tell encrypted OOXML from .xls. */
async function scanOleFile(fd: number, size: number): Promise<ReturnType<OleScanner['verdict']>> {
  const scanner = new OleScanner();
  const chunk = Buffer.alloc(1024 * 1024);
  let pos = 0;
  while (pos < size && !scanner.done) {
    const got = await fsCall<number>((cb) => fs.read(fd, chunk, 0, chunk.length, pos, cb));
    if (got <= 0) break;
    scanner.feed(chunk.subarray(0, got));
    if (pos + got >= size) break;
    pos += got - OLE_NAME_OVERLAP; // overlap so no name is split between chunks
  }
  return scanner.verdict();
}

async function readZip(input: ZipInput, file: string, limits: ReadLimits, visit: SheetVisitor): Promise<void> {
  const zip = await XlsxZip.open(input, file, limits);
  try {
    await readWorkbook(zip, limits, visit);
  } finally {
    zip.close();
  }
}

function notAWorkbook(zip: XlsxZip, mainTarget: string | null): InputError {
  const names = zip.names();
  const target = mainTarget?.toLowerCase() ?? '';
  if (target.startsWith('word/') || zip.has('word/document.xml')) {
    return new InputError('word-document', zip.file);
  }
  if (target.startsWith('ppt/') || zip.has('ppt/presentation.xml')) {
    return new InputError('unsupported', zip.file, 'a PowerPoint presentation');
  }
  if (target.endsWith('.bin') || zip.has('xl/workbook.bin')) {
    return new InputError('unsupported', zip.file, 'a binary workbook (.xlsb); save it as .xlsx');
  }
  if (zip.has('content.xml') && zip.has('mimetype')) {
    return new InputError('unsupported', zip.file, 'an OpenDocument file; save it as .xlsx');
  }
  if (!names.some((n) => n.startsWith('xl/'))) {
    return new InputError('unsupported', zip.file, 'a zip archive that holds no workbook');
  }
  return new InputError('corrupt', zip.file, 'the archive has no xl/workbook.xml');
}

async function readWorkbook(zip: XlsxZip, limits: ReadLimits, visit: SheetVisitor): Promise<void> {
  const located = await findWorkbookPart(zip);
  if (located.part === null) throw notAWorkbook(zip, located.mainTarget);
  const wbPart = located.part;
  const rels = await readRelationships(zip, wbPart);
  const info = await readWorkbookInfo(zip, wbPart);
  const relById = new Map(rels.map((r) => [r.id, r]));

  const sheetParts: { entry: (typeof info.sheets)[number]; part: string }[] = [];
  for (const entry of info.sheets) {
    const rel = entry.relId === null ? undefined : relById.get(entry.relId);
    if (!rel || rel.target === null) {
      throw new InputError('corrupt', zip.file, `sheet "${entry.name}" has no part in ${relsPartFor(wbPart)}`);
    }
    // Chart sheets, dialog sheets and Excel 4 macro sheets hold no table cells.
    if (rel.type !== 'worksheet') continue;
    if (!zip.has(rel.target)) {
      throw new InputError('corrupt', zip.file, `the part ${rel.target} of sheet "${entry.name}" is missing`);
    }
    sheetParts.push({ entry, part: rel.target });
  }
  const sstPart =
    rels.find((r) => r.type === 'sharedStrings' && r.target !== null)?.target ??
    (zip.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : null);
  const stylesPart =
    rels.find((r) => r.type === 'styles' && r.target !== null)?.target ?? (zip.has('xl/styles.xml') ? 'xl/styles.xml' : null);

  zip.checkDeclared([
    ...(sstPart ? [sstPart] : []),
    ...(stylesPart ? [stylesPart] : []),
    ...sheetParts.map((s) => s.part),
  ]);

  const [sharedStrings, styles] = await Promise.all([
    sstPart ? readSharedStrings(zip, sstPart) : Promise.resolve<string[]>([]),
    stylesPart ? readStyles(zip, stylesPart) : Promise.resolve(EMPTY_STYLES),
  ]);

  const ctx: SheetContext = {
    zip,
    sharedStrings,
    styles,
    date1904: info.date1904,
    budget: { remaining: limits.maxCells, limit: limits.maxCells },
    formulaChars: { remaining: limits.maxFormulaChars, limit: limits.maxFormulaChars },
  };
  for (const { entry, part } of sheetParts) {
    const content = await readSheetPart(ctx, part);
    visit({ name: entry.name, state: entry.state, ...content });
  }
}
