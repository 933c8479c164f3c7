#!/usr/bin/env node
/**
 * End-to-end test of the task pane in a real browser, without Excel (`npm run test:e2e`).
 *
 * Part A: Microsoft's own office.js (@microsoft/office-js, pinned) served at its CDN URLs
 * (https://appsforoffice.microsoft.com/lib/1/hosted/* → the package's dist/), under the page's
 * production Content-Security-Policy:
 *  A1. outside Office: every page the manifest starts (task pane, function file, custom-functions
 *      page) opened in a plain tab: Office.onReady resolves without a host, no uncaught error, no
 *      script blocked, and the page says "Åbn Budgettjek fra Excel";
 *  A2. as hosts start it: the host information office.js reads from the URL (`_host_Info=…`) or
 *      from window.name (`{"hostInfo": …}`) for Excel on Windows, Mac and the web: every request
 *      office.js makes is recorded and listed by origin; every script it loads is allowed and runs
 *      (the Excel host script installs Excel.run); any securitypolicyviolation for a script fails;
 *  A3. the same with the policy weakened (the CDN origin removed, or narrowed to office.js alone):
 *      the check must fail — proof that the test sees a policy that breaks office.js;
 *  A4. the real custom-functions-runtime.js with functions.js (no host): BUDGETTJEK.PL is
 *      associated, its arity matches functions.json/functions-en.json, and it computes.
 * Part B: the pane's behaviour against the in-memory Excel (a host is needed):
 *  1. builds the add-in into dist-addin/ (production webpack) unless it is up to date;
 *  2. bundles the in-memory Excel fake (src/office/fake/excelFake.ts) seeded with the published
 *     appendix into tests/e2e/out/office-fake.js — test-only, never in dist-addin/;
 *  3. serves dist-addin/ over plain http on 127.0.0.1 (sirv; no certificates, no sudo);
 *  4. opens taskpane.html in Debian's chromium (playwright-core), answering the page's request
 *     for https://appsforoffice.microsoft.com/lib/1/hosted/office.js with the fake;
 *  5. at the width Excel gives a task pane (320 px): checks the whole workbook, asserts the summary
 *     and findings, clicks a finding and asserts (in the fake) that its cell is selected, marks and
 *     unmarks cells, runs the ribbon command and the custom function;
 *  5b. the typical-mistakes workbook (examples/typiske-fejl.xlsx) at 320 px, in Office's light and
 *     dark theme: checks, fixes, undoes, converts and saves a template, and after each step asserts
 *     no sideways scrolling, no clipped finding text, every fix button naming what it writes, and
 *     axe-core finds no accessibility violation; an empty sheet says no table was found;
 *     the screenshot goes to tests/e2e/out/ (with `--screenshot`, the README's
 *     assets/screenshots/taskpane.png at 340 px: the run rewrites no tracked file by default);
 *  6. asserts: no network request but to the local server and the routed Office.js URL, the CSP
 *     meta tag is present and nothing violated it, no page errors, the task pane JS ≤ 500 KB.
 * Exits non-zero on any failure. Chromium: `apt-get install -y chromium` (CHROMIUM_PATH overrides).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist-addin');
const outDir = path.join(__dirname, 'out');
const readmeScreenshot = path.join(root, 'assets/screenshots/taskpane.png');
const WRITE_README_SCREENSHOT = process.argv.includes('--screenshot');
/** The width Excel gives a task pane by default; the README's screenshot is a little wider. */
const PANE_WIDTH = 320;
const SCREENSHOT_WIDTH = 340;
const AXE_JS = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CDN_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS = `${CDN_BASE}office.js`;
const OFFICE_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** Origins office.js contacts for telemetry only (blocked by the policy; office.js carries on without them). */
const TELEMETRY_ORIGINS = ['https://telemetryservice.firstpartyapps.oaspapps.com', 'https://browser.pipe.aria.microsoft.com'];
const LIMIT = 500 * 1024;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok: Boolean(ok), detail });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
}

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const f of fs.readdirSync(p)) if (f !== 'node_modules' && !f.endsWith('.test.ts') && !f.endsWith('.test.tsx')) m = Math.max(m, newestMtime(path.join(p, f)));
  return m;
}

function buildAddinIfStale() {
  const stats = path.join(dist, 'bundle-stats.json');
  const inputs = ['src', 'assets/icon-16.png', 'assets/help.html', 'manifest.xml', 'webpack.config.js', 'package-lock.json'].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  const fresh = fs.existsSync(stats) && JSON.parse(fs.readFileSync(stats, 'utf8')).mode === 'production' && fs.statSync(stats).mtimeMs >= Math.max(...inputs.map(newestMtime));
  if (fresh && !process.env.E2E_REBUILD) {
    console.log('dist-addin/ is up to date');
    return;
  }
  console.log('building dist-addin/ (webpack --mode production) …');
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the production build failed');
}

function bundleFake() {
  const webpack = require('webpack');
  const config = {
    mode: 'production',
    target: ['web', 'es2019'],
    devtool: false, // no eval: the page's CSP forbids it
    context: root,
    entry: path.join(__dirname, 'officeFake.entry.ts'),
    output: { path: outDir, filename: 'office-fake.js' },
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { module: 'es2020', moduleResolution: 'node', target: 'es2019', sourceMap: false } } },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(path.join(outDir, 'office-fake.js'));
    });
  });
}

