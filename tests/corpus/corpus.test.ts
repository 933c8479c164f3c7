/**
 * Hostile inputs against the real command line (`node bin/budgettjek.js check FILE`), one child
 * process per corpus entry (tests/corpus/corpus.json). Each must get its exit status, a one-line
 * reason on stderr naming the file for unreadable input (never a stack trace), stay within its time
 * and memory bounds, and leave the input file byte for byte unchanged.
 *
 * The corpus is generated on demand by scripts/make-bad-corpus.ts (cached in tests/corpus/generated);
 * the CLI is built once with `tsc -p tsconfig.build.json` when dist/ is missing.
 */
import { execFileSync, spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CorpusEntry } from '../../scripts/make-bad-corpus';
import { runFixtureGenerator } from '../generators/runGenerator';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'budgettjek.js');
const CLI_ENTRY = path.join(ROOT, 'dist', 'cli', 'main.js');
const GENERATED = path.join(ROOT, 'tests', 'corpus', 'generated');
const MANIFEST = path.join(ROOT, 'tests', 'corpus', 'corpus.json');
const PROBE = path.join(__dirname, 'rssProbe.js');
const TIME = '/usr/bin/time';

type ExpectedFinding = NonNullable<CorpusEntry['expectFindings']>[number];
type OutTarget = NonNullable<CorpusEntry['outTarget']>;

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Why the watchdog killed the CLI, if it did. */
  killedFor: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
  rssMB: number | null;
}

const entries: CorpusEntry[] = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
const haveTime = fs.existsSync(TIME);

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Resident set size (KB) of all processes in a process group, from /proc; null where /proc is missing. */
function groupRssKB(pgid: number): number | null {
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  let total = 0;
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // state, ppid, pgrp
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * Runs the CLI with the given arguments, measuring wall time and peak RSS of the CLI process.
 * The child runs in its own process group; a watchdog kills the whole group once it runs past
 * `limits.seconds` or its memory passes `limits.rssMB`, so a runaway CLI fails the test quickly
 * instead of exhausting the machine.
 */
function runCli(args: string[], limits: { seconds: number; rssMB: number }): Promise<RunResult> {
  const measure = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-rss-')), 'rss.txt');
  const nodeArgs = [BIN, ...args];
  const [cmd, argv, env] = haveTime
    ? [TIME, ['-f', '%e %M', '-o', measure, process.execPath, ...nodeArgs], process.env]
    : [process.execPath, ['-r', PROBE, ...nodeArgs], { ...process.env, BUDGETTJEK_RSS_PROBE: measure }];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let killedFor: string | null = null;
    let watchedPeakKB = 0;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const killGroup = (why: string) => {
      if (killedFor) return;
      killedFor = why;
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const watchdog = setInterval(() => {
      if (Date.now() - started > limits.seconds * 1000) killGroup(`ran longer than ${limits.seconds} s`);
      const kb = child.pid ? groupRssKB(child.pid) : null;
      if (kb !== null) {
        watchedPeakKB = Math.max(watchedPeakKB, kb);
        if (kb > limits.rssMB * 1024) killGroup(`used more than ${limits.rssMB} MB`);
      }
    }, 200);
    child.on('error', (e) => {
      clearInterval(watchdog);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(watchdog);
      let rssMB: number | null = null;
      try {
        const last = fs.readFileSync(measure, 'utf8').trim().split('\n').pop() ?? '';
        const m = /^([\d.]+)\s+(\d+)$/.exec(last.trim());
        if (m) rssMB = Number(m[2]) / 1024;
      } catch {
        rssMB = null;
      }
      if (watchedPeakKB > 0) rssMB = Math.max(rssMB ?? 0, watchedPeakKB / 1024);
      fs.rmSync(path.dirname(measure), { recursive: true, force: true });
      resolve({
        code,
        signal: killedFor ? 'SIGKILL' : signal,
        killedFor,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (Date.now() - started) / 1000,
        rssMB,
      });
    });
  });
}

const STACK_FRAME = /^\s*at\s+\S.*(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m;

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(STACK_FRAME);
  expect(stderr).not.toMatch(/\b[A-Z]\w*Error:/);
  expect(stderr).not.toMatch(/^Error:/m);
}

/** One line naming the file (by base name), nothing else. */
function expectOneLineReason(stderr: string, file: string): void {
  const lines = stderr.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(path.basename(file));
  expectNoStackTrace(stderr);
}

interface JsonFinding {
  rule: string;
  sheet?: string;
  cell?: string;
}

function findingsOf(stdout: string): JsonFinding[] {
  const doc = JSON.parse(stdout) as { files: Array<{ findings: JsonFinding[] }> };
  return doc.files.flatMap((f) => f.findings);
}

function matches(f: JsonFinding, want: ExpectedFinding): boolean {
  return f.rule === want.rule && (want.sheet === undefined || f.sheet === want.sheet) && (want.cell === undefined || f.cell === want.cell);
}

