import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from './main';

const appendix = join(__dirname, '..', '..', 'examples', 'ofs-2025-2026-bilag.xlsx');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('budgettjek check', () => {
  it('checks the published appendix: the rounding note, and BC39 without price level and with other years', async () => {
    const before = sha256(appendix);
    const { code, stdout, stderr } = await run('check', appendix);
    expect(stderr).toBe('');
    expect(code).toBe(1); // PRICE_LEVEL_MISSING on BC39 is an error
    expect(stdout).toMatch(/D7\s+info\s+TOTAL_ROUNDING: .*4\.951.*4\.952/);
    expect(stdout).toMatch(/A4\s+fejl\s+PRICE_LEVEL_MISSING/);
    expect(stdout).toMatch(/A4\s+advarsel YEARS_MISMATCH: .*Mangler: 2026, 2031/);
    expect(stdout).toMatch(/Ark BC01\n\s+Tabel 1\. Forslagets samlede økonomiske konsekvenser \(A4:H10, forslag, 1\.000 kr\. 2027 p\/l\) – ingen fund/);
    expect(stdout.trim().split('\n').pop()).toBe('1 fil, 4 tabeller: 1 fejl, 1 advarsel, 1 oplysning.');
    expect(sha256(appendix)).toBe(before);
  });

  it('writes one JSON document with tables, findings and a summary', async () => {
    const { code, stdout } = await run('check', '--format', 'json', appendix);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.tool.name).toBe('budgettjek');
    expect(doc.template.id).toBe('kk-ofs-2025-2026');
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].tables.map((t: { sheet: string; kind: string }) => `${t.sheet}:${t.kind}`)).toEqual([
      'Oversigt:overview',
      'BC01:proposal',
      'BC02:proposal',
      'BC39:proposal',
    ]);
    const rounding = doc.files[0].findings.find((f: { rule: string }) => f.rule === 'TOTAL_ROUNDING');
    expect(rounding).toMatchObject({ severity: 'info', sheet: 'Oversigt', cell: 'D7', expected: 4952, actual: 4951, difference: -1 });
    expect(doc.summary).toEqual({ errors: 1, warnings: 1, infos: 1, tables: 4 });
  });

  it('speaks English on request, with English number formatting', async () => {
    const { stdout } = await run('check', '--lang', 'en', appendix);
    expect(stdout).toMatch(/states 4,951, its rows sum to 4,952/);
    expect(stdout.trim().split('\n').pop()).toBe('1 file, 4 tables: 1 error, 1 warning, 1 info.');
  });

  it('searches folders recursively and skips Excel lock files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-folder-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    copyFileSync(appendix, join(dir, 'a', 'b', 'bilag.xlsx'));
    writeFileSync(join(dir, 'a', '~$bilag.xlsx'), 'lock');
    const { code, stdout, stderr } = await run('check', dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain(join(dir, 'a', 'b', 'bilag.xlsx'));
  });

  it('says "no tables found" and exits 0 for an empty workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-empty-'));
    const file = join(dir, 'tom.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ark1');
    await wb.xlsx.writeFile(file);
    const { code, stdout, stderr } = await run('check', file);
    expect(code).toBe(0);
    expect(stdout).toContain('Ingen tabeller fundet.');
    // One line on stderr says why that may be.
    expect(stderr).toBe(`budgettjek: ${file}: ingen tabel fundet; en tabel er mindst to rækker med beløb og tekst ud for dem, og en tabel indsat som billede eller på et beskyttet ark kan ikke læses\n`);
  });

  it('exits 2 with one line naming a missing file, and keeps the file in the report', async () => {
    const { code, stderr, stdout } = await run('check', '/no/such/file.xlsx');
    expect(code).toBe(2);
    expect(stderr).toBe('budgettjek: /no/such/file.xlsx: filen eller mappen findes ikke\n');
    expect(stdout).toBe('/no/such/file.xlsx\n  filen eller mappen findes ikke\n\n1 fil, 0 tabeller: 0 fejl, 0 advarsler, 0 oplysninger. 1 fil kunne ikke læses.\n');
    const json = await run('check', '--format', 'json', '/no/such/file.xlsx');
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout);
    expect(doc.files).toEqual([{ path: '/no/such/file.xlsx', error: { code: 'missing', message: 'filen eller mappen findes ikke' }, tables: [], findings: [] }]);
    expect(doc.summary).toEqual({ errors: 0, warnings: 0, infos: 0, tables: 0, unreadable: 1 });
  });

  it('exits 2 naming the field of a broken template file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-tpl-'));
    const file = join(dir, 'min-skabelon.json');
    const kk = JSON.parse(readFileSync(join(__dirname, '..', 'core', 'templates', 'builtin', 'kk-ofs-2025-2026.json'), 'utf8'));
    kk.priceIndices[0].percent = 'to procent';
    writeFileSync(file, JSON.stringify(kk));
    const { code, stderr } = await run('check', '--template', file, appendix);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^budgettjek: Skabelonen .*min-skabelon\.json er ugyldig: priceIndices\[0\]\.percent: /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a template of 500.000 nested arrays or 27.000 styringsområder in one clear line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-tpl-'));
    const deep = join(dir, 'dyb.json');
    writeFileSync(deep, '['.repeat(500_000) + ']'.repeat(500_000));
    const a = await run('check', '--template', deep, appendix);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^budgettjek: Skabelonen .*dyb\.json er ugyldig: \(skabelonen\): indlejret mere end 8 niveauer dybt/);
    expect(a.stderr).not.toMatch(/call stack|uventet/);
    const wide = join(dir, 'bred.json');
    const kk = JSON.parse(readFileSync(join(__dirname, '..', 'core', 'templates', 'builtin', 'kk-ofs-2025-2026.json'), 'utf8'));
    kk.styringsomraader = Array.from({ length: 27_000 }, (_, i) => ({ name: `Område ${i}`, aliases: [] }));
    writeFileSync(wide, JSON.stringify(kk));
    const b = await run('check', '--template', wide, appendix);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/styringsomraader: 27\.000 styringsområder — en skabelon har højst 500 styringsområder\n$/);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('uses a valid template file of the user', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-tpl-'));
    const file = join(dir, 'egen.json');
    const kk = JSON.parse(readFileSync(join(__dirname, '..', 'core', 'templates', 'builtin', 'kk-ofs-2025-2026.json'), 'utf8'));
    kk.id = 'egen';
    kk.years = [2027, 2028, 2029, 2030];
    writeFileSync(file, JSON.stringify(kk));
    const { stdout } = await run('check', '--template', file, '--format', 'json', appendix);
    const doc = JSON.parse(stdout);
    expect(doc.template).toMatchObject({ id: 'egen', source: file });
    // BC39's years now match; BC01's 2026 and 2031 are now extra.
    const years = doc.files[0].findings.filter((f: { rule: string }) => f.rule === 'YEARS_MISMATCH').map((f: { sheet: string }) => f.sheet);
    expect(years).toEqual(['BC01', 'BC02']);
  });

  it('exits 2 on an unknown template and on an unknown option, one line each', async () => {
    const a = await run('check', '--template', 'nope', appendix);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^budgettjek: ukendt skabelon "nope".*\n$/);
    const b = await run('check', '--colour', appendix);
    expect(b.code).toBe(2);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to annotate over its input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-ann-'));
    const file = join(dir, 'bilag.xlsx');
    copyFileSync(appendix, file);
    const before = sha256(file);
    const { code, stderr } = await run('check', '--annotate', file, file);
    expect(code).toBe(2);
    expect(stderr).toBe(`budgettjek: ${file}: uddatafilen er den samme fil som inddatafilen; Budgettjek skriver aldrig i inddatafilen – vælg et andet navn\n`);
    expect(sha256(file)).toBe(before);
  });
});

