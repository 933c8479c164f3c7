/**
 * `budgettjek check --jobs N` as users run it (the built command, a real process): the same output
 * as --jobs 1, in input order; peak memory flat in the number of files; no progress text on a pipe.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budgettjek.js');
const PROBE = join(ROOT, 'tests', 'corpus', 'rssProbe.js');
const appendix = join(ROOT, 'examples', 'ofs-2025-2026-bilag.xlsx');
const typical = join(ROOT, 'examples', 'typiske-fejl.xlsx');

jest.setTimeout(240_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peakRssKb: number;
}

function check(args: string[], nodeFlags: string[] = []): Promise<Run> {
  const probe = join(mkdtempSync(join(tmpdir(), 'bt-rss-')), 'rss.txt');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '-r', PROBE, BIN, 'check', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BUDGETTJEK_RSS_PROBE: probe },
    });
    // Only the length of stdout is kept for big runs, so the test's own memory stays small.
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const [, kb] = readFileSync(probe, 'utf8').trim().split(' ');
      resolve({ code, stdout, stderr, peakRssKb: Number(kb) });
    });
  });
}

/** `folders` folders of `perFolder` copies of the appendix: each folder one case. */
function corpus(folders: number, perFolder: number): string {
  const root = mkdtempSync(join(tmpdir(), 'bt-jobs-'));
  for (let f = 0; f < folders; f++) {
    const dir = join(root, `runde-${String(f).padStart(4, '0')}`);
    mkdirSync(dir);
    for (let i = 0; i < perFolder; i++) copyFileSync(appendix, join(dir, `bilag-${i}.xlsx`));
  }
  return root;
}

describe('check --jobs', () => {
  it('prints exactly what --jobs 1 prints, in input order, text and JSON, unreadable files included', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bt-order-'));
    for (let f = 0; f < 6; f++) {
      const dir = join(root, `m${f}`);
      mkdirSync(dir);
      for (let i = 0; i < 5; i++) copyFileSync(i % 2 ? typical : appendix, join(dir, `fil-${i}.xlsx`));
    }
    writeFileSync(join(root, 'm3', 'fil-9.xlsx'), 'ikke en projektmappe');
    // A folder reconciled across its files: the overview in one file, the proposals in the others
    // (their tables fetched in full from the workers).
    const docx = join(ROOT, 'examples', 'docx');
    mkdirSync(join(root, 'm6'));
    for (const f of ['BC01.docx', 'BC02.docx', 'BC39.docx', 'oversigt.xlsx']) copyFileSync(join(docx, f), join(root, 'm6', f));
    for (const format of ['text', 'json']) {
      const one = await check(['--jobs', '1', '--format', format, root]);
      const two = await check(['--jobs', '2', '--format', format, root]);
      const four = await check(['--jobs', '4', '--format', format, root]);
      expect(one.code).toBe(2);
      expect(two.stdout).toBe(one.stdout);
      expect(four.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.code).toBe(one.code);
    }
    const doc = JSON.parse((await check(['--jobs', '2', '--format', 'json', root])).stdout);
    expect(doc.files).toHaveLength(35);
    // Alone, the overview finds none of its proposals; in its folder it finds them all.
    const overview = (d: { files: { path: string; findings: { rule: string }[] }[] }) => d.files.find((f) => f.path.endsWith('oversigt.xlsx'))!.findings.map((f) => f.rule);
    const each = JSON.parse((await check(['--jobs', '2', '--each', '--format', 'json', root])).stdout);
    expect(overview(each)).toContain('PROPOSAL_NOT_FOUND');
    expect(overview(doc)).not.toContain('PROPOSAL_NOT_FOUND');
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual([...doc.files.map((f: { path: string }) => f.path)].sort());
  });

  it('keeps peak memory flat from 2.000 to 4.000 files, and shows no progress on a pipe', async () => {
    // A small heap, so that peak RSS measures what is held, not how lazily V8 collects garbage:
    // holding the results of 4.000 files does not fit in it (the process would abort).
    const heap = ['--max-old-space-size=24', '--max-semi-space-size=2'];
    const small = await check(['--jobs', '2', '--format', 'json', corpus(200, 10)], heap);
    const large = await check(['--jobs', '2', '--format', 'json', corpus(400, 10)], heap);
    expect(small.code).toBe(1);
    expect(large.code).toBe(1);
    expect(JSON.parse(large.stdout).files).toHaveLength(4000);
    // Twice the files: a few MB more at most, not what 2.000 more files would hold. The process
    // grows over its first 1.000–2.000 files whatever it holds (the workers' optimised code,
    // allocator arenas; the threads' heaps stay flat), so the smaller run is past that. Measured:
    // 2.000 files 117–121 MB, 4.000 files 122–123 MB; 5 kB a file held would add 10 MB.
    expect(large.peakRssKb - small.peakRssKb).toBeLessThan(10 * 1024);
    // The 4.000-file run takes well over a second; stderr is a pipe, so it stays silent.
    expect(large.stderr).toBe('');
  });
});
