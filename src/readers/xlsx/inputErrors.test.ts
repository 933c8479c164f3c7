import fc from 'fast-check';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { InputError, type InputErrorCode } from '../inputError';
import { readXlsxBuffer, readXlsxFile } from './readXlsx';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';
import { handWorkbookParts, removeTmp, sha256, tmpDir, writeTmp, zipParts } from './__fixtures__/fixtures';

afterAll(() => removeTmp());

/** Reads `bytes` from a temp file; returns the InputError (failing on anything else) and checks the file is untouched. */
async function failure(name: string, bytes: Buffer | string, limits?: Partial<ReadLimits>): Promise<InputError> {
  const file = writeTmp(name, bytes);
  const before = sha256(file);
  let caught: unknown = null;
  try {
    await readXlsxFile(file, limits);
  } catch (err) {
    caught = err;
  }
  expect(sha256(file)).toBe(before);
  expect(caught).toBeInstanceOf(InputError);
  const err = caught as InputError;
  expect(err.file).toBe(file);
  expect(err.message.startsWith(`${file}: `)).toBe(true);
  expect(err.message).not.toMatch(/\n/);
  // The buffer reader must agree with the file reader.
  const fromBuffer = await readXlsxBuffer(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), name, limits).catch((e: unknown) => e);
  expect(fromBuffer).toBeInstanceOf(InputError);
  expect((fromBuffer as InputError).code).toBe(err.code);
  return err;
}

async function expectCode(name: string, bytes: Buffer | string, code: InputErrorCode, limits?: Partial<ReadLimits>): Promise<InputError> {
  const err = await failure(name, bytes, limits);
  expect({ name, code: err.code, detail: err.detail }).toEqual({ name, code, detail: err.detail });
  return err;
}

function randomBytes(n: number, seed: number): Buffer {
  return Buffer.from(fc.sample(fc.uint8Array({ minLength: n, maxLength: n }), { seed, numRuns: 1 })[0]);
}

/** A Compound File Binary container with the given stream names in its directory sector. */
function oleFile(streamNames: string[]): Buffer {
  const buf = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x003e, 24); // minor version
  buf.writeUInt16LE(0x0003, 26); // major version 3
  buf.writeUInt16LE(0xfffe, 28); // little endian
  buf.writeUInt16LE(9, 30); // sector shift
  ['Root Entry', ...streamNames].forEach((name, i) => {
    const at = 1024 + i * 128;
    const n = Buffer.from(name, 'utf16le');
    n.copy(buf, at);
    buf.writeUInt16LE(n.length + 2, at + 64);
    buf[at + 66] = i === 0 ? 5 : 2;
  });
  return buf;
}

async function validXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('BC01');
  for (let r = 1; r <= 40; r++) ws.getRow(r).values = [`Linje ${r}`, 'Service', r * 10, r * 20, { formula: `C${r}+D${r}`, result: r * 30 }];
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Sets the uncompressed size recorded for `name` in both its local header and the central directory. */
function patchDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + nameBytes.length).equals(nameBytes)) {
      out.writeUInt32LE(size, i + 22);
      patched++;
    } else if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + nameBytes.length).equals(nameBytes)) {
      out.writeUInt32LE(size, i + 24);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return out;
}

/** A sheet of `rows` one-cell rows followed by `padding` bytes of whitespace: tiny zipped, large inflated. */
function bombParts(rows: number, padding = 0): Record<string, string> {
  let data = '';
  for (let r = 1; r <= rows; r++) data += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
  return handWorkbookParts([{ name: 'Bombe', sheetData: data + ' '.repeat(padding) }]);
}