/** examples/typiske-fejl.xlsx (or another workbook) as a seed for the in-memory Excel, read in Node through ExcelJS. */
async function workbookSeed(file) {
  const webpack = require('webpack');
  const config = {
    mode: 'development',
    target: 'node',
    devtool: false,
    context: root,
    entry: path.join(__dirname, 'workbookSeed.ts'),
    output: { path: outDir, filename: 'workbook-seed.js', library: { type: 'commonjs2' } },
    externals: [({ request }, cb) => (/^[a-z@]/.test(request) && !request.startsWith('.') ? cb(null, `commonjs ${request}`) : cb())],
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { module: 'es2020', moduleResolution: 'node', sourceMap: false } } } }] },
    optimization: { minimize: false },
    performance: { hints: false },
  };
  await new Promise((resolve, reject) => webpack(config, (err, stats) => (err ? reject(err) : stats.hasErrors() ? reject(new Error(stats.toString({ all: false, errors: true }))) : resolve())));
  const mod = require(path.join(outDir, 'workbook-seed.js'));
  return mod.seedFromXlsx(file);
}

function serve(dir) {
  const sirv = require('sirv');
  const handler = sirv(dir, { dev: true, etag: false });
  const server = http.createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------
// Part A: the real office.js and custom-functions runtime, served at their CDN URLs.

const CONTENT_TYPES = { '.js': 'application/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png' };

/** The package's file for a CDN URL (https://appsforoffice.microsoft.com/lib/1/hosted/…), or null. */
function officeCdnFile(url) {
  if (!url.startsWith(CDN_BASE)) return null;
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN_BASE).pathname.length));
  const file = path.resolve(OFFICE_DIST, rel);
  if (!file.startsWith(OFFICE_DIST + path.sep)) return null;
  // The CDN's paths are case-insensitive (office.js asks for da-dk/… and AgaveErrorUX/…).
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) return null;
  const match = fs.readdirSync(dir).find((f) => f.toLowerCase() === path.basename(file).toLowerCase());
  return match && fs.statSync(path.join(dir, match)).isFile() ? path.join(dir, match) : null;
}

/** The production policy from the built page. */
function productionCsp() {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const m = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('dist-addin/taskpane.html has no Content-Security-Policy meta tag');
  return m[1];
}

/** The pages the manifest has Office start, relative to the deployment (all on the one shared runtime page today). */
function manifestPages() {
  const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  const url = (id) => new RegExp(`<bt:Url id="${id}" DefaultValue="https://localhost:3000/([^"]+)"`).exec(xml)[1];
  const resid = (re) => (re.exec(xml) || [])[1];
  return [
    ['task pane', url('Taskpane.Url')],
    ['ribbon function file', url(resid(/<FunctionFile resid="([^"]+)"/))],
    ['custom-functions page', url(resid(/<Page>\s*<SourceLocation resid="([^"]+)"/))],
  ];
}

/**
 * Opens `url` in a fresh context with office.js served from the package and nothing else off the
 * local server (other requests are recorded, then aborted). `html` replaces the served page's HTML
 * (variant policies); `windowName` is what the host would have put in window.name.
 */
async function openWithRealOffice(browser, base, pagePath, { html, windowName, wait = () => Promise.resolve() } = {}) {
  const context = await browser.newContext({ viewport: { width: 420, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const pageErrors = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('pageerror', (e) => pageErrors.push(String(e && e.message ? e.message : e).split('\n')[0]));
  await page.addInitScript((name) => {
    if (name !== null) window.name = name;
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile || '' }));
  }, windowName ?? null);
  const pageUrl = new URL(pagePath, `${base}/`);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (html && url.split('#')[0] === pageUrl.href.split('#')[0]) return route.fulfill({ status: 200, contentType: CONTENT_TYPES['.html'], body: html });
    if (url.startsWith(`${base}/`)) return route.continue();
    const file = officeCdnFile(url);
    if (file) return route.fulfill({ status: 200, contentType: CONTENT_TYPES[path.extname(file)] || 'application/octet-stream', body: fs.readFileSync(file) });
    if (url.startsWith(CDN_BASE)) return route.fulfill({ status: 404, body: '' });
    return route.abort();
  });
  await page.goto(pageUrl.href);
  await wait(page);
  const violations = await page.evaluate(() => window.__csp);
  return { context, page, requests, pageErrors, violations };
}

const originOf = (u) => {
  try {
    return new URL(u).origin;
  } catch {
    return u;
  }
};
const scriptViolations = (v) => v.filter((x) => /^script-src/.test(x.directive));
const describeViolations = (v) => v.map((x) => `${x.directive} ${x.blocked}`).join(', ');

/** Hosts as office.js recognises them: `_host_Info` in the URL (desktop) or in window.name (the web). */
const HOSTS = [
  { name: 'Excel on Windows (desktop)', query: '?_host_Info=Excel$Win32$16.01$da-DK$$$$1', script: 'excel-win32-16.01.js' },
  { name: 'Excel on Mac', query: '?_host_Info=Excel$Mac$16.00$da-DK$$$$1', script: 'excel-mac-16.00.js' },
  {
    name: 'Excel on the web',
    windowName: JSON.stringify({ hostInfo: 'Excel$Web$16.00$da-DK$$$$1', xdmInfo: 'budgettjek-e2e|addin-1|https://excel.officeapps.live.com/x/_layouts/xlembed.aspx' }),
    script: 'excel-web-16.00.js',
  },
];

