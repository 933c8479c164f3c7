import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../core/analyse';
import { type Template } from '../core/templates/template';
import { builtinTemplate } from '../core/templates/builtin';
import { readXlsxFile } from '../readers/xlsx/readXlsx';
import { runConvert, type ConvertOptions } from './convertCommand';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const generic = builtinTemplate('generic')!;
const example = path.resolve('examples/ofs-2025-2026-bilag.xlsx');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgettjek-cli-convert-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(over: Partial<ConvertOptions>) {
  const out: string[] = [];
  const err: string[] = [];
  const opts: ConvertOptions = { input: example, out: path.join(dir, 'out.xlsx'), to: 2026, rounding: 'largest-remainder', template: kk, lang: 'da', force: true, ...over };
  const code = await runConvert(opts, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('runConvert', () => {
  test('the appendix to 2026 p/l: tables with a price level are converted; BC39 (none) is named, exit 1', async () => {
    const target = path.join(dir, 'bilag-2026.xlsx');
    const r = await run({ out: target });
    expect(r.code).toBe(1);
    expect(r.out).toContain('BC01!A4:H10: 2027 p/l → 2026 p/l, faktor Service ÷ 1,028, 5 celler\n');
    expect(r.out).toContain('BC02!A4:H9: 2027 p/l → 2026 p/l, faktor Service ÷ 1,028, 7 celler\n');
    expect(r.out).toContain('Oversigt!A2:D7: allerede i 2026 p/l – uændret\n');
    expect(r.out).not.toContain('totalen stemte ikke');
    expect(r.out).toContain('BC39!A4:F10: ikke omregnet – tabellen angiver intet prisniveau (angiv det med --from ÅR)\n');
    expect(r.out).toContain(`Skrev ${target}: 3 af 4 tabeller omregnet.`);
    expect(r.err).toBe('1 tabel kunne ikke omregnes og står uændret i kopien.\n');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const bc01 = wb.getWorksheet('BC01')!;
    expect(bc01.getCell('A4').value).toBe('1.000 kr. 2026 p/l');
    expect(bc01.getCell('C10').value).toBe(1017);
    expect(wb.getWorksheet('BC39')!.getCell('C10').value).toEqual((await original('BC39', 'C10')));
  });

  test('--from 2027 converts BC39 too; the converted proposals reconcile with the overview', async () => {
    const target = path.join(dir, 'bilag-from.xlsx');
    const r = await run({ out: target, from: 2027 });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('BC39!A4:F10: 2027 p/l → 2026 p/l (antaget via --from), faktor Service ÷ 1,028, 9 celler');
    const res = analyseWorkbook(await readXlsxFile(target), kk);
    const totalOf = (sheet: string) =>
      res.tables
        .find((t) => t.sheet === sheet)!
        .rows.filter((row) => row.kind === 'total')
        .flatMap((row) => row.amounts)
        .reduce((s, a) => s.plus(a.amount ?? 0), new Decimal(0))
        .toNumber();
    expect([totalOf('BC01'), totalOf('BC02'), totalOf('BC39')]).toEqual([1017, 1017 + 973, 1411 + 535]);
    expect(res.findings.filter((f) => f.rule === 'TOTAL_MISMATCH')).toEqual([]);
    // BC39 stated no price level; its converted copy says which one it is in now.
    expect(res.tables.find((t) => t.sheet === 'BC39')!.priceLevel).toBe(2026);
    expect(res.findings.filter((f) => f.rule === 'PRICE_LEVEL_MISSING')).toEqual([]);
  });

  test('half-up rounding is passed through', async () => {
    const r = await run({ out: path.join(dir, 'half.xlsx'), rounding: 'half-up', from: 2027 });
    expect(r.code).toBe(0);
  });

  test('a missing index is named and the table left unconverted (exit 1)', async () => {
    const r = await run({ out: path.join(dir, 'generic.xlsx'), template: generic });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'BC01!A4:H10: ikke omregnet – skabelonen mangler prisindeks for Service 2026→2027; angiv det med --index "Service:2026-2027=PROCENT" (årlig stigning i procent), i skabelonens priceIndices eller i Excel under "Faktorer i brug"',
    );
    // Nothing was converted: no unchanged copy is written unless asked for.
    expect(r.err).toContain('ingen tabel blev omregnet; ingen fil skrevet (brug --allow-unchanged');
    await expect(fs.stat(path.join(dir, 'generic.xlsx'))).rejects.toThrow();
    const asked = await run({ out: path.join(dir, 'generic-unchanged.xlsx'), template: generic, allowUnchanged: true });
    expect(asked.code).toBe(1);
    expect((await fs.stat(path.join(dir, 'generic-unchanged.xlsx'))).isFile()).toBe(true);
    // …unless the user enters it.
    const withIndex: Template = { ...generic, priceIndices: [{ styringsomraade: 'Service', from: 2026, to: 2027, percent: new Decimal('2.8'), source: 'bruger', published: '2026-06' }] };
    const ok = await run({ out: path.join(dir, 'generic2.xlsx'), template: withIndex, from: 2027 });
    expect(ok.code).toBe(0);
    const ov = await run({ out: path.join(dir, 'generic3.xlsx'), template: generic, indexOverrides: { 'Service:2026-2027': '2,8' }, from: 2027 });
    expect(ov.code).toBe(0);
  });

  test('refuses to write over the input, or over an existing file without --force (exit 2, input untouched)', async () => {
    const copy = path.join(dir, 'in.xlsx');
    await fs.copyFile(example, copy);
    const before = await fs.readFile(copy);
    const same = await run({ input: copy, out: copy });
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/^.*in\.xlsx: uddatafilen er den samme fil som inddatafilen; Budgettjek skriver aldrig i inddatafilen/);
    expect((await fs.readFile(copy)).equals(before)).toBe(true);

    const existing = path.join(dir, 'exists.xlsx');
    await fs.writeFile(existing, 'x');
    const noForce = await run({ input: copy, out: existing, force: false });
    expect(noForce.code).toBe(2);
    expect(noForce.err).toBe(`budgettjek: ${existing}: filen findes allerede; brug --force for at overskrive den\n`);
    expect(await fs.readFile(existing, 'utf8')).toBe('x');
  });

  test('unreadable input and bad usage exit 2 with a one-line reason', async () => {
    const missing = await run({ input: path.join(dir, 'nope.xlsx') });
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`budgettjek: ${path.join(dir, 'nope.xlsx')}: filen eller mappen findes ikke\n`);
    const csv = path.join(dir, 'data.xlsx');
    await fs.writeFile(csv, 'a;b\n1;2\n');
    const bad = await run({ input: csv, out: path.join(dir, 'o2.xlsx') });
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')).toHaveLength(2);
    expect(bad.err).toContain(csv);
    expect((await run({ to: 26 })).code).toBe(2);
    expect((await run({ rounding: 'nearest' as never })).err).toContain('--rounding');
    const en = await run({ input: path.join(dir, 'nope.xlsx'), lang: 'en' });
    expect(en.err).toContain('no such file or folder');
  });
});

async function original(sheet: string, cell: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(example);
  return wb.getWorksheet(sheet)!.getCell(cell).value;
}
