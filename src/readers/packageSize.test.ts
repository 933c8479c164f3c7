import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from './inputError';
import { declaredContent, mayBeRead } from './packageSize';
import { visitXlsxFile } from './xlsx/readXlsx';
import { handWorkbookParts, rawZip } from './xlsx/__fixtures__/fixtures';

const rows = Array.from({ length: 2000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>1</v></c>`).join('')}</row>`).join('');

function write(name: string, parts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bt-declared-'));
  const file = join(dir, name);
  writeFileSync(file, rawZip(Object.entries(parts).map(([n, data]) => ({ name: n, data }))));
  return file;
}

describe('what a package declares it holds', () => {
  it('counts the parts a reader may read, not pictures, embedded files or custom XML', () => {
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', '[Content_Types].xml', 'docProps/core.xml', 'word/document.xml', 'xl/_rels/workbook.xml.rels']) {
      expect(mayBeRead(name)).toBe(true);
    }
    for (const name of ['xl/media/image1.png', 'word/media/x.xml', 'xl/embeddings/Book1.xlsx', 'customXml/item1.xml', 'docProps/thumbnail.jpeg', 'xl/printerSettings/printerSettings1.bin']) {
      expect(mayBeRead(name)).toBe(false);
    }
  });

  it('sums the declared inflated sizes: far more than the file takes on disk', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: rows }]);
    const file = write('tæt.xlsx', { ...parts, 'customXml/item1.xml': `<r>${'<i/>'.repeat(100_000)}</r>` });
    const declared = await declaredContent(file);
    const readable = Object.entries(parts).reduce((n, [, data]) => n + Buffer.byteLength(data), 0);
    expect(declared).toEqual({ readableBytes: readable });
    expect(readable).toBeGreaterThan(500_000);
  });

  it('is null for what is no package (the read reports why)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-declared-'));
    writeFileSync(join(dir, 'a.xlsx'), 'Udvalg;Forslag\n');
    expect(await declaredContent(join(dir, 'a.xlsx'))).toBeNull();
    expect(await declaredContent(join(dir, 'mangler.xlsx'))).toBeNull();
  });

  it('a read within the declared bytes of the readable parts stops at a sheet hidden among the pictures', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: rows }]);
    const sheet = parts['xl/worksheets/sheet1.xml'];
    const moved: Record<string, string> = {};
    for (const [name, data] of Object.entries(parts)) {
      if (name === 'xl/worksheets/sheet1.xml') moved['xl/media/sheet1.xml'] = sheet;
      else moved[name] = data.replace(/worksheets\/sheet1\.xml/g, 'media/sheet1.xml');
    }
    const file = write('skjult.xlsx', moved);
    const declared = (await declaredContent(file))!;
    expect(declared.readableBytes).toBeLessThan(sheet.length);
    // Read without the admission's limit, the sheet is read; with it, the read stops.
    const sheets: string[] = [];
    await visitXlsxFile(file, (s) => sheets.push(s.name));
    expect(sheets).toEqual(['Ark1']);
    const err = await visitXlsxFile(file, () => undefined, { maxTotalBytes: declared.readableBytes }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('too-large');
  });
});
