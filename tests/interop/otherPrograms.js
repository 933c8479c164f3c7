#!/usr/bin/env node
'use strict';
/**
 * Tables written by other programs give the findings of the original.
 *
 * Every table fixture with expected findings (tests/layouts, tests/layouts/real, examples/) is
 * written again by programs a finance office really uses:
 *  - LibreOffice (Debian's libreoffice-calc-nogui and -writer-nogui): .xlsx re-saved as .xlsx, a round
 *    trip .xlsx → .ods → .xlsx, .docx re-saved as .docx and a round trip .docx → .odt → .docx;
 *  - openpyxl (Debian's python3-openpyxl) loads and saves each workbook;
 *  - pandoc (Debian's pandoc) writes each Word document again;
 *  - a person writes the totals as formulas: in each correct real table (tests/layouts/real, not -fejl), every
 *    labelled total ("I alt", "Total", "Samlet", "Sum") whose value is the sum of the run of amounts right above it
 *    becomes =SUM over that run (openpyxl, so as for the openpyxl copies the results are not saved).
 * Each copy is checked by our own CLI with the fixture's template, and its findings (rule, sheet,
 * cell; not the wording) must be those of the original — except where the program really loses
 * something, and then the checker must do what it documents for that loss:
 *  - openpyxl keeps formulas but drops their saved results: the checker works the totals out itself,
 *    so the findings are the same, plus one FORMULA_NOT_CALCULATED (at the first formula) in a
 *    workbook that has formulas (docs/formler.md, "Projektmapper, der ikke er beregnet").
 *
 * Nothing is skipped: a missing program fails the run. Copies are written to a temporary folder
 * (kept with --keep) and never committed.
 *
 *   node tests/interop/otherPrograms.js [--keep] [--only NAME-PART]
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'budgettjek.js');
const keep = process.argv.includes('--keep');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-other-programs-'));
const PYTHON = '/usr/bin/python3';

/**
 * Findings a copy may differ by because the program that wrote it really loses what they rest on,
 * and the checker then does what it documents. `add`/`drop` are findings as "Sheet!Cell RULE".
 */
const KNOWN_LOSSES = [
  {
    variants: ['openpyxl'],
    files: ['typiske-fejl.xlsx'],
    add: ['Fejlværdier!D8 FORMULA_NOT_CALCULATED'],
    drop: ['Fejlværdier!D8 CELL_ERROR'],
    why: 'openpyxl drops the saved #VALUE! of =D6*"timer"; with no result the checker cannot know the error and names the formula it cannot work out',
  },
  {
    variants: ['libreoffice-docx', 'via-odt', 'pandoc'],
    files: ['aktstykke-punkt-aendret.docx'],
    add: [],
    drop: ['Tekst!A9 TEXT_SUM_MISMATCH (Afsnit b. Baggrund, 5. afsnit)'],
    why:
      'the parts are list items only by their paragraph style "Listeafsnit", which the document names but does not define (scripts/make-text-examples.js); ' +
      'LibreOffice writes an undefined style as Normal, and pandoc keeps no paragraph style at all, so the parts are plain paragraphs and the sum is not compared',
  },
];

/**
 * Differences between a copy and its original that are defects of the checker, not losses of the
 * program: each is reported as a known gap, not a failure, until the detector is fixed — then the
 * run fails and asks for the entry to be removed. `--gaps` (or BT_GAPS=1) makes them failures.
 */
