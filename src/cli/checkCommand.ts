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
import { analyseCase, reconcileCase, sortFindings, type AnalysisResult, type CaseWorkbook, type Finding, type Lang, type Template } from '../core';
import { findWorkbookPart, isWordPath, readPackageFile, refuseOle, resolveLimits, visitXlsxZip, type ReadOptions, type XlsxZip } from '../readers';
import { workerPlan } from './admission';
import { checkOutput, stopped, type LineIO } from './commandSkeleton';
import { checkFileAlone, fileError, type FileOutcome, type OpenedReader } from './checkFile';
import { collectAfterLargeRead } from './heap';
import { expandPaths, type InputPath } from './files';
import { CliIO, oneLine, toolVersion } from './io';
import { JsonReportStream } from './output/json';
import type { FileReport, ReportStream } from './output/report';
import { visible } from './output/terminalText';
import { TextReportStream } from './output/textReport';
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

/** Each line through the terminal filter, as the rest of the check writes. */
const visibleLines = (io: CliIO): LineIO => ({ stdout: (s) => io.stdout(`${visible(s)}\n`), stderr: (s) => io.stderr(`${visible(s)}\n`) });

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
    try {
      // The same check of the output as every command that writes a copy.
      await checkOutput(inputs[0].path, opts.annotate, opts.force);
    } catch (e) {
      return stopped(e, opts.annotate, opts.lang, visibleLines(io));
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
      // A fault of the output names the output; a fault of the input (met while the copy is written) names the input.
      return stopped(e, opts.annotate, opts.lang, visibleLines(io));
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
  return new WorkerPool(workers, opts.template, { format: opts.format, lang: opts.lang, colour }, share);
}

/**
 * Reconciles a complete case (the files `list` names, all arrived in `outcomes`) and makes its
 * files' reports. Workers send proposals with their headings only and findings counted only (see
 * checkWorker.ts); whether the case reconciles across files is decided by what came, and only then
 * are the full tables and findings fetched and the case reconciled on them.
 */
async function reportCase(list: number[], inputs: InputPath[], template: Template, outcomes: Map<number, PooledOutcome>, reports: Map<number, FileReport>): Promise<void> {
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
  let reconciled = reconcileCase(readable, template);
  const holders = at.map((i) => outcomes.get(i)!.holder);
  if (reconciled.some((r, k) => !asAlone(r, readable[k])) && holders.some(Boolean)) {
    await Promise.all(
      holders.map(async (holder, k) => {
        if (!holder) return;
        const full = (await holder.take()) ?? (await checkFileAlone(inputs[at[k]].path, template)).alone;
        if (full) readable[k] = { ...readable[k], tables: full.tables, findings: full.findings };
      }),
    );
    reconciled = reconcileCase(readable, template);
  } else for (const holder of holders) holder?.release();
  reconciled.forEach((r, k) => {
    const w = readable[k];
    const i = at[k];
    const { rendered } = outcomes.get(i)!;
    outcomes.delete(i);
    // The case adds nothing to what the file yields alone: its part as the worker wrote it holds,
    // and its findings (counted only) are for the summary alone. Otherwise the part is written
    // anew here, from the full findings fetched above.
    if (rendered !== undefined && asAlone(r, w)) reports.set(i, { path: inputs[i].path, result: { tables: w.tables, findings: [...w.findings, ...r] }, rendered });
    else reports.set(i, { path: inputs[i].path, result: { tables: w.tables, findings: sortFindings([...w.findings, ...r], w.sheetNames) } });
  });
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
  // With workers the main thread only hands out files, reconciles and writes; it reads a file
  // itself only when a worker reckoned the file beyond its share (and then alone).
  const workers = n > 1 ? pool : null;
  const concurrency = workers ? workers.capacity : 1;
  /** A file read here, one at a time; its garbage collected before the next one if it was large. */
  const readHere = (i: number, options?: ReadOptions): Promise<PooledOutcome> =>
    checkFileAlone(inputs[i].path, opts.template, options, readOpened).then((outcome: FileOutcome) => {
      collectAfterLargeRead();
      return { outcome };
    });

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

  const completeCase = (key: string): Promise<void> => {
    const list = members.get(key)!;
    members.delete(key);
    return reportCase(list, inputs, opts.template, outcomes, reports);
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
    /** Files a worker gave back unread, reckoned beyond its share: read here, each alone. */
    const alone: { i: number; options?: ReadOptions }[] = [];
    let readingAlone = false;
    const pump = () => {
      // A file to read alone waits until the workers have finished what they hold.
      if (alone.length && !readingAlone && active === 0) {
        const { i, options } = alone.shift()!;
        readingAlone = true;
        progress.update(done, inputs[i].path);
        readHere(i, options).then((outcome) => {
          readingAlone = false;
          arrive(i, outcome).then(pump, reject);
        }, reject);
      }
      while (!alone.length && !readingAlone && active < concurrency && nextStart < n && nextStart <= startLimit()) {
        const input = inputs[nextStart];
        if (input.error) {
          arrive(nextStart++, { outcome: { path: input.path, error: fileError(input.error) } }).then(pump, reject);
          continue;
        }
        const i = nextStart++;
        active++;
        progress.update(done, input.path);
        (workers ? workers.check(i, input.path) : readHere(i)).then((outcome) => {
          active--;
          if ('oversize' in outcome) {
            alone.push({ i, options: outcome.oversize.options });
            pump();
          } else arrive(i, outcome).then(pump, reject);
        }, reject);
      }
      if (nextEmit === n) resolveAll();
    };
    pump();
  });
}
