import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OutputError } from './outputError';
import { TempOutput } from './tempOutput';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-temp-output-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('TempOutput', () => {
  test('a new output is claimed exclusively: a second writer of the same new file is refused', async () => {
    const out = path.join(dir, 'claimed.xlsx');
    const first = TempOutput.create(out);
    expect(fs.existsSync(out)).toBe(true);
    expect(() => TempOutput.create(out)).toThrow(OutputError);
    try {
      TempOutput.create(out);
    } catch (e) {
      expect((e as OutputError).code).toBe('exists');
    }
    fs.writeSync(first.fd, 'copy');
    await first.commit();
    expect(fs.readFileSync(out, 'utf8')).toBe('copy');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a failed copy leaves neither the temporary file nor the claim', async () => {
    const out = path.join(dir, 'failed.xlsx');
    const t = TempOutput.create(out);
    await t.abort();
    expect(fs.readdirSync(dir).filter((f) => f.includes('failed'))).toEqual([]);
  });

  test('an existing output (accepted with --force) is replaced only when the copy is done', async () => {
    const out = path.join(dir, 'existing.xlsx');
    fs.writeFileSync(out, 'old');
    expect(() => TempOutput.create(out)).toThrow(OutputError);
    const t = TempOutput.create(out, { force: true });
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    fs.writeSync(t.fd, 'new');
    await t.commit();
    expect(fs.readFileSync(out, 'utf8')).toBe('new');
  });

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while a copy is written removes the temporary file and the claim, and exits %i', async (signal, code) => {
    const out = path.join(dir, `signal-${signal}.xlsx`);
    // The built module (the CLI tests run the build too): a child process has no ts-jest.
    const modulePath = path.join(__dirname, '..', '..', 'dist', 'writers', 'tempOutput.js');
    const child = spawn(
      process.execPath,
      [
        '-e',
        `
        const fs = require('fs');
        const { TempOutput } = require(${JSON.stringify(modulePath)});
        const t = TempOutput.create(${JSON.stringify(out)});
        fs.writeSync(t.fd, 'half');
        process.stdout.write('ready\\n');
        setInterval(() => undefined, 1000);
        `,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => (String(d).includes('ready') ? resolve() : undefined));
      child.once('exit', () => reject(new Error('the child ended before it was ready')));
    });
    expect(fs.readdirSync(dir).some((f) => f.includes(`signal-${signal}`) && f.endsWith('.tmp'))).toBe(true);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    child.kill(signal);
    expect(await exit).toBe(code);
    expect(fs.readdirSync(dir).filter((f) => f.includes(`signal-${signal}`))).toEqual([]);
  });
});
