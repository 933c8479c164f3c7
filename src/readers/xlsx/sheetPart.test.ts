import type { Cell, WorkbookGrid } from '../../core/model';
import { InputError } from '../inputError';
import { readXlsxBuffer } from './readXlsx';
import { handWorkbookParts, zipParts } from './__fixtures__/fixtures';
import { isDateFormat } from './numFmt';

function cell(grid: WorkbookGrid, row: number, col: number, sheet = 0): Cell | undefined {
  return grid.sheets[sheet].rows.get(row)?.get(col);
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.0\\ &quot;kr.&quot;"/>' +
  '<numFmt numFmtId="165" formatCode="[$-406]d\\.\\ mmmm\\ yyyy"/></numFmts>' +
  // cellStyleXfs must not be mistaken for cellXfs
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="3" applyNumberFormat="1"/><xf numFmtId="164"/>' +
  '<xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="9"/></cellXfs></styleSheet>';

async function read(parts: Record<string, string>): Promise<WorkbookGrid> {
  return readXlsxBuffer(await zipParts(parts), 'hand.xlsx');
}

describe('worksheet XML details', () => {
  it('reads shared strings with rich runs, phonetic guides left out, and _xHHHH_ escapes', async () => {
    const grid = await read(
      handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' }], {
        sharedStrings: [
          'Service',
          '<r><rPr><b/></rPr><t xml:space="preserve">Samlede </t></r><r><t>udgifter</t></r>',
          '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>',
          'linje_x000D_ny',
        ],
      }),
    );
    expect(cell(grid, 1, 1)?.value).toBe('Service');
    expect(cell(grid, 1, 2)?.value).toBe('Samlede udgifter');
    expect(cell(grid, 1, 3)?.value).toBe('漢字');
    expect(cell(grid, 1, 4)?.value).toBe('linje\rny');
  });

  it('reads inline strings (runs joined, phonetics left out), booleans, ISO dates and str results', async () => {
    const grid = await read(
      handWorkbookParts([
        {
          name: 'A',
          sheetData:
            '<row r="1"><c r="A1" t="inlineStr"><is><r><t>1.0</t></r><r><t>45</t></r><rPh><t>x</t></rPh></is></c>' +
            '<c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c>' +
            '<c r="D1" t="d"><v>2026-03-01T00:00:00Z</v></c>' +
            '<c r="E1" t="str"><f>A1&amp;"!"</f><v>1.045!</v></c>' +
            '<c r="F1" t="str"><f>""</f><v></v></c>' +
            '<c r="G1" t="inlineStr"><is><t>&lt;tag&gt; &amp; &#230;</t></is></c></row>',
        },
      ]),
    );
    expect(cell(grid, 1, 1)?.value).toBe('1.045');
    expect(cell(grid, 1, 2)?.value).toBe(true);
    expect(cell(grid, 1, 3)?.value).toBe(false);
    expect(cell(grid, 1, 4)?.value).toBe(46082); // an ISO date cell becomes Excel's serial, as Office.js gives it
    expect(cell(grid, 1, 5)).toEqual({ row: 1, col: 5, value: '1.045!', formula: 'A1&"!"' });
    expect(cell(grid, 1, 6)).toEqual({ row: 1, col: 6, value: '', formula: '""' });
    expect(cell(grid, 1, 7)?.value).toBe('<tag> & æ');
  });

  it('reads text of no characters without a formula as an empty cell, as Excel shows it and Office.js reads it', async () => {
    const grid = await read(
      handWorkbookParts(
        [
          {
            name: 'A',
            sheetData:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t></t></is></c>' +
              '<c r="C1" t="str"><f>""</f><v></v></c><c r="D1" t="s"><v>1</v></c></row>',
          },
        ],
        { sharedStrings: ['', 'Udgifter'] },
      ),
    );
    expect(cell(grid, 1, 1)).toBeUndefined();
    expect(cell(grid, 1, 2)).toBeUndefined();
    expect(cell(grid, 1, 3)).toEqual({ row: 1, col: 3, value: '', formula: '""' });
    expect(cell(grid, 1, 4)?.value).toBe('Udgifter');
  });

  it('maps styles to number formats, built-in and custom, and keeps date-formatted numbers as serials (the format says they are dates)', async () => {
    const grid = await read(
      handWorkbookParts(
        [
          {
            name: 'A',
            sheetData:
              '<row r="1"><c r="A1" s="1"><v>1045</v></c><c r="B1" s="2"><v>2093.8</v></c>' +
              '<c r="C1" s="3"><v>46023</v></c><c r="D1" s="4"><v>46023.5</v></c><c r="E1" s="5"><v>0.028</v></c>' +
              '<c r="F1" s="0"><v>7</v></c><c r="G1" s="99"><v>8</v></c><c r="H1" s="2"/></row>',
          },
        ],
        { stylesXml: STYLES },
      ),
    );
    expect(cell(grid, 1, 1)).toEqual({ row: 1, col: 1, value: 1045, numFmt: '#,##0' });
    expect(cell(grid, 1, 2)).toEqual({ row: 1, col: 2, value: 2093.8, numFmt: '#,##0.0\\ "kr."' });
    expect(cell(grid, 1, 3)?.value).toBe(46023);
    expect(cell(grid, 1, 3)?.numFmt).toBe('[$-406]d\\.\\ mmmm\\ yyyy');
    expect(cell(grid, 1, 4)?.value).toBe(46023.5);
    expect(cell(grid, 1, 5)).toEqual({ row: 1, col: 5, value: 0.028, numFmt: '0%' });
    expect(cell(grid, 1, 6)).toEqual({ row: 1, col: 6, value: 7 }); // General: no numFmt
    expect(cell(grid, 1, 7)).toEqual({ row: 1, col: 7, value: 8 }); // unknown style index
    expect(cell(grid, 1, 8)).toBeUndefined(); // styled blank
  });

  it('reads ISO date cells against the 1904 date system when the workbook says so', async () => {
    const parts = handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1" s="4"><v>0</v></c><c r="B1" t="d"><v>1904-01-03</v></c></row>' }], {
      stylesXml: STYLES,
      date1904: true,
    });
    // An extension element with the same local name must not reset the flag.
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace(
      '</workbook>',
      '<extLst><ext uri="{x}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:workbookPr defaultImageDpi="220"/></ext></extLst></workbook>',
    );
    const grid = await read(parts);
    expect(cell(grid, 1, 1)?.value).toBe(0); // the serial as stored, as Office.js gives it
    expect(cell(grid, 1, 2)?.value).toBe(2); // 1904-01-03 is day 2 of the 1904 system (day 1465 of the 1900 one)
  });

  it('places cells and rows without r attributes in sequence', async () => {
    const grid = await read(
      handWorkbookParts([
        {
          name: 'A',
          sheetData: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row>',
        },
      ]),
    );
    expect(cell(grid, 1, 1)?.value).toBe(1);
    expect(cell(grid, 1, 2)?.value).toBe(2);
    expect(cell(grid, 2, 3)?.value).toBe(3);
    expect(cell(grid, 2, 4)?.value).toBe(4);
    expect(cell(grid, 5, 1)?.value).toBe(5);
  });

  it('reads documents whose elements carry a namespace prefix', async () => {
    const parts = handWorkbookParts([{ name: 'A', sheetData: '' }]);
    parts['xl/worksheets/sheet1.xml'] =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="3" hidden="1"><x:c r="B3"><x:v>12</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>Anlæg</x:t></x:is></x:c></x:row></x:sheetData>' +
      '<x:mergeCells count="1"><x:mergeCell ref="B3:C4"/></x:mergeCells>' +
      '<x:extLst><x:ext uri="{y}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><xm:f>Z99</xm:f></x:ext></x:extLst></x:worksheet>';
    const grid = await read(parts);
    expect(cell(grid, 3, 2)?.value).toBe(12);
    expect(cell(grid, 3, 3)?.value).toBe('Anlæg');
    expect(grid.sheets[0].hiddenRows.has(3)).toBe(true);
    expect(grid.sheets[0].merges).toEqual([{ top: 3, left: 2, bottom: 4, right: 3 }]);
  });

  it('keeps array formulas on their master cell and ignores data-table markers', async () => {
    const grid = await read(
      handWorkbookParts([
        {
          name: 'A',
          sheetData:
            '<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="C1"><f t="dataTable" ref="C1:C2" dt2D="0" dtr="0" r1="D1"/><v>9</v></c></row>' +
            '<row r="2"><c r="A2"><v>4</v></c></row>',
        },
      ]),
    );
    expect(cell(grid, 1, 1)).toEqual({ row: 1, col: 1, value: 2, formula: 'B1:B2*2' });
    expect(cell(grid, 2, 1)).toEqual({ row: 2, col: 1, value: 4 });
    expect(cell(grid, 1, 3)).toEqual({ row: 1, col: 3, value: 9 });
  });

  it('reads values written as CDATA sections', async () => {
    const grid = await read(
      handWorkbookParts([
        { name: 'A', sheetData: '<row r="1"><c r="A1"><v><![CDATA[12.5]]></v></c><c r="B1" t="inlineStr"><is><t><![CDATA[<Service>]]></t></is></c></row>' },
      ]),
    );
    expect(cell(grid, 1, 1)?.value).toBe(12.5);
    expect(cell(grid, 1, 2)?.value).toBe('<Service>');
  });

  it('keeps a number that does not parse as text rather than losing it', async () => {
    const grid = await read(handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1"><v>1,5</v></c></row>' }]));
    expect(cell(grid, 1, 1)?.value).toBe('1,5');
  });

  it('skips chart sheets but keeps worksheet order', async () => {
    const parts = handWorkbookParts([
      { name: 'Første', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'Anden', sheetData: '<row r="1"><c r="A1"><v>2</v></c></row>' },
    ]);
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace(
      '</sheets>',
      '<sheet name="Diagram" sheetId="9" r:id="rIdC"/></sheets>',
    );
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
      '</Relationships>',
      '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet/>';
    const grid = await read(parts);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Første', 'Anden']);
  });

  it('finds the workbook through the package relationships and absolute targets', async () => {
    const parts = handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1"><v>7</v></c></row>' }]);
    const moved: Record<string, string> = {};
    for (const [k, v] of Object.entries(parts)) moved[k.replace(/^xl\//, 'data/')] = v;
    moved['_rels/.rels'] = parts['_rels/.rels'].replace('xl/workbook.xml', '/data/workbook.xml');
    moved['data/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
      'worksheets/sheet1.xml',
      '/data/worksheets/sheet1.xml',
    );
    const grid = await read(moved);
    expect(cell(grid, 1, 1)?.value).toBe(7);
  });

  it('reports a cell pointing past the shared string table as corrupt', async () => {
    const err = await read(
      handWorkbookParts([{ name: 'A', sheetData: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>' }], { sharedStrings: ['x'] }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('corrupt');
    expect((err as InputError).detail).toMatch(/shared string 5/);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['d/m/yyyy', true],
    ['[$-406]d. mmmm yyyy', true],
    ['[h]:mm', true],
    ['hh:mm AM/PM', true],
    ['#,##0', false],
    ['#,##0.0\\ "kr."', false],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', false],
    ['0.00E+00', false],
    ['[Red]#,##0;[Blue]-#,##0', false],
    ['General', false],
    ['0\\ \\d\\a\\g\\e', false],
    ['#,##0 "mio. kr."', false],
  ])('%s → %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});
