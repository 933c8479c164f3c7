/**
 * `budgettjek check`: read each workbook, analyse it, print text or JSON, optionally annotate a copy.
 *
 * Files are checked in parallel (`--jobs`, worker threads) and reported in the order of the inputs,
 * file by file as soon as a file's case is complete: the files of one folder are one case, whose
 * overviews are reconciled with the proposals of the other files (`--each`: every file alone). The
 * run holds the files of the cases not yet written, not every file: memory grows with the largest
 * case, not with the number of files.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { analyseCase, reconcileCase, sortFindings, type CaseWorkbook } from '../core/analyse';
import type { AnalysisResult, Finding, Lang } from '../core/model';
import type { Template } from '../core/templates/template';
import { isWordPath, type ReadOptions } from '../readers';
import { declaredContent } from '../readers/packageSize';
import { DEFAULT_READ_LIMITS, resolveLimits } from '../readers/xlsx/limits';
import { InputError } from '../readers/inputError';
import { readPackageFile, refuseOle } from '../readers/packageFile';
import { visitXlsxZip } from '../readers/xlsx/readXlsx';
import { findWorkbookPart } from '../readers/xlsx/workbookPart';
import type { XlsxZip } from '../readers/xlsx/zip';
import { OutputError } from '../writers/outputError';
import { checkOutputTarget } from '../writers/outputTarget';
import { checkFileAlone, fileError, type OpenedReader } from './checkFile';
import { expandPaths, type InputPath } from './files';
import { CliIO, oneLine, toolVersion } from './io';
import { JsonReportStream } from './output/json';
import type { FileReport, ReportStream } from './output/report';
import { visible } from './output/terminalText';
import { TextReportStream } from './output/text';
import { Progress } from './progress';
import { UsageError } from './templateArg';
import { WorkerPool, workersAvailable, type PooledOutcome } from './workerPool';

export interface CheckOptions {
  paths: string[];
  template: Template;
  source: string;
  format: 'text' | 'json';
  lang: Lang;
  annotate?: string;
  /** Overwrite an existing --annotate file (never the input). */
  force?: boolean;
  /** Files checked at once (worker threads); default the machine's available parallelism. */
  jobs?: number;
  /** Check every file alone: no reconciliation between the files of a folder. */
  each?: boolean;
}

function describeError(e: unknown, file: string, lang: Lang): string {
  // A fault of the output names the output; a fault of the input (met while the copy is written)
  // names the input.
  if (e instanceof OutputError || e instanceof InputError) return e.messageFor(lang);
  const err = fileError(e);
  return `${file}: ${err.message[lang]}`;
}

/** Reads and analyses one workbook sheet by sheet (a case of its own), holding one sheet's grid at a time. */
export async function analyseFile(path: string, template: Template): Promise<AnalysisResult> {
  const outcome = await checkFileAlone(path, template);
  if (outcome.error) throw new Error(`${path}: ${outcome.error.message.en}`);
  return analyseCase([{ ...outcome.alone, name: path }], template)[0];
}

export function defaultJobs(): number {
  return availableParallelism();
}

export async function runCheck(opts: CheckOptions, io: CliIO): Promise<number> {
  const pool = startPool(opts, io.colour);
  try {
    return await checkWith(pool, opts, io);
  } finally {
    await pool?.close();
  }
}

async function checkWith(pool: WorkerPool | null, opts: CheckOptions, io: CliIO): Promise<number> {
  const inputs = expandPaths(opts.paths, { each: opts.each });
  if (opts.annotate) {
    if (inputs.length !== 1) {
      throw new UsageError(
        opts.lang === 'da' ? '--annotate kræver præcis én projektmappe' : '--annotate needs exactly one workbook',
      );
    }
    if (resolve(opts.annotate) === resolve(inputs[0].path)) {
      throw new UsageError(
        opts.lang === 'da'
          ? `--annotate må ikke skrive over inddatafilen ${inputs[0].path}; vælg et andet filnavn`
          : `--annotate must not overwrite the input ${inputs[0].path}; choose another file name`,
      );
    }
    try {
      await checkOutputTarget(opts.annotate, { force: opts.force });
    } catch (e) {
      if (e instanceof OutputError) {
        io.stderr(`budgettjek: ${visible(e.messageFor(opts.lang))}\n`);
        return 2;
      }
      throw e;
    }
  }
  if (inputs.length === 0) {
    throw new UsageError(opts.lang === 'da' ? `ingen .xlsx-, .xlsm- eller .docx-filer i ${opts.paths.join(', ')}` : `no .xlsx, .xlsm or .docx files in ${opts.paths.join(', ')}`);
  }
  if (opts.annotate && !inputs[0].error && !isWordPath(inputs[0].path)) {
    // The workbook is opened and checked once: the check reads it, and the copy is made of the
    // same opened package (the same bytes, under the same limits).
    const held = await withOpenedWorkbook(inputs[0].path, (zip) => checkAndReport(pool, inputs, opts, io, zip));
    if (held) return held.value;
  }
  return checkAndReport(pool, inputs, opts, io, null);
}

