/** OOXML string escapes: characters XML cannot carry are written as `_xHHHH_` (ST_Xstring). */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXString(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
