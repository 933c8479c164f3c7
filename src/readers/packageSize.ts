/**
 * What an Office package says it holds, before it is read: the inflated bytes its central
 * directory declares for the parts a reader may read (the workbook or document, its sheets,
 * shared strings, styles and relationships), leaving out what no reader reads (pictures,
 * embedded files, custom XML). The zip layer refuses a part that inflates to more than it
 * declares, and a read given these bytes as its limit stops at them, so the figure is a bound
 * on what the read will inflate — what `check --jobs` admits files by.
 */
import { refuseOle, readPackageFile } from './packageFile';
import { resolveLimits } from './xlsx/limits';

/** Parts a reader never opens, by their package path (lower case, no leading slash). */
const NEVER_READ = /(^|\/)(media|embeddings|printersettings|activex|customxml|thumbnail[^/]*)(\/|$)|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|bin|vml|ole)$/i;

/** Whether a reader may open the part (see NEVER_READ). */
export function mayBeRead(partName: string): boolean {
  return !NEVER_READ.test(partName.replace(/^\/+/, ''));
}

export interface DeclaredContent {
  /** Inflated bytes the central directory declares for the parts a reader may read. */
  readableBytes: number;
}

/**
 * The declared content of the package at `path`, reading only its central directory; null when
 * it is no package that can be opened (the read itself reports why). A file up to `wholeFileBytes`
 * on disk is read in one go instead (its directory entry by entry costs a read per entry).
 */
export async function declaredContent(path: string, wholeFileBytes = 0): Promise<DeclaredContent | null> {
  // By default never read into memory: only the central directory at the end of the file is read.
  const limits = resolveLimits({ inMemoryFileBytes: wholeFileBytes });
  let readableBytes = 0;
  try {
    await readPackageFile(path, limits, refuseOle, async (zip) => {
      for (const part of zip.parts()) if (mayBeRead(part.name)) readableBytes += part.declaredBytes;
    });
  } catch {
    return null;
  }
  return { readableBytes };
}
