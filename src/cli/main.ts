/**
 * `budgettjek`: check, convert, fix, templates. Exit status: 0 no errors, 1 at least one error finding
 * (or, for convert, a table that could not be converted), 2 bad usage or an unreadable input —
 * always with a one-line reason on stderr, never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core';
import { defaultJobs, runCheck } from './checkCommand';
import { CliIO, oneLine, processIO, toolVersion } from './io';

/** For the launcher: stdout's reader has gone (see io.ts). */
export { stdoutClosed } from './io';
import { commandWords, helpAfter, helpConfiguration, helpWords, usageError, usageLang } from './usageWords';
import { loadTemplateArg, UsageError, type LoadedTemplate } from './templateArg';
import { collectIndex, templateWithIndexOptions } from './indexOption';
import { registerTemplatesCommand } from './templatesCommand';
import { organisationFor } from './organisationConfig';
import { terminalIO } from './output/terminalText';

export async function main(argv: string[], terminal: CliIO = processIO): Promise<number> {
  // Every line the CLI prints, whatever prints it, passes one filter (controls and invisible
  // characters shown escaped; see terminalText.ts).
  const io = terminalIO(terminal);
  let exitCode = 0;
  const setExitCode = (code: number) => (exitCode = code);
  const lang = usageLang(argv);
  const program = programFor(io, lang);
  registerCheckCommand(program, io, setExitCode, lang);
  registerConvertCommand(program, io, setExitCode, lang);
  registerFixCommand(program, io, setExitCode, lang);
  registerTemplatesCommand(program, io, setExitCode, lang);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return failureExitCode(e, io, lang);
  }
}

/** The program with its help and usage errors in the user's language: set before the commands, which inherit it. */
function programFor(io: CliIO, lang: Lang): Command {
  const words = helpWords(lang);
  return new Command()
    .name('budgettjek')
    .description(commandWords[lang].program)
    .usage(commandWords[lang].usage)
    .version(toolVersion(), '-v, --version', words.version)
    .helpOption('-h, --help', words.help)
    .helpCommand(lang === 'da' ? 'help [kommando]' : 'help [command]', words.helpCommand)
    .configureHelp(helpConfiguration(lang))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`budgettjek: ${oneLine(usageError(s, lang))}\n`),
    })
    .showHelpAfterError(false)
    .addHelpText('after', helpAfter(lang));
}