/**
 * Starts the pane as `host` would and reports what office.js did: the failures (blocked or
 * failed scripts, the host script not installing Excel.run) and every origin requested.
 */
async function hostStart(browser, base, host, html) {
  const run = await openWithRealOffice(browser, base, `taskpane.html${host.query ?? ''}`, {
    html,
    windowName: host.windowName,
    wait: (page) => page.waitForFunction(() => typeof Excel !== 'undefined' && typeof Excel.run === 'function' && typeof Strings !== 'undefined' && Strings.OfficeOM, null, { timeout: 8000 }).catch(() => undefined),
  });
  try {
    const state = await run.page.evaluate(() => ({
      office: typeof Office !== 'undefined',
      excelRun: typeof Excel !== 'undefined' && typeof Excel.run === 'function',
      strings: typeof Strings !== 'undefined' && Boolean(Strings.OfficeOM),
    }));
    const scripts = run.requests.filter((r) => r.type === 'script').map((r) => r.url);
    const failures = [];
    const blocked = scriptViolations(run.violations);
    if (blocked.length) failures.push(`scripts blocked by the policy: ${describeViolations(blocked)}`);
    if (!state.office) failures.push('office.js did not run');
    if (!scripts.includes(`${CDN_BASE}${host.script}`)) failures.push(`office.js did not load ${host.script}`);
    if (!state.excelRun) failures.push('the Excel host script did not install Excel.run');
    if (!state.strings) failures.push('the da-DK strings did not load');
    const origins = [...new Set(run.requests.map((r) => originOf(r.url)))].filter((o) => o !== base).sort();
    return { failures, origins, scripts, violations: run.violations, pageErrors: run.pageErrors };
  } finally {
    await run.context.close();
  }
}

