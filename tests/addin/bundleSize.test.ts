/**
 * The task pane's JavaScript stays at or below 500 KB minified and ships nothing it must not:
 * checked on dist-addin/, which `npm test` builds first (its pretest script runs `npm run build`;
 * webpack itself already fails the production build above the limit; the e2e asserts it too).
 */
import * as fs from 'fs';
import * as path from 'path';

const dist = path.resolve(__dirname, '../../dist-addin');
const statsFile = path.join(dist, 'bundle-stats.json');
const LIMIT = 500 * 1024;

describe('built task pane (dist-addin)', () => {
  if (!fs.existsSync(statsFile)) throw new Error('dist-addin/ is not built: run `npm run build` (npm test does it first)');
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  const js = (f: string) => fs.readFileSync(path.join(dist, f), 'utf8');

  test('is a production build no bigger than 500 KB', () => {
    expect(stats.mode).toBe('production');
    expect(stats.limitBytes).toBe(LIMIT);
    const onDisk = stats.taskpaneFiles.reduce((n: number, f: string) => n + fs.statSync(path.join(dist, f)).size, 0);
    expect(onDisk).toBe(stats.taskpaneBytes);
    expect(onDisk).toBeLessThanOrEqual(LIMIT);
  });

  test('React runs in production mode and Office.js is not bundled', () => {
    const pane = js('taskpane.js');
    // Booleans, not the text: a failing match must not print half a megabyte of code.
    expect(/react-dom\.development|react\.development/.test(pane)).toBe(false);
    expect(pane.includes('OSF.DDA')).toBe(false);
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    // The build may minify the HTML (attribute quotes dropped): match either form.
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/);
    expect(html).toMatch(/<meta\s+http-equiv="?Content-Security-Policy"?/);
    expect(html).toMatch(/<script defer(="defer")? src="?taskpane\.js"?><\/script>/);
    expect(html.indexOf('office.js')).toBeLessThan(html.indexOf('taskpane.js'));
  });

  test('no eval, no Node modules, no network endpoints of its own', () => {
    for (const f of ['taskpane.js', 'functions.js']) {
      const code = js(f);
      expect([f, /[^\w.]eval\(/.test(code)]).toEqual([f, false]);
      expect([f, /require\("(node:)?(fs|path|zlib|stream|crypto|os|child_process)"\)/.test(code)]).toEqual([f, false]);
      expect([f, /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon/.test(code)]).toEqual([f, false]);
    }
  });
});

test('the limit the build enforces is the same 500 KB', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(require('../../webpack.config.js').TASKPANE_JS_LIMIT).toBe(LIMIT);
});
