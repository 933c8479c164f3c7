/**
 * Package parts found by the structural fuzz (scripts/fuzz-packages.ts): parts whose bytes fail
 * their CRC-32, XML parts in UTF-16 (which OPC allows) or declared in a single-byte encoding
 * (ISO-8859-1, windows-1252), a sheet relationship that leads to a part that is no worksheet, and a
 * Word document whose zip entries are stored encrypted, and an end record that counts fewer entries than
 * the central directory holds.
 */
import * as zlib from 'zlib';
import { InputError } from './inputError';
import { readDocxBuffer } from './docx/readDocx';
import { wordParts, p } from './docx/__fixtures__/wordParts';
import { readXlsxBuffer, readXlsxFile } from './xlsx/readXlsx';
import { handWorkbookParts, rawZip, removeTmp, writeTmp } from './xlsx/__fixtures__/fixtures';
import { resolveLimits } from './xlsx/limits';
import { XlsxZip, XmlTextDecoder } from './xlsx/zip';

const sheetData =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Styringsområde æøå</t></is></c><c r="B1"><v>2026</v></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>1234.5</v></c></row>';

function workbook(encode: (name: string, text: string) => Buffer): Buffer {
  const parts = handWorkbookParts([{ name: 'Økonomi', sheetData }], { sharedStrings: ['Løn – ½'] });
  return rawZip(Object.entries(parts).map(([name, text]) => ({ name, data: encode(name, text) })));
}

function utf16(text: string, bigEndian: boolean): Buffer {
  const declared = text.replace(/^<\?xml version="1.0" encoding="UTF-8"/, '<?xml version="1.0" encoding="UTF-16"');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declared, 'utf16le')]);
  return bigEndian ? Buffer.from(le).swap16() : le;
}

