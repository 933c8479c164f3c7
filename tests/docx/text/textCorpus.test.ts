/**
 * The text corpus (examples/tekst/, written by scripts/make-text-examples.ts): the appendix's three
 * proposals with their real text, an aktstykke-style text with bullets, and published texts — each
 * clean and with a planted mistake. Every planted mistake is found at its paragraph and table cell;
 * no clean text gives a finding from its text. BC39 as published is reported in the CLI's text and
 * JSON output and in the annotated .docx, where the comment stands on the sentence.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { analyseWorkbook } from '../../../src/core/analyse';
import { renderMessage } from '../../../src/core/messages';
import { builtinTemplate } from '../../../src/core/templates/builtin';
import { main } from '../../../src/cli/main';
import { readDocxBuffer } from '../../../src/readers/docx/readDocx';

const ROOT = join(__dirname, '..', '..', '..');
const TEKST = join(ROOT, 'examples', 'tekst');
const template = builtinTemplate('kk-ofs-2025-2026')!;

interface Expected {
  file: string;
  note?: string;
  findings: { rule: string; paragraph: string; sheet: string; cell: string }[];
}
const corpus = JSON.parse(readFileSync(join(TEKST, 'forventet.json'), 'utf8')) as { sources: Record<string, string>; documents: Expected[] };

const dir = mkdtempSync(join(tmpdir(), 'budgettjek-tekst-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function textFindings(file: string) {
  const result = analyseWorkbook(await readDocxBuffer(readFileSync(join(TEKST, file)), file), template);
  return result.findings.filter((f) => f.rule.startsWith('TEXT_'));
}

const key = (f: { rule: string; paragraph: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell} ${f.paragraph}`;

describe('the text corpus', () => {
  test('holds clean and mutated texts: the three proposals, an aktstykke and at least three published texts with their source', () => {
    const files = corpus.documents.map((d) => d.file);
    for (const code of ['BC01', 'BC02', 'BC39']) expect(files).toContain(`${code}.docx`);
    expect(files).toEqual(expect.arrayContaining(['aktstykke.docx', 'aktstykke-punkt-aendret.docx']));
    const published = Object.entries(corpus.sources);
    expect(published.length).toBeGreaterThanOrEqual(3);
    for (const [name, url] of published) {
      expect(url).toMatch(/^https:\/\//);
      expect(files).toEqual(expect.arrayContaining([`${name}.docx`, `${name}-aendret.docx`]));
    }
    expect(readdirSync(TEKST).filter((f) => f.endsWith('.docx')).sort()).toEqual([...files].sort());
  });

  test.each(corpus.documents.map((d) => [d.file, d] as const))('%s', async (file, expected) => {
    const found = await textFindings(file);
    expect(found.map((f) => key({ rule: f.rule, paragraph: f.paragraph!.da, sheet: f.sheet, cell: f.cell })).sort()).toEqual(expected.findings.map(key).sort());
    for (const f of found) {
      expect(renderMessage(f, 'da')).not.toMatch(/\{\w+\}/);
      expect(renderMessage(f, 'en')).not.toMatch(/\{\w+\}/);
    }
  });

  test('BC39 as published: the 2028 sentence, against its parts and against the table', async () => {
    const found = await textFindings('BC39.docx');
    const messages = found.map((f) => renderMessage(f, 'da'));
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Teksten angiver 0,5 mio. kr. i 2028, men tabellens total i D7 er 550 (1.000 kr.), dvs. 0,55 mio. kr. (med tekstens præcision 0,6 mio. kr.)'),
        expect.stringContaining('(0,3 mio. kr. + 0,1 mio. kr. + 0,15 mio. kr.), summerer til 0,55 mio. kr.'),
      ]),
    );
    expect(found.every((f) => f.textAt?.paragraph !== undefined && f.textAt.start === 0)).toBe(true);
  });
});

describe('budgettjek check on BC39 as published', () => {
  async function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
      return { code, stdout, stderr };
    } finally {
      process.chdir(cwd);
    }
  }
  const bc39 = relative(ROOT, join(TEKST, 'BC39.docx'));

  test('text output names the paragraph', async () => {
    const { stdout, stderr } = await run('check', bc39);
    expect(stderr).toBe('');
    expect(stdout).toContain('D7  advarsel TEXT_TABLE_MISMATCH: Afsnit 2. Økonomi, 1. afsnit: Teksten angiver 0,5 mio. kr. i 2028');
    expect(stdout).toMatch(/TEXT_SUM_MISMATCH: Afsnit 2\. Økonomi, 1\. afsnit: Teksten angiver 0,5 mio\. kr\. i 2028 som samlet beløb/);
  });

  test('JSON has `paragraph` beside sheet and cell, in the language asked for', async () => {
    const da = JSON.parse((await run('check', '--format', 'json', bc39)).stdout);
    const en = JSON.parse((await run('check', '--format', 'json', '--lang', 'en', bc39)).stdout);
    const pick = (doc: { files: { findings: Record<string, unknown>[] }[] }) =>
      doc.files[0].findings.filter((f) => String(f.rule).startsWith('TEXT_')).map((f) => [f.rule, f.sheet, f.cell, f.paragraph]);
    expect(pick(da)).toEqual([
      ['TEXT_SUM_MISMATCH', 'Tabel 1', 'A1', 'Afsnit 2. Økonomi, 1. afsnit'],
      ['TEXT_TABLE_MISMATCH', 'Tabel 1', 'D7', 'Afsnit 2. Økonomi, 1. afsnit'],
    ]);
    expect(pick(en).map((x) => x[3])).toEqual(['Section 2. Økonomi, paragraph 1', 'Section 2. Økonomi, paragraph 1']);
    // Findings from tables carry no paragraph.
    expect(da.files[0].findings.filter((f: Record<string, unknown>) => !String(f.rule).startsWith('TEXT_')).every((f: Record<string, unknown>) => !('paragraph' in f))).toBe(true);
  });

  test('--annotate puts one comment on the sentence, carrying both findings', async () => {
    const out = join(dir, 'BC39-markeret.docx');
    const input = join(TEKST, 'BC39.docx');
    const before = readFileSync(input);
    const { code, stderr } = await run('check', '--annotate', out, bc39);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const comments = await zip.file('word/comments.xml')!.async('string');
    const anchored = /<w:p>(<w:commentRangeStart w:id="(\d+)"\/>[\s\S]*?)<\/w:p>/.exec(xml);
    expect(anchored).not.toBeNull();
    const [, inner, id] = anchored!;
    expect(inner).toContain('Der afsættes 1,45 mio. kr. i 2027 og 0,5 mio. kr. i 2028');
    expect(inner).toContain(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    const comment = new RegExp(`<w:comment w:id="${id}"[^>]*>([\\s\\S]*?)</w:comment>`).exec(comments)![1];
    expect(comment).toContain('TEXT_TABLE_MISMATCH (Afsnit 2. Økonomi, 1. afsnit)');
    expect(comment).toContain('TEXT_SUM_MISMATCH (Afsnit 2. Økonomi, 1. afsnit)');
    // The table cell D7 gets no comment of its own for the text's finding.
    expect(comments.match(/TEXT_/g)).toHaveLength(2);
  });
});
