/**
 * The report of a check, as one model that every writer renders: the CLI's annotated copy
 * (`--annotate`) and the add-in's "Skriv rapport" write the same sheet — the same name, columns,
 * words and order — and the pane, the ribbon and the command line count findings the same way.
 */
import { renderMessage } from './messages';
import type { AnalysisResult, Finding, Lang, LocalizedText } from './model';
import { bySeverity, severityWords } from './severity';

/** The report sheet's columns; the cell column (4th) links to the cell. */
export const reportColumns: Record<Lang, string[]> = {
  da: ['Alvorlighed', 'Regel', 'Ark', 'Celle', 'Meddelelse'],
  en: ['Severity', 'Rule', 'Sheet', 'Cell', 'Message'],
};

/** The report sheet's name before it is made unique among the workbook's sheets. */
export const reportSheetBaseName: LocalizedText = { da: 'Budgettjek-rapport', en: 'Budgettjek report' };

/** What the sheet says when there is nothing to report. */
export const noFindingsText: LocalizedText = { da: 'Ingen fund.', en: 'No findings.' };

/** The finding's message; a rule the catalogue does not know still tells what it is by its code. */
export function findingText(f: Finding, lang: Lang, render: (f: Finding, lang: Lang) => string = renderMessage): string {
  try {
    return render(f, lang);
  } catch {
    return f.rule;
  }
}

/** The report's rows (text only), header first, with the finding behind each row. */
export function reportRows(result: AnalysisResult, lang: Lang, render?: (f: Finding, lang: Lang) => string): { rows: string[][]; findings: Finding[] } {
  const findings = bySeverity(result.findings);
  const rows = [reportColumns[lang], ...findings.map((f) => [severityWords[lang][f.severity], f.rule, f.sheet, f.cell, findingText(f, lang, render)])];
  return { rows, findings };
}
