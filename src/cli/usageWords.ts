/**
 * The words commander writes itself — help titles, "(default: …)", its usage errors — in Danish,
 * or English with `--lang en`; and the help's examples and exit codes. The language is read from
 * the arguments before they are parsed, since the help and the usage errors come from the parse.
 */
import { join } from 'node:path';
import type { Help, Option } from 'commander';
import { defaultTemplateId, type Lang } from '../core';

/** `--lang en` / `--lang=en` anywhere in the arguments; Danish otherwise. */
export function usageLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'da';
}

const titles: Record<Lang, Record<string, string>> = {
  da: { 'Usage:': 'Brug:', 'Options:': 'Tilvalg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:', 'Global Options:': 'Fælles tilvalg:' },
  en: {},
};

const frame = {
  da: { help: 'vis denne hjælp', helpCommand: 'vis hjælp til en kommando', version: 'vis versionsnummeret', default: 'standard', choices: 'mulige' },
  en: { help: 'display help for command', helpCommand: 'display help for command', version: 'output the version number', default: 'default', choices: 'choices' },
};

export function helpWords(lang: Lang): { help: string; helpCommand: string; version: string } {
  return frame[lang];
}

/** Help titles and the extras of an option's description in the language. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  const w = frame[lang];
  return {
    styleTitle: (title: string) => titles[lang][title] ?? title,
    optionDescription(option: Option): string {
      const extras: string[] = [];
      if (option.argChoices) extras.push(`${w.choices}: ${option.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
      if (option.defaultValue !== undefined && !option.negate && typeof option.defaultValue !== 'boolean') {
        extras.push(`${w.default}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
      }
      return extras.length ? `${option.description} (${extras.join(', ')})` : option.description;
    },
  };
}

/** Commander's own usage errors, in Danish; English as commander writes them. */
export function usageError(message: string, lang: Lang): string {
  const text = message.replace(/^error: /, '').trim();
  if (lang === 'en') {
    const missing = /^missing required argument '(.+)'$/.exec(text);
    return missing && commandWords.en.missingArgument[missing[1]] ? `${text}: ${commandWords.en.missingArgument[missing[1]]}` : text;
  }
  const rules: Array<[RegExp, (...m: string[]) => string]> = [
    [/^required option '(.+)' not specified$/, (_, o) => `tilvalget ${o} mangler`],
    [/^option '(.+)' argument missing$/, (_, o) => `tilvalget ${o} mangler sin værdi`],
    [/^missing required argument '(.+)'$/, (_, a) => `argumentet <${a}> mangler${commandWords.da.missingArgument[a] ? `: ${commandWords.da.missingArgument[a]}` : ''}`],
    [/^unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/, (_, o, s) => `ukendt tilvalg ${o}${s ? ` (mente du ${s}?)` : ''}`],
    [/^unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/, (_, c, s) => `ukendt kommando ${c}${s ? ` (mente du ${s}?)` : ''}`],
    [/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (_, c, e, g) => `for mange argumenter${c ? ` til ${c}` : ''}: ventede ${e}, fik ${g}`],
    [/^option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\.$/, (_, o, v, c) => `${o}: "${v}" er ikke tilladt; mulige værdier: ${c}`],
  ];
  for (const [re, make] of rules) {
    const m = re.exec(text);
    if (m) return make(...m);
  }
  return text;
}

const after: Record<Lang, string> = {
  da: `
Eksempler:
  budgettjek check bilag.xlsx                         tjek en projektmappe
  budgettjek check forslag/                           tjek en mappe (oversigt og forslag afstemmes)
  budgettjek check --format json --annotate markeret.xlsx bilag.xlsx
  budgettjek convert --to 2026 --out bilag-2026.xlsx bilag.xlsx
  budgettjek fix --out rettet.xlsx bilag.xlsx         skriv en kopi med de sikre rettelser
  budgettjek templates show kk-ofs-2025-2026

Afslutningskoder:
  0  ingen fejl (advarsler og oplysninger er tilladt)
  1  mindst én fejl (convert: en tabel kunne ikke omregnes)
  2  forkert brug, eller en fil kunne ikke læses eller skrives
`,
  en: `
Examples:
  budgettjek check bilag.xlsx                         check a workbook
  budgettjek check forslag/                           check a folder (overview and proposals reconciled)
  budgettjek check --format json --annotate markeret.xlsx bilag.xlsx
  budgettjek convert --to 2026 --out bilag-2026.xlsx bilag.xlsx
  budgettjek fix --out rettet.xlsx bilag.xlsx         write a copy with the certain fixes
  budgettjek templates show kk-ofs-2025-2026

Exit codes:
  0  no errors (warnings and infos allowed)
  1  at least one error (convert: a table could not be converted)
  2  bad usage, or a file could not be read or written
`,
};

/** The user guide and the finding catalogue, shipped with the command line (package.json "files"). */
export function guideFiles(): { guide: string; findings: string } {
  const docs = join(__dirname, '..', '..', 'docs');
  return { guide: join(docs, 'brugervejledning.md'), findings: join(docs, 'fund.md') };
}

export function helpAfter(lang: Lang): string {
  const { guide, findings } = guideFiles();
  return lang === 'da'
    ? `${after.da}\nBrugervejledning: ${guide}\nHvad hvert fund betyder, og hvad du gør: ${findings}\n`
    : `${after.en}\nUser guide (Danish): ${guide}\nWhat each finding means and what to do (Danish): ${findings}\n`;
}

