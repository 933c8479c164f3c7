/**
 * Deployment manifests, offline: `npm run build:addin -- --base-url URL --env test|production`
 * writes a manifest that is the development manifest.xml (checked in manifest.test.ts) with the
 * base URL in place of https://localhost:3000 and the environment's Id, name and version — so it
 * names the same files and passes the same checks; test and production can be deployed side by side.
 * The version is package.json's in both manifests (scripts/version.js keeps them in step).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deploymentManifest, manifestVersion, IDS } = require('../../scripts/addin-manifest');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseArgs } = require('../../scripts/build-addin');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { setVersion } = require('../../scripts/version');

const root = path.resolve(__dirname, '../..');
const dev = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const DEV = 'https://localhost:3000/';
const BASE = 'https://budgettjek.kommune.example/';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: true });
const urlsOf = (text: string) => [...text.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
const build = (env: 'test' | 'production', extra = {}) => deploymentManifest(dev, { baseUrl: BASE.slice(0, -1), env, version: pkg.version, ...extra });

describe('deployment manifests', () => {
  test("manifest.xml's Version is package.json's version", () => {
    expect(/<Version>([^<]+)<\/Version>/.exec(dev)?.[1]).toBe(manifestVersion(pkg.version));
  });

  test.each(['test', 'production'] as const)('%s: well-formed, every URL is the development one at the base URL, nothing else changed but Id, name and version', (env) => {
    const text = build(env);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(urlsOf(text)).toEqual(urlsOf(dev).map((u) => u.replace(DEV, BASE)));
    expect(text).not.toContain('localhost');
    const app = parser.parse(text).OfficeApp;
    expect(app.Id).toBe(IDS[env]);
    expect(app.Permissions).toBe('ReadWriteDocument');
    // The rest of the document is the development manifest's, line for line.
    const strip = (t: string) => t.replace(/<Id>.*<\/Id>|<Version>.*<\/Version>|<DisplayName[^>]*>|<Override Locale="en-US" Value="Budgettjek( \(test\))?"\/>/g, '').split(DEV.slice(0, -1)).join('').split(BASE.slice(0, -1)).join('');
    expect(strip(text)).toBe(strip(dev));
  });

  test('test and production differ in Id, name and version', () => {
    const [t, p] = [build('test', { build: 7 }), build('production')].map((x) => parser.parse(x).OfficeApp);
    expect(t.Id).not.toBe(p.Id);
    expect([t.DisplayName['@_DefaultValue'], p.DisplayName['@_DefaultValue']]).toEqual(['Budgettjek (test)', 'Budgettjek']);
    expect(t.DisplayName.Override['@_Value']).toBe('Budgettjek (test)');
    expect([t.Version, p.Version]).toEqual([`${pkg.version}.7`, `${pkg.version}.0`]);
  });

  test("the organisation's provider name and support page", () => {
    const app = parser.parse(build('production', { provider: 'Eksempel Kommune & Co', supportUrl: 'https://intra.example/budgettjek' })).OfficeApp;
    expect(app.ProviderName).toBe('Eksempel Kommune & Co');
    expect(app.SupportUrl['@_DefaultValue']).toBe('https://intra.example/budgettjek');
  });

  test('refuses what Office would refuse: http, an unknown environment, a version that is not x.y.z', () => {
    expect(() => deploymentManifest(dev, { baseUrl: 'http://x.example', env: 'production', version: '1.0.0' })).toThrow(/must be https/);
    expect(() => deploymentManifest(dev, { baseUrl: 'https://x.example', env: 'staging', version: '1.0.0' })).toThrow(/not one of test, production/);
    expect(() => deploymentManifest(dev, { baseUrl: 'https://x.example', env: 'test', version: '1.0' })).toThrow(/not major\.minor\.patch/);
    expect(() => parseArgs(['--env', 'test'])).toThrow(/--base-url is required/);
    expect(parseArgs(['--base-url=https://x.example', '--env', 'test', '--build', '3'])).toEqual({ baseUrl: 'https://x.example', env: 'test', build: '3' });
  });

  test('the version script sets package.json, the lockfile and the manifest together', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-version-'));
    try {
      for (const f of ['package.json', 'package-lock.json', 'manifest.xml']) fs.copyFileSync(path.join(root, f), path.join(dir, f));
      setVersion('1.4.2', dir);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version).toBe('1.4.2');
      const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
      expect([lock.version, lock.packages[''].version]).toEqual(['1.4.2', '1.4.2']);
      expect(fs.readFileSync(path.join(dir, 'manifest.xml'), 'utf8')).toContain('<Version>1.4.2.0</Version>');
      expect(() => setVersion('v2', dir)).toThrow(/not major\.minor\.patch/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
