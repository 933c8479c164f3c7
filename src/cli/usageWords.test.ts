import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countText } from './output/textReport';
import { main } from './main';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), colour: false });
  return { code, out, err };
}

describe('the words commander writes, in Danish (English with --lang en)', () => {
  test('--help: Danish titles, the examples and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Brug: budgettjek/);
    expect(r.out).toContain('Tilvalg:');
    expect(r.out).toContain('Kommandoer:');
    expect(r.out).toContain('vis denne hjælp');
    expect(r.out).toContain('Eksempler:');
    expect(r.out).toMatch(/Afslutningskoder:\n {2}0 {2}ingen fejl/);
    expect(r.out).not.toMatch(/display help|Usage:|Options:/);
    // The user guide and the finding catalogue, as files that exist (shipped in the package).
    const guide = /Brugervejledning: (.+)\n/.exec(r.out)?.[1];
    const findings = /Hvad hvert fund betyder, og hvad du gør: (.+)\n/.exec(r.out)?.[1];
    expect(guide && existsSync(guide)).toBe(true);
    expect(findings && existsSync(findings)).toBe(true);
  });

  test("a command's help says its defaults and choices in Danish", async () => {
    const r = await run(['check', '--help']);
    expect(r.out).toContain('(mulige: "text", "json", standard: "text")');
    expect(r.out).not.toMatch(/\(default:|choices:/);
  });

  test.each([
    [['convert', 'x.xlsx'], 'budgettjek: tilvalget --to <år> mangler\n'],
    [['chek'], 'budgettjek: ukendt kommando chek (mente du check?)\n'],
    [['check', '--format', 'csv', 'x.xlsx'], 'budgettjek: --format <format>: "csv" er ikke tilladt; mulige værdier: text, json\n'],
    [['check'], 'budgettjek: argumentet <stier> mangler: angiv en eller flere filer eller mapper, fx: budgettjek check bilag.xlsx\n'],
    [['fix', '--out', 'ud.xlsx'], 'budgettjek: argumentet <ind.xlsx> mangler: angiv projektmappen, fx: budgettjek fix --out rettet.xlsx bilag.xlsx\n'],
    [['check', '--bogus', 'x.xlsx'], 'budgettjek: ukendt tilvalg --bogus\n'],
  ])('%j is bad usage, said in Danish on one line', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message);
  });

  test('--lang en: English', async () => {
    const r = await run(['convert', '--lang', 'en', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("budgettjek: required option '--to <year>' not specified\n");
    const help = await run(['--help', '--lang', 'en']);
    expect(help.out).toContain('Exit codes:');
    expect(help.out).toMatch(/^Usage: budgettjek \[options\] \[command\]/);
    const missing = await run(['check', '--lang', 'en']);
    expect(missing.err).toBe("budgettjek: missing required argument 'paths': give one or more files or folders, e.g.: budgettjek check bilag.xlsx\n");
  });

  test('--lang en: every option description of every command in English', async () => {
    for (const cmd of [['check'], ['convert'], ['fix'], ['templates'], ['templates', 'show'], ['templates', 'new']]) {
      const help = (await run([...cmd, '--help', '--lang', 'en'])).out;
      expect([cmd.join(' '), /\b(skabelon|tjek|omregn|skriv|kopi|mappe|filer|ændres|hvor|antal|sprog)\b/i.test(help)]).toEqual([cmd.join(' '), false]);
    }
  });

  test('Danish help: usage, arguments and placeholders in Danish; check names .docx', async () => {
    const top = (await run(['--help'])).out;
    expect(top).toMatch(/^Brug: budgettjek \[tilvalg\] \[kommando\]/);
    const check = (await run(['check', '--help'])).out;
    expect(check).toMatch(/^Brug: budgettjek check \[tilvalg\] <stier\.\.\.>/);
    expect(check).toContain('Argumenter:\n  stier');
    expect(check).toContain('.docx');
    const convert = (await run(['convert', '--help'])).out;
    expect(convert).toContain('--to <år>');
    expect(convert).toContain('--rounding <metode>');
    expect((await run(['fix', '--help'])).out).toContain('--only <koder>');
    expect(`${top}${check}${convert}`).not.toMatch(/<(year|method|codes|paths)/);
  });
});

describe('the check report', () => {
  test('counts with thousands separators in Danish and English', () => {
    expect(countText(2550, 'da')).toBe('2.550');
    expect(countText(1800, 'en')).toBe('1,800');
    expect(countText(999, 'da')).toBe('999');
    expect(countText(1234567, 'da')).toBe('1.234.567');
  });

  test('says what budgettjek fix can mend: certain fixes, and the choices', async () => {
    const file = join(__dirname, '..', '..', 'examples', 'typiske-fejl.xlsx');
    const r = await run(['check', file]);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^1 fil, 17 tabeller: /);
    expect(lines[lines.length - 2]).toBe(`9 fund kan rettes automatisk med: budgettjek fix --out rettet.xlsx ${file}; 4 mere, hvis du vælger det (--totals sum, --relabel).`);
    const en = await run(['check', '--lang', 'en', file]);
    expect(en.out).toContain(`9 findings can be fixed automatically with: budgettjek fix --out fixed.xlsx ${file}; 4 more if you choose to (--totals sum, --relabel).`);
  });
});
