/**
 * `budgettjek`: check, convert, templates. Exit status: 0 no errors, 1 at least one error finding
 * (or, for convert, a table that could not be converted), 2 bad usage or an unreadable input —
 * always with a one-line reason on stderr, never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core/model';
import { defaultJobs, runCheck } from './checkCommand';
import { CliIO, oneLine, processIO, toolVersion } from './io';

/** For the launcher: stdout's reader has gone (see io.ts). */
export { stdoutClosed } from './io';
import { commandWords, helpAfter, helpConfiguration, helpWords, usageError, usageLang } from './usageWords';
import { loadTemplateArg, UsageError } from './templateArg';
import { collectIndex, templateWithIndexOptions } from './indexOption';
import { registerTemplatesCommand } from './templatesCommand';
import { organisationFor } from './organisationConfig';
import { terminalIO } from './output/terminalText';

export async function main(argv: string[], terminal: CliIO = processIO): Promise<number> {
  // Every line the CLI prints, whatever prints it, passes one filter (controls and invisible
  // characters shown escaped; see terminalText.ts).
  const io = terminalIO(terminal);
  let exitCode = 0;
  const lang = usageLang(argv);
  const words = helpWords(lang);
  const w = commandWords[lang];
  const langOption = () => new Option('--lang <lang>', w.lang).choices(['da', 'en']).default('da');
  // `--template` has no fixed default: the organisation's default, else the built-in one.
  const templateOption = () => new Option(`--template <${lang === 'da' ? 'id|fil' : 'id|file'}>`, w.template);
  const templatesDirOption = () => new Option(`--templates <${lang === 'da' ? 'mappe' : 'folder'}>`, w.templates);
  const indexOption = () => new Option(`--index <${lang === 'da' ? 'trin' : 'step'}>`, w.index).argParser(collectIndex);
  const arg = (a: readonly string[], variadic = false) => `<${a[0]}${variadic ? '...' : ''}>`;
  // Help and usage errors in the user's language: set before the commands, which inherit it.
  const program = new Command()
    .name('budgettjek')
    .description(w.program)
    .usage(w.usage)
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

  const c = w.check;
  program
    .command('check')
    .description(c.description)
    .usage(w.commandUsage(arg(c.paths, true)))
    .argument(arg(c.paths, true), c.paths[1])
    .addOption(templateOption())
    .addOption(templatesDirOption())
    .addOption(new Option(`--format <${c.format[0]}>`, c.format[1]).choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .option(`--annotate <${c.annotate[0]}>`, c.annotate[1])
    .option('--force', w.force)
    .addOption(indexOption())
    .option(`--jobs <${c.jobs[0]}>`, c.jobs[1], (value: string) => parseJobs(value, lang))
    .option('--each', c.each)
    .action(async (paths: string[], opts: { template?: string; templates?: string; format: 'text' | 'json'; lang: Lang; annotate?: string; force?: boolean; index?: string[]; jobs?: number; each?: boolean }) => {
      const { index, templates, ...rest } = opts;
      const loaded = loadTemplateArg(opts.template, opts.lang, organisationFor(templates, paths[0], opts.lang));
      loaded.template = templateWithIndexOptions(loaded.template, index, opts.lang);
      exitCode = await runCheck({ paths, ...rest, jobs: opts.jobs ?? defaultJobs(), ...loaded }, io);
    });

  const v = w.convert;
  program
    .command('convert')
    .description(v.description)
    .usage(w.commandUsage(arg(v.input)))
    .argument(arg(v.input), v.input[1])
    .requiredOption(`--to <${v.to[0]}>`, v.to[1], (value: string) => parseYear(value, lang))
    .option(`--from <${v.from[0]}>`, v.from[1], (value: string) => parseYear(value, lang))
    .requiredOption(`--out <${v.out[0]}>`, v.out[1])
    .addOption(new Option(`--rounding <${v.rounding[0]}>`, v.rounding[1]).choices(['largest-remainder', 'half-up']).default('largest-remainder'))
    .addOption(templateOption())
    .addOption(templatesDirOption())
    .option('--force', w.force)
    .addOption(indexOption())
    .option('--allow-unchanged', v.allowUnchanged)
    .addOption(langOption())
    .action(async (input: string, opts: { to: number; from?: number; out: string; rounding: 'largest-remainder' | 'half-up'; template?: string; templates?: string; force?: boolean; lang: Lang; index?: string[]; allowUnchanged?: boolean }) => {
      const loaded = loadTemplateArg(opts.template, opts.lang, organisationFor(opts.templates, input, opts.lang));
      loaded.template = templateWithIndexOptions(loaded.template, opts.index, opts.lang);
      // Converting writes a copy (the package writer): loaded only for this command.
      const { runConvert } = await import('./convertCommand');
      exitCode = await runConvert(
        { input, out: opts.out, to: opts.to, from: opts.from, rounding: opts.rounding, templateId: loaded.template.id, template: loaded.template, lang: opts.lang, force: opts.force, allowUnchanged: opts.allowUnchanged },
        io,
      );
    });

  const f = w.fix;
  program
    .command('fix')
    .description(f.description)
    .usage(w.commandUsage(arg(f.input)))
    .argument(arg(f.input), f.input[1])
    .requiredOption(`--out <${f.out[0]}>`, f.out[1])
    .option(`--only <${f.only[0]}>`, f.only[1])
    .addOption(new Option(`--totals <${f.totals[0]}>`, f.totals[1]).choices(['sum']))
    .option('--relabel', f.relabel)
    .addOption(templateOption())
    .addOption(templatesDirOption())
    .option('--force', w.force)
    .addOption(langOption())
    .action(async (input: string, opts: { out: string; only?: string; totals?: 'sum'; relabel?: boolean; template?: string; templates?: string; force?: boolean; lang: Lang }) => {
      const loaded = loadTemplateArg(opts.template, opts.lang, organisationFor(opts.templates, input, opts.lang));
      // Writing the fixed copy needs the package writer: loaded only for this command.
      const { parseOnly, runFix } = await import('./fixCommand');
      exitCode = await runFix(
        {
          input,
          out: opts.out,
          template: loaded.template,
          lang: opts.lang,
          only: opts.only ? parseOnly(opts.only, opts.lang) : undefined,
          totalsSum: opts.totals === 'sum',
          relabel: opts.relabel,
          force: opts.force,
        },
        io,
      );
    });

  registerTemplatesCommand(program, io, (code) => (exitCode = code), lang);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
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
