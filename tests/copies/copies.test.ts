/**
 * Copies keep everything: workbooks made by other tools (XlsxWriter completed with Excel's own part
 * kinds, see scripts/make-copy-fixtures.py; and the same saved by LibreOffice) go through
 * check --annotate, convert and fix. Every part the operation does not change is byte-identical in
 * the copy (its stored, compressed bytes too); the changed parts are the ones the operation names.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyseWorkbook } from '../../src/core/analyse';
import { proposeFixes } from '../../src/core/fixes/proposeFixes';
import { combinableEdits, selectFixes } from '../../src/core/fixes/select';
import type { AnalysisResult } from '../../src/core/model';
import { convertTable, type ConversionOk } from '../../src/core/priceLevel/convert';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { readPackageFile, refuseOle } from '../../src/readers/packageFile';
import { resolveLimits } from '../../src/readers/xlsx/limits';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';
import { partKey } from '../../src/readers/xlsx/zip';
import { writeAnnotatedCopy } from '../../src/writers/xlsx/annotate';
import { writeConvertedCopy } from '../../src/writers/xlsx/convert';
import { writeFixedCopy } from '../../src/writers/xlsx/fix';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const FIXTURES = path.join(__dirname, 'fixtures');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-copies-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface StoredPart {
  name: string;
  crc: number;
  method: number;
  stored: Buffer;
  inflated: Buffer;
}

/** Every part of a package: its stored bytes (as compressed) and its content. */
async function parts(file: string): Promise<Map<string, StoredPart>> {
  const out = new Map<string, StoredPart>();
  await readPackageFile(file, resolveLimits(), refuseOle, async (zip) => {
    for (const e of zip.rawEntries()) {
      const raw: Buffer[] = [];
      for await (const c of await zip.openRaw(e.name)) raw.push(c as Buffer);
      const inflated: Buffer[] = [];
      await zip.streamBytes(e.name, (c) => inflated.push(Buffer.from(c)));
      out.set(partKey(e.name), { name: e.name, crc: e.crc32, method: e.method, stored: Buffer.concat(raw), inflated: Buffer.concat(inflated) });
    }
  });
  return out;
}

/** Asserts the copy holds every part of the input; the ones not in `changed` byte for byte as stored. */
async function expectKept(input: string, copy: string, changed: RegExp[]): Promise<{ changedParts: string[]; added: string[] }> {
  const a = await parts(input);
  const b = await parts(copy);
  const changedParts: string[] = [];
  for (const [key, p] of a) {
    const q = b.get(key);
    expect({ part: p.name, inCopy: q !== undefined }).toEqual({ part: p.name, inCopy: true });
    if (p.inflated.equals(q!.inflated)) {
      // Unchanged content: copied as it was stored (compressed bytes, CRC, method).
      expect({ part: p.name, stored: q!.stored.equals(p.stored), crc: q!.crc, method: q!.method }).toEqual({ part: p.name, stored: true, crc: p.crc, method: p.method });
    } else {
      changedParts.push(p.name);
      expect({ part: p.name, mayChange: changed.some((r) => r.test(p.name)) }).toEqual({ part: p.name, mayChange: true });
    }
  }
  const added = [...b.keys()].filter((k) => !a.has(k));
  return { changedParts, added };
}

const ALWAYS_KEPT = [
  'xl/vbaProject.bin',
  'xl/charts/chart1.xml',
  'xl/charts/chart2.xml',
  'xl/chartsheets/sheet1.xml',
  'xl/media/image1.png',
  'xl/drawings/drawing1.xml',
  'xl/tables/table1.xml',
  'xl/externalLinks/externalLink1.xml',
  'xl/threadedComments/threadedComment1.xml',
  'xl/persons/person.xml',
  'customXml/item1.xml',
  'docProps/custom.xml',
  'docProps/app.xml',
  'docProps/core.xml',
  'xl/worksheets/sheet3.xml',
  'xl/theme/theme1.xml',
];

