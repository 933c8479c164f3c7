/**
 * PROPOSAL_NOT_FOUND: only in a workbook with an overview table. A code the overview names that no
 * proposal table carries (finding at the overview row's label cell, where the code is written), and a
 * proposal that no overview names (one finding per code, at its first table's first header cell).
 */
import type { Finding, TableBlock } from '../model';
import { normaliseCode } from '../priceLevel/tableRows';
import { findingFor } from './finding';
import type { RuleMeta, WorkbookRule } from './rule';

export const proposalNotFoundMeta: RuleMeta = {
  code: 'PROPOSAL_NOT_FOUND',
  severity: 'warning',
  description: {
    da: 'Oversigten nævner et forslag, som intet ark indeholder, eller et forslag står ikke i oversigten.',
    en: 'The overview names a proposal no sheet carries, or a proposal is missing from the overview.',
  },
  messages: {
    da: {
      default: 'Oversigten nævner forslag {code}, men ingen tabel i projektmappen hører til {code}. Tilføj forslagets ark, eller ret koden.',
      notInOverview: 'Forslag {code} (ark {sheet}) står ikke i oversigten på arket {overview}. Tilføj det i oversigten, eller ret koden.',
    },
    en: {
      default: 'The overview names proposal {code}, but no table in the workbook belongs to {code}. Add the proposal\'s sheet, or correct the code.',
      notInOverview: 'Proposal {code} (sheet {sheet}) is not in the overview on sheet {overview}. Add it to the overview, or correct the code.',
    },
  },
};

export function checkProposalsFound(tables: TableBlock[]): Finding[] {
  const overviews = tables.filter((t) => t.kind === 'overview');
  if (!overviews.length) return [];
  const carried = new Map<string, TableBlock>();
  for (const t of tables) {
    if (t.kind === 'proposal' && t.proposalCode) {
      const code = normaliseCode(t.proposalCode);
      if (!carried.has(code)) carried.set(code, t);
    }
  }
  const findings: Finding[] = [];
  const named = new Set<string>();
  for (const ov of overviews) {
    for (const row of ov.rows) {
      if (!row.proposalCode) continue;
      const code = normaliseCode(row.proposalCode);
      if (named.has(code)) continue;
      named.add(code);
      if (!carried.has(code)) findings.push(findingFor(proposalNotFoundMeta, ov, row.labelAddress, { code: row.proposalCode }));
    }
  }
  for (const [code, t] of carried) {
    if (named.has(code)) continue;
    findings.push(
      findingFor(proposalNotFoundMeta, t, t.firstHeaderCell, { code: t.proposalCode!, sheet: t.sheet, overview: overviews.map((o) => o.sheet).join(', ') }, { variant: 'notInOverview' }),
    );
  }
  return findings;
}

export const proposalNotFoundRule: WorkbookRule = {
  scope: 'workbook',
  reconciles: true,
  meta: [proposalNotFoundMeta],
  // With only the active sheet read, the other proposals are not missing, just not read.
  check(tables, { partialWorkbook }) {
    return partialWorkbook ? [] : checkProposalsFound(tables);
  },
};
