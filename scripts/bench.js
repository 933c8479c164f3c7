#!/usr/bin/env node
'use strict';
/**
 * Benchmark of what users run (SPEC §7), as ratios of paired, interleaved runs — each pair run back
 * to back in fresh processes, the pairs interleaved, so load on a shared machine hits both sides —
 * with their spread (min / median / max over the pairs):
 *
 *   startup  `budgettjek check examples/ofs-2025-2026-bilag.xlsx` vs `node -e 0`       goal ≤ 2
 *   floor    `budgettjek check .bench/bench.xlsx` (240 sheets) vs a bare pass of the same
 *            workbook's sheet XML: yauzl unzips each sheet part, saxes parses it        goal ≤ 2,5
 *   jobs     `budgettjek check --jobs 2 .bench/folder` (400 small workbooks) vs --jobs 1 goal ≤ 0,6
 *   jobsMedium  the same on .bench/folder-medium (40 workbooks of 24 sheets)            goal ≤ 0,6
 *
 * Beside the floor, what people would pick instead, reading the same big workbook and doing no
 * checking at all: ExcelJS's streaming reader and SheetJS (`xlsx` 0.18.5 from the npm registry, a
 * development dependency only: it has advisories for hostile files and reads only our own
 * generated workbook here). Their CPU ratios (check / reader, paired with the same check run) are
 * reported with their spread and never gated. Every side is a whole process, timed from spawn to
 * exit. Exits 1 when a median ratio exceeds its gate (GATES: loose enough that noise never fails
 * CI) or a run fails. Writes .bench/results.json.
 *
 *   node scripts/bench.js [--runs N] [--regenerate] [--only jobs|start|sheet]
 *
 * `--only jobs` runs the two --jobs pairs alone (no big workbook, no references); `--only start`
 * the startup pair alone. `--only sheet` times one sheet of stacked tables at 125.000, 250.000,
 * 500.000 and 1.000.000 cells (.bench/sheet-*.xlsx): the check against the floor on the same file,
 * and its peak memory a cell.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const WORKBOOK = path.join(BENCH_DIR, 'bench.xlsx');
const META = path.join(BENCH_DIR, 'bench.meta.json');
const FOLDER = path.join(BENCH_DIR, 'folder');
const FOLDER_FILES = 400;
const MEDIUM = path.join(BENCH_DIR, 'medium.xlsx');
const MEDIUM_FOLDER = path.join(BENCH_DIR, 'folder-medium');
const MEDIUM_FILES = 40;
const SMALL = path.join(ROOT, 'examples', 'ofs-2025-2026-bilag.xlsx');
const BIN = path.join(ROOT, 'bin', 'budgettjek.js');
/** The kernel's clock ticks a second (USER_HZ), in which /proc reports CPU time. */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  } catch {
    return 100;
  }
})();
/**
 * Preloaded into every timed process: on exit, writes its CPU time (all threads, and on Linux the
 * child processes it has waited for: \`check --jobs\` workers) and peak RSS.
 */
const PROBE = path.join(BENCH_DIR, 'probe.js');
const PROBE_SOURCE = `'use strict';
const out = process.env.BUDGETTJEK_BENCH_PROBE;
/** CPU ms of the children waited for (cutime + cstime of /proc/self/stat), 0 where there is none. */
function childrenMs() {
  try {
    const stat = require('fs').readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ${TICKS_PER_SECOND};
  } catch {
    return 0;
  }
}
if (out && !process.send) process.on('exit', () => {
  const c = process.cpuUsage();
  const childMs = childrenMs();
  require('fs').writeFileSync(out, JSON.stringify({ cpuMs: (c.user + c.system) / 1000 + childMs, childCpuMs: childMs, peakKb: process.resourceUsage().maxRSS }));
});
`;
const DIST = path.join(ROOT, 'dist');
const READER_JS = path.join(DIST, 'readers', 'xlsx', 'readXlsx.js');

