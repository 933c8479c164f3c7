#!/usr/bin/env node
'use strict';
/**
 * Sets the version in package.json, package-lock.json and manifest.xml together:
 *
 *   npm run version:set -- 0.2.0
 *
 * The manifest's <Version> is the package version with a fourth part of 0 (test builds set the
 * fourth part: scripts/addin-manifest.js). tests/addin/deployManifest.test.ts holds them in step.
 */
const fs = require('fs');
const path = require('path');
const { manifestVersion } = require('./addin-manifest');

const root = path.join(__dirname, '..');

function setVersion(version, dir = root) {
  manifestVersion(version); // throws unless major.minor.patch
  const pkgFile = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  pkg.version = version;
  fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  const lockFile = path.join(dir, 'package-lock.json');
  if (fs.existsSync(lockFile)) {
    const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
    lock.version = version;
    if (lock.packages && lock.packages['']) lock.packages[''].version = version;
    fs.writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  }
  const manifestFile = path.join(dir, 'manifest.xml');
  const text = fs.readFileSync(manifestFile, 'utf8');
  if (!/<Version>[^<]*<\/Version>/.test(text)) throw new Error('manifest.xml has no <Version>');
  fs.writeFileSync(manifestFile, text.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`));
}

if (require.main === module) {
  const version = process.argv[2];
  try {
    if (!version) throw new Error('give the new version, e.g. npm run version:set -- 0.2.0');
    setVersion(version);
    console.log(`package.json, package-lock.json and manifest.xml are at ${version} (manifest ${manifestVersion(version)}).`);
  } catch (e) {
    console.error(`version: ${e.message}`);
    process.exit(2);
  }
}
module.exports = { setVersion };
