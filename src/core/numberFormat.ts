/**
 * Excel number formats, read for what they make a cell show. Both readers hand the core the format
 * code in Excel's invariant (en-US) syntax — the file stores it so, and Office.js's
 * `Range.numberFormat` returns it so — where "." is the decimal point and "," groups thousands or,
 * after the last digit placeholder, scales by 1.000.
 *
 * A focused parser rather than a general one (`numfmt`, SheetJS `ssf`): the checker needs what a
 * format does to an amount — scale, shown decimals, percent, date, text, a literal unit, which
 * section applies — not a full renderer with locale tables, and this module ships in the task pane
 * too, where every kilobyte counts. `renderNumber` renders the subset for the in-memory Excel's
 * `Range.text` and for messages that quote a non-amount (a percentage, a date).
 */
import Decimal from 'decimal.js';
import { readTableLabel } from './detect/label';
import type { Lang, UnitKey } from './model';

export type FormatKind = 'general' | 'number' | 'percent' | 'date' | 'text' | 'scientific';

/** One section of a format ("pos;neg;zero;text"). */
export interface FormatSection {
  kind: FormatKind;
  /** Powers of 1.000 the shown figure is divided by: `#,##0,` → 1, `0.0,,` → 2. */
  thousands: number;
  /** Digit placeholders after the decimal point (the most decimals the section shows). */
  decimals: number;
  /** Placeholders "0" after the decimal point (decimals always shown). */
  minDecimals: number;
  /** "0" placeholders before the decimal point (digits always shown). */
  minIntegerDigits: number;
  grouping: boolean;
  hasDigits: boolean;
  /** Literal text before and after the number ("kr. ", " t.kr."). */
  prefix: string;
  suffix: string;
  /** The unit a literal in the section names ("kr." in `"kr." #,##0`), if any. */
  unit: UnitKey | null;
  unitText: string | null;
  /** Date/time tokens in order, for rendering (only for kind date). */
  dateTokens: string[];
}

export interface NumberFormat {
  code: string;
  /** The kind of the first section: what a positive number shows as. */
  kind: FormatKind;
  sections: FormatSection[];
}

const GENERAL_SECTION: FormatSection = {
  kind: 'general',
  thousands: 0,
  decimals: 0,
  minDecimals: 0,
  minIntegerDigits: 1,
  grouping: false,
  hasDigits: false,
  prefix: '',
  suffix: '',
  unit: null,
  unitText: null,
  dateTokens: [],
};

export const GENERAL_FORMAT: NumberFormat = Object.freeze({ code: 'General', kind: 'general', sections: [GENERAL_SECTION] }) as NumberFormat;

const DATE_LETTERS = new Set(['d', 'm', 'y', 'h', 's', 'e', 'b']);

function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end + 1;
      cur += code.slice(i, stop);
      i = stop - 1;
    } else if (c === '\\' || c === '_' || c === '*') {
      cur += code.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      const stop = end < 0 ? code.length : end + 1;
      cur += code.slice(i, stop);
      i = stop - 1;
    } else if (c === ';') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * The pieces of one section, as written. Whether a piece is a date part, a literal or a figure's
 * placeholder can depend on what came before it ("e" after digits is a literal, "." in a date is a
 * separator); `SectionReader` decides that.
 */
type FormatToken =
  /** Quoted text, an escaped character, a padding space, a currency symbol ([$kr.-406]). */
  | { kind: 'literal'; text: string }
  /** Elapsed time: [h], [mm], [ss]. */
  | { kind: 'elapsed'; text: string }
  /** A digit placeholder: 0, # or ?. */
  | { kind: 'digit'; placeholder: string }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  /** E+ or E-, with the digit placeholders of the exponent. */
  | { kind: 'exponent'; letter: string; sign: string; digits: string }
  /** @: the cell's text. */
  | { kind: 'text' }
  | { kind: 'general' }
  | { kind: 'ampm' }
  /** One letter that can be part of a date or time: d m y h s e b. */
  | { kind: 'dateLetter'; letter: string }
  /** Any other character. */
  | { kind: 'other'; text: string }
  /** A part that shows nothing but still separates its neighbours: a fill character, a colour, a condition, a bare locale. */
  | { kind: 'silent' };

/** The text from `i` up to the closing `close` (or the end), and the index of that closing character. */
function enclosed(src: string, i: number, close: string): { inner: string; stop: number } {
  const end = src.indexOf(close, i + 1);
  const stop = end < 0 ? src.length : end;
  return { inner: src.slice(i + 1, stop), stop };
}

