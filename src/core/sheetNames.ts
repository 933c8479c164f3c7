/** Sheet names as Excel allows them: what both writers of a new sheet (the copy, the add-in) follow. */

/** Excel forbids these in sheet names; names are at most 31 characters and unique ignoring case. */
const FORBIDDEN_IN_SHEET_NAMES = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

/** A valid, unused sheet name from `base`: "Budgettjek-rapport", "Budgettjek-rapport (2)", … */
export function uniqueSheetName(base: string, existing: string[]): string {
  let clean = base.replace(FORBIDDEN_IN_SHEET_NAMES, ' ').replace(/^'+|'+$/g, '').trim() || 'Ark';
  clean = clean.slice(0, MAX_SHEET_NAME).trim();
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  if (!taken.has(clean.toLocaleLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
