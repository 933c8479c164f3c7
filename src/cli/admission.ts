/**
 * How much memory reading a file may take, reckoned before it is read, so that files read at once
 * in one process stay within 1 GiB whatever --jobs says and whatever the files are.
 *
 * A file is reckoned by what its package says it holds — the inflated bytes its zip directory
 * declares for the parts a reader may read (sheets, shared strings, styles, the document), see
 * packageSize.ts — not by its size on disk: 178 kB of highly compressible XML can hold millions of
 * cells. The zip layer never inflates a part past its declared size, and the read is given the
 * declared bytes as its limit (a part read that was not reckoned stops it), so the reckoning holds.
 *
 * Each worker thread reads one file at a time within its share of the bound (it collects its
 * garbage after a file that left its heap large, as the main thread does) and reckons each file
 * itself before reading it; a file reckoned beyond a share goes back to the main thread, which
 * reads it alone.
 */
import { declaredContent, DEFAULT_READ_LIMITS, type ReadOptions } from '../readers';

// Dense sheets of one-digit cells were measured at about 35 × their declared sheet XML (305 MB for
// 8 MB), and four of them at 10 × went past 1 GiB with --jobs 4: reckoned at 36 ×, such a file is
// read alone.
const PEAK_PER_DECLARED_BYTE = 36;
const PEAK_PER_FILE = 8 * 1024 * 1024;
export const MB = 1024 * 1024;
const MEMORY_BOUND = 1024 * MB;
/** The main thread: the CLI, the report of the files not yet written, the case being reconciled. */
const PROCESS_BYTES = 96 * MB;
/** A worker thread beside its heap: its isolate, its code, its young generation. */
const WORKER_BYTES = 48 * MB;
/** The least share of the bound a worker is started with: --jobs beyond that starts no more. */
const MIN_WORKER_SHARE = 128 * MB;
/**
 * Packages up to this size on disk are looked at with one read of the whole file; larger ones by
 * their directory alone. yauzl reads a directory entry by entry: on a small workbook that is some
 * forty reads through the thread pool where one does.
 */
const WHOLE_FILE_BYTES = 4 * MB;

/** Worker threads for `jobs`, and each one's share of the memory bound (bytes). */
export function workerPlan(jobs: number): { workers: number; share: number } {
  const room = MEMORY_BOUND - PROCESS_BYTES;
  const workers = Math.max(1, Math.min(jobs, Math.floor(room / (MIN_WORKER_SHARE + WORKER_BYTES))));
  return { workers, share: Math.floor((room - workers * WORKER_BYTES) / workers) };
}

export interface Admission {
  /** Reckoned peak of reading the file (bytes). */
  peak: number;
  /** Read limits that keep the file within its reckoning. */
  options?: ReadOptions;
}

/** The file's reckoning, from its package's directory. */
export async function admission(path: string): Promise<Admission> {
  const content = await declaredContent(path, WHOLE_FILE_BYTES);
  // Not a package that opens: its read fails at once and reports why.
  if (!content) return { peak: PEAK_PER_FILE };
  return reckoning(content.readableBytes);
}

/** The reckoning of a package whose readable parts declare `declared` inflated bytes. */
export function reckoning(declared: number): Admission {
  return {
    peak: PEAK_PER_FILE + declared * PEAK_PER_DECLARED_BYTE,
    options: { maxTotalBytes: Math.min(DEFAULT_READ_LIMITS.maxTotalBytes, declared) },
  };
}
