#!/usr/bin/env node
'use strict';
/**
 * Part of `npm ci` (the prepare script): links the project's own command into node_modules/.bin,
 * so that `npx budgettjek …` runs this checkout's CLI right after install, offline. npm does not
 * link a root package's own "bin"; a self-dependency would, but would also make npm count every
 * development package as shipped (and so spoil `npm audit --omit=dev`).
 */
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const binDir = path.join(root, 'node_modules', '.bin');
const { bin } = require(path.join(root, 'package.json'));

fs.mkdirSync(binDir, { recursive: true });
for (const [name, target] of Object.entries(bin)) {
  const absolute = path.join(root, target);
  const link = path.join(binDir, name);
  fs.rmSync(link, { force: true });
  if (process.platform === 'win32') {
    fs.writeFileSync(`${link}.cmd`, `@node "${absolute}" %*\r\n`);
  } else {
    fs.symlinkSync(path.relative(binDir, absolute), link);
    fs.chmodSync(absolute, 0o755);
  }
}
