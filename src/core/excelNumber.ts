/**
 * Excel keeps 15 significant digits: a SUM's cached result may carry binary noise beyond them
 * (1061115347,2300003 for 1.061.115.347,23). Two amounts are the same to Excel when they agree
 * to 15 significant digits.
 */
import type Decimal from 'decimal.js';

export const EXCEL_SIGNIFICANT_DIGITS = 15;

export function sameAsExcel(a: Decimal, b: Decimal): boolean {
  return a.eq(b) || a.toSignificantDigits(EXCEL_SIGNIFICANT_DIGITS).eq(b.toSignificantDigits(EXCEL_SIGNIFICANT_DIGITS));
}
