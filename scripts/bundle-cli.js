#!/usr/bin/env node
'use strict';
/**
 * Bundles the compiled CLI (dist/cli, from `tsc -p tsconfig.build.json`) into one file per thread:
 * dist/bundle/main.js (the command line) and dist/bundle/checkWorker.js (a `check --jobs` worker),
 * so a check loads one file instead of a hundred modules. ExcelJS stays outside (it is loaded only
 * when a copy is written). bin/budgettjek.js runs the bundle when it is there, else dist/cli.
 */
const path = require('path');

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

esbuild.buildSync({
  entryPoints: { main: path.join(DIST, 'cli', 'main.js'), checkWorker: path.join(DIST, 'cli', 'checkWorker.js') },
  outdir: path.join(DIST, 'bundle'),
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
});
