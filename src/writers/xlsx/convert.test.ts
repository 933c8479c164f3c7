import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../core/analyse';
import { convertTable, type ConversionOk } from '../../core/priceLevel/convert';
import { builtinTemplate } from '../../core/templates/builtin';
import { readXlsxFile } from '../../readers/xlsx/readXlsx';
import { OutputError } from '../outputError';
import { writeConvertedCopy } from './convert';
import { makeInputWorkbook, snapshot, zipEntryText } from './testing/testWorkbook';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
let dir: string;
let input: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgettjek-convert-'));
  input = path.join(dir, 'input.xlsx');
  await makeInputWorkbook(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function conversions(file: string, to: number): Promise<ConversionOk[]> {
  const { tables } = analyseWorkbook(await readXlsxFile(file), kk);
  return tables.map((t) => convertTable(t, kk, { to, rounding: 'largest-remainder' })).filter((r): r is ConversionOk => r.ok);
}

describe('writeConvertedCopy', () => {
  test('writes converted amounts, keeps total formulas with the new cached result, rewrites the label; nothing else changes', async () => {
    const out = path.join(dir, 'converted.xlsx');
    const sha = createHash('sha256').update(await fs.readFile(input)).digest('hex');
    const convs = await conversions(input, 2026);
    const bc02 = convs.find((c) => c.sheet === 'BC02')!;
    expect(bc02).toBeDefined();
    const summary = await writeConvertedCopy(input, out, [bc02]);
    expect(summary).toEqual({ cells: bc02.cells.length, labels: 1, skipped: [] });
    expect(createHash('sha256').update(await fs.readFile(input)).digest('hex')).toBe(sha);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('BC02')!;
    expect(ws.getCell('A4').value).toBe('1.000 kr. 2026 p/l');
    expect([ws.getCell('C6').value, ws.getCell('C7').value, ws.getCell('C8').value]).toEqual([203, 407, 407]);
    // The text amount "418" becomes the number 407.
    expect(ws.getCell('C7').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('C9').value).toEqual({ formula: 'SUM(C6:C8)', result: 1017 });
    // 600 + 400 → 584 + 389; the stated 1.100 (a wrong literal) becomes the sum of the converted rows.
    expect([ws.getCell('D7').value, ws.getCell('D8').value, ws.getCell('D9').value]).toEqual([584, 389, 973]);
    expect(ws.getCell('C9').numFmt).toBe('#,##0');
    // Excel recalculates on open, so formulas elsewhere refresh.
    expect(await zipEntryText(out, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);

    const changed = new Set([...bc02.cells.map((c) => `BC02!${c.address}`), 'BC02!A4']);
    const a = await snapshot(input);
    const b = await snapshot(out);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [key, cell] of a) {
      if (changed.has(key)) {
        expect({ key, style: b.get(key)!.style, numFmt: b.get(key)!.numFmt }).toEqual({ key, style: cell.style, numFmt: cell.numFmt });
      } else expect({ key, ...b.get(key)! }).toEqual({ key, ...cell });
    }
  });

  test('the converted copy reads back in 2026 p/l and its totals add up', async () => {
    const out = path.join(dir, 'converted-all.xlsx');
    await writeConvertedCopy(input, out, await conversions(input, 2026));
    const r = analyseWorkbook(await readXlsxFile(out), kk);
    const bc02 = r.tables.find((t) => t.sheet === 'BC02')!;
    expect(bc02.priceLevel).toBe(2026);
    expect(r.findings.filter((f) => f.sheet === 'BC02' && f.rule.startsWith('TOTAL_'))).toEqual([]);
    // The workbook's XML holds the formula text, not a formula written from a converted value.
    const xml = (await zipEntryText(out, 'xl/worksheets/sheet2.xml'))!;
    expect(xml).toMatch(/<c r="C9"[^>]*><f>SUM\(C6:C8\)<\/f><v>1017<\/v><\/c>/);
  });

  test('refuses to write over its input', async () => {
    await expect(writeConvertedCopy(input, input, [])).rejects.toBeInstanceOf(OutputError);
  });
});