async function refusal(read: Promise<unknown>): Promise<InputError> {
  const err = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('XML parts in UTF-16', () => {
  const utf8 = workbook((_n, t) => Buffer.from(t, 'utf8'));

  test.each([
    ['little-endian', false],
    ['big-endian', true],
  ])('a workbook whose every part is UTF-16 %s reads as its UTF-8 twin', async (_label, bigEndian) => {
    const expected = await readXlsxBuffer(utf8, 'utf8.xlsx');
    const wide = workbook((_n, t) => utf16(t, bigEndian));
    expect(await readXlsxBuffer(wide, 'utf16.xlsx')).toEqual(expected);
    // Streamed in chunks instead of inflated whole: a chunk may end inside a character.
    expect(await readXlsxBuffer(wide, 'utf16.xlsx', { wholePartBytes: 0 })).toEqual(expected);
    expect(expected.sheets[0].rows.get(2)?.get(1)?.value).toBe('Løn – ½');
  });

  test('UTF-16 without its byte order mark is damaged, as XML says', async () => {
    const err = await refusal(readXlsxBuffer(workbook((n, t) => (n === 'xl/workbook.xml' ? utf16(t, false).subarray(2) : Buffer.from(t))), 'uden-bom.xlsx'));
    expect(err.code).toBe('corrupt');
  });
});

/** Text in windows-1252 (ISO-8859-1 plus € and – in 0x80–0x9F), declared as `label`. */
function singleByte(text: string, label: string): Buffer {
  const declared = text.replace(/^<\?xml version="1.0" encoding="UTF-8"/, `<?xml version="1.0" encoding="${label}"`);
  const extra: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Buffer.from([...declared].map((ch) => extra[ch] ?? (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f)));
}

describe('XML parts declared in a single-byte encoding', () => {
  const utf8 = workbook((_n, t) => Buffer.from(t, 'utf8'));

  test.each(['ISO-8859-1', 'windows-1252', 'latin1'])('a workbook whose every part is %s reads as its UTF-8 twin, æøå, – and ½ included', async (label) => {
    const expected = await readXlsxBuffer(utf8, 'utf8.xlsx');
    const narrow = workbook((_n, t) => singleByte(t, label));
    expect(singleByte('Løn – ½', label)).toEqual(Buffer.from([0x4c, 0xf8, 0x6e, 0x20, 0x96, 0x20, 0xbd]));
    expect(await readXlsxBuffer(narrow, 'latin1.xlsx')).toEqual(expected);
    expect(await readXlsxBuffer(narrow, 'latin1.xlsx', { wholePartBytes: 0 })).toEqual(expected);
    expect(expected.sheets[0].name).toBe('Økonomi');
    expect(expected.sheets[0].rows.get(1)?.get(1)?.value).toBe('Styringsområde æøå');
  });

  test('a Word document in windows-1252 reads its æøå and €', async () => {
    const parts = wordParts(p('Udgifter på økonomiområdet i € – 2026'));
    const expected = await readDocxBuffer(rawZip(Object.entries(parts).map(([name, data]) => ({ name, data }))), 'utf8.docx');
    const narrow = rawZip(Object.entries(parts).map(([name, data]) => ({ name, data: singleByte(String(data), 'windows-1252') })));
    expect(await readDocxBuffer(narrow, 'cp1252.docx')).toEqual(expected);
  });

  test.each([1, 2, 3, 5, 7, 64])('decoded in chunks of %d bytes, the text says UTF-8 in its declaration and holds the same characters', (size) => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><t>Løn på område ½ – æøå</t>';
    const bytes = singleByte(text, 'windows-1252');
    const decoder = new XmlTextDecoder();
    let out = '';
    for (let i = 0; i < bytes.length; i += size) out += decoder.write(bytes.subarray(i, i + size));
    out += decoder.end();
    expect(out).toBe(text.replace('ISO-8859-1', 'UTF-8'));
  });

  test('an undeclared or UTF-8 part, UTF-16 declared without its byte order mark and an unknown label are read as UTF-8; a UTF-8 byte order mark wins over the declaration', () => {
    const decode = (b: Buffer) => {
      const d = new XmlTextDecoder();
      return d.write(b) + d.end();
    };
    expect(decode(Buffer.from('<t>ø</t>'))).toBe('<t>ø</t>');
    expect(decode(Buffer.from('<?xml version="1.0" encoding="utf-8"?><t>ø</t>'))).toBe('<?xml version="1.0" encoding="utf-8"?><t>ø</t>');
    // The text then says UTF-8, as whoever writes it back writes it.
    expect(decode(Buffer.from('<?xml version="1.0" encoding="x-ukendt"?><t>ø</t>'))).toBe('<?xml version="1.0" encoding="UTF-8"?><t>ø</t>');
    expect(decode(Buffer.from('<?xml version="1.0" encoding="utf-16"?><t>ø</t>'))).toBe('<?xml version="1.0" encoding="UTF-8"?><t>ø</t>');
    expect(decode(Buffer.from('\uFEFF<?xml version="1.0" encoding="ISO-8859-1"?><t>ø</t>'))).toBe('\uFEFF<?xml version="1.0" encoding="ISO-8859-1"?><t>ø</t>');
    expect(decode(Buffer.from('<'))).toBe('<');
    expect(decode(Buffer.from('<?xm'))).toBe('<?xm');
  });
});

test('a sheet relationship that leads to the workbook part is a damaged package, not a sheet without tables', async () => {
  const parts = handWorkbookParts([{ name: 'BC01', sheetData }]);
  parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace('Target="worksheets/sheet1.xml"', 'Target="workbook.xml"');
  const err = await refusal(readXlsxBuffer(rawZip(Object.entries(parts).map(([name, data]) => ({ name, data }))), 'forkert-ark.xlsx'));
  expect(err.code).toBe('corrupt');
  expect(err.detail).toMatch(/xl\/workbook\.xml: not a worksheet \(its root element is <workbook>\)/);
});

test('a prefixed worksheet (x:worksheet) is still a worksheet', async () => {
  const parts = handWorkbookParts([{ name: 'BC01', sheetData }], { sharedStrings: ['Løn'] });
  parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml']
    .replace(/<(\/?)(worksheet|sheetData|row|c|is|t|v)\b/g, '<$1x:$2')
    .replace('xmlns="', 'xmlns:x="');
  const grid = await readXlsxBuffer(rawZip(Object.entries(parts).map(([name, data]) => ({ name, data }))), 'x.xlsx');
  expect(grid.sheets[0].rows.get(1)?.get(2)?.value).toBe(2026);
});

