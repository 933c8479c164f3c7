/**
 * Every part the reader inflates is checked against the CRC-32 its zip entry records: a flipped byte
 * in a stored part, or deflated data that inflates to other bytes, is a damaged file (exit 2), never
 * other figures read as if they were the file's.
 */
import * as zlib from 'zlib';
import { InputError } from '../inputError';
import { readDocxBuffer } from '../docx/readDocx';
import { wordParts, p } from '../docx/__fixtures__/wordParts';
import { readXlsxBuffer } from './readXlsx';
import { handWorkbookParts, rawZip } from './__fixtures__/fixtures';
import { resolveLimits } from './limits';
import { XlsxZip } from './zip';

const SHEET = 'xl/worksheets/sheet1.xml';
const sheetData =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Post</t></is></c><c r="B1" t="inlineStr"><is><t>Beløb</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Løn</t></is></c><c r="B2"><v>1234.5</v></c></row>';

function parts(): [string, string][] {
  return Object.entries(handWorkbookParts([{ name: 'Budget', sheetData }]));
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

async function refusal(read: Promise<unknown>): Promise<InputError> {
  const err = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('CRC-32 of the parts read', () => {
  const stored = rawZip(parts().map(([name, data]) => ({ name, data })), true);

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
    const sheet = parts().find(([name]) => name === SHEET)![1];
    const other = sheet.replace('<v>1234.5</v>', '<v>9234.5</v>');
    // The package holds `other`, deflated, under the CRC of what the writer meant to store.
    const zip = rawZip(parts().map(([name, data]) => ({ name, data: name === SHEET ? other : data })));
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