/** A bracketed part: elapsed time, or a currency symbol; colours, conditions and a bare locale ([$-406]) show nothing. */
function bracketToken(inner: string): FormatToken {
  if (/^(h+|m+|s+)$/i.test(inner)) return { kind: 'elapsed', text: inner.toLowerCase() };
  if (inner.startsWith('$')) {
    const dash = inner.indexOf('-');
    const symbol = dash < 0 ? inner.slice(1) : inner.slice(1, dash);
    if (symbol) return { kind: 'literal', text: symbol };
  }
  return { kind: 'silent' };
}

/** Splits one section into its pieces. */
function tokenizeSection(src: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const lower = c.toLowerCase();
    if (c === '"') {
      const { inner, stop } = enclosed(src, i, '"');
      tokens.push({ kind: 'literal', text: inner });
      i = stop;
    } else if (c === '\\') {
      if (i + 1 < src.length) tokens.push({ kind: 'literal', text: src[i + 1] });
      i++;
    } else if (c === '_') {
      tokens.push({ kind: 'literal', text: ' ' });
      i++;
    } else if (c === '*') {
      tokens.push({ kind: 'silent' });
      i++;
    } else if (c === '[') {
      const { inner, stop } = enclosed(src, i, ']');
      tokens.push(bracketToken(inner));
      i = stop;
    } else if (c === '0' || c === '#' || c === '?') tokens.push({ kind: 'digit', placeholder: c });
    else if (c === '.') tokens.push({ kind: 'point' });
    else if (c === ',') tokens.push({ kind: 'comma' });
    else if (c === '%') tokens.push({ kind: 'percent' });
    else if (lower === 'e' && (src[i + 1] === '+' || src[i + 1] === '-')) {
      let j = i + 1;
      while (j + 1 < src.length && /[0#?]/.test(src[j + 1])) j++;
      tokens.push({ kind: 'exponent', letter: c, sign: src[i + 1], digits: src.slice(i + 2, j + 1) });
      i = j;
    } else if (c === '@') tokens.push({ kind: 'text' });
    else if (lower === 'g' && src.slice(i, i + 7).toLowerCase() === 'general') {
      tokens.push({ kind: 'general' });
      i += 6;
    } else if (src.slice(i, i + 5).toUpperCase() === 'AM/PM') {
      tokens.push({ kind: 'ampm' });
      i += 4;
    } else if (DATE_LETTERS.has(lower)) tokens.push({ kind: 'dateLetter', letter: c });
    else tokens.push({ kind: 'other', text: c });
  }
  return tokens;
}

/** Reads a section's pieces in order into what the section does to a number. */
class SectionReader {
  private hasDigits = false;
  private afterPoint = false;
  private decimals = 0;
  private minDecimals = 0;
  private minIntegerDigits = 0;
  private grouping = false;
  /** Commas after a digit placeholder, not yet known to group or scale. */
  private pendingCommas = 0;
  private percent = false;
  private scientific = false;
  private text = false;
  private general = false;
  private date = false;
  private readonly dateTokens: string[] = [];
  private prefix = '';
  private suffix = '';
  private literals = '';

  read(tokens: FormatToken[]): FormatSection {
    for (let i = 0; i < tokens.length; i++) i = this.readToken(tokens, i);
    return this.section();
  }

  /** Reads the token at `i`; returns the index of the last token it used. */
  private readToken(tokens: FormatToken[], i: number): number {
    const token = tokens[i];
    switch (token.kind) {
      case 'literal': this.literal(token.text); break;
      case 'elapsed': this.datePart(token.text); break;
      case 'digit': this.digit(token.placeholder); break;
      case 'point': this.point(); break;
      case 'comma': if (this.hasDigits) this.pendingCommas++; break;
      case 'percent': this.percent = true; this.literal('%'); break;
      case 'exponent': this.exponent(token); break;
      case 'text': this.text = true; break;
      case 'general': this.general = true; break;
      case 'ampm': this.datePart('AM/PM'); break;
      case 'dateLetter': return this.dateLetter(tokens, i);
      case 'other': this.other(token.text); break;
      case 'silent': break;
    }
    return i;
  }

  private literal(s: string): void {
    this.literals += s;
    if (this.hasDigits) this.suffix += s;
    else this.prefix += s;
  }

  private datePart(s: string): void {
    this.date = true;
    this.dateTokens.push(s);
  }

  /** A character with no meaning of its own: a date separator inside a date, else shown as it is. */
  private other(c: string): void {
    if (this.date) this.dateTokens.push(c);
    else this.literal(c);
  }

  private digit(placeholder: string): void {
    if (this.pendingCommas) {
      this.grouping = true;
      this.pendingCommas = 0;
    }
    this.hasDigits = true;
    if (this.afterPoint) {
      this.decimals++;
      if (placeholder === '0') this.minDecimals++;
    } else if (placeholder === '0') this.minIntegerDigits++;
  }

  /** The decimal point; a second point, or one in a date, is a separator. */
  private point(): void {
    if (!this.afterPoint && !this.date) this.afterPoint = true;
    else this.other('.');
  }

  /** E+00 after digits is scientific; before any digit the "e" is a year and the rest is read as written. */
  private exponent(token: Extract<FormatToken, { kind: 'exponent' }>): void {
    if (this.hasDigits) {
      this.scientific = true;
      return;
    }
    this.datePart('e');
    this.afterExponentLetter(token);
  }

  private afterExponentLetter(token: Extract<FormatToken, { kind: 'exponent' }>): void {
    this.other(token.sign);
    for (const placeholder of token.digits) this.digit(placeholder);
  }

  /**
   * A date letter and the letters like it that follow ("yyyy", "mm"); "e" after digits and outside a
   * date is a literal. Returns the index of the last token used.
   */
  private dateLetter(tokens: FormatToken[], i: number): number {
    const first = (tokens[i] as { letter: string }).letter;
    const lower = first.toLowerCase();
    if (lower === 'e' && !this.date && this.hasDigits) {
      this.literal(first);
      return i;
    }
    let run = lower;
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (next?.kind === 'dateLetter' && next.letter.toLowerCase() === lower) {
        run += lower;
        j++;
      } else if (next?.kind === 'exponent' && next.letter.toLowerCase() === lower) {
        // "eE+": the run takes the letter; its sign and placeholders are read after the run.
        this.datePart(run + lower);
        this.afterExponentLetter(next);
        return j + 1;
      } else break;
    }
    this.datePart(run);
    return j;
  }

  private kind(): FormatKind {
    if (this.date) return 'date';
    if (this.percent && this.hasDigits) return 'percent';
    if (this.scientific) return 'scientific';
    if (this.hasDigits) return 'number';
    if (this.text) return 'text';
    if (this.general) return 'general';
    return 'number'; // literal only ("-" in a zero section)
  }

  private section(): FormatSection {
    const label = this.literals.trim() ? readTableLabel(this.literals) : null;
    return {
      kind: this.kind(),
      thousands: this.pendingCommas,
      decimals: this.decimals,
      minDecimals: this.minDecimals,
      minIntegerDigits: this.minIntegerDigits,
      grouping: this.grouping,
      hasDigits: this.hasDigits,
      prefix: this.prefix,
      suffix: this.suffix,
      unit: label?.unit ?? null,
      unitText: label?.unit ? (label.unitText ?? null) : null,
      dateTokens: this.dateTokens,
    };
  }
}

