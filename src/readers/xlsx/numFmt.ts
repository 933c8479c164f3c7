/** Number formats: Excel's built-in format ids and telling date formats from the rest. */
import { parseNumberFormat } from '../../core';

/** Built-in format codes (ECMA-376 §18.8.30) that do not depend on the locale. */
export const BUILTIN_NUM_FMTS: Readonly<Record<number, string>> = Object.freeze({
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
});

/** Built-in ids that are dates or times in every locale (their codes vary by locale). */
export function isBuiltinDateId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** True when a format code displays a date or time (in any of its number sections). */
export function isDateFormat(code: string): boolean {
  return parseNumberFormat(code).sections.some((s) => s.kind === 'date');
}
