#!/usr/bin/env node
'use strict';
/**
 * Interoperability: an annotated copy (`budgettjek check --annotate`) must open in another
 * Excel-compatible program with its notes, fills and links. LibreOffice (Debian's
 * libreoffice-calc-nogui, installed by .ci/run) opens the copy and saves it again as .xlsx; the
 * result is read back with ExcelJS and checked by our own CLI, whose findings must be unchanged —
 * so nothing of the data was lost on the way either.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
// ExcelJS 4.4 drops internal ("#Sheet!A1" / location=) links when it reads; the writers' patch fixes that.
require(path.join(__dirname, '..', '..', 'dist', 'writers', 'xlsx', 'exceljsPatches.js')).applyExcelJsPatches();

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'budgettjek.js');
const input = path.join(root, 'examples', 'typiske-fejl.xlsx');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-interop-'));
const annotated = path.join(work, 'markeret.xlsx');
const loDir = path.join(work, 'libreoffice');

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
}

function findings(file) {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], { encoding: 'utf8' });
  const doc = JSON.parse(r.stdout);
  return doc.files[0].findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort();
}

(async () => {
  const soffice = ['soffice', 'libreoffice'].find((b) => spawnSync('which', [b]).status === 0);
  if (!soffice) {
    console.error('interop: LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui');
    process.exit(1);
  }
  const ann = spawnSync(process.execPath, [cli, 'check', '--annotate', annotated, input], { encoding: 'utf8' });
  check('the CLI writes an annotated copy', fs.existsSync(annotated), ann.stderr);

  const lo = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', loDir, annotated],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const resaved = path.join(loDir, 'markeret.xlsx');
  check('LibreOffice opens it and saves it again', fs.existsSync(resaved), `${lo.stdout}${lo.stderr}`);
  if (!fs.existsSync(resaved)) return finish();

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(resaved);
  const noteText = (cell) => {
    const n = cell.note;
    if (!n) return '';
    return typeof n === 'string' ? n : (n.texts || []).map((t) => t.text).join('');
  };
  const errors = wb.getWorksheet('Fejlværdier');
  check('a note survives: Fejlværdier!C7 explains the #REF!', /#REF!/.test(noteText(errors.getCell('C7'))), noteText(errors.getCell('C7')));
  const fill = errors.getCell('C7').fill;
  check('a fill survives: Fejlværdier!C7 is coloured', Boolean(fill && fill.type === 'pattern' && fill.fgColor), JSON.stringify(fill));
  const untouched = errors.getCell('C6');
  check('an unflagged cell keeps no fill', !untouched.fill || untouched.fill.pattern === 'none' || !untouched.fill.fgColor, JSON.stringify(untouched.fill));

  const report = wb.worksheets.find((w) => /rapport/i.test(w.name));
  check('the report sheet is there', Boolean(report), wb.worksheets.map((w) => w.name).join(', '));
  if (report) {
    let links = 0;
    let formulas = 0;
    report.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.hyperlink || (cell.value && cell.value.hyperlink)) links++;
        if (cell.formula) formulas++;
      }),
    );
    const expected = findings(input).length;
    check(`every finding's cell is a link (${links} of ${expected})`, links === expected, `${links} links`);
    check('the report holds no formula', formulas === 0, `${formulas} formulas`);
  }

  const before = findings(input);
  const after = findings(resaved);
  check(`the data is intact: the re-saved copy gives the same ${before.length} findings`, JSON.stringify(before) === JSON.stringify(after), JSON.stringify({ before, after }).slice(0, 400));
  await copies(soffice, noteText);
  finish();
})().catch((e) => {
  console.error(`interop: ${e && e.message}`);
  process.exit(1);
});

/**
 * Workbooks made by other tools (tests/copies/fixtures: XlsxWriter with a chart, chart sheet, image,
 * table, validations, VBA project, external link, threaded comment, custom XML; a LibreOffice save;
 * and a LibreOffice pivot table with its cache and a slicer) go through check --annotate, convert and fix; LibreOffice opens and re-saves every copy,
 * which keeps its values, notes and fills.
 */
