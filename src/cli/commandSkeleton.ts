/**
 * The one skeleton of the commands that write a copy (`check --annotate`, `convert`, `fix`):
 * check the output → open the source once → analyse → act → write → exit code.
 *
 * - The output is checked before anything is read, the same way for every command: never the
 *   input itself (by path, link or hard link), never a symbolic link without --force (with it, the
 *   link itself is replaced), never a folder, device, FIFO or socket (--force or not), never an
 *   existing file without --force, never in a folder that does not exist.
 * - The source is opened (and checked) once; the copy is written from the same opened package.
 * - Whatever stops a command is said in one line on stderr, `budgettjek: FILE: reason`, naming the
 *   file at fault, and the exit status is 2. Bad usage is left to the caller (main), which says it
 *   the same way.
 */
import { IndexOverrideError, type Lang } from '../core';
import { InputError, refuseOle, resolveLimits, withPackageFile, type XlsxZip } from '../readers';
import { assertNotInput, checkOutputTarget, OutputError } from '../writers';
import { oneLine } from './io';
import { UsageError } from './templateArg';

/** Where a command writes its lines (one line per call; the newline is added). */
export interface LineIO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Where a command writes its text (as given: the caller adds the newlines). */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Writes to `io` line by line (each call one line, newline added). */
export function lineIO(io: CommandIO): LineIO {
  return { stdout: (s) => io.stdout(`${s}\n`), stderr: (s) => io.stderr(`${s}\n`) };
}

/**
 * Step 1: throws OutputError when `output` must not be written for `input` (see the module
 * comment). An input that does not exist is no reason to refuse the output: opening it says so.
 */
export async function checkOutput(input: string, output: string, force: boolean | undefined): Promise<void> {
  try {
    await assertNotInput(input, output);
  } catch (e) {
    if (!(e instanceof InputError && e.code === 'missing')) throw e;
  }
  await checkOutputTarget(output, { force });
}

/** The one line that says why a command stopped: the file at fault and the reason. */
export function failureLine(e: unknown, file: string, lang: Lang): string {
  if (e instanceof InputError || e instanceof OutputError) return e.messageFor(lang);
  if (e instanceof IndexOverrideError) return e.message;
  const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `${file}: ${why}`;
}

/** Says why a command stopped (one line on stderr) and gives its exit status, 2. Bad usage is rethrown for main. */
export function stopped(e: unknown, file: string, lang: Lang, io: LineIO): number {
  if (e instanceof UsageError) throw e;
  io.stderr(`budgettjek: ${oneLine(failureLine(e, file, lang))}`);
  return 2;
}

/** What a command that writes a copy does between opening its source and its exit status. */
export interface CopyCommand<Analysis, Plan> {
  /** Reads the opened source and analyses it. */
  analyse: (source: XlsxZip) => Promise<Analysis>;
  /** Decides what to write and says so; or ends here with an exit status (nothing to write). */
  act: (analysis: Analysis) => { plan: Plan } | { exit: number };
  /** Writes the copy from the same opened source, says what was written, and gives the exit status. */
  write: (source: XlsxZip, plan: Plan) => Promise<number>;
}

export interface CopyTarget {
  input: string;
  out: string;
  /** Replace an existing regular file (or the symbolic link itself) at `out`. */
  force?: boolean;
  lang: Lang;
}

/** Runs a command that writes a copy through the skeleton (see the module comment). */
export async function runCopyCommand<Analysis, Plan>(target: CopyTarget, io: LineIO, command: CopyCommand<Analysis, Plan>): Promise<number> {
  try {
    await checkOutput(target.input, target.out, target.force);
    return await withPackageFile(target.input, resolveLimits(), refuseOle, async (source) => {
      const decided = command.act(await command.analyse(source));
      if ('exit' in decided) return decided.exit;
      return command.write(source, decided.plan);
    });
  } catch (e) {
    return stopped(e, target.input, target.lang, io);
  }
}
