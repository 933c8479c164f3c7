/**
 * Worker threads for `check --jobs N`: each checks one file at a time (checkWorker.ts) and hands back
 * its outcome as plain data, which is rehydrated here. A worker that dies takes only its file with
 * it: that file is reported as unreadable and a fresh worker takes its place.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Template } from '../core/templates/template';
import type { FileOutcome } from './checkFile';
import type { WorkerReply } from './checkWorker';
import { restore, toTransfer } from './transfer';

const WORKER_SCRIPT = join(__dirname, 'checkWorker.js');

/** Whether worker threads can run here (the compiled CLI; not when running from the TypeScript sources). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

interface Slot {
  worker: Worker;
  pending: { index: number; path: string; resolve: (o: FileOutcome) => void } | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Slot[] = [];
  private readonly queue: ((slot: Slot) => void)[] = [];
  private readonly templateData: unknown;

  constructor(size: number, template: Template) {
    this.templateData = toTransfer(template);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    this.waiting.push(...this.slots);
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SCRIPT, { workerData: { template: this.templateData } });
    const slot: Slot = { worker, pending: null };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.pending;
      if (!pending || pending.index !== reply.index) return;
      slot.pending = null;
      this.release(slot);
      pending.resolve(restore(reply.outcome) as FileOutcome);
    });
    const fail = (why: string) => {
      const pending = slot.pending;
      slot.pending = null;
      const idle = this.waiting.indexOf(slot);
      if (idle >= 0) this.waiting.splice(idle, 1);
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      if (i >= 0) this.release(this.slots[i]);
      if (pending) {
        pending.resolve({ path: pending.path, error: { code: 'unreadable', message: { da: `kunne ikke læses (${why})`, en: `could not be read (${why})` } } });
      }
    };
    worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => {
      if (slot.pending) fail(`exit ${code}`);
    });
    return slot;
  }

  private release(slot: Slot): void {
    const next = this.queue.shift();
    if (next) next(slot);
    else this.waiting.push(slot);
  }

  check(index: number, path: string): Promise<FileOutcome> {
    return new Promise((resolve) => {
      const run = (slot: Slot) => {
        slot.pending = { index, path, resolve };
        slot.worker.postMessage({ index, path });
      };
      const slot = this.waiting.shift();
      if (slot) run(slot);
      else this.queue.push(run);
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) s.pending = null;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
