import { Readable } from 'node:stream';
import { type CellEdit, sheetRewriter } from './sheetRewrite';
import { StyleBook } from './styleBook';
import { EXCEL_TEXT_LIMIT, fitExcelText } from './xmlTokens';

async function rewrite(xml: string, edits: Record<string, CellEdit>, legacyDrawingRelId?: string, chunk = 7): Promise<string> {
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const [a, e] of Object.entries(edits)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(col, e);
  }
  // Small chunks: tags split across chunks must come out whole.
  const parts: Buffer[] = [];
  for (let i = 0; i < xml.length; i += chunk) parts.push(Buffer.from(xml.slice(i, i + chunk)));
  const out: string[] = [];
  for await (const c of Readable.from(parts).pipe(sheetRewriter({ edits: byRow, legacyDrawingRelId }))) out.push(String(c));
  return out.join('');
}

const HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe('sheetRewriter', () => {
  test('only edited cells change; the rest passes through byte for byte', async () => {
    const xml = `${HEAD}<sheetData><row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row><row r="2"><c r="A2"><f>SUM(B1:B1)</f><v>5</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells><dataValidations count="1"><dataValidation sqref="A1:XFD1048576" type="whole"/></dataValidations></worksheet>`;
    const out = await rewrite(xml, {
      B1: () => ({ content: { kind: 'number', value: 7 } }),
      A2: () => ({ content: { kind: 'result', value: 7 } }),
    });
    expect(out).toBe(xml.replace('<c r="B1"><v>5</v></c>', '<c r="B1"><v>7</v></c>').replace('<f>SUM(B1:B1)</f><v>5</v>', '<f>SUM(B1:B1)</f><v>7</v>'));
  });

  test('absent cells and rows are added in order; rows and cells without r are placed by position', async () => {
    const xml = `${HEAD}<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c></row></sheetData></worksheet>`;
    const text = (value: string): CellEdit => () => ({ content: { kind: 'text', value } });
    const out = await rewrite(xml, { B1: text('b1'), A3: text('a3'), B5: text('b5'), D5: text('d5'), A9: text('a9') });
    expect(out).toContain('<row r="1"><c><v>1</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">b1</t></is></c></row>');
    expect(out).toContain('<row r="3"><c r="A3" t="inlineStr">');
    expect(out).toMatch(/<row r="5"><c r="B5"[^>]*>.*<\/c><c r="C5"><v>3<\/v><\/c><c r="D5"/);
    expect(out).toMatch(/<row r="9"><c r="A9".*<\/row><\/sheetData>/);
    expect(out.indexOf('r="3"')).toBeLessThan(out.indexOf('r="5"'));
  });

  test('an empty sheetData and prefixed elements', async () => {
    const out = await rewrite('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>', {
      B2: () => ({ content: { kind: 'number', value: 1 } }),
    }, 'rId9');
    expect(out).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>1</x:v></x:c></x:row></x:sheetData>' +
        '<x:legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/></x:worksheet>',
    );
  });

  test('the legacy drawing goes before the elements that follow it', async () => {
    const out = await rewrite(`${HEAD}<sheetData/><pageMargins left="1"/><drawing r:id="rId1"/><tableParts count="0"/></worksheet>`, {}, 'rId2');
    expect(out).toMatch(/<drawing r:id="rId1"\/><legacyDrawing [^>]*r:id="rId2"\/><tableParts/);
  });

  test('a style-only change keeps the value and its type; a text that is too long is cut', async () => {
    const xml = `${HEAD}<sheetData><row r="1"><c r="A1" s="3" t="s" cm="1"><v>4</v></c></row></sheetData></worksheet>`;
    const out = await rewrite(xml, { A1: () => ({ style: (s) => s + 10 }) });
    expect(out).toContain('<c r="A1" s="13" t="s" cm="1"><v>4</v></c>');
    const long = await rewrite(xml, { A1: () => ({ content: { kind: 'text', value: 'x'.repeat(40_000) } }) });
    const t = /<t xml:space="preserve">([^<]*)<\/t>/.exec(long)![1];
    expect(t.length).toBe(EXCEL_TEXT_LIMIT);
    expect(t.endsWith('…')).toBe(true);
    expect(long).not.toContain('cm="1"');
  });

  test('a formula is written as a formula, text is escaped and never a formula', async () => {
    const xml = `${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const out = await rewrite(xml, { A1: () => ({ content: { kind: 'formula', formula: 'SUM(B1:B2)&"<"', result: 'x' } }), B1: () => ({ content: { kind: 'text', value: '=1+1 <&>' } }) });
    expect(out).toContain('<c r="A1" t="str"><f>SUM(B1:B2)&amp;&quot;&lt;&quot;</f><v>x</v></c>');
    expect(out).toContain('<c r="B1" t="inlineStr"><is><t xml:space="preserve">=1+1 &lt;&amp;&gt;</t></is></c>');
  });
});

describe('fitExcelText', () => {
  test('keeps short text; cuts long text with an ellipsis, never splitting a surrogate pair', () => {
    expect(fitExcelText('abc')).toBe('abc');
    const emoji = `${'a'.repeat(EXCEL_TEXT_LIMIT - 2)}😀😀`;
    const cut = fitExcelText(emoji);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_TEXT_LIMIT);
    expect(cut.endsWith('…')).toBe(true);
    expect(/[\ud800-\udbff]…$/.test(cut)).toBe(false);
  });
});

describe('StyleBook', () => {
  const styles =
    '<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>';

  test('new fills and formats are appended; existing indices stay', () => {
    const book = new StyleBook(styles);
    expect(book.withFill(1, 'FFFFC7CE')).toBe(2);
    expect(book.withFill(1, 'FFFFC7CE')).toBe(2);
    expect(book.withNumFmt(0, '#,##0.0')).toBe(3);
    expect(book.withNumFmt(0, '0.000')).toBe(4);
    const out = book.render();
    expect(out).toContain('<fills count="3"><fill/><fill/><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/>');
    expect(out).toContain('<numFmt numFmtId="165" formatCode="0.000"/></numFmts>');
    expect(out).toContain('<numFmts count="2">');
    expect(out).toContain('<cellXfs count="5">');
    // The copied xf keeps its alignment; only the fill changes.
    expect(out).toContain('<xf numFmtId="164" fontId="0" xfId="0" fillId="2" applyFill="1"><alignment wrapText="1"/></xf>');
    expect(out).toContain('<xf fontId="0" fillId="0" xfId="0" numFmtId="164" applyNumberFormat="1"/>');
  });

  test('a styles part without number formats gets its list in the right place', () => {
    const book = new StyleBook('<styleSheet xmlns="x"><fonts count="1"><font/></fonts><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>');
    book.withNumFmt(0, '0.0000');
    expect(book.render()).toMatch(/^<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0000"\/><\/numFmts><fonts/);
  });
});
