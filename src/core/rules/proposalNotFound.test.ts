import type { Finding } from '../model';
import { renderMessage } from '../messages';
import { appendixTables, buildTable } from '../testing/priceLevelTables';
import { cases } from './__fixtures__/PROPOSAL_NOT_FOUND';
import { runRuleCases } from './__fixtures__/ruleCase';
import { checkProposalsFound } from './proposalNotFound';

const at = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.sheet}!${f.cell}${f.variant ? ` ${f.variant}` : ''}`);

describe('PROPOSAL_NOT_FOUND on hand-built tables', () => {
  test('silent when overview and proposals match, and when there is no overview', () => {
    expect(checkProposalsFound(appendixTables())).toEqual([]);
    expect(checkProposalsFound(appendixTables().slice(1))).toEqual([]);
  });

  test('a code in the overview with no proposal table, at the row\'s code cell', () => {
    const t = appendixTables();
    const fs = checkProposalsFound([t[0], t[1], t[2]]);
    expect(at(fs)).toEqual(['PROPOSAL_NOT_FOUND Oversigt!A5']);
    expect(fs[0].severity).toBe('warning');
    expect(renderMessage(fs[0], 'da')).toBe('Oversigten nævner forslag BC39, men ingen tabel i projektmappen hører til BC39. Tilføj forslagets ark, eller ret koden.');
  });

  test('a proposal the overview does not name, at its first header cell, once per code', () => {
    const t = appendixTables();
    const extra = buildTable({ sheet: 'BC40', top: 3, columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: [1] }] });
    const extra2 = buildTable({ sheet: 'BC40', top: 10, proposalCode: 'bc 40', columns: [2026], rows: [{ label: 'b', so: 'Service', amounts: [1] }] });
    const fs = checkProposalsFound([...t, extra, extra2]);
    expect(at(fs)).toEqual(['PROPOSAL_NOT_FOUND BC40!A3 notInOverview']);
    expect(renderMessage(fs[0], 'da')).toBe('Forslag BC40 (ark BC40) står ikke i oversigten på arket Oversigt. Tilføj det i oversigten, eller ret koden.');
    expect(renderMessage(fs[0], 'en')).toBe('Proposal BC40 (sheet BC40) is not in the overview on sheet Oversigt. Add it to the overview, or correct the code.');
  });
});

runRuleCases('PROPOSAL_NOT_FOUND', cases);