/** Sets the "encrypted" bit of the named entry in both its local and its central header. */
function markEncrypted(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (const [sig, flagsAt, nameAt] of [
    [0x04034b50, 6, 30],
    [0x02014b50, 8, 46],
  ]) {
    for (let i = out.indexOf(Buffer.from([0x50, 0x4b])); i >= 0; i = out.indexOf(Buffer.from([0x50, 0x4b]), i + 1)) {
      if (out.readUInt32LE(i) === sig && out.subarray(i + nameAt, i + nameAt + nameBytes.length).equals(nameBytes)) out.writeUInt16LE(out.readUInt16LE(i + flagsAt) | 1, i + flagsAt);
    }
  }
  return out;
}

test('a Word document with an encrypted zip entry is a password-protected document, in Word’s words', async () => {
  const parts = wordParts(p('Budget'));
  const zip = rawZip(Object.entries(parts).map(([name, data]) => ({ name, data })));
  const err = await refusal(readDocxBuffer(markEncrypted(zip, 'word/document.xml'), 'låst.docx'));
  expect(err.code).toBe('encrypted-document');
  expect(err.messageFor('da')).toMatch(/dokumentet er beskyttet med adgangskode; fjern adgangskoden i Word/);
});

/** The zip with its end record counting `fewer` entries less than its central directory holds. */
function countLow(zip: Buffer, fewer: number): Buffer {
  const out = Buffer.from(zip);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThan(0);
  for (const at of [eocd + 8, eocd + 10]) out.writeUInt16LE(out.readUInt16LE(at) - fewer, at);
  return out;
}

describe('an end record that counts fewer entries than the central directory holds', () => {
  afterAll(() => removeTmp());
  // The entries left out are the last ones: here a part nobody needs, so the package would read.
  const extra = { name: 'customXml/item1.xml', data: '<?xml version="1.0" encoding="UTF-8"?><root/>' };
  const workbookZip = rawZip([...Object.entries(handWorkbookParts([{ name: 'BC01', sheetData }], { sharedStrings: ['Løn'] })).map(([name, data]) => ({ name, data })), extra]);
  const documentZip = rawZip([...Object.entries(wordParts(p('Budget'))).map(([name, data]) => ({ name, data })), extra]);

  test('the packages as written read', async () => {
    expect((await readXlsxBuffer(workbookZip, 'hel.xlsx')).sheets).toHaveLength(1);
    expect((await readDocxBuffer(documentZip, 'hel.docx')).paragraphs).toHaveLength(1);
  });

  test.each([1, 2])('%d entries short: a damaged workbook or document, from a buffer and from a file, never read without its last parts', async (fewer) => {
    for (const [read, zip, name] of [
      [readXlsxBuffer, workbookZip, 'kort.xlsx'],
      [readDocxBuffer, documentZip, 'kort.docx'],
    ] as const) {
      const err = await refusal(read(countLow(zip, fewer), name));
      expect({ name, code: err.code }).toEqual({ name, code: 'corrupt' });
      expect(err.detail).toMatch(/end record counts \d+ entries, but its central directory holds more/);
      expect(err.messageFor('da')).toMatch(/: filen er beskadiget og kan ikke læses/);
    }
    const file = writeTmp('kort.xlsx', countLow(workbookZip, fewer));
    expect((await refusal(readXlsxFile(file))).code).toBe('corrupt');
  });
});

/*
 * Every part the reader inflates is checked against the CRC-32 its zip entry records: a flipped byte
 * in a stored part, or deflated data that inflates to other bytes, is a damaged file (exit 2), never
 * other figures read as if they were the file's.
 */
const SHEET = 'xl/worksheets/sheet1.xml';
const crcSheetData =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Post</t></is></c><c r="B1" t="inlineStr"><is><t>Beløb</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Løn</t></is></c><c r="B2"><v>1234.5</v></c></row>';

function crcParts(): [string, string][] {
  return Object.entries(handWorkbookParts([{ name: 'Budget', sheetData: crcSheetData }]));
}

/** The zip with the first occurrence of `from` (bytes as stored) replaced by `to`, of the same length. */
function flip(zip: Buffer, from: string, to: string): Buffer {
  const at = zip.indexOf(Buffer.from(from));
  expect(at).toBeGreaterThan(0);
  const out = Buffer.from(zip);
  Buffer.from(to).copy(out, at);
  return out;
}

