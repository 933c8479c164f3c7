import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseTemplate, templateFileText } from '../core/templates/template';
import { builtinTemplate } from '../core/templates/builtin';
import { main } from './main';

const appendix = join(__dirname, '..', '..', 'examples', 'ofs-2025-2026-bilag.xlsx');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budgettjek-templates-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('budgettjek templates', () => {
  it('lists the built-in templates, stat-aktstykke with no styringsområde required', async () => {
    const r = await run('templates');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^kk-ofs-2025-2026 \(standard\)\n/);
    expect(r.stdout).toContain('stat-aktstykke\n  Staten – aktstykker');
    expect(r.stdout).toContain('mio. kr.; forslag valgfrit p/l, oversigt valgfrit p/l; valgfrie år; styringsområde kræves ikke; 4 prisindekstrin med kilde');
    expect((await run('templates', '--lang', 'en')).stdout).toContain('no styringsområde required; 4 price index steps with their source');
  });

  it('show prints a built-in template as JSON that loads back as the same template', async () => {
    const r = await run('templates', 'show', 'stat-aktstykke');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(templateFileText(builtinTemplate('stat-aktstykke')!));
    expect(parseTemplate(JSON.parse(r.stdout), 'shown')).toEqual(builtinTemplate('stat-aktstykke'));
    const file = join(dir, 'shown.json');
    writeFileSync(file, r.stdout);
    expect((await run('templates', 'show', file)).stdout).toBe(r.stdout);
    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(1024 * 1024 + 1));
    expect((await run('templates', 'show', big)).stderr).toBe(`budgettjek: skabelonfilen ${big} er 1025 KB; en skabelon er højst 1024 KB\n`);
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${r.stdout}`); // as Notepad saves it
    expect((await run('templates', 'show', bom)).stdout).toBe(r.stdout);
    const bad = await run('templates', 'show', 'kk-ofs-2099');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('budgettjek: ukendt skabelon "kk-ofs-2099": hverken en indbygget (kk-ofs-2025-2026, generic, stat-aktstykke) eller en fil — se listen med "budgettjek templates", eller angiv stien til en JSON-fil\n');
  });

  it('new --from derives a template, says what it read and what not, and checking the model with it gives only its known error', async () => {
    const before = sha256(appendix);
    const out = join(dir, 'ofs.json');
    const r = await run('templates', 'new', '--from', appendix, '--id', 'kk-ofs-model', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Skabelon "kk-ofs-model" skrevet til ${out}.\nAflæst af modellen:\n  - enhed: 1.000 kr.\n  - forslagstabeller: 2027 p/l\n  - oversigtstabeller: 2026 p/l\n  - år: 2026–2031\n`);
    expect(r.stdout).toContain('Ikke aflæst (ret i filen, i Excel eller ved kørslen):\n  - BC39!A4:F10 angiver intet prisniveau\n');
    expect(r.stdout).toContain(`Tjek med den: budgettjek check --template ${out} ${appendix}`);
    expect(sha256(appendix)).toBe(before);
    const en = await run('templates', 'new', '--lang', 'en', '--from', appendix, '--out', join(dir, 'ofs-en.json'));
    expect(en.stdout).toContain('Read from the model:\n  - unit: 1.000 kr.\n  - proposal tables: 2027 p/l\n');
    expect(en.stdout).toContain('Not read (fix in the file, in Excel or on the command line):\n  - BC39!A4:F10 states no price level\n');

    const check = await run('check', '--format', 'json', '--template', out, '--index', 'Service:2026-2027=2,8', appendix);
    const doc = JSON.parse(check.stdout);
    expect(doc.template.id).toBe('kk-ofs-model');
    const rules = doc.files[0].findings.map((f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(rules).toEqual(['TOTAL_ROUNDING Oversigt!D7', 'PRICE_LEVEL_MISSING BC39!A4', 'YEARS_MISMATCH BC39!A4']);
  });

  it('new refuses to write over the model, over an existing file without --force, or over a folder even with --force', async () => {
    const copy = join(dir, 'model.xlsx');
    writeFileSync(copy, readFileSync(appendix));
    const before = sha256(copy);
    const same = await run('templates', 'new', '--from', copy, '--out', copy, '--force');
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('uddatafilen er den samme fil som inddatafilen');
    expect(sha256(copy)).toBe(before);

    const existing = join(dir, 'exists.json');
    writeFileSync(existing, 'keep');
    const noForce = await run('templates', 'new', '--from', copy, '--out', existing);
    expect(noForce.code).toBe(2);
    expect(noForce.stderr).toBe(`budgettjek: ${existing}: filen findes allerede; brug --force for at overskrive den\n`);
    expect(readFileSync(existing, 'utf8')).toBe('keep');
    const forced = await run('templates', 'new', '--from', copy, '--out', existing, '--force');
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(existing, 'utf8')).id).toBe('model');

    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder);
    const onFolder = await run('templates', 'new', '--from', copy, '--out', folder, '--force');
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toContain('ikke en almindelig fil');
  });

  it('new: an unreadable model, an unknown sheet and a bad --id exit 2 with one line in the chosen language', async () => {
    const missing = await run('templates', 'new', '--from', join(dir, 'nope.xlsx'), '--out', join(dir, 'n.json'), '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`budgettjek: ${join(dir, 'nope.xlsx')}: no such file or folder\n`);
    const sheet = await run('templates', 'new', '--from', appendix, '--sheet', 'BC99', '--out', join(dir, 's.json'));
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toBe(`budgettjek: ${appendix}: intet ark hedder "BC99" (arkene er "Oversigt", "BC01", "BC02", "BC39")\n`);
    const id = await run('templates', 'new', '--from', appendix, '--id', 'Min Skabelon', '--out', join(dir, 'i.json'));
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^budgettjek: Skabelonen Min Skabelon er ugyldig: id: ugyldig værdi "Min Skabelon" — skal være små bogstaver/);
    expect(existsSync(join(dir, 'i.json'))).toBe(false);
  });
});

