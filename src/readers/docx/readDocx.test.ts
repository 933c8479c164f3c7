import { analyseWorkbook } from '../../core/analyse';
import type { SheetGrid } from '../../core/model';
import { builtinTemplate } from '../../core/templates/builtin';
import { workbookOf } from '../../core/testing/sheetFromRows';
import { InputError } from '../inputError';
import { cellValue } from './documentPart';
import { readDocxBuffer } from './readDocx';
import { costTable, p, tbl, tc, tr, wordZip } from './__fixtures__/wordParts';

const template = builtinTemplate('kk-ofs-2025-2026')!;

async function read(body: string, extra: Parameters<typeof wordZip>[1] = {}): Promise<SheetGrid[]> {
  return (await readDocxBuffer(await wordZip(body, extra), 'test.docx')).sheets;
}

function value(sheet: SheetGrid, row: number, col: number): unknown {
  return sheet.rows.get(row)?.get(col)?.value;
}

const HEADINGS =
  '<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Overskrift1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Brdtekst"><w:name w:val="Body Text"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Billedtekst"><w:name w:val="caption"/></w:style>';

describe('readDocxBuffer: tables as grids', () => {
  test('each table is a grid "Tabel N" with its own A1 addresses; Danish amounts become numbers', async () => {
    const sheets = await read(
      p('Indledning') +
        costTable([
          ['Projektledelse', 'Service', '1.045', '-300'],
          ['Licenser', 'Service', '2.093,8', '(50)'],
          ['Tolkeløsning', 'Service', '1.300 kr.', 'ca. 200'],
        ]) +
        p('Mellem tabellerne') +
        tbl(tr(tc('A'), tc('B'))),
    );
    expect(sheets.map((s) => s.name)).toEqual(['Tabel 1', 'Tabel 2']);
    const [t1] = sheets;
    expect(value(t1, 1, 1)).toBe('1.000 kr. 2027 p/l');
    expect(value(t1, 1, 3)).toBe(2026);
    expect(value(t1, 2, 3)).toBe(1045);
    expect(t1.rows.get(2)!.get(3)!.numFmt).toBe('#,##0');
    expect(value(t1, 2, 4)).toBe(-300);
    expect(value(t1, 3, 3)).toBe(2093.8);
    expect(t1.rows.get(3)!.get(3)!.numFmt).toBe('#,##0.0');
    expect(value(t1, 3, 4)).toBe(-50);
    // A unit in the cell and text that is no amount stay text, for the rules to report.
    expect(value(t1, 4, 3)).toBe('1.300 kr.');
    expect(value(t1, 4, 4)).toBe('ca. 200');
  });

  test('the number format is the one the text shows: grouping and decimals as written', () => {
    const cases: Array<[string, number, string]> = [
      ['1995', 1995, '0'],
      ['2026', 2026, '0'],
      ['1234', 1234, '0'],
      ['1.234', 1234, '#,##0'],
      ['2.026', 2026, '#,##0'],
      ['1 234', 1234, '#,##0'],
      ['1.234.567', 1234567, '#,##0'],
      ['1.234,5', 1234.5, '#,##0.0'],
      ['1.234,50', 1234.5, '#,##0.00'],
      ['12,50', 12.5, '0.00'],
      ['343,0', 343, '0.0'],
      ['0', 0, '0'],
      ['-1.234', -1234, '#,##0'],
      ['−1234', -1234, '0'],
      ['(1.234)', -1234, '#,##0'],
      ['(12,5)', -12.5, '0.0'],
      ['2,8 %', 0.028, '0.0%'],
      ['12 %', 0.12, '0%'],
    ];
    expect(cases.map(([text]) => [text, cellValue(text)])).toEqual(cases.map(([text, value, numFmt]) => [text, { value, numFmt }]));
    // Text that is no plain amount stays text, with no format.
    expect(cellValue('1.300 kr.')).toEqual({ value: '1.300 kr.' });
    expect(cellValue('12.5')).toEqual({ value: '12.5' });
  });

  test('a year typed without a thousands point reads as a year: two heading rows over a Word table', async () => {
    const rows = [
      ['', 'Regnskab', 'Finanslov', 'BO'],
      ['', '1997', '1998', '2000'],
      ['Landstinget', '100', '200', '300'],
      ['Vestnordisk Råd', '10', '20', '30'],
      ['I alt', '110', '220', '330'],
    ];
    const complaints = async (cells: string[][]) => {
      const grid = await readDocxBuffer(await wordZip(tbl(...cells.map((r) => tr(...r.map((c) => tc(c)))))), 'aar.docx');
      return analyseWorkbook(grid, builtinTemplate('generic')!).findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`);
    };
    // The row of years is a heading, not amounts added into every total.
    expect(await complaints(rows)).toEqual([]);
    expect(await complaints(rows.map((r, i) => (i === 4 ? ['I alt', '110', '290', '330'] : r)))).toEqual(['C5 TOTAL_MISMATCH']);
  });

  test('a percentage is held as Excel holds it: a fraction formatted as a percentage', async () => {
    const [t] = await read(tbl(tr(tc('Andel'), tc('2,8 %'), tc('-10%'), tc('100 %'), tc('ca. 5 %'))));
    expect([2, 3, 4, 5].map((c) => [value(t, 1, c), t.rows.get(1)!.get(c)!.numFmt])).toEqual([
      [0.028, '0.0%'],
      [-0.1, '0%'],
      [1, '0%'],
      ['ca. 5 %', undefined],
    ]);
  });

  test('gridSpan and vMerge become merges; gridBefore shifts the row; the value sits top-left', async () => {
    const [t] = await read(
      tbl(
        tr(tc('Implementeringsomkostninger', '<w:gridSpan w:val="3"/>')),
        tr(tc('Service', '<w:vMerge w:val="restart"/>'), tc('a'), tc('1')),
        tr(tc('', '<w:vMerge/>'), tc('b'), tc('2')),
        tr(tc('', '<w:vMerge/>'), tc('c'), tc('3')),
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('d')}${tc('4')}</w:tr>`,
      ),
    );
    expect(t.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 2, left: 1, bottom: 4, right: 1 },
      ]),
    );
    expect(t.merges).toHaveLength(2);
    expect(value(t, 2, 1)).toBe('Service');
    expect(t.rows.get(3)!.has(1)).toBe(false);
    expect(value(t, 3, 2)).toBe('b');
    expect(value(t, 5, 2)).toBe('d');
    expect(value(t, 5, 3)).toBe(4);
  });

  test('one absurd gridSpan or gridBefore is cut at the table grid or Word’s 63 columns; the rest of the document is read', async () => {
    const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(n)}</w:tblGrid>`;
    const withGrid = (n: number, ...rows: string[]) => `<w:tbl><w:tblPr/>${grid(n)}${rows.join('')}</w:tbl>`;
    const [wide, shifted, wider, after] = await read(
      withGrid(
        3,
        tr(tc('1.000 kr.', '<w:gridSpan w:val="100000"/>'), tc('5')),
        tr(tc('Løn'), tc('100'), tc('200')),
      ) +
        withGrid(3, `<w:tr><w:trPr><w:gridBefore w:val="99999999"/></w:trPr>${tc('x')}</w:tr>`, tr(tc('Husleje'), tc('300'))) +
        // A grid wider than Word's 63 columns is the limit then.
        withGrid(100, tr(tc('a', '<w:gridSpan w:val="90"/>'), tc('b')), tr(tc('c'), tc('1'))) +
        costTable([['Projektledelse', 'Service', '300', '']]),
    );
    expect(wide.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 63 }]);
    expect(value(wide, 1, 64)).toBe(5);
    expect(value(wide, 2, 3)).toBe(200);
    expect(value(shifted, 1, 64)).toBe('x');
    expect(value(shifted, 2, 2)).toBe(300);
    expect(wider.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 90 }]);
    expect(value(wider, 1, 91)).toBe('b');
    expect(value(after, 2, 3)).toBe(300);
  });

  test('several paragraphs in a cell are joined by line breaks; empty ones are dropped', async () => {
    const [t] = await read(tbl(tr(tc(p('Projektledelse (inkl. evaluering,') + p('') + p('dokumentation og rapportering)')), tc(p('1.045') + p('')))));
    expect(value(t, 1, 1)).toBe('Projektledelse (inkl. evaluering,\ndokumentation og rapportering)');
    expect(value(t, 1, 2)).toBe(1045);
  });

  test('a nested table gets the next number after its parent and keeps its text out of the parent cell', async () => {
    const nested = tbl(tr(tc('indre'), tc('7')));
    const sheets = await read(tbl(tr(tc(p('ydre') + nested + p('')), tc('1'))) + tbl(tr(tc('sidste'))));
    expect(sheets.map((s) => s.name)).toEqual(['Tabel 1', 'Tabel 2', 'Tabel 3']);
    expect(value(sheets[0], 1, 1)).toBe('ydre');
    expect(value(sheets[0], 1, 2)).toBe(1);
    expect(value(sheets[1], 1, 1)).toBe('indre');
    expect(value(sheets[1], 1, 2)).toBe(7);
    expect(value(sheets[2], 1, 1)).toBe('sidste');
  });

  test('tables, rows and cells inside content controls are read; alternate-content fallbacks and text boxes are not', async () => {
    const sdt = (inner: string) => `<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const textBox =
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
      tbl(tr(tc('i tekstboks'))) +
      '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' +
      tbl(tr(tc('kopi'))) +
      '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    const sheets = await read(sdt(tbl(sdt(tr(tc('a'), `<w:tc>${sdt(p('1.045'))}</w:tc>`)))) + textBox);
    expect(sheets).toHaveLength(1);
    expect(value(sheets[0], 1, 1)).toBe('a');
    expect(value(sheets[0], 1, 2)).toBe(1045);
  });

  test("tracked changes' former cell properties do not move the cell", async () => {
    const [t] = await read(
      tbl(
        tr(tc('x', '<w:tcW w:w="100"/><w:tcPrChange w:id="1" w:author="a"><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>'), tc('y')),
      ),
    );
    expect(value(t, 1, 2)).toBe('y');
    expect(t.merges).toEqual([]);
  });

  test('the title is the nearest caption or heading above; the headings above are kept, outermost first', async () => {
    const sheets = await read(
      p('BC07 Digital visitation', { style: 'Overskrift1' }) +
        p('1. Beskrivelse', { style: 'Overskrift2' }) +
        p('Brødtekst der ikke er en titel, fordi den ikke er fed.') +
        tbl(tr(tc('a'))) +
        p('2. Økonomi', { style: 'Overskrift2' }) +
        p('Tabellen viser økonomien.', { style: 'Brdtekst' }) +
        p('Tabel 1. Forslagets samlede økonomiske konsekvenser', { bold: true }) +
        tbl(tr(tc('b'))) +
        tbl(tr(tc('c'))) +
        p('Figur 3', { style: 'Billedtekst' }) +
        tbl(tr(tc('d'))),
      { stylesXml: HEADINGS },
    );
    expect(sheets.map((s) => [s.caption, s.headings])).toEqual([
      ['1. Beskrivelse', ['BC07 Digital visitation', '1. Beskrivelse']],
      ['Tabel 1. Forslagets samlede økonomiske konsekvenser', ['BC07 Digital visitation', '2. Økonomi']],
      // The caption belonged to the table before; the next table falls back to the heading.
      ['2. Økonomi', ['BC07 Digital visitation', '2. Økonomi']],
      ['Figur 3', ['BC07 Digital visitation', '2. Økonomi']],
    ]);
  });

  test("the proposal code comes from the headings, else the document's title (docProps/core.xml)", async () => {
    const table = costTable([
      ['Projektledelse', 'Service', '300', ''],
      ['Samlede implementeringsomkostninger', '', '300', ''],
    ]);
    const fromTitle = await readDocxBuffer(await wordZip(p('Økonomi', { style: 'Heading1' }) + table, { title: 'BC12 Robotter i hjemmeplejen' }), 'a.docx');
    expect(fromTitle.sheets[0].headings).toEqual(['BC12 Robotter i hjemmeplejen', 'Økonomi']);
    expect(analyseWorkbook(fromTitle, template).tables[0].proposalCode).toBe('BC12');

    // The nearest coded heading wins over the document's title (an appendix of many proposals).
    const two = await readDocxBuffer(
      await wordZip(p('BC01 Første', { style: 'Heading1' }) + table + p('BC02 Anden', { style: 'Heading1' }) + table, { title: 'BC99 Bilag' }),
      'b.docx',
    );
    expect(analyseWorkbook(two, template).tables.map((t) => [t.sheet, t.proposalCode, t.title])).toEqual([
      ['Tabel 1', 'BC01', 'BC01 Første'],
      ['Tabel 2', 'BC02', 'BC02 Anden'],
    ]);
  });

  test('a Word table is checked like a sheet: findings name "Tabel N" and the cell inside the table', async () => {
    const doc = await readDocxBuffer(
      await wordZip(
        p('Tabel 1. Forslagets samlede økonomiske konsekvenser', { bold: true }) +
          costTable([
            ['Implementeringsomkostninger', '', '', ''],
            ['Projektledelse', 'Service', '345', ''],
            ['Licenser', 'Servce', '400', ''],
            ['Samlede implementeringsomkostninger', 'Service', '800', ''],
          ]),
      ),
      'c.docx',
    );
    const result = analyseWorkbook(doc, template);
    expect(result.tables[0].title).toBe('Tabel 1. Forslagets samlede økonomiske konsekvenser');
    expect(result.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual(
      expect.arrayContaining([
        ['STYRINGSOMRAADE_UNKNOWN', 'Tabel 1', 'B4'],
        ['TOTAL_MISMATCH', 'Tabel 1', 'C5'],
      ]),
    );
    // In Word every amount is text: typing "345" is no mistake.
    expect(result.findings.some((f) => f.rule === 'NUMBER_STORED_AS_TEXT')).toBe(false);
  });

  test('cells and merged cells count against the cell limit', async () => {
    const merged = tbl(...Array.from({ length: 6 }, () => tr(tc('', '<w:gridSpan w:val="2"/>'))));
    const err = await readDocxBuffer(await wordZip(merged), 'flettet.docx', { maxCells: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('too-large');
    await expect(readDocxBuffer(await wordZip(merged), 'flettet.docx', { maxCells: 6 })).resolves.toMatchObject({ sheets: [{ name: 'Tabel 1' }] });
  });

  test('a label outside the grid: the sentence just above the table or its caption states unit and p/l', async () => {
    const rows = [
      ['Projektledelse', 'Service', '300', ''],
      ['Samlede implementeringsomkostninger', 'Service', '300', ''],
    ];
    const header = ['', 'Styringsområde', '2026', '2027'];
    const labelOf = async (body: string) => {
      const result = analyseWorkbook(await readDocxBuffer(await wordZip(body), 'l.docx'), template);
      return [result.tables[0].label && [result.tables[0].label.unit, result.tables[0].label.priceLevel, result.tables[0].label.cell], result.findings.map((f) => f.rule).filter((r) => r.startsWith('PRICE_LEVEL') || r.startsWith('UNIT'))];
    };
    expect(await labelOf(p('Tabel 1. Økonomi', { bold: true }) + p('Alle beløb er i 1.000 kr., 2027-priser.') + costTable(rows, header))).toEqual([['t.kr.', 2027, 'A1'], []]);
    expect(await labelOf(p('Tabel 1. Økonomi (1.000 kr., 2027 p/l)', { bold: true }) + costTable(rows, header))).toEqual([['t.kr.', 2027, 'A1'], []]);
    // A sentence that merely mentions an amount is no label; a label in the table wins.
    expect(await labelOf(p('Rammen er 1,0 mio. kr., fordelt på følgende hovedposter i den kommende periode:') + costTable(rows, header))).toEqual([null, ['PRICE_LEVEL_MISSING']]);
    expect(await labelOf(p('Beløb i mio. kr.') + costTable(rows))).toEqual([['t.kr.', 2027, 'A1'], []]);
  });
});

describe('readDocxBuffer: the body text for the text rules', () => {
  const numbered = (text: string, numId: string, level = 0) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

  test('each body paragraph with its place: index among body paragraphs, headings, place in its section, list, tables before it', async () => {
    const doc = await readDocxBuffer(
      await wordZip(
        p('BC07 Digital visitation', { style: 'Overskrift1' }) +
          p('2. Økonomi', { style: 'Overskrift2' }) +
          p('Der afsættes 1,0 mio. kr. i 2027.') +
          p('') +
          numbered('0,6 mio. kr. til udvikling', '3') +
          numbered('0,4 mio. kr. til drift', '3', 1) +
          p('Punkt', { style: 'Listeafsnit' }) +
          costTable([['Udvikling', 'Service', '600', '']]) +
          p('Efter tabellen.') +
          `<w:p><w:r><w:t>Slettet </w:t></w:r><w:del><w:r><w:delText>væk</w:delText></w:r></w:del><w:r><w:t>tekst</w:t><w:tab/><w:t>med tab</w:t></w:r></w:p>`,
        { stylesXml: HEADINGS },
      ),
      'tekst.docx',
    );
    const headings = ['BC07 Digital visitation', '2. Økonomi'];
    expect(doc.paragraphs).toEqual([
      { index: 3, text: 'Der afsættes 1,0 mio. kr. i 2027.', headings, ordinal: 1, tablesBefore: 0 },
      { index: 5, text: '0,6 mio. kr. til udvikling', headings, ordinal: 2, tablesBefore: 0, list: { id: '3', level: 0 } },
      { index: 6, text: '0,4 mio. kr. til drift', headings, ordinal: 3, tablesBefore: 0, list: { id: '3', level: 1 } },
      { index: 7, text: 'Punkt', headings, ordinal: 4, tablesBefore: 0, list: { id: 'style:Listeafsnit', level: 0 } },
      { index: 8, text: 'Efter tabellen.', headings, ordinal: 5, tablesBefore: 1 },
      { index: 9, text: 'Slettet tekst med tab', headings, ordinal: 6, tablesBefore: 1 },
    ]);
    // Text in table cells is the table's, not the body's.
    expect(doc.paragraphs!.some((x) => x.text === 'Udvikling')).toBe(false);
  });

  test('a document without body text has no paragraphs', async () => {
    const doc = await readDocxBuffer(await wordZip(costTable([['Udvikling', 'Service', '600', '']])), 'tom.docx');
    expect(doc.paragraphs).toBeUndefined();
  });
});
describe('readDocxBuffer: embedded content (altChunk)', () => {
  const RELS =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rIdHtml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/>' +
    '<Relationship Id="rIdBook" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/embeddings/bog.xlsx"/>' +
    '</Relationships>';
  const chunk = (id: string) => `<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${id}"/>`;

  test('each altChunk is a grid of its own where it stands, saying what it holds; reported, never silently skipped', async () => {
    const html = '<html><body><table><tr><td>Licenser</td><td>Service</td><td>1.045</td></tr></table></body></html>';
    const buf = await wordZip(p('BC07 Forslag', { bold: true }) + chunk('rIdHtml') + costTable([['Projektledelse', 'Service', '100', '100']]) + tbl(tr(tc(chunk('rIdBook')))), {
      more: { 'word/_rels/document.xml.rels': RELS, 'word/afchunk.htm': html, 'word/embeddings/bog.xlsx': Buffer.from('PK') },
    });
    const { sheets } = await readDocxBuffer(buf, 'indlejret.docx');
    expect(sheets.map((s) => s.name)).toEqual(['Indlejret indhold 1', 'Tabel 1', 'Tabel 2', 'Indlejret indhold 2']);
    expect(sheets[0].notRead).toEqual({ kind: 'html', part: 'word/afchunk.htm' });
    expect(sheets[0].rows.size).toBe(0);
    expect(sheets[3].notRead).toEqual({ kind: 'workbook', part: 'word/embeddings/bog.xlsx' });

    const { findings } = analyseWorkbook({ sheets }, template);
    const notRead = findings.filter((f) => f.rule === 'EMBEDDED_NOT_READ');
    expect(notRead.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(['Indlejret indhold 1!A1 info', 'Indlejret indhold 2!A1 info']);
  });

  test('an altChunk in the fallback copy of alternate content is not counted twice', async () => {
    const body = `<mc:AlternateContent><mc:Choice Requires="w14">${chunk('rIdHtml')}</mc:Choice><mc:Fallback>${chunk('rIdHtml')}</mc:Fallback></mc:AlternateContent>`;
    const sheets = await read(body, { more: { 'word/_rels/document.xml.rels': RELS, 'word/afchunk.htm': '<html/>' } });
    expect(sheets.map((s) => s.name)).toEqual(['Indlejret indhold 1']);
  });
});


describe('readDocxBuffer: the paragraph under a table', () => {
  test('is handed with the table (its unit may stand there), empty paragraphs passed over, in order', async () => {
    const sheets = await read(
      tbl(tr(tc('Konto'), tc('1999'), tc('2000')), tr(tc('Løn'), tc('10'), tc('11')), tr(tc('Drift'), tc('-10'), tc('-11'))) +
        p('') +
        p('Alle beløb er i hele 1000 kr.') +
        tbl(tr(tc('A'), tc('B'))) +
        tbl(tr(tc('C'), tc('D'))),
    );
    expect(sheets.map((s) => [s.name, s.textBelow])).toEqual([
      ['Tabel 1', 'Alle beløb er i hele 1000 kr.'],
      ['Tabel 2', undefined],
      ['Tabel 3', undefined],
    ]);
    const [table] = analyseWorkbook(workbookOf(sheets[0]), builtinTemplate('generic')!).tables;
    expect(table.unit).toBe('t.kr.');
  });
});
