/**
 * `budgettjek`: check, convert, templates. Exit status: 0 no errors, 1 at least one error finding
 * (or, for convert, a table that could not be converted), 2 bad usage or an unreadable input —
 * always with a one-line reason on stderr, never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core/model';
import { defaultTemplateId } from '../core/templates/builtin';
import { defaultJobs, runCheck } from './checkCommand';
import { CliIO, oneLine, processIO, toolVersion } from './io';
import { helpAfter, helpConfiguration, helpWords, usageError, usageLang } from './usageWords';
import { loadTemplateArg, UsageError } from './templateArg';
import { collectIndex, templateWithIndexOptions } from './indexOption';
import { registerTemplatesCommand } from './templatesCommand';
import { organisationFor } from './organisationConfig';

/** `--template` has no fixed default: the organisation's default, else the built-in one. */
const templateOption = (description: string) => new Option('--template <id|file>', `${description} (standard: organisationens standardskabelon, ellers ${defaultTemplateId})`);
const templatesDirOption = () => new Option('--templates <mappe>', 'organisationens skabelonmappe (ellers fra budgettjek.config.json)');

const langOption = () => new Option('--lang <lang>', 'sprog for meddelelser / language of messages').choices(['da', 'en']).default('da');

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  const lang = usageLang(argv);
  const words = helpWords(lang);
  // Help and usage errors in the user's language: set before the commands, which inherit it.
  const program = new Command()
    .name('budgettjek')
    .description('Tjek budgetforslagstabeller mod skabelonen: totaler, prisniveau, enhed, år og styringsområder.')
    .version(toolVersion(), '-v, --version', words.version)
    .helpOption('-h, --help', words.help)
    .helpCommand('help [kommando]', words.helpCommand)
    .configureHelp(helpConfiguration(lang))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`budgettjek: ${oneLine(usageError(s, lang))}\n`),
    })
    .showHelpAfterError(false)
    .addHelpText('after', helpAfter(lang));

  program
    .command('check')
    .description('tjek projektmapper (.xlsx/.xlsm) eller mapper med projektmapper')
    .argument('<paths...>', 'filer eller mapper')
    .addOption(templateOption('skabelon: id eller JSON-fil'))
    .addOption(templatesDirOption())
    .addOption(new Option('--format <format>', 'uddata').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .option('--annotate <out.xlsx>', 'skriv en kopi med markerede celler, noter og et rapportark')
    .option('--force', 'overskriv en eksisterende --annotate-fil (aldrig inddatafilen)')
    .option('--index <step>', 'prisindeks for denne kørsel, fx "Anlæg:2026-2027=3,1" (kan gentages)', collectIndex)
    .option('--jobs <n>', 'antal filer der tjekkes samtidig (standard: maskinens kerner)', parseJobs)
    .option('--each', 'tjek hver fil for sig (ingen afstemning mellem filerne i en mappe)')
    .action(async (paths: string[], opts: { template?: string; templates?: string; format: 'text' | 'json'; lang: Lang; annotate?: string; force?: boolean; index?: string[]; jobs?: number; each?: boolean }) => {
      const { index, templates, ...rest } = opts;
      const loaded = loadTemplateArg(opts.template, opts.lang, organisationFor(templates, paths[0], opts.lang));
      loaded.template = templateWithIndexOptions(loaded.template, index, opts.lang);
      exitCode = await runCheck({ paths, ...rest, jobs: opts.jobs ?? defaultJobs(), ...loaded }, io);
    });

  program
    .command('convert')
    .description('omregn alle omkostningstabeller til et andet pris- og lønniveau')
    .argument('<in.xlsx>', 'projektmappen der skal omregnes (ændres ikke)')
    .requiredOption('--to <year>', 'p/l-år der skal omregnes til', parseYear)
    .option('--from <year>', 'p/l-år for tabeller der ikke angiver det', parseYear)
    .requiredOption('--out <out.xlsx>', 'hvor den omregnede kopi skrives')
    .addOption(new Option('--rounding <method>', 'afrunding').choices(['largest-remainder', 'half-up']).default('largest-remainder'))
    .addOption(templateOption('skabelon med prisindeks'))
    .addOption(templatesDirOption())
    .option('--force', 'overskriv en eksisterende uddatafil (aldrig inddatafilen)')
    .option('--index <step>', 'prisindeks for denne kørsel, fx "Anlæg:2026-2027=3,1" (kan gentages)', collectIndex)
    .option('--allow-unchanged', 'skriv kopien, selv om ingen tabel blev omregnet')
    .addOption(langOption())
    .action(async (input: string, opts: { to: number; from?: number; out: string; rounding: 'largest-remainder' | 'half-up'; template?: string; templates?: string; force?: boolean; lang: Lang; index?: string[]; allowUnchanged?: boolean }) => {
      const loaded = loadTemplateArg(opts.template, opts.lang, organisationFor(opts.templates, input, opts.lang));
      loaded.template = templateWithIndexOptions(loaded.template, opts.index, opts.lang);
      // Converting writes a copy (ExcelJS): loaded only for this command.
      const { runConvert } = await import('./convertCommand');
      exitCode = await runConvert(
        { input, out: opts.out, to: opts.to, from: opts.from, rounding: opts.rounding, templateId: loaded.template.id, template: loaded.template, lang: opts.lang, force: opts.force, allowUnchanged: opts.allowUnchanged },
        io,
      );
    });

  program
    .command('fix')
    .description('skriv en kopi med de sikre rettelser (tal gemt som tekst, stavefejl i styringsområder, p/l-angivelser, formelområder)')
    .argument('<in.xlsx>', 'projektmappen der skal rettes (ændres ikke)')
    .requiredOption('--out <out.xlsx>', 'hvor den rettede kopi skrives')
    .option('--only <codes>', 'kun rettelser for disse koder, kommasepareret (fx NUMBER_STORED_AS_TEXT,TOTAL_FORMULA_RANGE)')
    .addOption(new Option('--totals <how>', 'totaler der ikke stemmer: erstat med summen af rækkerne').choices(['sum']))
    .option('--relabel', 'skriv skabelonens p/l i tabeller med et andet p/l (kun hvis beløbene allerede er i det p/l)')
    .addOption(templateOption('skabelon'))
    .addOption(templatesDirOption())
    .option('--force', 'overskriv en eksisterende uddatafil (aldrig inddatafilen)')
    .addOption(langOption())
    .action(async (input: string, opts: { out: string; only?: string; totals?: 'sum'; relabel?: boolean; template?: string; templates?: string; force?: boolean; lang: Lang }) => {
      const loaded = loadTemplateArg(opts.template, opts.lang, organisationFor(opts.templates, input, opts.lang));
      // Writing the fixed copy needs ExcelJS: loaded only for this command.
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

  registerTemplatesCommand(program, io, (code) => (exitCode = code));

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
    io.stderr(`budgettjek: uventet fejl: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256) {
    throw new UsageError(`--jobs: "${value}" er ikke et antal (1–256)`);
  }
  return n;
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || year < 1990 || year > 2100) {
    throw new UsageError(`"${value}" er ikke et årstal (fx 2026)`);
  }
  return year;
}