async function realOfficeChecks(browser, base) {
  const csp = productionCsp();
  console.log(`production policy: ${csp}`);

  // A1. Outside Office: a plain tab, no host information.
  const pages = manifestPages();
  for (const pagePath of [...new Set(pages.map(([, p]) => p))]) {
    const roles = pages.filter(([, p]) => p === pagePath).map(([r]) => r).join(', ');
    const run = await openWithRealOffice(browser, base, pagePath, {
      wait: async (page) => {
        await page.getByTestId('outside-excel').waitFor({ timeout: 15000 }).catch(() => undefined);
        // office.js (the Office 2013 path it takes without a host) frames its telemetry proxy 3 s after load.
        await page.waitForTimeout(3500);
      },
    });
    try {
      const host = await run.page.evaluate(() => (typeof Office === 'undefined' ? 'no Office' : Office.onReady().then((i) => i.host)));
      check(`outside Office (${pagePath}: ${roles}): Office.onReady resolves with no host`, host === null, String(host));
      const text = await run.page.locator('#root').innerText().catch(() => '');
      check(`outside Office (${pagePath}): the page says "Åbn Budgettjek fra Excel", in Danish`, /Åbn Budgettjek fra Excel/.test(text) && /startes fra Excel/.test(text), text);
      check(`outside Office (${pagePath}): no uncaught error`, run.pageErrors.length === 0, run.pageErrors.join(' | '));
      const notTelemetry = run.violations.filter((v) => !TELEMETRY_ORIGINS.includes(originOf(v.blocked)));
      check(`outside Office (${pagePath}): no Content-Security-Policy violation but office.js's telemetry`, notTelemetry.length === 0, describeViolations(notTelemetry));
      const foreign = [...new Set(run.requests.map((r) => originOf(r.url)))].filter((o) => o !== base);
      console.log(`    origins requested: ${foreign.join(', ')}; blocked telemetry: ${describeViolations(run.violations) || 'none'}`);
    } finally {
      await run.context.close();
    }
  }

  // A2. As the hosts start it.
  for (const host of HOSTS) {
    const r = await hostStart(browser, base, host);
    check(`${host.name}: office.js loads ${host.script} and the da-DK strings under the policy; Excel.run is installed`, r.failures.length === 0, r.failures.join('; '));
    console.log(`    origins requested: ${r.origins.join(', ')}`);
    console.log(`    scripts: ${r.scripts.map((u) => u.replace(CDN_BASE, 'CDN/').replace(base, '')).join(', ')}`);
    if (r.violations.length) console.log(`    blocked (not scripts): ${describeViolations(r.violations)}`);
    if (r.pageErrors.length) console.log(`    office.js without a host to answer it: ${[...new Set(r.pageErrors)].join(' | ')}`);
    check(`${host.name}: office.js asks for nothing outside its CDN but telemetry`, r.origins.every((o) => o === originOf(CDN_BASE) || TELEMETRY_ORIGINS.includes(o)), r.origins.join(', '));
  }

  // A3. A policy without what office.js needs must fail the same check.
  const page = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const variants = [
    ['the CDN origin removed from script-src', csp.replace(/ https:\/\/appsforoffice\.microsoft\.com/, '')],
    ['script-src narrowed to office.js alone (the host scripts it loads are not allowed)', csp.replace(/https:\/\/appsforoffice\.microsoft\.com/, OFFICE_JS)],
  ];
  for (const [what, variantCsp] of variants) {
    if (variantCsp === csp) {
      check(`variant policy (${what}) differs from the production one`, false, csp);
      continue;
    }
    const r = await hostStart(browser, base, HOSTS[0], page.replace(csp, variantCsp));
    check(`a policy with ${what} fails the check`, r.failures.length > 0, 'the check passed with a policy that breaks office.js');
    console.log(`    failed as expected: ${r.failures.join('; ')}`);
  }

  // A4. The real custom-functions runtime with functions.js, no host.
  const runtimePage = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<script src="${CDN_BASE}custom-functions-runtime.js"></script><script src="functions.js"></script></head><body></body></html>`;
  const cf = await openWithRealOffice(browser, base, 'custom-functions-runtime-e2e.html', { html: runtimePage, wait: (p) => p.waitForTimeout(300) });
  try {
    const da = JSON.parse(fs.readFileSync(path.join(dist, 'functions.json'), 'utf8'));
    const en = JSON.parse(fs.readFileSync(path.join(dist, 'functions-en.json'), 'utf8'));
    const registered = await cf.page.evaluate(() => {
      const mappings = (window.CustomFunctions && CustomFunctions._association && CustomFunctions._association.mappings) || {};
      return Object.fromEntries(Object.entries(mappings).map(([k, f]) => [k, f.length]));
    });
    for (const fn of da.functions) {
      const params = fn.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ');
      check(`custom-functions runtime: BUDGETTJEK.${fn.id}(${params}) is associated with ${fn.parameters.length} parameters`, registered[fn.id.toUpperCase()] === fn.parameters.length, JSON.stringify(registered));
      const enFn = en.functions.find((f) => f.id === fn.id);
      check(`functions-en.json: ${fn.id} has English texts for the same ${fn.parameters.length} parameters`, enFn && enFn.parameters.length === fn.parameters.length && enFn.description !== fn.description && enFn.parameters.every((p, i) => p.description !== fn.parameters[i].description && p.type === fn.parameters[i].type && Boolean(p.optional) === Boolean(fn.parameters[i].optional)), JSON.stringify(enFn));
    }
    check('custom-functions runtime: every associated function is declared in functions.json', Object.keys(registered).every((k) => da.functions.some((f) => f.id.toUpperCase() === k)), Object.keys(registered).join(', '));
    const value = await cf.page.evaluate(() => CustomFunctions._association.mappings.PL(1045, 2027, 2026));
    check('custom-functions runtime: PL(1045; 2027; 2026) ≈ 1.016,54 with the built-in template', Math.abs(value - 1045 / 1.028) < 1e-9, String(value));
    check('custom-functions runtime: no uncaught error, no script blocked', cf.pageErrors.length === 0 && scriptViolations(cf.violations).length === 0, `${cf.pageErrors.join(' | ')} ${describeViolations(cf.violations)}`);
  } finally {
    await cf.context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Part B: the pane against the in-memory Excel.

// ---------------------------------------------------------------------------------------------
// Part B2: the typical-mistakes workbook at the pane's real width, light and dark.

/**
 * The pane asks for the organisation's templates folder (templates/index.json) on its own server;
 * where none is published the server answers 404, which the browser logs as a console error. That
 * one answer is how "no organisation folder" looks, not a fault: it is set aside, and only it.
 */
function watchForFaults(page, errors) {
  const expected404 = [];
  page.on('response', (r) => {
    if (r.status() === 404 && /\/templates\/index\.json$/.test(new URL(r.url()).pathname)) expected404.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (/status of 404/.test(text) && expected404.length > 0) {
      expected404.shift();
      return;
    }
    errors.push(text);
  });
}

/** Opens the pane on the in-memory Excel seeded with `seed`, at `width`, in Office's `theme`. */
async function openPane(browser, base, fakeJs, { seed, theme = 'light', width = PANE_WIDTH }) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block', colorScheme: theme === 'dark' ? 'dark' : 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  watchForFaults(page, errors);
  await page.addInitScript((given) => {
    window.__budgettjekSeed = given;
  }, seed);
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.request().url() === OFFICE_JS ? route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: fakeJs }) : route.fulfill({ status: 404, body: '' }),
  );
  await context.route(/^(?!http:\/\/127\.0\.0\.1:\d+\/|https:\/\/appsforoffice\.microsoft\.com\/|data:|blob:)/, (route) => route.abort());
  await page.goto(`${base}/taskpane.html?theme=${theme}`);
  await page.getByRole('button', { name: 'Tjek', exact: true }).waitFor({ timeout: 20000 });
  // The template picker shows the template in use once the session has loaded.
  await page.waitForFunction(() => document.querySelector('select')?.value, null, { timeout: 20000 });
  if (theme !== 'light') await page.waitForSelector(`[data-theme="${theme}"]`, { timeout: 10000 });
  return { context, page, errors };
}

/**
 * What does not fit the pane: the page scrolling sideways, an element running off its right edge,
 * text cut off by an element that hides its overflow (finding text above all).
 */
function layoutProblems(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    const name = (el) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent || '').trim().slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > vw) out.push(`the pane scrolls sideways: ${document.documentElement.scrollWidth} px content in ${vw} px`);
    for (const el of document.querySelectorAll('main *')) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || el.closest('option')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > vw + 0.5) out.push(`${name(el)} runs off the right edge (${Math.round(r.right)} > ${vw})`);
      if (el.tagName === 'SELECT' || el.tagName === 'INPUT') continue; // native controls scroll their own text
      const hides = /hidden|clip|auto|scroll/.test(cs.overflowX) || cs.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} cuts its text off (${el.scrollWidth} > ${el.clientWidth})`);
    }
    for (const el of document.querySelectorAll('[data-testid="finding-message"], [data-rule]')) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) out.push(`finding text clipped: ${name(el)}`);
    }
    return [...new Set(out)];
  });
}

