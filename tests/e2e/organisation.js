#!/usr/bin/env node
/**
 * End-to-end: the organisation's templates folder served next to the add-in (`npm run test:e2e`).
 *
 * The production build (dist-addin/, built by tests/e2e/run.js or `npm run build`) is copied to a
 * temporary folder with examples/skabeloner/ as templates/, served over plain http on 127.0.0.1,
 * and the pane opened in Debian's chromium with the in-memory Excel (tests/e2e/out/office-fake.js,
 * bundled here if missing). Asserts that:
 *  1. the pane lists the organisation's templates under its name, chooses the office's default and
 *     shows its PL-skøn; checking the workbook uses it (the summary appears); the fetch went only
 *     to the add-in's own server and nothing violated the page's Content-Security-Policy;
 *  2. a broken folder (a template file missing on the server) is a Danish notice, not a silent
 *     fallback; the built-in templates remain to choose from;
 *  3. no templates/ at all: no notice, the built-in default.
 * Takes the user guide's picture of the pane at its real width: into tests/e2e/out/, or with
 * `--screenshot` into assets/screenshots/skabeloner.png (so a plain run rewrites no tracked file).
 * Exits non-zero on any failure. Chromium: `apt-get install -y chromium` (CHROMIUM_PATH overrides).
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist-addin');
const fakeFile = path.join(__dirname, 'out', 'office-fake.js');
const published = path.join(root, 'examples', 'skabeloner');
const screenshot = process.argv.includes('--screenshot') ? path.join(root, 'assets', 'screenshots', 'skabeloner.png') : path.join(__dirname, 'out', 'skabeloner.png');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const results = [];
function check(name, ok, detail = '') {
  results.push({ ok: Boolean(ok) });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
}

function bundleFake() {
  if (fs.existsSync(fakeFile)) return Promise.resolve();
  const webpack = require('webpack');
  const config = {
    mode: 'production',
    target: ['web', 'es2019'],
    devtool: false,
    context: root,
    entry: path.join(__dirname, 'officeFake.entry.ts'),
    output: { path: path.dirname(fakeFile), filename: path.basename(fakeFile) },
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { module: 'es2020', moduleResolution: 'node', target: 'es2019' } } } }] },
    optimization: { minimize: false },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => webpack(config, (err, stats) => (err || stats.hasErrors() ? reject(err || new Error(stats.toString('errors-only'))) : resolve())));
}

/** A copy of dist-addin/ with `templates` (a folder, or null for none) as templates/. */
function site(templates, change = () => undefined) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-site-'));
  fs.cpSync(dist, dir, { recursive: true });
  fs.rmSync(path.join(dir, 'templates'), { recursive: true, force: true });
  if (templates) fs.cpSync(templates, path.join(dir, 'templates'), { recursive: true });
  change(path.join(dir, 'templates'));
  return dir;
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