beforeAll(() => {
  // Generate the corpus (cached; regenerated when the generator changes).
  runFixtureGenerator('make-bad-corpus.ts');
  if (!fs.existsSync(CLI_ENTRY)) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  }
  if (!fs.existsSync(CLI_ENTRY)) throw new Error(`the CLI was not built: ${CLI_ENTRY} is missing`);
}, 600_000);

describe('the corpus manifest', () => {
  test('names every generated file and gives each a bound', () => {
    expect(entries.length).toBeGreaterThanOrEqual(14);
    for (const e of entries) {
      expect(e.maxSeconds).toBeGreaterThan(0);
      expect(e.maxRssMB).toBeGreaterThan(0);
      if (e.kind !== 'missing') expect(fs.existsSync(path.join(GENERATED, e.file))).toBe(true);
    }
  });

  test('the zip bomb really inflates to more than 2 GiB', () => {
    const buf = fs.readFileSync(path.join(GENERATED, 'zip-bomb.xlsx'));
    // Central directory entry of xl/worksheets/sheet1.xml: uncompressed size at offset 24.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let p = buf.readUInt32LE(eocd + 16);
    let size = -1;
    while (buf.readUInt32LE(p) === 0x02014b50) {
      const n = buf.readUInt16LE(p + 28);
      if (buf.subarray(p + 46, p + 46 + n).equals(name)) size = buf.readUInt32LE(p + 24);
      p += 46 + n + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    expect(size).toBeGreaterThan(2 ** 31);
    expect(buf.length).toBeLessThan(16 * 1024 * 1024);
  });
});

/** What each run took; written to tests/corpus/generated/last-run.json for a look afterwards. */
const measurements: Array<Record<string, unknown>> = [];

afterAll(() => {
  if (fs.existsSync(GENERATED)) fs.writeFileSync(path.join(GENERATED, 'last-run.json'), JSON.stringify(measurements, null, 2) + '\n');
});

/** Where a dangling link at {out} points: it must never be created. */
const LINK_TARGET = 'not-created.xlsx';

/**
 * Prepares {out} in `dir` as the entry asks. The device is a null device node of the test's own
 * (made with mknod when running as root), so a writer that wrongly replaced it harms nothing; an
 * unprivileged run uses /dev/null, which it cannot replace.
 */
function prepareOut(dir: string, target: OutTarget | undefined): string {
  const out = path.join(dir, 'kopi.xlsx');
  switch (target) {
    case undefined:
      return out;
    case 'fifo':
      execFileSync('mkfifo', [out]);
      return out;
    case 'device':
      if (process.getuid?.() !== 0) return '/dev/null';
      execFileSync('mknod', [out, 'c', '1', '3']);
      return out;
    case 'folder':
      fs.mkdirSync(out);
      return out;
    case 'dangling-symlink':
      fs.symlinkSync(path.join(dir, LINK_TARGET), out);
      return out;
    case 'enotdir':
      fs.writeFileSync(path.join(dir, 'a-file'), 'x');
      return path.join(dir, 'a-file', 'kopi.xlsx');
  }
}

/** What is at `p` now, without following a link: the kind and, for a regular file, its size. */
function describeOut(p: string): string {
  try {
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) return 'symlink';
    if (st.isFIFO()) return 'fifo';
    if (st.isCharacterDevice()) return 'device';
    if (st.isDirectory()) return 'folder';
    return st.isFile() ? 'file' : 'other';
  } catch {
    return 'absent';
  }
}

