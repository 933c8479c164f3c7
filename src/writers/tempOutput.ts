/**
 * Where a copy is written while it is made: a temporary file beside the output (created
 * exclusively, 'wx'), moved into place by `commit` (so a failed write never leaves half a file, and
 * a symbolic link at the output is replaced, never written through).
 *
 * A new output is claimed when the copy starts: the output's name is created exclusively ('wx'), so
 * a second run writing the same new file (without --force) is refused with "exists" instead of
 * silently replacing the first run's copy. An output that is already there is replaced by the
 * rename only with --force.
 *
 * SIGINT and SIGTERM while a copy is written remove the temporary file and the claim, and end the
 * process with 130 and 143 (128 + the signal's number), as a shell does.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OutputError } from './outputError';
import { checkReplaceable } from './outputTarget';

function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
}

function why(e: unknown): string {
  return errnoCode(e) ?? (e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e));
}

const active = new Set<TempOutput>();
const signalExit: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };
const handlers = new Map<NodeJS.Signals, () => void>();

function installSignalHandlers(): void {
  if (handlers.size) return;
  for (const sig of Object.keys(signalExit) as (keyof typeof signalExit)[]) {
    const handler = () => {
      for (const t of active) t.removeNow();
      process.exit(signalExit[sig]);
    };
    handlers.set(sig, handler);
    process.on(sig, handler);
  }
}

function removeSignalHandlers(): void {
  for (const [sig, handler] of handlers) process.removeListener(sig, handler);
  handlers.clear();
}

export class TempOutput {
  private closed = false;
  private settled = false;

  private constructor(
    readonly output: string,
    readonly tmp: string,
    readonly fd: number,
    /** The empty file that claims a new output's name, with its inode; null when the output existed. */
    private claim: { ino: number; dev: number } | null,
  ) {}

  /**
   * Claims a new output (exclusively) and opens a fresh temporary file beside it. An output that is
   * already there is replaced only with `force` (else 'exists': another run may have claimed it).
   */
  static create(output: string, options: { force?: boolean } = {}): TempOutput {
    const dir = path.dirname(path.resolve(output));
    let claim: { ino: number; dev: number } | null = null;
    let exists = true;
    try {
      fs.lstatSync(output);
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw new OutputError('not-writable', output, why(e));
      exists = false;
    }
    if (exists && !options.force) throw new OutputError('exists', output);
    if (!exists) {
      let claimFd: number;
      try {
        claimFd = fs.openSync(output, 'wx');
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') throw new OutputError('exists', output);
        throw new OutputError('not-writable', output, why(e));
      }
      const st = fs.fstatSync(claimFd);
      fs.closeSync(claimFd);
      claim = { ino: st.ino, dev: st.dev };
    }
    const tmp = path.join(dir, `.${path.basename(output)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fd: number;
    try {
      fd = fs.openSync(tmp, 'wx');
    } catch (e) {
      if (claim) removeClaim(output, claim);
      throw new OutputError('not-writable', output, why(e));
    }
    const t = new TempOutput(output, tmp, fd, claim);
    active.add(t);
    installSignalHandlers();
    return t;
  }

  private done(): void {
    this.settled = true;
    active.delete(this);
    if (!active.size) removeSignalHandlers();
  }

  private closeFd(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
  }

  /** Moves the finished copy into place. */
  async commit(): Promise<void> {
    try {
      try {
        fs.fsyncSync(this.fd);
      } catch {
        // not every file system syncs; the rename below still tells whether the copy is there
      }
      this.closeFd();
      // Something may have appeared there since the first check: only a file or a link is replaced.
      await checkReplaceable(this.output);
      await fs.promises.rename(this.tmp, this.output);
      this.claim = null;
      this.done();
    } catch (e) {
      await this.abort();
      if (e instanceof OutputError) throw e;
      throw new OutputError('not-writable', this.output, why(e));
    }
  }

  /** Removes the temporary file and the claim (after a failure). */
  async abort(): Promise<void> {
    if (this.settled) return;
    this.removeNow();
    this.done();
  }

  /** Synchronous clean-up, also used from a signal handler. */
  removeNow(): void {
    this.closeFd();
    try {
      fs.rmSync(this.tmp, { force: true });
    } catch {
      // nothing left to remove
    }
    if (this.claim) removeClaim(this.output, this.claim);
    this.claim = null;
  }
}

/** Removes the empty file that claimed the output, if it is still ours. */
function removeClaim(output: string, claim: { ino: number; dev: number }): void {
  try {
    const st = fs.lstatSync(output);
    if (st.ino === claim.ino && st.dev === claim.dev && st.size === 0) fs.rmSync(output, { force: true });
  } catch {
    // gone already
  }
}
