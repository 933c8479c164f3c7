/**
 * The command line's start: the built bundles come with V8's code cache (made by the build's
 * training run), and this Node accepts it, so a check does not compile what it runs again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleScript, codeCacheFile } from '../../src/cli/bundleLoader';

const BUNDLE = join(__dirname, '..', '..', 'dist', 'bundle');

describe.each(['main.js', 'checkWorkerBundle.js'])('dist/bundle/%s', (name) => {
  const file = join(BUNDLE, name);

  it('has a code cache that this Node accepts', () => {
    expect(existsSync(codeCacheFile(file))).toBe(true);
    const script = bundleScript(file);
    expect(script.cachedDataRejected).toBe(false);
  });
});
