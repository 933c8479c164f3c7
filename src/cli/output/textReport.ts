/**
 * Terminal output: findings grouped by file, sheet and table, with cell references and a summary
 * line. Written file by file (see ReportStream); linear in tables and findings. Everything that
 * comes from a workbook or the file system passes through `visible` (no control character reaches
 * the terminal).
 */
import { findingGuide, findingText, unitNames, type Finding, type Lang, type Severity, type TableBlock } from '../../core';
import { CheckReport, FileReport, ReportHeader, ReportStream, Summary, SummaryCount, wholeReport } from './report';
import { visible } from './terminalText';

/** A count with the language's thousands separator: 2.550 (Danish), 2,550 (English). */
export function countText(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'da' ? '.' : ',');
}

/** Danish and English words of the text report. `kind` names each table kind (add new kinds there). */
const words = {
  da: {
    severity: { error: 'fejl', warning: 'advarsel', info: 'info' } as Record<Severity, string>,
    kind: { proposal: 'forslag', overview: 'oversigt', list: 'liste', followup: 'opfølgning', period: 'periode' } as Record<string, string>,
    sheet: 'Ark',
    noPriceLevel: 'intet p/l',
    noTables: 'Ingen tabeller fundet.',
    ok: 'ingen fund',
    from: 'fra',
    summary: (s: Summary, files: number) => {
      const n = (x: number) => countText(x, 'da');
      return (
        `${n(files)} ${files === 1 ? 'fil' : 'filer'}, ${n(s.tables)} ${s.tables === 1 ? 'tabel' : 'tabeller'}: ${n(s.errors)} fejl, ${n(s.warnings)} ${s.warnings === 1 ? 'advarsel' : 'advarsler'}, ${n(s.infos)} ${s.infos === 1 ? 'oplysning' : 'oplysninger'}.` +
        (s.unreadable ? ` ${n(s.unreadable)} ${s.unreadable === 1 ? 'fil' : 'filer'} kunne ikke læses.` : '')
      );
    },
    fixHint: (certain: number, choice: number, file: string) =>
      `${certain ? `${countText(certain, 'da')} fund kan rettes automatisk med: budgettjek fix --out rettet.xlsx ${file}` : 'Budgettjek fix kan rette fund'}` +
      (choice ? `${certain ? '; ' : ' '}${countText(choice, 'da')} mere, hvis du vælger det (--totals sum, --relabel).` : '.'),
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    kind: { proposal: 'proposal', overview: 'overview', list: 'list', followup: 'follow-up', period: 'period' } as Record<string, string>,
    sheet: 'Sheet',
    noPriceLevel: 'no p/l',
    noTables: 'No tables found.',
    ok: 'no findings',
    from: 'from',
    summary: (s: Summary, files: number) => {
      const n = (x: number) => countText(x, 'en');
      return (
        `${n(files)} ${files === 1 ? 'file' : 'files'}, ${n(s.tables)} ${s.tables === 1 ? 'table' : 'tables'}: ${n(s.errors)} ${s.errors === 1 ? 'error' : 'errors'}, ${n(s.warnings)} ${s.warnings === 1 ? 'warning' : 'warnings'}, ${n(s.infos)} ${s.infos === 1 ? 'info' : 'infos'}.` +
        (s.unreadable ? ` ${n(s.unreadable)} ${s.unreadable === 1 ? 'file' : 'files'} could not be read.` : '')
      );
    },
    fixHint: (certain: number, choice: number, file: string) =>
      `${certain ? `${countText(certain, 'en')} ${certain === 1 ? 'finding' : 'findings'} can be fixed automatically with: budgettjek fix --out fixed.xlsx ${file}` : 'budgettjek fix can fix findings'}` +
      (choice ? `${certain ? '; ' : ' '}${countText(choice, 'en')} more if you choose to (--totals sum, --relabel).` : '.'),
  },
};

const colours: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

function tableHeading(t: TableBlock, lang: Lang): string {
  const w = words[lang];
  const unit = t.unit ? unitNames[t.unit] : '';
  // A list has no price level to state: its heading says only what it is (and its unit, if any).
  const pl = t.kind === 'list' ? '' : t.priceLevel !== null ? `${t.priceLevel} p/l` : w.noPriceLevel;
  const title = t.title ? `${t.title} ` : '';
  const unitAndLevel = [unit, pl].filter(Boolean).join(' ');
  return visible(`${title}(${[t.rangeA1, w.kind[t.kind] ?? t.kind, unitAndLevel].filter(Boolean).join(', ')})`);
}

