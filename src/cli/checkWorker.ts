/**
 * A worker thread of `budgettjek check --jobs N`: checks the files the main thread sends, one at a
 * time, and posts each outcome back as plain data (see transfer.ts). Loads only the reader and the
 * core: no command-line parsing, no writers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Template } from '../core/templates/template';
import type { ReadOptions } from '../readers';
import { checkFileAlone } from './checkFile';
import type { FileOutcome } from './checkFile';
import { restore, toTransfer } from './transfer';

export interface WorkerRequest {
  index: number;
  path: string;
  /** Read limits the main thread admitted the file with. */
  options?: ReadOptions;
}

export interface WorkerReply {
  index: number;
  /** A `FileOutcome` as structured clone carries it (see transfer.ts). */
  outcome: unknown;
}

/** The outcome ready to post: findings as plain data, tables as they are (cloned on posting). */
function forPosting(outcome: FileOutcome): unknown {
  if (!outcome.alone) return outcome;
  const { findings, reconciledAlone, ...rest } = outcome.alone;
  return { path: outcome.path, alone: { ...rest, findings: toTransfer(findings), reconciledAlone: toTransfer(reconciledAlone) } };
}

const template = restore(workerData.template) as Template;

parentPort!.on('message', (req: WorkerRequest) => {
  void checkFileAlone(req.path, template, req.options).then((outcome) => {
    try {
      parentPort!.postMessage({ index: req.index, outcome: forPosting(outcome) } satisfies WorkerReply);
    } catch {
      // Something in the tables structured clone cannot carry (a Decimal): all as plain data.
      parentPort!.postMessage({ index: req.index, outcome: toTransfer(outcome) } satisfies WorkerReply);
    }
  });
});
