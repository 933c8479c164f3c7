/**
 * The report of a check, as one model that every writer renders: the CLI's annotated copy
 * (`--annotate`) and the add-in's "Skriv rapport" write the same sheet — the same name, columns,
 * words and order — and the pane, the ribbon and the command line count findings the same way.
 */
import { renderMessage } from './messages';
import type { AnalysisResult, Finding, Lang, LocalizedText, Severity } from './model';

/** Severities, most severe first. */
export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A severity as a word on a report sheet or in a note. */
export const severityWords: Record<Lang, Record<Severity, string>> = {
  da: { error: 'Fejl', warning: 'Advarsel', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** The report sheet's columns; the cell column (4th) links to the cell. */
export const reportColumns: Record<Lang, string[]> = {
  da: ['Alvorlighed', 'Regel', 'Ark', 'Celle', 'Meddelelse'],
  en: ['Severity', 'Rule', 'Sheet', 'Cell', 'Message'],
};

/** The report sheet's name before it is made unique among the workbook's sheets. */
export const reportSheetBaseName: LocalizedText = { da: 'Budgettjek-rapport', en: 'Budgettjek report' };

/** What the sheet says when there is nothing to report. */
export const noFindingsText: LocalizedText = { da: 'Ingen fund.', en: 'No findings.' };

export interface SeveritySummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarizeFindings(findings: readonly Finding[], into: SeveritySummary = { errors: 0, warnings: 0, infos: 0 }): SeveritySummary {
  for (const f of findings) {
    if (f.severity === 'error') into.errors++;
    else if (f.severity === 'warning') into.warnings++;
    else into.infos++;
  }
  return into;
}

/** The findings ordered for a report: by severity, then as the core gave them (workbook order). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityOrder[a.f.severity] - severityOrder[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

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

/** Excel forbids these in sheet names; names are at most 31 characters and unique ignoring case. */
const FORBIDDEN_IN_SHEET_NAMES = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

/** A valid, unused sheet name from `base`: "Budgettjek-rapport", "Budgettjek-rapport (2)", … */
export function uniqueSheetName(base: string, existing: string[]): string {
  let clean = base.replace(FORBIDDEN_IN_SHEET_NAMES, ' ').replace(/^'+|'+$/g, '').trim() || 'Ark';
  clean = clean.slice(0, MAX_SHEET_NAME).trim();
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  if (!taken.has(clean.toLocaleLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
