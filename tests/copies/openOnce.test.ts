/**
 * check --annotate, fix and convert open the workbook once: the check reads the opened, checked package, and the
 * copy is made of that same package (the same bytes, under the same limits). A part read by both
 * (a sheet the check reads and the copy rewrites) counts once towards the zip's inflated total.
 */
import * as fs from 'fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { readPackageFile, refuseOle } from '../../src/readers/packageFile';
import { resolveLimits } from '../../src/readers/xlsx/limits';

const FIXTURES = path.join(__dirname, 'fixtures');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-open-once-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}

/** The times `file` is opened while `act` runs (any fs.open of it, read or write). */
async function opensOf(file: string, act: () => Promise<unknown>): Promise<number> {
  // The module object itself (the package layer reads its functions from it at each call).
  const open = jest.spyOn(jest.requireActual<typeof import('fs')>('fs'), 'open');
  try {
    await act();
    return open.mock.calls.filter((c) => path.resolve(String(c[0])) === path.resolve(file)).length;
  } finally {
    open.mockRestore();
  }
}

test.each(['alt-i-en.xlsx', 'alt-i-en.xlsm', 'libreoffice.xlsx'])('check --annotate opens %s once and writes the copy from it', async (name) => {
  const input = path.join(FIXTURES, name);
  const out = path.join(dir, `once-${name}`);
  let result: { code: number; stdout: string; stderr: string } | undefined;
  const opens = await opensOf(input, async () => (result = await run('check', '--annotate', out, input)));
  expect(result!.stderr).not.toMatch(/budgettjek: .*(fejl|error)/i);
  expect(result!.stdout).toContain(`Markeret kopi skrevet til ${out}`);
  expect(opens).toBe(1);
  // The copy is the one the path-based writer makes: the same parts, the report sheet added.
  const names = (file: string) => {
    const list: string[] = [];
    return readPackageFile(file, resolveLimits(), refuseOle, async (zip) => {
      for (const e of zip.rawEntries()) list.push(e.name);
    }).then(() => list.sort());
  };
  const [inParts, outParts] = [await names(input), await names(out)];
  expect(outParts).toEqual(expect.arrayContaining(inParts));
  expect(outParts.length).toBeGreaterThan(inParts.length);
});

test.each(['alt-i-en.xlsx', 'libreoffice.xlsx'])('fix opens %s once: it reads the opened package and writes the copy from it', async (name) => {
  const input = path.join(FIXTURES, name);
  const out = path.join(dir, `fixed-once-${name}`);
  let result: { code: number; stdout: string; stderr: string } | undefined;
  const opens = await opensOf(input, async () => (result = await run('fix', '--out', out, input)));
  expect(result!.stdout).toContain(out);
  expect(result!.code).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
  expect(opens).toBe(1);
});

test.each(['alt-i-en.xlsx', 'pivot-slicer.xlsx'])('convert opens %s once: it reads the opened package and writes the copy from it', async (name) => {
  const input = path.join(FIXTURES, name);
  const out = path.join(dir, `converted-once-${name}`);
  let result: { code: number; stdout: string; stderr: string } | undefined;
  const opens = await opensOf(input, async () => (result = await run('convert', '--to', '2026', '--out', out, input)));
  expect(result!.stdout).toContain(out);
  expect(result!.code).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
  expect(opens).toBe(1);
});

test('convert: a Word document is refused as one, and no file is written', async () => {
  const input = path.join(dir, 'notat.xlsx');
  fs.copyFileSync(path.join(__dirname, '..', '..', 'examples', 'docx', fs.readdirSync(path.join(__dirname, '..', '..', 'examples', 'docx')).find((f) => f.endsWith('.docx'))!), input);
  const out = path.join(dir, 'never-converted.xlsx');
  const result = await run('convert', '--to', '2026', '--out', out, input);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(input);
  expect(fs.existsSync(out)).toBe(false);
});

test('fix: a fault of the output still names the output, not the input', async () => {
  const input = path.join(FIXTURES, 'alt-i-en.xlsx');
  // A folder where the output should go: found only when the copy is moved into place.
  const out = path.join(dir, 'a-folder.xlsx');
  fs.mkdirSync(out);
  const result = await run('fix', '--force', '--out', out, input);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(out);
  expect(result.stderr).not.toContain(input);
});

test('a file that does not open as a workbook is still reported by path, once per attempt, exit 2', async () => {
  const input = path.join(dir, 'not-a-zip.xlsx');
  fs.writeFileSync(input, 'Udvalg;Forslag\nBIU;BC01\n');
  const out = path.join(dir, 'never.xlsx');
  const result = await run('check', '--annotate', out, input);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(input);
  expect(fs.existsSync(out)).toBe(false);
});

test('a part read twice from the same opened package counts once towards the inflated total', async () => {
  const input = path.join(FIXTURES, 'alt-i-en.xlsx');
  // The limit just holds every part inflated once.
  let declared = 0;
  await readPackageFile(input, resolveLimits(), refuseOle, async (zip) => {
    for (const e of zip.rawEntries()) declared += e.uncompressedSize;
  });
  await readPackageFile(input, resolveLimits({ maxTotalBytes: declared }), refuseOle, async (zip) => {
    for (let pass = 0; pass < 3; pass++) {
      for (const e of zip.rawEntries()) await zip.streamBytes(e.name, () => undefined);
    }
    expect(zip.inflatedBytes).toBe(declared);
  });
  // Distinct bytes still count: a limit one byte short of them is refused.
  await expect(
    readPackageFile(input, resolveLimits({ maxTotalBytes: declared - 1 }), refuseOle, async (zip) => {
      for (const e of zip.rawEntries()) await zip.streamBytes(e.name, () => undefined);
    }),
  ).rejects.toMatchObject({ code: 'too-large' });
});
