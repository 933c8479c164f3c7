/**
 * Words finance staff use in row and column headers beyond years and styringsområder: periods
 * (months, quarters, half-years, the whole year), budget variants of a follow-up table, difference
 * columns, "heraf" rows and figures that are never summed. All take normalized text (normalizeLabel).
 */

/** Months a label covers: 1–12. */
export interface Period {
  from: number;
  to: number;
}

const MONTHS: Array<[RegExp, number]> = [
  [/^jan(?:uar)?/, 1],
  [/^feb(?:ruar)?/, 2],
  [/^mar(?:ts)?/, 3],
  [/^apr(?:il)?/, 4],
  [/^maj/, 5],
  [/^jun(?:i)?/, 6],
  [/^jul(?:i)?/, 7],
  [/^aug(?:ust)?/, 8],
  [/^sep(?:t(?:ember)?)?/, 9],
  [/^okt(?:ober)?/, 10],
  [/^nov(?:ember)?/, 11],
  [/^dec(?:ember)?/, 12],
];

/** A trailing year ("januar 2025", "1. kvt. 25") or "i alt" after a period name. */
const TAIL = String.raw`\.?(?:\s*(?:\d{2}|\d{4}))?(?:\s*i\s*alt)?\.?$`;
const MONTH_WORD = new RegExp(String.raw`^(\p{L}+)${TAIL}`, 'u');
const QUARTER = new RegExp(String.raw`^(?:([1-4])\.?\s*(?:kvartal|kvt|kv)|q([1-4]))${TAIL}`, 'u');
const HALF = new RegExp(String.raw`^([12])\.?\s*halvår${TAIL}`, 'u');
const YEAR_TOTAL = /^(?:hele\s+året|helår(?:et)?|året\s+i\s+alt|år\s+i\s+alt|i\s+alt\s+for\s+året|året\s+til\s+dato|år\s+til\s+dato)\b/;

/** Periods read so far, by normalised label (frozen: shared by every row and column with that label). */
const PERIODS = new Map<string, Readonly<Period> | null>();
const PERIODS_LIMIT = 20_000;

/** The months a row or column label covers, or null when it names no period. Memoised. */
export function periodOf(normalized: string): Readonly<Period> | null {
  let p = PERIODS.get(normalized);
  if (p === undefined) {
    p = readPeriod(normalized);
    if (p) Object.freeze(p);
    if (PERIODS.size >= PERIODS_LIMIT) PERIODS.clear();
    PERIODS.set(normalized, p);
  }
  return p;
}

function readPeriod(normalized: string): Period | null {
  // "Marts - foreløbig", "3. kvartal (foreløbigt)", "Juni*": a suffix or a note mark after the period.
  const t = normalized
    .replace(/^i\s+alt\s+/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+[-–—]\s+\p{L}[\p{L}\s.]*$/u, '')
    .trim();
  const q = QUARTER.exec(t);
  if (q) {
    const n = Number(q[1] ?? q[2]);
    return { from: 3 * n - 2, to: 3 * n };
  }
  const h = HALF.exec(t);
  if (h) {
    const n = Number(h[1]);
    return { from: 6 * n - 5, to: 6 * n };
  }
  if (YEAR_TOTAL.test(t)) return { from: 1, to: 12 };
  const m = MONTH_WORD.exec(t);
  if (m) {
    const word = m[1];
    for (const [re, month] of MONTHS) {
      // The whole word must be the month or its usual abbreviation: "marts", "mar", not "marked".
      const hit = re.exec(word);
      if (hit && hit[0] === word) return { from: month, to: month };
    }
  }
  return null;
}

/** A period of more than one month: a quarter, a half-year or the year. */
export function isPeriodTotal(p: Period | null): boolean {
  return p !== null && p.to > p.from;
}

/** "heraf licenser", "- heraf", "hvoraf", "Heraf:": a part of the row above. */
export function isHerafLabel(normalized: string): boolean {
  return /^[-–—•·*]?\s*(?:heraf|hvoraf|deraf)(?![\p{L}])/u.test(normalized);
}

/** Figures that are never summed: running totals, pay-back years, percentages, counts of staff. */
const NON_ADDITIVE =
  /^(?:akkumuleret|akk\.|kumuleret|løbende\s+sum|tilbagebetalingstid|andel|pct\.?|procent|%|antal|årsværk|fuldtidsstillinger|fte|nøgletal|indeks|noter?|anm\.?|anmærkning(?:er)?|fodnoter?|henvisning)(?![\p{L}])|\(%\)|\((?:i\s+)?(?:pct|procent)\.?\)|\bi\s+(?:pct|procent)\b|%$|\(år\)|\(antal\)|\(årsværk\)/u;

