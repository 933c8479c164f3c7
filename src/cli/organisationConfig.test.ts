import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import { CONFIG_FILE, findConfigFile } from './organisationConfig';

const root = join(__dirname, '..', '..');
const appendix = join(root, 'examples', 'ofs-2025-2026-bilag.xlsx');
const published = join(root, 'examples', 'skabeloner');

let dir: string;
let project: string;
let input: string;
let home: string;
const realHome = process.env.HOME;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budgettjek-org-'));
  home = join(dir, 'home');
  mkdirSync(home);
  // A finance office's share: the templates folder, and a project folder with the config at its top.
  cpSync(published, join(dir, 'share', 'skabeloner'), { recursive: true });
  project = join(dir, 'budget-2027');
  mkdirSync(join(project, 'forslag'), { recursive: true });
  writeFileSync(join(project, CONFIG_FILE), JSON.stringify({ templates: '../share/skabeloner' }));
  input = join(project, 'forslag', 'bilag.xlsx');
  copyFileSync(appendix, input);
  process.env.HOME = home;
});
afterAll(() => {
  process.env.HOME = realHome;
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}

describe("the organisation's templates on the command line", () => {
  it('finds budgettjek.config.json from the input’s folder upward and checks with the office’s default template', async () => {
    expect(findConfigFile(input, home)).toBe(join(project, CONFIG_FILE));
    const r = await run('check', '--format', 'json', input);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.template).toMatchObject({ id: 'eksempel-budget-2027', source: 'organisation' });
  });

  it('--template picks another of the set by id; the built-in ones get the PL-skøn steps they lack', async () => {
    const r = await run('templates', 'show', 'generic', '--templates', published);
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown.priceIndices).toEqual([
      { styringsomraade: 'Service', from: 2026, to: 2027, percent: '2.9', source: 'KL, PL-skøn juni 2026 (eksempel)', published: '2026-06-15' },
      { styringsomraade: 'Anlæg', from: 2026, to: 2027, percent: '3.1', source: 'KL, PL-skøn juni 2026 (eksempel)', published: '2026-06-15' },
    ]);
    const checked = await run('check', '--format', 'json', '--template', 'generic', input);
    expect(JSON.parse(checked.stdout).template).toMatchObject({ id: 'generic', source: 'builtin' });
  });

  it('lists the set as the organisation’s, with its PL-skøn and default, above the built-in ones', async () => {
    const r = await run('templates', '--templates', published);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Organisationens skabeloner – Eksempel Kommune, Økonomi og Analyse \(.*skabeloner\):\nPL-skøn: KL, PL-skøn juni 2026 \(eksempel\), udgivet 2026-06-15 \(2 trin\)/);
    expect(r.stdout).toContain('eksempel-budget-2027 (standard)\n');
    expect(r.stdout).toContain('\nIndbyggede skabeloner:\n\nkk-ofs-2025-2026\n');
    expect(r.stdout).not.toMatch(/null;/);
  });

  it('looks in the home folder when no folder above the input has a config file', async () => {
    const elsewhere = join(dir, 'andet');
    mkdirSync(elsewhere);
    copyFileSync(appendix, join(elsewhere, 'bilag.xlsx'));
    expect((JSON.parse((await run('check', '--format', 'json', join(elsewhere, 'bilag.xlsx'))).stdout)).template.id).toBe('kk-ofs-2025-2026');
    writeFileSync(join(home, CONFIG_FILE), JSON.stringify({ templates: join(dir, 'share', 'skabeloner') }));
    try {
      expect((JSON.parse((await run('check', '--format', 'json', join(elsewhere, 'bilag.xlsx'))).stdout)).template.id).toBe('eksempel-budget-2027');
    } finally {
      rmSync(join(home, CONFIG_FILE));
    }
  });

  it('a broken set is an error that says what to fix (exit 2), never a silent fallback to the built-in templates', async () => {
    const broken = join(dir, 'broken');
    cpSync(published, broken, { recursive: true });
    writeFileSync(join(broken, 'eksempel-budget-2027.json'), '{"id": "eksempel-budget-2027",');
    const r = await run('check', '--templates', broken, input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `budgettjek: Organisationens skabeloner i ${broken} kan ikke bruges: eksempel-budget-2027.json: filen slutter midt i JSON-teksten (mangler en } eller ]?) — åbn den i en editor og ret den. Ret filerne i skabelonmappen (se docs/drift.md), eller spørg den der udgiver dem.\n`,
    );
    const en = await run('check', '--lang', 'en', '--templates', join(dir, 'nowhere'), input);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^budgettjek: the templates folder .*nowhere does not exist or is not a folder — fix the path/);
    writeFileSync(join(project, CONFIG_FILE), '{"skabeloner": "x"}');
    try {
      const bad = await run('check', input);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`${CONFIG_FILE} skal være et JSON-objekt med feltet "templates"`);
    } finally {
      writeFileSync(join(project, CONFIG_FILE), JSON.stringify({ templates: '../share/skabeloner' }));
    }
  });

  it('a template file that is no JSON is named in Danish, not with the parser’s English', async () => {
    const file = join(dir, 'halv.json');
    writeFileSync(file, '{"id": "halv"');
    const r = await run('templates', 'show', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`budgettjek: skabelonfilen ${file}: filen slutter midt i JSON-teksten (mangler en } eller ]?) — åbn den i en editor og ret den\n`);
  });
});
