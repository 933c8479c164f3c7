/**
 * `budgettjek templates` lists the built-in templates; `templates show ID|FILE` prints one as JSON
 * (to start a new one from); `templates new --from MODEL.xlsx [--sheet NAME] [--id ID] --out FILE.json`
 * derives one from a model workbook and says what it read and what it could not.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Command, Option } from 'commander';
import { builtinTemplates, defaultTemplateId, type Lang, type Template } from '../core';
// The derivation (with the analysis) and the template validator (zod) load only when a template is
// shown or derived, so they cost nothing at every start of the command line.
import { InputError, readXlsxFile } from '../readers';
import { assertNotInput, OutputError } from '../writers';
import type { CliIO } from './io';
import { loadTemplateArg } from './templateArg';
import { organisationFor } from './organisationConfig';

const descriptions = {
  da: {
    lang: 'sprog for meddelelser og hjælp (da eller en)',
    templates: 'vis organisationens og de indbyggede skabeloner; "templates show ID" viser én som JSON, "templates new" afleder en af en model',
    folder: ['mappe', 'organisationens skabelonmappe (ellers den i budgettjek.config.json)'],
    show: 'skriv en skabelon som JSON (organisationens eller en indbygget efter id, eller en fil) – et godt sted at starte en ny',
    showArg: ['id|fil', 'fx kk-ofs-2025-2026, generic, stat-aktstykke eller min-skabelon.json'],
    new: 'afled en skabelon af en modelprojektmappe, som kontoret ved er rigtig',
    from: ['model.xlsx', 'modelprojektmappen (ændres ikke)'],
    sheet: ['navn', 'kun tabellerne på dette ark'],
    id: ['id', 'skabelonens id (små bogstaver, tal, ., -, _)'],
    out: ['fil.json', 'hvor skabelonen skrives'],
    force: 'overskriv en eksisterende fil (aldrig modellen)',
  },
  en: {
    lang: 'language of messages and help (da or en)',
    templates: 'list the organisation\'s and the built-in templates; "templates show ID" prints one as JSON, "templates new" derives one from a model',
    folder: ['folder', "the organisation's templates folder (else the one in budgettjek.config.json)"],
    show: "print a template as JSON (the organisation's or a built-in one by id, or a file) – a good start for a new one",
    showArg: ['id|file', 'e.g. kk-ofs-2025-2026, generic, stat-aktstykke or my-template.json'],
    new: 'derive a template from a model workbook the office knows is right',
    from: ['model.xlsx', 'the model workbook (not changed)'],
    sheet: ['name', 'only the tables on this sheet'],
    id: ['id', "the template's id (lower case letters, digits, ., -, _)"],
    out: ['file.json', 'where the template is written'],
    force: 'overwrite an existing file (never the model)',
  },
};

const t = {
  da: {
    optional: 'valgfrit',
    proposal: 'forslag',
    overview: 'oversigt',
    anyYears: 'valgfrie år',
    anyUnit: 'valgfri enhed (ens i hele projektmappen)',
    organisation: (name: string, where: string) => `Organisationens skabeloner – ${name} (${where}):`,
    builtin: 'Indbyggede skabeloner:',
    plSkoen: (source: string, published: string, n: number) => `PL-skøn: ${source}, udgivet ${published} (${n === 1 ? '1 trin' : `${n} trin`}), bruges af alle skabeloner der ikke selv har trinnet`,
    standard: ' (standard)',
    noStyr: 'styringsområde kræves ikke',
    indices: (n: number) => (n ? `${n} prisindekstrin med kilde` : 'ingen prisindeks (angiv dem i skabelonen eller med --index)'),
    written: (out: string, id: string) => `Skabelon "${id}" skrevet til ${out}.`,
    inferred: 'Aflæst af modellen:',
    notInferred: 'Ikke aflæst (ret i filen, i Excel eller ved kørslen):',
    next: (out: string, model: string) => `Tjek med den: budgettjek check --template ${out} ${model}`,
    notRegular: 'ikke en almindelig fil',
  },
  en: {
    optional: 'any',
    proposal: 'proposal',
    overview: 'overview',
    anyYears: 'any years',
    anyUnit: 'any unit (the same in the whole workbook)',
    organisation: (name: string, where: string) => `The organisation's templates – ${name} (${where}):`,
    builtin: 'Built-in templates:',
    plSkoen: (source: string, published: string, n: number) => `PL estimate: ${source}, published ${published} (${n === 1 ? '1 step' : `${n} steps`}), used by every template without a step of its own`,
    standard: ' (default)',
    noStyr: 'no styringsområde required',
    indices: (n: number) => (n === 1 ? '1 price index step with its source' : n ? `${n} price index steps with their source` : 'no price indices (give them in the template or with --index)'),
    written: (out: string, id: string) => `Template "${id}" written to ${out}.`,
    inferred: 'Read from the model:',
    notInferred: 'Not read (fix in the file, in Excel or on the command line):',
    next: (out: string, model: string) => `Check with it: budgettjek check --template ${out} ${model}`,
    notRegular: 'not a regular file',
  },
};

/** Writes the template file next to nothing it must not touch: never the model, never an existing file without --force, never a non-file. */
async function writeTemplateFile(model: string, out: string, text: string, force: boolean, lang: Lang): Promise<void> {
  await assertNotInput(model, out);
  const existing = await fs.lstat(out).catch(() => null);
  if (existing) {
    if (!force) throw new OutputError('exists', out);
    if (!existing.isFile()) throw new OutputError('not-writable', out, t[lang].notRegular);
  }
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, text, { flag: 'wx' });
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new OutputError('not-writable', out, e instanceof Error ? (e as NodeJS.ErrnoException).code ?? e.message : String(e));
  }
}

