/** Number formats: Excel's built-in format ids and telling date formats from the rest. */

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

/**
 * True when a format code displays a date or time: it has d, m, y, h or s outside quoted text,
 * escaped characters, padding/fill (`_x`, `*x`) and bracketed colours/conditions/locales —
 * but an elapsed-time bracket ([h], [mm], [ss]) counts.
 */
export function isDateFormat(code: string): boolean {
  // Only the first section matters for positive numbers; all sections share the kind in practice.
  const n = code.length;
  for (let i = 0; i < n; i++) {
    const c = code.charCodeAt(i);
    switch (c) {
      case 34: {
        // "quoted"
        const end = code.indexOf('"', i + 1);
        if (end < 0) return false;
        i = end;
        break;
      }
      case 92: // \x
      case 95: // _x
      case 42: // *x
        i++;
        break;
      case 91: {
        // [Red], [>100], [$-406], [$kr.-406] ... or elapsed [h] [mm] [ss]
        const end = code.indexOf(']', i + 1);
        if (end < 0) return false;
        const inner = code.slice(i + 1, end).toLowerCase();
        if (/^(h+|m+|s+)$/.test(inner)) return true;
        i = end;
        break;
      }
      case 59: // ';' — a later section may be text only ("@"); keep scanning
        break;
      default: {
        const lower = c | 0x20;
        if (lower === 100 /* d */ || lower === 109 /* m */ || lower === 121 /* y */ || lower === 104 /* h */ || lower === 115 /* s */) {
          return true;
        }
        if (lower === 101 /* e */ || lower === 103 /* g */) {
          // "General" and scientific "E+" are not dates; skip the rest of a "General" word.
          if (code.startsWith('General', i) || code.startsWith('general', i)) i += 6;
        }
      }
    }
  }
  return false;
}