/**
 * How a cell of a copy looks, read straight from its parts (the sheet's XML, styles.xml and the
 * sheet's comments part). ExcelJS cannot be the independent reader here: it expands a data
 * validation over A1:XFD1048576 into one map entry per cell (17 billion), synchronously, which
 * never ends (the annotate test hung on it under Jest, blocking the event loop and Jest's timeout).
 */
function cellLook(copy: Map<string, StoredPart>, sheetPart: string, ref: string): { fill: string | null; numFmt: string | null; note: string } {
  const text = (n: string) => copy.get(partKey(n))?.inflated.toString('utf8') ?? '';
  const sheet = text(sheetPart);
  const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(sheet)?.[0] ?? '';
  const s = Number(/\bs="(\d+)"/.exec(cell)?.[1] ?? 0);
  const styles = text('xl/styles.xml');
  const list = (tag: string, item: string) => {
    const body = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(styles)?.[1] ?? '';
    return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map((m) => m[0]);
  };
  const xf = list('cellXfs', 'xf')[s] ?? '';
  const fillId = Number(/fillId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const numFmtId = Number(/numFmtId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const fill = /<fgColor rgb="([0-9A-F]+)"/i.exec(list('fills', 'fill')[fillId] ?? '')?.[1] ?? null;
  const builtin: Record<number, string> = { 0: 'General', 3: '#,##0' };
  const custom = list('numFmts', 'numFmt').find((f) => f.includes(`numFmtId="${numFmtId}"`));
  const numFmt = custom ? (/formatCode="([^"]*)"/.exec(custom)?.[1] ?? null) : (builtin[numFmtId] ?? null);
  const relsName = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const target = /Type="[^"]*\/comments"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/comments"/.exec(text(relsName));
  const commentsName = target ? path.posix.normalize(path.posix.join(path.posix.dirname(sheetPart), target[1] ?? target[2])) : '';
  const comment = new RegExp(`<comment ref="${ref}"[\\s\\S]*?</comment>`).exec(text(commentsName))?.[0] ?? '';
  const note = comment.replace(/<[^>]+>/g, '');
  return { fill, numFmt, note };
}

/** The parts a threaded reply changes (on a cell with a threaded comment). */
const THREAD_PARTS: RegExp[] = [/^xl\/threadedComments\/threadedComment1\.xml$/, /^xl\/persons\/person\.xml$/];

async function analyse(file: string): Promise<AnalysisResult> {
  return analyseWorkbook(await readXlsxFile(file), kk);
}

