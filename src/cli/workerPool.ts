/**
 * Worker threads for `check --jobs N` (checkWorker.ts). Started before anything else of the check,
 * so they load while the main thread finds the files. Files are sent in batches, each worker kept
 * two batches deep so it never waits for the main thread; a batch holds as many files as a worker
 * checks in about BATCH_MS (measured as the batches come back: several small files, one large
 * one, so that no worker is left with a long queue at the end). A batch comes back in one
 * message, each outcome's tables restored here (transfer.ts) with the file's part of the report already
 * written. A worker that dies takes only its files with it: they are reported as unreadable and a
 * fresh worker takes its place.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Template } from '../core';
import type { Admission } from './admission';
import type { FileOutcome } from './checkFile';
import type { HeldFile, WorkerFile, WorkerReply, WorkerRequest, WorkerSetup } from './checkWorker';
import type { ReportStyle } from './output/report';
import { restore, toTransfer } from './transfer';

const WORKER_SCRIPT = join(__dirname, 'checkWorker.js');

/**
 * The old-generation heap a worker may grow to (MB). Not its share of the memory bound: V8 lets a
 * heap capped below 2 GiB grow only 1,3–2 × its live size between full collections (4 × at 2 GiB
 * and above), so a worker capped at its share collected its whole heap four times as often as the
 * main thread does (40 medium files: 9 full collections a worker instead of 2, twice the time in
 * GC). The bound is kept as the main thread keeps it with --jobs 1: each file is reckoned before it
 * is read and read only within the worker's share, and a worker collects its garbage after a file
 * that left its heap large (checkWorker.ts). The cap stays a backstop: a worker that reaches it
 * ends, and its files are reported as too large to read beside others.
 */
const WORKER_HEAP_MB = 2048;

/** Files sent in one message at most. */
const MAX_BATCH = 8;
/** About how long a worker spends on one batch. */
const BATCH_MS = 25;

/** Whether worker threads can run here (the compiled CLI; not when running from the TypeScript sources). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

/** A file's outcome from a worker, with its part of the report when the worker wrote it. */
export interface PooledOutcome {
  outcome: FileOutcome;
  rendered?: string;
  /**
   * The worker holds the file's full tables and findings (the outcome has its proposals' headings
   * and its findings' rules and severities only: `countedOnly`), to be fetched before the file's
   * part of the report is written anew.
   */
  holder?: TableHolder;
}

/**
 * A file's outcome as it arrived, its tables restored (the case reconciles them). Its findings are
 * counted only (see `PooledOutcome.holder`): the file's part of the report is written already,
 * and the run counts findings by severity and rule alone.
 */
function restoreTables(outcome: FileOutcome): FileOutcome {
  if (outcome.alone) restore(outcome.alone.tables);
  return outcome;
}

/** A file a worker did not read: reckoned beyond its share, it is for the main thread to read alone. */
export interface Oversize {
  oversize: Admission;
}

/** Where a file's full tables and findings are held: fetched when its case reconciles across files, else released. */
export interface TableHolder {
  /** The full tables and findings; null when the worker is gone (the file can be read again). */
  take(): Promise<HeldFile | null>;
  release(): void;
}

interface Pending {
  path: string;
  resolve: (o: PooledOutcome | Oversize) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  fetching: Map<number, (file: HeldFile | null) => void>;
  /** Batches in flight. */
  batches: number;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private readonly queue: { index: number; job: Pending }[] = [];
  private readonly setup: WorkerSetup;
  private closed = false;
  private feedScheduled = false;
  /** Files per batch: as many as a worker checks in about BATCH_MS. */
  private batch = 2;

