/**
 * `budgettjek check --jobs 2` prints byte for byte what `--jobs 1` prints, in every format and
 * language, with and without `--each`: on folders that mix good workbooks, workbooks with
 * findings, files that cannot be read (not a package, a cut-off package, an empty file, a Word
 * document that is no package) and a folder whose files are reconciled with one another. Also the
 * same exit status and the same lines on stderr. The built command, run as users run it.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budgettjek.js');
const appendix = join(ROOT, 'examples', 'ofs-2025-2026-bilag.xlsx');
const typical = join(ROOT, 'examples', 'typiske-fejl.xlsx');
const docx = join(ROOT, 'examples', 'docx');

jest.setTimeout(240_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function check(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'check', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Folders of good, faulty and unreadable files, and one folder reconciled across its files. */
function mixedFolders(): string {
  const root = mkdtempSync(join(tmpdir(), 'bt-jobs-mixed-'));
  const good = join(root, 'a-gode');
  const mixed = join(root, 'b-blandet');
  const reconciled = join(root, 'c-afstemt');
  for (const dir of [good, mixed, reconciled]) mkdirSync(dir);
  for (let i = 0; i < 6; i++) copyFileSync(appendix, join(good, `bilag-${i}.xlsx`));
  copyFileSync(typical, join(mixed, '1-fejl.xlsx'));
  writeFileSync(join(mixed, '2-ikke-en-projektmappe.xlsx'), 'ikke en projektmappe');
  copyFileSync(appendix, join(mixed, '3-god.xlsx'));
  writeFileSync(join(mixed, '4-afskaaret.xlsx'), readFileSync(appendix).subarray(0, 3000));
  writeFileSync(join(mixed, '5-tom.xlsx'), '');
  writeFileSync(join(mixed, '6-ikke-word.docx'), 'heller ikke et dokument');
  copyFileSync(typical, join(mixed, '7-fejl.xlsx'));
  // The overview in one file, its proposals in the others: reconciled as one case.
  for (const f of ['BC01.docx', 'BC02.docx', 'BC39.docx', 'oversigt.xlsx']) copyFileSync(join(docx, f), join(reconciled, f));
  return root;
}

describe('check --jobs 2 against --jobs 1', () => {
  const root = mixedFolders();

  it.each([
    ['text', 'da', []],
    ['text', 'en', []],
    ['json', 'da', []],
    ['json', 'en', []],
    ['text', 'da', ['--each']],
    ['json', 'en', ['--each']],
  ])('--format %s --lang %s %j: the same stdout, stderr and exit status', async (format, lang, extra) => {
    const args = ['--format', format, '--lang', lang, ...extra, root];
    const one = await check(['--jobs', '1', ...args]);
    const two = await check(['--jobs', '2', ...args]);
    // Unreadable files: exit 2, one line each on stderr.
    expect(one.code).toBe(2);
    expect(one.stderr.split('\n').filter(Boolean)).toHaveLength(4);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    if (format === 'json') {
      const files = (JSON.parse(two.stdout) as { files: { path: string }[] }).files;
      expect(files).toHaveLength(17);
    }
  });

  it('files and a folder named one by one: the same output, in the order given', async () => {
    const args = ['--format', 'json', join(root, 'b-blandet', '7-fejl.xlsx'), join(root, 'a-gode'), join(root, 'b-blandet', '1-fejl.xlsx')];
    const one = await check(['--jobs', '1', ...args]);
    const two = await check(['--jobs', '2', ...args]);
    expect(two).toEqual(one);
    expect(one.code).toBe(1);
    const paths = (JSON.parse(two.stdout) as { files: { path: string }[] }).files.map((f) => f.path.split(/[\\/]/).pop());
    expect(paths).toEqual(['7-fejl.xlsx', ...[0, 1, 2, 3, 4, 5].map((i) => `bilag-${i}.xlsx`), '1-fejl.xlsx']);
  });

  // The four files of the reconciled folder go to the workers in batches of two: held there with
  // their headings sent back, then fetched in full when the case reconciles them (two workers
  // with --jobs 2; with --jobs 3 one worker gets none).
  it.each([['2'], ['3']])('a folder reconciled across its files, --jobs %s: the same output as --jobs 1', async (jobs) => {
    for (const format of ['text', 'json']) {
      const args = ['--format', format, join(root, 'c-afstemt')];
      const one = await check(['--jobs', '1', ...args]);
      const many = await check(['--jobs', jobs, ...args]);
      expect(many).toEqual(one);
      expect(one.stdout).toContain('BC01');
    }
  });

  it('Word documents named .xlsx and workbooks named .docx: read by their content, the same output', async () => {
    const dir = join(root, 'd-forklaedt');
    mkdirSync(dir);
    copyFileSync(join(docx, 'BC01.docx'), join(dir, '1-word.xlsx'));
    copyFileSync(appendix, join(dir, '2-projektmappe.docx'));
    copyFileSync(typical, join(dir, '3-fejl.xlsx'));
    copyFileSync(join(docx, 'BC02.docx'), join(dir, '4-word.xlsx'));
    for (const jobs of ['2', '3']) {
      const args = ['--format', 'json', dir];
      const one = await check(['--jobs', '1', ...args]);
      const many = await check(['--jobs', jobs, ...args]);
      expect(many).toEqual(one);
      expect(one.stderr).toBe('');
      expect((JSON.parse(one.stdout) as { files: unknown[] }).files).toHaveLength(4);
    }
  });
});
