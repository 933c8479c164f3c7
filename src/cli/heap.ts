/**
 * The main thread's heap between files. Files read one after another in the main thread (--jobs 1,
 * or a file too large for a worker's share) are each within the memory bound, but V8 collects
 * lazily: a large file's garbage may still be there when the next one is read on top of it. After
 * a file that left the heap large, a full collection now keeps the peak at one file's.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A heap this large after a file is collected before the next file is read. */
const LARGE_HEAP = 192 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** V8's full collection, made callable once (as `--expose-gc` would); null where it cannot be. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
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
  if (getHeapStatistics().total_heap_size >= LARGE_HEAP) collector()?.();
}
