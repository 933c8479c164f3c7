#!/usr/bin/env node
'use strict';
// Thin launcher: the compiled CLI lives in dist/ (built by `npm ci` through the prepare script):
// dist/bundle/main.js, the whole command line in one file (loaded with its code cache by
// dist/cli/bundleLoader.js), or else the modules in dist/cli.
const path = require('path');
const fs = require('fs');

const dist = path.join(__dirname, '..', 'dist');
const bundled = path.join(dist, 'bundle', 'main.js');
const isBundled = fs.existsSync(bundled);
const entry = isBundled ? bundled : path.join(dist, 'cli', 'main.js');
let cli;
const load = () => cli || (cli = isBundled ? require(path.join(dist, 'cli', 'bundleLoader.js')).loadBundle(bundled) : require(entry));

// `budgettjek check … | head` closes stdout early: write nothing more, quietly, instead of Node's
// stack trace; the check still finishes so its exit status tells. Any other failure to write is one
// line on stderr and exit 2.
process.stdout.on('error', (err) => {
  if (err && (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')) {
    load().stdoutClosed();
    return;
  }
  process.stderr.write(`budgettjek: kan ikke skrive uddata (${err && err.code ? err.code : err})\n`);
  process.exit(2);
});

if (!fs.existsSync(entry)) {
  process.stderr.write('budgettjek: programmet er ikke bygget. Kør "npm ci" eller "npm run build:cli" i projektmappen.\n');
  process.exit(2);
}
load().main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