const KNOWN_GAPS = [
  {
    variants: ['libreoffice-docx'],
    files: ['groenland-konto0-2021.docx'],
    missing: ['Tabel 1!C10 TOTAL_ROUNDING', 'Tabel 1!E9 DIFFERENCE_MISMATCH', 'Tabel 1!F10 TOTAL_ROUNDING', 'Tabel 1!H10 TOTAL_ROUNDING'],
    extra: ['Tabel 1!E10 TOTAL_ROUNDING', 'Tabel 1!F9 DIFFERENCE_MISMATCH', 'Tabel 1!G10 TOTAL_ROUNDING', 'Tabel 1!I10 TOTAL_ROUNDING'],
    why:
      'LibreOffice Writer writes the table grid with a column 1 twip wide after the label column and spans the first cell of every row over both; ' +
      'the Word reader counts the sliver as a column, so every finding is named one column to the right of the cell the reader sees',
  },
  {
    variants: ['libreoffice-docx'],
    files: ['groenland-konto0-2021-fejl.docx'],
    missing: [
      'Tabel 1!C10 TOTAL_ROUNDING',
      'Tabel 1!E9 DIFFERENCE_MISMATCH',
      'Tabel 1!F10 TOTAL_ROUNDING',
      'Tabel 1!F6 DIFFERENCE_MISMATCH',
      'Tabel 1!H10 TOTAL_ROUNDING',
      'Tabel 1!I10 TOTAL_MISMATCH',
      'Tabel 1!J16 DIFFERENCE_MISMATCH',
    ],
    extra: [
      'Tabel 1!E10 TOTAL_ROUNDING',
      'Tabel 1!F9 DIFFERENCE_MISMATCH',
      'Tabel 1!G10 TOTAL_ROUNDING',
      'Tabel 1!G6 DIFFERENCE_MISMATCH',
      'Tabel 1!I10 TOTAL_ROUNDING',
      'Tabel 1!J10 TOTAL_MISMATCH',
      'Tabel 1!K16 DIFFERENCE_MISMATCH',
    ],
    why: 'as for groenland-konto0-2021.docx: a 1-twip grid column written by LibreOffice Writer shifts every finding one column right',
  },
  {
    variants: ['sum-formulas'],
    files: ['au-indtaegter-omkostninger-2013.xlsx'],
    missing: [],
    extra: ['G2!B19 TOTAL_MISMATCH', 'G2!C19 TOTAL_FORMULA_RANGE', 'G2!C19 TOTAL_MISMATCH'],
    why:
      '"INDTÆGTER I ALT" written as =SUM(C16:C18) — the subtotal "Finanslovstilskud i alt" and the two lines under it, which is right — ' +
      'is read as a total of rows 17–18 only: the formula is said to take in a row outside its block, and both columns are called wrong',
  },
];
const gapsFail = process.argv.includes('--gaps') || process.env.BT_GAPS === '1';

let passed = 0;
let failed = 0;
let gaps = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
}

/** The fixtures: every workbook and Word document whose findings are written down, with its template. */
function fixtures() {
  const list = [];
  const fromExpected = (dir) => {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.expected.json')).sort()) {
      const e = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      for (const name of [e.clean, e.planted]) list.push({ file: path.join(dir, name), template: e.template });
    }
  };
  fromExpected(path.join(root, 'tests', 'layouts'));
  fromExpected(path.join(root, 'tests', 'layouts', 'real'));
  // The examples' typical mistakes and the text corpus, checked with the default template (as the README does).
  list.push({ file: path.join(root, 'examples', 'typiske-fejl.xlsx'), template: 'kk-ofs-2025-2026' });
  list.push({ file: path.join(root, 'examples', 'docx', 'typiske-fejl.docx'), template: 'kk-ofs-2025-2026' });
  const tekst = path.join(root, 'examples', 'tekst');
  for (const d of JSON.parse(fs.readFileSync(path.join(tekst, 'forventet.json'), 'utf8')).documents) {
    list.push({ file: path.join(tekst, d.file), template: 'kk-ofs-2025-2026' });
  }
  return list.filter((f) => !only || path.basename(f.file).includes(only));
}

function which(bin) {
  return spawnSync('which', [bin]).status === 0;
}

