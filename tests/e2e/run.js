#!/usr/bin/env node
/**
 * End-to-end test of the task pane in a real browser, without Excel (`npm run test:e2e`):
 *  1. builds the add-in into dist-addin/ (production webpack) unless it is up to date;
 *  2. bundles the in-memory Excel fake (src/office/fake/excelFake.ts) seeded with the published
 *     appendix into tests/e2e/out/office-fake.js — test-only, never in dist-addin/;
 *  3. serves dist-addin/ over plain http on 127.0.0.1 (sirv; no certificates, no sudo);
 *  4. opens taskpane.html in Debian's chromium (playwright-core), answering the page's request
 *     for https://appsforoffice.microsoft.com/lib/1/hosted/office.js with the fake;
 *  5. checks the whole workbook, asserts the summary and findings, clicks a finding and asserts
 *     (in the fake) that its cell is selected, marks and unmarks cells, runs the ribbon command and
 *     the custom function, saves assets/screenshots/taskpane.png;
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
const screenshot = path.join(root, 'assets/screenshots/taskpane.png');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
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

function serve(dir) {
  const sirv = require('sirv');
  const handler = sirv(dir, { dev: true, etag: false });
  const server = http.createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  buildAddinIfStale();
  const stats = JSON.parse(fs.readFileSync(path.join(dist, 'bundle-stats.json'), 'utf8'));
  check(`task pane JS is ${(stats.taskpaneBytes / 1024).toFixed(1)} KB ≤ 500 KB`, stats.taskpaneBytes <= LIMIT && stats.mode === 'production', JSON.stringify(stats.assets));
  check('the Office fake is not in the production build', !fs.readdirSync(dist).some((f) => /fake/i.test(f)) && !fs.readFileSync(path.join(dist, 'taskpane.js'), 'utf8').includes('installOfficeFake'));

  const fakeFile = await bundleFake();
  const fakeJs = fs.readFileSync(fakeFile, 'utf8');
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 420, height: 1000 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
    const page = await context.newPage();
    const requests = [];
    const pageErrors = [];
    const consoleErrors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
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
    await page.screenshot({ path: screenshot, fullPage: true });
    check(`screenshot saved to ${path.relative(root, screenshot)}`, fs.statSync(screenshot).size > 1000);
    await page.getByRole('button', { name: 'Fjern markeringer' }).click();
    await page.getByText(/Markeringerne? af/).waitFor({ timeout: 10000 });
    const after = await (await fake()).evaluate((f) => JSON.stringify(f.fillSnapshot()));
    check('Fjern markeringer restores every fill', after === before, after);

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
    await problems.getByText(/priceIndices\[0\]\.percent: mangler/).waitFor({ timeout: 5000 }).catch(() => undefined);
    check('the editor names the missing fields as the user types', /priceIndices\[0\]\.source: mangler — skriv hvor tallet kommer fra/.test(await problems.innerText()), await problems.innerText());
    const step = editor.getByTestId('index-0');
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
    check('the downloaded file is the template with its index step', downloaded.id === 'egen-skabelon' && downloaded.priceIndices[0].published === '2026-06-15');

    // Network and CSP.
    const foreign = requests.filter((u) => !u.startsWith(`${base}/`) && u !== OFFICE_JS && !u.startsWith('data:'));
    check('no network requests but the local server and the Office.js URL', foreign.length === 0, foreign.join(', '));
    check('Office.js was requested from the CDN URL', requests.includes(OFFICE_JS));
    const violations = await page.evaluate(() => window.__csp);
    check('no Content-Security-Policy violations', violations.length === 0, violations.join(' | '));
    check('no page errors', pageErrors.length === 0, pageErrors.join(' | '));
    check('no console errors', consoleErrors.length === 0, consoleErrors.join(' | '));
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
