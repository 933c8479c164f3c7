import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import * as yauzl from 'yauzl';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { analyseWorkbook } from '../../core/analyse';
import { parseA1 } from '../../core/a1';
import { renderMessage } from '../../core/messages';
import type { AnalysisResult } from '../../core/model';
import { builtinTemplate } from '../../core/templates/builtin';
import { readDocxBuffer } from '../../readers/docx/readDocx';
import { TableWalker } from '../../readers/docx/tableWalker';
import { W_NS, costTable, p, tbl, tc, tr, wordParts } from '../../readers/docx/__fixtures__/wordParts';
import { localName } from '../../readers/xlsx/xml';
import { removeTmp, tmpDir, writeTmp, zipParts } from '../../readers/xlsx/__fixtures__/fixtures';
import { OutputError } from '../outputError';
import { severityFill } from '../xlsx/annotate';
import { writeAnnotatedDocx } from './annotateDocx';

const template = builtinTemplate('kk-ofs-2025-2026')!;
const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'docx', 'typiske-fejl.docx');
const CHANGED = ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'];

afterAll(() => removeTmp());

async function analyse(file: string): Promise<AnalysisResult> {
  return analyseWorkbook(await readDocxBuffer(fs.readFileSync(file), file), template);
}

/** Each entry's compressed bytes as stored, in the archive's order (a raw copy keeps them). */
async function rawEntries(file: string): Promise<[string, string][]> {
  const zf = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (err, z) => (err || !z ? reject(err) : resolve(z))),
  );
  const out: [string, string][] = [];
  await new Promise<void>((resolve, reject) => {
    zf.on('entry', (entry: yauzl.Entry) => {
      zf.openReadStream(entry, { decodeFileData: false }, (err, stream) => {
        if (err || !stream) return reject(err);
        const hash = crypto.createHash('sha256');
        stream.on('data', (c: Buffer) => hash.update(c));
        stream.once('end', () => {
          out.push([entry.fileName, hash.digest('hex')]);
          zf.readEntry();
        });
      });
    });
    zf.once('end', resolve);
    zf.once('error', reject);
    zf.readEntry();
  });
  zf.close();
  return out;
}

async function entries(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) out.set(name, await zip.files[name].async('string'));
  return out;
}

interface AnnotatedCell {
  fill: string | null;
  commentIds: string[];
}

/** Each table cell of a document.xml: its shading and the comments anchored in it. */
function annotatedCells(xml: string): Map<string, AnnotatedCell> {
  const cells = new Map<string, AnnotatedCell>();
  const parser = new SaxesParser({ position: false });
  let current: AnnotatedCell | null = null;
  const walker = new TableWalker('test', {
    cellOpen(cell) {
      current = { fill: null, commentIds: [] };
      cells.set(`Tabel ${cell.table}!${cell.row}:${cell.col}`, current);
    },
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    walker.open(name, tag as SaxesTagPlain);
    if (!current) return;
    if (name === 'shd') current.fill = String(tag.attributes['w:fill']);
    if (name === 'commentRangeStart') current.commentIds.push(String(tag.attributes['w:id']));
  });
  parser.on('closetag', (tag) => walker.close(localName(tag.name)));
  parser.write(xml).close();
  return cells;
}

