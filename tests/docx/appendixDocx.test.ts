/**
 * The published appendix as Word documents (examples/docx/, written by scripts/make-docx-examples.ts):
 * each proposal's .docx gets the findings its sheet gets in examples/ofs-2025-2026-bilag.xlsx —
 * same rule, same message, the same cell of the table ("Tabel 1" instead of "BC01"); the typical
 * mistakes Word can hold are found where they were planted; and the overview workbook reconciled
 * with the three documents in one analysis gives exactly the one-workbook appendix's findings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { WorkbookAnalysis, analyseWorkbook } from '../../src/core/analyse';
import { parseA1, a1 } from '../../src/core/a1';
import { renderMessage } from '../../src/core/messages';
import type { AnalysisResult, Finding, SheetGrid, TableBlock } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { readDocxBuffer } from '../../src/readers/docx/readDocx';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const DOCX = path.join(EXAMPLES, 'docx');
const template = builtinTemplate('kk-ofs-2025-2026')!;
const CODES = ['BC01', 'BC02', 'BC39'];

async function docxSheets(name: string): Promise<SheetGrid[]> {
  return (await readDocxBuffer(fs.readFileSync(path.join(DOCX, name)), name)).sheets;
}

/** A finding as compared across formats: rule, cell relative to its table's header row, message. */
function comparable(f: Finding, table: TableBlock | undefined): { rule: string; cell: string; message: string } {
  const at = parseA1(f.cell);
  const shift = table ? table.headerRow - 1 : 0;
  const params = { ...f.params };
  // Messages that name rows ("Rækkerne 10–11") name them in the table's own numbering.
  for (const key of ['first', 'last']) if (/^\d+$/.test(String(params[key] ?? ''))) params[key] = String(Number(params[key]) - shift);
  // "men rækkerne 6–8 summerer til …": the rows a total was held against, in the table's numbering too.
  if (typeof params.against === 'string' && f.variant !== 'columns') params.against = params.against.replace(/\d+/g, (n) => String(Number(n) - shift));
  return { rule: f.rule, cell: a1(at.row - shift, at.col), message: renderMessage({ ...f, params }, 'da') };
}

function findingsOf(result: AnalysisResult, sheet: string) {
  return result.findings
    .filter((f) => f.sheet === sheet)
    .map((f) => comparable(f, result.tables.find((t) => t.id === f.table)))
    .sort((a, b) => `${a.cell}${a.rule}`.localeCompare(`${b.cell}${b.rule}`));
}

