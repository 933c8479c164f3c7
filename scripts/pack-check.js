#!/usr/bin/env node
'use strict';
/**
 * The command line as a package (`npm run test:pack`): `npm pack` gives a tarball with the built CLI
 * (dist/, from `npm run build:cli` through the prepare script) and nothing for development; it
 * installs with `npm install -g --offline` from npm's local cache into a clean temporary prefix;
 * the installed `budgettjek` checks the published appendix. Exits non-zero on any failure.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-pack-'));
let failed = 0;
function check(name, ok, detail = '') {
  if (!ok) failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
}
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.error) throw r.error;
  return r;
}

try {
  const packed = run(npm, ['pack', '--json', '--pack-destination', tmp], { cwd: root, env: { ...process.env, npm_config_loglevel: 'error' } });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')))[0];
  const files = info.files.map((f) => f.path);
  const tarball = path.join(tmp, info.filename);
  check(`npm pack wrote ${info.filename} (${files.length} files, ${(info.size / 1024).toFixed(0)} KB)`, fs.existsSync(tarball));
  check('it holds the launcher and the built CLI', files.includes('bin/budgettjek.js') && files.includes('dist/cli/main.js') && files.includes('package.json'));
  check('it holds the built-in templates', files.some((f) => /^dist\/core\/templates\/builtin\/.*\.json$/.test(f)));
  const own = files.filter((f) => !f.startsWith('node_modules/'));
  const stray = own.filter((f) => /^(src|tests|scripts|examples|assets|dist-addin)\//.test(f) || /\.test\.js$/.test(f) || /\.tsx?$/.test(f));
  check('nothing for development of its own: no sources, tests, scripts or add-in', stray.length === 0, stray.slice(0, 10).join(', '));
  // The runtime dependencies travel inside the tarball (bundleDependencies), so it installs offline.
  const bundled = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/').slice(1, f.split('/')[1].startsWith('@') ? 3 : 2).join('/')));
  const runtime = Object.keys(require(path.join(root, 'package.json')).dependencies);
  check(`the runtime dependencies are in it (${bundled.size} packages)`, runtime.every((d) => bundled.has(d)), runtime.filter((d) => !bundled.has(d)).join(', '));
  const devInside = ['webpack', 'react', 'jest', 'typescript', '@fluentui/react-components', 'playwright-core', 'eslint', 'ts-jest'].filter((d) => bundled.has(d));
  check('no development package is in it', devInside.length === 0, devInside.join(', '));

  const prefix = path.join(tmp, 'prefix');
  const installed = run(npm, ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: tmp, env: { ...process.env, npm_config_loglevel: 'error' } });
  check('npm install -g --offline installs it into a clean prefix', installed.status === 0, installed.stderr);
  const pkgDir = process.platform === 'win32' ? path.join(prefix, 'node_modules', 'budgettjek') : path.join(prefix, 'lib', 'node_modules', 'budgettjek');
  const deps = fs.existsSync(path.join(pkgDir, 'node_modules')) ? fs.readdirSync(path.join(pkgDir, 'node_modules')).filter((d) => !d.startsWith('.')) : [];
  const dev = ['webpack', 'react', 'jest', 'typescript', '@fluentui', 'playwright-core', 'eslint'].filter((d) => deps.includes(d));
  check(`runtime dependencies only (${deps.length} top-level packages)`, dev.length === 0, dev.join(', '));

  const bin = path.join(prefix, process.platform === 'win32' ? 'budgettjek.cmd' : path.join('bin', 'budgettjek'));
  const version = run(bin, ['--version'], { cwd: tmp });
  check('budgettjek --version', version.status === 0 && version.stdout.trim() === require(path.join(root, 'package.json')).version, version.stdout + version.stderr);
  const checked = run(bin, ['check', path.join(root, 'examples', 'ofs-2025-2026-bilag.xlsx')], { cwd: tmp });
  check('the installed budgettjek checks the published appendix (1 error: exit 1)', checked.status === 1 && /1 fil, 4 tabeller: 1 fejl/.test(checked.stdout), checked.stdout.slice(-300) + checked.stderr);
} catch (e) {
  check('pack and install', false, e && e.stack ? e.stack : String(e));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(failed ? `\n${failed} checks failed` : '\nall checks passed');
process.exitCode = failed ? 1 : 0;
