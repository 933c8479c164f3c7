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
/** The state's short form: "09-pl", "24-pl", "Mia. kr., 09-pl" (the year in two digits, a dash, "pl"). */
const PL_TWO_DIGITS = /(?:^|[\s,(])(\d{2})\s*[-–]\s*(?:p\s*\/\s*l|pl)\b/i;
const PL_NO_YEAR = /\bp\s*\/\s*l\b|\bpris-?\s*og\s*lønniveau\b/i;
const CURRENT = /\bløbende\s+priser\b/i;

/** The first unit the text names ("1.000 kr.", "mio. kr." …), with how it is written. */
function readUnit(t: string): { unit: UnitKey | null; unitText: string | null } {
  for (const [re, key] of UNIT_PATTERNS) {
    const m = re.exec(t);
    if (m) return { unit: key, unitText: m[0].replace(/^[^\d\p{L}]+/u, '').trim() };
  }
  return { unit: null, unitText: null };
}

/** The p/l year, whether it says "løbende priser", and whether it says p/l without a year. */
function readPriceLevel(t: string): Pick<LabelReading, 'priceLevel' | 'priceLevelWithoutYear' | 'currentPrices'> {
  let priceLevel: number | null = null;
  for (const re of PL_WITH_YEAR) {
    const m = re.exec(t);
    if (m) {
      priceLevel = Number(m[1]);
      break;
    }
  }
  if (priceLevel === null) {
    const short = PL_TWO_DIGITS.exec(t);
    if (short) priceLevel = (Number(short[1]) < 80 ? 2000 : 1900) + Number(short[1]);
  }
  return { priceLevel, priceLevelWithoutYear: priceLevel === null && PL_NO_YEAR.test(t), currentPrices: CURRENT.test(t) };
}

/** A title or heading whose last words are its unit: "…, mio. kr.", "… (1.000 kr.)". */
export function endsWithUnit(t: string): boolean {
  const m = /[,(]\s*([^,()]{1,20}?)\s*\)?\s*\.?\s*$/.exec(t);
  return m !== null && readUnit(m[1]).unit !== null && readUnit(m[1]).unitText === m[1].replace(/^[^\d\p{L}]+/u, '').trim();
}

/** Reads a cell's text as a table label; null when it states neither a unit nor a price level. */
export function readTableLabel(text: string): LabelReading | null {
  const t = text.replace(/[\u00a0\u202f]/g, ' ');
  const { unit, unitText } = readUnit(t);
  const { priceLevel, priceLevelWithoutYear, currentPrices } = readPriceLevel(t);
  if (!unit && priceLevel === null && !priceLevelWithoutYear && !currentPrices) return null;
  // A label is short; a sentence that happens to mention "kr." is not a label, unless it ends with
  // its unit after a comma or in brackets ("… fordelt på hovedområder, mio. kr.", "… (mio. kr.)").
  if (t.length > 60 && priceLevel === null && !endsWithUnit(t)) return null;
  return { unit, unitText, priceLevel, priceLevelWithoutYear, currentPrices };
}

/**
 * A sentence near a table that states its unit or price level: "Alle beløb er i 1.000 kr.,
 * 2027-priser", "Beløb i mio. kr., løbende priser", "Alle investeringer er angivet i tusinde kr.".
 * The unit must follow "i" ("er i", "angivet i", "opgjort i"), not a figure: "udgør 1,0 mio. kr."
 * is an amount, not a unit.
 */
const SENTENCE_UNIT =
  /(?:^|[\s(])(?:i|er\s+i|angivet\s+i|opgjort\s+i|anført\s+i|vist\s+i)\s+(?:hele\s+)?(?:1[.\s]?000\s*kr|t\.?\s?kr|tkr|tusind(?:e)?\s+kr|mio\.?\s*kr|mill?\.?\s*kr|million(?:er)?\s+kr|mia\.?\s*kr|milliard(?:er)?\s+kr|kr\.)/i;
const SENTENCE_PRICES = /(?:^|[\s(,])(?:i\s+)?(?:(?:19|20|21)\d{2}\s*[-–]?\s*(?:priser|p\s*\/\s*l|pl)\b|løbende\s+priser|faste\s+(?:19|20|21)\d{2}[-\s]priser)/i;

export function readLabelSentence(text: string): LabelReading | null {
  const t = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (t.length > 200) return null;
  // An instruction ("Forslaget skal udarbejdes i 2027 p/l") or a sentence naming several price
  // levels ("… i 2027 p/l, men … i 2026 p/l") says what tables should be, not what this one is.
  if (/\bskal\b|\bbør\b/i.test(t)) return null;
  const years = new Set(Array.from(t.matchAll(/\b((?:19|20|21)\d{2})\s*[-–]?\s*(?:p\s*\/\s*l|pl|priser)\b/gi), (m) => m[1]));
  if (years.size > 1) return null;
  const hasUnit = SENTENCE_UNIT.test(t);
  if (!hasUnit && !SENTENCE_PRICES.test(t)) return null;
  // Read the unit and price level as a label would, from the sentence with its length lifted;
  // the unit only from the phrase that follows "i".
  const unitMatch = hasUnit ? SENTENCE_UNIT.exec(t) : null;
  const phrase = unitMatch ? unitMatch[0].replace(/^[\s(]*(?:i|er\s+i|angivet\s+i|opgjort\s+i|anført\s+i|vist\s+i)\s+(?:hele\s+)?/i, '') : '';
  const { unit, unitText } = readUnit(phrase);
  const { priceLevel, priceLevelWithoutYear, currentPrices } = readPriceLevel(t);
  if (!unit && priceLevel === null && !currentPrices) return null;
  return { unit, unitText, priceLevel, priceLevelWithoutYear, currentPrices };
}