/** A file's block of the text report. */
export function textFilePart(file: FileReport, lang: Lang, colour: boolean): string {
  return fileBlock(file, lang, colour).join('\n') + '\n';
}

export class TextReportStream implements ReportStream {
  private readonly count = new SummaryCount();
  /** Findings a fix mends without asking, and those it mends when chosen; the files they are in. */
  private readonly fixable = { certain: 0, choice: 0, files: new Set<string>() };

  constructor(
    private readonly lang: Lang,
    private readonly colour: boolean,
  ) {}

  begin(): string {
    return '';
  }

  file(file: FileReport): string {
    this.count.add(file);
    // `budgettjek fix` writes workbooks (.xlsx/.xlsm), not Word documents.
    const fixable = !file.error && /\.xls[xm]$/i.test(file.path);
    for (const f of fixable ? file.result.findings : []) {
      const mode = findingGuide[f.rule]?.fix;
      if (!mode) continue;
      this.fixable[mode]++;
      this.fixable.files.add(file.path);
    }
    return file.rendered ?? textFilePart(file, this.lang, this.colour);
  }

  end(): string {
    const { certain, choice, files } = this.fixable;
    const file = files.size === 1 ? visible([...files][0]) : this.lang === 'da' ? 'FIL (én ad gangen)' : 'FILE (one at a time)';
    const hint = certain || choice ? `${words[this.lang].fixHint(certain, choice, files.size === 1 && /\s/.test(file) ? `"${file}"` : file)}\n` : '';
    // The summary stays the last line (scripts read it); the hint stands just above it.
    return hint + words[this.lang].summary(this.count.summary, this.count.files) + '\n';
  }
}

function fileBlock(file: FileReport, lang: Lang, colour: boolean): string[] {
  const w = words[lang];
  const paint = (s: Severity, text: string) => (colour ? `${colours[s]}${text}\x1b[0m` : text);
  // A finding read from a sentence names its paragraph first ("Afsnit 2. Økonomi, 1. afsnit: …").
  const message = (f: Finding) =>
    visible((f.paragraph && f.table !== undefined ? `${f.paragraph[lang]}: ` : '') + findingText(f, lang) + (f.otherFile ? ` (${w.from} ${f.otherFile})` : ''));
  const lines: string[] = [visible(file.path)];
  if (file.error) {
    lines.push(`  ${visible(file.error.message[lang])}`, '');
    return lines;
  }
  const { tables, findings } = file.result;
  if (tables.length === 0 && findings.length === 0) {
    lines.push(`  ${w.noTables}`, '');
    return lines;
  }
  // Findings grouped by table once: linear in tables + findings.
  const byTable = new Map<string, Finding[]>(tables.map((t) => [t.id, []]));
  const loose: Finding[] = [];
  for (const f of findings) {
    const own = f.table === undefined ? undefined : byTable.get(f.table);
    if (own) own.push(f);
    else loose.push(f);
  }
  let sheet: string | null = null;
  for (const table of tables) {
    if (table.sheet !== sheet) {
      sheet = table.sheet;
      // A Word table: "Tabel 2 – BC01 Test af … › 2. Økonomi" (the headings it stands under).
      const under = table.headings?.length ? ` – ${table.headings.join(' › ')}` : '';
      lines.push(`  ${table.headings ? visible(`${sheet}${under}`) : `${w.sheet} ${visible(sheet)}`}`);
    }
    const own = byTable.get(table.id)!;
    lines.push(`    ${tableHeading(table, lang)}${own.length ? '' : ` – ${w.ok}`}`);
    let cellWidth = 0;
    for (const f of own) cellWidth = Math.max(cellWidth, f.cell.length);
    for (const f of own) {
      const sev = w.severity[f.severity].padEnd(8);
      lines.push(`      ${visible(f.cell).padEnd(cellWidth)}  ${paint(f.severity, sev)} ${f.rule}: ${message(f)}`);
    }
  }
  for (const f of loose) {
    const at = f.paragraph ? f.paragraph[lang] : `${f.sheet}!${f.cell}`;
    lines.push(`    ${visible(at)}  ${paint(f.severity, w.severity[f.severity])} ${f.rule}: ${message(f)}`);
  }
  lines.push('');
  return lines;
}

export function textReport(report: CheckReport, colour: boolean): string {
  return wholeReport(new TextReportStream(report.lang, colour), report.files);
}

export type { ReportHeader };
