/**
 * The rewriting tokenizer reads a part in the encoding its byte order mark names (OPC allows UTF-8
 * and UTF-16) and writes UTF-8: a sheet stored in UTF-16 used to come out of an annotated copy as
 * UTF-8 mojibake, which Excel and LibreOffice open as an empty sheet.
 */
import { tokenTransform } from './xmlTokens';

const XML = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Styringsområde – ½ 𝄞</t></is></c></row></sheetData></worksheet>';
const EXPECTED = '\uFEFF' + XML.replace('encoding="UTF-16"', 'encoding="UTF-8"');

async function passThrough(bytes: Buffer, chunk: number): Promise<string> {
  const t = tokenTransform((token, out) => out.push(token.raw));
  const parts: Buffer[] = [];
  t.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise<void>((resolve, reject) => {
    t.on('end', resolve);
    t.on('error', reject);
  });
  for (let i = 0; i < bytes.length; i += chunk) t.write(bytes.subarray(i, i + chunk));
  t.end();
  await done;
  return Buffer.concat(parts).toString('utf8');
}

describe('tokenTransform on UTF-16 parts', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(XML, 'utf16le')]);
  const be = Buffer.from(le).swap16();

  test.each([
    ['little-endian', le],
    ['big-endian', be],
  ])('%s comes out as UTF-8 with a declaration that says so, whatever the chunks', async (_label, bytes) => {
    for (const chunk of [1, 3, 7, 64, bytes.length]) expect(await passThrough(bytes, chunk)).toBe(EXPECTED);
  });

  test('UTF-8 passes through unchanged', async () => {
    const utf8 = XML.replace('UTF-16', 'UTF-8');
    expect(await passThrough(Buffer.from(utf8, 'utf8'), 5)).toBe(utf8);
  });
});