describe('the published appendix as .docx proposals', () => {
  let appendix: AnalysisResult;
  beforeAll(async () => {
    appendix = analyseWorkbook(await readXlsxFile(path.join(EXAMPLES, 'ofs-2025-2026-bilag.xlsx')), template);
  });

  test.each(CODES)('%s.docx gets the findings of its sheet in the appendix workbook, at the same cell of its table', async (code) => {
    const sheets = await docxSheets(`${code}.docx`);
    const result = analyseWorkbook({ sheets }, template);
    const cost = result.tables.filter((t) => t.kind === 'proposal');
    expect(cost.map((t) => [t.sheet, t.proposalCode, t.firstHeaderCell])).toEqual([['Tabel 1', code, 'A1']]);
    // The other tables of the template (criteria, approval) are not cost tables and get no findings.
    expect(result.findings.every((f) => f.sheet === 'Tabel 1')).toBe(true);
    const inXlsx = findingsOf(appendix, code);
    expect(findingsOf(result, 'Tabel 1')).toEqual(inXlsx);
    expect(cost[0].years).toEqual(appendix.tables.find((t) => t.sheet === code)!.years);
    expect(cost[0].headings?.[0]).toMatch(new RegExp(`^${code} `));
  });

  test('BC39 keeps its two findings of the published appendix (no p/l, years 2027–2030)', async () => {
    const result = analyseWorkbook({ sheets: await docxSheets('BC39.docx') }, template);
    expect(result.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(['Tabel 1!A1 PRICE_LEVEL_MISSING', 'Tabel 1!A1 YEARS_MISMATCH']);
  });

  test('the overview workbook and the three documents, analysed as one case, give the one-workbook findings', async () => {
    const analysis = new WorkbookAnalysis(template);
    const overview = await readXlsxFile(path.join(DOCX, 'oversigt.xlsx'));
    for (const sheet of overview.sheets) analysis.addSheet(sheet);
    for (const code of CODES) for (const sheet of await docxSheets(`${code}.docx`)) analysis.addSheet(sheet);
    const combined = analysis.finish();
    const crossRules = /^(CROSS_TABLE_|PROPOSAL_NOT_FOUND)/;
    expect(combined.findings.filter((f) => crossRules.test(f.rule))).toEqual([]);
    const asText = (r: AnalysisResult, sheetName: (f: Finding) => string) =>
      r.findings.map((f) => `${sheetName(f)}!${comparable(f, r.tables.find((t) => t.id === f.table)).cell} ${f.rule}: ${renderMessage(f, 'da')}`).sort();
    expect(asText(combined, (f) => (f.sheet === 'Oversigt' ? 'Oversigt' : 'proposal'))).toEqual(
      asText(appendix, (f) => (f.sheet === 'Oversigt' ? 'Oversigt' : 'proposal')),
    );
    // The README's three: the overview's rounding and BC39's two.
    expect(combined.findings.map((f) => f.rule).sort()).toEqual(['PRICE_LEVEL_MISSING', 'TOTAL_ROUNDING', 'YEARS_MISMATCH']);
  });

  test('the reconciliation does compare the documents: a wrong overview figure is found against BC01.docx', async () => {
    const analysis = new WorkbookAnalysis(template);
    const overview = await readXlsxFile(path.join(DOCX, 'oversigt.xlsx'));
    const sheet = overview.sheets[0];
    sheet.rows.get(4)!.set(4, { row: 4, col: 4, value: 1050, numFmt: '#,##0' });
    analysis.addSheet(sheet);
    for (const code of CODES) for (const s of await docxSheets(`${code}.docx`)) analysis.addSheet(s);
    const cross = analysis.finish().findings.filter((f) => f.rule.startsWith('CROSS_TABLE'));
    expect(cross.map((f) => [f.rule, f.sheet, f.cell, f.expected?.toString()])).toEqual([['CROSS_TABLE_MISMATCH', 'Oversigt', 'D4', '1017']]);
  });
});

describe('typiske-fejl.docx', () => {
  interface Planted {
    sheet: string;
    cell: string;
    rule: string;
    from: string;
  }
  const planted: Planted[] = JSON.parse(fs.readFileSync(path.join(DOCX, 'typiske-fejl.expected.json'), 'utf8'));
  let word: AnalysisResult;
  let excel: AnalysisResult;
  beforeAll(async () => {
    word = analyseWorkbook({ sheets: await docxSheets('typiske-fejl.docx') }, template);
    excel = analyseWorkbook(await readXlsxFile(path.join(EXAMPLES, 'typiske-fejl.xlsx')), template);
  });

  test('every planted mistake is found at its cell of its Word table', () => {
    expect(planted.length).toBeGreaterThanOrEqual(12);
    for (const p of planted) {
      expect({ p, found: word.findings.some((f) => f.sheet === p.sheet && f.cell === p.cell && f.rule === p.rule) }).toEqual({ p, found: true });
    }
  });

  test('each Word table gets exactly the findings of the sheet it was made from', () => {
    const sheetOf = new Map(planted.map((p) => [p.sheet, p.from.slice(0, p.from.lastIndexOf('!'))]));
    // In Word every number is text, so "stored as text" is an Excel finding only.
    const inExcel = (sheet: string) => findingsOf(excel, sheet).filter((f) => f.rule !== 'NUMBER_STORED_AS_TEXT');
    for (const [table, sheet] of sheetOf) expect({ table, findings: findingsOf(word, table) }).toEqual({ table, findings: inExcel(sheet) });
  });
});
