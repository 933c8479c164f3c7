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
  finish();
})().catch((e) => {
  console.error(`interop: ${e && e.message}`);
  process.exit(1);
});

function finish() {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
