/**
 * Where a copy may be written. One check, used by `convert --out` and `check --annotate` before
 * anything is read, and again just before the finished copy is moved into place:
 * - nothing there: fine, when its folder exists;
 * - a regular file: replaced only with --force;
 * - a symbolic link (dangling or not): never followed. Without --force it is refused; with --force
 *   the link itself is replaced by the new file (the copy is renamed over the link), so nothing is
 *   ever written to whatever the link points at;
 * - a folder, device, FIFO or socket: refused, --force or not.
 * Whether the output is the input itself (by path, link or hard link) is `assertNotInput`'s job.
 */
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { OutputError } from './outputError';

export interface OutputTargetOptions {
  /** Replace an existing regular file (or symbolic link, the link itself). */
  force?: boolean;
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null ? (err as NodeJS.ErrnoException).code : undefined;
}

/** What a non-regular file is, in the words of the message's detail. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Throws OutputError when `outputPath` must not be written (see the module comment). */
export async function checkOutputTarget(outputPath: string, options: OutputTargetOptions = {}): Promise<void> {
  let st: Stats;
  try {
    st = await fs.lstat(outputPath);
  } catch (err) {
    const code = errnoCode(err);
    if (code !== 'ENOENT') throw new OutputError('not-writable', outputPath, code ?? String(err));
    let dir: Stats;
    try {
      dir = await fs.stat(path.dirname(path.resolve(outputPath)));
    } catch (e) {
      throw new OutputError('not-writable', outputPath, `the folder does not exist (${errnoCode(e) ?? 'ENOENT'})`);
    }
    if (!dir.isDirectory()) throw new OutputError('not-writable', outputPath, 'its folder is not a folder (ENOTDIR)');
    return;
  }
  if (st.isSymbolicLink()) {
    if (!options.force) throw new OutputError('symlink', outputPath);
    return;
  }
  if (!st.isFile()) throw new OutputError('not-a-file', outputPath, kindOf(st));
  if (!options.force) throw new OutputError('exists', outputPath);
}

/**
 * Just before the finished copy is renamed into place: whatever is there now must still be
 * something a rename may replace (nothing, a regular file or a link), never a folder, device,
 * FIFO or socket that appeared since the first check.
 */
export async function checkReplaceable(outputPath: string): Promise<void> {
  let st: Stats;
  try {
    st = await fs.lstat(outputPath);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return;
    throw new OutputError('not-writable', outputPath, errnoCode(err) ?? String(err));
  }
  if (st.isSymbolicLink() || st.isFile()) return;
  throw new OutputError('not-a-file', outputPath, kindOf(st));
}