/** The picker's value once the templates are loaded (the organisation's folder first): '' until then. */
async function loadedValue(picker) {
  for (let i = 0; i < 100; i++) {
    const value = await picker.inputValue();
    if (value !== '') return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return picker.inputValue();
}

async function openPane(browser, dir, fakeJs) {
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.request().url() === OFFICE_JS ? route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: fakeJs }) : route.fulfill({ status: 404, body: '' }),
  );
  await context.route(/^(?!http:\/\/127\.0\.0\.1:\d+\/|https:\/\/appsforoffice\.microsoft\.com\/|data:|blob:)/, (route) => route.abort());
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole('button', { name: 'Tjek', exact: true }).waitFor({ timeout: 20000 });
  const close = async () => {
    await context.close();
    server.close();
  };
  return { page, base, requests, errors, close };
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'bundle-stats.json'))) throw new Error('dist-addin/ is not built: run `npm run build` (or tests/e2e/run.js) first');
  await bundleFake();
  const fakeJs = fs.readFileSync(fakeFile, 'utf8');
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const sites = [];
  try {
    // 1. The published folder.
    sites.push(site(published));
    const pane = await openPane(browser, sites[0], fakeJs);
    const picker = pane.page.getByRole('combobox', { name: 'Skabelon' });
    const value = await loadedValue(picker);
    check("the office's default template is chosen", value === 'eksempel-budget-2027', value);
    const groups = await picker.evaluate((s) => Array.from(s.querySelectorAll('optgroup')).map((g) => `${g.label}: ${Array.from(g.querySelectorAll('option')).map((o) => o.value).join(',')}`));
    check("the picker lists the organisation's templates under its name, then the built-in ones", groups[0] === 'Organisationens skabeloner – Eksempel Kommune, Økonomi og Analyse: eksempel-budget-2027' && /^Indbyggede skabeloner: kk-ofs-2025-2026,generic,stat-aktstykke$/.test(groups[1]), groups.join(' | '));
    check("the office's PL-skøn is shown with its source and date", await pane.page.getByText('PL-skøn: KL, PL-skøn juni 2026 (eksempel) (udgivet 2026-06-15)').isVisible());
    await pane.page.getByLabel('Hele projektmappen').check();
    await pane.page.getByRole('button', { name: 'Tjek', exact: true }).click();
    await pane.page.getByTestId('summary').waitFor({ timeout: 20000 });
    check('checking the workbook with the organisation’s template shows a summary', /fejl|advarsl/.test(await pane.page.getByTestId('summary').innerText()));
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await pane.page.screenshot({ path: screenshot, fullPage: false });
    check(`screenshot saved to ${path.relative(root, screenshot)}`, fs.statSync(screenshot).size > 1000);
    const fetched = pane.requests.filter((u) => u.includes('/templates/')).map((u) => u.slice(pane.base.length));
    check('the pane fetched templates/index.json and the template it names, from its own server', fetched.includes('/templates/index.json') && fetched.includes('/templates/eksempel-budget-2027.json'), fetched.join(', '));
    const foreign = pane.requests.filter((u) => !u.startsWith(`${pane.base}/`) && u !== OFFICE_JS && !u.startsWith('data:'));
    check('no request but to the add-in’s own server and the Office.js URL', foreign.length === 0, foreign.join(', '));
    check('no Content-Security-Policy violation', (await pane.page.evaluate(() => window.__csp)).length === 0);
    check('no page errors', pane.errors.length === 0, pane.errors.join(' | '));
    await pane.close();

    // 2. A template file the index names is missing on the server.
    sites.push(site(published, (dir) => fs.rmSync(path.join(dir, 'eksempel-budget-2027.json'))));
    const broken = await openPane(browser, sites[1], fakeJs);
    const notice = broken.page.getByTestId('organisation-error');
    await notice.waitFor({ timeout: 10000 }).catch(() => undefined);
    const text = (await notice.count()) ? await notice.innerText() : '';
    check('a broken folder is a Danish notice saying what to do', /kan ikke bruges: eksempel-budget-2027\.json: filen findes ikke på serveren — læg den i mappen templates\/, eller fjern den fra index\.json/.test(text), text);
    check('the built-in default remains to use', (await loadedValue(broken.page.getByRole('combobox', { name: 'Skabelon' }))) === 'kk-ofs-2025-2026');
    await broken.close();

    // 3. No templates/ at all.
    sites.push(site(null));
    const none = await openPane(browser, sites[2], fakeJs);
    check('no templates folder: no notice, the built-in default', (await none.page.getByTestId('organisation-error').count()) === 0 && (await loadedValue(none.page.getByRole('combobox', { name: 'Skabelon' }))) === 'kk-ofs-2025-2026');
    await none.close();
  } finally {
    await browser.close();
    for (const dir of sites) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .catch((e) => check('e2e organisation templates', false, e && e.stack ? e.stack : String(e)))
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`\n${results.length - failed}/${results.length} checks passed`);
    process.exitCode = failed ? 1 : 0;
  });