/**
 * Opens `path` as a workbook package (read-only, through the checked package layer) and hands it to
 * `withZip`, closing it afterwards. Null when it does not open as a workbook: the caller reads it by
 * path, which reports why.
 */
async function withOpenedWorkbook<T>(path: string, withZip: (zip: XlsxZip) => Promise<T>): Promise<{ value: T } | null> {
  let outcome: { value: T } | { error: unknown } | null = null;
  try {
    await readPackageFile(path, resolveLimits(), refuseOle, async (zip) => {
      // A package that holds no workbook (a Word document named .xlsx) is read the usual way.
      if ((await findWorkbookPart(zip)).part === null) return;
      try {
        outcome = { value: await withZip(zip) };
      } catch (e) {
        outcome = { error: e };
      }
    });
  } catch {
    // It did not open: read by path below, which reports why.
  }
  const done = outcome as { value: T } | { error: unknown } | null;
  if (done && 'error' in done) throw done.error;
  return done;
}

async function checkAndReport(pool: WorkerPool | null, inputs: InputPath[], opts: CheckOptions, io: CliIO, opened: XlsxZip | null): Promise<number> {
  const header = { tool: { name: 'budgettjek', version: toolVersion() }, template: opts.template, templateSource: opts.source, lang: opts.lang };
  const stream: ReportStream = opts.format === 'json' ? new JsonReportStream(header) : new TextReportStream(opts.lang, io.colour);
  const progress = new Progress(inputs.length, io.stderr, io.progress === true, io.progressAfterMs, io.columns);
  const write = (text: string) => {
    if (!text) return;
    progress.clear();
    io.stdout(text);
    progress.redraw();
  };

  let unreadable = false;
  let errors = 0;
  let annotated: FileReport | undefined;
  write(stream.begin());
  try {
    const readOpened: OpenedReader | undefined = opened ? (visit, onWorkbook) => visitXlsxZip(opened, visit, onWorkbook) : undefined;
    await checkInOrder(inputs, opts, pool, progress, readOpened, (report) => {
      if (report.error) {
        unreadable = true;
        progress.clear();
        io.stderr(`budgettjek: ${visible(oneLine(`${report.path}: ${report.error.message[opts.lang]}`))}\n`);
        progress.redraw();
      } else {
        for (const f of report.result.findings) if (f.severity === 'error') errors++;
        if (opts.annotate) annotated = report;
      }
      write(stream.file(report));
      if (!report.error && report.result.tables.length === 0) {
        // Not an error (exit 0 stays), but no table is no check: say why that may be, on stderr.
        progress.clear();
        io.stderr(`budgettjek: ${visible(oneLine(`${report.path}: ${noTablesHint[opts.lang]}`))}\n`);
        progress.redraw();
      }
    });
  } finally {
    progress.finish();
  }
  write(stream.end());

  if (opts.annotate && annotated?.result) {
    try {
      // The copy writers are loaded only here, when a copy is written.
      if (opened) await (await import('../writers/xlsx/annotate')).writeAnnotatedCopy(opened, opts.annotate, annotated.result, opts.lang, { force: opts.force });
      else {
        const write = isWordPath(annotated.path)
          ? (await import('../writers/docx/annotateDocx')).writeAnnotatedDocx
          : (await import('../writers/xlsx/annotate')).writeAnnotatedCopy;
        await write(annotated.path, opts.annotate, annotated.result, opts.lang, { force: opts.force });
      }
      if (opts.format === 'text') {
        io.stdout(opts.lang === 'da' ? `Markeret kopi skrevet til ${visible(opts.annotate)}\n` : `Annotated copy written to ${visible(opts.annotate)}\n`);
      }
    } catch (e) {
      io.stderr(`budgettjek: ${visible(oneLine(describeError(e, opts.annotate, opts.lang)))}\n`);
      return 2;
    }
  }
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}

/** Why a file may have no table the checker can find (one line on stderr). */
const noTablesHint = {
  da: 'ingen tabel fundet; en tabel er mindst to rækker med beløb og tekst ud for dem, og en tabel indsat som billede eller på et beskyttet ark kan ikke læses',
  en: 'no table found; a table is at least two rows of amounts with text beside them, and a table inserted as a picture or on a protected sheet cannot be read',
};

