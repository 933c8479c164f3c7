/**
 * CROSS_TABLE_MISMATCH / CROSS_TABLE_ROUNDING: an overview figure against the proposal's own table
 * converted to the overview's price level (SPEC §1 "each overview figure must equal the proposal's
 * own table converted to 2026 p/l").
 *
 * For each overview row naming a proposal code and each overview column naming a styringsområde:
 * the proposal's exact figure is the sum of its item rows of that styringsområde over all year
 * columns, in the proposal table's price level (its label's, else the template's), converted with
 * the template's factor to the overview's level (its label's, else the template's). The stated figure
 * is right when it equals that exact figure rounded half up; a rounding difference when it is
 * within the rounding tolerance of the exact figure (half a unit per summed cell, at least the
 * template's minimum — as for totals); otherwise a mismatch.
 *
 * Decisions the spec leaves open:
 * - No price index for the conversion (e.g. Anlæg in the KK template): the figure cannot be checked,
 *   which is not a mismatch, but the user must know: CROSS_TABLE_UNCHECKED (warning) names the index
 *   to add. Not emitted when both the stated figure and the proposal's figure are zero/empty.
 * - The proposal has amounts on a styringsområde the overview has no column for: CROSS_TABLE_MISMATCH
 *   variant "noColumn" at the overview row's label cell.
 * - A proposal code that no table carries is PROPOSAL_NOT_FOUND's business; price levels that are
 *   missing everywhere are PRICE_LEVEL_MISSING's; unreadable cells the cell rules': all skipped here.
 * - Only proposal tables with year columns count (a proposal sheet's "Tabel 2. Kriterier til
 *   prioritering" states a future expense, not the proposal's cost).
 */
import Decimal from 'decimal.js';
import { isReadable } from '../detect/amountCell';
import type { Finding, TableBlock } from '../model';
import { applyFactor, factor, type MissingIndex } from '../priceLevel/factor';
import { normaliseCode, parentTotalRow, rowStyringsomraade } from '../priceLevel/tableRows';
import type { Template } from '../templates/template';
import { findingFor } from './finding';
import type { RuleMeta, WorkbookRule } from './rule';
import { roundingTolerance } from './totalMismatch';

export const crossTableMismatchMeta: RuleMeta = {
  code: 'CROSS_TABLE_MISMATCH',
  severity: 'error',
  description: {
    da: 'Et tal i oversigten afviger fra forslagets egen tabel omregnet til oversigtens prisniveau.',
    en: "An overview figure differs from the proposal's own table converted to the overview's price level.",
  },
  messages: {
    da: {
      default:
        'Oversigten angiver {stated} for {code} ({styringsomraade}, {overviewLevel} p/l), men forslagets egen tabel giver {source} i {proposalLevel} p/l = {expected} i {overviewLevel} p/l (forskel {difference}). Find ud af, hvilket tal der er det rigtige, og ret oversigten eller forslaget.',
      sameLevel:
        'Oversigten angiver {stated} for {code} ({styringsomraade}, {overviewLevel} p/l), men forslagets egen tabel giver {expected} i {proposalLevel} p/l (forskel {difference}). Find ud af, hvilket tal der er det rigtige, og ret oversigten eller forslaget.',
      noColumn:
        'Forslagets egen tabel for {code} har {source} på {styringsomraade} ({proposalLevel} p/l), men oversigten har ingen kolonne for {styringsomraade}. Tilføj kolonnen i oversigten, eller ret styringsområdet i forslaget.',
    },
    en: {
      default:
        "The overview states {stated} for {code} ({styringsomraade}, {overviewLevel} p/l), but the proposal's own table gives {source} in {proposalLevel} p/l = {expected} in {overviewLevel} p/l (difference {difference}). Find out which figure is right, and correct the overview or the proposal.",
      sameLevel:
        "The overview states {stated} for {code} ({styringsomraade}, {overviewLevel} p/l), but the proposal's own table gives {expected} in {proposalLevel} p/l (difference {difference}). Find out which figure is right, and correct the overview or the proposal.",
      noColumn:
        "The proposal's own table for {code} has {source} on {styringsomraade} ({proposalLevel} p/l), but the overview has no column for {styringsomraade}. Add the column to the overview, or correct the styringsområde in the proposal.",
    },
  },
};

