/**
 * Opening an Office package (an .xlsx or a .docx) for a reader: read-only; a folder, a device or
 * anything but a regular file refused; the first bytes sniffed (a CSV, an .xls or .doc, an
 * encrypted file are told apart before any zip parsing); a small file read in one go, a large one
 * left to the zip layer to read by offset. Every failure is an `InputError` naming the file.
 */
import * as fs from 'fs';
import { InputError } from './inputError';
import type { ReadLimits } from './xlsx/limits';
import { OLE_NAME_OVERLAP, OleScanner, SNIFF_BYTES, classifyOleBuffer, sniffHead } from './xlsx/sniff';
import { XlsxZip, type ZipInput } from './xlsx/zip';

/** What the stream names of an OLE container say it is (encrypted OOXML, .xls, .doc …). */
export type OleVerdict = ReturnType<OleScanner['verdict']>;

/** How a reader names an OLE container where its package was expected. */
export type OleRefusal = (file: string, verdict: OleVerdict) => InputError;

/** The verdict as it is: the workbook reader's wording. */
export const refuseOle: OleRefusal = (file, verdict) => new InputError(verdict.code, file, verdict.detail);

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

export function asInputError(err: unknown, file: string): InputError {
  if (err instanceof InputError) return err;
  return new InputError('corrupt', file, err instanceof Error ? err.message : String(err));
}

/** Scans an OLE container for the stream names that tell encrypted OOXML from .xls and .doc. */
async function scanOleFile(fd: number, size: number): Promise<OleVerdict> {
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

/** Opens the package's zip (on the file or on a buffer) for `read`, and closes it afterwards. */
async function withZip(input: ZipInput, file: string, limits: ReadLimits, read: (zip: XlsxZip) => Promise<void>): Promise<void> {
  const zip = await XlsxZip.open(input, file, limits);
  try {
    await read(zip);
  } finally {
    zip.close();
  }
}

/** Opens `path` read-only, sniffs it and hands its zip to `read`. */
export async function readPackageFile(path: string, limits: ReadLimits, refuse: OleRefusal, read: (zip: XlsxZip) => Promise<void>): Promise<void> {
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
    if (sniff.kind === 'ole') throw refuse(path, await scanOleFile(fd, stat.size));
    if (stat.size <= limits.inMemoryFileBytes) {
      // One read instead of hundreds of small ones; the compressed file is small enough to hold.
      const buf = Buffer.allocUnsafe(stat.size);
      let pos = 0;
      while (pos < stat.size) {
        const n = await fsCall<number>((cb) => fs.read(fd, buf, pos, stat.size - pos, pos, cb));
        if (n === 0) break;
        pos += n;
      }
      return await withZip({ buffer: buf.subarray(0, pos) }, path, limits, read);
    }
    owned = false; // XlsxZip.open takes over the descriptor
    return await withZip({ fd }, path, limits, read);
  } catch (err) {
    throw asInputError(err, path);
  } finally {
    if (owned) fs.close(fd, () => undefined);
  }
}

/**
 * Opens `path` as readPackageFile does and hands its zip to `work`, which may go on to copy the
 * package (the file is opened and checked once). A fault of opening is the input's InputError;
 * whatever `work` throws passes through as it is (a fault of an output stays the output's).
 */
export async function withPackageFile<T>(path: string, limits: ReadLimits, refuse: OleRefusal, work: (zip: XlsxZip) => Promise<T>): Promise<T> {
  let outcome: { value: T } | { error: unknown } | null = null;
  await readPackageFile(path, limits, refuse, async (zip) => {
    try {
      outcome = { value: await work(zip) };
    } catch (e) {
      outcome = { error: e };
    }
  });
  const done = outcome as { value: T } | { error: unknown } | null;
  if (done === null) throw new InputError('corrupt', path, 'the package was not read');
  if ('error' in done) throw done.error;
  return done.value;
}

/** The same for a package held in memory; `name` is used in messages. The buffer is not modified. */
export async function readPackageBuffer(buf: Buffer, name: string, limits: ReadLimits, refuse: OleRefusal, read: (zip: XlsxZip) => Promise<void>): Promise<void> {
  try {
    const sniff = sniffHead(buf.subarray(0, SNIFF_BYTES));
    if (sniff.kind === 'reject') throw new InputError(sniff.code, name, sniff.detail);
    if (sniff.kind === 'ole') throw refuse(name, classifyOleBuffer(buf));
    await withZip({ buffer: buf }, name, limits, read);
  } catch (err) {
    throw asInputError(err, name);
  }
}