/** axe-core's violations on the page as it is (WCAG 2.x A/AA and best practices). */
async function axeViolations(page) {
  // Evaluated by the test (DevTools protocol), not injected as a <script>: the page's policy stays as shipped.
  await page.evaluate(AXE_JS);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

async function assertPane(page, label) {
  const layout = await layoutProblems(page);
  check(`${label}: nothing runs off the 320 px pane or is cut off`, layout.length === 0, layout.slice(0, 8).join('; '));
  const axe = await axeViolations(page);
  check(`${label}: axe-core finds no violation`, axe.length === 0, axe.join('; '));
}

async function typicalMistakes(browser, base, fakeJs, seed, theme) {
  const t = `typiske-fejl.xlsx, ${theme}`;
  const { context, page, errors } = await openPane(browser, base, fakeJs, { seed, theme });
  const fake = () => page.evaluateHandle(() => window.__budgettjekFake);
  try {
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor);
    check(`${t}: the pane follows Office's ${theme} theme`, theme === 'dark' ? /rgb\((\d|[1-5]\d),/.test(bg) : /rgb\(255, 255, 255\)/.test(bg), bg);
    check(`${t}: nothing red before a check`, !(await page.getByText('mangler indeks').first().evaluate((e) => getComputedStyle(e).color).then((c) => /rgb\((1[5-9]\d|2\d\d), ([0-9]|[1-9]\d), /.test(c)).catch(() => false)));
    await assertPane(page, `${t}, before a check`);

    await page.getByLabel('Hele projektmappen').check();
    await page.getByRole('button', { name: 'Tjek', exact: true }).click();
    await page.getByTestId('findings').waitFor({ timeout: 20000 });
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    check(`${t}: after Tjek the keyboard focus is on the result`, focused === 'Resultat', String(focused));
    const findings = page.getByTestId('findings');
    const visibleText = await findings.evaluate((el) => Array.from(el.querySelectorAll('[data-rule]'), (b) => b.innerText).join('\n'));
    check(`${t}: findings by their Danish short names, no rule codes in them`, /Total stemmer ikke/.test(visibleText) && !/\b[A-Z]{3,}_[A-Z_]+\b/.test(visibleText), visibleText.slice(0, 200));
    check(`${t}: Excel's error value as Danish Excel shows it (#REFERENCE!)`, /#REFERENCE!/.test(visibleText) && !/#REF!/.test(visibleText));
    check(`${t}: "Oplysning", not "Info"`, /Oplysning/.test(await findings.innerText()) && !/\bInfo\b/i.test(await findings.innerText()));
    const firstSeverities = await findings.evaluate((el) => Array.from(el.querySelectorAll('section[data-table]'), (sec) => sec.querySelector('[data-rule] span span')?.textContent));
    const rank = { Fejl: 0, Advarsel: 1, Oplysning: 2 };
    check(`${t}: errors first, then warnings, then information`, firstSeverities.every((x, i) => i === 0 || rank[x] >= rank[firstSeverities[i - 1]]), firstSeverities.join(', '));
    const headings = await findings.locator('h3').allInnerTexts();
    check(`${t}: each table headed by its sheet`, headings.includes('Totaler') && headings.includes('Uden prisniveau'), headings.join(', '));
    const fixLabels = await findings.locator('[data-fix]').allInnerTexts();
    check(`${t}: every fix button names what it writes`, fixLabels.length > 0 && fixLabels.every((l) => /^(Skriv |Erstat med |Ret \d+ celler)/.test(l) && !/^Erstat med sum$/.test(l)), fixLabels.join(' | '));
    const relabel = await findings.locator('[data-fix="PRICE_LEVEL_MISMATCH"]').innerText();
    check(`${t}: the p/l fix says the label it writes`, /1\.000 kr\. 2027 p\/l/.test(relabel), relabel);
    await assertPane(page, `${t}, after Tjek`);

    // Fix: the missing p/l.
    const fix = findings.locator('[data-fix="PRICE_LEVEL_MISSING"]');
    check(`${t}: the missing p/l's fix says what it writes`, /^(Skriv|Erstat med) 1\.000 kr\. 2027 p\/l$/.test(await fix.innerText()), await fix.innerText());
    await fix.click();
    await page.getByText(/1 celle rettet/).waitFor({ timeout: 15000 });
    const notice = page.locator('[data-testid="notice"][data-action="fix"]');
    check(`${t}: the fix's notice has the focus`, await notice.evaluate((e) => e === document.activeElement));
    await assertPane(page, `${t}, after a fix`);

    // Undo.
    await page.getByRole('button', { name: 'Fortryd sidste rettelse' }).click();
    await page.getByText(/1 celle sat tilbage/).waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: 'Fortryd sidste rettelse' }).waitFor({ state: 'detached', timeout: 10000 });
    check(`${t}: undo is gone once there is nothing to undo`, (await page.getByRole('button', { name: /Fortryd/ }).count()) === 0);
    await assertPane(page, `${t}, after undo`);

    // Convert a table to 2026 p/l on a new sheet.
    const picker = page.getByRole('combobox', { name: 'Tabel' });
    const option = await picker.locator('option', { hasText: 'BC10!A4:H9' }).getAttribute('value');
    await picker.selectOption(option);
    await page.getByRole('button', { name: 'Konvertér tabel til nyt ark' }).click();
    const converted = page.locator('[data-testid="notice"][data-action="convert"]');
    await converted.waitFor({ timeout: 15000 });
    check(`${t}: the conversion's notice is next to its button, in view`, /Tabellen er omregnet på det nye ark/.test(await converted.innerText()) && (await converted.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })), await converted.innerText());
    const sheets = await (await fake()).evaluate((f) => f.state.sheets.map((x) => x.name));
    check(`${t}: the converted table is on a new sheet`, sheets.some((n) => /2026 p-l/.test(n)), sheets.join(', '));
    await assertPane(page, `${t}, after Konvertér`);

    // Save as template (the editor opens on it).
    await page.getByRole('button', { name: 'Gem som skabelon' }).click();
    const saved = page.getByTestId('template-notice');
    await saved.waitFor({ timeout: 15000 });
    check(`${t}: Gem som skabelon saves and keeps the indices in use`, /Prisindeksene er taget med/.test(await saved.innerText()), await saved.innerText());
    await page.getByTestId('template-editor').waitFor({ timeout: 10000 });
    const derived = await page.getByTestId('derive-notes').innerText();
    check(`${t}: the derivation's notes have no rule codes or command-line options`, !/--index|[A-Z]{3,}_[A-Z]+/.test(derived), derived);
    await assertPane(page, `${t}, template editor open`);

    if (theme === 'light') {
      await page.screenshot({ path: path.join(outDir, `taskpane-${PANE_WIDTH}.png`), fullPage: true });
    }
    check(`${t}: no page or console errors`, errors.length === 0, errors.join(' | '));
  } finally {
    await context.close();
  }
  if (theme === 'light') await screenshotAt(browser, base, fakeJs, seed);
}