/** The zip with every header's CRC-32 `from` replaced by `to` (local and central headers). */
function replaceCrc(zip: Buffer, from: number, to: number): Buffer {
  const out = Buffer.from(zip);
  let replaced = 0;
  for (const [sig, crcAt] of [
    [0x04034b50, 14],
    [0x02014b50, 16],
  ]) {
    for (let i = 0; i + 4 <= out.length; i++) {
      if (out.readUInt32LE(i) === sig && out.readUInt32LE(i + crcAt) === from >>> 0) {
        out.writeUInt32LE(to >>> 0, i + crcAt);
        replaced++;
      }
    }
  }
  expect(replaced).toBe(2);
  return out;
}

describe('CRC-32 of the parts read', () => {
  const stored = rawZip(crcParts().map(([name, data]) => ({ name, data })), true);

  test('a sound stored package reads, whole and streamed', async () => {
    const grid = await readXlsxBuffer(stored, 'hel.xlsx');
    expect(grid.sheets[0].rows.get(2)?.get(2)?.value).toBe(1234.5);
    expect(await readXlsxBuffer(stored, 'hel.xlsx', { wholePartBytes: 0 })).toEqual(grid);
  });

  test.each([
    ['inflated whole', {}],
    ['streamed', { wholePartBytes: 0 }],
  ])('a flipped digit in a stored sheet is damage naming the part (%s), not 1234.6', async (_how, limits) => {
    const damaged = flip(stored, '<v>1234.5</v>', '<v>1234.6</v>');
    const err = await refusal(readXlsxBuffer(damaged, 'vendt.xlsx', limits));
    expect(err.code).toBe('corrupt');
    expect(err.detail).toMatch(/^part xl\/worksheets\/sheet1\.xml fails its CRC-32 check/);
    expect(err.messageFor('da')).toMatch(/^vendt\.xlsx: filen er beskadiget og kan ikke læses \(part xl\/worksheets\/sheet1\.xml/);
  });

  test.each([
    ['inflated whole', {}],
    ['streamed', { wholePartBytes: 0 }],
  ])('a deflated sheet that inflates to other bytes than its entry records is damage (%s)', async (_how, limits) => {
    const sheet = crcParts().find(([name]) => name === SHEET)![1];
    const other = sheet.replace('<v>1234.5</v>', '<v>9234.5</v>');
    // The package holds `other`, deflated, under the CRC of what the writer meant to store.
    const zip = rawZip(crcParts().map(([name, data]) => ({ name, data: name === SHEET ? other : data })));
    const damaged = replaceCrc(zip, zlib.crc32(other), zlib.crc32(sheet));
    const err = await refusal(readXlsxBuffer(damaged, 'anden.xlsx', limits));
    expect(err.code).toBe('corrupt');
    expect(err.detail).toMatch(/^part xl\/worksheets\/sheet1\.xml fails its CRC-32 check/);
  });

  test('a flipped byte in a stored Word document is damage', async () => {
    const zip = rawZip(Object.entries(wordParts(p('Budget 2026 i alt 4711'))).map(([name, data]) => ({ name, data })), true);
    const err = await refusal(readDocxBuffer(flip(zip, '4711', '4712'), 'vendt.docx'));
    expect(err.code).toBe('corrupt');
    expect(err.detail).toMatch(/^part word\/document\.xml fails its CRC-32 check/);
  });

  test('the inflated stream a copy rewrites a part from fails at its end on a CRC mismatch', async () => {
    const damaged = flip(stored, '<v>1234.5</v>', '<v>1234.6</v>');
    const zip = await XlsxZip.open({ buffer: damaged }, 'vendt.xlsx', resolveLimits());
    try {
      const stream = await zip.openInflated(SHEET);
      const read = new Promise<void>((resolve, reject) => {
        stream.on('data', () => undefined);
        stream.once('end', resolve);
        stream.once('error', reject);
      });
      const err = await refusal(read);
      expect(err.detail).toMatch(/fails its CRC-32 check/);
      const sound = await XlsxZip.open({ buffer: stored }, 'hel.xlsx', resolveLimits());
      const chunks: Buffer[] = [];
      const whole = await sound.openInflated(SHEET);
      for await (const c of whole) chunks.push(c as Buffer);
      sound.close();
      expect(Buffer.concat(chunks).toString('utf8')).toContain('<v>1234.5</v>');
    } finally {
      zip.close();
    }
  });
});
