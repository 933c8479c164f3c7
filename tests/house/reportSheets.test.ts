/**
 * One report, two writers: the annotated copy's report sheet (`budgettjek check --annotate`) and
 * the add-in's "Skriv rapport" have the same name, columns, words and rows for the same check.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../src/core/analyse';
import { reportColumns, reportSheetBaseName } from '../../src/core/report';
import { builtinTemplate } from '../../src/core/templates/builtin';
import type { Lang } from '../../src/core/model';
import { FakeExcel } from '../../src/office/fake/excelFake';
import { gatewayOverFake } from '../../src/office/fake/fakeGateway';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';
import { writeAnnotatedCopy } from '../../src/writers/xlsx/annotate';

const template = builtinTemplate('kk-ofs-2025-2026')!;
const input = path.resolve('examples/typiske-fejl.xlsx');

describe.each(['da', 'en'] as Lang[])('the report sheet in %s', (lang) => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgettjek-report-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('is the same sheet from the command line and from Excel', async () => {
    const result = analyseWorkbook(await readXlsxFile(input), template);
    expect(result.findings.length).toBeGreaterThan(10);

    // The command line's annotated copy.
    const out = path.join(dir, `markeret-${lang}.xlsx`);
    const summary = await writeAnnotatedCopy(input, out, result, lang);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cliSheet = wb.getWorksheet(summary.reportSheet)!;
    const cliRows: string[][] = [];
    cliSheet.eachRow((row) => {
      const v = row.values as unknown[];
      cliRows.push(v.slice(1, 6).map((x) => (x && typeof x === 'object' && 'text' in (x as object) ? String((x as { text: unknown }).text) : String(x ?? ''))));
    });

    // The add-in's "Skriv rapport" over the in-memory Excel.
    const fake = new FakeExcel({ sheets: [{ name: 'Oversigt' }] });
    const name = await gatewayOverFake(fake).writeReport(result, lang);
    const addinRows = cliRows.map((_, r) => ['A', 'B', 'C', 'D', 'E'].map((c) => String(fake.cell(name, `${c}${r + 1}`).value ?? '')));

    expect(summary.reportSheet).toBe(reportSheetBaseName[lang]);
    expect(name).toBe(reportSheetBaseName[lang]);
    expect(cliRows[0]).toEqual(reportColumns[lang]);
    expect(addinRows).toEqual(cliRows);
  });
});