function parseSection(src: string): FormatSection {
  return new SectionReader().read(tokenizeSection(src));
}

const cache = new Map<string, NumberFormat>();
const CACHE_LIMIT = 4096;

/** Parses a format code; undefined, "" and "General" are the General format. Memoised. */
export function parseNumberFormat(code: string | undefined): NumberFormat {
  if (code === undefined || code === '') return GENERAL_FORMAT;
  const hit = cache.get(code);
  if (hit) return hit;
  if (/^general$/i.test(code)) return GENERAL_FORMAT;
  const sections = splitSections(code).map(parseSection);
  const fmt: NumberFormat = { code, kind: sections[0].kind, sections };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(code, fmt);
  return fmt;
}

/**
 * The section that shows `value`, and whether the number's own minus sign is shown (Excel drops
 * it when a negative section is given: that section writes its own sign or parentheses).
 */
export function sectionFor(fmt: NumberFormat, value: number): { section: FormatSection; showMinus: boolean } {
  const s = fmt.sections;
  // A fourth section, or a lone "@"-section, is for text.
  const numeric = s.length > 1 && s[s.length - 1].kind === 'text' && !s[s.length - 1].hasDigits ? s.slice(0, -1) : s;
  if (value < 0 && numeric.length >= 2) return { section: numeric[1], showMinus: false };
  if (value === 0 && numeric.length >= 3) return { section: numeric[2], showMinus: false };
  return { section: numeric[0], showMinus: value < 0 };
}

