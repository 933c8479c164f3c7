#!/usr/bin/env node
'use strict';
/**
 * Writes the Word examples in examples/docx/ (`npm run examples` runs it after
 * make-examples.js), from the example workbooks themselves so the two cannot drift apart:
 *
 *  - BC01.docx, BC02.docx, BC39.docx  the published appendix's proposals, one document each, as
 *        the forvaltninger send them: the proposal's heading, sections, the cost table with the
 *        amounts typed as Danish text ("1.045"), the template note; BC02 also carries the
 *        non-cost tables of the template, BC39's table sits in a content control.
 *  - oversigt.xlsx   the appendix's overview sheet alone: with the three documents it is the
 *        appendix again, one folder, two formats.
 *  - typiske-fejl.docx  the typical mistakes of typiske-fejl.xlsx that Word can hold (no formulas,
 *        no Excel errors; in Word every amount is text), one section and table per mistake.
 *  - typiske-fejl.expected.json  where each planted mistake lands: [{sheet: "Tabel N", cell, rule}].
 *
 * Zips are written by JSZip (already installed with ExcelJS) with fixed entry dates: the output is
 * reproducible byte for byte.
 */
process.env.TZ = 'UTC'; // JSZip writes DOS dates in local time
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const JSZip = require('jszip');
const { fixZipDates, FIXED_DATE } = require('./make-examples');

const EXAMPLES = path.join(__dirname, '..', 'examples');
const OUT_DIR = path.join(EXAMPLES, 'docx');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

// ---------------------------------------------------------------------------------------------
// WordprocessingML by hand

function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function run(text, { bold, italic, size } = {}) {
  const props = `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}${size ? `<w:sz w:val="${size * 2}"/>` : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(text, opts = {}) {
  const ppr = `${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.align ? `<w:jc w:val="${opts.align}"/>` : ''}`;
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${text === '' ? '' : run(text, opts)}</w:p>`;
}

const heading = (level, text) => para(text, { style: `Heading${level}` });

/**
 * A table. `rows` are arrays of cells; a cell is a string or
 * { text | paras: [string], bold, italic, align, span, vMerge: 'restart'|'continue', nested: rows }.
 */
