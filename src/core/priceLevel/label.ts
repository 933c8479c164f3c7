/** Rewrites the p/l year in a table label, keeping the rest of the text as written. */

const YEAR_BEFORE_PL = /((?:19|20|21)\d{2})(\s*[-‐–]?\s*)(p\s*\/\s*l|pl\b|pris-\s*og\s*lønniveau|priser)/i;
const YEAR_AFTER_PL = /(p\s*\/\s*l\.?|pris-\s*og\s*lønniveau)(\s*[-‐–:]?\s*)((?:19|20|21)\d{2})(?!\d)/i;
const PL_WITHOUT_YEAR = /(p\s*\/\s*l|pris-\s*og\s*lønniveau)/i;

/**
 * "1.000 kr. 2027 p/l" → "1.000 kr. 2026 p/l"; "t.kr. 2027-p/l" → "t.kr. 2026-p/l";
 * "1000 kr p/l" → "1000 kr 2026 p/l"; a label with no p/l at all gets " 2026 p/l" appended.
 */
export function rewritePriceLevelLabel(text: string, toYear: number, fromYear?: number | null): string {
  const to = String(toYear);
  if (YEAR_BEFORE_PL.test(text)) return text.replace(YEAR_BEFORE_PL, (_w, _y, sep: string, pl: string) => `${to}${sep}${pl}`);
  if (YEAR_AFTER_PL.test(text)) return text.replace(YEAR_AFTER_PL, (_w, pl: string, sep: string) => `${pl}${sep}${to}`);
  if (fromYear != null) {
    const lone = new RegExp(`(?<![\\d.,])${fromYear}(?![\\d.,]\\d)`, 'g');
    const hits = text.match(lone);
    if (hits && hits.length === 1) return text.replace(lone, to);
  }
  if (PL_WITHOUT_YEAR.test(text)) return text.replace(PL_WITHOUT_YEAR, (pl: string) => `${to} ${pl}`);
  return `${text.replace(/\s+$/, '')} ${to} p/l`;
}
