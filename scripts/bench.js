#!/usr/bin/env node
'use strict';
/**
 * Benchmark: the command-line check must cost at most 1.25 × a bare read of the same workbook with
 * ExcelJS's streaming reader (SPEC §7).
 *
 *   node scripts/bench.js [--runs N] [--regenerate] [--gate wall|cpu]
 *
 * 1. Builds dist/ (tsc -p tsconfig.build.json) when it is missing or older than src/.
 * 2. Generates .bench/bench.xlsx (ExcelJS streaming writer): 240 proposal sheets of 4 cost tables
 *    each ("1.000 kr. 2027 p/l", Styringsområde, 2026–2031, "Service" items, a "Samlede
 *    implementeringsomkostninger" SUM row with cached results, some amounts typed as text).
 * 3. Runs, each in a fresh child process so peak memory is per run, interleaved, N times (default 5):
 *      baseline  ExcelJS stream.xlsx.WorkbookReader, touching every cell of every sheet
 *      reader    our readXlsxFile alone
 *      check     what `budgettjek check` does per file: analyseFile() from dist/cli/checkCommand.js,
 *                reading sheet by sheet into WorkbookAnalysis (template kk-ofs-2025-2026)
 *    and reports medians of the wall-clock and CPU time spent reading/checking (module loading
 *    excluded) and of peak RSS. Writes .bench/results.json. Exits 1 when check/baseline time
 *    exceeds 1.25 (wall-clock by default; `--gate cpu` gates on CPU time, steadier on a busy
 *    machine), or when the check cannot be measured (dist/core/analyse.js missing).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const WORKBOOK = path.join(BENCH_DIR, 'bench.xlsx');
const META = path.join(BENCH_DIR, 'bench.meta.json');
const DIST = path.join(ROOT, 'dist');
const READER_JS = path.join(DIST, 'readers', 'xlsx', 'readXlsx.js');
const ANALYSE_JS = path.join(DIST, 'core', 'analyse.js');
const CHECK_JS = path.join(DIST, 'cli', 'checkCommand.js');
const TEMPLATE_JS = path.join(DIST, 'core', 'templates', 'template.js');
const MAX_RATIO = 1.25;

const GEN = { version: 3, sheets: 240, tablesPerSheet: 4, itemsPerTable: 20, years: [2026, 2027, 2028, 2029, 2030, 2031] };

// ---------------------------------------------------------------- child processes

async function child(mode, file) {
  const rss0 = process.resourceUsage().maxRSS;
  let work;
  if (mode === 'baseline') {
    const ExcelJS = require('exceljs');
    work = async () => {
      // ExcelJS's defaults, spelled out: the barest read that still yields every cell's value.
      const wb = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        styles: 'ignore',
        hyperlinks: 'ignore',
        entries: 'ignore',
      });
      let cells = 0;
      let sheets = 0;
      for await (const ws of wb) {
        sheets++;
        for await (const row of ws) {
          row.eachCell((cell) => {
            if (cell.value !== undefined) cells++;
          });
        }
      }
      return { sheets, cells };
    };
  } else if (mode === 'check') {
    // Exactly what `budgettjek check` does per file: read sheet by sheet and analyse as it goes.
    const { analyseFile } = require(CHECK_JS);
    const { builtinTemplate } = require(TEMPLATE_JS);
    const template = builtinTemplate('kk-ofs-2025-2026');
    if (!template) throw new Error('builtinTemplate("kk-ofs-2025-2026") returned nothing');
    work = async () => {
      const result = await analyseFile(file, template);
      const sheets = new Set(result.tables.map((t) => t.sheet)).size;
      return { sheets, tables: result.tables.length, findings: result.findings.length };
    };
  } else {
    const { readXlsxFile } = require(READER_JS);
    work = async () => {
      const grid = await readXlsxFile(file);
      let cells = 0;
      for (const s of grid.sheets) for (const r of s.rows.values()) cells += r.size;
      return { sheets: grid.sheets.length, cells };
    };
  }
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const info = await work();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ mode, ms, cpuMs, maxRssKb: ru.maxRSS, startRssKb: rss0, ...info }) + '\n');
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

async function generate() {
  const ExcelJS = require('exceljs');
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const tmp = WORKBOOK + '.tmp';
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  const rnd = prng(20262031);
  let amountCells = 0;
  let textAmounts = 0;
  const nYears = GEN.years.length;
  for (let s = 1; s <= GEN.sheets; s++) {
    const ws = wb.addWorksheet(`BC${String(s).padStart(3, '0')}`, { state: s % 50 === 0 ? 'hidden' : 'visible' });
    ws.columns = [{ width: 44 }, { width: 16 }, ...GEN.years.map(() => ({ width: 10 }))];
    let r = 1;
    ws.getRow(r).getCell(1).value = `Forslag BC${String(s).padStart(3, '0')}: Innovationsforslag`;
    ws.getRow(r).commit();
    r += 2;
    for (let t = 1; t <= GEN.tablesPerSheet; t++) {
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
  fs.renameSync(tmp, WORKBOOK);
  const meta = { ...GEN, amountCells, textAmounts, bytes: fs.statSync(WORKBOOK).size };
  fs.writeFileSync(META, JSON.stringify(meta, null, 2));
  return meta;
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

function runChild(mode) {
  const r = spawnSync(process.execPath, [__filename, '--child', mode, WORKBOOK], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const msg = (r.stderr || r.stdout || '').trim().split('\n').slice(0, 12).join('\n');
    throw new Error(`${mode} run failed (exit ${r.status}):\n${msg}`);
  }
  const line = r.stdout.trim().split('\n').pop();
  return JSON.parse(line);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmtMs(ms) {
  return `${ms.toFixed(0)} ms`;
}
function fmtMb(kb) {
  return `${(kb / 1024).toFixed(0)} MB`;
}

async function main(argv) {
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Math.max(1, Number(argv[runsArg + 1]) || 5) : 5;
  const gateArg = argv.indexOf('--gate');
  const gate = gateArg >= 0 && argv[gateArg + 1] === 'cpu' ? 'cpu' : 'wall';
  ensureBuilt();
  const meta = await ensureWorkbook(argv.includes('--regenerate'));
  const analyseAvailable = fs.existsSync(ANALYSE_JS);
  const modes = ['baseline', 'reader', ...(analyseAvailable ? ['check'] : [])];

  console.log(
    `Workbook: ${path.relative(ROOT, WORKBOOK)} — ${meta.sheets} sheets, ${meta.amountCells} amount cells ` +
      `(${meta.textAmounts} as text), ${(meta.bytes / 1048576).toFixed(1)} MB; ${runs} runs per mode, node ${process.version}`,
  );
  const samples = Object.fromEntries(modes.map((m) => [m, []]));
  // Warm-up (file cache), not counted.
  for (const m of modes) runChild(m);
  for (let i = 0; i < runs; i++) {
    for (const m of modes) {
      const s = runChild(m);
      samples[m].push(s);
      process.stdout.write(
        `  run ${i + 1}/${runs} ${m.padEnd(8)} ${fmtMs(s.ms).padStart(9)} wall ${fmtMs(s.cpuMs).padStart(9)} cpu ${fmtMb(s.maxRssKb).padStart(7)}\n`,
      );
    }
  }
  const summary = {};
  for (const m of modes) {
    const last = samples[m][samples[m].length - 1];
    summary[m] = {
      medianMs: median(samples[m].map((s) => s.ms)),
      medianCpuMs: median(samples[m].map((s) => s.cpuMs)),
      medianPeakRssKb: median(samples[m].map((s) => s.maxRssKb)),
      sheets: last.sheets,
      cells: last.cells,
      ...(last.tables !== undefined ? { tables: last.tables, findings: last.findings } : {}),
      runsMs: samples[m].map((s) => Math.round(s.ms)),
    };
  }
  const base = summary.baseline;
  const ratio = (m) => ({
    time: summary[m].medianMs / base.medianMs,
    cpu: summary[m].medianCpuMs / base.medianCpuMs,
    memory: summary[m].medianPeakRssKb / base.medianPeakRssKb,
  });
  console.log('');
  console.log(
    `${'mode (medians)'.padEnd(34)}${'wall'.padStart(10)}${'cpu'.padStart(10)}${'peak RSS'.padStart(10)}` +
      `${'wall ×'.padStart(9)}${'cpu ×'.padStart(8)}${'mem ×'.padStart(8)}`,
  );
  const line = (label, m) => {
    const s = summary[m];
    const r = ratio(m);
    console.log(
      `${label.padEnd(34)}${fmtMs(s.medianMs).padStart(10)}${fmtMs(s.medianCpuMs).padStart(10)}${fmtMb(s.medianPeakRssKb).padStart(10)}` +
        `${r.time.toFixed(2).padStart(9)}${r.cpu.toFixed(2).padStart(8)}${r.memory.toFixed(2).padStart(8)}`,
    );
  };
  line('baseline: ExcelJS streaming read', 'baseline');
  line('reader: readXlsxFile', 'reader');
  if (analyseAvailable) line('check: budgettjek check (analyseFile)', 'check');

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    workbook: { path: path.relative(ROOT, WORKBOOK), ...meta },
    runs,
    maxTimeRatio: MAX_RATIO,
    gate,
    modes: summary,
    ratios: Object.fromEntries(modes.filter((m) => m !== 'baseline').map((m) => [m, ratio(m)])),
    pass: analyseAvailable ? ratio('check')[gate === 'cpu' ? 'cpu' : 'time'] <= MAX_RATIO : null,
  };
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nResults written to ${path.relative(ROOT, path.join(BENCH_DIR, 'results.json'))}`);

  if (!analyseAvailable) {
    console.error(
      `\nFAIL: ${path.relative(ROOT, ANALYSE_JS)} is missing (src/core/analyse.ts not written or not built yet); ` +
        'only the reader was measured. The check itself could not be benchmarked.',
    );
    return 1;
  }
  const t = ratio('check')[gate === 'cpu' ? 'cpu' : 'time'];
  const what = gate === 'cpu' ? 'CPU time' : 'wall-clock time';
  if (t > MAX_RATIO) {
    console.error(`\nFAIL: the check costs ${t.toFixed(2)} × the ExcelJS streaming read in ${what} (limit ${MAX_RATIO}).`);
    return 1;
  }
  console.log(`\nOK: the check costs ${t.toFixed(2)} × the ExcelJS streaming read in ${what} (limit ${MAX_RATIO}).`);
  return 0;
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
