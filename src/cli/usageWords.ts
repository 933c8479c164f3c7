/**
 * The words commander writes itself — help titles, "(default: …)", its usage errors — in Danish,
 * or English with `--lang en`; and the help's examples and exit codes. The language is read from
 * the arguments before they are parsed, since the help and the usage errors come from the parse.
 */
import type { Help, Option } from 'commander';
import type { Lang } from '../core/model';

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
  if (lang === 'en') return text;
  const rules: Array<[RegExp, (...m: string[]) => string]> = [
    [/^required option '(.+)' not specified$/, (_, o) => `tilvalget ${o} mangler`],
    [/^option '(.+)' argument missing$/, (_, o) => `tilvalget ${o} mangler sin værdi`],
    [/^missing required argument '(.+)'$/, (_, a) => `argumentet ${a} mangler`],
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

export function helpAfter(lang: Lang): string {
  return after[lang];
}