/** The README's screenshot: the typical-mistakes workbook checked, at 340 px (tests/e2e/out/, or the README's file with --screenshot). */
async function screenshotAt(browser, base, fakeJs, seed) {
  const { context, page } = await openPane(browser, base, fakeJs, { seed, width: SCREENSHOT_WIDTH });
  try {
    await page.getByLabel('Hele projektmappen').check();
    await page.getByRole('button', { name: 'Tjek', exact: true }).click();
    await page.getByTestId('findings').waitFor({ timeout: 20000 });
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    const file = WRITE_README_SCREENSHOT ? readmeScreenshot : path.join(outDir, `taskpane-${SCREENSHOT_WIDTH}.png`);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: SCREENSHOT_WIDTH, height: 900 } });
    check(`screenshot at ${SCREENSHOT_WIDTH} px saved to ${path.relative(root, file)}`, fs.statSync(file).size > 1000);
  } finally {
    await context.close();
  }
}

async function emptySheet(browser, base, fakeJs) {
  const { context, page, errors } = await openPane(browser, base, fakeJs, { seed: { sheets: [{ name: 'Ark1', cells: {} }] } });
  try {
    await page.getByRole('button', { name: 'Tjek', exact: true }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 20000 });
    const text = await summary.innerText();
    check('an empty sheet: "Ingen tabel fundet" and why that may be, not "0 fejl"', /Ingen tabel fundet/.test(text) && /blokke af beløb/.test(text) && /billede/.test(text) && /beskyttet/.test(text) && !/0 fejl/.test(text), text);
    await assertPane(page, 'empty sheet');
    check('empty sheet: no page or console errors', errors.length === 0, errors.join(' | '));
  } finally {
    await context.close();
  }
}

