#!/usr/bin/env node
'use strict';
/**
 * Interoperability of the annotated Word copy (`budgettjek check --annotate OUT.docx`): LibreOffice
 * Writer (Debian's libreoffice-writer-nogui, installed by .ci/run) must open it. It is converted
 * to PDF (it opens and renders) and saved again as .docx; the re-saved document must still carry a
 * comment for every flagged cell, with the finding's text, the shading by severity on exactly those
 * cells, and give the same findings when checked again — so nothing of the data was lost either.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const JSZip = require('jszip');

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'budgettjek.js');
const input = path.join(root, 'examples', 'docx', 'typiske-fejl.docx');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-interop-docx-'));
const annotated = path.join(work, 'markeret.docx');
const loDir = path.join(work, 'libreoffice');
const FILLS = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
}

function findings(file) {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], { encoding: 'utf8' });
  return JSON.parse(r.stdout).files[0].findings;
}

function soffice(bin, args) {
  return spawnSync(bin, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', ...args], { encoding: 'utf8', timeout: 180_000 });
}

(async () => {
  const bin = ['soffice', 'libreoffice'].find((b) => spawnSync('which', [b]).status === 0);
  if (!bin) {
    console.error('interop: LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui');
    process.exit(1);
  }
  const ann = spawnSync(process.execPath, [cli, 'check', '--annotate', annotated, input], { encoding: 'utf8' });
  check('the CLI writes an annotated copy of the Word document', fs.existsSync(annotated), ann.stderr);
  if (!fs.existsSync(annotated)) return finish();

  const pdf = soffice(bin, ['--convert-to', 'pdf', '--outdir', loDir, annotated]);
  const pdfFile = path.join(loDir, 'markeret.pdf');
  check('LibreOffice opens it and renders it to PDF', fs.existsSync(pdfFile) && fs.statSync(pdfFile).size > 1000, `${pdf.stdout}${pdf.stderr}`);

  const resave = soffice(bin, ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(loDir, 'docx'), annotated]);
  const resaved = path.join(loDir, 'docx', 'markeret.docx');
  check('LibreOffice saves it again as .docx', fs.existsSync(resaved), `${resave.stdout}${resave.stderr}`);
  if (!fs.existsSync(resaved)) return finish();

  const zip = await JSZip.loadAsync(fs.readFileSync(resaved));
  const comments = zip.file('word/comments.xml') ? await zip.file('word/comments.xml').async('string') : '';
  const doc = await zip.file('word/document.xml').async('string');
  const before = findings(input);
  const cells = new Map();
  for (const f of before) {
    const key = `${f.sheet}!${f.cell}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(f);
  }
  const commentCount = (comments.match(/<w:comment\b/g) || []).length;
  check(`a comment survives for every flagged cell (${commentCount} of ${cells.size})`, commentCount === cells.size, comments.slice(0, 300));
  const plain = comments.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const missing = before.filter((f) => !plain.includes(f.rule) || !plain.includes(f.message));
  check('the rule and message of every finding are in the comments', missing.length === 0, missing.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).join(', '));
  const anchors = (doc.match(/<w:commentReference\b/g) || []).length;
  check(`each comment is anchored in the document (${anchors})`, anchors === cells.size);

  const fills = {};
  for (const m of doc.matchAll(/w:fill="([0-9A-Fa-f]{6})"/g)) fills[m[1].toUpperCase()] = (fills[m[1].toUpperCase()] || 0) + 1;
  const expected = {};
  for (const list of cells.values()) {
    const worst = ['error', 'warning', 'info'].find((s) => list.some((f) => f.severity === s));
    expected[FILLS[worst]] = (expected[FILLS[worst]] || 0) + 1;
  }
  const shaded = Object.fromEntries(Object.keys(expected).map((k) => [k, fills[k] || 0]));
  check('the shading survives, one per flagged cell by severity', JSON.stringify(shaded) === JSON.stringify(expected), JSON.stringify({ shaded, expected }));

  const after = findings(resaved);
  const key = (list) => JSON.stringify(list.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort());
  check(`the data is intact: the re-saved copy gives the same ${before.length} findings`, key(before) === key(after), `${key(before)} vs ${key(after)}`.slice(0, 400));
  finish();
})().catch((e) => {
  console.error(`interop: ${e && e.message}`);
  process.exit(1);
});

function finish() {
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