  /** `share`: each worker's share of the memory bound (bytes): a file reckoned beyond it is not read in a worker. */
  constructor(size: number, template: Template, style: ReportStyle, share: number) {
    this.setup = { template: toTransfer(template), style, share };
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Worker threads. */
  get size(): number {
    return this.slots.length;
  }

  /** How many files the pool takes at once without queueing. */
  get capacity(): number {
    return this.slots.length * 2 * MAX_BATCH;
  }

  private spawn(): Slot {
    // Loaded only when workers start: node:worker_threads costs a small check some milliseconds.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(WORKER_SCRIPT, { workerData: this.setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, pending: new Map(), fetching: new Map(), batches: 0 };
    worker.on('message', (reply: WorkerReply) => {
      if ('fetched' in reply) {
        for (const f of reply.fetched) {
          const resolve = slot.fetching.get(f.index);
          slot.fetching.delete(f.index);
          resolve?.(f.file === null ? null : (restore(f.file) as HeldFile));
        }
        return;
      }
      const done: [Pending, PooledOutcome | Oversize][] = [];
      slot.batches--;
      if (reply.results.length) this.measured(reply.ms / reply.results.length);
      for (const r of reply.results) {
        const job = slot.pending.get(r.index);
        if (!job) continue;
        slot.pending.delete(r.index);
        if (r.oversize) done.push([job, { oversize: r.oversize }]);
        else done.push([job, { outcome: restoreTables(r.outcome as FileOutcome), rendered: r.rendered, holder: r.held ? this.holder(slot, r.index) : undefined }]);
      }
      this.feed();
      for (const [job, outcome] of done) job.resolve(outcome);
    });
    let failed = false;
    const fail = (why: string) => {
      if (failed || this.closed) return;
      failed = true;
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      for (const resolve of slot.fetching.values()) resolve(null);
      slot.fetching.clear();
      this.slots = this.slots.map((s) => (s === slot ? this.spawn() : s));
      void worker.terminate();
      for (const job of lost) {
        job.resolve({ outcome: { path: job.path, error: { code: 'unreadable', message: { da: `kunne ikke læses (${why})`, en: `could not be read (${why})` } } } });
      }
      this.feed();
    };
    worker.on('error', (e) => {
      const outOfMemory = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(outOfMemory ? 'for stor til at læses sammen med andre filer; prøv --jobs 1' : e instanceof Error ? e.message : String(e));
    });
    worker.on('exit', (code) => fail(`exit ${code}`));
    return slot;
  }

  private holder(slot: Slot, index: number): TableHolder {
    return {
      take: () =>
        new Promise((resolve) => {
          if (this.closed || !this.slots.includes(slot)) return resolve(null);
          slot.fetching.set(index, resolve);
          slot.worker.postMessage({ take: [index] } satisfies WorkerRequest);
        }),
      release: () => {
        if (!this.closed && this.slots.includes(slot)) slot.worker.postMessage({ release: [index] } satisfies WorkerRequest);
      },
    };
  }

  /** A batch came back: its files took the worker `msPerFile` each. */
  private measured(msPerFile: number): void {
    this.batch = Math.max(1, Math.min(MAX_BATCH, Math.round(BATCH_MS / Math.max(msPerFile, 0.1))));
  }

  /** Sends the queued files in batches to the workers with room for one (two batches deep), the least busy first. */
  private feed(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.batches < 2 && (!best || s.pending.size < best.pending.size)) best = s;
      if (!best) return;
      const files: WorkerFile[] = [];
      while (files.length < this.batch && this.queue.length) {
        const { index, job } = this.queue.shift()!;
        best.pending.set(index, job);
        files.push({ index, path: job.path });
      }
      best.batches++;
      best.worker.postMessage({ files } satisfies WorkerRequest);
    }
  }

  /** Checks the file in a worker; or says that it is too large for one (see checkWorker.ts). */
  check(index: number, path: string): Promise<PooledOutcome | Oversize> {
    return new Promise((resolve) => {
      this.queue.push({ index, job: { path, resolve } });
      // Files admitted in one go leave in one message: the batch is sent once the caller is done.
      if (!this.feedScheduled) {
        this.feedScheduled = true;
        queueMicrotask(() => {
          this.feedScheduled = false;
          this.feed();
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
