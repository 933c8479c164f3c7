/**
 * `budgettjek convert --to YEAR [--from YEAR] [--rounding largest-remainder|half-up] --out OUT.xlsx IN.xlsx`
 * (SPEC §4, §6). Exit status: 0 every table converted; 1 some table could not be converted (each is
 * named with the reason, e.g. the missing index) or no table was found; 2 bad usage, an unreadable
 * input, or an output that must not be written (the input itself, or an existing file without --force).
 */
import {
  analyseWorkbook,
  convertTable,
  describeConversion,
  type ConversionOk,
  type ConversionResult,
  type IndexOverrides,
  type Lang,
  type Rounding,
  type TableBlock,
  type Template,
  type WorkbookGrid,
} from '../core';
import type { ConvertWriteSummary } from '../writers';
import { visitXlsxZip, type XlsxZip } from '../readers';
import { lineIO, runCopyCommand, type CommandIO, type CopyCommand, type LineIO } from './commandSkeleton';

export interface ConvertOptions {
  input: string;
  out: string;
  to: number;
  from?: number;
  rounding: Rounding;
  templateId?: string;
  template: Template;
  lang: Lang;
  /** Overwrite an existing output file. */
  force?: boolean;
  /** Edited index percentages, keyed "Service:2026-2027". */
  indexOverrides?: IndexOverrides;
  /** Write the copy even when no table was converted (default: no file, exit 1). */
  allowUnchanged?: boolean;
}

export type ConvertIo = CommandIO;

/** Seams for tests; the defaults are the real reader, detector and writer. */
/** The workbook: the package opened (and checked) once, which the copy is then written from. */
type OpenedWorkbook = XlsxZip;

export interface ConvertDeps {
  readWorkbook: (source: OpenedWorkbook) => Promise<WorkbookGrid>;
  detect: (workbook: WorkbookGrid, template: Template) => TableBlock[];
  write: (input: OpenedWorkbook, out: string, conversions: ConversionOk[], options?: { force?: boolean }) => Promise<ConvertWriteSummary>;
}

const defaultDeps: ConvertDeps = {
  readWorkbook: async (zip) => {
    const sheets: WorkbookGrid['sheets'] = [];
    await visitXlsxZip(zip, (sheet) => sheets.push(sheet));
    return { sheets };
  },
  // The same tables `check` sees (detection plus the workbook-level passes, e.g. proposal codes).
  detect: (wb, template) => analyseWorkbook(wb, template).tables,
  write: async (input, out, conversions, options) => (await import('../writers/xlsx/convert')).writeConvertedCopy(input, out, conversions, options),
};

const t = {
  da: {
    badYear: (what: string, v: unknown) => `${what} skal være et årstal, fx 2026 (fik "${String(v)}")`,
    badRounding: (v: string) => `--rounding skal være largest-remainder eller half-up (fik "${v}")`,
    noTables: (f: string) => `${f}: ingen tabeller med beløb fundet; intet omregnet, ingen fil skrevet`,
    written: (out: string, n: number, total: number) => `Skrev ${out}: ${n} af ${total} tabeller omregnet.`,
    notAll: (n: number) => `${n} ${n === 1 ? 'tabel' : 'tabeller'} kunne ikke omregnes og står uændret i kopien.`,
    restated: (a: string) => `  ${a}: totalen stemte ikke med sine rækker; den omregnede total er summen af de omregnede rækker`,
    formulaReplaced: (a: string) => `  ${a}: formlen i en beløbscelle er erstattet af det omregnede beløb`,
    skipped: (list: string) => `Kunne ikke skrive: ${list}`,
    nothingConverted: (f: string) => `${f}: ingen tabel blev omregnet; ingen fil skrevet (brug --allow-unchanged for alligevel at skrive en uændret kopi)`,
  },
  en: {
    badYear: (what: string, v: unknown) => `${what} must be a year, e.g. 2026 (got "${String(v)}")`,
    badRounding: (v: string) => `--rounding must be largest-remainder or half-up (got "${v}")`,
    noTables: (f: string) => `${f}: no tables with amounts found; nothing converted, no file written`,
    written: (out: string, n: number, total: number) => `Wrote ${out}: ${n} of ${total} tables converted.`,
    notAll: (n: number) => `${n} ${n === 1 ? 'table' : 'tables'} could not be converted and ${n === 1 ? 'is' : 'are'} left unchanged in the copy.`,
    restated: (a: string) => `  ${a}: the total did not match its rows; the converted total is the sum of the converted rows`,
    formulaReplaced: (a: string) => `  ${a}: the formula in an amount cell is replaced by the converted amount`,
    skipped: (list: string) => `Could not write: ${list}`,
    nothingConverted: (f: string) => `${f}: no table was converted; no file written (use --allow-unchanged to write an unchanged copy anyway)`,
  },
};

