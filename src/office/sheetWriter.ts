/**
 * The one way the add-in adds a sheet of its own ("Skriv rapport", a converted table): the
 * workbook's structure checked for protection before anything is written, a name made unique among
 * the sheets, the sheet added and filled in as few syncs as the payload allows, then shown. Two
 * syncs in all: the sheet names, then the writes (split only past the 5 MB payload limit).
 */
import { uniqueSheetName } from '../core';
import { ACTION_BYTES, estimateWrite, SyncBatcher } from './batch';
import type { OfficeDeps } from './deps';
import { probeProtection, type WriteAction } from './protection';

/** Adds a sheet named after `baseName` (made unique), lets `fill` write it, activates it; returns its name. */
export async function addSheet(deps: OfficeDeps, baseName: string, action: WriteAction, fill: (sheet: Excel.Worksheet, batcher: SyncBatcher) => Promise<void>): Promise<string> {
  return deps.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const protection = probeProtection(context, deps.office, action, [], true);
    await context.sync();
    protection.check(); // before anything is written
    const name = uniqueSheetName(baseName, sheets.items.map((s) => s.name));
    const batcher = new SyncBatcher(context);
    await batcher.reserve(ACTION_BYTES);
    const sheet = sheets.add(name);
    await fill(sheet, batcher);
    await batcher.reserve(ACTION_BYTES);
    sheet.activate();
    await batcher.flush();
    return name;
  });
}

/**
 * Writes rows of text from column A, `rowsPerWrite` rows at a time, each cell formatted as text
 * ("@") before its value is written: a text beginning with "=", "+", "-" or "@" stays text.
 */
export async function writeTextRows(sheet: Excel.Worksheet, batcher: SyncBatcher, rows: string[][], lastColumn: string, rowsPerWrite = 2000): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerWrite) {
    const part = rows.slice(start, start + rowsPerWrite);
    const range = sheet.getRange(`A${start + 1}:${lastColumn}${start + part.length}`);
    await batcher.reserve(2 * estimateWrite(part));
    range.numberFormat = part.map((r) => r.map(() => '@'));
    range.values = part;
  }
}
