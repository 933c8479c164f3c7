/**
 * The command line's start: the built bundles come with V8's code cache (made by the build's
 * training run), and Node as it runs the command accepts it, so a check does not compile what it
 * runs again. Asked in a fresh process: V8 flags set in this one (by other tests) would change the
 * answer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LOADER = join(ROOT, 'dist', 'cli', 'bundleLoader.js');

describe.each(['main.js', 'checkWorkerBundle.js'])('dist/bundle/%s', (name) => {
  const file = join(ROOT, 'dist', 'bundle', name);

  it('has a code cache that Node accepts', () => {
    expect(existsSync(`${file}.cache`)).toBe(true);
    const asked = `process.stdout.write(String(require(${JSON.stringify(LOADER)}).bundleScript(${JSON.stringify(file)}).cachedDataRejected))`;
    const r = spawnSync(process.execPath, ['-e', asked], { encoding: 'utf8' });
    expect({ status: r.status, rejected: r.stdout }).toEqual({ status: 0, rejected: 'false' });
  });
});
