/**
 * Loads one of the command line's bundles (dist/bundle/*.js, see scripts/bundle-cli.js) as a
 * CommonJS module, with V8's code cache kept beside it (`main.js.cache`): the functions a check
 * runs are compiled once, when the package is built, instead of on every start. V8 checks the
 * cache against the source, its own version and its flags, and rejects one that does not fit
 * (another Node, say): the bundle is then compiled as usual. Nothing is written at run time, except
 * by the build's training run (`BUDGETTJEK_CODE_CACHE=write`), which writes each bundle's cache
 * when it has run.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import type { TransferListItem } from 'node:worker_threads';

/** The code cache of a bundle. */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.cache`;
}

type ModuleBody = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** The bundle at `file` compiled as a CommonJS module's body, with its code cache when there is one. */
export function bundleScript(file: string): Script {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCacheFile(file));
  } catch {
    // No cache (an unbundled build, or a cache not made): compiled as usual.
  }
  // The wrapper Node itself puts around a CommonJS module.
  return new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
}

/** Runs the bundle at `file` as a module and returns its exports. */
export function loadBundle(file: string): Record<string, unknown> {
  const script = bundleScript(file);
  const module = { exports: {} as Record<string, unknown> };
  const body = script.runInThisContext() as ModuleBody;
  if (process.env.BUDGETTJEK_CODE_CACHE === 'write') writeWhenRun(script, file);
  body.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/**
 * The training run of the build: the cache is written once the bundle has done its work, so it
 * holds the functions a check compiles, not only the top level — at exit in the main thread; in a
 * worker (which is terminated, not exited) before each batch it sends back.
 */
function writeWhenRun(script: Script, file: string): void {
  // Loaded only for the training run: node:worker_threads costs a start some milliseconds.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isMainThread, parentPort, threadId } = require('node:worker_threads') as typeof import('node:worker_threads');
  // Whole or not at all (two workers may write the same cache): written aside, then renamed.
  const write = () => {
    const aside = `${codeCacheFile(file)}.${process.pid}.${threadId}`;
    writeFileSync(aside, script.createCachedData());
    renameSync(aside, codeCacheFile(file));
  };
  if (isMainThread || !parentPort) {
    process.on('exit', write);
    return;
  }
  const port = parentPort;
  const post = port.postMessage.bind(port);
  // Written before the batch goes back: the main thread may be done, and end the worker, as soon as
  // the last batch arrives; a cache written after it could be cut off half-way.
  port.postMessage = (value: unknown, transfer?: readonly TransferListItem[]) => {
    write();
    post(value, transfer);
  };
}