describe('budgettjek check and convert on hostile input', () => {
  for (const e of entries) {
    const timeoutMs = (e.long ? 3 : 2) * e.maxSeconds * 1000 + 30_000;
    test(
      `${e.kind}: ${e.command ?? 'check'}${e.args ? ` ${e.args.join(' ')}` : ''} ${e.file}${e.outTarget ? ` (out: ${e.outTarget})` : ''}`,
      async () => {
        const file = path.join(GENERATED, e.file);
        const exists = fs.existsSync(file);
        const before = exists ? sha256(file) : null;
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-out-'));
        const out = prepareOut(outDir, e.outTarget);
        const outBefore = describeOut(out);
        const args = (e.args ?? []).map((a) => (a === '{out}' ? out : a));

        // The watchdog lets the CLI run a little past its bounds, so the assertions below report by how much.
        let r: RunResult;
        try {
          r = await runCli([e.command ?? 'check', ...args, file], { seconds: e.maxSeconds * 1.5, rssMB: e.maxRssMB * 1.5 });
        } catch (err) {
          fs.rmSync(outDir, { recursive: true, force: true });
          throw err;
        }
        const outAfter = describeOut(out);
        const linkTargetCreated = fs.existsSync(path.join(outDir, LINK_TARGET));
        const leftovers = fs.readdirSync(outDir).filter((n) => n.endsWith('.tmp'));
        fs.rmSync(outDir, { recursive: true, force: true });
        measurements.push({ file: e.file, command: e.command ?? 'check', args: e.args ?? [], exit: r.code, killedFor: r.killedFor, seconds: r.seconds, rssMB: r.rssMB });

        const context = `exit ${r.code}, ${r.killedFor ? `killed: ${r.killedFor}, ` : ''}${r.seconds.toFixed(1)} s, ${r.rssMB?.toFixed(0)} MB\nstderr: ${r.stderr.slice(0, 600)}`;
        expect({ killedFor: r.killedFor, signal: r.signal, context }).toEqual({ killedFor: null, signal: null, context });
        const allowed = Array.isArray(e.expectExit) ? e.expectExit : [e.expectExit];
        expect({ exit: allowed.includes(r.code as number), context }).toEqual({ exit: true, context });

        if (r.code === 2) expectOneLineReason(r.stderr, e.stderrNames === 'output' ? out : file);
        else expectNoStackTrace(r.stderr);
        if (e.expectOut === 'absent') expect(outAfter).toBe('absent');
        if (e.expectOut === 'kept') expect(outAfter).toBe(outBefore);
        if (e.expectOut === 'written') expect(outAfter).toBe('file');
        expect(linkTargetCreated).toBe(false);
        expect(leftovers).toEqual([]);
        if (e.expectStderr) expect(r.stderr).toMatch(new RegExp(e.expectStderr, 'i'));
        if (e.expectStdout) expect(r.stdout).toMatch(new RegExp(e.expectStdout, 'i'));
        if (e.rejectStdout) expect(r.stdout).not.toMatch(new RegExp(e.rejectStdout, 'i'));
        if (e.expectFindings || e.rejectFindings) {
          const findings = findingsOf(r.stdout);
          for (const want of e.expectFindings ?? []) {
            expect({ want, found: findings.some((f) => matches(f, want)) }).toEqual({ want, found: true });
          }
          for (const unwanted of e.rejectFindings ?? []) {
            expect(findings.filter((f) => matches(f, unwanted))).toEqual([]);
          }
        }

        expect(r.seconds).toBeLessThan(e.maxSeconds);
        expect(r.rssMB).not.toBeNull();
        expect(r.rssMB as number).toBeLessThan(e.maxRssMB);

        if (exists) expect(sha256(file)).toBe(before);
        else expect(fs.existsSync(file)).toBe(false);
      },
      timeoutMs,
    );
  }
});

describe('the input is never written to', () => {
  let dir: string;
  let input: string;
  let before: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-samefile-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    input = path.join(dir, 'forslag.xlsx');
    fs.copyFileSync(path.join(GENERATED, 'hidden.xlsx'), input);
    before = sha256(input);
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases: Array<[string, (input: string, dir: string) => string[]]> = [
    ['check --annotate OUT = input', (f) => ['check', '--annotate', f, f]],
    ['check --annotate OUT = input by another spelling', (f, d) => ['check', '--annotate', path.join(d, 'sub', '..', path.basename(f)), f]],
    ['convert --out OUT = input', (f) => ['convert', '--to', '2026', '--out', f, f]],
    ['convert --out OUT = input by another spelling', (f, d) => ['convert', '--to', '2026', '--out', path.join(d, 'sub', '..', path.basename(f)), f]],
  ];

  for (const [name, argsFor] of cases) {
    test(`${name} is refused with exit 2 and the input unchanged`, async () => {
      const r = await runCli(argsFor(input, dir), { seconds: 120, rssMB: 1024 });
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.any(String) });
      expectOneLineReason(r.stderr, input);
      expect(sha256(input)).toBe(before);
      expect(fs.readdirSync(dir).sort()).toEqual(['forslag.xlsx', 'sub']);
    }, 180_000);
  }
});

describe('--jobs holds the 1 GiB bound with files small on disk and large inside', () => {
  let dir: string;

  beforeAll(() => {
    // Four copies of 2.000.000 cells in about 200 kB each: reckoned by size on disk they would all
    // start at once; reckoned by what their packages declare, they start as memory allows.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-dense-'));
    for (let i = 1; i <= 4; i++) fs.copyFileSync(path.join(GENERATED, 'dense-cells.xlsx'), path.join(dir, `tæt-${i}.xlsx`));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const jobs of [1, 2, 4]) {
    test(`check --jobs ${jobs} on four dense files stays below 1 GiB`, async () => {
      const r = await runCli(['check', '--jobs', String(jobs), dir], { seconds: 400, rssMB: 1536 });
      measurements.push({ file: 'dense-cells.xlsx × 4', command: 'check', args: ['--jobs', String(jobs)], exit: r.code, killedFor: r.killedFor, seconds: r.seconds, rssMB: r.rssMB });
      // A sheet of single digits is no table: each file says so on stderr, and nothing else is said there.
      expect({ code: r.code, killedFor: r.killedFor }).toEqual({ code: 0, killedFor: null });
      expect(r.stderr.trim().split('\n').filter((l) => !/: ingen tabel fundet; /.test(l))).toEqual([]);
      expect(r.stdout).toMatch(/4 filer, 0 tabeller/);
      expect(r.rssMB).not.toBeNull();
      expect(r.rssMB as number).toBeLessThan(1024);
    }, 900_000);
  }
});
