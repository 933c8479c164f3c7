/**
 * SPEC §7: no network calls beyond loading Office.js, and no eval. The product's own code is read
 * as text: no module that can open a connection, no fetch/XHR/WebSocket/beacon, no eval or
 * new Function. (The built task pane's only remote script is Office.js — asserted in the e2e test,
 * which also fails on any request that is not to the local server or the Office.js address.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'fake' || name === 'testing' || name === '__fixtures__') continue; // test doubles
      sources(full, out);
    } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
      out.push(full);
    }
  }
  return out;
}

const forbidden: Array<[RegExp, string]> = [
  [/from ['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|require\(['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]\)/, 'network module'],
  [/\bfetch\s*\(/, 'fetch'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bnew\s+WebSocket\b|\bEventSource\b/, 'socket'],
  [/\bsendBeacon\b/, 'sendBeacon'],
  [/(^|[^.\w])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
];

describe('the shipped code makes no network calls and evaluates no strings', () => {
  const files = sources(join(root, 'src'));

  it('reads every source file of the product', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(join('core', 'analyse.ts')))).toBe(true);
    expect(files.some((f) => f.endsWith(join('office', 'readWorkbook.ts')))).toBe(true);
  });

  /**
   * The one request of the add-in's own: the organisation's templates folder on the add-in's own
   * server (same origin, inside connect-src 'self'); the module refuses any other origin.
   */
  const sameOriginFetch = join('src', 'addin', 'organisationTemplates.ts');

  it.each(forbidden.map(([re, what]) => [what, re] as const))('no %s', (what, re) => {
    const hits = files.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(hits).toEqual(what === 'fetch' ? [sameOriginFetch] : []);
  });

  it('the one fetch is guarded to the page’s own origin', () => {
    const text = readFileSync(join(root, sameOriginFetch), 'utf8');
    expect(text.match(/\bfetch\s*\(/g)).toHaveLength(1);
    expect(text).toMatch(/if \(new URL\(url, pageUrl\)\.origin !== origin\) throw/);
  });

  it('the task pane page allows scripts only from itself and the Office.js CDN', () => {
    const html = readFileSync(join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1].trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/connect-src 'self'/);
  });
});
