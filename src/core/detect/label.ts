/**
 * The unit and price-level label of a table: "1.000 kr. 2027 p/l", "1000 kr p/l", "t.kr. 2027-p/l",
 * "2027 p/l.", "mio. kr., 2026-priser", "løbende priser" …
 */
import type { UnitKey } from '../model';

export interface LabelReading {
  unit: UnitKey | null;
  unitText: string | null;
  priceLevel: number | null;
  priceLevelWithoutYear: boolean;
  currentPrices: boolean;
}

const UNIT_PATTERNS: Array<[RegExp, UnitKey]> = [
  [/\bmia\.?\s*kr\.?|\bmilliard(?:er)?\s+kr/i, 'mia. kr.'],
  [/\bmio\.?\s*kr\.?|\bmill?\.?\s*kr\.?|\bmillion(?:er)?\s+kr/i, 'mio. kr.'],
  [/(?:^|[^\d.,])1[.\s\u00a0]?000\s*kr\.?|\bt\.?\s?kr\.?|\btkr\.?|\btusind(?:e)?\s+kr/i, 't.kr.'],
  [/(?:^|[^\p{L}.])kr\.?(?![\p{L}])|\bdkk\b/iu, 'kr.'],
];

const PL_WITH_YEAR = [
  /\b((?:19|20|21)\d{2})\s*[-–]?\s*(?:p\s*\/\s*l|pl)\b/i, // 2027 p/l, 2027-p/l, 2027 pl
  /\b(?:p\s*\/\s*l|pl)[.\s-]*((?:19|20|21)\d{2})\b/i, // p/l 2027, PL 2027
  /\b((?:19|20|21)\d{2})\s*[-–]?\s*priser\b/i, // 2027-priser
  /\b(?:pris-?\s*og\s*lønniveau|prisniveau)\s*((?:19|20|21)\d{2})\b/i,
];
const PL_NO_YEAR = /\bp\s*\/\s*l\b|\bpris-?\s*og\s*lønniveau\b/i;
const CURRENT = /\bløbende\s+priser\b/i;

/** Reads a cell's text as a table label; null when it states neither a unit nor a price level. */
export function readTableLabel(text: string): LabelReading | null {
  const t = text.replace(/[\u00a0\u202f]/g, ' ');
  let unit: UnitKey | null = null;
  let unitText: string | null = null;
  for (const [re, key] of UNIT_PATTERNS) {
    const m = re.exec(t);
    if (m) {
      unit = key;
      unitText = m[0].replace(/^[^\d\p{L}]+/u, '').trim();
      break;
    }
  }
  let priceLevel: number | null = null;
  for (const re of PL_WITH_YEAR) {
    const m = re.exec(t);
    if (m) {
      priceLevel = Number(m[1]);
      break;
    }
  }
  const currentPrices = CURRENT.test(t);
  const priceLevelWithoutYear = priceLevel === null && PL_NO_YEAR.test(t);
  if (!unit && priceLevel === null && !priceLevelWithoutYear && !currentPrices) return null;
  // A label is short; a sentence that happens to mention "kr." is not a label.
  if (t.length > 60 && priceLevel === null) return null;
  return { unit, unitText, priceLevel, priceLevelWithoutYear, currentPrices };
}
