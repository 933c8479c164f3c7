/**
 * The task pane's logic that is not presentation: pure functions over the core's types, tested
 * in Node without React or Office. Components only call these and render what they return.
 */
import Decimal from 'decimal.js';
import type { AnalysisResult, Finding, Lang, TableBlock } from '../core/model';
import type { Template } from '../core/templates/template';
import { bySeverity, summarizeFindings, type SeveritySummary } from '../core/severity';
import { factor, indexSteps, overrideKey, parsePercent, usableOverrides, validIndexPercent } from '../core/priceLevel/factor';

// ---------------------------------------------------------------------------------------------
// Findings

export type { SeveritySummary } from '../core/severity';

/** Findings counted by severity (the core's report model, as the CLI and the report sheets count). */
export const summarize = (findings: readonly Finding[]): SeveritySummary => summarizeFindings(findings);

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
    groups.push({ key: t.id, title: t.title, sheets: [t.sheet], location: `${t.sheet}!${t.rangeA1}`, findings: bySeverity(list), summary: summarize(list) });
  }
  if (other.length) {
    const sheets = [...new Set(other.map((f) => f.sheet))];
    groups.push({ key: '', title: null, sheets, location: sheets.join(', '), findings: bySeverity(other), summary: summarize(other) });
  }
  return groups.map((g, i) => ({ g, i })).sort((a, b) => worst(a.g) - worst(b.g) || a.i - b.i).map((x) => x.g);
}


// ---------------------------------------------------------------------------------------------
// Templates and settings: shared with the ribbon and the custom function, so they live in the
// add-in's session (../addin/session.ts); the pane's components import them from here as before.
export { applyIndexOverrides, errorText, firstNotable, readTemplateFile, resolveTemplates, validOverrides } from '../addin/session';
export type { ResolvedTemplates, TemplateFileOutcome } from '../addin/session';

// ---------------------------------------------------------------------------------------------
// Price-level indices

export { overrideKey, parsePercent };

/** A percentage for an input field, with the language's decimal mark. */
export function formatPercent(d: Decimal, lang: Lang): string {
  const s = d.toFixed();
  return lang === 'da' ? s.replace('.', ',') : s;
}

/** A valid override percentage (a number above -100), or null. */
export function validPercent(text: string): Decimal | null {
  return validIndexPercent(text);
}

/** The template with the user's edited indices (the core's reading of them; bad entries are left out). */
export interface FactorStep {
  from: number;
  to: number;
  key: string;
  percent: Decimal | null;
  overridden: boolean;
}

export interface FactorRow {
  styringsomraade: string;
  steps: FactorStep[];
  /** The factor from the core's price-level module; null when a step has no index. */
  factor: Decimal | null;
}

/** The factors in use from one p/l year to another, per styringsområde, with the yearly steps behind them. */
export function priceLevelFactors(template: Template, from: number, to: number, overrides?: Record<string, string>): FactorRow[] {
  const valid = usableOverrides(overrides);
  const steps = indexSteps(template, valid);
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return template.styringsomraader.map(({ name }) => {
    const list: FactorStep[] = [];
    for (let y = lo; y < hi; y++) {
      const key = overrideKey(name, y);
      list.push({ from: y, to: y + 1, key, percent: steps.get(`${name}:${y}`) ?? null, overridden: key in valid });
    }
    const f = factor(template, name, from, to, steps);
    return { styringsomraade: name, steps: list, factor: f.ok ? f.factor : null };
  });
}

/** A factor as shown: up to 6 decimals, trailing zeros dropped, in the language's notation. */
export function formatFactor(d: Decimal, lang: Lang): string {
  const s = d.toDecimalPlaces(6).toFixed();
  return lang === 'da' ? s.replace('.', ',') : s;
}

/** Years to offer in the from/to pickers: the template's and tables' price levels and index years, padded by one. */
export function candidateYears(template: Template, tables: readonly TableBlock[] = []): number[] {
  const ys = new Set<number>();
  for (const y of [template.priceLevel.proposal, template.priceLevel.overview, ...tables.map((t) => t.priceLevel)]) if (y) ys.add(y);
  for (const s of template.priceIndices) {
    ys.add(s.from);
    ys.add(s.to);
  }
  for (const y of template.years ?? []) ys.add(y);
  if (ys.size === 0) ys.add(new Date().getFullYear());
  const lo = Math.min(...ys) - 1;
  const hi = Math.max(...ys) + 1;
  const out: number[] = [];
  for (let y = lo; y <= hi; y++) out.push(y);
  return out;
}

/**
 * The p/l years the price-level view starts with: from the table's own level (else the proposal
 * level) to the template's other level — a proposal in 2027 p/l goes to the overview's 2026 p/l,
 * the overview goes to 2027.
 */
export function defaultConversionYears(template: Template, table?: TableBlock): { from: number; to: number } {
  const { proposal, overview } = template.priceLevel;
  const from = table?.priceLevel ?? proposal ?? overview ?? new Date().getFullYear();
  const other = [overview, proposal].find((y): y is number => typeof y === 'number' && y !== from);
  return { from, to: other ?? from - 1 };
}

/** The table the conversion picker starts on: the first proposal table with a price level. */
export function defaultConversionTable(tables: readonly TableBlock[]): TableBlock | undefined {
  return tables.find((t) => t.kind === 'proposal' && t.priceLevel !== null) ?? tables.find((t) => t.priceLevel !== null) ?? tables[0];
}

// ---------------------------------------------------------------------------------------------
// Converting a table into a new sheet

export function tableOptionLabel(t: TableBlock, untitled: string): string {
  const pl = t.priceLevel ? ` (${t.priceLevel} p/l)` : '';
  return `${t.sheet}!${t.rangeA1} – ${t.title ?? untitled}${pl}`;
}

export { buildConvertedSheet, convertedSheetName, sheetOf, type TableConversion } from '../addin/convertedSheet';

