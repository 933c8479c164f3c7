/**
 * The commands that write a copy — `check --annotate`, `convert` and `fix` — run one skeleton: the
 * output is checked before anything is read, the same way for each, and a refusal is the same
 * line on stderr and the same exit status whichever command meets it. `fix` takes `--index` with
 * the meaning it has for `check` and `convert`.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
let dir: string;
let input: string;
let inputHash: string;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The three commands that write a copy, each writing to `out` from `from`. */
const commands: Array<[string, (out: string, from: string, extra: string[]) => string[]]> = [
  ['check --annotate', (out, from, extra) => ['check', ...extra, '--annotate', out, from]],
  ['convert', (out, from, extra) => ['convert', '--to', '2026', ...extra, '--out', out, from]],
  ['fix', (out, from, extra) => ['fix', ...extra, '--out', out, from]],
];

/** Whether this system can make a named pipe (not on Windows). */
function makeFifo(at: string): boolean {
  try {
    execFileSync('mkfifo', [at], { stdio: 'ignore' });
    return fs.lstatSync(at).isFIFO();
  } catch {
    return false;
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-skeleton-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  input = path.join(dir, 'bilag.xlsx');
  fs.copyFileSync(path.join(EXAMPLES, 'ofs-2025-2026-bilag.xlsx'), input);
  inputHash = sha256(input);
  fs.writeFileSync(path.join(dir, 'linked-to.xlsx'), 'the file a link points at');
  fs.symlinkSync(path.join(dir, 'linked-to.xlsx'), path.join(dir, 'link.xlsx'));
  fs.symlinkSync(path.join(dir, 'nowhere.xlsx'), path.join(dir, 'dangling.xlsx'));
  fs.mkdirSync(path.join(dir, 'folder.xlsx'));
  fs.linkSync(input, path.join(dir, 'hard-link.xlsx'));
  if (process.platform !== 'win32') expect(makeFifo(path.join(dir, 'pipe.xlsx'))).toBe(true);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const refusal = {
  symlink: 'uddatafilen er et symbolsk link; brug --force for at erstatte selve linket med en fil (der skrives aldrig gennem linket)',
  notAFile: (kind: string) => `uddatafilen er ikke en almindelig fil; Budgettjek erstatter kun almindelige filer, også med --force – vælg et andet navn (${kind})`,
  input: 'uddatafilen er den samme fil som inddatafilen; Budgettjek skriver aldrig i inddatafilen – vælg et andet navn',
  exists: 'filen findes allerede; brug --force for at overskrive den',
  noFolder: 'filen kunne ikke skrives (the folder does not exist)',
};

/** A bad output: its path (made in beforeAll), the flags given, and the reason every command gives. */
type BadOutput = { name: string; out: () => string; extra: string[]; reason: string; fifo?: boolean };
const badOutputs: BadOutput[] = [
  { name: 'a symbolic link', out: () => path.join(dir, 'link.xlsx'), extra: [], reason: refusal.symlink },
  { name: 'a dangling symbolic link', out: () => path.join(dir, 'dangling.xlsx'), extra: [], reason: refusal.symlink },
  { name: 'a folder', out: () => path.join(dir, 'folder.xlsx'), extra: [], reason: refusal.notAFile('a folder') },
  { name: 'a folder, with --force', out: () => path.join(dir, 'folder.xlsx'), extra: ['--force'], reason: refusal.notAFile('a folder') },
  { name: 'a named pipe', out: () => path.join(dir, 'pipe.xlsx'), extra: [], reason: refusal.notAFile('a named pipe (FIFO)'), fifo: true },
  { name: 'a named pipe, with --force', out: () => path.join(dir, 'pipe.xlsx'), extra: ['--force'], reason: refusal.notAFile('a named pipe (FIFO)'), fifo: true },
  { name: 'the input itself', out: () => input, extra: [], reason: refusal.input },
  { name: 'the input itself, with --force', out: () => input, extra: ['--force'], reason: refusal.input },
  { name: 'the input by another spelling', out: () => path.join(dir, 'sub', '..', 'bilag.xlsx'), extra: ['--force'], reason: refusal.input },
  { name: 'a hard link to the input', out: () => path.join(dir, 'hard-link.xlsx'), extra: ['--force'], reason: refusal.input },
  { name: 'an existing file, without --force', out: () => path.join(dir, 'linked-to.xlsx'), extra: [], reason: refusal.exists },
  { name: 'a file in a folder that does not exist', out: () => path.join(dir, 'no-such-folder', 'kopi.xlsx'), extra: [], reason: refusal.noFolder },
];

describe('every command refuses the same outputs the same way, before reading anything', () => {
  // Named pipes where the system makes them (not on Windows).
  const rows = badOutputs.filter((b) => !b.fifo || process.platform !== 'win32');
  test.each(rows.map((b) => [b.name, b] as const))('%s', async (_name, bad) => {
    const out = bad.out();
    const before = fs.lstatSync(out, { throwIfNoEntry: false });
    const results = [];
    for (const [command, argv] of commands) {
      const r = await run(...argv(out, input, bad.extra));
      results.push({ command, ...r });
    }
    const expected = { code: 2, stdout: '', stderr: `budgettjek: ${out}: ${bad.reason}\n` };
    expect(results).toEqual(commands.map(([command]) => ({ command, ...expected })));
    // Nothing was written: not the input, not what was at the output, not through a link.
    expect(sha256(input)).toBe(inputHash);
    const after = fs.lstatSync(out, { throwIfNoEntry: false });
    expect(after?.mode).toBe(before?.mode);
    expect(after?.ino).toBe(before?.ino);
    expect(fs.readFileSync(path.join(dir, 'linked-to.xlsx'), 'utf8')).toBe('the file a link points at');
    expect(fs.readdirSync(dir).filter((f) => f !== 'pipe.xlsx').sort()).toEqual(['bilag.xlsx', 'dangling.xlsx', 'folder.xlsx', 'hard-link.xlsx', 'link.xlsx', 'linked-to.xlsx', 'sub']);
    expect(fs.readdirSync(path.join(dir, 'sub'))).toEqual([]);
  });

  test('in English with --lang en, the same for each command too', async () => {
    const out = path.join(dir, 'link.xlsx');
    const results = [];
    for (const [, argv] of commands) results.push(await run(...argv(out, input, ['--lang', 'en'])));
    const expected = {
      code: 2,
      stdout: '',
      stderr: `budgettjek: ${out}: the output is a symbolic link; use --force to replace the link itself with a file (nothing is ever written through the link)\n`,
    };
    expect(results).toEqual([expected, expected, expected]);
  });

  test('a missing input with a good output: each command names the input, exit 2', async () => {
    const missing = path.join(dir, 'findes-ikke.xlsx');
    for (const [command, argv] of commands) {
      const r = await run(...argv(path.join(dir, 'sub', 'kopi.xlsx'), missing, []));
      expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: 2, stderr: `budgettjek: ${missing}: filen eller mappen findes ikke\n` });
    }
    expect(fs.readdirSync(path.join(dir, 'sub'))).toEqual([]);
  });
});

