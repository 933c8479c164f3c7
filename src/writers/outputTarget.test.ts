import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OutputError } from './outputError';
import { checkOutputTarget, checkReplaceable } from './outputTarget';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgettjek-target-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function codeOf(p: string, force: boolean): Promise<string> {
  try {
    await checkOutputTarget(p, { force });
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(OutputError);
    expect((e as OutputError).file).toBe(p);
    return (e as OutputError).code;
  }
}

describe('checkOutputTarget', () => {
  test('nothing there: fine, with or without --force', async () => {
    const out = path.join(dir, 'ny.xlsx');
    expect([await codeOf(out, false), await codeOf(out, true)]).toEqual(['ok', 'ok']);
  });

  test('a regular file is replaced only with --force', async () => {
    const out = path.join(dir, 'findes.xlsx');
    await fs.writeFile(out, 'x');
    expect([await codeOf(out, false), await codeOf(out, true)]).toEqual(['exists', 'ok']);
  });

  test('a symbolic link, dangling or not, needs --force (and then the link itself is what gets replaced)', async () => {
    const dangling = path.join(dir, 'dangling.xlsx');
    await fs.symlink(path.join(dir, 'nowhere.xlsx'), dangling);
    const target = path.join(dir, 'target.xlsx');
    await fs.writeFile(target, 'x');
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(target, link);
    expect([await codeOf(dangling, false), await codeOf(link, false)]).toEqual(['symlink', 'symlink']);
    expect([await codeOf(dangling, true), await codeOf(link, true)]).toEqual(['ok', 'ok']);
  });

  test('a folder, a FIFO and a device are refused even with --force', async () => {
    const folder = path.join(dir, 'mappe.xlsx');
    await fs.mkdir(folder);
    const fifo = path.join(dir, 'fifo.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect([await codeOf(folder, true), await codeOf(fifo, true), await codeOf('/dev/null', true)]).toEqual(['not-a-file', 'not-a-file', 'not-a-file']);
    const err = await checkOutputTarget(fifo, { force: true }).catch((e: OutputError) => e);
    expect((err as OutputError).messageFor('da')).toContain('ikke en almindelig fil');
    expect((err as OutputError).messageFor('da')).toContain('FIFO');
    await expect(checkReplaceable(folder)).rejects.toThrow(OutputError);
    await expect(checkReplaceable(path.join(dir, 'ny.xlsx'))).resolves.toBeUndefined();
  });

  test('a path under a regular file, or in a missing folder, "kunne ikke skrives"', async () => {
    await fs.writeFile(path.join(dir, 'fil'), 'x');
    for (const out of [path.join(dir, 'fil', 'kopi.xlsx'), path.join(dir, 'mangler', 'kopi.xlsx')]) {
      const err = await checkOutputTarget(out, { force: true }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OutputError);
      expect((err as OutputError).code).toBe('not-writable');
      expect((err as OutputError).messageFor('da')).toMatch(/kopi\.xlsx: filen kunne ikke skrives/);
      expect((err as OutputError).messageFor('en')).toMatch(/could not be written/);
    }
  });
});
