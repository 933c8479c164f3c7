/**
 * Amounts in Danish sentences: "1,45 mio. kr. i 2027", "550.000 kr.", "300 t.kr.", "1.045 (1.000 kr.)",
 * with the year or period each belongs to, what it is for ("til projektledelse"), whether the text
 * states it as a total ("i alt", "samlet", "den samlede budgetramme"), and why it must not be
 * checked when the sentence could mean something else (a range, an estimate, a potential, a
 * condition, money spent in the past, someone else's money, a rate, a period).
 *
 * Pure: text in, readings out. Offsets are into the paragraph text as given.
 */
import Decimal from 'decimal.js';
import type { UnitKey } from '../model';

/** A word boundary that knows Danish letters (JavaScript's `\b` takes "å" for a non-word character). */
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;

/** A pattern of this module: built on its first use (see `danish`). */
interface DanishPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A case-insensitive Unicode pattern in which `\b` is a word boundary for Danish words too. Built
 * on its first use: each costs about a millisecond to build, and most checks read no sentence.
 */
function danish(pattern: RegExp): DanishPattern {
  let built: RegExp | undefined;
  const regExp = () => (built ??= new RegExp(pattern.source.replace(/\\b/g, BOUNDARY), `${pattern.flags.replace('u', '')}u`));
  return { test: (text) => regExp().test(text), exec: (text) => regExp().exec(text) };
}

/** Kroner per unit. */
export const KRONER_PER_UNIT: Record<UnitKey, Decimal> = {
  'kr.': new Decimal(1),
  't.kr.': new Decimal(1000),
  'mio. kr.': new Decimal(1_000_000),
  'mia. kr.': new Decimal(1_000_000_000),
};

/** Why an amount is not held against anything. */
export type Hedge = 'range' | 'estimate' | 'potential' | 'condition' | 'past' | 'otherBody' | 'rate' | 'period';

export interface StatedAmount {
  /** The amount in its own unit. */
  value: Decimal;
  unit: UnitKey;
  /** What the amount is shown to (0,1 for "0,5 mio. kr."; 1.000 for "550.000 kr."), in its unit. */
  step: Decimal;
  /** The amount as written, e.g. "0,5 mio. kr.". */
  text: string;
  /** Offsets of the amount in the paragraph text. */
  start: number;
  end: number;
  /** The year the sentence gives it ("i 2027", or "I 2027 afsættes …" before it); null when none. */
  year: number | null;
  /** Where the year came from: the amount's own clause, the sentence's lead, or an earlier sentence. */
  yearFrom: 'clause' | 'sentence' | 'context' | null;
  /** What it is for: each "til …" after it ("til KIT til projektledelse" → ["KIT", "projektledelse"]). */
  purposes: string[];
  /** The text states it as a total ("i alt", "samlet", "samlede"). */
  total: boolean;
  /** Why it is not checked, if it is not. */
  hedge: Hedge | null;
}

export interface TextSentence {
  start: number;
  end: number;
  text: string;
  amounts: StatedAmount[];
  /** The sentence allocates money: "afsættes", "budgetramme", "tilskud", "udgør", "bevilges" … */
  allocates: boolean;
  /** The sentence hands the amounts out: "fordelt på", "fordeles", "heraf", "består af". */
  distributes: boolean;
  /** The sentence points at a list or table that follows ("fordelt på følgende", ends with ":"). */
  introducesList: boolean;
}