describe('InputError codes from real bytes', () => {
  it('missing: no such file', async () => {
    const path = `${tmpDir()}/findes-ikke.xlsx`;
    const err = await readXlsxFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('missing');
    expect((err as InputError).message).toContain('findes-ikke.xlsx');
  });

  it('unsupported: a folder', async () => {
    const err = await readXlsxFile(tmpDir()).catch((e: unknown) => e);
    expect((err as InputError).code).toBe('unsupported');
  });

  it('corrupt: an empty file', async () => {
    await expectCode('tom.xlsx', Buffer.alloc(0), 'corrupt');
  });

  it('corrupt: a truncated zip', async () => {
    const good = await validXlsx();
    await expectCode('halv.xlsx', good.subarray(0, Math.floor(good.length / 2)), 'corrupt');
    await expectCode('næsten.xlsx', good.subarray(0, good.length - 30), 'corrupt');
    await expectCode('næsten-fd.xlsx', good.subarray(0, good.length - 30), 'corrupt', { inMemoryFileBytes: 0 });
  });

  it('corrupt: damaged compressed data', async () => {
    const good = await validXlsx();
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const at = good.indexOf(name);
    expect(at).toBeGreaterThan(0);
    const bad = Buffer.from(good);
    bad.fill(0xff, at + name.length + 40, at + name.length + 240);
    await expectCode('skadet.xlsx', bad, 'corrupt');
    await expectCode('skadet-fd.xlsx', bad, 'corrupt', { inMemoryFileBytes: 0 });
    await expectCode('skadet-fd-strøm.xlsx', bad, 'corrupt', { inMemoryFileBytes: 0, wholePartBytes: 0 });
  });

  it('unsupported: random bytes', async () => {
    await expectCode('støj.xlsx', randomBytes(5000, 7), 'unsupported');
  });

  it('csv: semicolon text, tab-separated UTF-16 text, Latin-1 text', async () => {
    await expectCode('liste.xlsx', 'Udvalg;Forslag;Service\nØU;BC01;1.017\nBUU;BC02;1.989\n', 'csv');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Udvalg\tForslag\r\nØU\tBC01\r\n', 'utf16le')]);
    await expectCode('unicode.xlsx', utf16, 'csv');
    await expectCode('latin1.xlsx', Buffer.from('Styringsområde,2026\nAnlæg,1.045\n', 'latin1'), 'csv');
  });

  it('xls: an OLE container holding a Workbook stream (and one we cannot name)', async () => {
    await expectCode('gammel.xlsx', oleFile(['Workbook', '\u0005SummaryInformation']), 'xls');
    await expectCode('ukendt.xlsx', oleFile(['Noget']), 'xls');
  });

  it('encrypted: an OLE container holding EncryptionInfo', async () => {
    const err = await expectCode('kode.xlsx', oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), 'encrypted');
    expect(err.messageFor('en')).toContain('password');
  });

  it('encrypted: EncryptionInfo named far into a large container', async () => {
    const big = Buffer.concat([oleFile([]), Buffer.alloc(3 * 1024 * 1024 + 5), Buffer.from('EncryptionInfo', 'utf16le')]);
    await expectCode('stor-kode.xlsx', big, 'encrypted');
  });

  it('unsupported: an old Word document (OLE); word-document: a .docx (zip without workbook)', async () => {
    await expectCode('brev.xlsx', oleFile(['WordDocument', '1Table']), 'unsupported');
    const docx = await zipParts({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    });
    const err = await expectCode('notat.xlsx', docx, 'word-document');
    expect(err.messageFor('da')).toMatch(/et Word-dokument, ikke en Excel-projektmappe/);
  });

  it('unsupported: a zip of unrelated files; xlsb', async () => {
    await expectCode('arkiv.xlsx', await zipParts({ 'readme.txt': 'hej' }), 'unsupported');
    await expectCode('binær.xlsx', await zipParts({ 'xl/workbook.bin': Buffer.alloc(10) }), 'unsupported');
  });

  it('xls: an Excel 2003 XML spreadsheet', async () => {
    await expectCode(
      'xml2003.xlsx',
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      'xls',
    );
  });

  it('corrupt: a zip with workbook parts but no xl/workbook.xml', async () => {
    const parts = handWorkbookParts([{ name: 'A', sheetData: '' }]);
    delete parts['xl/workbook.xml'];
    const err = await expectCode('uden.xlsx', await zipParts(parts), 'corrupt');
    expect(err.detail).toMatch(/workbook\.xml/);
  });

  it('corrupt: bad XML in a sheet, in the workbook, and a missing sheet part', async () => {
    const badSheet = handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1"><v>1</v></row>' }]);
    const e1 = await expectCode('xml1.xlsx', await zipParts(badSheet), 'corrupt');
    expect(e1.detail).toMatch(/sheet1\.xml/);
    const badBook = handWorkbookParts([{ name: 'A', sheetData: '' }]);
    badBook['xl/workbook.xml'] = badBook['xl/workbook.xml'].slice(0, 120);
    await expectCode('xml2.xlsx', await zipParts(badBook), 'corrupt');
    const noSheet = handWorkbookParts([{ name: 'A', sheetData: '' }]);
    delete noSheet['xl/worksheets/sheet1.xml'];
    await expectCode('xml3.xlsx', await zipParts(noSheet), 'corrupt');
    const undefinedEntity = handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>&bomb;</t></is></c></row>' }]);
    await expectCode('xml4.xlsx', await zipParts(undefinedEntity), 'corrupt');
  });

  it('encrypted: a zip entry with traditional zip encryption', async () => {
    const good = await zipParts(handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }]));
    const bad = Buffer.from(good);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let i = 0; i + 46 < bad.length; i++) {
      const sig = bad.readUInt32LE(i);
      if (sig === 0x04034b50 && bad.subarray(i + 30, i + 30 + name.length).equals(name)) bad[i + 6] |= 1;
      if (sig === 0x02014b50 && bad.subarray(i + 46, i + 46 + name.length).equals(name)) bad[i + 8] |= 1;
    }
    await expectCode('zipkode.xlsx', bad, 'encrypted');
  });
});

