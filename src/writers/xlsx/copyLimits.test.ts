/** The copy's package check: the same zip layer and limits as the reader, before ExcelJS sees a byte. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyseWorkbook } from '../../core/analyse';
import { builtinTemplate } from '../../core/templates/template';
import { InputError } from '../../readers/inputError';
import { readXlsxFile } from '../../readers/xlsx/readXlsx';
import { handWorkbookParts, rawZip } from '../../readers/xlsx/__fixtures__/fixtures';
import { OutputError } from '../outputError';
import { writeAnnotatedCopy } from './annotate';
import { checkPackageForCopy } from './copyLimits';
import { makeInputWorkbook } from './testing/testWorkbook';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
let dir: string;
let input: string;
let valid: Buffer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgettjek-copylimits-'));
  input = path.join(dir, 'input.xlsx');
  await makeInputWorkbook(input);
  valid = await fs.readFile(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function refusal(buf: Buffer, limits?: Parameters<typeof checkPackageForCopy>[2]): Promise<InputError> {
  const err = await checkPackageForCopy(buf, 'kopi-kilde.xlsx', limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).file).toBe('kopi-kilde.xlsx');
  return err as InputError;
}

const entries = (parts: Record<string, string | Buffer>) => Object.entries(parts).map(([name, data]) => ({ name, data }));

describe('checkPackageForCopy', () => {
  test('a workbook Excel (or ExcelJS) wrote passes', async () => {
    await expect(checkPackageForCopy(valid, 'input.xlsx')).resolves.toBeUndefined();
  });

  test('cells past the copy budget are refused as too large', async () => {
    const err = await refusal(valid, { copyMaxCells: 10 });
    expect([err.code, err.detail]).toEqual(['too-large', expect.stringContaining('more than 10 cells')]);
  });

  test('every part counts towards the byte budget, images included, declared or real', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: '' }]);
    const withImage = rawZip([...entries(parts), { name: 'xl/media/image1.png', data: Buffer.alloc(300_000, 7) }], true);
    expect((await refusal(withImage, { copyMaxTotalBytes: 200_000 })).code).toBe('too-large');
    await expect(checkPackageForCopy(withImage, 'x.xlsx', { copyMaxTotalBytes: 1_000_000 })).resolves.toBeUndefined();
  });

  test('an image that inflates past its ratio is refused before it is inflated', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: '' }]);
    const bomb = rawZip([...entries(parts), { name: 'xl/media/image1.png', data: Buffer.alloc(3_000_000) }]);
    const err = await refusal(bomb, { ratioMinBytes: 1_000_000 });
    expect(err.detail).toContain('xl/media/image1.png inflates more than');
  });

  test('deep nesting in a part only the copy parses (comments) is refused', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: '' }]);
    const deep = '<comments>' + '<a>'.repeat(1000) + '</a>'.repeat(1000) + '</comments>';
    const err = await refusal(rawZip([...entries(parts), { name: 'xl/comments1.xml', data: deep }]));
    expect(err.detail).toContain('xl/comments1.xml nests XML elements deeper than 256');
  });

  test('duplicate parts are refused; part names ExcelJS would not find are refused as no-copy', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: '' }]);
    const dup = rawZip([...entries(parts), { name: 'xl/workbook.xml', data: parts['xl/workbook.xml'] }]);
    expect((await refusal(dup)).detail).toContain('two parts named xl/workbook.xml');
    const renamed = rawZip(entries(parts).map((e) => (e.name === 'xl/workbook.xml' ? { ...e, name: 'XL/Workbook.xml' } : e)));
    const err = await refusal(renamed);
    expect(err.code).toBe('no-copy');
    expect(err.messageFor('da')).toContain('kan ikke skrives en kopi');
    const relTarget = { ...parts, 'xl/_rels/workbook.xml.rels': parts['xl/_rels/workbook.xml.rels'].replace('worksheets/sheet1.xml', 'Worksheets/Sheet1.xml') };
    expect((await refusal(rawZip(entries(relTarget)))).detail).toContain('the part is named xl/worksheets/sheet1.xml');
  });
});

describe('writing a copy', () => {
  test('a symbolic link at the output is replaced itself; its target is never written', async () => {
    const target = path.join(dir, 'target.xlsx');
    await fs.writeFile(target, 'keep me');
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(target, link);
    const result = analyseWorkbook(await readXlsxFile(input), kk);
    await writeAnnotatedCopy(input, link, result, 'da');
    expect((await fs.lstat(link)).isFile()).toBe(true);
    expect(await fs.readFile(target, 'utf8')).toBe('keep me');
  });

  test('a copy too large for ExcelJS is refused naming the input; nothing is written', async () => {
    const before = createHash('sha256').update(await fs.readFile(input)).digest('hex');
    const out = path.join(dir, 'stor.xlsx');
    const result = analyseWorkbook(await readXlsxFile(input), kk);
    const { loadWorkbook } = await import('./workbookFile');
    await expect(loadWorkbook(input, { copyMaxCells: 5 })).rejects.toMatchObject({ code: 'too-large', file: input });
    await expect(writeAnnotatedCopy(input, path.join(dir, 'fil-der-ikke-er-en-mappe.xlsx', 'x.xlsx'), result, 'da')).rejects.toBeInstanceOf(OutputError);
    await expect(fs.stat(out)).rejects.toThrow();
    expect(createHash('sha256').update(await fs.readFile(input)).digest('hex')).toBe(before);
  });
});