/**
 * The commands' own words: descriptions, argument names, placeholders and option descriptions, in
 * the language of the run (`--lang en` anywhere in the arguments gives English help).
 */
export const commandWords = {
  da: {
    program: 'Tjek budgetforslagstabeller mod skabelonen: totaler, prisniveau, enhed, år og styringsområder.',
    usage: '[tilvalg] [kommando]',
    commandUsage: (args: string) => `[tilvalg] ${args}`,
    lang: 'sprog for meddelelser og hjælp (da eller en)',
    template: `skabelon: id eller JSON-fil (standard: organisationens standardskabelon, ellers ${defaultTemplateId})`,
    templates: 'organisationens skabelonmappe (ellers den i budgettjek.config.json)',
    force: 'overskriv en eksisterende uddatafil (aldrig inddatafilen)',
    index: 'prisindeks for denne kørsel, fx "Anlæg:2026-2027=3,1" (kan gentages)',
    check: {
      description: 'tjek projektmapper (.xlsx/.xlsm), Word-dokumenter (.docx) eller mapper med dem',
      paths: ['stier', 'filer eller mapper'],
      format: ['format', 'uddata'],
      annotate: ['ud.xlsx', 'skriv en kopi med markerede celler, noter og et rapportark'],
      jobs: ['antal', 'antal filer der tjekkes samtidig (standard: maskinens kerner)'],
      each: 'tjek hver fil for sig (ingen afstemning mellem filerne i en mappe)',
    },
    convert: {
      description: 'omregn alle omkostningstabeller til et andet pris- og lønniveau',
      input: ['ind.xlsx', 'projektmappen der skal omregnes (ændres ikke)'],
      to: ['år', 'p/l-år der skal omregnes til'],
      from: ['år', 'p/l-år for tabeller der ikke angiver det'],
      out: ['ud.xlsx', 'hvor den omregnede kopi skrives'],
      rounding: ['metode', 'afrunding'],
      allowUnchanged: 'skriv kopien, selv om ingen tabel blev omregnet',
    },
    fix: {
      description: 'skriv en kopi med de sikre rettelser (tal gemt som tekst, stavefejl i styringsområder, p/l-angivelser, formelområder)',
      input: ['ind.xlsx', 'projektmappen der skal rettes (ændres ikke)'],
      out: ['ud.xlsx', 'hvor den rettede kopi skrives'],
      only: ['koder', 'kun rettelser for disse koder, kommasepareret (fx NUMBER_STORED_AS_TEXT,TOTAL_FORMULA_RANGE)'],
      totals: ['hvordan', 'totaler der ikke stemmer: erstat med summen af rækkerne'],
      relabel: 'skriv skabelonens p/l i tabeller med et andet p/l (kun hvis beløbene allerede er i det p/l)',
    },
    /** What a missing argument is, and an example. */
    missingArgument: {
      stier: 'angiv en eller flere filer eller mapper, fx: budgettjek check bilag.xlsx',
      'ind.xlsx': 'angiv projektmappen, fx: budgettjek fix --out rettet.xlsx bilag.xlsx',
      'id|fil': 'angiv en skabelon, fx: budgettjek templates show generic',
    } as Record<string, string>,
  },
  en: {
    program: 'Check budget proposal tables against the template: totals, price level, unit, years and styringsområder.',
    usage: '[options] [command]',
    commandUsage: (args: string) => `[options] ${args}`,
    lang: 'language of messages and help (da or en)',
    template: `template: id or JSON file (default: the organisation's default template, else ${defaultTemplateId})`,
    templates: "the organisation's templates folder (else the one in budgettjek.config.json)",
    force: 'overwrite an existing output file (never the input)',
    index: 'price index for this run, e.g. "Anlæg:2026-2027=3.1" (repeatable)',
    check: {
      description: 'check workbooks (.xlsx/.xlsm), Word documents (.docx) or folders of them',
      paths: ['paths', 'files or folders'],
      format: ['format', 'output'],
      annotate: ['out.xlsx', 'write a copy with marked cells, notes and a report sheet'],
      jobs: ['n', 'files checked at the same time (default: the machine’s cores)'],
      each: 'check each file on its own (no reconciling of the files in a folder)',
    },
    convert: {
      description: 'convert every cost table to another price and wage level',
      input: ['in.xlsx', 'the workbook to convert (not changed)'],
      to: ['year', 'p/l year to convert to'],
      from: ['year', 'p/l year of tables that state none'],
      out: ['out.xlsx', 'where the converted copy is written'],
      rounding: ['method', 'rounding'],
      allowUnchanged: 'write the copy even if no table was converted',
    },
    fix: {
      description: 'write a copy with the certain fixes (numbers stored as text, misspelt styringsområder, p/l labels, formula ranges)',
      input: ['in.xlsx', 'the workbook to fix (not changed)'],
      out: ['out.xlsx', 'where the fixed copy is written'],
      only: ['codes', 'only fixes for these codes, comma-separated (e.g. NUMBER_STORED_AS_TEXT,TOTAL_FORMULA_RANGE)'],
      totals: ['how', 'totals that do not add up: replace by the sum of the rows'],
      relabel: "write the template's p/l in tables with another p/l (only if the amounts already are in that p/l)",
    },
    missingArgument: {
      paths: 'give one or more files or folders, e.g.: budgettjek check bilag.xlsx',
      'in.xlsx': 'give the workbook, e.g.: budgettjek fix --out fixed.xlsx bilag.xlsx',
      'id|file': 'give a template, e.g.: budgettjek templates show generic',
    } as Record<string, string>,
  },
};
