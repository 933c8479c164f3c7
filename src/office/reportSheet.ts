/**
 * "Skriv rapport": a new sheet listing the findings, each with a link to its cell.
 * Every cell is formatted as text ("@") before its value is written, so a message, sheet name or
 * label that begins with "=", "+", "-" or "@" stays text and never becomes a formula (Office.js
 * interprets such values as formulas otherwise — see Range.values). Two syncs: one to learn the
 * existing sheet names, one to write (split only for reports past the 5 MB payload limit).
 */
import { renderMessage } from '../core/messages';
import type { AnalysisResult, Finding, Lang } from '../core/model';
import { reportRows, reportSheetBaseName } from '../core/report';
import { ACTION_BYTES, estimateWrite, SyncBatcher } from './batch';
import type { OfficeDeps } from './deps';
import { probeProtection } from './protection';
import { normalizeCellAddress } from './marks';
import { sheetReference, uniqueSheetName } from './names';

const ROWS_PER_WRITE = 2000;
const COLUMNS = 'E';
const CELL_COLUMN = 'D';

export type MessageRenderer = (finding: Finding, lang: Lang) => string;

export async function writeReport(deps: OfficeDeps, result: AnalysisResult, lang: Lang, render: MessageRenderer = renderMessage): Promise<string> {
  const { rows, findings } = reportRows(result, lang, render);
  return deps.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const protection = probeProtection(context, deps.office, 'report', [], true);
    await context.sync();
    protection.check(); // before anything is written
    const name = uniqueSheetName(reportSheetBaseName[lang], sheets.items.map((s) => s.name));

    const batcher = new SyncBatcher(context);
    await batcher.reserve(ACTION_BYTES);
    const sheet = sheets.add(name);
    for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
      const part = rows.slice(start, start + ROWS_PER_WRITE);
      const range = sheet.getRange(`A${start + 1}:${COLUMNS}${start + part.length}`);
      await batcher.reserve(2 * estimateWrite(part));
      range.numberFormat = part.map((r) => r.map(() => '@'));
      range.values = part;
    }
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
    await batcher.reserve(ACTION_BYTES * 3);
    const header = sheet.getRange(`A1:${COLUMNS}1`);
    header.format.font.bold = true;
    sheet.getRange(`A1:${COLUMNS}${rows.length}`).format.autofitColumns();
    sheet.activate();
    await batcher.flush();
    return name;
  });
}