describe('--index', () => {
  it('adds a step for one run: convert to 2025 p/l converts once the 2025→2026 Service step is given', async () => {
    const out = join(dir, 'to2025.xlsx');
    const without = await run('convert', '--to', '2025', '--from', '2027', '--out', out, appendix);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('ingen tabel blev omregnet; ingen fil skrevet');
    expect(existsSync(out)).toBe(false);
    const withIndex = await run('convert', '--to', '2025', '--from', '2027', '--index', 'Service:2025-2026=2,9', '--out', out, appendix);
    expect(withIndex.stderr).toBe('');
    expect(withIndex.code).toBe(0);
    expect(withIndex.stdout).toContain('BC01!A4:H10: 2027 p/l → 2025 p/l, faktor Service ÷ 1,057812, 5 celler');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('BC01')!.getCell('A4').value).toBe('1.000 kr. 2025 p/l');
  });

  it('overrides a template step for one run (check), and is validated like a template step', async () => {
    const wrong = await run('check', '--index', 'Service:2026-2027=5', appendix);
    expect(wrong.stdout).toContain('CROSS_TABLE_MISMATCH');
    const bad = await run('check', '--index', 'Kultur:2026-2027=2', '--index', 'Anlæg:2026-2028=2', '--index', 'Anlæg:2026-2027=-120', '--index', 'Service=2', appendix);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'budgettjek: --index "Kultur:2026-2027=2": "Kultur" er ikke et af skabelonens styringsområder (Service, Anlæg, Overførsler, Finansposter); ' +
        '--index "Anlæg:2026-2028=2": et indekstrin gælder ét år frem, fx "Anlæg:2026-2027=2"; ' +
        '--index "Anlæg:2026-2027=-120": "-120" er ikke en årlig stigning i procent over -100, fx 3,1; ' +
        '--index "Service=2": skal have formen STYRINGSOMRÅDE:FRA-TIL=PROCENT, fx --index "Anlæg:2026-2027=3,1"\n',
    );
    const en = await run('convert', '--lang', 'en', '--to', '2026', '--index', 'Bruttoanlæg:2026-2027=x', '--out', join(dir, 'x.xlsx'), appendix);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('budgettjek: --index "Bruttoanlæg:2026-2027=x": "x" is no yearly rise in percent above -100, e.g. 3.1\n');
  });
});