describe('limits (zip-bomb safety)', () => {
  it('has sane defaults', () => {
    expect(DEFAULT_READ_LIMITS.maxTotalBytes).toBe(1024 * 1024 * 1024);
    expect(DEFAULT_READ_LIMITS.maxRatio).toBe(200);
    expect(DEFAULT_READ_LIMITS.ratioMinBytes).toBe(50 * 1024 * 1024);
    expect(DEFAULT_READ_LIMITS.maxCells).toBe(5_000_000);
  });

  it('too-large: the declared sizes already exceed the total limit', async () => {
    const bomb = await zipParts(bombParts(100, 2_000_000)); // 2 MB of XML, a few KB zipped
    expect(bomb.length).toBeLessThan(100_000);
    const err = await expectCode('bombe1.xlsx', bomb, 'too-large', { maxTotalBytes: 1_000_000 });
    expect(err.detail).toMatch(/limit is 1000000 bytes/);
  });

  it('too-large: a part inflates past the ratio limit', async () => {
    const bomb = await zipParts(bombParts(100, 2_000_000));
    const err = await expectCode('bombe2.xlsx', bomb, 'too-large', { maxRatio: 20, ratioMinBytes: 100_000 });
    expect(err.detail).toMatch(/ratio limit 20/);
  });

  it('too-large: a part that inflates past the size its zip entry declares is refused at once (whole-part, streamed, from disk)', async () => {
    const honest = await zipParts(bombParts(100, 2_000_000));
    expect((await readXlsxBuffer(honest, 'ærlig.xlsx')).sheets[0].rows.size).toBe(100);
    const lying = patchDeclaredSize(honest, 'xl/worksheets/sheet1.xml', 1000);
    for (const [name, limits] of [
      ['løgn1.xlsx', {}],
      ['løgn2.xlsx', { wholePartBytes: 0 }],
      ['løgn3.xlsx', { inMemoryFileBytes: 0 }],
    ] as const) {
      const e = await expectCode(name, lying, 'too-large', limits);
      expect(e.detail).toBe('part xl/worksheets/sheet1.xml inflates to more than the 1000 bytes its zip entry declares');
    }
  });

  it('too-large: more cells than allowed', async () => {
    const err = await expectCode('celler.xlsx', await zipParts(bombParts(50)), 'too-large', { maxCells: 49 });
    expect(err.detail).toMatch(/cell limit 49/);
    const ok = await readXlsxBuffer(await zipParts(bombParts(50)), 'celler.xlsx', { maxCells: 50 });
    expect(ok.sheets[0].rows.size).toBe(50);
  });

  it('too-large: more zip entries than allowed', async () => {
    const err = await expectCode('mange.xlsx', await zipParts(bombParts(1)), 'too-large', { maxEntries: 3 });
    expect(err.detail).toMatch(/zip entries/);
  });

  it('streams large parts chunk by chunk with the same result as whole-part inflation', async () => {
    const bytes = await validXlsx();
    const whole = await readXlsxBuffer(bytes, 'a.xlsx');
    const streamed = await readXlsxBuffer(bytes, 'a.xlsx', { wholePartBytes: 0 });
    expect(streamed).toEqual(whole);
    const stored = await readXlsxBuffer(
      await zipParts(handWorkbookParts([{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>3</v></c></row>' }]), true),
      'stored.xlsx',
      { wholePartBytes: 0 },
    );
    expect(stored.sheets[0].rows.get(1)?.get(1)?.value).toBe(3);
  });
});

describe('never a raw exception', () => {
  it('every truncation and byte-flip of a valid workbook either reads or fails with an InputError', async () => {
    const good = await validXlsx();
    // Seeded, so a failure names a case that can be replayed.
    const truncations = fc.sample(fc.integer({ min: 0, max: good.length - 1 }), { seed: 2027, numRuns: 30 });
    const flipSets = fc.sample(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }), { seed: 2028, numRuns: 60 });
    const cases: Buffer[] = truncations.map((n) => good.subarray(0, n));
    for (const flips of flipSets) {
      const b = Buffer.from(good);
      for (const [at, byte] of flips) b[at] = byte;
      cases.push(b);
    }
    let failures = 0;
    for (const bytes of cases) {
      try {
        await readXlsxBuffer(bytes, 'fuzz.xlsx');
      } catch (err) {
        failures++;
        if (!(err instanceof InputError)) throw err;
      }
    }
    expect(failures).toBeGreaterThan(30); // at least the truncations fail
  });

  it('reads a read-only file without changing it', async () => {
    const good = await validXlsx();
    const file = writeTmp('læs.xlsx', good);
    fs.chmodSync(file, 0o444);
    const before = sha256(file);
    const grid = await readXlsxFile(file);
    expect(grid.sheets[0].rows.size).toBe(40);
    expect(sha256(file)).toBe(before);
  });
});
