/**
 * Danish amounts as people type them: "." groups thousands, "," is the decimal mark, a leading
 * minus (or U+2212, or an en dash) or parentheses mark negatives, "-" alone means nothing.
 * All arithmetic is decimal.js: a float never carries an amount.
 */
import Decimal from 'decimal.js';
import type { Lang } from './model';

export type AmountTextReading =
  | { kind: 'empty' }
  | { kind: 'amount'; amount: Decimal; unit?: string; /** Decimals as written ("343,0" → 1). */ decimals: number }
  | { kind: 'not-amount' };

const EMPTY_MARKS = new Set(['', '-', '–', '—', '−', '.', '…']);
// A unit written in the cell: "kr.", "t.kr.", "tkr.", "1.000 kr.", "mio. kr.", "mio.", "mia. kr."
const UNIT_SUFFIX = /\s*((?:1\.?000\s*)?(?:t\.?\s?kr\.?|tkr\.?|mio\.?\s*kr\.?|mio\.?|mia\.?\s*kr\.?|mia\.?|kr\.?|dkk))\s*$/i;
const UNIT_PREFIX = /^((?:t\.?\s?kr\.?|tkr\.?|mio\.?\s*kr\.?|mia\.?\s*kr\.?|kr\.?|dkk))(?=[\s\d(+\-−–])\s*/i;
const DANISH = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const SPACED = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:,(\d+))?$/;

/** Reads text typed into an amount cell. */
/** "pr. md.", "pr. år", "om året", "årligt" after a unit: what the amount is per, not part of it. */
const PER_SUFFIX = /(?<=\S)\s+(?:(?:pr\.?|per|om)\s+(?:md|mdr|mnd|måned|år|året|uge|ugen|dag|døgn|time|timen|stk|person|barn|elev|borger|bruger|plads|husstand|m2|m²|m3|m³)\.?|årligt|månedligt|ugentligt)$/i;

export function readAmountText(text: string): AmountTextReading {
  let s = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  const per = PER_SUFFIX.exec(s);
  if (per && /\d/.test(s.slice(0, per.index))) s = s.slice(0, per.index).trim();
  if (EMPTY_MARKS.has(s)) return { kind: 'empty' };
  let unit: string | undefined;
  const u = UNIT_SUFFIX.exec(s);
  if (u && u.index > 0) {
    unit = u[1].replace(/\s+/g, ' ');
    s = s.slice(0, u.index).trim();
  } else {
    // A unit written before the figure, as in Word and PDF: "kr. 1.045", "DKK 1.045", "t.kr. 200".
    const p = UNIT_PREFIX.exec(s);
    if (p && p[0].length < s.length) {
      unit = p[1].replace(/\s+/g, ' ');
      s = s.slice(p[0].length).trim();
    }
  }
  // "1.045,-": whole kroner, written the Danish way.
  s = s.replace(/,[-–]$/, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  // "÷25.410,3": the Danish minus of accounts and tax forms. "25.410,30-": a minus after the figure,
  // as older systems print it.
  const sign = /^([-−–+÷])\s*(.*)$/.exec(s);
  const trailing = sign ? null : /^(.*\d)\s*[-−]$/.exec(s);
  if (sign || trailing) {
    if (negative) return { kind: 'not-amount' };
    negative = sign ? sign[1] !== '+' : true;
    s = sign ? sign[2] : trailing![1];
  }
  const m = DANISH.exec(s) ?? SPACED.exec(s);
  if (!m) return { kind: 'not-amount' };
  const intPart = m[1].replace(/[. \u00a0\u202f]/g, '');
  const amount = new Decimal(`${negative ? '-' : ''}${intPart}${m[2] ? `.${m[2]}` : ''}`);
  const decimals = m[2]?.length ?? 0;
  return unit ? { kind: 'amount', amount, unit, decimals } : { kind: 'amount', amount, decimals };
}

/** Formats an amount the way the language writes it: Danish "1.045,5" / "−300"; English "1,045.5". */
export function formatAmount(value: Decimal | number, lang: Lang): string {
  const d = value instanceof Decimal ? value : new Decimal(value);
  const [intPart, frac] = d.abs().toFixed().split('.');
  const group = lang === 'da' ? '.' : ',';
  const decimal = lang === 'da' ? ',' : '.';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${d.isNegative() && !d.isZero() ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/**
 * A number read from a cell, as a Decimal that equals what Excel shows: decimal.js takes a number
 * by its shortest round-trip form (as String(n) would), with a fast path for whole numbers.
 */
export function decimalFromNumber(n: number): Decimal {
  return new Decimal(n);
}
