#!/usr/bin/env node
'use strict';
// Thin launcher: the compiled CLI lives in dist/ (built by `npm ci` through the prepare script):
// dist/bundle/main.js, the whole command line in one file, or else the modules in dist/cli.
const path = require('path');
const fs = require('fs');

const bundled = path.join(__dirname, '..', 'dist', 'bundle', 'main.js');
const entry = fs.existsSync(bundled) ? bundled : path.join(__dirname, '..', 'dist', 'cli', 'main.js');

// `budgettjek check … | head` closes stdout early: write nothing more, quietly, instead of Node's
// stack trace; the check still finishes so its exit status tells. Any other failure to write is one
// line on stderr and exit 2.
process.stdout.on('error', (err) => {
  if (err && (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')) {
    require(entry).stdoutClosed();
    return;
  }
  process.stderr.write(`budgettjek: kan ikke skrive uddata (${err && err.code ? err.code : err})\n`);
  process.exit(2);
});

if (!fs.existsSync(entry)) {
  process.stderr.write('budgettjek: programmet er ikke bygget. Kør "npm ci" eller "npm run build:cli" i projektmappen.\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
