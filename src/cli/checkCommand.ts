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
import { analyseCase, type CaseWorkbook } from '../core/analyse';
import type { AnalysisResult, Lang } from '../core/model';
import type { Template } from '../core/templates/template';
import { isWordPath } from '../readers';
import { InputError } from '../readers/inputError';
import { OutputError } from '../writers/outputError';
import { checkOutputTarget } from '../writers/outputTarget';
import { checkFileAlone, fileError, type FileOutcome } from './checkFile';
import { expandPaths, type InputPath } from './files';
import { CliIO, oneLine, toolVersion } from './io';
import { JsonReportStream } from './output/json';
import type { FileReport, ReportStream } from './output/report';
import { visible } from './output/terminalText';
import { TextReportStream } from './output/text';
import { Progress } from './progress';
import { UsageError } from './templateArg';
import { WorkerPool, workersAvailable } from './workerPool';

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
    await checkInOrder(inputs, opts, progress, (report) => {
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
    });
  } finally {
    progress.finish();
  }
  write(stream.end());

  if (opts.annotate && annotated?.result) {
    try {
      // The copy writers are loaded only here, when a copy is written.
      const write = isWordPath(annotated.path)
        ? (await import('../writers/docx/annotateDocx')).writeAnnotatedDocx
        : (await import('../writers/xlsx/annotate')).writeAnnotatedCopy;
      await write(annotated.path, opts.annotate, annotated.result, opts.lang, { force: opts.force });
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

/**
 * Files read at once share one process, whose peak must stay within 1 GiB whatever --jobs says:
 * each file is reckoned at up to this many times its size on disk (a packed .xlsx of 1,2 MB peaks
 * near 120 MB), and files start together only while their reckoning stays within the budget; a
 * file bigger than the budget is read alone.
 */
const PEAK_PER_FILE_BYTE = 100;
const PARALLEL_MEMORY_BUDGET = 512 * 1024 * 1024;

function reckonedPeak(path: string): number {
  try {
    return statSync(path).size * PEAK_PER_FILE_BYTE;
  } catch {
    return 0;
  }
}

/**
 * Checks the inputs (in worker threads when there are several files and jobs > 1) and hands each
 * file's report to `emit` in input order, as soon as its case is complete and every file before it
 * has been emitted. Files are started no further ahead than the case being waited for plus a few,
 * so the results held at once stay bounded.
 */
async function checkInOrder(inputs: InputPath[], opts: CheckOptions, progress: Progress, emit: (report: FileReport) => void): Promise<void> {
  const n = inputs.length;
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), n));
  // The main thread checks files too, so --jobs N starts N - 1 worker threads (one fewer isolate to
  // warm up); it takes a file whenever it has none, the workers take the rest.
  const pool = jobs > 1 && workersAvailable() ? new WorkerPool(jobs - 1, opts.template) : null;
  const concurrency = 1 + (pool ? pool.capacity : 0);
  let mainBusy = false;
  const check = (i: number): Promise<FileOutcome> => {
    if (mainBusy && pool) return pool.check(i, inputs[i].path);
    mainBusy = true;
    return checkFileAlone(inputs[i].path, opts.template).finally(() => {
      mainBusy = false;
    });
  };

  const members = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const list = members.get(input.caseKey);
    if (list) list.push(i);
    else members.set(input.caseKey, [i]);
  });
  const remaining = new Map([...members].map(([key, list]) => [key, list.length]));
  const outcomes = new Map<number, FileOutcome>();
  const reports = new Map<number, FileReport>();
  const lookahead = 2 * concurrency;
  let nextStart = 0;
  let nextEmit = 0;
  let done = 0;

  const completeCase = (key: string) => {
    const list = members.get(key)!;
    const readable: CaseWorkbook[] = [];
    const at: number[] = [];
    for (const i of list) {
      const o = outcomes.get(i)!;
      outcomes.delete(i);
      if (o.error) reports.set(i, { path: inputs[i].path, error: o.error });
      else {
        readable.push({ ...o.alone, name: inputs[i].path });
        at.push(i);
      }
    }
    analyseCase(readable, opts.template).forEach((result, k) => reports.set(at[k], { path: inputs[at[k]].path, result }));
    members.delete(key);
  };
  const arrive = (i: number, outcome: FileOutcome) => {
    done++;
    progress.update(done);
    outcomes.set(i, outcome);
    const key = inputs[i].caseKey;
    const left = remaining.get(key)! - 1;
    remaining.set(key, left);
    if (left === 0) completeCase(key);
    while (reports.has(nextEmit)) {
      const report = reports.get(nextEmit)!;
      reports.delete(nextEmit);
      nextEmit++;
      emit(report);
    }
  };
  const lastOfCase = new Map<string, number>();
  inputs.forEach((input, i) => lastOfCase.set(input.caseKey, i));
  const startLimit = () => (nextEmit < n ? lastOfCase.get(inputs[nextEmit].caseKey)! + lookahead : n);

  try {
    await new Promise<void>((resolveAll, reject) => {
      let active = 0;
      let reckoned = 0;
      let nextPeak: number | null = null;
      const pump = () => {
        while (active < concurrency && nextStart < n && nextStart <= startLimit()) {
          const input = inputs[nextStart];
          if (input.error) {
            arrive(nextStart++, { path: input.path, error: fileError(input.error) });
            continue;
          }
          nextPeak ??= reckonedPeak(input.path);
          if (active > 0 && reckoned + nextPeak > PARALLEL_MEMORY_BUDGET) break; // wait for memory
          const i = nextStart++;
          const peak = nextPeak;
          nextPeak = null;
          reckoned += peak;
          active++;
          progress.update(done, input.path);
          check(i).then(
            (outcome) => {
              active--;
              reckoned -= peak;
              try {
                arrive(i, outcome);
                pump();
              } catch (e) {
                reject(e);
              }
            },
            reject,
          );
        }
        if (nextEmit === n) resolveAll();
      };
      pump();
    });
  } finally {
    await pool?.close();
  }
}
