/** Amounts read from text, written back for a message: "0,5 mio. kr." / "0.5 DKK million". */
import Decimal from 'decimal.js';
import { formatAmount } from '../danishNumber';
import type { Lang, LocalizedText, UnitKey } from '../model';

const UNIT_WORDS: Record<Lang, Record<UnitKey, string>> = {
  da: { 'kr.': 'kr.', 't.kr.': 't.kr.', 'mio. kr.': 'mio. kr.', 'mia. kr.': 'mia. kr.' },
  en: { 'kr.': 'DKK', 't.kr.': 'DKK thousand', 'mio. kr.': 'DKK million', 'mia. kr.': 'DKK billion' },
};

/** Decimals a step shows: 0,1 → 1, 1.000 → 0. */
export function decimalsOf(step: Decimal): number {
  return step.gte(1) ? 0 : step.decimalPlaces();
}

function formatFixed(value: Decimal, decimals: number, lang: Lang): string {
  const fixed = value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.replace('-', '').split('.');
  const grouped = formatAmount(new Decimal(int), lang);
  const sign = value.isNegative() && !new Decimal(fixed).isZero() ? '-' : '';
  return `${sign}${grouped}${frac ? (lang === 'da' ? ',' : '.') + frac : ''}`;
}

/** An amount with its unit, to `decimals` decimals (undefined: as many as it has). */
export function amountWithUnit(value: Decimal, unit: UnitKey, decimals?: number): LocalizedText {
  const d = decimals ?? value.decimalPlaces();
  return { da: `${formatFixed(value, d, 'da')} ${UNIT_WORDS.da[unit]}`, en: `${formatFixed(value, d, 'en')} ${UNIT_WORDS.en[unit]}` };
}

/** " i 2028" / " in 2028", or nothing for a yearless amount. */
export function inYear(year: number | null): LocalizedText {
  return year === null ? { da: '', en: '' } : { da: ` i ${year}`, en: ` in ${year}` };
}