/** What a number cell shows as an amount: the figure in the shown unit, rounded as shown. */
export interface ShownAmount {
  kind: FormatKind;
  /** The figure as shown (scaled, rounded to the shown decimals); for percent/date the stored value. */
  amount: Decimal;
  /** Decimals the format shows; null for General, text and scientific formats. */
  decimals: number | null;
  /** 1.000^thousands: stored value = shown figure × scale. */
  scale: number;
  unit: UnitKey | null;
  unitText: string | null;
}

/** What kind of figure `value` shows as under `fmt` (cheap: no Decimal). */
export function shownKind(value: number, fmt: NumberFormat): FormatKind {
  if (fmt === GENERAL_FORMAT) return 'general';
  const { section } = sectionFor(fmt, value);
  if (section.kind === 'number' && !section.hasDigits) return fmt.sections[0].kind === 'number' ? 'number' : fmt.sections[0].kind;
  return section.kind;
}

/** How a number shows under a format, all but the figure itself: the same for every number of one sign. */
export type ShownForm = Readonly<Omit<ShownAmount, 'amount'>> & { readonly thousands: number };

/** Per format: the forms of a negative number, zero and a positive number (made once, on first use). */
const FORMS = new WeakMap<NumberFormat, readonly ShownForm[]>();

function formFor(fmt: NumberFormat, value: number): ShownForm {
  const { section: picked } = sectionFor(fmt, value);
  // A section with no digits ("-" for zero) shows no figure: the number keeps the first section's precision.
  const section = picked.hasDigits || picked.kind !== 'number' ? picked : fmt.sections[0];
  const kind = section.kind === 'number' && !section.hasDigits ? 'general' : section.kind;
  if (kind !== 'number') {
    return { kind, decimals: null, scale: 1, thousands: 0, unit: section.unit ?? picked.unit, unitText: section.unitText ?? picked.unitText };
  }
  return {
    kind,
    decimals: section.decimals,
    scale: 1000 ** section.thousands,
    thousands: section.thousands,
    unit: picked.unit ?? section.unit,
    unitText: picked.unitText ?? section.unitText,
  };
}

/**
 * What a number cell shows under `fmt` but the figure: kind, decimals, scale, unit. Cheap (no
 * Decimal, no allocation after a format's first use): the section shown depends only on the sign.
 */
export function shownForm(value: number, fmt: NumberFormat): ShownForm {
  let forms = FORMS.get(fmt);
  if (!forms) {
    forms = [formFor(fmt, -1), formFor(fmt, 0), formFor(fmt, 1)];
    FORMS.set(fmt, forms);
  }
  return forms[value < 0 ? 0 : value === 0 ? 1 : 2];
}

export function shownAmount(value: number, fmt: NumberFormat): ShownAmount {
  const { kind, decimals, scale, thousands, unit, unitText } = shownForm(value, fmt);
  const stored = new Decimal(value);
  if (kind !== 'number') return { kind, amount: stored, decimals, scale, unit, unitText };
  // Whole numbers shown unscaled need no rounding (the common case: keep the hot path cheap).
  const amount =
    !thousands && Number.isInteger(value) ? stored : (thousands ? stored.div(scale) : stored).toDecimalPlaces(decimals!, Decimal.ROUND_HALF_UP);
  return { kind, amount, decimals, scale, unit, unitText };
}

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DAYS_DA = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** Calendar date of an Excel serial (1900 system, with Excel's phantom 29 February 1900). */
export function dateOfSerial(serial: number): { y: number; m: number; d: number; weekday: number; seconds: number } {
  const day = Math.floor(serial);
  const seconds = Math.round((serial - day) * 86400);
  if (day === 60) return { y: 1900, m: 2, d: 29, weekday: 3, seconds };
  const offset = day > 60 ? day - 1 : day; // days after 1899-12-31
  const ms = Date.UTC(1899, 11, 31) + offset * 86400000;
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), weekday: dt.getUTCDay(), seconds };
}

/** The last day Excel shows as a date: 31-12-9999. */
export const LAST_DATE_SERIAL = 2958465;

/**
 * Whether Excel shows `serial` as a calendar date (1 = 01-01-1900 up to 31-12-9999, times of day
 * included). Outside that range a date format shows no date Excel would show (it shows ##### or
 * "00-01-1900"), so the checker quotes the number itself.
 */
