/**
 * manifest.xml, offline: well-formed; every resid resolves; every URL is a file the production
 * build emits (from webpack.config.js's entries and plugins, and on disk when dist-addin/ is
 * built); icons exist at the sizes named; ribbon actions, shared runtime and custom functions are
 * declared and match the code (commands.ts's action id, functions.ts's metadata).
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CHECK_TOTALS_ACTION } from '../../src/commands/commands';

const root = path.resolve(__dirname, '../..');
const manifestText = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const DEV_BASE = 'https://localhost:3000/';

type XNode = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: true });
const doc = parser.parse(manifestText) as XNode;
const app = doc.OfficeApp as XNode;

/** Every element (with its tag name) in document order, depth first. */
function elements(node: unknown, tag = '', out: Array<{ tag: string; node: XNode }> = []): Array<{ tag: string; node: XNode }> {
  if (Array.isArray(node)) {
    for (const n of node) elements(n, tag, out);
  } else if (node && typeof node === 'object') {
    out.push({ tag, node: node as XNode });
    for (const [k, v] of Object.entries(node as XNode)) if (!k.startsWith('@_') && k !== '#text') elements(v, k, out);
  }
  return out;
}
const all = elements(app, 'OfficeApp');
const byTag = (tag: string) => all.filter((e) => e.tag === tag).map((e) => e.node);
const attr = (n: XNode, name: string) => n[`@_${name}`] as string | undefined;
const text = (v: unknown) => (typeof v === 'string' ? v : ((v as XNode)?.['#text'] as string | undefined));

const resources = (app.VersionOverrides as XNode).Resources as XNode;
const resourceEntries = new Map<string, XNode>();
for (const [group, child] of [
  ['bt:Images', 'bt:Image'],
  ['bt:Urls', 'bt:Url'],
  ['bt:ShortStrings', 'bt:String'],
  ['bt:LongStrings', 'bt:String'],
]) {
  const list = ((resources[group] as XNode)?.[child] ?? []) as XNode | XNode[];
  for (const n of Array.isArray(list) ? list : [list]) resourceEntries.set(attr(n, 'id')!, n);
}
const resource = (id: string) => {
  const r = resourceEntries.get(id);
  if (!r) throw new Error(`resid "${id}" has no Resources entry`);
  return r;
};
const resValue = (id: string) => attr(resource(id), 'DefaultValue')!;
const resOverride = (id: string, locale: string) => {
  const o = resource(id)['bt:Override'] as XNode | XNode[] | undefined;
  return (Array.isArray(o) ? o : o ? [o] : []).find((x) => attr(x, 'Locale') === locale)?.['@_Value'];
};