describe('writeAnnotatedDocx', () => {
  test('shades each flagged cell by severity and comments it; every other part stays byte for byte', async () => {
    const input = writeTmp('fejl.docx', fs.readFileSync(EXAMPLE));
    const before = crypto.createHash('sha256').update(fs.readFileSync(input)).digest('hex');
    const result = await analyse(input);
    const out = path.join(tmpDir(), 'fejl-markeret.docx');
    const summary = await writeAnnotatedDocx(input, out, result, 'da');
    expect(crypto.createHash('sha256').update(fs.readFileSync(input)).digest('hex')).toBe(before);

    const a = await entries(input);
    const b = await entries(out);
    expect([...b.keys()].filter((n) => !a.has(n))).toEqual(['word/comments.xml']);
    for (const [name, text] of a) if (!CHANGED.includes(name)) expect({ name, same: b.get(name) === text }).toEqual({ name, same: true });
    // Copied raw: the unchanged entries' compressed bytes too, in the same order.
    const rawA = (await rawEntries(input)).filter(([n]) => !CHANGED.includes(n));
    const rawB = (await rawEntries(out)).filter(([n]) => !CHANGED.includes(n));
    expect(rawB).toEqual(rawA);
    expect(rawA.length).toBeGreaterThanOrEqual(3);

    // The document itself: only the shading and the comment anchors were spliced in.
    const doc = b.get('word/document.xml')!;
    const stripped = doc
      .replace(/<w:shd w:val="clear" w:color="auto" w:fill="[0-9A-F]{6}"\/>/g, '')
      .replace(/<w:commentRangeStart w:id="\d+"\/>/g, '')
      .replace(/<w:commentRangeEnd w:id="\d+"\/><w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, '');
    expect(stripped).toBe(a.get('word/document.xml'));

    const comments = b.get('word/comments.xml')!;
    const commentText = new Map<string, string>();
    for (const m of comments.matchAll(/<w:comment w:id="(\d+)"[^>]*>(.*?)<\/w:comment>/g)) commentText.set(m[1], m[2].replace(/<[^>]+>/g, ' '));
    const cells = annotatedCells(doc);
    const flagged = new Set<string>();
    for (const f of result.findings) {
      const at = parseA1(f.cell);
      const key = `${f.sheet}!${at.row}:${at.col}`;
      flagged.add(key);
      const cell = cells.get(key)!;
      expect(cell.commentIds).toHaveLength(1);
      const worst = result.findings.filter((g) => g.sheet === f.sheet && g.cell === f.cell).map((g) => g.severity).sort((x, y) => ['error', 'warning', 'info'].indexOf(x) - ['error', 'warning', 'info'].indexOf(y))[0];
      expect({ key, fill: cell.fill }).toEqual({ key, fill: severityFill[worst].slice(2) });
      const text = commentText.get(cell.commentIds[0])!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(text).toContain(f.rule);
      expect(text).toContain(renderMessage(f, 'da'));
    }
    expect(summary).toEqual({ annotatedCells: flagged.size, findings: result.findings.length });
    for (const [key, cell] of cells) if (!flagged.has(key)) expect({ key, cell }).toEqual({ key, cell: { fill: null, commentIds: [] } });

    expect(b.get('word/_rels/document.xml.rels')).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    expect(b.get('[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    // The copy reads back to the same findings: nothing of the data moved.
    expect((await analyse(out)).findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(result.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
  });

  test('cells without properties, self-closing properties or paragraphs, an old shading and later properties are edited in schema order', async () => {
    const table = tbl(
      tr(tc('1.000 kr. 2027 p/l'), tc('Styringsområde'), tc('2026'), tc('2027')),
      tr(tc('Projektledelse'), tc('Service'), tc('300', '<w:shd w:val="clear" w:color="auto" w:fill="00FF00"/><w:vAlign w:val="top"/>'), tc('', '<w:tcW w:w="5"/><w:tcPrChange w:id="7" w:author="a"><w:tcPr><w:tcW w:w="4"/></w:tcPr></w:tcPrChange>')),
      tr(tc('Licenser'), tc('Service'), `<w:tc><w:tcPr/><w:p><w:r><w:t>200</w:t></w:r></w:p></w:tc>`, `<w:tc><w:tcPr><w:tcW w:w="9"/><w:vAlign w:val="top"/></w:tcPr><w:p/></w:tc>`),
      tr(tc('Samlede implementeringsomkostninger'), tc('Service'), tc('400'), tc('ca. 5')),
    );
    const input = writeTmp('kanter.docx', await zipParts(wordParts(p('BC05 Kanter', { style: 'Heading1' }) + table)));
    const result = await analyse(input);
    const found = ['A1 YEARS_MISMATCH', 'C4 TOTAL_MISMATCH', 'D4 AMOUNT_NOT_NUMERIC'];
    expect(result.findings.map((f) => `${f.cell} ${f.rule}`).sort()).toEqual(found);
    // Point findings at the awkward cells too, as the writer must handle whatever a rule names.
    const extra = (cell: string) => ({ ...result.findings.find((f) => f.severity === 'error')!, cell });
    const all = { ...result, findings: [...result.findings, extra('C2'), extra('C3'), extra('D3'), extra('D2')] };
    const out = path.join(tmpDir(), 'kanter-markeret.docx');
    await writeAnnotatedDocx(input, out, all, 'da');
    const doc = (await entries(out)).get('word/document.xml')!;
    const fill = severityFill.error.slice(2);
    expect(doc).toContain(`<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/><w:vAlign w:val="top"/></w:tcPr>`);
    expect(doc).not.toContain('00FF00');
    expect(doc).toContain(`<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/></w:tcPr><w:p><w:commentRangeStart`);
    // A tracked change's former properties stay last, as the schema wants.
    expect(doc).toContain(`<w:tcPr><w:tcW w:w="5"/><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/><w:tcPrChange w:id="7" w:author="a"><w:tcPr><w:tcW w:w="4"/></w:tcPr></w:tcPrChange></w:tcPr>`);
    expect(doc).toContain(`<w:tcPr><w:tcW w:w="9"/><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/><w:vAlign w:val="top"/></w:tcPr><w:p><w:commentRangeStart`);
    const cells = annotatedCells(doc);
    for (const key of ['Tabel 1!2:3', 'Tabel 1!2:4', 'Tabel 1!3:3', 'Tabel 1!3:4', 'Tabel 1!4:3', 'Tabel 1!4:4']) expect({ key, n: cells.get(key)!.commentIds.length }).toEqual({ key, n: 1 });
    expect((await analyse(out)).findings.map((f) => `${f.cell} ${f.rule}`).sort()).toEqual(found);
  });

  test("an existing comments part is appended to, with ids after the document's own", async () => {
    const body =
      p('BC06 Med kommentar', { style: 'Heading1' }) +
      '<w:p><w:commentRangeStart w:id="4"/><w:r><w:t>Hej</w:t></w:r><w:commentRangeEnd w:id="4"/><w:r><w:commentReference w:id="4"/></w:r></w:p>' +
      costTable([
        ['Projektledelse', 'Service', '300', ''],
        ['Samlede implementeringsomkostninger', 'Service', '999', ''],
      ]);
    const parts = wordParts(body);
    parts['word/comments.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W_NS}"><w:comment w:id="4" w:author="Lone"><w:p><w:r><w:t>Tjek lige</w:t></w:r></w:p></w:comment></w:comments>`;
    parts['word/_rels/document.xml.rels'] = (parts['word/_rels/document.xml.rels'] as string).replace(
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    );
    parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
    );
    const input = writeTmp('kommentar.docx', await zipParts(parts));
    const out = path.join(tmpDir(), 'kommentar-markeret.docx');
    await writeAnnotatedDocx(input, out, await analyse(input), 'en');
    const a = await entries(input);
    const b = await entries(out);
    expect(b.get('[Content_Types].xml')).toBe(a.get('[Content_Types].xml'));
    expect(b.get('word/_rels/document.xml.rels')).toBe(a.get('word/_rels/document.xml.rels'));
    const comments = b.get('word/comments.xml')!;
    expect(comments).toContain('<w:comment w:id="4" w:author="Lone"><w:p><w:r><w:t>Tjek lige</w:t></w:r></w:p></w:comment><w:comment w:id="5" w:author="Budgettjek"');
    expect(comments).toMatch(/Error TOTAL_MISMATCH \(Tabel 1!C3\): .*999/);
  });

  test('never writes its input, and a copy of a Word document keeps its extension', async () => {
    const input = writeTmp('selv.docx', fs.readFileSync(EXAMPLE));
    const result = await analyse(input);
    await expect(writeAnnotatedDocx(input, input, result, 'da')).rejects.toMatchObject({ code: 'same-as-input' });
    const link = path.join(tmpDir(), 'link.docx');
    fs.symlinkSync(input, link);
    await expect(writeAnnotatedDocx(input, link, result, 'da')).rejects.toMatchObject({ code: 'same-as-input' });
    const err = await writeAnnotatedDocx(input, path.join(tmpDir(), 'kopi.xlsx'), result, 'da').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).messageFor('da')).toMatch(/kopi\.xlsx: den markerede kopi af et Word-dokument skal have dokumentets filtype \(\.docx\)/);
  });
});

describe('writeAnnotatedDocx: findings read from sentences', () => {
  const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const item = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${r(text)}</w:p>`;
  const body =
    p('Tilskuddene fordeles således:') +
    item('3,0 mio. kr. til forsøg,') +
    item('4,0 mio. kr. til evaluering.') +
    `<w:p>${r('Det er besluttet. ')}${r('Der søges om et tilskud på i alt 9,9 mio. kr. i 2025.')}${r(' Mere tekst følger.')}</w:p>` +
    costTable([['Udvikling', 'Service', '600', '']]);

  test('the comment spans the runs that hold the sentence, and says where the sentence stands', async () => {
    const input = await writeTmp('saetning.docx', await zipParts(wordParts(body)));
    const result = await analyse(input);
    const text = result.findings.filter((f) => f.rule === 'TEXT_SUM_MISMATCH');
    expect(text.map((f) => [f.sheet, f.cell, f.paragraph?.da])).toEqual([['Tekst', 'A4', '4. afsnit']]);
    const out = path.join(tmpDir(), 'saetning-markeret.docx');
    const summary = await writeAnnotatedDocx(input, out, result, 'da');
    expect(summary.annotatedSentences).toBe(1);
    const parts = await entries(out);
    const doc = parts.get('word/document.xml')!;
    const m = /<w:commentRangeStart w:id="(\d+)"\/>/.exec(doc)!;
    const id = m[1];
    const anchored = doc.slice(m.index, doc.indexOf(`<w:commentRangeEnd w:id="${id}"/>`));
    // Only the run with the sentence: not the one before it, not the one after.
    expect(anchored).toContain('Der søges om et tilskud på i alt 9,9 mio. kr. i 2025.');
    expect(anchored).not.toContain('Det er besluttet.');
    expect(doc.slice(doc.indexOf(`<w:commentRangeEnd w:id="${id}"/>`))).toMatch(new RegExp(`^<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>${r(' Mere tekst følger.').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(parts.get('word/comments.xml')).toContain('TEXT_SUM_MISMATCH (4. afsnit): Teksten angiver 9,9 mio. kr. i 2025 som samlet beløb');
    // The copy reads as the original: the same text, the same findings.
    const again = await analyse(out);
    expect(again.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual(result.findings.map((f) => [f.rule, f.sheet, f.cell]));
  });
});

describe('writeAnnotatedDocx: a sentence inside a run', () => {
  const body =
    p('Tilskuddene fordeles således:') +
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>3,0 mio. kr. til forsøg,</w:t></w:r></w:p>` +
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>4,0 mio. kr. til evaluering.</w:t></w:r></w:p>` +
    `<w:p><w:r w:rsidR="00AB12CD"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Der søges om et tilskud på i alt 9,9 mio. kr. i 2025. Det er besluttet &amp; godkendt.</w:t></w:r></w:p>`;

  test('the run is split where the sentence ends: each part keeps its properties, the text reads the same', async () => {
    const input = await writeTmp('indeni.docx', await zipParts(wordParts(body)));
    const result = await analyse(input);
    expect(result.findings.map((f) => f.rule)).toEqual(['TEXT_SUM_MISMATCH']);
    const out = path.join(tmpDir(), 'indeni-markeret.docx');
    await writeAnnotatedDocx(input, out, result, 'en');
    const doc = (await entries(out)).get('word/document.xml')!;
    const id = /<w:commentRangeStart w:id="(\d+)"\/>/.exec(doc)![1];
    expect(doc).toContain(
      `<w:commentRangeStart w:id="${id}"/><w:r w:rsidR="00AB12CD"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Der søges om et tilskud på i alt 9,9 mio. kr. i 2025.</w:t></w:r>` +
        `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>` +
        `<w:r w:rsidR="00AB12CD"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> Det er besluttet &amp; godkendt.</w:t></w:r>`,
    );
    const again = await readDocxBuffer(fs.readFileSync(out), out);
    const original = await readDocxBuffer(fs.readFileSync(input), input);
    expect(again.paragraphs).toEqual(original.paragraphs);
  });
});