export function isDateSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 1 && serial < LAST_DATE_SERIAL + 1;
}

/** A number as General shows it, with Danish (or English) separators and no grouping. */
function generalText(value: number, lang: Lang): string {
  const s = new Decimal(value).toDecimalPlaces(10).toFixed();
  const [i, f] = s.replace('-', '').split('.');
  return `${value < 0 ? '-' : ''}${i}${f ? (lang === 'da' ? ',' : '.') + f : ''}`;
}

/**
 * A date serial as a short date, independent of time zone: "10-12-1900" (da) / "1900-12-10" (en);
 * a serial outside Excel's dates as the number it is.
 */
export function shortDate(serial: number, lang: Lang): string {
  if (!isDateSerial(serial)) return generalText(serial, lang);
  const { y, m, d } = dateOfSerial(serial);
  const p = (n: number) => String(n).padStart(2, '0');
  return lang === 'da' ? `${p(d)}-${p(m)}-${y}` : `${y}-${p(m)}-${p(d)}`;
}

function renderDate(serial: number, section: FormatSection): string {
  const { y, m, d, weekday, seconds } = dateOfSerial(serial);
  const hh = Math.floor(seconds / 3600);
  const mi = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  const p = (n: number) => String(n).padStart(2, '0');
  const tokens = section.dateTokens;
  const ampm = tokens.includes('AM/PM');
  let out = '';
  tokens.forEach((t, i) => {
    const c = t[0];
    const prev = tokens.slice(0, i).reverse().find((x) => /^[a-z]/.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[a-z]/.test(x));
    const minutes = c === 'm' && t.length <= 2 && (prev?.[0] === 'h' || next?.[0] === 's');
    if (c === 'y' || c === 'e') out += t.length <= 2 && c === 'y' ? p(y % 100) : String(y);
    else if (c === 'm' && minutes) out += t.length === 2 ? p(mi) : String(mi);
    else if (c === 'm') out += t.length === 1 ? String(m) : t.length === 2 ? p(m) : t.length === 3 ? MONTHS_DA[m - 1].slice(0, 3) : MONTHS_DA[m - 1];
    else if (c === 'd') out += t.length === 1 ? String(d) : t.length === 2 ? p(d) : t.length === 3 ? DAYS_DA[weekday].slice(0, 3) : DAYS_DA[weekday];
    else if (c === 'h') {
      const h = ampm ? ((hh + 11) % 12) + 1 : hh;
      out += t.length >= 2 ? p(h) : String(h);
    } else if (c === 's') out += t.length >= 2 ? p(ss) : String(ss);
    else if (t === 'AM/PM') out += hh < 12 ? 'AM' : 'PM';
    else out += t;
  });
  return out;
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * What Excel shows for a number under `code`, rendered with Danish (or English) separators. Covers
 * the subset the checker reads (placeholders, grouping, scaling, decimals, percent, literals, dates,
 * sections); scientific and fraction formats fall back to the General rendering.
 */
export function renderNumber(value: number, code: string | undefined, lang: Lang = 'da'): string {
  const fmt = parseNumberFormat(code);
  const group = lang === 'da' ? '.' : ',';
  const point = lang === 'da' ? ',' : '.';
  const { section, showMinus } = sectionFor(fmt, value);
  if (section.kind === 'date') return isDateSerial(value) ? renderDate(value, section) : generalText(value, lang);
  if (section.kind === 'general' || section.kind === 'text' || section.kind === 'scientific') return generalText(value, lang);
  if (!section.hasDigits) return section.prefix + section.suffix;
  let v = new Decimal(value).abs();
  if (section.kind === 'percent') v = v.times(100);
  if (section.thousands) v = v.div(1000 ** section.thousands);
  const fixed = v.toDecimalPlaces(section.decimals, Decimal.ROUND_HALF_UP).toFixed(section.decimals);
  let [int, frac = ''] = fixed.split('.');
  while (frac.length > section.minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && section.minIntegerDigits === 0) int = '';
  int = int.padStart(section.minIntegerDigits, '0');
  if (section.grouping) int = groupDigits(int, group);
  const isZero = /^[0.,]*$/.test(int + frac);
  const sign = showMinus && !isZero ? '-' : '';
  return `${sign}${section.prefix}${int}${frac ? point + frac : section.decimals > 0 ? point : ''}${section.suffix}`;
}