/**
 * Files read at once share one process, whose peak must stay within 1 GiB whatever --jobs says and
 * whatever the files are. A file is reckoned by what its package says it holds — the inflated bytes
 * its zip directory declares for the parts a reader may read (sheets, shared strings, styles, the
 * document), see packageSize.ts — not by its size on disk: 178 kB of highly compressible XML can
 * hold millions of cells. Reading peaks near 8 bytes of memory per byte of that XML (cells of 15
 * bytes cost about 130 bytes each), so each is reckoned at 10 and a fixed part for the file's
 * own state. The zip layer never inflates a part past its declared size, and the read is given
 * the declared bytes as its limit (a part read that was not reckoned stops it), so the reckoning
 * holds.
 *
 * Each worker thread reads one file at a time within its share of the bound (its heap is capped
 * there, so it collects its garbage in time); files start together only while their reckonings
 * stay within the shares; a file reckoned beyond a share is read by the main thread, alone.
 */
// Dense sheets of one-digit cells were measured at about 35 × their declared sheet XML (305 MB for
// 8 MB), and four of them at 10 × went past 1 GiB with --jobs 4: reckoned at 36 ×, such a file is
// read alone.
const PEAK_PER_DECLARED_BYTE = 36;
const PEAK_PER_FILE = 8 * 1024 * 1024;
const MB = 1024 * 1024;
const MEMORY_BOUND = 1024 * MB;
/** The main thread: the CLI, the report of the files not yet written, the case being reconciled. */
const PROCESS_BYTES = 96 * MB;
/** A worker thread beside its heap: its isolate, its code, its young generation. */
const WORKER_BYTES = 48 * MB;
/** The least share of the bound a worker is started with: --jobs beyond that starts no more. */
const MIN_WORKER_SHARE = 128 * MB;

/** Worker threads for `jobs`, and each one's share of the memory bound (bytes). */
export function workerPlan(jobs: number): { workers: number; share: number } {
  const room = MEMORY_BOUND - PROCESS_BYTES;
  const workers = Math.max(1, Math.min(jobs, Math.floor(room / (MIN_WORKER_SHARE + WORKER_BYTES))));
  return { workers, share: Math.floor((room - workers * WORKER_BYTES) / workers) };
}

interface Admission {
  /** Reckoned peak of reading the file. */
  peak: number;
  /** Read limits that keep the file within its reckoning. */
  options?: ReadOptions;
}

async function admission(path: string): Promise<Admission> {
  const declared = await declaredContent(path);
  // Not a package that opens: its read fails at once and reports why.
  if (!declared) return { peak: PEAK_PER_FILE };
  return {
    peak: PEAK_PER_FILE + declared.readableBytes * PEAK_PER_DECLARED_BYTE,
    options: { maxTotalBytes: Math.min(DEFAULT_READ_LIMITS.maxTotalBytes, declared.readableBytes) },
  };
}

/** Whether the paths may name several files (several paths, or a folder): worth starting workers for. */
function maySeveral(paths: string[]): boolean {
  if (paths.length > 1) return true;
  try {
    return statSync(paths[0]).isDirectory();
  } catch {
    return false;
  }
}

/** The worker threads of a check, started before the files are found (they load meanwhile); null for one job. */
function startPool(opts: CheckOptions, colour: boolean): WorkerPool | null {
  const jobs = opts.jobs ?? defaultJobs();
  if (jobs <= 1 || opts.annotate || !maySeveral(opts.paths) || !workersAvailable()) return null;
  const { workers, share } = workerPlan(jobs);
  return new WorkerPool(workers, opts.template, { format: opts.format, lang: opts.lang, colour }, Math.floor(share / MB));
}

/**
 * Checks the inputs (in worker threads when there are several files and a pool) and hands each
 * file's report to `emit` in input order, as soon as its case is complete and every file before it
 * has been emitted. Files are started no further ahead than the case being waited for plus a few,
 * so the results held at once stay bounded.
 */
