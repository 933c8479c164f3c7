/**
 * Package parts found by the structural fuzz (scripts/fuzz-packages.ts): XML parts in UTF-16 (which
 * OPC allows) or declared in a single-byte encoding (ISO-8859-1, windows-1252), a sheet relationship that leads to a part that is no worksheet, and a Word document
 * whose zip entries are stored encrypted.
 */
import { InputError } from './inputError';
import { readDocxBuffer } from './docx/readDocx';
import { wordParts, p } from './docx/__fixtures__/wordParts';
import { readXlsxBuffer } from './xlsx/readXlsx';
import { handWorkbookParts, rawZip } from './xlsx/__fixtures__/fixtures';
import { XmlTextDecoder } from './xlsx/zip';

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

  test('an undeclared or UTF-8 part and an unknown label stay UTF-8; a UTF-8 byte order mark wins over the declaration', () => {
    const decode = (b: Buffer) => {
      const d = new XmlTextDecoder();
      return d.write(b) + d.end();
    };
    expect(decode(Buffer.from('<t>ø</t>'))).toBe('<t>ø</t>');
    expect(decode(Buffer.from('<?xml version="1.0" encoding="x-ukendt"?><t>ø</t>'))).toBe('<?xml version="1.0" encoding="x-ukendt"?><t>ø</t>');
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