async function main() {
  buildAddinIfStale();
  const stats = JSON.parse(fs.readFileSync(path.join(dist, 'bundle-stats.json'), 'utf8'));
  check(`task pane JS is ${(stats.taskpaneBytes / 1024).toFixed(1)} KB ≤ 500 KB`, stats.taskpaneBytes <= LIMIT && stats.mode === 'production', JSON.stringify(stats.assets));
  check('the Office fake is not in the production build', !fs.readdirSync(dist).some((f) => /fake/i.test(f)) && !stats.taskpaneFiles.some((f) => fs.readFileSync(path.join(dist, f), 'utf8').includes('installOfficeFake')));

  const fakeFile = await bundleFake();
  const fakeJs = fs.readFileSync(fakeFile, 'utf8');
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await realOfficeChecks(browser, base);

    const context = await browser.newContext({ viewport: { width: PANE_WIDTH, height: 1000 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
    const page = await context.newPage();
    const requests = [];
    const pageErrors = [];
    const consoleErrors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    watchForFaults(page, consoleErrors);
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile || ''}:${e.lineNumber || ''}`));
    });
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.request().url() === OFFICE_JS
        ? route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: fakeJs })
        : route.fulfill({ status: 404, body: '' }),
    );
    // Anything else off the local server is a network call the add-in must not make.
    await context.route(/^(?!http:\/\/127\.0\.0\.1:\d+\/|https:\/\/appsforoffice\.microsoft\.com\/|data:|blob:)/, (route) => route.abort());

    await page.goto(`${base}/taskpane.html`);
    const fake = () => page.evaluateHandle(() => window.__budgettjekFake);
    await page.getByRole('button', { name: 'Tjek', exact: true }).waitFor({ timeout: 20000 });
    check('the task pane renders in Danish', await page.getByRole('heading', { name: 'Budgettjek' }).isVisible());

    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
    check('the CSP meta tag is present', csp !== null);
    check("CSP: scripts only from 'self' and the Office.js CDN, no eval", /script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/.test(csp ?? '') && !/unsafe-eval/.test(csp ?? '') && /connect-src 'self'/.test(csp ?? ''), csp ?? '');

    // Check the whole workbook.
    await page.getByLabel('Hele projektmappen').check();
    await page.getByRole('button', { name: 'Tjek', exact: true }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 20000 });
    const summaryText = await summary.innerText();
    check('summary: 1 oplysning', /(^|\D)1 oplysning(\D|$)/.test(summaryText), summaryText);
    check('summary: errors and warnings', /[1-9]\d* fejl/.test(summaryText) && /[1-9]\d* advarsl?e?r?/.test(summaryText), summaryText);
    const findings = page.getByTestId('findings');
    const rounding = findings.locator('[data-rule="TOTAL_ROUNDING"]');
    check('TOTAL_ROUNDING on Oversigt!D7', (await rounding.count()) === 1 && (await rounding.getAttribute('data-cell')) === 'Oversigt!D7');
    const bc39 = findings.locator('section[data-table^="BC39!"]');
    const bc39Errors = await bc39.locator('[data-rule="PRICE_LEVEL_MISSING"]').count();
    const bc39Warnings = await bc39.locator('[data-rule="YEARS_MISMATCH"]').count();
    check('BC39: PRICE_LEVEL_MISSING (error) and YEARS_MISMATCH (warning)', bc39Errors === 1 && bc39Warnings === 1, `${bc39Errors} / ${bc39Warnings}`);
    check('findings are grouped under the table and its range', (await findings.getByText('BC39!A4:F10').count()) === 1 && (await findings.getByText('Oversigt!A2:D7').count()) === 1);

    // Clicking a finding selects its cell in the (fake) workbook.
    const target = bc39.locator('[data-rule="PRICE_LEVEL_MISSING"]');
    const cellRef = await target.getAttribute('data-cell');
    await target.click();
    await page.waitForFunction((ref) => {
      const f = window.__budgettjekFake;
      return `${f.activeSheetName()}!${f.selectionAddress()}` === ref;
    }, cellRef, { timeout: 10000 }).catch(() => undefined);
    const selected = await (await fake()).evaluate((f) => `${f.activeSheetName()}!${f.selectionAddress()}`);
    check(`clicking the finding selects ${cellRef}`, selected === cellRef, selected);
    await rounding.click();
    await page.waitForTimeout(200);
    const selected2 = await (await fake()).evaluate((f) => `${f.activeSheetName()}!${f.selectionAddress()}`);
    check('clicking TOTAL_ROUNDING selects Oversigt!D7', selected2 === 'Oversigt!D7', selected2);

    // Mark and unmark: fills appear, then are restored exactly.
    const before = await (await fake()).evaluate((f) => JSON.stringify(f.fillSnapshot()));
    await page.getByRole('button', { name: 'Markér celler' }).click();
    await page.getByText(/celler? er markeret/).waitFor({ timeout: 10000 });
    const marked = await (await fake()).evaluate((f) => Object.keys(f.fillSnapshot()));
    check('Markér celler fills the findings’ cells', marked.includes('Oversigt!D7') && marked.includes('BC39!A4'), marked.join(', '));
    await page.getByRole('button', { name: 'Fjern markeringer' }).click();
    await page.getByText(/Markeringerne? af/).waitFor({ timeout: 10000 });
    const after = await (await fake()).evaluate((f) => JSON.stringify(f.fillSnapshot()));
    check('Fjern markeringer restores every fill', after === before, after);

    // "Ret" beside a finding writes the fix, the check runs again, and Budgettjek's own undo puts
    // the cell back exactly (BC39 has no label: the fix writes the template's into its empty A4).
    const contentBefore = await (await fake()).evaluate((f) => JSON.stringify(f.contentSnapshot()));
    const missing = page.getByTestId('findings').locator('li', { has: page.locator('[data-rule="PRICE_LEVEL_MISSING"]') });
    await missing.locator('[data-fix="PRICE_LEVEL_MISSING"]').click();
    await page.getByText(/1 celle rettet/).waitFor({ timeout: 10000 });
    const fixedLabel = await (await fake()).evaluate((f) => f.cell('BC39', 'A4').value);
    check('Ret writes the template\'s label into BC39!A4', fixedLabel === '1.000 kr. 2027 p/l', String(fixedLabel));
    await page.getByTestId('findings').locator('[data-rule="PRICE_LEVEL_MISSING"]').waitFor({ state: 'detached', timeout: 10000 });
    check('the re-check no longer shows PRICE_LEVEL_MISSING', (await page.getByTestId('findings').locator('[data-rule="PRICE_LEVEL_MISSING"]').count()) === 0);
    await page.getByRole('button', { name: 'Fortryd sidste rettelse' }).click();
    await page.getByText(/1 celle sat tilbage/).waitFor({ timeout: 10000 });
    const contentAfter = await (await fake()).evaluate((f) => {
      const snap = f.contentSnapshot();
      for (const k of Object.keys(snap)) if (k.startsWith('Budgettjek_fixes!')) delete snap[k];
      return JSON.stringify(snap);
    });
    check('Fortryd sidste rettelse puts every cell back exactly', contentAfter === contentBefore, contentAfter);

    // The ribbon's "Tjek totaler" (registered in the shared runtime) and =BUDGETTJEK.PL.
    await (await fake()).evaluate((f) => f.state.activeSheet && f.invokeAction('checkTotals'));
    await page.getByTestId('ribbon-outcome').waitFor({ timeout: 10000 });
    check('Tjek totaler runs from the ribbon and the pane shows the outcome', /Tjek totaler på/.test(await page.getByTestId('ribbon-outcome').innerText()));
    await page.getByRole('button', { name: 'Fjern markeringer' }).click();
    const plValue = await (await fake()).evaluate((f) => f.functions.get('PL')(1045, 2027, 2026));
    check('=BUDGETTJEK.PL(1045; 2027; 2026) ≈ 1.016,54', Math.abs(plValue - 1045 / 1.028) < 1e-9, String(plValue));

    // "Gem som skabelon" and the template editor (saved in the document's settings, downloaded as a file).
    await page.getByRole('button', { name: 'Tjek', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: 'Gem som skabelon' }).click();
    await page.getByTestId('derive-notes').waitFor({ timeout: 10000 });
    const savedTemplate = async () =>
      (await fake()).evaluate((f) => {
        const v = f.state.savedSettings.budgettjek;
        const s = typeof v === 'string' ? JSON.parse(v) : v;
        return s ? { id: s.templateId, json: s.customTemplateJson } : null;
      });
    const derived = await savedTemplate();
    check('Gem som skabelon saves the derived template with the workbook', derived?.id === 'egen-skabelon' && /"proposal":2027/.test(derived.json ?? ''), JSON.stringify(derived));
    const editor = page.getByTestId('template-editor');
    await editor.getByRole('button', { name: 'Tilføj indekstrin' }).click();
    const problems = page.getByTestId('template-problems');
    await problems.getByText(/Prisindeks, trin 2: stigning %: mangler/).waitFor({ timeout: 5000 }).catch(() => undefined);
    const problemText = await problems.innerText();
    check('the editor names the missing fields in words as the user types', /Prisindeks, trin 2: kilde: mangler — skriv hvor tallet kommer fra/.test(problemText) && !/priceIndices/.test(problemText), problemText);
    const step = editor.getByTestId('index-1');
    const [, percentBox, sourceBox, publishedBox] = await step.getByRole('textbox').all();
    await percentBox.fill('2,8');
    await sourceBox.fill('KL, PL-skøn juni 2026');
    await publishedBox.fill('2026-06-15');
    await page.getByRole('button', { name: 'Gem i projektmappen' }).click();
    await page.waitForFunction(() => /KL, PL-skøn juni 2026/.test(JSON.stringify(window.__budgettjekFake.state.savedSettings)), null, { timeout: 10000 }).catch(() => undefined);
    check('the edited template (with its index source and date) is saved with the workbook', /2026-06-15/.test((await savedTemplate())?.json ?? ''));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.getByRole('button', { name: 'Hent som fil' }).click()]);
    check('Hent som fil downloads egen-skabelon.json', download.suggestedFilename() === 'egen-skabelon.json', download.suggestedFilename());
    const downloaded = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    check('the downloaded file is the template with its index step', downloaded.id === 'egen-skabelon' && downloaded.priceIndices[1].published === '2026-06-15');

    // Network and CSP.
    const foreign = requests.filter((u) => !u.startsWith(`${base}/`) && u !== OFFICE_JS && !u.startsWith('data:'));
    check('no network requests but the local server and the Office.js URL', foreign.length === 0, foreign.join(', '));
    check('Office.js was requested from the CDN URL', requests.includes(OFFICE_JS));
    const violations = await page.evaluate(() => window.__csp);
    check('no Content-Security-Policy violations', violations.length === 0, violations.join(' | '));
    check('no page errors', pageErrors.length === 0, pageErrors.join(' | '));
    check('no console errors', consoleErrors.length === 0, consoleErrors.join(' | '));
    await context.close();

    const seed = await workbookSeed(path.join(root, 'examples/typiske-fejl.xlsx'));
    for (const theme of ['light', 'dark']) await typicalMistakes(browser, base, fakeJs, seed, theme);
    await emptySheet(browser, base, fakeJs);
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((e) => {
    check('e2e run', false, e && e.stack ? e.stack : String(e));
  })
  .finally(() => {
    const failed = results.filter((r) => !r.ok);
    console.log(`\n${results.length - failed.length}/${results.length} checks passed`);
    process.exitCode = failed.length ? 1 : 0;
  });