describe('budgettjek templates', () => {
  it('lists the built-in templates with the default marked', async () => {
    const { code, stdout } = await run('templates');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^kk-ofs-2025-2026 \(standard\)/);
    expect(stdout).toMatch(/\ngeneric\n/);
    expect(stdout).toContain('forslag 2027 p/l, oversigt 2026 p/l; 2026–2031');
  });

  it('prints help and version with exit 0', async () => {
    expect((await run('--help')).code).toBe(0);
    const v = await run('--version');
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('budgettjek check --annotate', () => {
  it('writes an annotated copy, leaves the input alone, and will not overwrite an existing file without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-ann-'));
    const out = join(dir, 'markeret.xlsx');
    const before = sha256(appendix);
    const first = await run('check', '--annotate', out, appendix);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(`Markeret kopi skrevet til ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('BC39')!.getCell('A4').note).toBeDefined();
    expect(wb.worksheets.map((w) => w.name)).toContain('Budgettjek-rapport');
    const again = await run('check', '--annotate', out, appendix);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`budgettjek: ${out}: filen findes allerede; brug --force for at overskrive den\n`);
    expect((await run('check', '--force', '--annotate', out, appendix)).code).toBe(1);
    expect(sha256(appendix)).toBe(before);
  });
});

describe('budgettjek check on a folder with a bad file among good ones', () => {
  it('reports the good workbooks, names the bad one on stderr in one line, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-mixed-'));
    copyFileSync(appendix, join(dir, 'a-bilag.xlsx'));
    writeFileSync(join(dir, 'b-regneark.xlsx'), 'Udvalg;Forslag;Service\nBIU;BC01;1017\n');
    copyFileSync(appendix, join(dir, 'c-bilag.xlsx'));
    const { code, stdout, stderr } = await run('check', dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`budgettjek: ${join(dir, 'b-regneark.xlsx')}: en tekstfil (fx CSV), ikke en Excel-projektmappe; åbn den i Excel og gem som .xlsx\n`);
    expect(stdout).toContain(join(dir, 'a-bilag.xlsx'));
    expect(stdout).toContain(`${join(dir, 'b-regneark.xlsx')}\n  en tekstfil (fx CSV), ikke en Excel-projektmappe`);
    expect(stdout).toContain(join(dir, 'c-bilag.xlsx'));
    expect(stdout.trim().split('\n').pop()).toBe('3 filer, 8 tabeller: 2 fejl, 2 advarsler, 2 oplysninger. 1 fil kunne ikke læses.');

    const json = await run('check', '--format', 'json', dir);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(['a-bilag.xlsx', 'b-regneark.xlsx', 'c-bilag.xlsx'].map((f) => join(dir, f)));
    expect(doc.files[1].error).toEqual({ code: 'csv', message: 'en tekstfil (fx CSV), ikke en Excel-projektmappe; åbn den i Excel og gem som .xlsx' });
    expect(doc.files[0].findings.length).toBeGreaterThan(0);
    expect(doc.files[2].findings.length).toBe(doc.files[0].findings.length);
    expect(doc.summary).toEqual({ errors: 2, warnings: 2, infos: 2, tables: 8, unreadable: 1 });
  });
});
