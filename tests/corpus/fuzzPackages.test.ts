/**
 * The structural fuzz (scripts/fuzz-packages.ts), short and deterministic: a fixed selection of its
 * mutations, one fixture each, written to one folder and checked by one run of the built command
 * line (`check --each --format json --jobs 1`), so the whole costs a few seconds. The full fuzz,
 * with `convert`, `fix`, `--annotate` and LibreOffice, is `npm run fuzz` (`tsx scripts/fuzz-packages.ts`)
 * (`--soffice`, `--runs N --seed S` for random stacks of mutations).
 *
 * Every file must come out as a report or as one Danish line on stderr naming it, the run must end
 * with 0, 1 or 2 and no stack trace, and no input may change. Inputs that once broke the product
 * have their outcome pinned: UTF-16 and Latin-1 parts read, a table part claiming the whole sheet
 * read, one absurd gridSpan read, a sheet relationship leading to the workbook part refused, wrong
 * CRCs refused as damage, an end record counting more or fewer entries than the directory holds refused as damage, an encrypted entry of a .docx refused in Word's words. A UTF-16 sheet's annotated copy reads back with the cells of its input.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCase, makeCases } from '../../scripts/fuzz-packages';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'budgettjek.js');
const CLI_ENTRY = path.join(ROOT, 'dist', 'cli', 'main.js');
const SEED = 20261202;
const STACK_FRAME = /^\s*at\s+\S.*(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m;

/** Mutations whose outcome is pinned (defects the fuzz found), and what each file must get. */
const PINNED: Record<string, 'read' | 'corrupt'> = {
  'table-part-absurd': 'read',
  'latin1-declared': 'read',
  'gridspan-absurd': 'read',
  'wrong-crc': 'corrupt',
  'utf16le-main': 'read',
  'utf16be-sheet-or-document': 'read',
  'utf16-rels-and-types': 'read',
  'sheet-rel-points-at-workbook': 'corrupt',
  'sheet-rel-points-at-rels': 'corrupt',
  'entry-count-off': 'corrupt',
  'entry-count-low': 'corrupt',
};

/** What a file must get: PINNED's outcome, or for an encrypted entry the password refusal of its kind. */
function pinned(mutation: string, kind: string): string | undefined {
  if (mutation === 'encrypted-bit') return kind === 'docx' ? 'encrypted-document' : 'encrypted';
  return PINNED[mutation];
}

/** More of the fuzz's mutations, each cheap, over the zip, the package and the XML. */
const SAMPLED = [
  'truncate-anywhere',
  'duplicate-entry',
  'names-with-backslashes',
  'name-with-nul',
  'data-descriptors',
  'zip64-extra-fields',
  'zip64-end-record',
  'method-bzip2',
  'huge-declared-size',
  'overlapping-entries',
  'rels-self',
  'rels-cycle-sheet',
  'document-rels-cycle',
  'bom-everywhere',
  'doctype-billion-laughs-main',
  'other-namespace-prefixes',
  'refs-absurd',
  'merges-huge-and-overlapping',
  'styles-out-of-range',
  'formula-deep-parens',
  'defined-names-recursive',
  'vmerge-absurd',
  'table-in-textbox',
  'altchunk-odd',
];

interface JsonFile {
  path: string;
  error?: { code: string; message: string };
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

let dir: string;
const files = new Map<string, { mutation: string; kind: string; hash: string }>();

beforeAll(() => {
  if (!fs.existsSync(CLI_ENTRY)) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-fuzz-'));
  const only = [...Object.keys(PINNED), 'encrypted-bit', ...SAMPLED];
  const seen = new Set<string>();
  for (const c of makeCases({ seed: SEED, only })) {
    const mutation = c.id.split('--')[0];
    const key = `${mutation}:${c.kind}`;
    if (seen.has(key)) continue; // one fixture of each kind per mutation
    seen.add(key);
    const file = path.join(dir, `${mutation}.${c.kind}`);
    fs.writeFileSync(file, buildCase(c));
    files.set(file, { mutation, kind: c.kind, hash: sha256(file) });
  }
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test(`check on ${Object.keys(PINNED).length + 1 + SAMPLED.length} mutations of fuzzed packages (seed ${SEED}): a report or one Danish line each, inputs unchanged`, () => {
  const r = spawnSync(process.execPath, [BIN, 'check', '--each', '--format', 'json', '--jobs', '1', dir], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 240_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  expect({ signal: r.signal, error: r.error?.message }).toEqual({ signal: null, error: undefined });
  expect([0, 1, 2]).toContain(r.status);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|FATAL ERROR)\b/);

  // Each stderr line names one of the inputs and says in Danish what is wrong.
  const stderrLines = r.stderr.split('\n').filter(Boolean);
  for (const line of stderrLines) {
    const named = [...files.keys()].find((f) => line.startsWith(`budgettjek: ${f}: `));
    expect({ line, named: named !== undefined }).toEqual({ line, named: true });
    expect(line).toMatch(/: (ingen tabel fundet|filen er|hverken|projektmappen er|dokumentet er|et Word-dokument|gammelt)/);
  }

  const report = JSON.parse(r.stdout) as { files: JsonFile[] };
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  expect([...byPath.keys()].sort()).toEqual([...files.keys()].sort());
  for (const [file, { mutation, kind, hash }] of files) {
    const got = byPath.get(file) as JsonFile;
    if (got.error) expect(stderrLines.filter((l) => l.startsWith(`budgettjek: ${file}: `))).toHaveLength(1);
    const want = pinned(mutation, kind);
    if (want === 'read') expect({ mutation, kind, error: got.error }).toEqual({ mutation, kind, error: undefined });
    else if (want) expect({ mutation, kind, code: got.error?.code }).toEqual({ mutation, kind, code: want });
    if (want === 'encrypted-document') expect(got.error?.message).toMatch(/^dokumentet er beskyttet med adgangskode/);
    expect(sha256(file)).toBe(hash);
  }
}, 300_000);

test('the annotated copy of a workbook with a UTF-16 sheet reads back with the cells of its input', async () => {
  const input = path.join(dir, 'utf16be-sheet-or-document.xlsx');
  const out = path.join(dir, 'markeret.xlsx');
  const r = spawnSync(process.execPath, [BIN, 'check', '--annotate', out, input], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 });
  expect([0, 1]).toContain(r.status);
  const values = (grid: Awaited<ReturnType<typeof readXlsxFile>>) =>
    grid.sheets.map((s) => [s.name, [...s.rows].flatMap(([row, cells]) => [...cells].map(([col, cell]) => `${row}:${col}=${String(cell.value)}`))]);
  const before = await readXlsxFile(input);
  const after = await readXlsxFile(out);
  // The copy adds a report sheet; the input's sheets keep their cells.
  expect(values(after).slice(0, before.sheets.length)).toEqual(values(before));
  expect(before.sheets[0].rows.size).toBeGreaterThan(5);
}, 180_000);