const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200;

export async function runConvert(opts: ConvertOptions, rawIo: ConvertIo, deps: Partial<ConvertDeps> = {}): Promise<number> {
  const d = { ...defaultDeps, ...deps };
  // One line per call, as the other commands write.
  const io = lineIO(rawIo);
  const lang: Lang = opts.lang === 'en' ? 'en' : 'da';
  const m = t[lang];
  if (!isYear(opts.to)) {
    io.stderr(m.badYear('--to', opts.to));
    return 2;
  }
  if (opts.from !== undefined && !isYear(opts.from)) {
    io.stderr(m.badYear('--from', opts.from));
    return 2;
  }
  if (opts.rounding !== 'largest-remainder' && opts.rounding !== 'half-up') {
    io.stderr(m.badRounding(String(opts.rounding)));
    return 2;
  }
  return runCopyCommand({ ...opts, lang }, io, converting(opts, lang, d, io));
}

/** What convert writes: the tables converted, of how many. */
interface ConversionPlan {
  converted: ConversionOk[];
  tables: number;
}

/**
 * Convert in the skeleton's steps: read the opened workbook and find its cost tables, convert them
 * and say how, write the copy from the same package.
 */
function converting(opts: ConvertOptions, lang: Lang, d: ConvertDeps, io: LineIO): CopyCommand<TableBlock[], ConversionPlan> {
  const m = t[lang];
  return {
    analyse: async (zip) => {
      const workbook = await d.readWorkbook(zip);
      // Cost tables only: a list ("Beløb", "Markedsværdi") has no price level to convert from.
      return d.detect(workbook, opts.template).filter((tb) => tb.kind !== 'list' && tb.rows.some((r) => r.amounts.some((a) => a.status !== 'empty')));
    },
    act: (tables) => {
      if (!tables.length) {
        io.stderr(m.noTables(opts.input));
        return { exit: 1 };
      }
      const results: ConversionResult[] = tables.map((tb) =>
        convertTable(tb, opts.template, { to: opts.to, from: opts.from, rounding: opts.rounding, indexOverrides: opts.indexOverrides }),
      );
      const ok = results.filter((r): r is ConversionOk => r.ok);
      for (const r of results) {
        io.stdout(describeConversion(r, lang));
        if (r.ok) {
          for (const n of r.notes) io.stdout(n.kind === 'total-restated' ? m.restated(`${r.sheet}!${n.address}`) : m.formulaReplaced(`${r.sheet}!${n.address}`));
        }
      }
      // A copy identical to the input helps nobody: say so instead, unless the user asked for it.
      if (!opts.allowUnchanged && !ok.some((r) => !r.unchanged)) {
        io.stderr(m.nothingConverted(opts.input));
        return { exit: 1 };
      }
      return { plan: { converted: ok, tables: results.length } };
    },
    write: async (zip, { converted, tables }) => {
      const summary = await d.write(zip, opts.out, converted, { force: opts.force });
      io.stdout(m.written(opts.out, converted.length, tables));
      if (summary.skipped.length) io.stderr(m.skipped(summary.skipped.join(', ')));
      const failed = tables - converted.length;
      if (failed) io.stderr(m.notAll(failed));
      return failed || summary.skipped.length ? 1 : 0;
    },
  };
}