describe.each(['alt-i-en.xlsx', 'alt-i-en.xlsm'])('%s', (fixture) => {
  const input = path.join(FIXTURES, fixture);
  const ext = path.extname(fixture);

  test('check --annotate: notes, fills and the report sheet; every other part byte for byte', async () => {
    const out = path.join(dir, `annotated${ext}`);
    const result = await analyse(input);
    expect(result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(expect.arrayContaining(['TOTAL_SKIPS_TEXT BC02!C8', 'NUMBER_STORED_AS_TEXT BC02!C6']));
    // A finding on the sheet whose validation covers all of it, and on a cell with a note and a threaded comment.
    const extra = [
      { rule: 'PROPOSAL_NOT_FOUND', severity: 'warning', sheet: 'Hele arket', cell: 'XFD1048576', params: { code: 'BC99' } },
      { rule: 'PROPOSAL_NOT_FOUND', severity: 'info', sheet: 'BC02', cell: 'A5', params: { code: 'BC98' } },
    ] as AnalysisResult['findings'];
    const started = Date.now();
    const summary = await writeAnnotatedCopy(input, out, { ...result, findings: [...result.findings, ...extra] }, 'da');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(summary.reportSheet).toBe('Budgettjek-rapport');
    const { changedParts, added } = await expectKept(input, out, [
      /^xl\/worksheets\/(budget|sheet2)\.xml$/,
      /^xl\/styles\.xml$/,
      /^xl\/workbook\.xml$/,
      /^xl\/_rels\/workbook\.xml\.rels$/,
      /^\[Content_Types\]\.xml$/,
      /^xl\/comments\d*\.xml$/,
      /^xl\/drawings\/vmlDrawing\d*\.vml$/,
      /^xl\/worksheets\/_rels\/sheet2\.xml\.rels$/,
      ...THREAD_PARTS,
    ]);
    const before = await parts(input);
    for (const p of ALWAYS_KEPT) if (before.has(p) && !THREAD_PARTS.some((r) => r.test(p))) expect(changedParts).not.toContain(p);
    // The report sheet (in a part name the package does not use), and the second note sheet's comments.
    expect(added).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/comments2.xml', 'xl/worksheets/_rels/sheet2.xml.rels']));

    const copy = await parts(out);
    const text = (n: string) => copy.get(n)!.inflated.toString('utf8');
    // Macro-enabled stays macro-enabled.
    if (ext === '.xlsm') expect(text('[content_types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    // Hidden sheet, defined name, external reference, protection, print settings are kept.
    expect(text('xl/workbook.xml')).toMatch(/<sheet name="Skjult"[^>]*state="hidden"/);
    expect(text('xl/workbook.xml')).toContain('<definedName name="Totaler">');
    expect(text('xl/workbook.xml')).toContain('<externalReference r:id="rIdExt1"/>');
    expect(text('xl/worksheets/budget.xml')).toContain('<sheetProtection');
    expect(text('xl/worksheets/budget.xml')).toContain('orientation="landscape"');
    // The whole-sheet validation is kept as it was, not expanded.
    expect(text('xl/worksheets/sheet2.xml')).toMatch(/sqref="A1:XFD1048576"/);

    // The flagged cells, read from the copy's own parts: fill, number format kept, notes.
    const c8 = cellLook(copy, 'xl/worksheets/budget.xml', 'C8');
    expect(c8).toMatchObject({ fill: 'FFFFC7CE', numFmt: '#,##0' });
    expect(c8.note).toContain('TOTAL_SKIPS_TEXT');
    const a5 = cellLook(copy, 'xl/worksheets/budget.xml', 'A5');
    expect(a5.note).toContain('Tjekket af økonomi');
    expect(a5.note).toContain('Budgettjek');
    expect(cellLook(copy, 'xl/worksheets/budget.xml', 'C5')).toMatchObject({ fill: null, numFmt: '#,##0' });
    expect(cellLook(copy, 'xl/worksheets/sheet2.xml', 'XFD1048576').note).toContain('PROPOSAL_NOT_FOUND');
    // A5 has a comment thread: Budgettjek's text is a reply in it, signed by Budgettjek's person.
    const persons = text('xl/persons/person.xml');
    expect(persons).toContain('<person displayName="Økonomi" id="{6B9F1C2A-0000-4000-8000-000000000001}" userId="okonomi" providerId="None"/>');
    const budgettjek = /<person displayName="Budgettjek" id="(\{[0-9A-F-]{36}\})" userId="Budgettjek" providerId="None"\/>/.exec(persons);
    expect(budgettjek).not.toBeNull();
    const thread = text('xl/threadedcomments/threadedcomment1.xml');
    const original = before.get('xl/threadedcomments/threadedcomment1.xml')!.inflated.toString('utf8');
    const first = /<threadedComment ref="A5"[^>]*>.*?<\/threadedComment>/.exec(original)![0];
    expect(thread).toContain(first);
    const reply = new RegExp(`<threadedComment ref="A5" dT="\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d\\d" personId="\\${budgettjek![1].slice(0, -1)}\\}" id="\\{[0-9A-F-]{36}\\}" parentId="\\{6B9F1C2A-0000-4000-8000-0000000000A5\\}"><text>Budgettjek:\\n[^<]*PROPOSAL_NOT_FOUND[^<]*</text></threadedComment>`);
    expect(thread).toMatch(reply);
    expect(thread.indexOf(first)).toBeLessThan(thread.search(reply));
    // Only that one cell has a thread: no other reply.
    expect(thread.match(/<threadedComment /g)).toHaveLength(2);
    // The copy reads back with the same findings on the data.
    const again = await analyse(out);
    expect(again.findings.filter((f) => f.sheet === 'BC02').map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(
      result.findings.filter((f) => f.sheet === 'BC02').map((f) => `${f.rule} ${f.cell}`).sort(),
    );
  });

  test('convert: amounts and label change in the sheet part only', async () => {
    const out = path.join(dir, `converted${ext}`);
    const { tables } = await analyse(input).then((r) => ({ tables: r.tables }));
    const convs = tables.map((t) => convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' })).filter((r): r is ConversionOk => r.ok);
    const summary = await writeConvertedCopy(input, out, convs);
    expect(summary.cells).toBeGreaterThan(0);
    expect(summary.labels).toBe(1);
    const { changedParts, added } = await expectKept(input, out, [/^xl\/worksheets\/budget\.xml$/, /^xl\/workbook\.xml$/]);
    // The workbook already asks for a full recalculation on load (XlsxWriter writes it), so it stays as it was.
    expect(changedParts.sort()).toEqual(['xl/worksheets/budget.xml']);
    for (const p of ALWAYS_KEPT) expect(changedParts).not.toContain(p);
    expect(added).toEqual([]);
    const back = await analyse(out);
    const table = back.tables.find((t) => t.sheet === 'BC02' && t.kind !== 'list')!;
    expect(table.priceLevel).toBe(2026);
  });

  test('fix: the fixed cell and its number format; nothing else', async () => {
    const out = path.join(dir, `fixed${ext}`);
    const workbook = await readXlsxFile(input);
    const result = analyseWorkbook(workbook, kk);
    const chosen = selectFixes(proposeFixes(workbook, result, kk), { choices: new Set() });
    expect(chosen.map((f) => f.rule)).toContain('NUMBER_STORED_AS_TEXT');
    const summary = await writeFixedCopy(input, out, combinableEdits(chosen));
    expect(summary.cells).toBeGreaterThan(0);
    const { added } = await expectKept(input, out, [/^xl\/worksheets\/budget\.xml$/, /^xl\/workbook\.xml$/, /^xl\/styles\.xml$/]);
    expect(added).toEqual([]);
    const back = await analyse(out);
    expect(back.findings.filter((f) => f.rule === 'NUMBER_STORED_AS_TEXT')).toEqual([]);
  });
});

test('a workbook saved by LibreOffice: annotated with every other part kept byte for byte', async () => {
  const input = path.join(FIXTURES, 'libreoffice.xlsx');
  const out = path.join(dir, 'lo-annotated.xlsx');
  const result = await analyse(input);
  expect(result.findings.length).toBeGreaterThan(0);
  await writeAnnotatedCopy(input, out, result, 'en');
  await expectKept(input, out, [
    /^xl\/worksheets\/sheet1\.xml$/,
    /^xl\/worksheets\/_rels\/sheet1\.xml\.rels$/,
    /^xl\/styles\.xml$/,
    /^xl\/workbook\.xml$/,
    /^xl\/_rels\/workbook\.xml\.rels$/,
    /^\[Content_Types\]\.xml$/,
    /^xl\/comments\d*\.xml$/,
    /^xl\/drawings\/vmlDrawing\d*\.vml$/,
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toContain('Budgettjek report');
});

/**
 * Every relationship of the copy leads to a part the copy holds, every r:id a part uses is in its
 * relationships, and every part has a content type.
 */
function expectReferencesResolve(copy: Map<string, StoredPart>): void {
  const text = (key: string) => copy.get(key)!.inflated.toString('utf8');
  const dangling: string[] = [];
  for (const [key, part] of copy) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(key);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    const ids = new Set<string>();
    for (const rel of text(key).matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]+)"/.exec(rel[0])![1];
      ids.add(id);
      if (/TargetMode="External"/.test(rel[0])) continue;
      const target = /\bTarget="([^"]+)"/.exec(rel[0])![1];
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
      if (!copy.has(partKey(resolved))) dangling.push(`${part.name} ${id} -> ${resolved}`);
    }
    if (source && copy.has(source) && /\.xml$/.test(source)) {
      for (const used of text(source).matchAll(/\br:(?:id|embed|link|pict)="([^"]+)"/g)) if (!ids.has(used[1])) dangling.push(`${source} uses ${used[1]}`);
    }
  }
  expect(dangling).toEqual([]);
  const types = text('[content_types].xml');
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((x) => x[1].toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*PartName="\/([^"]+)"/g)].map((x) => partKey(x[1])));
  const untyped = [...copy.keys()].filter((k) => k !== '[content_types].xml' && !overrides.has(k) && !defaults.has(k.slice(k.lastIndexOf('.') + 1)));
  expect(untyped).toEqual([]);
}

describe('pivot-slicer.xlsx: a pivot table and its cache (LibreOffice) with a slicer (scripts/make-pivot-fixture.py)', () => {
  const input = path.join(FIXTURES, 'pivot-slicer.xlsx');
  const PIVOT_AND_SLICER = [
    'xl/pivotTables/pivotTable1.xml',
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    'xl/pivotCache/pivotCacheRecords1.xml',
    'xl/slicers/slicer1.xml',
    'xl/slicerCaches/slicerCache1.xml',
    'xl/drawings/drawingSlicer1.xml',
    'xl/worksheets/sheet6.xml',
    'xl/worksheets/_rels/sheet6.xml.rels',
    'xl/worksheets/sheet5.xml',
  ];
  const MAY_CHANGE = [
    /^xl\/worksheets\/sheet1\.xml$/,
    /^xl\/worksheets\/_rels\/sheet1\.xml\.rels$/,
    /^xl\/styles\.xml$/,
    /^xl\/workbook\.xml$/,
    /^xl\/_rels\/workbook\.xml\.rels$/,
    /^\[Content_Types\]\.xml$/,
    /^xl\/comments\d*\.xml$/,
    /^xl\/drawings\/vmlDrawing\d*\.vml$/,
  ];

  /** The pivot table, its cache and the slicer are all there, unchanged, and still wired together. */
  async function expectPivotAndSlicer(out: string, changedParts: string[]): Promise<void> {
    const before = await parts(input);
    const copy = await parts(out);
    for (const p of PIVOT_AND_SLICER) {
      expect({ part: p, inInput: before.has(partKey(p)) }).toEqual({ part: p, inInput: true });
      expect(changedParts).not.toContain(p);
    }
    const text = (n: string) => copy.get(n)!.inflated.toString('utf8');
    const workbook = text('xl/workbook.xml');
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches>');
    expect(workbook).toContain('<x14:slicerCaches><x14:slicerCache r:id="rIdSc1"/></x14:slicerCaches>');
    expect(workbook).toContain('<definedName name="Udsnitsværktøj_Område">#N/A</definedName>');
    expect(workbook).toMatch(/<sheet name="Pivot" sheetId="6"[^>]*r:id="rId7"\/>/);
    const wbRels = text('xl/_rels/workbook.xml.rels');
    expect(wbRels).toMatch(/Id="rId9"[^>]*Target="pivotCache\/pivotCacheDefinition1\.xml"/);
    expect(wbRels).toMatch(/Id="rIdSc1"[^>]*Target="slicerCaches\/slicerCache1\.xml"/);
    expect(wbRels).toMatch(/Id="rId7"[^>]*Target="worksheets\/sheet6\.xml"/);
    const types = text('[content_types].xml');
    expect(types).toContain('<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>');
    expect(types).toContain('<Override PartName="/xl/slicerCaches/slicerCache1.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>');
    expect(types).toMatch(/PartName="\/xl\/pivotCache\/pivotCacheDefinition1\.xml"/);
    expect(types).toMatch(/PartName="\/xl\/pivotTables\/pivotTable1\.xml"/);
    expectReferencesResolve(copy);
  }

  test('check --annotate: the pivot table, its cache and the slicer are kept byte for byte and wired', async () => {
    const out = path.join(dir, 'pivot-annotated.xlsx');
    const result = await analyse(input);
    expect(result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toContain('TOTAL_SKIPS_TEXT BC02!C8');
    const summary = await writeAnnotatedCopy(input, out, result, 'da');
    expect(summary.reportSheet).toBe('Budgettjek-rapport');
    const { changedParts, added } = await expectKept(input, out, MAY_CHANGE);
    expect(changedParts.sort()).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(added).toEqual(['xl/worksheets/sheet7.xml']);
    await expectPivotAndSlicer(out, changedParts);
    const copy = await parts(out);
    expect(cellLook(copy, 'xl/worksheets/sheet1.xml', 'C8')).toMatchObject({ fill: 'FFFFC7CE' });
    expect(cellLook(copy, 'xl/worksheets/sheet1.xml', 'C8').note).toContain('TOTAL_SKIPS_TEXT');
    // The report sheet comes after the pivot sheet: the slicer's tabId (a sheetId) is untouched.
    expect(copy.get('xl/workbook.xml')!.inflated.toString('utf8')).toMatch(/<sheet name="Budgettjek-rapport" sheetId="7"/);
  });

  test('convert: only the proposal sheet changes; the pivot table, cache and slicer are kept', async () => {
    const out = path.join(dir, 'pivot-converted.xlsx');
    const { tables } = await analyse(input);
    const convs = tables.map((t) => convertTable(t, kk, { to: 2026, rounding: 'largest-remainder' })).filter((r): r is ConversionOk => r.ok);
    expect((await writeConvertedCopy(input, out, convs)).labels).toBe(1);
    const { changedParts, added } = await expectKept(input, out, MAY_CHANGE);
    expect(changedParts.filter((p) => !/^xl\/workbook\.xml$/.test(p))).toEqual(['xl/worksheets/sheet1.xml']);
    expect(added).toEqual([]);
    await expectPivotAndSlicer(out, changedParts);
  });

  test('fix: the fixed cell; the pivot table, cache and slicer are kept', async () => {
    const out = path.join(dir, 'pivot-fixed.xlsx');
    const workbook = await readXlsxFile(input);
    const chosen = selectFixes(proposeFixes(workbook, analyseWorkbook(workbook, kk), kk), { choices: new Set() });
    expect(chosen.map((f) => f.rule)).toContain('NUMBER_STORED_AS_TEXT');
    await writeFixedCopy(input, out, combinableEdits(chosen));
    const { changedParts, added } = await expectKept(input, out, MAY_CHANGE);
    expect(added).toEqual([]);
    await expectPivotAndSlicer(out, changedParts);
    expect((await analyse(out)).findings.filter((f) => f.rule === 'NUMBER_STORED_AS_TEXT')).toEqual([]);
  });
});

test('a thread on a workbook without a person list: Budgettjek gets a new one, related and typed', async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(FIXTURES, 'alt-i-en.xlsx')));
  zip.remove('xl/persons/person.xml');
  const drop = async (name: string, re: RegExp) => zip.file(name, (await zip.file(name)!.async('string')).replace(re, ''));
  await drop('xl/_rels/workbook.xml.rels', /<Relationship Id="rIdPer1"[^>]*\/>/);
  await drop('[Content_Types].xml', /<Override PartName="\/xl\/persons\/person\.xml"[^>]*\/>/);
  const input = path.join(dir, 'no-persons.xlsx');
  fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const out = path.join(dir, 'no-persons-annotated.xlsx');
  const result = await analyse(input);
  const onA5 = { rule: 'PROPOSAL_NOT_FOUND', severity: 'info', sheet: 'BC02', cell: 'A5', params: { code: 'BC98' } } as AnalysisResult['findings'][number];
  await writeAnnotatedCopy(input, out, { ...result, findings: [...result.findings, onA5] }, 'en');
  const { added } = await expectKept(input, out, [
    /^xl\/worksheets\/(budget|sheet2)\.xml$/,
    /^xl\/styles\.xml$/,
    /^xl\/workbook\.xml$/,
    /^xl\/_rels\/workbook\.xml\.rels$/,
    /^\[Content_Types\]\.xml$/,
    /^xl\/comments\d*\.xml$/,
    /^xl\/drawings\/vmlDrawing\d*\.vml$/,
    ...THREAD_PARTS,
  ]);
  expect(added).toEqual(expect.arrayContaining(['xl/persons/person.xml']));
  const copy = await parts(out);
  const text = (n: string) => copy.get(n)!.inflated.toString('utf8');
  const id = /<person displayName="Budgettjek" id="(\{[0-9A-F-]{36}\})"/.exec(text('xl/persons/person.xml'))![1];
  expect(text('xl/threadedcomments/threadedcomment1.xml')).toContain(`personId="${id}"`);
  expect(text('xl/_rels/workbook.xml.rels')).toMatch(/Type="http:\/\/schemas\.microsoft\.com\/office\/2017\/10\/relationships\/person" Target="persons\/person\.xml"/);
  expect(text('[content_types].xml')).toContain('<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>');
  expectReferencesResolve(copy);
});

