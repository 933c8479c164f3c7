/**
 * "Skriv rapport": a new sheet listing the findings, each with a link to its cell.
 * Every cell is formatted as text ("@") before its value is written, so a message, sheet name or
 * label that begins with "=", "+", "-" or "@" stays text and never becomes a formula (Office.js
 * interprets such values as formulas otherwise — see Range.values). Written by the add-in's one
 * sheet writer (sheetWriter.ts): two syncs, split only for reports past the 5 MB payload limit.
 */
import { renderMessage, reportRows, reportSheetBaseName, type AnalysisResult, type Finding, type Lang } from '../core';
import { ACTION_BYTES } from './batch';
import type { OfficeDeps } from './deps';
import { normalizeCellAddress } from './marks';
import { sheetReference } from './names';
import { addSheet, writeTextRows } from './sheetWriter';

const ROWS_PER_WRITE = 2000;
const COLUMNS = 'E';
const CELL_COLUMN = 'D';

export type MessageRenderer = (finding: Finding, lang: Lang) => string;

export async function writeReport(deps: OfficeDeps, result: AnalysisResult, lang: Lang, render: MessageRenderer = renderMessage): Promise<string> {
  const { rows, findings } = reportRows(result, lang, render);
  return addSheet(deps, reportSheetBaseName[lang], 'report', async (sheet, batcher) => {
    await writeTextRows(sheet, batcher, rows, COLUMNS, ROWS_PER_WRITE);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const address = normalizeCellAddress(f.cell);
      if (!address || !f.sheet) continue;
      await batcher.reserve(ACTION_BYTES + 2 * (f.sheet.length + address.length) + 40);
      sheet.getRange(`${CELL_COLUMN}${i + 2}`).hyperlink = {
        documentReference: sheetReference(f.sheet, address),
        textToDisplay: f.cell,
        screenTip: `${f.sheet}!${address}`,
      };
    }
    await batcher.reserve(ACTION_BYTES * 2);
    sheet.getRange(`A1:${COLUMNS}1`).format.font.bold = true;
    sheet.getRange(`A1:${COLUMNS}${rows.length}`).format.autofitColumns();
  });
}