/** How a run that threw ends: help and version exit 0; bad usage, and anything unexpected, 2 with one line on stderr. */
function failureExitCode(e: unknown, io: CliIO, lang: Lang): number {
  if (e instanceof CommanderError) {
    // Help and version exit 0; everything else commander rejects is bad usage.
    return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
  }
  if (e instanceof UsageError) {
    io.stderr(`budgettjek: ${oneLine(e.message)}\n`);
    return 2;
  }
  io.stderr(`budgettjek: ${lang === 'da' ? 'uventet fejl' : 'unexpected error'}: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
  return 2;
}

/**
 * The options every command shares, declared once: the template (and the organisation's
 * templates), --index, --force and --lang. Read back by `templateOf`.
 */
function withSharedOptions(command: Command, lang: Lang): Command {
  const w = commandWords[lang];
  return (
    command
      // `--template` has no fixed default: the organisation's default, else the built-in one.
      .addOption(new Option(`--template <${lang === 'da' ? 'id|fil' : 'id|file'}>`, w.template))
      .addOption(new Option(`--templates <${lang === 'da' ? 'mappe' : 'folder'}>`, w.templates))
      .addOption(new Option(`--index <${lang === 'da' ? 'trin' : 'step'}>`, w.index).argParser(collectIndex))
      .option('--force', w.force)
      .addOption(new Option('--lang <lang>', w.lang).choices(['da', 'en']).default('da'))
  );
}

/** An argument as usage shows it: `<fil>` or `<sti...>`. */
const arg = (a: readonly string[], variadic = false) => `<${a[0]}${variadic ? '...' : ''}>`;

function registerCheckCommand(program: Command, io: CliIO, setExitCode: (code: number) => void, lang: Lang): void {
  const w = commandWords[lang];
  const c = w.check;
  withSharedOptions(
    program
      .command('check')
      .description(c.description)
      .usage(w.commandUsage(arg(c.paths, true)))
      .argument(arg(c.paths, true), c.paths[1])
      .addOption(new Option(`--format <${c.format[0]}>`, c.format[1]).choices(['text', 'json']).default('text'))
      .option(`--annotate <${c.annotate[0]}>`, c.annotate[1])
      .option(`--jobs <${c.jobs[0]}>`, c.jobs[1], (value: string) => parseJobs(value, lang))
      .option('--each', c.each),
    lang,
  ).action(async (paths: string[], opts: SharedOptions & { format: 'text' | 'json'; annotate?: string; jobs?: number; each?: boolean }) => {
    const { template, source } = templateOf(opts, paths[0]);
    setExitCode(
      await runCheck(
        { paths, template, source, format: opts.format, lang: opts.lang, annotate: opts.annotate, force: opts.force, jobs: opts.jobs ?? defaultJobs(), each: opts.each },
        io,
      ),
    );
  });
}

function registerConvertCommand(program: Command, io: CliIO, setExitCode: (code: number) => void, lang: Lang): void {
  const w = commandWords[lang];
  const v = w.convert;
  withSharedOptions(
    program
      .command('convert')
      .description(v.description)
      .usage(w.commandUsage(arg(v.input)))
      .argument(arg(v.input), v.input[1])
      .requiredOption(`--to <${v.to[0]}>`, v.to[1], (value: string) => parseYear(value, lang))
      .option(`--from <${v.from[0]}>`, v.from[1], (value: string) => parseYear(value, lang))
      .requiredOption(`--out <${v.out[0]}>`, v.out[1])
      .addOption(new Option(`--rounding <${v.rounding[0]}>`, v.rounding[1]).choices(['largest-remainder', 'half-up']).default('largest-remainder'))
      .option('--allow-unchanged', v.allowUnchanged),
    lang,
  ).action(async (input: string, opts: SharedOptions & { to: number; from?: number; out: string; rounding: 'largest-remainder' | 'half-up'; allowUnchanged?: boolean }) => {
    const { template } = templateOf(opts, input);
    // Converting writes a copy (the package writer): loaded only for this command.
    const { runConvert } = await import('./convertCommand');
    setExitCode(
      await runConvert(
        { input, out: opts.out, to: opts.to, from: opts.from, rounding: opts.rounding, templateId: template.id, template, lang: opts.lang, force: opts.force, allowUnchanged: opts.allowUnchanged },
        io,
      ),
    );
  });
}

function registerFixCommand(program: Command, io: CliIO, setExitCode: (code: number) => void, lang: Lang): void {
  const w = commandWords[lang];
  const f = w.fix;
  withSharedOptions(
    program
      .command('fix')
      .description(f.description)
      .usage(w.commandUsage(arg(f.input)))
      .argument(arg(f.input), f.input[1])
      .requiredOption(`--out <${f.out[0]}>`, f.out[1])
      .option(`--only <${f.only[0]}>`, f.only[1])
      .addOption(new Option(`--totals <${f.totals[0]}>`, f.totals[1]).choices(['sum']))
      .option('--relabel', f.relabel),
    lang,
  ).action(async (input: string, opts: SharedOptions & { out: string; only?: string; totals?: 'sum'; relabel?: boolean }) => {
    const { template } = templateOf(opts, input);
    // Writing the fixed copy needs the package writer: loaded only for this command.
    const { parseOnly, runFix } = await import('./fixCommand');
    setExitCode(
      await runFix(
        {
          input,
          out: opts.out,
          template,
          lang: opts.lang,
          only: opts.only ? parseOnly(opts.only, opts.lang) : undefined,
          totalsSum: opts.totals === 'sum',
          relabel: opts.relabel,
          force: opts.force,
        },
        io,
      ),
    );
  });
}

/** What `withSharedOptions` declares, as commander hands it to an action. */
interface SharedOptions {
  template?: string;
  templates?: string;
  index?: string[];
  force?: boolean;
  lang: Lang;
}

/**
 * The run's template: `--template` (else the organisation's default, else the built-in one), from
 * `--templates` or the organisation config found from the first input, with the `--index` steps in
 * place. The same for every command.
 */
function templateOf(opts: SharedOptions, firstInput: string): LoadedTemplate {
  const loaded = loadTemplateArg(opts.template, opts.lang, organisationFor(opts.templates, firstInput, opts.lang));
  return { ...loaded, template: templateWithIndexOptions(loaded.template, opts.index, opts.lang) };
}

function parseJobs(value: string, lang: Lang): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256) {
    throw new UsageError(lang === 'da' ? `--jobs: "${value}" er ikke et antal (1–256)` : `--jobs: "${value}" is not a number of files (1–256)`);
  }
  return n;
}

function parseYear(value: string, lang: Lang): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || year < 1990 || year > 2100) {
    throw new UsageError(lang === 'da' ? `"${value}" er ikke et årstal (fx 2026)` : `"${value}" is not a year (e.g. 2026)`);
  }
  return year;
}
