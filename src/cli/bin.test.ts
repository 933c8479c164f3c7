/** The installed command as a user runs it: a real process, its stdout piped into a reader that stops early. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = join(__dirname, '..', '..', 'bin', 'budgettjek.js');
const workbook = join(__dirname, '..', '..', 'examples', 'typiske-fejl.xlsx');
// About 17 KB of JSON each: 40 of them overflow the pipe's buffer, so writing must fail part-way.
const manyTimes = Array.from({ length: 40 }, () => workbook);

jest.setTimeout(60_000);

it('stops quietly when its output is closed early (budgettjek check … | head -c 10)', async () => {
  const child = spawn(process.execPath, [bin, 'check', '--format', 'json', ...manyTimes], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).toBe('');
  expect(code).toBe(1); // the workbook has error findings: the exit status still says so
});