const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?`;
const UNIT_WORDS = String.raw`mia\.?\s?kr\.?|mia\.?\s?kroner|milliarder?\s+kroner|mio\.?\s?kr\.?|mio\.?\s?kroner|mill\.?\s?kr\.?|millioner\s+kroner|t\.\s?kr\.?|tkr\.?|tusind\s+kroner|kr\.?|kroner`;
const AMOUNT = new RegExp(
  String.raw`(?<![\d.,])${NUMBER}\s*(?:(${UNIT_WORDS})|\(\s*(1\.000\s*kr\.?|t\.?\s?kr\.?|tkr\.?|mio\.?\s?kr\.?|mia\.?\s?kr\.?)\s*\))(?![\p{L}\d])`,
  'giu',
);

function unitOf(written: string): UnitKey {
  const w = written.toLowerCase();
  if (w.startsWith('mia') || w.startsWith('milliard')) return 'mia. kr.';
  if (w.startsWith('mio') || w.startsWith('mill')) return 'mio. kr.';
  if (w.startsWith('t') || w.startsWith('1.000')) return 't.kr.';
  return 'kr.';
}

const ABBREVIATION = danish(/\b(?:bl\.a|f\.eks|fx|jf|ca|nr|pkt|stk|mv|m\.fl|inkl|ekskl|evt|dvs|mht|vedr|ift|ifm|kr|mio|mia|t\.kr|tkr|pct|ang|hhv|iht|pga|tlf|min|maks|mill|p\/l)\.$/i);

/** Splits a paragraph into sentences at ".", "!", "?" (not after an abbreviation) followed by a capital. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const boundary = /[.!?](?=\s+["“”»(]?[A-ZÆØÅ•])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
    // "… 1,45 mio. kr. Til SUF …": "kr." ends the sentence when a capital follows; other abbreviations do not.
    if (ABBREVIATION.test(before) && !/(?:kr|kroner)\.$/i.test(before)) continue;
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const YEAR = danish(/\b(?:i|for|in|i året|i år|budgetåret|finansåret)\s+((?:19|20)\d{2})\b(?!\s*[-–—]\s*\d)(?!\s*(?:p\/l|pl\b|-?priser|pris- og lønniveau|prisniveau))/i);
const PERIOD =
  danish(/\b(?:årligt|årlig|om året|pr\.?\s*år|per år|hvert år|fra\s+(?:og med\s+)?(?:19|20)\d{2}|(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)?\d{2})\b|i perioden|over perioden|frem til\s+(?:19|20)\d{2}|til og med\s+(?:19|20)\d{2}|varigt|permanent|om måneden|månedlig\w*|over\s+\w+\s+år)\b/i);
const TOTAL_BEFORE = danish(/\b(?:i alt|samlet|samlede|sammenlagt|totalt|total|en ramme på|rammen på|budgetrammen)\b[^.;:]{0,60}$/i);
const TOTAL_AFTER = danish(/^\s*(?:i alt|samlet|totalt)\b/i);
const ESTIMATE_BEFORE =
  danish(/\b(?:ca\.?|cirka|omkring|op mod|op til|over|mindst|højst|under|knap|godt|næsten|mere end|mindre end|maksimalt|minimum|maks\.?|min\.|ned til|anslået|anslåede|skønnet|skønnede|estimeret|estimerede|forventet|forventede|ikke over|ikke under|i størrelsesordenen|størrelsesordenen|ca)\s*$/i);
const RANGE_BEFORE = danish(/(?:\d\s*[-–—]\s*|\bmellem\s+[\d.,]+\s*(?:mio\.?|mia\.?|t\.?\s?kr\.?|kr\.?)?\s*(?:kr\.?)?\s*og\s+|\bfra\s+[\d.,]+\s*(?:mio\.?|mia\.?|t\.?\s?kr\.?|kr\.?)?\s*(?:kr\.?)?\s*til\s+)$/i);
const RANGE_AFTER = danish(/^\s*(?:[-–—]\s*\d|til\s+[\d.,]+\s*(?:mio|mia|t\.?\s?kr|kr)|og\s+[\d.,]+\s*(?:mio|mia|t\.?\s?kr|kr)\S*\s+(?:årligt|om året))/i);
const RATE_AFTER = danish(/^\s*(?:pr\.|per\b|om måneden|om ugen|i timen|i timeløn)/i);
const POTENTIAL = danish(/\b(?:potential\w*|gevinst\w*|effektiviser\w*|besparelse\w*|provenu\w*|skøn\w*|anslå\w*|estimat\w*|realiserbar\w*|mindreudgift\w*|merindtægt\w*)\b/i);
const CONDITION = danish(/\b(?:såfremt|hvis|eventuel\w*|muligvis|evt\.|kan blive|kan udgøre|kan beløbe|op til)\b/i);
const PAST = danish(/\b(?:brugte|brugt|anvendte|kostede|har kostet|udgjorde|blev brugt|afholdt|afholdte|forbrugte|forbrug(?:et)?|regnskab\w*)\b/i);
const OTHER_BODY = danish(/\b(?:medfinansier\w*|egenfinansier\w*|bidrager med|bidrag fra|finansieres af|finansieret af|fra staten|statens|regionens|andre kommuner|øvrige forvaltninger)\b/i);
const ALLOCATES = danish(/\b(?:afsætte\w*|afsat\w*|budgetramme\w*|ramme\w*|bevill\w*|tilskud\w*|udgør\w*|udgøre|søge\w*|søger|anmode\w*|midler|finansier\w*|budget\w*|udgift\w*|omkostning\w*|afholde\w*|investering\w*|udmøntes|udmøntning|tilføre\w*|tilføres|overføre\w*|overføres|reserve\w*|pulje\w*)\b/i);
const DISTRIBUTES = danish(/\b(?:fordelt|fordeles|fordeler sig|fordelingen|heraf|hvoraf|består af|fordelt på|går til)\b/i);
const INTRODUCES = danish(/(?:\bfølgende\b[^.]*|\bsåledes\b[^.]*|:)\s*$/i);

/** The year or period in a stretch of text: the first year expression, unless a period word comes before it. */
function yearIn(text: string): { year: number | null; period: boolean } {
  const y = YEAR.exec(text);
  const p = PERIOD.exec(text);
  if (p && (!y || p.index <= y.index)) return { year: null, period: true };
  return { year: y ? Number(y[1]) : null, period: false };
}

/** "til KIT til projektafklaring og forberedende dataarbejde samt" → ["KIT", "projektafklaring og forberedende dataarbejde"]. */
function purposesIn(after: string): string[] {
  const m = /^\s*(?:\(\s*[^)]*\)\s*)?(?:(?:i|for)\s+(?:19|20)\d{2}\s+)?(?:[,–-]\s*)?(til\s+[^.;:]*)/i.exec(after);
  if (!m) return [];
  const phrase = m[1].replace(/\s*(?:,|\bsamt\b|\bog\b\s*$|\bmens\b|\bhvor\b|\bi alt\b).*$/i, '').trim();
  return phrase
    .split(/\btil\s+/i)
    .map((s) => s.trim().replace(/\s+(?:og|samt)$/i, '').trim())
    .filter((s) => s.length > 0);
}

/** The amounts of a paragraph, sentence by sentence. */
export function readSentences(text: string): TextSentence[] {
  const sentences: TextSentence[] = [];
  /** A year stated at the head of an earlier sentence ("I 2027 afsættes …") carries to the next. */
  let contextYear: number | null = null;
  for (const { start, end } of splitSentences(text)) {
    const s = text.slice(start, end);
    const matches = [...s.matchAll(AMOUNT)];
    const lead = matches.length ? s.slice(0, matches[0].index) : s;
    const leadReading = yearIn(lead);
    const sentenceHedge: Hedge | null = POTENTIAL.test(s)
      ? 'potential'
      : CONDITION.test(s)
        ? 'condition'
        : PAST.test(s)
          ? 'past'
          : OTHER_BODY.test(s)
            ? 'otherBody'
            : null;
    const amounts: StatedAmount[] = matches.map((m, i) => {
      const at = m.index!;
      const stop = at + m[0].length;
      const prevEnd = i > 0 ? matches[i - 1].index! + matches[i - 1][0].length : 0;
      const nextStart = i + 1 < matches.length ? matches[i + 1].index! : s.length;
      const before = s.slice(prevEnd, at);
      const after = s.slice(stop, nextStart);
      const intPart = m[1].replace(/\./g, '');
      const decimals = m[2]?.length ?? 0;
      const value = new Decimal(`${intPart}${m[2] ? `.${m[2]}` : ''}`);
      const unit = unitOf(m[3] ?? m[4]);
      let step = new Decimal(1).div(new Decimal(10).pow(decimals));
      if (unit === 'kr.' && decimals === 0) {
        // "550.000 kr." is a round figure: shown to the thousand at most.
        const zeros = /0*$/.exec(intPart)![0].length;
        step = new Decimal(10).pow(Math.min(zeros, 3, Math.max(0, intPart.length - 1)));
      }
      let hedge: Hedge | null = sentenceHedge;
      const beforeAll = s.slice(0, at);
      if (RANGE_BEFORE.test(beforeAll) || RANGE_AFTER.test(after)) hedge = 'range';
      else if (ESTIMATE_BEFORE.test(beforeAll)) hedge ??= 'estimate';
      else if (RATE_AFTER.test(after)) hedge ??= 'rate';
      // Its year: in its own clause after it, else in the text just before it, else the sentence's lead, else the context.
      const own = yearIn(after.split(/\b(?:og|samt)\b\s*(?=\d)/i)[0]);
      const beforeReading = yearIn(before);
      let year: number | null = null;
      let yearFrom: StatedAmount['yearFrom'] = null;
      if (own.period) hedge ??= 'period';
      else if (own.year !== null) [year, yearFrom] = [own.year, 'clause'];
      else if (i > 0 && beforeReading.year !== null && !beforeReading.period && !/\bog\b|\bsamt\b/i.test(before)) [year, yearFrom] = [beforeReading.year, 'clause'];
      else if (leadReading.period) hedge ??= 'period';
      else if (leadReading.year !== null) [year, yearFrom] = [leadReading.year, 'sentence'];
      else if (contextYear !== null) [year, yearFrom] = [contextYear, 'context'];
      if (own.period === false && PERIOD.test(after) && year === null) hedge ??= 'period';
      const total = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after);
      return {
        value,
        unit,
        step,
        text: m[0].trim(),
        start: start + at,
        end: start + stop,
        year,
        yearFrom,
        purposes: purposesIn(after),
        total,
        hedge,
      };
    });
    if (leadReading.year !== null && !leadReading.period && YEAR.exec(lead)!.index < 20) contextYear = leadReading.year;
    sentences.push({
      start,
      end,
      text: s,
      amounts,
      allocates: ALLOCATES.test(s),
      distributes: DISTRIBUTES.test(s),
      introducesList: INTRODUCES.test(s.trim()),
    });
  }
  return sentences;
}

/** A bullet or number typed at the start of a paragraph ("• ", "- ", "1) ", "a) "): the paragraph is a list item. */
export function typedListMarker(text: string): 'bullet' | 'number' | null {
  if (/^\s*(?:[•·▪‣◦\u2022\uf0b7*]|[-–—](?=\s))\s*/.test(text)) return 'bullet';
  if (/^\s*(?:\d{1,2}|[a-h])\)\s+/.test(text)) return 'number';
  return null;
}

/** Inline enumerations "1) … 2) … 3) …": the offsets where each item starts, when there are two or more. */
export function inlineItems(text: string): number[] {
  const starts: number[] = [];
  let expected = 1;
  for (const m of text.matchAll(/(?:^|[\s,;:])(\d{1,2})\)\s/g)) {
    if (Number(m[1]) !== expected) continue;
    starts.push(m.index! + m[0].indexOf(m[1]));
    expected++;
  }
  return starts.length >= 2 ? starts : [];
}

/** `value` in `unit` converted to `to` (exact). */
export function convertUnit(value: Decimal, unit: UnitKey, to: UnitKey): Decimal {
  return value.times(KRONER_PER_UNIT[unit]).div(KRONER_PER_UNIT[to]);
}

/**
 * Whether `actual` (exact, in the stated amount's unit) shows as the stated amount at its shown
 * precision: rounded half up to the stated step it is the stated value ("1,0 mio. kr." agrees with
 * 0,950–1,049…; "0,5" does not agree with 0,55, which shows as 0,6).
 */
export function agreesAtPrecision(stated: Pick<StatedAmount, 'value' | 'step'>, actual: Decimal): boolean {
  const diff = actual.minus(stated.value);
  const half = stated.step.div(2);
  return diff.gte(half.neg()) && diff.lt(half);
}