/** LibreOffice converts `files` into `outDir`; each program (Calc, Writer) runs with a profile of its own, so both can run at once. */
function soffice(bin, profile, convertTo, outDir, files) {
  if (files.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const child = spawn(bin, [`-env:UserInstallation=file://${path.join(work, profile)}`, '--headless', '--convert-to', convertTo, '--outdir', outDir, ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill(), 600_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) console.log(`  soffice --convert-to ${convertTo}: exit ${code} ${out}`.slice(0, 500));
      resolve();
    });
  });
}

function dir(name) {
  const d = path.join(work, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

const XLSX_VARIANTS = ['libreoffice-xlsx', 'via-ods', 'openpyxl'];

/** The correct real tables, whose typed totals a person may write as formulas instead. */
function isCleanRealTable(file) {
  return path.dirname(file) === path.join(root, 'tests', 'layouts', 'real') && file.endsWith('.xlsx') && !file.endsWith('-fejl.xlsx');
}

/** Every labelled total that is the sum of the run of amounts right above it becomes =SUM over that run. */
const SUM_FORMULAS = [
  'import sys, os, re, openpyxl',
  'from decimal import Decimal',
  'from openpyxl.utils import get_column_letter',
  "TOTAL = re.compile(r'\\b(i alt|total|samlet|sum)\\b', re.I)",
  'num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)',
  'out = sys.argv[1]',
  'for f in sys.argv[2:]:',
  '    wb = openpyxl.load_workbook(f)',
  '    for ws in wb.worksheets:',
  '        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]',
  '        for r, row in enumerate(rows):',
  "            label = next((v for v in row if v is not None and not (isinstance(v, str) and not v.strip())), None)",
  '            if not isinstance(label, str) or not TOTAL.search(label): continue',
  '            for c, v in enumerate(row):',
  '                if not num(v): continue',
  '                s, start, k = Decimal(0), None, r - 1',
  '                while k >= 0:',
  '                    u = rows[k][c]',
  '                    if u is None:',
  '                        if all(x is None for x in rows[k]): break',
  '                        k -= 1',
  '                        continue',
  '                    if not num(u): break',
  '                    s += Decimal(repr(u))',
  "                    if k < r - 1 and abs(s - Decimal(repr(v))) < Decimal('0.001'): start = k",
  '                    k -= 1',
  '                if start is not None:',
  '                    col = get_column_letter(c + 1)',
  "                    ws.cell(r + 1, c + 1).value = f'=SUM({col}{start + 1}:{col}{r})'",
  '    wb.save(os.path.join(out, os.path.basename(f)))',
].join('\n');
const DOCX_VARIANTS = ['libreoffice-docx', 'via-odt', 'pandoc'];

/** The copies of every fixture: { fixture, variant, file }, in a folder of its own per variant. */
async function makeCopies(bin, list) {
  const xlsx = list.filter((f) => f.file.endsWith('.xlsx')).map((f) => f.file);
  const docx = list.filter((f) => f.file.endsWith('.docx')).map((f) => f.file);
  const started = Date.now();
  // LibreOffice Calc: .xlsx again, and (at the same time) through .ods.
  const calc = soffice(bin, 'calc-profile', 'xlsx:Calc MS Excel 2007 XML', dir('libreoffice-xlsx'), xlsx);
  const calcOds = (async () => {
    await soffice(bin, 'ods-profile', 'ods', dir('ods'), xlsx);
    const ods = xlsx.map((f) => path.join(work, 'ods', path.basename(f).replace(/\.xlsx$/, '.ods'))).filter((f) => fs.existsSync(f));
    await soffice(bin, 'ods-profile', 'xlsx:Calc MS Excel 2007 XML', dir('via-ods'), ods);
  })();
  const writer = (async () => {
    // LibreOffice Writer: .docx again, and through .odt.
    await soffice(bin, 'writer-profile', 'docx:MS Word 2007 XML', dir('libreoffice-docx'), docx);
    await soffice(bin, 'writer-profile', 'odt', dir('odt'), docx);
    const odt = docx.map((f) => path.join(work, 'odt', path.basename(f).replace(/\.docx$/, '.odt'))).filter((f) => fs.existsSync(f));
    await soffice(bin, 'writer-profile', 'docx:MS Word 2007 XML', dir('via-odt'), odt);
  })();
  // openpyxl: load and save.
  const py = spawnSync(
    PYTHON,
    [
      '-c',
      'import sys, os, openpyxl\nout = sys.argv[1]\nfor f in sys.argv[2:]:\n    openpyxl.load_workbook(f).save(os.path.join(out, os.path.basename(f)))',
      dir('openpyxl'),
      ...xlsx,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (py.status !== 0) console.log(`  openpyxl: ${py.stderr}`.slice(0, 500));
  // A person's formulas for the totals of the correct real tables.
  const sums = spawnSync(PYTHON, ['-c', SUM_FORMULAS, dir('sum-formulas'), ...xlsx.filter(isCleanRealTable)], { encoding: 'utf8', timeout: 300_000 });
  if (sums.status !== 0) console.log(`  sum formulas: ${sums.stderr}`.slice(0, 500));
  // pandoc: Word to Word.
  for (const f of docx) {
    const r = spawnSync('pandoc', [f, '-o', path.join(dir('pandoc'), path.basename(f))], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) console.log(`  pandoc ${path.basename(f)}: ${r.stderr}`.slice(0, 500));
  }
  await Promise.all([calc, calcOds, writer]);
  console.log(`  (copies written in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const copies = [];
  for (const f of list) {
    const base = path.basename(f.file);
    const variants = f.file.endsWith('.xlsx') ? [...XLSX_VARIANTS, ...(isCleanRealTable(f.file) ? ['sum-formulas'] : [])] : DOCX_VARIANTS;
    for (const variant of variants) copies.push({ fixture: f, variant, file: path.join(work, variant, base) });
  }
  return copies;
}

/** Findings of each file as sorted "Sheet!Cell RULE" keys, by path; one CLI run per template. */
function findingsByFile(files) {
  const byTemplate = new Map();
  for (const { file, template } of files) {
    if (!byTemplate.has(template)) byTemplate.set(template, []);
    byTemplate.get(template).push(file);
  }
  const out = new Map();
  for (const [template, paths] of byTemplate) {
    const r = spawnSync(process.execPath, [cli, 'check', '--each', '--format', 'json', '--template', template, '--jobs', '1', ...paths], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    let doc;
    try {
      doc = JSON.parse(r.stdout);
    } catch {
      throw new Error(`the CLI gave no JSON (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    }
    for (const f of doc.files) {
      // A finding about the text is placed by its paragraph as well as by the table cell it compares.
      const keys = (f.findings || []).map((x) => `${x.sheet}!${x.cell} ${x.rule}${x.paragraph ? ` (${x.paragraph})` : ''}`);
      out.set(path.resolve(f.path), { keys: [...new Set(keys)].sort(), tables: (f.tables || []).map((t) => t.id), raw: f.findings || [] });
    }
  }
  return out;
}

/** What a copy should give: the original's findings, with the documented effect of what the program loses. */
function expectedFor(copy, original) {
  let want = original.keys.slice();
  if (copy.variant === 'openpyxl') {
    // Saved results are gone: the workbook is not calculated, said once, at its first formula.
    const first = firstFormula(copy.fixture.file);
    if (first) want.push(`${first} FORMULA_NOT_CALCULATED`);
  }
  if (copy.variant === 'sum-formulas') {
    // The copy has formulas the original may not have: not calculated, said once, at the copy's first formula.
    const first = firstFormula(copy.file);
    if (first) want.push(`${first} FORMULA_NOT_CALCULATED`);
  }
  for (const loss of KNOWN_LOSSES.filter((l) => l.variants.includes(copy.variant) && l.files.includes(path.basename(copy.fixture.file)))) {
    want = want.filter((k) => !loss.drop.includes(k)).concat(loss.add);
  }
  return [...new Set(want)].sort();
}

/** The first formula of a workbook in sheet order, row by row, as "Sheet!Cell"; null when it has none. */
function firstFormula(file) {
  const r = spawnSync(
    PYTHON,
    [
      '-c',
      [
        'import sys, openpyxl',
        'wb = openpyxl.load_workbook(sys.argv[1])',
        'hit = next((f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"), "")',
        'print(hit)',
      ].join('\n'),
      file,
    ],
    { encoding: 'utf8' },
  );
  return r.stdout.trim() || null;
}

function diff(want, got) {
  const w = new Set(want);
  const g = new Set(got);
  return { missing: want.filter((k) => !g.has(k)), extra: got.filter((k) => !w.has(k)) };
}

async function main() {
  const started = Date.now();
  const bin = ['soffice', 'libreoffice'].find(which);
  const missing = [];
  if (!bin) missing.push('LibreOffice (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)');
  if (!which('pandoc')) missing.push('pandoc (apt-get install pandoc)');
  if (spawnSync(PYTHON, ['-c', 'import openpyxl']).status !== 0) missing.push('openpyxl for /usr/bin/python3 (apt-get install python3-openpyxl)');
  if (!fs.existsSync(path.join(root, 'dist'))) missing.push('the built CLI (npm run build:cli)');
  if (missing.length) {
    console.error(`other programs: not installed: ${missing.join('; ')}`);
    process.exit(1);
  }
  const list = fixtures();
  check(`there are fixtures to write again (${list.length})`, list.length >= (only ? 1 : 70));
  const names = list.map((f) => path.basename(f.file));
  check('the fixtures have different names (the copies are written side by side)', new Set(names).size === names.length);
  const copies = await makeCopies(bin, list);
  const results = findingsByFile([...list, ...copies.filter((c) => fs.existsSync(c.file)).map((c) => ({ file: c.file, template: c.fixture.template }))]);
  for (const copy of copies) {
    const name = `${path.relative(root, copy.fixture.file)} via ${copy.variant}`;
    if (!fs.existsSync(copy.file)) {
      check(`${name}: the copy is written`, false, 'the program wrote nothing');
      continue;
    }
    const original = results.get(path.resolve(copy.fixture.file));
    const got = results.get(path.resolve(copy.file));
    if (!original || !got) {
      check(`${name}: checked`, false, 'the CLI gave no result for it');
      continue;
    }
    const want = expectedFor(copy, original);
    const d = diff(want, got.keys);
    const same = d.missing.length === 0 && d.extra.length === 0;
    const gap = KNOWN_GAPS.find((g) => g.variants.includes(copy.variant) && g.files.includes(path.basename(copy.fixture.file)));
    const shown = `missing: ${d.missing.join(', ') || '-'}; extra: ${d.extra.join(', ') || '-'}`;
    if (gap && !gapsFail) {
      const asKnown = JSON.stringify(d.missing) === JSON.stringify([...gap.missing].sort()) && JSON.stringify(d.extra) === JSON.stringify([...gap.extra].sort());
      if (same) check(`${name}: a known gap is closed — remove it from KNOWN_GAPS`, false, gap.why);
      else if (asKnown) {
        gaps++;
        console.log(`  ~ ${name}: known gap (${shown}): ${gap.why}`);
      } else check(`${name}: differs from the original, and not as its known gap says`, false, shown);
      continue;
    }
    check(`${name}: the same findings (${want.length})`, same, shown);
  }
  console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s in all; copies in ${work}${keep ? '' : ', removed'})`);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  console.log(`\n${passed} passed, ${failed} failed${gaps ? `, ${gaps} known gaps (KNOWN_GAPS; --gaps makes them failures)` : ''}`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`other programs: ${(e && e.stack) || e}`);
  process.exit(1);
});