export function registerTemplatesCommand(program: Command, io: CliIO, setExitCode: (code: number) => void, helpLang: Lang = 'da'): void {
  const d = descriptions[helpLang];
  const templates = program
    .command('templates')
    .description(d.templates)
    .addOption(new Option('--lang <lang>', d.lang).choices(['da', 'en']).default('da'))
    .option(`--templates <${d.folder[0]}>`, d.folder[1])
    .action((opts: { lang: Lang; templates?: string }) => {
      const m = t[opts.lang];
      const org = organisationFor(opts.templates, process.cwd(), opts.lang);
      const defaultId = org?.defaultId ?? defaultTemplateId;
      const list = (tpl: Template) => {
        const pl = (['proposal', 'overview'] as const).map((kind) => `${m[kind]} ${tpl.priceLevel[kind] ?? m.optional} p/l`).join(', ');
        const years = tpl.years ? `${tpl.years[0]}–${tpl.years[tpl.years.length - 1]}` : m.anyYears;
        const extra = [tpl.styringsomraadeRequired === false ? m.noStyr : null, m.indices(tpl.priceIndices.length)].filter(Boolean).join('; ');
        io.stdout(`${tpl.id}${tpl.id === defaultId ? m.standard : ''}\n  ${tpl.name}\n  ${tpl.unit ?? m.anyUnit}; ${pl}; ${years}; ${extra}\n${tpl.description ? `  ${tpl.description}\n` : ''}`);
      };
      if (org) {
        io.stdout(`${m.organisation(org.organisation, org.location)}\n`);
        if (org.plSkoen) io.stdout(`${m.plSkoen(org.plSkoen.source, org.plSkoen.published, org.plSkoen.steps.length)}\n`);
        io.stdout('\n');
        org.templates.forEach(list);
        io.stdout(`\n${m.builtin}\n\n`);
      }
      (org?.builtins ?? builtinTemplates).forEach(list);
    });

  templates
    .command('show')
    .description(d.show)
    .argument(`<${d.showArg[0]}>`, d.showArg[1])
    .action(async (arg: string, _opts: unknown, cmd: Command) => {
      const { lang, templates: dir } = cmd.optsWithGlobals<{ lang: Lang; templates?: string }>();
      const { templateFileText } = await import('../core/templates/template');
      io.stdout(templateFileText(loadTemplateArg(arg, lang, organisationFor(dir, process.cwd(), lang)).template));
    });

  templates
    .command('new')
    .description(d.new)
    .requiredOption(`--from <${d.from[0]}>`, d.from[1])
    .option(`--sheet <${d.sheet[0]}>`, d.sheet[1])
    .option(`--id <${d.id[0]}>`, d.id[1])
    .requiredOption(`--out <${d.out[0]}>`, d.out[1])
    .option('--force', d.force)
    // --lang is the parent's ("templates --lang en new …" and "templates new … --lang en" both work).
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<{ from: string; sheet?: string; id?: string; out: string; force?: boolean; lang: Lang }>();
      const m = t[opts.lang];
      const { deriveTemplate, DeriveError } = await import('../core/templates/derive');
      const { templateFileText, TemplateError } = await import('../core/templates/template');
      try {
        await assertNotInput(opts.from, opts.out);
        if (!opts.force && (await fs.lstat(opts.out).catch(() => null))) throw new OutputError('exists', opts.out);
        const workbook = await readXlsxFile(opts.from);
        const derived = deriveTemplate(workbook, { sourceName: opts.from, sheet: opts.sheet, id: opts.id });
        await writeTemplateFile(opts.from, opts.out, templateFileText(derived.template), Boolean(opts.force), opts.lang);
        io.stdout(`${m.written(opts.out, derived.template.id)}\n${m.inferred}\n`);
        for (const line of derived.inferred) io.stdout(`  - ${line[opts.lang]}\n`);
        io.stdout(`${m.notInferred}\n`);
        for (const line of derived.notInferred) io.stdout(`  - ${line[opts.lang]}\n`);
        io.stdout(`${m.next(opts.out, opts.from)}\n`);
        setExitCode(0);
      } catch (e) {
        if (e instanceof InputError || e instanceof OutputError || e instanceof DeriveError || e instanceof TemplateError) {
          io.stderr(`budgettjek: ${e.messageFor(opts.lang)}\n`);
          setExitCode(2);
          return;
        }
        throw e;
      }
    });
}
