/**
 * `budgettjek check` on Word documents, in process: the README's example output, folders with
 * documents (and Word's lock files), JSON with the headings, and `--annotate OUT.docx` that refuses
 * an existing file without --force and never touches its input.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main';
import { isWorkbookPath } from '../../src/readers';

const ROOT = join(__dirname, '..', '..');
const DOCX = join(ROOT, 'examples', 'docx');
const dir = mkdtempSync(join(tmpdir(), 'budgettjek-check-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('isWorkbookPath: workbooks and Word documents, not lock files or other files', () => {
  expect(['a.xlsx', 'b.XLSM', 'c.docx', 'mappe/d.DOCM'].map(isWorkbookPath)).toEqual([true, true, true, true]);
  expect(['~$a.docx', 'mappe/~$b.xlsx', 'c.doc', 'd.xls', 'e.docx.txt', 'f.pdf'].map(isWorkbookPath)).toEqual([false, false, false, false, false, false]);
});

test("the reference's example (docs/reference.md): BC39.docx with Word locations", async () => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const { code, stdout, stderr } = await run('check', relative(ROOT, join(DOCX, 'BC39.docx')));
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const readme = readFileSync(join(ROOT, 'docs', 'reference.md'), 'utf8');
    const block = /## Proposals in Word[\s\S]*?```\n(examples\/docx\/BC39\.docx\n[\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    expect(stdout).toBe(block![1]);
  } finally {
    process.chdir(cwd);
  }
});

test('a folder: documents and workbooks are found, Office lock files are not', async () => {
  const folder = mkdtempSync(join(dir, 'runde-'));
  for (const name of ['BC01.docx', 'BC02.docx', 'oversigt.xlsx']) copyFileSync(join(DOCX, name), join(folder, name));
  writeFileSync(join(folder, '~$BC01.docx'), 'låst af Word');
  const { code, stdout, stderr } = await run('check', '--format', 'json', folder);
  expect(stderr).toBe('');
  expect([0, 1]).toContain(code);
  const doc = JSON.parse(stdout);
  expect(doc.files.map((f: { path: string }) => relative(folder, f.path))).toEqual(['BC01.docx', 'BC02.docx', 'oversigt.xlsx']);
  const bc01 = doc.files[0].tables[0];
  expect(bc01).toMatchObject({
    sheet: 'Tabel 1',
    title: '1.1 Forslagets samlede økonomiske konsekvenser',
    proposalCode: 'BC01',
    headings: ['BC01 Test af AI-tolk på borgersamtaler i BIF', '1.1 Forslagets samlede økonomiske konsekvenser'],
  });
});

test('--annotate OUT.docx: refuses an existing file without --force, replaces it with --force, never writes the input', async () => {
  const input = join(dir, 'fejl.docx');
  copyFileSync(join(DOCX, 'typiske-fejl.docx'), input);
  const before = sha256(input);
  const out = join(dir, 'fejl-markeret.docx');
  writeFileSync(out, 'en anden fil');
  const refused = await run('check', '--annotate', out, input);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(`budgettjek: ${out}: filen findes allerede; brug --force for at overskrive den\n`);
  expect(readFileSync(out, 'utf8')).toBe('en anden fil');

  const forced = await run('check', '--annotate', out, '--force', input);
  expect(forced.stderr).toBe('');
  expect(forced.code).toBe(1);
  expect(forced.stdout).toContain(`Markeret kopi skrevet til ${out}`);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  expect(sha256(input)).toBe(before);

  const self = await run('check', '--annotate', input, input);
  expect(self.code).toBe(2);
  expect(self.stderr).toMatch(/uddatafilen er den samme fil som inddatafilen; Budgettjek skriver aldrig i inddatafilen/);
  expect(sha256(input)).toBe(before);
});
