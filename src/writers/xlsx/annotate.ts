/**
 * `--annotate OUT.xlsx`: a copy of the workbook with each flagged cell filled by severity, a note on
 * it with the finding(s), and a report sheet listing every finding with a link to its cell.
 * Every other cell keeps its value, formula and format. Text from the workbook (sheet names, messages
 * quoting labels) is written as text, never as a formula.
 */
import type ExcelJS from 'exceljs';
import type { AnalysisResult, Finding, Lang, Severity } from '../../core/model';
import { bySeverity, findingText, noFindingsText, reportColumns, reportSheetBaseName, severityWords, uniqueSheetName } from '../../core/report';
import { assertNotInput, loadWorkbook, saveAtomically, withInputBlame } from './workbookFile';

/** Light fills: Excel's "Bad" red, "Neutral" amber and a light blue. */
export const severityFill: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export { reportSheetBaseName } from '../../core/report';

export interface AnnotateSummary {
  reportSheet: string;
  /** Cells given a fill and a note. */
  annotatedCells: number;
  /** Findings listed on the report sheet. */
  findings: number;
}

export { uniqueSheetName } from '../../core/report';

/** An internal link to a cell: "#'Ark 1'!C8" (quotes doubled inside the name). */
export function cellLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** ExcelJS writes a plain string as a string cell (t="s"), never as a formula: safe for any text. */
function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

export function annotateWorkbook(wb: ExcelJS.Workbook, result: AnalysisResult, lang: Lang): AnnotateSummary {
  // Findings per cell, most severe first.
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of result.findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    if (!byCell.has(key)) byCell.set(key, { sheet: f.sheet, cell: f.cell, findings: [] });
    byCell.get(key)!.findings.push(f);
  }
  let annotatedCells = 0;
  for (const { sheet, cell: address, findings } of byCell.values()) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const cell = ws.getCell(address);
    const worst = bySeverity(findings)[0].severity;
    // A fresh style object: ExcelJS may share one style object between cells.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: severityFill[worst] } } };
    const lines = findings.map((f) => `${severityWords[lang][f.severity]} ${f.rule}: ${findingText(f, lang)}`);
    const previous = noteText(cell.note);
    cell.note = `${previous ? `${previous}\n\n` : ''}Budgettjek:\n${lines.join('\n')}`;
    annotatedCells++;
  }

  const name = uniqueSheetName(reportSheetBaseName[lang], wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  const head = ws.getRow(1);
  reportColumns[lang].forEach((h, i) => {
    const c = head.getCell(i + 1);
    setText(c, h);
    c.font = { bold: true };
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 26;
  ws.getColumn(3).width = 20;
  ws.getColumn(4).width = 8;
  ws.getColumn(5).width = 100;
  const sorted = bySeverity(result.findings);
  sorted.forEach((f, i) => {
    const row = ws.getRow(i + 2);
    setText(row.getCell(1), severityWords[lang][f.severity]);
    setText(row.getCell(2), f.rule);
    setText(row.getCell(3), f.sheet);
    const link = row.getCell(4);
    if (wb.getWorksheet(f.sheet) && f.sheet !== name) {
      link.value = { text: f.cell, hyperlink: cellLink(f.sheet, f.cell) };
      link.font = { color: { argb: 'FF0563C1' }, underline: true };
    } else setText(link, f.cell);
    const msg = row.getCell(5);
    setText(msg, findingText(f, lang));
    msg.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: severityFill[f.severity] } };
  });
  if (sorted.length === 0) setText(ws.getCell('A2'), noFindingsText[lang]);
  return { reportSheet: name, annotatedCells, findings: sorted.length };
}

/** Writes an annotated copy of `inputPath` to `outputPath` (never the input itself). */
export async function writeAnnotatedCopy(inputPath: string, outputPath: string, result: AnalysisResult, lang: Lang): Promise<AnnotateSummary> {
  await assertNotInput(inputPath, outputPath);
  const wb = await loadWorkbook(inputPath);
  const summary = withInputBlame(inputPath, () => annotateWorkbook(wb, result, lang));
  await saveAtomically(wb, outputPath);
  return summary;
}
