/**
 * Writes cells into a new, uniquely named sheet (a converted table): text as text (cell formatted
 * "@" first), numbers as numbers, formulas as formulas. Two syncs: sheet names, then the writes.
 */
import type { NewSheetCell } from './gateway';
import { ACTION_BYTES, estimateWrite, SyncBatcher } from './batch';
import type { OfficeDeps } from './deps';
import { probeProtection } from './protection';
import { normalizeCellAddress } from './marks';
import { uniqueSheetName } from './names';

export async function writeNewSheet(deps: OfficeDeps, baseName: string, cells: NewSheetCell[]): Promise<string> {
  const prepared = cells.map((c) => {
    const address = normalizeCellAddress(c.address);
    if (!address || address !== c.address.replace(/\$/g, '').toUpperCase()) throw new Error(`Ugyldig celleadresse: "${c.address}"`);
    return { ...c, address };
  });
  return deps.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const protection = probeProtection(context, deps.office, 'convert', [], true);
    await context.sync();
    protection.check(); // before anything is written
    const name = uniqueSheetName(baseName, sheets.items.map((s) => s.name));
    const batcher = new SyncBatcher(context);
    await batcher.reserve(ACTION_BYTES);
    const sheet = sheets.add(name);
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
    await batcher.reserve(ACTION_BYTES);
    sheet.activate();
    await batcher.flush();
    return name;
  });
}