describe('refusals and blame', () => {
  test('a macro-enabled workbook is not copied to .xlsx: refused before anything is written', async () => {
    const input = path.join(FIXTURES, 'alt-i-en.xlsm');
    const out = path.join(dir, 'macro-as.xlsx');
    await expect(writeAnnotatedCopy(input, out, await analyse(input), 'da')).rejects.toMatchObject({ code: 'bad-extension-workbook', file: out });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes('macro-as'))).toEqual([]);
  });

  test('a fault of the input met while the copy is written names the input, and leaves no file', async () => {
    // The sheet's compressed data cut short after the central directory was read: a truncated input.
    const good = fs.readFileSync(path.join(FIXTURES, 'alt-i-en.xlsx'));
    const input = path.join(dir, 'damaged.xlsx');
    const at = good.indexOf(Buffer.from('xl/worksheets/budget.xml'));
    const damaged = Buffer.from(good);
    // Overwrite the sheet's deflated data (just after its local header name) with garbage.
    damaged.fill(0xff, at + 'xl/worksheets/budget.xml'.length, at + 'xl/worksheets/budget.xml'.length + 200);
    fs.writeFileSync(input, damaged);
    const out = path.join(dir, 'from-damaged.xlsx');
    const result = (await analyse(path.join(FIXTURES, 'alt-i-en.xlsx')));
    const err = await writeAnnotatedCopy(input, out, result, 'da').catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'InputError', file: input });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes('from-damaged'))).toEqual([]);
  });

  test('a second run writing the same new output without --force is refused', async () => {
    const input = path.join(FIXTURES, 'alt-i-en.xlsx');
    const out = path.join(dir, 'twice.xlsx');
    const result = await analyse(input);
    const [a, b] = await Promise.allSettled([writeAnnotatedCopy(input, out, result, 'da'), writeAnnotatedCopy(input, out, result, 'da')]);
    const outcomes = [a.status, b.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const rejected = [a, b].find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'exists', file: out });
  });
});