async function checkInOrder(
  inputs: InputPath[],
  opts: CheckOptions,
  pool: WorkerPool | null,
  progress: Progress,
  readOpened: OpenedReader | undefined,
  emit: (report: FileReport) => void,
): Promise<void> {
  const n = inputs.length;
  // With workers the main thread only admits, reconciles and writes; it reads a file itself only
  // when the file is reckoned beyond a worker's share (and then alone).
  const workers = n > 1 ? pool : null;
  const share = workers ? workerPlan(opts.jobs ?? defaultJobs()).share : Infinity;
  const concurrency = workers ? workers.capacity : 1;
  const check = (i: number, admitted: Admission): Promise<PooledOutcome> => {
    if (workers && admitted.peak <= share) return workers.check(i, inputs[i].path, admitted.options);
    return checkFileAlone(inputs[i].path, opts.template, admitted.options, readOpened).then((outcome) => ({ outcome }));
  };

  const members = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const list = members.get(input.caseKey);
    if (list) list.push(i);
    else members.set(input.caseKey, [i]);
  });
  const remaining = new Map([...members].map(([key, list]) => [key, list.length]));
  const outcomes = new Map<number, PooledOutcome>();
  const reports = new Map<number, FileReport>();
  const lookahead = 2 * concurrency;
  let nextStart = 0;
  let nextEmit = 0;
  let done = 0;

  /**
   * Reconciles a complete case and makes its files' reports. Workers send proposals with their
   * headings only (see checkWorker.ts); whether the case reconciles across files is decided by what
   * came, and only then are the full tables fetched and the case reconciled on them.
   */
  const completeCase = async (key: string): Promise<void> => {
    const list = members.get(key)!;
    members.delete(key);
    const readable: CaseWorkbook[] = [];
    const at: number[] = [];
    for (const i of list) {
      const { outcome: o } = outcomes.get(i)!;
      if (o.error) {
        reports.set(i, { path: inputs[i].path, error: o.error });
        outcomes.delete(i);
      } else {
        readable.push({ ...o.alone, name: inputs[i].path });
        at.push(i);
      }
    }
    const asAlone = (reconciled: Finding[], w: CaseWorkbook) => reconciled === w.reconciledAlone || (reconciled.length === 0 && !w.reconciledAlone?.length);
    let reconciled = reconcileCase(readable, opts.template);
    const holders = at.map((i) => outcomes.get(i)!.holder);
    if (reconciled.some((r, k) => !asAlone(r, readable[k])) && holders.some(Boolean)) {
      await Promise.all(
        holders.map(async (holder, k) => {
          if (!holder) return;
          const full = (await holder.take()) ?? (await checkFileAlone(inputs[at[k]].path, opts.template)).alone?.tables;
          if (full) readable[k] = { ...readable[k], tables: full };
        }),
      );
      reconciled = reconcileCase(readable, opts.template);
    } else for (const holder of holders) holder?.release();
    reconciled.forEach((r, k) => {
      const w = readable[k];
      const i = at[k];
      const { rendered } = outcomes.get(i)!;
      outcomes.delete(i);
      // The case adds nothing to what the file yields alone: its part as the worker wrote it holds.
      const result = { tables: w.tables, findings: sortFindings([...w.findings, ...r], w.sheetNames) };
      reports.set(i, { path: inputs[i].path, result, rendered: asAlone(r, w) ? rendered : undefined });
    });
  };
  const emitReady = () => {
    while (reports.has(nextEmit)) {
      const report = reports.get(nextEmit)!;
      reports.delete(nextEmit);
      nextEmit++;
      emit(report);
    }
  };
  /** A file's outcome arrived; resolves once what it completes has been emitted. */
  const arrive = async (i: number, outcome: PooledOutcome): Promise<void> => {
    done++;
    progress.update(done);
    outcomes.set(i, outcome);
    const key = inputs[i].caseKey;
    const left = remaining.get(key)! - 1;
    remaining.set(key, left);
    if (left === 0) await completeCase(key);
    emitReady();
  };
  const lastOfCase = new Map<string, number>();
  inputs.forEach((input, i) => lastOfCase.set(input.caseKey, i));
  const startLimit = () => (nextEmit < n ? lastOfCase.get(inputs[nextEmit].caseKey)! + lookahead : n);

  await new Promise<void>((resolveAll, reject) => {
    let active = 0;
    let reckoned = 0;
    // What the files in flight may be reckoned at together: the workers' shares.
    const budget = workers ? share * workers.size : 0;
    let readingAlone = false;
    /** The next file's admission, once its package has been looked at. */
    let next: { i: number; admission: Admission | null } | null = null;
    const pump = () => {
      while (active < concurrency && nextStart < n && nextStart <= startLimit()) {
        const input = inputs[nextStart];
        if (input.error) {
          arrive(nextStart++, { outcome: { path: input.path, error: fileError(input.error) } }).then(pump, reject);
          continue;
        }
        // One file at a time needs no reckoning.
        if (concurrency === 1) next = { i: nextStart, admission: { peak: 0 } };
        if (next?.i !== nextStart) {
          const at = nextStart;
          next = { i: at, admission: null };
          admission(input.path).then((a) => {
            if (next?.i === at) next.admission = a;
            pump();
          }, reject);
          break;
        }
        if (!next.admission) break; // still looking
        const admitted = next.admission;
        const { peak } = admitted;
        // Wait for memory; a file beyond a worker's share waits until it can be read alone.
        if (active > 0 && (reckoned + peak > budget || peak > share || readingAlone)) break;
        const i = nextStart++;
        next = null;
        reckoned += peak;
        active++;
        const alone = peak > share;
        if (alone) readingAlone = true;
        progress.update(done, input.path);
        check(i, admitted).then(
          (outcome) => {
            active--;
            reckoned -= peak;
            if (alone) readingAlone = false;
            arrive(i, outcome).then(pump, reject);
          },
          reject,
        );
      }
      if (nextEmit === n) resolveAll();
    };
    pump();
  });
}