/** The speed goals (README: measurements). */
const GOALS = { startup: 2, floor: 2.5, jobs: 0.6, jobsMedium: 0.6 };
/**
 * Where CI fails: twice the goal for the time ratios (startup 4: the check starts at 2,0–2,3 ×
 * since its bundle loads with a code cache, maxima near 2,8 on a loaded machine); for --jobs,
 * "far slower than --jobs 1" (1,8). On 2 cores and files of a few milliseconds the ratio sat near
 * 1 (medians 0,98 and 1,03); after the turn-3 merge it was 1,31–1,32 on a quiet machine (maxima
 * 1,44 and 1,48), and a gate at 1,5 would fail CI on one noisy run. Much of what a worker cost
 * beyond the main thread was its heap cap (V8 collects a heap capped below 2 GiB four times as
 * often; workerPool.ts). What remains on 2 cores: each isolate warms its compiler up on its own
 * (the first hundred small files cost about 16 ms of CPU each, later ones 3,5 ms: about 1 s a
 * worker), and --jobs 1 already keeps the second core busy with V8's compiler and collector
 * threads (1,2–1,4 s beside 2,1 s on the main thread, 400 small files), so on two cores the wall
 * ratio stays near 1 even on an idle machine; on a loaded one it moved between 0,95 and 2,4.
 */
const GATES = { startup: 4, floor: 5, jobs: 1.8, jobsMedium: 1.8 };

const GEN = { version: 3, sheets: 240, tablesPerSheet: 4, itemsPerTable: 20, years: [2026, 2027, 2028, 2029, 2030, 2031] };
/** A medium workbook: a tenth of the big one. */
const MEDIUM_SHEETS = 24;

// ---------------------------------------------------------------- child processes (the floor, the references)

/** The floor: unzip every worksheet part and parse it with saxes, touching each element and text. */
async function floorPass(file) {
  const yauzl = require('yauzl');
  const { SaxesParser } = require('saxes');
  const zip = await new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e ? reject(e) : resolve(z))));
  let elements = 0;
  let texts = 0;
  let sheets = 0;
  await new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry) => {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName)) return zip.readEntry();
      sheets++;
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const parser = new SaxesParser();
        parser.on('opentag', () => elements++);
        parser.on('text', () => texts++);
        parser.on('error', reject);
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => parser.write(chunk));
        stream.on('end', () => {
          parser.close();
          zip.readEntry();
        });
        stream.on('error', reject);
      });
    });
    zip.readEntry();
  });
  zip.close();
  return { sheets, elements, texts };
}

async function exceljsPass(file) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  let cells = 0;
  let sheets = 0;
  for await (const ws of wb) {
    sheets++;
    for await (const row of ws) row.eachCell(() => cells++);
  }
  return { sheets, cells };
}

function sheetjsPass(file) {
  const XLSX = require('xlsx');
  const wb = XLSX.readFile(file, { dense: true });
  return { sheets: wb.SheetNames.length };
}

async function child(mode, file) {
  const info = mode === 'floor' ? await floorPass(file) : mode === 'exceljs' ? await exceljsPass(file) : sheetjsPass(file);
  process.stdout.write(JSON.stringify(info) + '\n');
}

// ---------------------------------------------------------------- build

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.tsx?$/.test(ent.name) && !/\.test\.tsx?$/.test(ent.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    else if (ent.name.endsWith('.json')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const srcNewest = Math.max(
    ...['core', 'readers', 'writers', 'cli'].map((d) => newestMtime(path.join(ROOT, 'src', d))),
    fs.statSync(path.join(ROOT, 'tsconfig.build.json')).mtimeMs,
  );
  const built = fs.existsSync(READER_JS) ? fs.statSync(READER_JS).mtimeMs : 0;
  if (built >= srcNewest) return;
  console.log('Building dist/ (tsc -p tsconfig.build.json) ...');
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    // tsc still emits JavaScript on type errors; go on if what we need was produced.
    console.warn('tsc reported errors (continuing with the emitted JavaScript):');
    console.warn((r.stdout + r.stderr).split('\n').slice(0, 20).join('\n'));
  }
  if (!fs.existsSync(READER_JS)) {
    console.error(`bench: ${path.relative(ROOT, READER_JS)} was not built; cannot benchmark.`);
    process.exit(1);
  }
  // The launcher runs the bundle when there is one: it must be of the same build.
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle-cli.js')], { cwd: ROOT, stdio: 'inherit' });
}

