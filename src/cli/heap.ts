/**
 * The main thread's heap between files. Files read one after another in the main thread (--jobs 1,
 * or a file too large for a worker's share) are each within the memory bound, but V8 collects
 * lazily: a large file's garbage may still be there when the next one is read on top of it. After
 * a file that left the heap large, a full collection now keeps the peak at one file's.
 */

/** A heap this large after a file is collected before the next file is read. */
const LARGE_HEAP = 192 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** V8's full collection, made callable once (as `--expose-gc` would); null where it cannot be. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      // Loaded only here: node:v8 alone costs a small check some milliseconds to load.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { runInNewContext } = require('node:vm') as typeof import('node:vm');
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Collects the main thread's garbage if the file just read left the heap large. */
export function collectAfterLargeRead(): void {
  if (process.memoryUsage().heapTotal >= LARGE_HEAP) collector()?.();
}