function table(rows, widths) {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows
    .map((cells) => {
      let col = 0;
      const tcs = cells.map((c) => {
        const cell = typeof c === 'string' ? { text: c } : c;
        const span = cell.span || 1;
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        const tcPr =
          `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>` +
          (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
          (cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge === 'continue' ? '<w:vMerge/>' : '') +
          '</w:tcPr>';
        const paras = (cell.paras || [cell.text || '']).map((t) => para(t, cell)).join('');
        const nested = cell.nested ? table(cell.nested, cell.nestedWidths) + para('') : '';
        return `<w:tc>${tcPr}${paras}${nested}</w:tc>`;
      });
      return `<w:tr>${tcs.join('')}</w:tr>`;
    })
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`
  );
}

/** A block-level content control (as KK's templates use for the cost table). */
function contentControl(tag, inner) {
  return `<w:sdt><w:sdtPr><w:alias w:val="${esc(tag)}"/><w:tag w:val="${esc(tag)}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
  `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>` +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  `</w:tblBorders></w:tblPr></w:style>` +
  `</w:styles>`;

/** A complete .docx: body XML in, zip bytes out (fixed dates). */
async function docx(title, bodyXml) {
  const zip = new JSZip();
  const date = FIXED_DATE;
  const add = (name, content) => zip.file(name, content, { date, createFolders: false });
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}` +
      `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  add('word/styles.xml', STYLES);
  const iso = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z');
  add(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${esc(title)}</dc:title><dc:creator>Budgettjek</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
  );
  add(
    'docProps/app.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Budgettjek</Application></Properties>`,
  );
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return fixZipDates(buf);
}

// ---------------------------------------------------------------------------------------------
// From a workbook sheet to a Word table

/** A number as a Danish finance officer types it in Word: "1.045", "-300", "2.093,8". */
function danish(n) {
  const [int, frac] = Math.abs(n).toString().split('.');
  return `${n < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac ? `,${frac}` : ''}`;
}

/** A cell's text as it would be typed in Word; in the header row years are written as years. */
function cellText(cell, inHeader = false) {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return inHeader ? String(v) : danish(v);
  if (typeof v === 'object' && 'result' in v) return typeof v.result === 'number' ? danish(v.result) : String(v.result ?? '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

/**
 * Reads a proposal sheet made by make-examples.js: title in A1, "Tabel …" above the header row,
 * the header row (years), the rows, a "Noter …" row at the foot. Returns the parts of a document.
 */
function readProposalSheet(ws) {
  const title = cellText(ws.getCell('A1'));
  let header = 0;
  for (let r = 2; r <= ws.rowCount && !header; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) {
      if (/^(19|20)\d\d$/.test(cellText(row.getCell(c), true))) {
        header = r;
        break;
      }
    }
  }
  if (!header) throw new Error(`sheet ${ws.name}: no header row`);
  const caption = header > 2 ? cellText(ws.getCell(header - 1, 1)) : '';
  let width = 0;
  const rows = [];
  let note = null;
  for (let r = header; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const texts = [];
    for (let c = 1; c <= ws.columnCount; c++) texts.push(cellText(row.getCell(c), r === header));
    while (texts.length && texts[texts.length - 1] === '') texts.pop();
    if (texts.length === 0) continue;
    if (/^Noter/.test(texts[0])) {
      note = texts[0];
      continue;
    }
    width = Math.max(width, texts.length);
    rows.push({ texts, r });
  }
  return { title, caption, header, rows, note, width };
}

/** The sheet's rows as Word cells: header bold, a section title row merged across, amounts right-aligned. */
function wordRows({ rows, width }) {
  return rows.map(({ texts }, i) => {
    const padded = [...texts, ...Array(width - texts.length).fill('')];
    if (i > 0 && padded.slice(1).every((t) => t === '')) return [{ text: padded[0], italic: true, span: width }];
    const bold = i === 0 || /^(samle|i alt|netto)/i.test(padded[0]);
    return padded.map((text, c) => ({ text, bold, align: c >= 2 ? 'right' : undefined }));
  });
}

function widthsFor(width) {
  return [3400, 1300, ...Array(Math.max(0, width - 2)).fill(820)];
}

// ---------------------------------------------------------------------------------------------
// The documents

const KORT_RESUME = {
  BC01: 'Test af AI-tolkeværktøjer i borgersituationer i takt med den teknologiske og markedsmæssige modenhed.',
  BC02: 'Et digitalt jobunivers giver borgere én samlet digital indgang til beskæftigelsesindsatsen.',
  BC39: 'Automatisering af visitationsprocessen i Center for Mental Sundhed med tre komponenter.',
};

function proposalDocument(code, sheet) {
  const parts = [];
  parts.push(heading(1, sheet.title));
  parts.push(para(`Kort resumé: ${KORT_RESUME[code]}`));
  parts.push(heading(2, '1. Beskrivelse af forslag (fremgangsmåde og effekt)'));
  parts.push(para('Forslaget beskrives i forvaltningens skabelon; tabellen nedenfor viser forslagets samlede økonomi.'));
  const costTable = table(wordRows(sheet), widthsFor(sheet.width));
  if (code === 'BC01') {
    // KK's investment template: the table stands directly under section 1.1.
    parts.push(heading(2, '1.1 Forslagets samlede økonomiske konsekvenser'));
    parts.push(costTable);
  } else {
    parts.push(heading(2, '2. Økonomi'));
    parts.push(para('Midlerne dækker projektledelse, teknisk opsætning og afprøvning.'));
    parts.push(para(sheet.caption, { bold: true }));
    parts.push(code === 'BC39' ? contentControl('Økonomitabel', costTable) : costTable);
  }
  if (sheet.note) parts.push(para(sheet.note, { italic: true, size: 8 }));
  if (code === 'BC02') {
    // The template's other tables: no cost tables, so nothing to check in them.
    parts.push(heading(2, '3. Kommende investeringsforslag og kriterier til prioritering'));
    parts.push(para('Tabel 2. Kriterier til prioritering.', { bold: true }));
    parts.push(
      table(
        [
          [{ text: 'Kommende investeringsforslag', bold: true, span: 3 }, { text: 'Kriterier til prioritering', bold: true, span: 2 }],
          [
            { text: 'Udgift', bold: true, paras: ['Udgift', '1.000 kr.', '2026 p/l'] },
            { text: 'Forventet vedtagelse', bold: true },
            { text: 'Potentiale for varig effektivisering (styringsområde)', bold: true },
            { text: 'Tværgående effektivisering', bold: true },
            { text: 'Potentiale for storskala', bold: true },
          ],
          ['1.300 kr.', 'OFS 26/27', '4-8 mio. kroner', 'X', 'X'],
        ],
        [1500, 1500, 2200, 1700, 1700],
      ),
    );
    parts.push(heading(2, '6. Hvem er hørt?'));
    parts.push(para('Tabel 4. Godkendelse af Center for Økonomi', { bold: true }));
    parts.push(table([['Center for Økonomi', 'Godkendt'], ['Dato', '15. august 2025']], [4300, 4300]));
  }
  return docx(sheet.title, parts.join(''));
}

/** Mistake sheets Word can hold: no formulas, no Excel errors (and text numbers are Word's normal). */
const MISTAKES_WORD_CANNOT_HOLD = new Set(['Forklaring', 'Oversigt', 'BC10', 'BC11', 'Formler', 'Fejlværdier', 'Tal som tekst']);

async function mistakesDocument(wb, planted) {
  const parts = [heading(1, 'Budgettjek – typiske fejl i forslagstabeller')];
  parts.push(para('Hver tabel nedenfor har en fejl, der er lagt ind med vilje, som i typiske-fejl.xlsx.'));
  const expected = [];
  let n = 0;
  for (const ws of wb.worksheets) {
    if (MISTAKES_WORD_CANNOT_HOLD.has(ws.name)) continue;
    const sheet = readProposalSheet(ws);
    n++;
    parts.push(heading(2, sheet.title));
    const what = sheet.title.replace(/^Eksempel: /, '');
    parts.push(para(`Tabel ${n}. ${what.charAt(0).toUpperCase()}${what.slice(1)}`, { bold: true }));
    parts.push(table(wordRows(sheet), widthsFor(sheet.width)));
    for (const p of planted.filter((x) => x.sheet === ws.name)) {
      const m = /^([A-Z]+)(\d+)$/.exec(p.cell);
      expected.push({ sheet: `Tabel ${n}`, cell: `${m[1]}${Number(m[2]) - sheet.header + 1}`, rule: p.rule, from: `${ws.name}!${p.cell}` });
    }
  }
  return { bytes: await docx('Budgettjek – typiske fejl i forslagstabeller', parts.join('')), expected };
}

/** The appendix's overview alone, as a workbook of its own. */
async function overviewWorkbook(appendixFile) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(appendixFile);
  for (const ws of [...wb.worksheets]) if (ws.name !== 'Oversigt') wb.removeWorksheet(ws.id);
  wb.title = 'Oversigt over innovationsforslag til OFS 2025-2026';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return fixZipDates(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** `node scripts/make-docx-examples.js [--out DIR]` (default: examples/docx/). */
async function main(argv) {
  const at = argv.indexOf('--out');
  const outDir = at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : OUT_DIR;
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  const write = (name, bytes) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, bytes);
    written.push(file);
  };

  const appendixFile = path.join(EXAMPLES, 'ofs-2025-2026-bilag.xlsx');
  const appendix = new ExcelJS.Workbook();
  await appendix.xlsx.readFile(appendixFile);
  for (const code of ['BC01', 'BC02', 'BC39']) write(`${code}.docx`, await proposalDocument(code, readProposalSheet(appendix.getWorksheet(code))));
  write('oversigt.xlsx', await overviewWorkbook(appendixFile));

  const mistakes = new ExcelJS.Workbook();
  await mistakes.xlsx.readFile(path.join(EXAMPLES, 'typiske-fejl.xlsx'));
  const planted = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'typiske-fejl.expected.json'), 'utf8'));
  const { bytes, expected } = await mistakesDocument(mistakes, planted);
  write('typiske-fejl.docx', bytes);
  write('typiske-fejl.expected.json', JSON.stringify(expected, null, 2) + '\n');
  for (const f of written) process.stdout.write(`skrev ${path.relative(process.cwd(), f)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`make-docx-examples: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  });
}

module.exports = { docx, para, heading, table, readProposalSheet, wordRows, widthsFor };
