/** Sheet names and references as Excel wants them. */

/** 'Sheet name'!C8 — always quoted, quotes doubled: valid for any sheet name. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Splits a RangeAreas address ("Sheet1!A1:B2,'My, sheet'!D4:E5") into its A1 parts without sheet names. */
export function splitAreasAddress(address: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  return parts
    .map((p) => {
      const bang = p.lastIndexOf('!');
      return (bang >= 0 ? p.slice(bang + 1) : p).trim().replace(/\$/g, '');
    })
    .filter(Boolean);
}
