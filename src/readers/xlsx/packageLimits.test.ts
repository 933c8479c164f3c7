/**
 * Round-2 hostile packages against the reader: duplicate and case-different part names, XML
 * nesting depth, shared-formula expansion and numbers that are not decimals.
 */
import { InputError } from '../inputError';
import { readXlsxBuffer } from './readXlsx';
import { decimalValue } from './sheetPart';
import { handWorkbookParts, rawZip } from './__fixtures__/fixtures';

function entries(parts: Record<string, string>): { name: string; data: string }[] {
  return Object.entries(parts).map(([name, data]) => ({ name, data }));
}

async function refusal(buf: Buffer, limits?: Parameters<typeof readXlsxBuffer>[2]): Promise<InputError> {
  const err = await readXlsxBuffer(buf, 'fjendtlig.xlsx', limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

const oneCell = handWorkbookParts([{ name: 'Ark1', sheetData: '<row r="1"><c r="A1"><v>7</v></c></row>' }]);

describe('part names', () => {
  test('two entries with the same part name are refused, naming the part', async () => {
    const list = entries(oneCell);
    list.push({ name: 'xl/worksheets/sheet1.xml', data: oneCell['xl/worksheets/sheet1.xml'].replace('<v>7</v>', '<v>8</v>') });
    const err = await refusal(rawZip(list));
    expect(err.code).toBe('corrupt');
    expect(err.detail).toContain('two parts named xl/worksheets/sheet1.xml');
  });

  test('names that differ only in case are the same part: refused too', async () => {
    const list = entries(oneCell);
    list.push({ name: 'XL/Worksheets/Sheet1.xml', data: oneCell['xl/worksheets/sheet1.xml'] });
    const err = await refusal(rawZip(list));
    expect(err.detail).toContain('xl/worksheets/sheet1.xml and XL/Worksheets/Sheet1.xml');
  });

  test('part names in another case are read (OPC names are case-insensitive)', async () => {
    const rename: Record<string, string> = { 'xl/workbook.xml': 'XL/Workbook.xml', 'xl/worksheets/sheet1.xml': 'Xl/WORKSHEETS/sheet1.XML' };
    const grid = await readXlsxBuffer(rawZip(entries(oneCell).map((e) => ({ ...e, name: rename[e.name] ?? e.name }))), 'case.xlsx');
    expect(grid.sheets[0].rows.get(1)?.get(1)?.value).toBe(7);
  });
});

describe('XML nesting depth', () => {
  const nested = (depth: number) => '<is>' + '<r>'.repeat(depth) + '<t>x</t>' + '</r>'.repeat(depth) + '</is>';

  test('a sheet nested past the limit is refused as too large, naming the part', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: `<row r="1"><c r="A1" t="inlineStr">${nested(300)}</c></row>` }]);
    const err = await refusal(rawZip(entries(parts)));
    expect(err.code).toBe('too-large');
    expect(err.detail).toContain('xl/worksheets/sheet1.xml nests XML elements deeper than 256 levels');
  });

  test('other parts (styles) are held to the same limit', async () => {
    const styles = '<styleSheet>' + '<x>'.repeat(400) + '</x>'.repeat(400) + '</styleSheet>';
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: '' }], { stylesXml: styles });
    expect((await refusal(rawZip(entries(parts)))).detail).toContain('xl/styles.xml nests');
  });

  test('nesting within the limit is read', async () => {
    const parts = handWorkbookParts([{ name: 'Ark1', sheetData: `<row r="1"><c r="A1" t="inlineStr">${nested(200)}</c></row>` }]);
    await expect(readXlsxBuffer(rawZip(entries(parts)), 'ok.xlsx')).resolves.toBeDefined();
  });
});

describe('shared formulas', () => {
  const sheet = (masterLength: number, dependents: number) => {
    const master = Array.from({ length: Math.ceil(masterLength / 3) }, () => 'B1').join('+').slice(0, masterLength);
    let rows = `<row r="1"><c r="A1"><f t="shared" ref="A1:A${dependents + 1}" si="0">${master}</f><v>1</v></c></row>`;
    for (let r = 2; r <= dependents + 1; r++) rows += `<row r="${r}"><c r="A${r}"><f t="shared" si="0"/><v>1</v></c></row>`;
    return handWorkbookParts([{ name: 'Ark1', sheetData: rows }]);
  };

  test('expansion past the formula-text budget is refused before the text is built', async () => {
    const err = await refusal(rawZip(entries(sheet(2000, 100))), { maxFormulaChars: 100_000 });
    expect(err.code).toBe('too-large');
    expect(err.detail).toContain('exceed 100000 characters');
  });

  test('within the budget every dependent gets its shifted formula', async () => {
    const grid = await readXlsxBuffer(rawZip(entries(sheet(8, 3))), 'ok.xlsx', { maxFormulaChars: 100_000 });
    expect(grid.sheets[0].rows.get(4)?.get(1)?.formula).toBe('B4+B4+B4');
  });
});

describe('only decimal numbers are numbers', () => {
  test.each([
    ['12', 12],
    ['-1.5E3', -1500],
    ['.5', 0.5],
    ['5.', 5],
    ['+3', 3],
    [' 42\n', 42],
    ['1e308', 1e308],
  ])('%j is %p', (text, n) => expect(decimalValue(text)).toBe(n));

  test.each(['0x190', '0b101', '0o7', 'Infinity', '-Infinity', 'INF', 'NaN', '1e400', '-1e400', '', '1_000', '1,5', '\u00a012'])(
    '%j is not a number',
    (text) => expect(decimalValue(text)).toBeNull(),
  );

  test('a sheet keeps non-decimal values as their text', async () => {
    const cells = ['0x190', 'Infinity', 'NaN', '1e400', '12.5'].map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`).join('');
    const grid = await readXlsxBuffer(rawZip(entries(handWorkbookParts([{ name: 'Ark1', sheetData: `<row r="1">${cells}</row>` }]))), 'tal.xlsx');
    const row = grid.sheets[0].rows.get(1)!;
    expect([1, 2, 3, 4, 5].map((c) => row.get(c)?.value)).toEqual(['0x190', 'Infinity', 'NaN', '1e400', 12.5]);
  });
});
