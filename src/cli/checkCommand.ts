/** `budgettjek check`: read each workbook, analyse it, print text or JSON, optionally annotate a copy. */
import { resolve } from 'node:path';
import { WorkbookAnalysis } from '../core/analyse';
import type { AnalysisResult, Lang } from '../core/model';
import type { Template } from '../core/templates/template';
import { InputError } from '../readers/inputError';
import { isWordPath, visitWorkbookFile } from '../readers';
import { OutputError } from '../writers/outputError';
import { checkOutputTarget } from '../writers/outputTarget';
import { checkCopyable } from '../writers/xlsx/workbookFile';
import { writeAnnotatedDocx } from '../writers/docx/annotateDocx';
import { writeAnnotatedCopy } from '../writers/xlsx/annotate';
import { expandPaths } from './files';
import { CliIO, oneLine, toolVersion } from './io';
import { jsonReport } from './output/json';
import type { FileReport } from './output/report';
import { summarize } from './output/report';
import { textReport } from './output/text';
import { UsageError } from './templateArg';

export interface CheckOptions {
  paths: string[];
  template: Template;
  source: string;
  format: 'text' | 'json';
  lang: Lang;
  annotate?: string;
  /** Overwrite an existing --annotate file (never the input). */
  force?: boolean;
}

function describeError(e: unknown, file: string, lang: Lang): string {
  if (e instanceof InputError || e instanceof OutputError) return e.messageFor(lang);
  const why = e instanceof Error ? e.message : String(e);
  return lang === 'da' ? `${file}: kunne ikke læses (${why})` : `${file}: could not be read (${why})`;
}

/** Reads and analyses one workbook sheet by sheet, holding one sheet's grid at a time. */
export async function analyseFile(path: string, template: Template): Promise<AnalysisResult> {
  const analysis = new WorkbookAnalysis(template);
  await visitWorkbookFile(path, (sheet) => analysis.addSheet(sheet));
  return analysis.finish();
}

export async function runCheck(opts: CheckOptions, io: CliIO): Promise<number> {
  const inputs = expandPaths(opts.paths);
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
      // A copy too large (or impossible) to make is refused before the analysis; other input
      // errors are left to the read below, which reports them.
      if (!inputs[0].error && !isWordPath(inputs[0].path)) await checkCopyable(inputs[0].path);
    } catch (e) {
      const copyRefused = e instanceof InputError && (e.code === 'too-large' || e.code === 'no-copy');
      if (e instanceof OutputError || copyRefused) {
        io.stderr(`budgettjek: ${(e as OutputError | InputError).messageFor(opts.lang)}\n`);
        return 2;
      }
      if (!(e instanceof InputError)) throw e;
    }
  }
  if (inputs.length === 0) {
    throw new UsageError(opts.lang === 'da' ? `ingen .xlsx-, .xlsm- eller .docx-filer i ${opts.paths.join(', ')}` : `no .xlsx, .xlsm or .docx files in ${opts.paths.join(', ')}`);
  }

  const files: FileReport[] = [];
  let unreadable = false;
  for (const input of inputs) {
    if (input.error) {
      io.stderr(`budgettjek: ${input.error.messageFor(opts.lang)}\n`);
      unreadable = true;
      continue;
    }
    try {
      files.push({ path: input.path, result: await analyseFile(input.path, opts.template) });
    } catch (e) {
      io.stderr(`budgettjek: ${describeError(e, input.path, opts.lang)}\n`);
      unreadable = true;
    }
  }

  const report = { tool: { name: 'budgettjek', version: toolVersion() }, template: opts.template, templateSource: opts.source, files, lang: opts.lang };
  // Scripts always get their JSON document; a person whose every file was unreadable has the
  // reasons on stderr and needs no empty summary under them.
  if (opts.format === 'json') io.stdout(`${jsonReport(report)}\n`);
  else if (files.length > 0) io.stdout(textReport(report, io.colour));

  if (opts.annotate && files.length === 1) {
    try {
      const write = isWordPath(files[0].path) ? writeAnnotatedDocx : writeAnnotatedCopy;
      await write(files[0].path, opts.annotate, files[0].result, opts.lang);
      if (opts.format === 'text') {
        io.stdout(opts.lang === 'da' ? `Markeret kopi skrevet til ${opts.annotate}\n` : `Annotated copy written to ${opts.annotate}\n`);
      }
    } catch (e) {
      io.stderr(`budgettjek: ${oneLine(describeError(e, opts.annotate, opts.lang))}\n`);
      return 2;
    }
  }
  if (unreadable) return 2;
  return summarize(files).errors > 0 ? 1 : 0;
}
