/**
 * A worker thread of `budgettjek check --jobs N`: checks the files the main thread sends, one at a
 * time, and posts each outcome back as plain data (see transfer.ts). Loads only the reader and the
 * core: no command-line parsing, no writers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Template } from '../core/templates/template';
import { checkFileAlone } from './checkFile';
import { fromTransfer, toTransfer } from './transfer';

export interface WorkerRequest {
  index: number;
  path: string;
}

export interface WorkerReply {
  index: number;
  /** A `FileOutcome` in transfer form. */
  outcome: unknown;
}

const template = fromTransfer(workerData.template) as Template;

parentPort!.on('message', (req: WorkerRequest) => {
  void checkFileAlone(req.path, template).then((outcome) => {
    const reply: WorkerReply = { index: req.index, outcome: toTransfer(outcome) };
    parentPort!.postMessage(reply);
  });
});