/**
 * As a row label, "Andel …" is often money ("Andel af fællesudgifter") and counts only with a
 * percentage; as a column header it is a share.
 */
/**
 * Columns of figures that are never added down a table: averages ("Gns. pris", "Gennemsnitlig
 * takst") and stocks at a point in time ("Likviditet ultimo", "Kassebeholdning", "Saldo primo").
 */
const NON_ADDITIVE_COLUMN = /^(?:gns\.?|gennemsnit)|(?:^|\s)(?:ultimo|primo)(?![\p{L}])|beholdning(?![\p{L}])|^likviditet/u;

export function isNonAdditiveLabel(normalized: string, as: 'row' | 'column' = 'column'): boolean {
  if (as === 'column' && NON_ADDITIVE_COLUMN.test(normalized)) return true;
  if (!NON_ADDITIVE.test(normalized)) return false;
  return as === 'column' || !/^andel(?![\p{L}])/u.test(normalized) || /%|\bpct\b|procent/.test(normalized);
}

/** A follow-up column: a budget variant of a year ("Korrigeret budget 2025", "Forventet regnskab", "Anlægsbevilling"). */
const BUDGET_VARIANT =
  /(?:^|\s)(?:oprindeligt?|vedtaget|korrigeret|revideret|justeret|forventet)?\s*(?:budget|regnskab|forbrug|\p{L}*bevilling|prognose|skøn|overførsel|overførsler\s+fra|bevillingsændring)(?![\p{L}])/u;

export function isBudgetVariantHeader(normalized: string): boolean {
  return BUDGET_VARIANT.test(normalized) && !isDifferenceHeader(normalized) && !isNonAdditiveLabel(normalized);
}

/** "Afvigelse", "Mer-/mindreforbrug", "Restbudget", "Difference", "Ændring": a column that is the difference of two others. */
export function isDifferenceHeader(normalized: string): boolean {
  return /(?:^|\s)(?:afvigelse|mer-?\s*\/?\s*mindreforbrug|mer-\s*\/\s*mindre|merforbrug|mindreforbrug|restbudget|restbevilling|rest|uforbrugt|difference|forskel|ændring)(?![\p{L}])/u.test(normalized) && !isNonAdditiveLabel(normalized);
}

/**
 * "Driftsresultat før finansiering", "Resultat af ordinær driftsvirksomhed": a result row nets the
 * totals above it. Inferred from the word, so when it matches no reading it is left alone.
 */
export function isResultLabel(normalized: string): boolean {
  return /(?:^|\s)\p{L}*resultat(?![\p{L}])/u.test(normalized) && !/^(?:forventet|budget|regnskab)/.test(normalized);
}

/**
 * "I alt", "Total", "Udgifter i alt": a label that means the sum of the rows it closes, with no
 * word that narrows it ("ekskl.", "heraf", "netto", "pr.", "gns."). Under a plain run of rows with
 * nothing else above it, such a total has one reading, and a miss is the table's error.
 */
export function isPlainTotalLabel(normalized: string): boolean {
  if (!/(^|\s)(?:i\s?alt|(?:hoved)?total|totalt|sum)(\s|$|[.:,;)(])/.test(normalized)) return false;
  return !/\b(?:ekskl|excl|eksklusiv|inkl|uden|heraf|hvoraf|netto|pr|gns|gennemsnit|akk|akkumuleret)\b/.test(normalized);
}

/**
 * A heading that is a year, with or without a note mark: "2025", "1999*", "2024¹", "2026 1)",
 * "2027 (2)". The mark points to a note under the table ("* regnskabsprognose").
 */
export const YEAR_HEADING = /^\s*((?:19|20|21)\d{2})\s*(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}\)?|\(?\d\))?\s*$/u;

/** A row of shares, counts or an index ("Relativ lønandel", "Antal elever", "pct."): never a part of a sum of money. */
export function isShareOrCountLabel(normalized: string): boolean {
  return /%|\bpct\b|procent|andel|antal|indeks|årsværk/u.test(normalized);
}

/**
 * A heading cell that only names what the figures below it are counted in: "Pct.", "%", "Antal",
 * "Indeks", "Promille", "Kr.", "Mio. kr.", "Årsværk" — a unit row under the headings, not figures.
 */
export function isUnitWord(text: string): boolean {
  return /^\s*\(?\s*(?:pct\.?|procent|%|‰|promille|antal|indeks|årsværk|personer|(?:i\s+)?(?:1[.\s]?000\s*kr|t\.?\s?kr|tkr|mio|mia|kr|dkk)\.?(?:\s*kr\.?)?)\s*\)?\s*$/iu.test(text);
}

