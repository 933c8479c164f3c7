/** Terminal output: findings grouped by file, sheet and table, with cell references and a summary line. */
import { renderMessage } from '../../core/messages';
import type { Lang, Severity, TableBlock } from '../../core/model';
import { unitNames } from '../../core/rules/unitMismatch';
import { CheckReport, summarize, Summary } from './report';

const words = {
  da: {
    severity: { error: 'fejl', warning: 'advarsel', info: 'info' } as Record<Severity, string>,
    kind: { proposal: 'forslag', overview: 'oversigt', followup: 'opfølgning', period: 'periode' },
    noPriceLevel: 'intet p/l',
    noTables: 'Ingen tabeller fundet.',
    ok: 'ingen fund',
    summary: (s: Summary, files: number) =>
      `${files} ${files === 1 ? 'fil' : 'filer'}, ${s.tables} ${s.tables === 1 ? 'tabel' : 'tabeller'}: ${s.errors} fejl, ${s.warnings} ${s.warnings === 1 ? 'advarsel' : 'advarsler'}, ${s.infos} ${s.infos === 1 ? 'oplysning' : 'oplysninger'}.`,
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    kind: { proposal: 'proposal', overview: 'overview', followup: 'follow-up', period: 'period' },
    noPriceLevel: 'no p/l',
    noTables: 'No tables found.',
    ok: 'no findings',
    summary: (s: Summary, files: number) =>
      `${files} ${files === 1 ? 'file' : 'files'}, ${s.tables} ${s.tables === 1 ? 'table' : 'tables'}: ${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}, ${s.infos} ${s.infos === 1 ? 'info' : 'infos'}.`,
  },
};

const colours: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

function tableHeading(t: TableBlock, lang: Lang): string {
  const w = words[lang];
  const unit = t.unit ? unitNames[t.unit] : '';
  const pl = t.priceLevel !== null ? `${t.priceLevel} p/l` : w.noPriceLevel;
  const title = t.title ? `${t.title} ` : '';
  return `${title}(${t.rangeA1}, ${w.kind[t.kind]}, ${[unit, pl].filter(Boolean).join(' ')})`;
}

export function textReport(report: CheckReport, colour: boolean): string {
  const { lang } = report;
  const w = words[lang];
  const paint = (s: Severity, text: string) => (colour ? `${colours[s]}${text}\x1b[0m` : text);
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(file.path);
    const { tables, findings } = file.result;
    if (tables.length === 0) {
      lines.push(`  ${w.noTables}`, '');
      continue;
    }
    let sheet: string | null = null;
    for (const table of tables) {
      if (table.sheet !== sheet) {
        sheet = table.sheet;
        lines.push(`  ${lang === 'da' ? 'Ark' : 'Sheet'} ${sheet}`);
      }
      const own = findings.filter((f) => f.table === table.id);
      lines.push(`    ${tableHeading(table, lang)}${own.length ? '' : ` – ${w.ok}`}`);
      const cellWidth = Math.max(0, ...own.map((f) => f.cell.length));
      for (const f of own) {
        const sev = w.severity[f.severity].padEnd(8);
        lines.push(`      ${f.cell.padEnd(cellWidth)}  ${paint(f.severity, sev)} ${f.rule}: ${renderMessage(f, lang)}`);
      }
    }
    const loose = findings.filter((f) => !f.table || !tables.some((t) => t.id === f.table));
    for (const f of loose) lines.push(`    ${f.sheet}!${f.cell}  ${paint(f.severity, w.severity[f.severity])} ${f.rule}: ${renderMessage(f, lang)}`);
    lines.push('');
  }
  lines.push(w.summary(summarize(report.files), report.files.length));
  return lines.join('\n') + '\n';
}
