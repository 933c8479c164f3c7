import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../core/analyse';
import { renderMessage } from '../../core/messages';
import type { AnalysisResult, Finding } from '../../core/model';
import { builtinTemplate } from '../../core/templates/builtin';
import { readXlsxFile } from '../../readers/xlsx/readXlsx';
import { OutputError } from '../outputError';
import { cellLink, severityFill, writeAnnotatedCopy } from './annotate';
import { uniqueSheetName } from '../../core/sheetNames';
import { makeInputWorkbook, snapshot, zipEntryText } from './testing/testWorkbook';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
let dir: string;
let input: string;
let result: AnalysisResult;

const sha = async (f: string) => createHash('sha256').update(await fs.readFile(f)).digest('hex');

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgettjek-annotate-'));
  input = path.join(dir, 'input.xlsx');
  await makeInputWorkbook(input, { takenReportName: true });
  result = analyseWorkbook(await readXlsxFile(input), kk);
  // A finding on the sheet whose name looks like a formula.
  const odd: Finding = { rule: 'PROPOSAL_NOT_FOUND', severity: 'warning', sheet: '=Ark+1', cell: 'A1', params: { code: '+BC99' } };
  result = { ...result, findings: [...result.findings, odd] };
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeAnnotatedCopy', () => {
  test('the pipeline finds what the fixture plants (so there is something to annotate)', () => {
    const at = result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(at).toEqual(expect.arrayContaining(['TOTAL_MISMATCH BC02!D9', 'NUMBER_STORED_AS_TEXT BC02!C7', 'CROSS_TABLE_ROUNDING Oversigt!D3', 'PROPOSAL_NOT_FOUND =Ark+1!A1']));
  });

  test('flagged cells get a fill by severity and a note; every other cell is unchanged', async () => {
    const out = path.join(dir, 'annotated.xlsx');
    const before = await sha(input);
    const summary = await writeAnnotatedCopy(input, out, result, 'da');
    expect(await sha(input)).toBe(before);
    expect(summary.reportSheet).toBe('Budgettjek-rapport (2)');

    const a = await snapshot(input);
    const b = await snapshot(out);
    const flagged = new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`));
    for (const [key, cell] of a) {
      const after = b.get(key);
      expect(after).toBeDefined();
      expect({ key, value: after!.value, type: after!.type, formula: after!.formula, numFmt: after!.numFmt }).toEqual({
        key,
        value: cell.value,
        type: cell.type,
        formula: cell.formula,
        numFmt: cell.numFmt,
      });
      if (!flagged.has(key)) expect({ key, style: after!.style, note: after!.note }).toEqual({ key, style: cell.style, note: cell.note });
    }

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const d9 = wb.getWorksheet('BC02')!.getCell('D9');
    expect((d9.fill as ExcelJS.FillPattern).fgColor!.argb).toBe(severityFill.error);
    const mismatch = result.findings.find((f) => f.rule === 'TOTAL_MISMATCH')!;
    expect(String(d9.note)).toContain(renderMessage(mismatch, 'da'));
    const c7 = wb.getWorksheet('BC02')!.getCell('C7');
    expect((c7.fill as ExcelJS.FillPattern).fgColor!.argb).toBe(severityFill.warning);
    expect((wb.getWorksheet('Oversigt')!.getCell('D3').fill as ExcelJS.FillPattern).fgColor!.argb).toBe(severityFill.info);
    // Untouched neighbours keep their own fill: no shared style was mutated.
    expect(wb.getWorksheet('BC02')!.getCell('C8').fill).toEqual({ type: 'pattern', pattern: 'none' });
    // An existing note is kept, ours appended.
    const oldNote = result.findings.some((f) => f.sheet === 'BC02' && f.cell === 'C9');
    if (oldNote) expect(JSON.stringify(wb.getWorksheet('BC02')!.getCell('C9').note)).toContain('Tjekket af økonomi');
    // The old report sheet is left as it was.
    expect(wb.getWorksheet('Budgettjek-rapport')!.getCell('A1').value).toBe('gammel rapport');
  });

  test('the report sheet lists every finding as text, with internal links to the cells', async () => {
    const out = path.join(dir, 'annotated-report.xlsx');
    await writeAnnotatedCopy(input, out, result, 'da');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Budgettjek-rapport (2)')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Alvorlighed', 'Regel', 'Ark', 'Celle', 'Meddelelse']);
    expect(ws.rowCount).toBe(result.findings.length + 1);
    const rows = Array.from({ length: result.findings.length }, (_, i) => ws.getRow(i + 2));
    expect(rows.map((r) => r.getCell(1).value)).toEqual([...result.findings].sort((x, y) => ['error', 'warning', 'info'].indexOf(x.severity) - ['error', 'warning', 'info'].indexOf(y.severity)).map((f) => ({ error: 'Fejl', warning: 'Advarsel', info: 'Oplysning' })[f.severity]));
    const oddRow = rows.find((r) => r.getCell(3).value === '=Ark+1')!;
    expect(oddRow).toBeDefined();
    for (const c of [1, 2, 3, 5]) {
      expect(oddRow.getCell(c).type).toBe(ExcelJS.ValueType.String);
      expect(oddRow.getCell(c).formula).toBeFalsy();
    }
    expect(oddRow.getCell(5).value).toBe('Oversigten nævner forslag +BC99, men ingen tabel i projektmappen hører til +BC99. Tilføj forslagets ark, eller ret koden.');

    // In the file itself: no formula anywhere on the report sheet; links are internal (location), quoted.
    const wbXml = (await zipEntryText(out, 'xl/workbook.xml'))!;
    const sheetIds = [...wbXml.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="(rId\d+)"/g)];
    const index = sheetIds.findIndex((m) => m[1] === 'Budgettjek-rapport (2)');
    const xml = (await zipEntryText(out, `xl/worksheets/sheet${index + 1}.xml`))!;
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toMatch(/<hyperlink ref="D4" location="(?:'|&apos;)=Ark\+1(?:'|&apos;)!A1"/);
    expect(xml).toMatch(/location="(?:'|&apos;)BC02(?:'|&apos;)!D9"/);
    expect(xml).not.toMatch(/<hyperlink [^>]*r:id=/);
  });

  test('internal links already in the workbook survive', async () => {
    const out = path.join(dir, 'annotated-links.xlsx');
    await writeAnnotatedCopy(input, out, result, 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Oversigt')!.getCell('F1').value).toEqual({ text: 'Til BC02', hyperlink: "#'BC02'!A1" });
    expect(wb.getWorksheet('Budgettjek report')).toBeDefined();
  });

  test('refuses to write over its input: same path, a symlink, a hard link', async () => {
    const before = await sha(input);
    await expect(writeAnnotatedCopy(input, input, result, 'da')).rejects.toThrow(OutputError);
    await expect(writeAnnotatedCopy(input, path.join(dir, '.', 'input.xlsx'), result, 'da')).rejects.toThrow(/samme fil som inddatafilen/);
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(input, link);
    await expect(writeAnnotatedCopy(input, link, result, 'da')).rejects.toThrow(/samme fil/);
    const hard = path.join(dir, 'hard.xlsx');
    await fs.link(input, hard);
    await expect(writeAnnotatedCopy(hard, input, result, 'da')).rejects.toThrow(/samme fil/);
    expect(await sha(input)).toBe(before);
    // No temporary files are left behind.
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('helpers: unique sheet names and quoted links', () => {
    expect(uniqueSheetName('Budgettjek-rapport', ['budgettjek-rapport', 'Budgettjek-rapport (2)'])).toBe('Budgettjek-rapport (3)');
    expect(uniqueSheetName('R', ['A'])).toBe('R');
    expect(uniqueSheetName('x'.repeat(31), ['x'.repeat(31)])).toHaveLength(31);
    expect(cellLink("Bob's ark", 'C8')).toBe("#'Bob''s ark'!C8");
  });
});
