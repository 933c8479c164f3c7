/** Choosing fixes to apply together: small, with no detection or rules, so the task pane loads it at once. */
import type { RuleCode } from '../model';
import type { CellEdit, ProposedFix } from './model';

/** Fixes that may be applied together: certain ones (and chosen choices), at most one edit per cell. */
export function combinableEdits(fixes: ProposedFix[]): CellEdit[] {
  const byCell = new Map<string, CellEdit>();
  for (const fix of fixes) {
    for (const e of fix.edits) {
      const key = `${e.sheet}\u0000${e.address}`;
      if (!byCell.has(key)) byCell.set(key, e);
    }
  }
  return [...byCell.values()];
}

/** Which fixes to apply: every certain one, plus the choices the person asked for by code. */
export function selectFixes(fixes: ProposedFix[], options: { only?: ReadonlySet<RuleCode>; choices?: ReadonlySet<RuleCode> } = {}): ProposedFix[] {
  return fixes.filter((f) => (!options.only || options.only.has(f.rule)) && (f.mode === 'certain' || options.choices?.has(f.rule) === true));
}