describe('fix --index', () => {
  const typical = path.join(EXAMPLES, 'typiske-fejl.xlsx');
  const left = (stdout: string) => Number(/^(\d+) fund kræver en vurdering/m.exec(stdout)?.[1]);

  test('adds an index step for the run: the overview is then compared with its proposals, as check compares it', async () => {
    // The generic template has no price index: the overview's figures in 2026 p/l cannot be
    // compared with the proposals in 2027 p/l (two CROSS_TABLE_UNCHECKED left for a person).
    const without = await run('fix', '--template', 'generic', '--out', path.join(dir, 'sub', 'uden.xlsx'), typical);
    const withIndex = await run('fix', '--template', 'generic', '--index', 'Service:2026-2027=2,8', '--out', path.join(dir, 'sub', 'med.xlsx'), typical);
    expect([without.code, withIndex.code]).toEqual([0, 0]);
    // The same certain fixes either way; what is left for a person follows the findings check gives.
    expect(withIndex.stdout.split('\n').filter((l) => l.startsWith('  '))).toEqual(without.stdout.split('\n').filter((l) => l.startsWith('  ')));
    const checked = async (...index: string[]) => {
      const doc = JSON.parse((await run('check', '--format', 'json', '--template', 'generic', ...index, typical)).stdout) as { files: Array<{ findings: Array<{ rule: string }> }> };
      return doc.files[0].findings.map((f) => f.rule);
    };
    const before = await checked();
    const after = await checked('--index', 'Service:2026-2027=2,8');
    expect(before.filter((r) => r === 'CROSS_TABLE_UNCHECKED')).toHaveLength(2);
    expect(after.filter((r) => r === 'CROSS_TABLE_UNCHECKED')).toHaveLength(0);
    // One overview figure now reconciles (at most a rounding note, which is no judgement), the
    // other is now a CROSS_TABLE_MISMATCH (still left for a person).
    expect(after.filter((r) => r === 'CROSS_TABLE_MISMATCH').length - before.filter((r) => r === 'CROSS_TABLE_MISMATCH').length).toBe(1);
    expect(left(without.stdout) - left(withIndex.stdout)).toBe(1);
  });

  test('a bad --index is bad usage, said as check and convert say it', async () => {
    const out = path.join(dir, 'sub', 'aldrig.xlsx');
    const bad = ['--index', 'Bogus:2026-2027=2,8'];
    const results = [];
    for (const [, argv] of commands) results.push(await run(...argv(out, typical, bad)));
    const expected = {
      code: 2,
      stdout: '',
      stderr: 'budgettjek: --index "Bogus:2026-2027=2,8": "Bogus" er ikke et af skabelonens styringsområder (Service, Anlæg, Overførsler, Finansposter)\n',
    };
    expect(results).toEqual([expected, expected, expected]);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('fix --help shows --index', async () => {
    const r = await run('fix', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--index <trin>');
  });
});