export const crossTableUncheckedMeta: RuleMeta = {
  code: 'CROSS_TABLE_UNCHECKED',
  severity: 'warning',
  description: {
    da: 'Et tal i oversigten kan ikke sammenlignes med forslagets egen tabel, fordi skabelonen mangler et prisindeks.',
    en: "An overview figure cannot be compared with the proposal's own table because the template lacks a price index.",
  },
  messages: {
    da: {
      default:
        'Oversigtens tal {stated} for {code} ({styringsomraade}, {overviewLevel} p/l) kan ikke sammenlignes med forslagets egen tabel ({source} i {proposalLevel} p/l): skabelonen mangler prisindeks for {missing}. Tilføj indekset i opgaveruden under "Faktorer i brug", på kommandolinjen med --index (fx "Anlæg:2026-2027=3,1") eller i skabelonens prisindeks; et PL-skøn fra økonomikontoret giver alle skabeloner det.',
    },
    en: {
      default:
        "The overview's figure {stated} for {code} ({styringsomraade}, {overviewLevel} p/l) cannot be compared with the proposal's own table ({source} in {proposalLevel} p/l): the template has no price index for {missing}. Add the index in the task pane under \"Factors in use\", on the command line with --index (e.g. \"Anlæg:2026-2027=3.1\") or in the template's price indices; a PL estimate from the finance office gives it to every template.",
    },
  },
};

export const crossTableRoundingMeta: RuleMeta = {
  code: 'CROSS_TABLE_ROUNDING',
  severity: 'info',
  description: {
    da: 'Et tal i oversigten afviger fra forslagets egen tabel omregnet, men kun ved afrunding.',
    en: "An overview figure differs from the proposal's own table converted, but by rounding only.",
  },
  messages: {
    da: {
      default:
        'Oversigten angiver {stated} for {code} ({styringsomraade}, {overviewLevel} p/l); forslagets egen tabel giver {source} i {proposalLevel} p/l = {exact} i {overviewLevel} p/l, afrundet {expected}. Forskellen skyldes afrunding (inden for tolerancen på {tolerance}).',
      sameLevel:
        'Oversigten angiver {stated} for {code} ({styringsomraade}, {overviewLevel} p/l); forslagets egen tabel giver {expected}. Forskellen skyldes afrunding (inden for tolerancen på {tolerance}).',
    },
    en: {
      default:
        "The overview states {stated} for {code} ({styringsomraade}, {overviewLevel} p/l); the proposal's own table gives {source} in {proposalLevel} p/l = {exact} in {overviewLevel} p/l, rounded {expected}. The difference is rounding (within the tolerance of {tolerance}).",
      sameLevel:
        "The overview states {stated} for {code} ({styringsomraade}, {overviewLevel} p/l); the proposal's own table gives {expected}. The difference is rounding (within the tolerance of {tolerance}).",
    },
  },
};

/** The proposal's figure for one styringsområde: per table, the sum of its matching item cells. */
interface ProposalFigure {
  /** Sum in the proposal tables' own price level(s). */
  source: Decimal;
  /** Exact value in the overview's price level; null when an index is missing. */
  exact: Decimal | null;
  missing: MissingIndex[];
  /** Non-empty amount cells summed. */
  cells: number;
  levels: number[];
  /** False when a cell could not be read: the figure is not checked (the cell rules report it). */
  readable: boolean;
}

const halfUp = (d: Decimal): Decimal => d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

function proposalFigure(tables: TableBlock[], styringsomraade: string, overviewLevel: number, template: Template): ProposalFigure | null {
  const fig: ProposalFigure = { source: new Decimal(0), exact: new Decimal(0), missing: [], cells: 0, levels: [], readable: true };
  for (const t of tables) {
    const level = t.priceLevel ?? template.priceLevel.proposal;
    if (level == null) return null; // no price level anywhere: PRICE_LEVEL_MISSING says so
    const parents = parentTotalRow(t);
    const yearCols = t.columns.map((c, i) => (c.year != null ? i : -1)).filter((i) => i >= 0);
    let sum = new Decimal(0);
    let cells = 0;
    t.rows.forEach((row, i) => {
      if (row.kind !== 'item' || rowStyringsomraade(t, i, parents) !== styringsomraade) return;
      for (const ci of yearCols) {
        const cell = row.amounts[ci];
        if (!cell) continue;
        if (!isReadable(cell)) fig.readable = false;
        else if (cell.amount !== null) {
          sum = sum.plus(cell.amount);
          cells++;
        }
      }
    });
    if (cells === 0) continue;
    fig.source = fig.source.plus(sum);
    fig.cells += cells;
    if (!fig.levels.includes(level)) fig.levels.push(level);
    const f = factor(template, styringsomraade, level, overviewLevel);
    if (!f.ok) {
      fig.missing.push(...f.missing.filter((m) => !fig.missing.some((x) => x.from === m.from && x.styringsomraade === m.styringsomraade)));
      fig.exact = null;
    } else if (fig.exact) fig.exact = fig.exact.plus(applyFactor(sum, f));
  }
  return fig;
}

