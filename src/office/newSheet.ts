/**
 * Writes cells into a new, uniquely named sheet (a converted table): text as text (cell formatted
 * "@" first), numbers as numbers, formulas as formulas, through the add-in's one sheet writer
 * (sheetWriter.ts).
 */
import type { NewSheetCell } from './gateway';
import { estimateWrite } from './batch';
import type { OfficeDeps } from './deps';
import { normalizeCellAddress } from './marks';
import { addSheet } from './sheetWriter';

export async function writeNewSheet(deps: OfficeDeps, baseName: string, cells: NewSheetCell[]): Promise<string> {
  const prepared = cells.map((c) => {
    const address = normalizeCellAddress(c.address);
    if (!address || address !== c.address.replace(/\$/g, '').toUpperCase()) throw new Error(`Ugyldig celleadresse: "${c.address}"`);
    return { ...c, address };
  });
  return addSheet(deps, baseName, 'convert', async (sheet, batcher) => {
    for (const c of prepared) {
      const range = sheet.getRange(c.address);
      await batcher.reserve(2 * estimateWrite([[c.formula ?? c.value ?? null]]) + (c.numFmt?.length ?? 0));
      if (c.formula !== undefined && c.formula !== '') {
        if (c.numFmt && c.numFmt !== '@') range.numberFormat = [[c.numFmt]];
        range.formulas = [[`=${c.formula.replace(/^=/, '')}`]];
      } else if (typeof c.value === 'string') {
        range.numberFormat = [['@']];
        range.values = [[c.value]];
      } else if (typeof c.value === 'number') {
        if (!Number.isFinite(c.value)) throw new Error(`Ugyldigt tal i ${c.address}`);
        if (c.numFmt) range.numberFormat = [[c.numFmt]];
        range.values = [[c.value]];
      } else if (c.numFmt) {
        range.numberFormat = [[c.numFmt]];
      }
    }
  });
}