async function copies(soffice, noteText) {
  const fixtures = path.join(root, 'tests', 'copies', 'fixtures');
  const copyDir = path.join(work, 'copies');
  fs.mkdirSync(copyDir);
  const made = [];
  for (const name of ['alt-i-en.xlsx', 'alt-i-en.xlsm', 'libreoffice.xlsx', 'pivot-slicer.xlsx']) {
    const input = path.join(fixtures, name);
    const stem = name.replace(/\./g, '-');
    const ext = path.extname(name);
    const runs = [
      ['annotated', ['check', '--annotate']],
      ['converted', ['convert', '--to', '2026', '--out']],
      ['fixed', ['fix', '--out']],
    ];
    for (const [kind, args] of runs) {
      const out = path.join(copyDir, `${stem}-${kind}${ext}`);
      const r = spawnSync(process.execPath, [cli, ...args, out, input], { encoding: 'utf8' });
      check(`${name}: ${kind} copy written`, fs.existsSync(out), r.stderr);
      if (fs.existsSync(out)) made.push({ input: name, kind, out });
    }
  }
  // A copy whose A5 (a cell with a comment thread) gets a note: a reply in the thread beside the
  // legacy note. Written through the built writer, with one finding on that cell.
  {
    const { writeAnnotatedCopy } = require(path.join(root, 'dist', 'writers', 'xlsx', 'annotate.js'));
    const out = path.join(copyDir, 'alt-i-en-threaded.xlsx');
    const onA5 = { rule: 'PROPOSAL_NOT_FOUND', severity: 'info', sheet: 'BC02', cell: 'A5', params: { code: 'BC98' } };
    await writeAnnotatedCopy(path.join(fixtures, 'alt-i-en.xlsx'), out, { tables: [], findings: [onA5] }, 'da');
    const thread = zipText(out, 'xl/threadedComments/threadedComment1.xml');
    check('alt-i-en.xlsx: a copy with a threaded reply is written', /parentId="\{6B9F1C2A-0000-4000-8000-0000000000A5\}"><text>Budgettjek:/.test(thread), thread.slice(0, 400));
    made.push({ input: 'alt-i-en.xlsx', kind: 'threaded', out });
  }
  const loOut = path.join(copyDir, 'lo');
  const lo = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', loOut, ...made.map((m) => m.out)],
    { encoding: 'utf8', timeout: 600_000 },
  );
  for (const m of made) {
    const resaved = path.join(loOut, `${path.basename(m.out, path.extname(m.out))}.xlsx`);
    check(`${m.input}: LibreOffice opens and re-saves the ${m.kind} copy`, fs.existsSync(resaved), `${lo.stdout}${lo.stderr}`.slice(0, 300));
    if (!fs.existsSync(resaved)) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(resaved);
    const ws = wb.getWorksheet('BC02');
    check(`${m.input} ${m.kind}: the sheet is there`, Boolean(ws), wb.worksheets.map((w) => w.name).join(', '));
    if (!ws) continue;
    const value = (a) => {
      const v = ws.getCell(a).value;
      return v && typeof v === 'object' && 'result' in v ? v.result : v;
    };
    if (m.kind === 'threaded') {
      const a5 = noteText(ws.getCell('A5'));
      check(`${m.input} threaded: the legacy note beside the thread keeps both texts`, /Tjekket af økonomi/.test(a5) && /PROPOSAL_NOT_FOUND/.test(a5), a5);
      check(`${m.input} threaded: values unchanged`, value('C5') === 209 && value('C6') === '418', `${value('C5')} ${value('C6')}`);
      continue;
    }
    if (m.kind === 'annotated') {
      // LibreOffice's file was calculated: D8's wrong total is TOTAL_MISMATCH. XlsxWriter's asks Excel
      // to recalculate on open, so the checker works D8 out itself; there C8, which sums a text
      // amount, carries the error (TOTAL_SKIPS_TEXT).
      // The pivot workbook was saved by LibreOffice after it recalculated C8 without the text amount.
      const [at, code] = /alt-i-en|pivot-slicer/.test(m.input) ? ['C8', /TOTAL_SKIPS_TEXT/] : ['D8', /TOTAL_MISMATCH/];
      check(`${m.input} annotated: the note on ${at} survives`, code.test(noteText(ws.getCell(at))), noteText(ws.getCell(at)));
      const fill = ws.getCell(at).fill;
      check(`${m.input} annotated: the fill on ${at} survives`, Boolean(fill && fill.fgColor && /FFC7CE$/i.test(fill.fgColor.argb || '')), JSON.stringify(fill));
      check(`${m.input} annotated: values unchanged`, value('C5') === 209 && value('C6') === '418', `${value('C5')} ${value('C6')}`);
      check(`${m.input} annotated: the report sheet is there`, wb.worksheets.some((w) => /rapport/i.test(w.name)));
    } else if (m.kind === 'converted') {
      check(`${m.input} converted: the label says 2026 p/l`, /2026 p\/l/.test(String(value('A4'))), String(value('A4')));
      check(`${m.input} converted: amounts converted`, value('C5') === 203, String(value('C5')));
    } else {
      check(`${m.input} fixed: the text amount is a number`, value('C6') === 418, JSON.stringify(value('C6')));
      check(`${m.input} fixed: other values unchanged`, value('C5') === 209, String(value('C5')));
    }
    if (m.input === 'pivot-slicer.xlsx') {
      // LibreOffice reads the pivot table of the copy (its table and cache parts) and writes it again.
      const names = zipNames(resaved);
      check(`${m.input} ${m.kind}: the pivot table and its cache survive`, names.some((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n)) && names.some((n) => /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/.test(n)), names.join(' '));
      check(`${m.input} ${m.kind}: the pivot sheet is there`, Boolean(wb.getWorksheet('Pivot')), wb.worksheets.map((w) => w.name).join(', '));
    } else if (m.input !== 'libreoffice.xlsx') {
      check(`${m.input} ${m.kind}: the existing note survives`, /Tjekket af økonomi/.test(noteText(ws.getCell('A5'))), noteText(ws.getCell('A5')));
    }
  }
}

/** The entries of a zip package (from its central directory): name, method, sizes, local header offset. */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return { buf, entries };
}

function zipNames(file) {
  return zipEntries(file).entries.map((e) => e.name);
}

/** The text of one part of a zip package ('' when it has none). */
function zipText(file, name) {
  const { buf, entries } = zipEntries(file);
  const e = entries.find((x) => x.name === name);
  if (!e) return '';
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  return (e.method === 8 ? require('zlib').inflateRawSync(data) : data).toString('utf8');
}

function finish() {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
