/**
 * `budgettjek fix --out OUT.xlsx [--only CODE,…] [--totals sum] [--relabel] [--index STEP…] [--force] IN.xlsx`:
 * writes a copy with every certain fix applied (never the input), and lists each change (cell,
 * before, after). A stated total that does not add up is replaced by the sum of its rows only with
 * `--totals sum`; a p/l label is rewritten to the template's only with `--relabel` (right only if
 * the amounts already are in that p/l); `--index` adds an index step for the run, as for `check`
 * (the analysis the fixes come from sees it). Exit status: 0 copy written (or nothing to fix: no file
 * written), 1 some fix could not be written, 2 bad usage, an unreadable input or an output that must
 * not be written.
 */
import {
  analyseWorkbook,
  combinableEdits,
  fixableCodes,
  formatAmount,
  proposeFixes,
  selectFixes,
  type AnalysisResult,
  type CellContent,
  type Lang,
  type ProposedFix,
  type RuleCode,
  type Template,
  type WorkbookGrid,
} from '../core';
import { readXlsxZip } from '../readers';
import { lineIO, runCopyCommand, type CommandIO, type CopyCommand, type LineIO } from './commandSkeleton';
import { UsageError } from './templateArg';

export interface FixOptions {
  input: string;
  out: string;
  template: Template;
  lang: Lang;
  /** Only fixes of these codes. */
  only?: RuleCode[];
  /** Replace totals that do not add up by the sum of their rows. */
  totalsSum?: boolean;
  /** Rewrite p/l labels to the template's p/l. */
  relabel?: boolean;
  force?: boolean;
}

export type FixIo = CommandIO;

const t = {
  da: {
    nothing: (f: string) => `${f}: intet at rette med sikkerhed; ingen fil skrevet`,
    written: (out: string, n: number) => `Skrev ${out}: ${n} ${n === 1 ? 'celle' : 'celler'} rettet.`,
    skipped: (list: string) => `Kunne ikke rettes (delt formel eller manglende ark): ${list}`,
    left: (n: number) =>
      `${n} ${n === 1 ? 'fund kræver' : 'fund kræver'} en vurdering og er ikke rettet (fx en total der ikke stemmer: brug --totals sum, hvis rækkerne er rigtige).`,
    check: (out: string) => `Tjek kopien: budgettjek check ${out}`,
    empty: 'tom',
    badCode: (c: string, known: string) => `--only: "${c}" kan ikke rettes automatisk; mulige koder: ${known}`,
  },
  en: {
    nothing: (f: string) => `${f}: nothing to fix with certainty; no file written`,
    written: (out: string, n: number) => `Wrote ${out}: ${n} ${n === 1 ? 'cell' : 'cells'} fixed.`,
    skipped: (list: string) => `Could not be fixed (shared formula or missing sheet): ${list}`,
    left: (n: number) => `${n} ${n === 1 ? 'finding needs' : 'findings need'} judgement and ${n === 1 ? 'was' : 'were'} not fixed (e.g. a total that does not add up: use --totals sum if the rows are right).`,
    check: (out: string) => `Check the copy: budgettjek check ${out}`,
    empty: 'empty',
    badCode: (c: string, known: string) => `--only: "${c}" cannot be fixed automatically; possible codes: ${known}`,
  },
};

/** A cell's content as the change list shows it. */
export function describeContent(c: CellContent, lang: Lang): string {
  if (c.formula !== undefined) return `=${c.formula}`;
  if (c.value === null || c.value === '') return t[lang].empty;
  if (typeof c.value === 'number') return formatAmount(c.value, lang);
  if (typeof c.value === 'string') return `"${c.value}"`;
  return String(c.value);
}

export function changeLines(fixes: ProposedFix[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const fix of fixes) {
    for (const e of fix.edits) {
      lines.push(`  ${e.sheet}!${e.address}  ${fix.rule}: ${describeContent(e.before, lang)} → ${describeContent(e.after, lang)}`);
    }
  }
  return lines;
}

/** Parses --only's comma-separated codes; throws UsageError on one that has no fix. */
export function parseOnly(text: string, lang: Lang): RuleCode[] {
  const codes = text.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  for (const c of codes) {
    if (!fixableCodes.has(c as RuleCode)) throw new UsageError(t[lang].badCode(c, [...fixableCodes].join(', ')));
  }
  return codes as RuleCode[];
}

export async function runFix(opts: FixOptions, rawIo: FixIo): Promise<number> {
  const io = lineIO(rawIo);
  return runCopyCommand(opts, io, fixing(opts, io));
}

/** What fix writes: the fixes chosen, and what is left for a person. */
interface FixPlan {
  chosen: ProposedFix[];
  left: number;
}

/**
 * Fix in the skeleton's steps: read the opened workbook and analyse it, choose the fixes and list
 * each change, write the copy from the same package.
 */
function fixing(opts: FixOptions, io: LineIO): CopyCommand<{ workbook: WorkbookGrid; result: AnalysisResult }, FixPlan> {
  const m = t[opts.lang];
  return {
    analyse: async (zip) => {
      const workbook = await readXlsxZip(zip);
      return { workbook, result: analyseWorkbook(workbook, opts.template) };
    },
    act: ({ workbook, result }) => {
      const choices = new Set<RuleCode>([...(opts.totalsSum ? (['TOTAL_MISMATCH'] as const) : []), ...(opts.relabel ? (['PRICE_LEVEL_MISMATCH'] as const) : [])]);
      const chosen = selectFixes(proposeFixes(workbook, result, opts.template), { only: opts.only ? new Set(opts.only) : undefined, choices });
      if (chosen.length === 0) {
        io.stdout(m.nothing(opts.input));
        return { exit: 0 };
      }
      for (const line of changeLines(chosen, opts.lang)) io.stdout(line);
      const fixed = new Set(chosen.map((f) => `${f.sheet}!${f.cell}`));
      const left = result.findings.filter((f) => f.severity !== 'info' && !fixed.has(`${f.sheet}!${f.cell}`)).length;
      return { plan: { chosen, left } };
    },
    write: async (zip, { chosen, left }) => {
      const { writeFixedCopy } = await import('../writers/xlsx/fix');
      const summary = await writeFixedCopy(zip, opts.out, combinableEdits(chosen), { force: opts.force });
      io.stdout(m.written(opts.out, summary.cells));
      if (summary.skipped.length) io.stderr(m.skipped(summary.skipped.join(', ')));
      if (left) io.stdout(m.left(left));
      io.stdout(m.check(opts.out));
      return summary.skipped.length ? 1 : 0;
    },
  };
}