// ---------------------------------------------------------------- workbook generation

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function colLetter(c) {
  return String.fromCharCode(64 + c);
}

/** Danish thousands grouping for text-typed amounts: 1045 → "1.045". */
function danish(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const ITEMS = [
  'Juridisk og datamæssig afklaring',
  'Afprøvning af IT-løsninger',
  'Projektledelse, kommunikation og forankring',
  'Indkøb af udstyr',
  'Uddannelse af medarbejdere',
  'Drift og vedligehold',
  'Evaluering',
  'Licenser',
];
const AREAS = ['Service', 'Service', 'Service', 'Service', 'Anlæg', 'Overførsler'];

async function generate(file = WORKBOOK, sheets = GEN.sheets, tablesPerSheet = GEN.tablesPerSheet) {
  const ExcelJS = require('exceljs');
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const tmp = file + '.tmp';
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  const rnd = prng(20262031);
  let amountCells = 0;
  let textAmounts = 0;
  const nYears = GEN.years.length;
  for (let s = 1; s <= sheets; s++) {
    const ws = wb.addWorksheet(`BC${String(s).padStart(3, '0')}`, { state: s % 50 === 0 ? 'hidden' : 'visible' });
    ws.columns = [{ width: 44 }, { width: 16 }, ...GEN.years.map(() => ({ width: 10 }))];
    let r = 1;
    ws.getRow(r).getCell(1).value = `Forslag BC${String(s).padStart(3, '0')}: Innovationsforslag`;
    ws.getRow(r).commit();
    r += 2;
    for (let t = 1; t <= tablesPerSheet; t++) {
      const title = ws.getRow(r);
      title.getCell(1).value = `Tabel ${t}. Forslagets samlede økonomiske konsekvenser`;
      ws.mergeCells(r, 1, r, 2 + nYears);
      title.commit();
      r++;
      const head = ws.getRow(r);
      head.getCell(1).value = '1.000 kr. 2027 p/l';
      head.getCell(2).value = 'Styringsområde';
      GEN.years.forEach((y, i) => {
        head.getCell(3 + i).value = y;
      });
      head.commit();
      r++;
      const section = ws.getRow(r);
      section.getCell(1).value = 'Implementeringsomkostninger';
      section.getCell(1).font = { italic: true };
      section.commit();
      r++;
      const first = r;
      const sums = new Array(nYears).fill(0);
      for (let i = 0; i < GEN.itemsPerTable; i++) {
        const row = ws.getRow(r);
        row.getCell(1).value = `${ITEMS[i % ITEMS.length]} ${i + 1}`;
        row.getCell(2).value = AREAS[Math.floor(rnd() * AREAS.length)];
        for (let y = 0; y < nYears; y++) {
          const cell = row.getCell(3 + y);
          const roll = rnd();
          if (roll < 0.1) continue; // empty
          const amount = Math.floor(rnd() * 3000) - (roll > 0.97 ? 1500 : 0);
          if (roll > 0.985) {
            cell.value = danish(amount); // typed as text, not counted by SUM
            textAmounts++;
          } else {
            cell.value = amount;
            cell.numFmt = '#,##0';
            sums[y] += amount;
          }
          amountCells++;
        }
        if (i === 7 && t % 2 === 0) row.hidden = true;
        row.commit();
        r++;
      }
      const total = ws.getRow(r);
      total.getCell(1).value = 'Samlede implementeringsomkostninger';
      total.getCell(2).value = 'Service';
      for (let y = 0; y < nYears; y++) {
        const L = colLetter(3 + y);
        total.getCell(3 + y).value = { formula: `SUM(${L}${first}:${L}${r - 1})`, result: sums[y] };
        total.getCell(3 + y).numFmt = '#,##0';
        amountCells++;
      }
      total.commit();
      r += 3;
    }
    ws.commit();
  }
  await wb.commit();
  fs.renameSync(tmp, file);
  const meta = { ...GEN, sheets, tablesPerSheet, amountCells, textAmounts, cells: countCells(sheets, tablesPerSheet, amountCells), bytes: fs.statSync(file).size };
  if (file === WORKBOOK) fs.writeFileSync(META, JSON.stringify(meta, null, 2));
  return meta;
}

/** Every cell written: each sheet's title; per table its title, 2 + years headings, section, 2 label cells per row; the amounts. */
function countCells(sheets, tablesPerSheet, amountCells) {
  return sheets * (1 + tablesPerSheet * (1 + 2 + GEN.years.length + 1 + 2 * (GEN.itemsPerTable + 1))) + amountCells;
}

async function ensureWorkbook(force) {
  if (!force && fs.existsSync(WORKBOOK) && fs.existsSync(META)) {
    try {
      const meta = JSON.parse(fs.readFileSync(META, 'utf8'));
      if (meta.version === GEN.version) return meta;
    } catch {
      // regenerate
    }
  }
  console.log('Generating .bench/bench.xlsx ...');
  return generate();
}

// ---------------------------------------------------------------- measuring

async function ensureMediumFolder(force) {
  if (force || !fs.existsSync(MEDIUM)) await generate(MEDIUM, MEDIUM_SHEETS);
  fs.mkdirSync(MEDIUM_FOLDER, { recursive: true });
  const have = fs.readdirSync(MEDIUM_FOLDER).filter((f) => f.endsWith('.xlsx')).length;
  if (have === MEDIUM_FILES && !force) return;
  for (const f of fs.readdirSync(MEDIUM_FOLDER)) fs.rmSync(path.join(MEDIUM_FOLDER, f), { force: true });
  for (let i = 0; i < MEDIUM_FILES; i++) fs.copyFileSync(MEDIUM, path.join(MEDIUM_FOLDER, `forslag-${String(i).padStart(2, '0')}.xlsx`));
}

function ensureFolder() {
  fs.mkdirSync(FOLDER, { recursive: true });
  const have = fs.readdirSync(FOLDER).filter((f) => f.endsWith('.xlsx')).length;
  if (have === FOLDER_FILES) return;
  for (const f of fs.readdirSync(FOLDER)) fs.rmSync(path.join(FOLDER, f), { force: true });
  for (let i = 0; i < FOLDER_FILES; i++) fs.copyFileSync(SMALL, path.join(FOLDER, `bilag-${String(i).padStart(3, '0')}.xlsx`));
}

/** One whole process, timed from spawn to exit, with its CPU time and peak RSS (KB) from the probe. */
function timed(args, { okCodes = [0] } = {}) {
  const probe = path.join(os.tmpdir(), `budgettjek-bench-${process.pid}.json`);
  fs.rmSync(probe, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', PROBE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BUDGETTJEK_BENCH_PROBE: probe },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(r.status)) {
    const msg = (r.stderr || r.stdout || '').trim().split('\n').slice(0, 8).join('\n');
    return { ms, cpuMs: NaN, failed: `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${msg}` };
  }
  let cpuMs = NaN;
  let childCpuMs = 0;
  let peakKb = null;
  try {
    ({ cpuMs, childCpuMs, peakKb } = JSON.parse(fs.readFileSync(probe, 'utf8')));
    fs.rmSync(probe, { force: true });
  } catch {
    // no measurement: reported as NaN
  }
  return { ms, cpuMs, childCpuMs, peakKb };
}

const check = (...args) => [BIN, 'check', ...args];
/** `check` exits 1 when it finds errors (the examples have some on purpose). */
const CHECK_OK = { okCodes: [0, 1] };

function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return { min: s[0], median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, max: s[s.length - 1] };
}

