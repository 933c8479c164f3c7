/**
 * Worker threads for `check --jobs N`: each checks the files it is sent (checkWorker.ts) and hands
 * back each outcome as structured-clone data, restored here (transfer.ts). Each worker is kept two
 * files deep, so it never waits for the main thread between files. A worker that dies takes only
 * its files with it: they are reported as unreadable and a fresh worker takes its place.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Template } from '../core/templates/template';
import type { FileOutcome } from './checkFile';
import type { ReadOptions } from '../readers';
import type { WorkerReply, WorkerRequest } from './checkWorker';
import { restore, toTransfer } from './transfer';

const WORKER_SCRIPT = join(__dirname, 'checkWorker.js');

/** Files sent to one worker before it has answered the first. */
const DEPTH = 2;

/** Whether worker threads can run here (the compiled CLI; not when running from the TypeScript sources). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

interface Pending {
  path: string;
  options?: ReadOptions;
  resolve: (o: FileOutcome) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private readonly queue: { index: number; job: Pending }[] = [];
  private readonly templateData: unknown;
  private closed = false;

  constructor(size: number, template: Template) {
    this.templateData = toTransfer(template);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** How many files the pool takes at once without queueing. */
  get capacity(): number {
    return this.slots.length * DEPTH;
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SCRIPT, { workerData: { template: this.templateData } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.pending.get(reply.index);
      if (!job) return;
      slot.pending.delete(reply.index);
      this.feed();
      job.resolve(restore(reply.outcome) as FileOutcome);
    });
    let failed = false;
    const fail = (why: string) => {
      if (failed || this.closed) return;
      failed = true;
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      this.slots = this.slots.map((s) => (s === slot ? this.spawn() : s));
      void worker.terminate();
      for (const job of lost) {
        job.resolve({ path: job.path, error: { code: 'unreadable', message: { da: `kunne ikke læses (${why})`, en: `could not be read (${why})` } } });
      }
      this.feed();
    };
    worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => fail(`exit ${code}`));
    return slot;
  }

  /** Sends queued files to the workers with room, the least busy first. */
  private feed(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.pending.size < DEPTH && (!best || s.pending.size < best.pending.size)) best = s;
      if (!best) return;
      const { index, job } = this.queue.shift()!;
      best.pending.set(index, job);
      best.worker.postMessage({ index, path: job.path, options: job.options } satisfies WorkerRequest);
    }
  }

  check(index: number, path: string, options?: ReadOptions): Promise<FileOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ index, job: { path, options, resolve } });
      this.feed();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
