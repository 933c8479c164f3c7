/** Recognises styringsområder by name or alias, and suggests the nearest for a misspelling. */
import { distance } from 'fastest-levenshtein';
import type { Styringsomraade } from '../templates/template';
import { normalizeLabel } from './labelText';

function key(text: string): string {
  return normalizeLabel(text).replace(/-/g, '').replace(/\.$/, '');
}

/** Texts longer than this get no suggestion: no styringsområde's name is near that long. */
export const MAX_SUGGESTION_LENGTH = 100;

export class StyringsomraadeMatcher {
  private readonly byKey = new Map<string, string>();
  /** Texts repeat ("Service" on every row): remember what each raw text resolved to. */
  private readonly seen = new Map<string, string | null>();

  constructor(private readonly areas: Styringsomraade[]) {
    for (const area of areas) {
      this.byKey.set(key(area.name), area.name);
      for (const alias of area.aliases) this.byKey.set(key(alias), area.name);
    }
  }

  /** The canonical name for a name or alias, or null. */
  canonical(text: string): string | null {
    let found = this.seen.get(text);
    if (found === undefined) {
      found = this.byKey.get(key(text)) ?? null;
      if (this.seen.size < 10_000) this.seen.set(text, found);
    }
    return found;
  }

  /**
   * The names nearest to `text` (by name or alias) if near enough to be meant, in one pass. A text
   * longer than any name is meant to be gets none (the comparison costs length × length), nor is a
   * name compared whose length alone puts it out of reach.
   */
  private nearest(text: string): Set<string> {
    const k = key(text);
    if (k.length > MAX_SUGGESTION_LENGTH) return new Set();
    const limit = Math.max(2, Math.floor(k.length / 3));
    let bestDistance = Infinity;
    let best = new Set<string>();
    for (const [candidateKey, canonical] of this.byKey) {
      if (Math.abs(candidateKey.length - k.length) > limit) continue;
      const d = distance(k, candidateKey);
      if (d < bestDistance) {
        bestDistance = d;
        best = new Set([canonical]);
      } else if (d === bestDistance) best.add(canonical);
    }
    return bestDistance <= limit ? best : new Set();
  }

  /** The nearest known name or alias to a misspelt one, if it is near enough to be meant. */
  suggest(text: string): string | null {
    return this.nearest(text).values().next().value ?? null;
  }

  /**
   * The suggestion when exactly one styringsområde is nearest: a tie between two different names
   * (e.g. "Anlæ" near both an alias of Anlæg and another area) is no certain fix.
   */
  suggestUnique(text: string): string | null {
    const nearest = this.nearest(text);
    return nearest.size === 1 ? nearest.values().next().value! : null;
  }

  names(): string[] {
    return this.areas.map((a) => a.name);
  }
}
