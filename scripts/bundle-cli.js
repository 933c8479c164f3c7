#!/usr/bin/env node
'use strict';
/**
 * Bundles the compiled CLI (dist/cli, from `tsc -p tsconfig.build.json`) into one file per thread:
 * dist/bundle/main.js (the command line) and dist/bundle/checkWorkerBundle.js (a `check --jobs`
 * worker, started through the small dist/bundle/checkWorker.js), so a check loads one file instead
 * of a hundred modules. ExcelJS stays outside (it is loaded only when a copy is written), and so
 * does zod (only for a template file). bin/budgettjek.js runs the bundle when it is there, else
 * dist/cli.
 *
 * Then a training run: a check of a folder with --jobs 2 and a check of one file, with the bundles
 * loaded through dist/cli/bundleLoader.js in its writing mode, leave V8's code cache of each bundle
 * beside it (main.js.cache, checkWorkerBundle.js.cache) holding the functions a check compiles, so
 * that a start compiles next to nothing. A Node whose V8 does not fit the cache compiles as usual.
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { spawnSync } = require('child_process');

let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  // An install without the development tools: the launcher runs dist/cli as it is.
  process.stdout.write('bundle-cli: esbuild is not installed; the CLI runs from dist/cli unbundled\n');
  process.exit(0);
}

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const BUNDLE = path.join(DIST, 'bundle');

/**
 * Node modules the command line loads only when it uses them: commander requires child_process at
 * its top for subcommands run as programs (budgettjek has none), some 20 ms of a small check's
 * start. Inside the bundle such a module is a stand-in that loads it on first use.
 */
const LAZY_BUILTINS = /^(?:node:)?(child_process)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded; const load = () => loaded || (loaded = require('node:${args.path}'));
module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => Object.getOwnPropertyDescriptor(load(), key) });`,
      loader: 'js',
    }));
  },
};

esbuild
  .build({
    entryPoints: { main: path.join(DIST, 'cli', 'main.js'), checkWorkerBundle: path.join(DIST, 'cli', 'checkWorker.js') },
    outdir: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Loaded only when needed: ExcelJS for a copy, zod for a template file.
    external: ['exceljs', 'exceljs/*', 'zod', 'zod/*'],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [lazyBuiltins],
  })
  .then(afterBundle, (err) => {
    process.stderr.write(`bundle-cli: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  });

/** The worker's starter and the code caches, once the bundles are written. */
function afterBundle() {
  // The worker the pool starts (workerPool.ts names dist/bundle/checkWorker.js): the bundle, with its cache.
  fs.writeFileSync(
    path.join(BUNDLE, 'checkWorker.js'),
    `'use strict';\n// A \`check --jobs\` worker: the worker bundle, loaded with its code cache (dist/cli/bundleLoader.js).\nrequire('../cli/bundleLoader.js').loadBundle(require('path').join(__dirname, 'checkWorkerBundle.js'));\n`,
  );

  // The training run (see above). Without the example workbook (an installed package) there is no cache.
  const example = path.join(ROOT, 'examples', 'ofs-2025-2026-bilag.xlsx');
  for (const name of ['main.js', 'checkWorkerBundle.js']) fs.rmSync(path.join(BUNDLE, `${name}.cache`), { force: true });
  if (!fs.existsSync(example)) return;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-cache-'));
  try {
    for (let k = 0; k < 8; k++) fs.copyFileSync(example, path.join(folder, `${k}.xlsx`));
    const bin = path.join(ROOT, 'bin', 'budgettjek.js');
    const env = { ...process.env, BUDGETTJEK_CODE_CACHE: 'write' };
    const train = (args) => {
      const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
      // The example has findings on purpose: exit 1.
      if (r.status !== 0 && r.status !== 1) process.stdout.write(`bundle-cli: the training run failed (exit ${r.status}): ${r.stderr.split('\n')[0]}\n`);
    };
    // A worker writes its cache before each batch it sends back; on a busy machine one run may leave
    // the workers without a file (the pool hands out work as workers come up): run again.
    const workerCache = path.join(BUNDLE, 'checkWorkerBundle.js.cache');
    for (let attempt = 0; attempt < 4 && !fs.existsSync(workerCache); attempt++) train(['check', '--jobs', '2', '--format', 'json', folder]);
    if (!fs.existsSync(workerCache)) process.stdout.write('bundle-cli: no worker took a file in the training run: the worker bundle has no code cache\n');
    train(['check', example]);
    // A worker terminated while it wrote its cache aside leaves the part-written file: not shipped.
    for (const name of fs.readdirSync(BUNDLE)) if (/\.cache\.\d+\.\d+$/.test(name)) fs.rmSync(path.join(BUNDLE, name), { force: true });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
