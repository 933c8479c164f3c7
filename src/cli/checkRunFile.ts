/**
 * One file of `check --jobs N` in a worker thread: reckoned (admission.ts) and, when it fits the
 * worker's share of the memory bound, checked — with one read of the file. A workbook small on disk is read into memory once; its reckoning and its
 * check are made from those same bytes (each through the checked package layer, under its own
 * limits), instead of opening, sniffing and reading the file once to reckon it and again to check
 * it. A larger file, a Word document, and any file the read from memory cannot check is reckoned
 * and read by its path as before, so what a file that cannot be read reports is unchanged.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Template } from '../core';
import { isWordPath, mayBeRead, readPackageBuffer, refuseOle, resolveLimits, visitXlsxZip } from '../readers';
import { admission, reckoning, type Admission } from './admission';
import { checkFileAlone, type FileOutcome } from './checkFile';

/** Workbooks up to this size on disk are read into memory once (as admission.ts looks at them whole). */
const WHOLE_FILE_BYTES = 4 * 1024 * 1024;

/** A file checked; or reckoned beyond the worker's share and not read (the main thread reads it alone). */
export type ShareOutcome = { outcome: FileOutcome; oversize?: undefined } | { oversize: Admission; outcome?: undefined };

/** The file's bytes when it is a regular file of at most `max` bytes; null otherwise or when it cannot be read. */
function smallFile(path: string, max: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > max || stat.size === 0) return null;
    const buf = Buffer.allocUnsafe(stat.size);
    let pos = 0;
    while (pos < stat.size) {
      const n = readSync(fd, buf, pos, stat.size - pos, pos);
      if (n === 0) break;
      pos += n;
    }
    return pos === stat.size ? buf : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The inflated bytes the package in `buf` declares for the parts a reader may read; null when it does not open. */
async function declaredIn(buf: Buffer, path: string): Promise<number | null> {
  let readable = 0;
  try {
    await readPackageBuffer(buf, path, resolveLimits(), refuseOle, async (zip) => {
      for (const part of zip.parts()) if (mayBeRead(part.name)) readable += part.declaredBytes;
    });
  } catch {
    return null;
  }
  return readable;
}

/**
 * Checks the file at `path` if it is reckoned within `share` (bytes); otherwise says so, unread.
 * The outcome is the one `checkFileAlone` gives reading the file by its path.
 */
export async function checkWithinShare(path: string, template: Template, share: number): Promise<ShareOutcome> {
  const bytes = isWordPath(path) ? null : smallFile(path, WHOLE_FILE_BYTES);
  const declared = bytes ? await declaredIn(bytes, path) : null;
  if (bytes && declared !== null) {
    const admitted = reckoning(declared);
    if (admitted.peak > share) return { oversize: admitted };
    const limits = resolveLimits(admitted.options);
    const outcome = await checkFileAlone(path, template, admitted.options, (visit, onWorkbook) =>
      readPackageBuffer(bytes, path, limits, refuseOle, (zip) => visitXlsxZip(zip, visit, onWorkbook)),
    );
    // Read from memory it could not be checked (a Word document named .xlsx, a part that does not
    // inflate …): read by its path, which reads it the usual way and says why in the usual words.
    if (!outcome.error) return { outcome };
    return { outcome: await checkFileAlone(path, template, admitted.options) };
  }
  const admitted = await admission(path);
  if (admitted.peak > share) return { oversize: admitted };
  return { outcome: await checkFileAlone(path, template, admitted.options) };
}

/** A heap this large after a file is collected before the next file is read (as heap.ts does with --jobs 1). */
const LARGE_HEAP = 192 * 1024 * 1024;

let heapStatistics: (() => { total_heap_size: number }) | undefined;
let collect: (() => void) | null | undefined;

/**
 * After a file that left the heap large, a full collection, so that the next file is read within
 * the worker's share: V8 would collect that garbage lazily (a worker's heap is not capped at its
 * share, see workerPool.ts). The heap is looked at through V8's own figures: `process.memoryUsage`
 * also reads the process's resident size from the system, some 0,3 ms a file. node:v8 and node:vm
 * are loaded on the first call: a small check does not need them.
 */
export function collectAfterLargeRead(): void {
  if (!heapStatistics) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    heapStatistics = (require('node:v8') as typeof import('node:v8')).getHeapStatistics;
  }
  if (heapStatistics().total_heap_size < LARGE_HEAP) return;
  if (collect === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const gc: unknown = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** `checkWithinShare`, then the heap collected if the file left it large: a worker's turn at a file. */
export async function checkTurn(path: string, template: Template, share: number): Promise<ShareOutcome> {
  const outcome = await checkWithinShare(path, template, share);
  if (outcome.outcome) collectAfterLargeRead();
  return outcome;
}
