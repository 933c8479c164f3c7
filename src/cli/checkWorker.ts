/**
 * A worker thread of `budgettjek check --jobs N`: checks the files the main thread sends (a batch
 * per message), one file at a time, writes each file's part of the report itself, and sends back
 * a batch of results holding only what the main thread still needs: each finding's rule and
 * severity (for the summary and the exit status), the overviews in full and every other table as
 * its heading only (rows left out). A file's full tables and findings are held here until the
 * main thread takes them (its case reconciles across files, and its part of the report is written
 * anew) or releases them. Each file is reckoned here before it is read (admission.ts): one
 * reckoned beyond the worker's share goes back unread, for the main thread to read alone. Loads
 * only the reader, the core and the report writers: no command-line parsing, no copy writers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sortFindings, type Finding, type TableBlock, type Template } from '../core';
import type { Admission } from './admission';
import type { FileOutcome } from './checkFile';
import { checkTurn } from './checkRunFile';
import { jsonFilePart } from './output/json';
import type { FileReport, ReportStyle } from './output/report';
import { textFilePart } from './output/textReport';
import { restore, toTransfer } from './transfer';

export interface WorkerFile {
  index: number;
  path: string;
}

/**
 * A batch of files to check; or the full tables and findings of files sent with headings and
 * counts only, asked for (`take`) when their case reconciles them, or let go (`release`) once
 * their case is written.
 */
export type WorkerRequest = { files: WorkerFile[] } | { take: number[] } | { release: number[] };

export interface WorkerSetup {
  /** The template, as `toTransfer` writes it. */
  template: unknown;
  style: ReportStyle;
  /** The worker's share of the memory bound (bytes): a file reckoned beyond it is not read here. */
  share: number;
}

export interface WorkerResult {
  index: number;
  /**
   * A `FileOutcome` as structured clone carries it (see transfer.ts), its findings (and those
   * reconciled alone) counted only: each one's rule and severity (`countedOnly`).
   */
  outcome: unknown;
  /** The file's part of the report, written as if its case held it alone (see `FileReport.rendered`). */
  rendered?: string;
  /** The worker holds the file's full tables and findings until they are fetched or released. */
  held?: boolean;
  /** The file was reckoned beyond the worker's share and not read: the main thread reads it alone. */
  oversize?: Admission;
}

/** A file's full tables and findings, as a worker holds them (see `WorkerResult.held`). */
export interface HeldFile {
  tables: TableBlock[];
  findings: Finding[];
}

/** The results of one batch, in the order of its files, and how long it took (ms); or the files fetched (`HeldFile`s, null when not held). */
export type WorkerReply = { results: WorkerResult[]; ms: number } | { fetched: { index: number; file: unknown }[] };

/**
 * A finding as the main thread needs it while its file's part of the report stands as the worker
 * wrote it: for the summary, the exit status and the fix hint, its rule and severity.
 */
export function countedOnly(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity }) as Finding);
}

/**
 * Full tables and findings of the files sent with headings and counts only: whether a case borrows
 * a proposal from another file depends on the overviews (always sent in full) and the proposal
 * codes (in the headings), so the main thread fetches these only for a case that reconciles across
 * files.
 */
const held = new Map<number, HeldFile>();

/** The table as the report shows it: its heading, without rows or columns. */
function headingOnly(table: TableBlock): TableBlock {
  return { ...table, columns: [], rows: [], totals: [], untotalled: [], columnTotals: undefined, label: table.label };
}

const setup = workerData as WorkerSetup;
const template = restore(setup.template) as Template;
const { style } = setup;

function result(index: number, outcome: FileOutcome): WorkerResult {
  if (!outcome.alone) return { index, outcome };
  const { sheetNames, tables, findings, reconciledAlone = [] } = outcome.alone;
  const report: FileReport = { path: outcome.path, result: { tables, findings: sortFindings([...findings, ...reconciledAlone], sheetNames) } };
  const rendered = style.format === 'json' ? jsonFilePart(report, style.lang) : textFilePart(report, style.lang, style.colour);
  // Overviews in full; proposals with their headings, held here in full (with the findings) until asked for.
  const shipped = tables.map((t) => (t.kind === 'overview' ? t : headingOnly(t)));
  held.set(index, { tables, findings });
  return {
    index,
    rendered,
    held: true,
    outcome: { path: outcome.path, alone: { sheetNames, tables: shipped, findings: countedOnly(findings), reconciledAlone: countedOnly(reconciledAlone) } },
  };
}

/** A file checked here (with one read of it, see checkRunFile.ts); or reckoned beyond the worker's share and sent back unread. */
async function checkOne(f: WorkerFile): Promise<WorkerResult> {
  const turn = await checkTurn(f.path, template, setup.share);
  if (turn.oversize) return { index: f.index, outcome: null, oversize: turn.oversize };
  return result(f.index, turn.outcome);
}

async function checkBatch(files: WorkerFile[]): Promise<void> {
  const started = performance.now();
  const results: WorkerResult[] = [];
  for (const f of files) results.push(await checkOne(f));
  const ms = performance.now() - started;
  try {
    parentPort!.postMessage({ results, ms } satisfies WorkerReply);
  } catch {
    // Something in the tables structured clone cannot carry (a Decimal): all as plain data.
    parentPort!.postMessage({ results: results.map((r) => ({ ...r, outcome: toTransfer(r.outcome) })), ms } satisfies WorkerReply);
  }
}

function post(reply: WorkerReply): void {
  try {
    parentPort!.postMessage(reply);
  } catch {
    parentPort!.postMessage(toTransfer(reply));
  }
}

// One batch after the other: a worker reads one file at a time (its memory is one file's). Tables
// are fetched and released at once, between the files being read.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (req: WorkerRequest) => {
  if ('files' in req) queue = queue.then(() => checkBatch(req.files));
  else if ('take' in req) {
    post({ fetched: req.take.map((index) => ({ index, file: held.get(index) ?? null })) });
    for (const index of req.take) held.delete(index);
  } else for (const index of req.release) held.delete(index);
});
