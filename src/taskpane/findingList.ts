/**
 * The findings list's logic (the pane's findings view, loaded once there is a result): findings
 * grouped by table, and each finding's message with Excel's error values as Office's display
 * language shows them ("#VÆRDI!" in Danish Excel). Pure; tested in Node without React or Office.
 * Loaded with the findings view, not on the first paint: the messages pull in the rule catalogue.
 */
import { bySeverity, findingText, summarizeFindings, type AnalysisResult, type Finding, type Lang, type SeveritySummary } from '../core';

/** Excel's error values in Danish Excel. */
const DANISH_ERRORS: Record<string, string> = {
  '#VALUE!': '#VÆRDI!',
  '#REF!': '#REFERENCE!',
  '#DIV/0!': '#DIVISION/0!',
  '#N/A': '#I/T',
  '#NAME?': '#NAVN?',
  '#NULL!': '#NUL!',
  '#SPILL!': '#SPILD!',
  '#CALC!': '#BEREGN!',
  '#GETTING_DATA': '#HENTER_DATA',
};
const ERROR_PATTERN = /#(?:VALUE!|REF!|DIV\/0!|N\/A|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)/g;

/** Excel's error values in `text` as Excel in `lang` shows them. */
export function localExcelErrors(text: string, lang: Lang): string {
  return lang === 'da' ? text.replace(ERROR_PATTERN, (e) => DANISH_ERRORS[e] ?? e) : text;
}

export function findingMessage(f: Finding, lang: Lang): string {
  return localExcelErrors(findingText(f, lang), lang);
}


export interface FindingGroup {
  /** Table id, or "" for findings that belong to no table. */
  key: string;
  title: string | null;
  /** The sheet(s) the group's findings are on: the group's heading. */
  sheets: string[];
  /** "Sheet!A3:H9" for a table; the sheet name(s) otherwise. */
  location: string;
  findings: Finding[];
  summary: SeveritySummary;
}

const worst = (g: FindingGroup): number => (g.summary.errors ? 0 : g.summary.warnings ? 1 : 2);

/**
 * Findings grouped by table, errors first: the tables with errors, then those with only warnings,
 * then only information (each kind in the order the core found the tables), the findings of no
 * table last among their kind; within a table by severity.
 */
export function groupFindingsByTable(result: AnalysisResult): FindingGroup[] {
  const byTable = new Map<string, Finding[]>();
  const other: Finding[] = [];
  const known = new Set(result.tables.map((t) => t.id));
  for (const f of result.findings) {
    if (f.table && known.has(f.table)) {
      const list = byTable.get(f.table) ?? [];
      list.push(f);
      byTable.set(f.table, list);
    } else {
      other.push(f);
    }
  }
  const groups: FindingGroup[] = [];
  for (const t of result.tables) {
    const list = byTable.get(t.id);
    if (!list) continue;
    groups.push({ key: t.id, title: t.title, sheets: [t.sheet], location: `${t.sheet}!${t.rangeA1}`, findings: bySeverity(list), summary: summarizeFindings(list) });
  }
  if (other.length) {
    const sheets = [...new Set(other.map((f) => f.sheet))];
    groups.push({ key: '', title: null, sheets, location: sheets.join(', '), findings: bySeverity(other), summary: summarizeFindings(other) });
  }
  return groups.map((g, i) => ({ g, i })).sort((a, b) => worst(a.g) - worst(b.g) || a.i - b.i).map((x) => x.g);
}
