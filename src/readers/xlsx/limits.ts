/**
 * Zip-bomb and size limits for the .xlsx reader. All byte counts are of inflated XML as actually
 * produced while streaming; the sizes a zip's central directory declares are checked up front too,
 * but never trusted.
 */
export interface ReadLimits {
  /** Most inflated bytes read from all parts together (workbook, styles, strings, sheets). */
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio allowed for one part once it is bigger than `ratioMinBytes`. */
  maxRatio: number;
  /** Parts smaller than this (inflated) are never rejected for their ratio. */
  ratioMinBytes: number;
  /**
   * Most non-empty cells in the whole workbook. The grid costs about 150 bytes of heap per cell,
   * and the analysis more on top, so 5 million cells (~750 MB) is well inside Node's default heap
   * (~4 GB); a larger limit would trade a clear "too large" for an out-of-memory crash.
   */
  maxCells: number;
  /** Most entries in the zip's central directory. */
  maxEntries: number;
  /**
   * Not a limit but a memory/speed trade: parts up to this many bytes (declared and actual) are
   * inflated in one call; bigger ones are streamed chunk by chunk. Memory per part stays below it.
   */
  wholePartBytes: number;
  /**
   * Not a limit either: files up to this many bytes are read into memory (compressed) with one
   * read; larger files are read piece by piece through a read-only file descriptor.
   */
  inMemoryFileBytes: number;
  /**
   * Deepest element nesting allowed in any XML part. Real parts nest a dozen levels; the parser
   * keeps a stack entry per open element, so a part of nothing but nested tags is refused here.
   */
  maxXmlDepth: number;
  /**
   * Most characters of formula text the reader may build for the whole workbook, counted before
   * each formula is built. A shared formula is stored once but expands to one formula per
   * dependent cell, so a long master with many dependents is refused up front, not after the heap
   * is gone.
   */
  maxFormulaChars: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxTotalBytes: 1024 * 1024 * 1024, // 1 GiB
  maxRatio: 200,
  ratioMinBytes: 50 * 1024 * 1024, // 50 MB
  maxCells: 5_000_000,
  maxEntries: 100_000,
  wholePartBytes: 8 * 1024 * 1024,
  inMemoryFileBytes: 64 * 1024 * 1024,
  maxXmlDepth: 256,
  maxFormulaChars: 128_000_000,
});

export function resolveLimits(options?: Partial<ReadLimits>): ReadLimits {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS };
  if (options) {
    for (const key of Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[]) {
      const v = options[key];
      if (typeof v === 'number' && v >= 0 && !Number.isNaN(v)) limits[key] = v;
    }
  }
  return limits;
}