function levelParam(levels: number[], fallback: number): number | string {
  if (levels.length === 0) return fallback;
  return levels.length === 1 ? levels[0] : levels.join('/');
}

export function checkCrossTables(tables: TableBlock[], template: Template): Finding[] {
  const overviews = tables.filter((t) => t.kind === 'overview');
  if (!overviews.length) return [];
  const byCode = new Map<string, TableBlock[]>();
  for (const t of tables) {
    if (t.kind !== 'proposal' || !t.proposalCode || !t.columns.some((c) => c.year != null)) continue;
    const code = normaliseCode(t.proposalCode);
    byCode.set(code, [...(byCode.get(code) ?? []), t]);
  }
  const findings: Finding[] = [];
  for (const ov of overviews) {
    const overviewLevel = ov.priceLevel ?? template.priceLevel.overview;
    if (overviewLevel == null) continue; // PRICE_LEVEL_MISSING
    const soCols = ov.columns.map((c, i) => ({ i, so: c.styringsomraade })).filter((c): c is { i: number; so: string } => !!c.so);
    const covered = new Set(soCols.map((c) => c.so));
    for (const row of ov.rows) {
      if (row.kind !== 'item' || !row.proposalCode) continue;
      const code = normaliseCode(row.proposalCode);
      const own = byCode.get(code);
      if (!own) continue; // PROPOSAL_NOT_FOUND
      for (const { i, so } of soCols) {
        const cell = row.amounts[i];
        if (!cell || !isReadable(cell)) continue;
        const fig = proposalFigure(own, so, overviewLevel, template);
        if (!fig || !fig.readable) continue;
        const stated = cell.amount ?? new Decimal(0);
        const proposalLevel = levelParam(fig.levels, template.priceLevel.proposal ?? overviewLevel);
        const base = { code: row.proposalCode, styringsomraade: so, stated, source: fig.source, overviewLevel, proposalLevel };
        if (fig.exact === null) {
          if (stated.isZero() && fig.source.isZero()) continue;
          findings.push(
            findingFor(crossTableUncheckedMeta, ov, cell.address, { ...base, missing: fig.missing.map((m) => `${m.styringsomraade} ${m.from}→${m.to}`) }, { actual: stated }),
          );
          continue;
        }
        const expected = halfUp(fig.exact);
        if (stated.eq(expected)) continue;
        const difference = stated.minus(expected);
        const offExact = stated.minus(fig.exact).abs();
        const tolerance = roundingTolerance(Math.max(fig.cells, 1), template);
        const params = { ...base, expected, difference, exact: fig.exact.toDecimalPlaces(1, Decimal.ROUND_HALF_UP), tolerance };
        const extra = { expected, actual: stated, difference };
        const sameLevel = fig.levels.length > 0 && fig.levels.every((l) => l === overviewLevel);
        if (offExact.lt(1) || offExact.lte(tolerance)) {
          findings.push(findingFor(crossTableRoundingMeta, ov, cell.address, params, { ...extra, ...(sameLevel ? { variant: 'sameLevel' } : {}) }));
        } else {
          findings.push(findingFor(crossTableMismatchMeta, ov, cell.address, params, { ...extra, ...(sameLevel ? { variant: 'sameLevel' } : {}) }));
        }
      }
      // Amounts on a styringsområde the overview has no column for.
      const named = new Set<string>();
      for (const t of own) t.rows.forEach((r, idx) => {
        if (r.kind !== 'item') return;
        const so = rowStyringsomraade(t, idx);
        if (so && !covered.has(so)) named.add(so);
      });
      for (const so of named) {
        const fig = proposalFigure(own, so, overviewLevel, template);
        if (!fig || !fig.readable || fig.source.isZero()) continue;
        findings.push(
          findingFor(
            crossTableMismatchMeta,
            ov,
            row.labelAddress,
            { code: row.proposalCode, styringsomraade: so, source: fig.source, proposalLevel: levelParam(fig.levels, overviewLevel), overviewLevel },
            { variant: 'noColumn' },
          ),
        );
      }
    }
  }
  return findings;
}

export const crossTableMismatchRule: WorkbookRule = {
  scope: 'workbook',
  reconciles: true,
  meta: [crossTableMismatchMeta, crossTableRoundingMeta, crossTableUncheckedMeta],
  check(tables, { template }) {
    return checkCrossTables(tables, template);
  },
};
