/**
 * `--annotate OUT.xlsx`: a copy of the workbook with each flagged cell filled by severity, a note on
 * it with the finding(s), and a report sheet listing every finding with a link to its cell.
 * Every other cell keeps its value, formula and format. Text from the workbook (sheet names, messages
 * quoting labels) is written as text, never as a formula.
 */
import {
  a1,
  bySeverity,
  findingText,
  noFindingsText,
  reportColumns,
  reportSheetBaseName,
  severityWords,
  uniqueSheetName,
  type AnalysisResult,
  type Finding,
  type Lang,
  type Severity,
} from '../../core';
import type { CellEdit } from './sheetRewrite';
import { type CopyPlan, type WorkbookPackage, type WorkbookSource, sourceFile, writeWorkbookCopy } from './workbookCopy';
import { assertNotInput } from './workbookFile';
import { escapeXml, fitExcelText } from './xmlTokens';

/** Light fills: Excel's "Bad" red, "Neutral" amber and a light blue. */
export const severityFill: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export interface AnnotateSummary {
  reportSheet: string;
  /** Cells given a fill and a note. */
  annotatedCells: number;
  /** Findings listed on the report sheet. */
  findings: number;
}

/** An internal link to a cell: "#'Ark 1'!C8" (quotes doubled inside the name). */
export function cellLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The report sheet's XML: one row per finding, the cell column linking to the cell. */
function* reportSheetXml(
  findings: Finding[],
  lang: Lang,
  styles: { head: number; wrap: number; link: number; fill: Record<Severity, number> },
  linkable: (sheet: string) => boolean,
): Generator<string> {
  const text = (ref: string, value: string, style?: number) =>
    `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(fitExcelText(value))}</t></is></c>`;
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  yield '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  yield '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="26" customWidth="1"/><col min="3" max="3" width="20" customWidth="1"/><col min="4" max="4" width="8" customWidth="1"/><col min="5" max="5" width="100" customWidth="1"/></cols>';
  yield '<sheetData>';
  yield `<row r="1">${reportColumns[lang].map((h, i) => text(a1(1, i + 1), h, styles.head)).join('')}</row>`;
  const links: string[] = [];
  let r = 2;
  for (const f of findings) {
    const link = linkable(f.sheet);
    if (link) links.push(`<hyperlink ref="D${r}" location="${escapeXml(cellLink(f.sheet, f.cell).slice(1))}" display="${escapeXml(f.cell)}"/>`);
    yield (
      `<row r="${r}">` +
      text(`A${r}`, severityWords[lang][f.severity], styles.fill[f.severity]) +
      text(`B${r}`, f.rule) +
      text(`C${r}`, f.sheet) +
      text(`D${r}`, f.cell, link ? styles.link : undefined) +
      text(`E${r}`, findingText(f, lang), styles.wrap) +
      '</row>'
    );
    r++;
  }
  if (findings.length === 0) yield `<row r="2">${text('A2', noFindingsText[lang])}</row>`;
  yield '</sheetData>';
  if (links.length) {
    yield '<hyperlinks>';
    yield* links;
    yield '</hyperlinks>';
  }
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  yield '</worksheet>';
}

/** Plans the annotation: fills and notes on flagged cells, the report sheet at the end. */
export function planAnnotation(pkg: WorkbookPackage, result: AnalysisResult, lang: Lang): { plan: CopyPlan; summary: AnnotateSummary } {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of result.findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    if (!byCell.has(key)) byCell.set(key, { sheet: f.sheet, cell: f.cell, findings: [] });
    byCell.get(key)!.findings.push(f);
  }
  const plan: CopyPlan = { cells: new Map(), notes: new Map() };
  const styles = pkg.styles;
  let annotatedCells = 0;
  for (const { sheet, cell, findings } of byCell.values()) {
    const ws = pkg.worksheet(sheet);
    if (!ws || !/^\$?[A-Za-z]{1,3}\$?\d+$/.test(cell)) continue;
    const worst = bySeverity(findings)[0].severity;
    const edit: CellEdit = () => ({ style: (s) => styles.withFill(s, severityFill[worst]) });
    if (!plan.cells.has(ws.name)) plan.cells.set(ws.name, new Map());
    plan.cells.get(ws.name)!.set(cell, edit);
    const lines = findings.map((f) => `${severityWords[lang][f.severity]} ${f.rule}: ${findingText(f, lang)}`);
    if (!plan.notes!.has(ws.name)) plan.notes!.set(ws.name, new Map());
    plan.notes!.get(ws.name)!.set(cell, fitExcelText(`Budgettjek:\n${lines.join('\n')}`));
    annotatedCells++;
  }
  const name = uniqueSheetName(reportSheetBaseName[lang], pkg.sheets.map((w) => w.name));
  const fill = Object.fromEntries(SEVERITIES.map((s) => [s, styles.addXf({ numFmtId: 0, fontId: 0, fillId: styles.solidFill(severityFill[s]), borderId: 0, xfId: 0, applyFill: 1 })])) as Record<Severity, number>;
  const head = styles.addXf({ numFmtId: 0, fontId: styles.addFont('<b/><sz val="11"/>'), fillId: 0, borderId: 0, xfId: 0, applyFont: 1 });
  const link = styles.addXf({ numFmtId: 0, fontId: styles.addFont('<u/><sz val="11"/><color rgb="FF0563C1"/>'), fillId: 0, borderId: 0, xfId: 0, applyFont: 1 });
  const wrap = styles.addXf({ numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0, applyAlignment: 1 }, '<alignment vertical="top" wrapText="1"/>');
  const sorted = bySeverity(result.findings);
  const linkable = (sheet: string) => sheet !== name && pkg.sheets.some((s) => s.name === sheet);
  plan.reportSheet = { name, xml: () => reportSheetXml(sorted, lang, { head, wrap, link, fill }, linkable) };
  return { plan, summary: { reportSheet: name, annotatedCells, findings: sorted.length } };
}

/** Writes an annotated copy of the input (a path, or the package already opened) to `outputPath` (never the input itself). */
export async function writeAnnotatedCopy(input: WorkbookSource, outputPath: string, result: AnalysisResult, lang: Lang, options: { force?: boolean } = {}): Promise<AnnotateSummary> {
  await assertNotInput(sourceFile(input), outputPath);
  return writeWorkbookCopy(input, outputPath, (pkg) => planAnnotation(pkg, result, lang), options);
}
