/** Sheet names and references as Excel wants them. */

/** Excel forbids these in sheet names; names are at most 31 characters and unique ignoring case. */
const FORBIDDEN = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

/** A valid, unused sheet name from `base`: "Budgettjek-rapport", "Budgettjek-rapport (2)", … */
export function uniqueSheetName(base: string, existing: string[]): string {
  let clean = base.replace(FORBIDDEN, ' ').replace(/^'+|'+$/g, '').trim() || 'Ark';
  clean = clean.slice(0, MAX_SHEET_NAME).trim();
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

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