const f2 = (x) => x.toFixed(2).replace('.', ',');
const fms = (x) => `${Math.round(x)} ms`;

function haveModule(name) {
  try {
    require.resolve(name, { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

/** One sheet of stacked tables, from 125.000 to 1.000.000 cells: is the check's ratio to the floor flat? */
const SHEET_SIZES = [125_000, 250_000, 500_000, 1_000_000];

async function sheetScaling(runs, force) {
  const perTable = countCells(1, 1, 0) - 1 + Math.round(GEN.itemsPerTable * GEN.years.length * 0.9) + GEN.years.length;
  const books = [];
  for (const size of SHEET_SIZES) {
    const file = path.join(BENCH_DIR, `sheet-${size / 1000}k.xlsx`);
    const metaFile = file.replace(/\.xlsx$/, '.meta.json');
    let meta = null;
    try {
      meta = force ? null : JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    } catch {
      meta = null;
    }
    if (!meta || meta.version !== GEN.version || !fs.existsSync(file)) {
      console.log(`Generating ${path.relative(ROOT, file)} ...`);
      meta = await generate(file, 1, Math.round(size / perTable));
      fs.writeFileSync(metaFile, JSON.stringify(meta, null, 2));
    }
    books.push({ size, file, meta });
  }
  fs.writeFileSync(PROBE, PROBE_SOURCE);
  console.log(`node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${runs} pairs each, interleaved`);
  const rows = [];
  for (const { file, meta } of books) {
    const wall = [];
    const cpu = [];
    const rss = [];
    timed([__filename, '--child', 'floor', file]);
    for (let i = 0; i < runs; i++) {
      const order = (a, b) => (i % 2 ? [b(), a()].reverse() : [a(), b()]);
      const [fl, ch] = order(
        () => timed([__filename, '--child', 'floor', file]),
        () => timed(check(file), CHECK_OK),
      );
      if (fl.failed || ch.failed) throw new Error(`${path.relative(ROOT, file)}: ${fl.failed || ch.failed}`);
      wall.push(ch.ms / fl.ms);
      cpu.push(ch.cpuMs / fl.cpuMs);
      if (ch.peakKb) rss.push(ch.peakKb);
    }
    const row = { file: path.relative(ROOT, file), cells: meta.cells, amountCells: meta.amountCells, tables: meta.tablesPerSheet, wall: spread(wall), cpu: spread(cpu), peakKb: rss.length ? spread(rss) : null };
    rows.push(row);
    const mem = row.peakKb ? `, peak ${Math.round(row.peakKb.median / 1024)} MB (${Math.round((row.peakKb.median * 1024) / meta.cells)} bytes a cell)` : '';
    console.log(
      `  one sheet, ${String(meta.cells).padStart(9)} cells (${meta.tablesPerSheet} tables): check / floor CPU ${f2(row.cpu.median)} × (${f2(row.cpu.min)}–${f2(row.cpu.max)}), wall ${f2(row.wall.median)} × (${f2(row.wall.min)}–${f2(row.wall.max)})${mem}`,
    );
  }
  fs.writeFileSync(path.join(BENCH_DIR, 'sheet-results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, loadavg: os.loadavg(), runs, rows }, null, 2) + '\n');
  return 0;
}

async function main(argv) {
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Math.max(1, Number(argv[runsArg + 1]) || 5) : 5;
  const onlyArg = argv.indexOf('--only');
  const only = onlyArg >= 0 ? argv[onlyArg + 1] : null;
  if (only !== null && only !== 'jobs' && only !== 'start' && only !== 'sheet') throw new Error(`--only takes "jobs", "start" or "sheet", not ${only}`);
  const jobsOnly = only === 'jobs';
  const startOnly = only === 'start';
  ensureBuilt();
  if (only === 'sheet') return sheetScaling(runs, argv.includes('--regenerate'));
  const meta = only ? null : await ensureWorkbook(argv.includes('--regenerate'));
  if (!startOnly) {
    ensureFolder();
    await ensureMediumFolder(argv.includes('--regenerate'));
  }
  fs.writeFileSync(PROBE, PROBE_SOURCE);
  const withSheetjs = haveModule('xlsx');
  console.log(
    `node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${runs} pairs each, interleaved\n` +
      `  small: ${path.relative(ROOT, SMALL)} (${(fs.statSync(SMALL).size / 1024).toFixed(0)} KB)\n` +
      (meta ? `  big:   ${path.relative(ROOT, WORKBOOK)} — ${meta.sheets} sheets, ${meta.amountCells} amount cells, ${(meta.bytes / 1048576).toFixed(1)} MB\n` : '') +
      (startOnly
        ? ''
        : `  folder: ${path.relative(ROOT, FOLDER)} — ${FOLDER_FILES} copies of the small workbook\n` +
          `  medium folder: ${path.relative(ROOT, MEDIUM_FOLDER)} — ${MEDIUM_FILES} copies of a ${MEDIUM_SHEETS}-sheet workbook (${(fs.statSync(MEDIUM).size / 1024).toFixed(0)} KB)`),
  );

  const pairs = { startup: [], floor: [], jobs: [], jobsMedium: [] };
  /** The same pairs in CPU time (all threads): steadier on a busy machine; for --jobs it is the cost of parallelism. */
  const cpuPairs = { startup: [], floor: [], jobs: [], jobsMedium: [], exceljs: [], sheetjs: [] };
  const sides = { node0: [], small: [], floorPass: [], big: [], bigRss: [], exceljs: [], sheetjs: [], jobs1: [], jobs2: [], medium1: [], medium2: [] };
  const failures = [];
  const note = (what, r) => {
    if (r.failed) failures.push(`${what}: ${r.failed}`);
    return r;
  };
  let exceljsFailed = null;
  const startup = (order) => {
    const [n0, sm] = order(() => note('node -e 0', timed(['-e', '0'])), () => note('check small', timed(check(SMALL), CHECK_OK)));
    sides.node0.push(n0.ms);
    sides.small.push(sm.ms);
    pairs.startup.push(sm.ms / n0.ms);
    cpuPairs.startup.push(sm.cpuMs / n0.cpuMs);
  };
  /** The startup and floor pairs, and the references paired with the check of the big book. */
  const startupAndFloor = (order) => {
    startup(order);

    const [fl, bg] = order(
      () => note('floor', timed([__filename, '--child', 'floor', WORKBOOK])),
      () => note('check big', timed(check(WORKBOOK), CHECK_OK)),
    );
    sides.floorPass.push(fl.ms);
    sides.big.push(bg.ms);
    if (bg.peakKb) sides.bigRss.push(bg.peakKb);
    pairs.floor.push(bg.ms / fl.ms);
    cpuPairs.floor.push(bg.cpuMs / fl.cpuMs);
    // The references run right after the check they are paired with: check CPU / reader CPU.
    if (!exceljsFailed) {
      const ex = timed([__filename, '--child', 'exceljs', WORKBOOK]);
      if (ex.failed) exceljsFailed = ex.failed;
      else {
        sides.exceljs.push(ex.ms);
        cpuPairs.exceljs.push(bg.cpuMs / ex.cpuMs);
      }
    }
    if (withSheetjs) {
      const sj = timed([__filename, '--child', 'sheetjs', WORKBOOK]);
      if (!sj.failed) {
        sides.sheetjs.push(sj.ms);
        cpuPairs.sheetjs.push(bg.cpuMs / sj.cpuMs);
      }
    }
  };
  // Warm-up (file cache, compiled code cache), not counted.
  timed(['-e', '0']);
  timed(check(SMALL), CHECK_OK);
  if (!only) timed([__filename, '--child', 'floor', WORKBOOK]);
  for (let i = 0; i < runs; i++) {
    // Alternate which side of a pair runs first, so neither always gets the warmer machine.
    const order = (a, b) => (i % 2 ? [b(), a()].reverse() : [a(), b()]);
    if (startOnly) {
      startup(order);
      process.stdout.write(`  pair ${i + 1}/${runs}: startup ${f2(pairs.startup[i])} × (CPU ${f2(cpuPairs.startup[i])} ×)\n`);
      continue;
    }
    if (!jobsOnly) startupAndFloor(order);

    const [j1, j2] = order(
      () => note('check --jobs 1 folder', timed(check('--jobs', '1', '--format', 'json', FOLDER), CHECK_OK)),
      () => note('check --jobs 2 folder', timed(check('--jobs', '2', '--format', 'json', FOLDER), CHECK_OK)),
    );
    sides.jobs1.push(j1.ms);
    sides.jobs2.push(j2.ms);
    pairs.jobs.push(j2.ms / j1.ms);
    cpuPairs.jobs.push(j2.cpuMs / j1.cpuMs);

    const [m1, m2] = order(
      () => note('check --jobs 1 medium folder', timed(check('--jobs', '1', '--format', 'json', MEDIUM_FOLDER), CHECK_OK)),
      () => note('check --jobs 2 medium folder', timed(check('--jobs', '2', '--format', 'json', MEDIUM_FOLDER), CHECK_OK)),
    );
    sides.medium1.push(m1.ms);
    sides.medium2.push(m2.ms);
    pairs.jobsMedium.push(m2.ms / m1.ms);
    cpuPairs.jobsMedium.push(m2.cpuMs / m1.cpuMs);
    process.stdout.write(
      `  pair ${i + 1}/${runs}: ${jobsOnly ? '' : `startup ${f2(pairs.startup[i])} ×, floor ${f2(pairs.floor[i])} ×, `}jobs ${f2(pairs.jobs[i])} ×, jobs (medium) ${f2(pairs.jobsMedium[i])} ×\n`,
    );
  }

  const ratios = Object.fromEntries(Object.entries(pairs).filter(([, xs]) => xs.length).map(([k, xs]) => [k, spread(xs)]));
  const cpuRatios = Object.fromEntries(Object.entries(cpuPairs).filter(([, xs]) => xs.length).map(([k, xs]) => [k, spread(xs)]));
  const times = Object.fromEntries(Object.entries(sides).filter(([, xs]) => xs.length).map(([k, xs]) => [k, spread(xs)]));
  const row = (label, r, goal, key) => {
    if (!r) return;
    const gate = GATES[key];
    const verdict = r.median <= goal ? 'goal met' : r.median <= gate ? 'within gate, goal missed' : 'FAIL';
    console.log(`${label.padEnd(44)} ${f2(r.median).padStart(6)} × (min ${f2(r.min)}, max ${f2(r.max)})  goal ≤ ${f2(goal)}, gate ≤ ${f2(gate)}: ${verdict}`);
  };
  console.log('\nratios (median of the pairs, spread):');
  row('check small file / node -e 0', ratios.startup, GOALS.startup, 'startup');
  row('check 240-sheet book / unzip + saxes floor', ratios.floor, GOALS.floor, 'floor');
  row(`check --jobs 2 / --jobs 1, ${FOLDER_FILES} files`, ratios.jobs, GOALS.jobs, 'jobs');
  row(`check --jobs 2 / --jobs 1, ${MEDIUM_FILES} medium files`, ratios.jobsMedium, GOALS.jobsMedium, 'jobsMedium');
  console.log('\nthe same pairs in CPU time (all threads; for --jobs the extra CPU parallelism costs):');
  const cpuRow = (label, r) => r && console.log(`${label.padEnd(44)} ${f2(r.median).padStart(6)} × (min ${f2(r.min)}, max ${f2(r.max)})`);
  cpuRow('check small file / node -e 0', cpuRatios.startup);
  cpuRow('check 240-sheet book / unzip + saxes floor', cpuRatios.floor);
  cpuRow(`check --jobs 2 / --jobs 1, ${FOLDER_FILES} files`, cpuRatios.jobs);
  cpuRow(`check --jobs 2 / --jobs 1, ${MEDIUM_FILES} medium files`, cpuRatios.jobsMedium);
  if (cpuRatios.exceljs || cpuRatios.sheetjs) console.log('\nwhat people would pick instead, CPU time (check 240-sheet book / reading it with …; not gated):');
  if (cpuRatios.exceljs) cpuRow('  ExcelJS streaming reader', cpuRatios.exceljs);
  if (cpuRatios.sheetjs) cpuRow('  SheetJS readFile (xlsx 0.18.5)', cpuRatios.sheetjs);
  console.log('\ntimes (median, min–max):');
  const t = (label, k) => times[k] && console.log(`  ${label.padEnd(42)} ${fms(times[k].median).padStart(9)}  (${fms(times[k].min)}–${fms(times[k].max)})`);
  t('node -e 0', 'node0');
  t('check small file', 'small');
  t('floor: unzip + saxes, sheet XML', 'floorPass');
  t('check 240-sheet book', 'big');
  t('  reference: ExcelJS streaming reader', 'exceljs');
  if (exceljsFailed) console.log(`  reference: ExcelJS streaming reader failed: ${exceljsFailed.split('\n')[0]}`);
  if (withSheetjs) t('  reference: SheetJS readFile', 'sheetjs');
  else if (!only) console.log('  reference: SheetJS (xlsx, a development dependency) not installed; skipped');
  t('check --jobs 1, folder', 'jobs1');
  t('check --jobs 2, folder', 'jobs2');
  t('check --jobs 1, medium folder', 'medium1');
  t('check --jobs 2, medium folder', 'medium2');
  if (times.bigRss) {
    console.log(`  peak memory, check 240-sheet book: ${Math.round(times.bigRss.median / 1024)} MB (${Math.round(times.bigRss.min / 1024)}–${Math.round(times.bigRss.max / 1024)})`);
    console.log(`  peak memory per amount cell: ${Math.round((times.bigRss.median * 1024) / meta.amountCells)} bytes (${meta.amountCells} amount cells; the process's own ~45 MB included)`);
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cores: os.availableParallelism(),
    loadavg: os.loadavg(),
    runs,
    goals: GOALS,
    gates: GATES,
    workbook: { path: path.relative(ROOT, WORKBOOK), ...meta },
    folderFiles: FOLDER_FILES,
    mediumFiles: MEDIUM_FILES,
    ratios,
    cpuRatios,
    timesMs: times,
    failures,
  };
  fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nResults written to ${path.relative(ROOT, path.join(BENCH_DIR, 'results.json'))}`);

  let code = 0;
  for (const f of failures) {
    console.error(`FAIL: ${f}`);
    code = 1;
  }
  for (const [k, goal] of Object.entries(GOALS)) {
    if (ratios[k] && ratios[k].median > GATES[k]) {
      console.error(`FAIL: ${k} ratio ${f2(ratios[k].median)} × exceeds the gate ${f2(GATES[k])} × (the goal is ${f2(goal)})`);
      code = 1;
    }
  }
  return code;
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`bench: ${err && err.message ? err.message : err}`);
      process.exitCode = 1;
    },
  );
}
