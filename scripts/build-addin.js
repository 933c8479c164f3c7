#!/usr/bin/env node
'use strict';
/**
 * One command for a deployment build of the add-in into dist-addin/:
 *
 *   npm run build:addin -- --base-url https://budgettjek.kommune.dk --env production
 *   npm run build:addin -- --base-url https://budgettjek-test.kommune.dk --env test --build 7
 *
 * Options: --provider "Eksempel Kommune" (the manifest's ProviderName), --support-url URL (default:
 * the add-in's own help page), --templates DIR (the organisation's templates folder, checked with
 * the command line's own reader and copied to templates/ next to the add-in).
 * Writes content-hashed scripts, taskpane.html, help.html, functions*.json and manifest.xml for
 * that environment (test and production have different Id, name and version: scripts/addin-manifest.js).
 */
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');
const { ENVIRONMENTS, checkBaseUrl } = require('./addin-manifest');

const root = path.join(__dirname, '..');

function parseArgs(argv) {
  const known = { '--base-url': 'baseUrl', '--env': 'env', '--build': 'build', '--provider': 'provider', '--support-url': 'supportUrl', '--templates': 'templates' };
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const key = known[flag];
    if (!key) throw new Error(`unknown option ${argv[i]} (known: ${Object.keys(known).join(', ')})`);
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    o[key] = value;
  }
  if (!o.baseUrl) throw new Error('--base-url is required, e.g. --base-url https://budgettjek.kommune.dk');
  if (!o.env) throw new Error(`--env is required: ${ENVIRONMENTS.join(' or ')}`);
  if (!ENVIRONMENTS.includes(o.env)) throw new Error(`--env must be ${ENVIRONMENTS.join(' or ')}, not "${o.env}"`);
  checkBaseUrl(o.baseUrl);
  if (o.build !== undefined && !/^\d+$/.test(o.build)) throw new Error(`--build must be a whole number, not "${o.build}"`);
  return o;
}

function run(args, env) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status || 1);
}

function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`build-addin: ${e.message}`);
    process.exit(2);
  }
  if (o.templates) {
    const dir = path.resolve(o.templates);
    if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
    // The same reader the command line uses: a folder that would give the pane a notice stops the build.
    run([path.join(root, 'bin', 'budgettjek.js'), 'templates', '--templates', dir]);
  }
  run([require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    ADDIN_BASE_URL: o.baseUrl,
    ADDIN_ENV: o.env,
    ADDIN_BUILD: o.build || '',
    ADDIN_PROVIDER: o.provider || '',
    ADDIN_SUPPORT_URL: o.supportUrl || '',
    ADDIN_TEMPLATES_DIR: o.templates ? path.resolve(o.templates) : '',
  });
  console.log(`\ndist-addin/ is the ${o.env} build for ${o.baseUrl}: publish the folder as it is, and give the admin center dist-addin/manifest.xml (docs/drift.md).`);
}

if (require.main === module) main();
module.exports = { parseArgs };
