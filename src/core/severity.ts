/**
 * Severities: their order, their words on a report sheet, and how findings are counted by them —
 * the same in the CLI, the report sheets, the pane and the ribbon. Light on purpose (no rule
 * catalogue): the task pane needs it on first paint.
 */
import type { Finding, Lang, Severity } from './model';

/** Severities, most severe first. */
export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A severity as a word on a report sheet or in a note. */
export const severityWords: Record<Lang, Record<Severity, string>> = {
  da: { error: 'Fejl', warning: 'Advarsel', info: 'Oplysning' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

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