/** Files the production build writes into dist-addin/, derived from webpack.config.js. */
async function emittedFiles(): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'production' });
  const files = new Set<string>();
  // An entry with its own filename keeps it (functions.js, named by the manifest); the others are content-hashed.
  for (const [name, entry] of Object.entries(config.entry)) files.add((entry as { filename?: string }).filename ?? config.output.filename.replace('[name]', name));
  for (const plugin of config.plugins) {
    const kind = plugin.constructor.name;
    if (kind === 'HtmlWebpackPlugin') files.add(plugin.userOptions.filename);
    if (kind === 'CustomFunctionsMetadataPlugin' || kind === 'LocalizedFunctionsMetadataPlugin') files.add(plugin.options.output);
    if (kind === 'CopyPlugin') {
      for (const p of plugin.patterns) {
        const from: string = p.from;
        if (from.includes('*')) {
          const dir = path.dirname(from);
          const re = new RegExp(`^${path.basename(from).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
          for (const f of fs.readdirSync(path.join(root, dir))) if (re.test(f)) files.add(p.to.replace('[path]', `${dir}/`).replace('[name]', path.parse(f).name).replace('[ext]', path.parse(f).ext));
        } else {
          if (!fs.existsSync(path.join(root, from))) throw new Error(`copy source ${from} is missing`);
          files.add(p.to);
        }
      }
    }
  }
  return files;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const distDir = path.join(root, 'dist-addin');

describe('manifest.xml', () => {
  test('is well-formed XML with the expected top-level facts', () => {
    expect(XMLValidator.validate(manifestText)).toBe(true);
    expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
    expect(text(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(app.DefaultLocale)).toBe('da-DK');
    expect(text(app.Permissions)).toBe('ReadWriteDocument');
    expect(attr((app.Hosts as XNode).Host as XNode, 'Name')).toBe('Workbook');
    // ExcelApi's version is checked against the code in requirementSets.test.ts.
    const sets = ((app.Requirements as XNode).Sets as XNode).Set as XNode[];
    expect(sets.map((x) => attr(x, 'Name'))).toEqual(['ExcelApi', 'SharedRuntime']);
    expect(attr(sets[1], 'MinVersion')).toBe('1.1');
    expect(attr(app.DisplayName as XNode, 'DefaultValue')).toBe('Budgettjek');
    expect(attr((app.Description as XNode).Override as XNode, 'Locale')).toBe('en-US');
  });

  test('top-level elements are in the order the schema requires', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const present = [...manifestText.matchAll(/^ {2}<(\w+)/gm)].map((m) => m[1]);
    expect(present).toEqual(order.filter((t) => present.includes(t)));
  });

  test('every resid resolves to a Resources entry, and every Resources entry is used', () => {
    const resids = all.map((e) => attr(e.node, 'resid')).filter((r): r is string => Boolean(r));
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) {
      expect(resource(r)).toBeDefined();
      expect(r.length).toBeLessThanOrEqual(32);
    }
    for (const id of resourceEntries.keys()) expect(resids).toContain(id);
  });

  test('every URL is https://localhost:3000/… and maps to a file the production build emits', async () => {
    const files = await emittedFiles();
    expect([...files]).toEqual(expect.arrayContaining(['taskpane.html', 'taskpane.[contenthash:8].js', 'functions.js', 'functions.json', 'manifest.xml', 'help.html']));
    const urls = new Set<string>();
    for (const { node } of all) {
      for (const v of [attr(node, 'DefaultValue'), attr(node, 'Value')]) if (v && /^https?:/.test(v)) urls.add(v);
    }
    expect(urls).toContain(`${DEV_BASE}functions-en.json`);
    expect(urls.size).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(DEV_BASE)).toBe(true);
      const rel = url.slice(DEV_BASE.length);
      expect(files.has(rel) ? rel : `${rel} (not emitted)`).toBe(rel);
      expect(fs.existsSync(path.join(distDir, rel)) ? rel : `${rel} missing in dist-addin`).toBe(rel);
    }
  });

  test('icons exist as PNGs at the sizes named', () => {
    const check = (url: string, size: number) => {
      const file = path.join(root, url.slice(DEV_BASE.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    };
    check(attr(app.IconUrl as XNode, 'DefaultValue')!, 32);
    check(attr(app.HighResolutionIconUrl as XNode, 'DefaultValue')!, 64);
    const images = all.filter((e) => e.tag === 'bt:Image' && attr(e.node, 'size'));
    expect(images.length).toBeGreaterThanOrEqual(9);
    for (const { node } of images) check(resValue(attr(node, 'resid')!), Number(attr(node, 'size')));
  });

  test('shared runtime: one long-lived runtime on the task pane page, used by commands and functions', () => {
    const runtime = byTag('Runtime');
    expect(runtime).toHaveLength(1);
    expect(attr(runtime[0], 'lifetime')).toBe('long');
    expect(attr(runtime[0], 'resid')).toBe('Taskpane.Url');
    expect(attr(byTag('FunctionFile')[0], 'resid')).toBe('Taskpane.Url');
    expect(resValue('Taskpane.Url')).toBe(`${DEV_BASE}taskpane.html`);
  });

  test('the Home tab has the group "Budgettjek" with "Tjek totaler" (checkTotals) and "Åbn Budgettjek" (task pane)', () => {
    const tab = byTag('OfficeTab');
    expect(tab.map((t) => attr(t, 'id'))).toEqual(['TabHome']);
    const group = tab[0].Group as XNode;
    expect(resValue(attr(group.Label as XNode, 'resid')!)).toBe('Budgettjek');
    const controls = group.Control as XNode[];
    const labelled = controls.map((c) => ({
      da: resValue(attr(c.Label as XNode, 'resid')!),
      en: resOverride(attr(c.Label as XNode, 'resid')!, 'en-US'),
      action: c.Action as XNode,
    }));
    const check = labelled.find((c) => c.da === 'Tjek totaler')!;
    expect(check.en).toBe('Check totals');
    expect(attr(check.action, 'xsi:type')).toBe('ExecuteFunction');
    expect(text(check.action.FunctionName)).toBe('checkTotals');
    expect(text(check.action.FunctionName)).toBe(CHECK_TOTALS_ACTION);
    const open = labelled.find((c) => c.da === 'Åbn Budgettjek')!;
    expect(open.en).toBe('Open Budgettjek');
    expect(attr(open.action, 'xsi:type')).toBe('ShowTaskpane');
    expect(attr(open.action.SourceLocation as XNode, 'resid')).toBe('Taskpane.Url');
  });

  test('the custom functions are declared in namespace BUDGETTJEK and their metadata has PL', async () => {
    const ext = byTag('ExtensionPoint').find((e) => attr(e, 'xsi:type') === 'CustomFunctions')!;
    expect(ext).toBeDefined();
    const loc = (k: string) => resValue(attr((ext[k] as XNode).SourceLocation as XNode, 'resid')!);
    expect(loc('Script')).toBe(`${DEV_BASE}functions.js`);
    expect(loc('Page')).toBe(`${DEV_BASE}taskpane.html`);
    expect(loc('Metadata')).toBe(`${DEV_BASE}functions.json`);
    expect(resValue(attr(ext.Namespace as XNode, 'resid')!)).toBe('BUDGETTJEK');

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
    const r = await generateCustomFunctionsMetadata([path.join(root, 'src/functions/functions.ts')], true);
    expect(r.errors).toEqual([]);
    const meta = JSON.parse(r.metadataJson);
    const plFn = meta.functions.find((f: { id: string }) => f.id === 'PL');
    expect(plFn.parameters.map((p: { name: string; optional?: boolean }) => [p.name, Boolean(p.optional)])).toEqual([
      ['beløb', false],
      ['fra_pl', false],
      ['til_pl', false],
      ['styringsområde', true],
    ]);
    expect(r.associate).toEqual([expect.objectContaining({ id: 'PL', functionName: 'pl' })]);
  });

  test('the function metadata is Danish by default and English for en-US (functions-en.json)', () => {
    expect(resOverride('Functions.Metadata.Url', 'en-US')).toBe(`${DEV_BASE}functions-en.json`);
    const da = JSON.parse(fs.readFileSync(path.join(distDir, 'functions.json'), 'utf8'));
    const en = JSON.parse(fs.readFileSync(path.join(distDir, 'functions-en.json'), 'utf8'));
    type FnMeta = { id: string; description: string; parameters: Array<{ name: string; description: string; type: string; optional?: boolean }> };
    const pl = (m: { functions: FnMeta[] }) => m.functions.find((f) => f.id === 'PL')!;
    expect(pl(da).description).toMatch(/^Omregner et beløb/);
    expect(pl(en).description).toMatch(/^Converts an amount/);
    expect(pl(en).parameters.map((p) => p.name)).toEqual(['amount', 'from_pl', 'to_pl', 'budget_area']);
    // Same shape: only the texts differ (Excel matches parameters by position).
    expect(pl(en).parameters.map((p) => [p.type, Boolean(p.optional)])).toEqual(pl(da).parameters.map((p) => [p.type, Boolean(p.optional)]));
    for (const [i, p] of pl(en).parameters.entries()) expect(p.description).not.toBe(pl(da).parameters[i].description);
  });

  test('the build refuses English metadata that does not match the functions', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { localizeFunctionsMetadata } = require(path.join(root, 'webpack.config.js'));
    const meta = { functions: [{ id: 'PL', name: 'PL', description: 'da', parameters: [{ name: 'a', description: 'da', type: 'number' }] }] };
    const param = { name: 'amount', description: 'en' };
    expect(localizeFunctionsMetadata(meta, { functions: { PL: { description: 'en', parameters: [param] } } }).functions[0]).toMatchObject({ description: 'en', parameters: [{ name: 'amount', description: 'en', type: 'number' }] });
    expect(() => localizeFunctionsMetadata(meta, { functions: {} })).toThrow(/no English for PL/);
    expect(() => localizeFunctionsMetadata(meta, { functions: { PL: { description: 'en', parameters: [] } } })).toThrow(/1 parameters, the English 0/);
    expect(() => localizeFunctionsMetadata(meta, { functions: { PL: { description: 'en', parameters: [param] }, XX: { description: 'en', parameters: [] } } })).toThrow(/do not exist: XX/);
  });

  test('the built dist-addin has functions.json with PL and the association in functions.js', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(distDir, 'functions.json'), 'utf8'));
    expect(meta.functions.map((f: { id: string }) => f.id)).toEqual(['PL']);
    const stats = JSON.parse(fs.readFileSync(path.join(distDir, 'bundle-stats.json'), 'utf8'));
    for (const f of ['functions.js', ...stats.taskpaneFiles]) expect(fs.readFileSync(path.join(distDir, f), 'utf8')).toMatch(/\.associate\("PL",/);
    expect(fs.readFileSync(path.join(distDir, 'manifest.xml'), 'utf8')).toContain('<FunctionName>checkTotals</FunctionName>');
  });
});
