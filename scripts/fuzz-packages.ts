/**
 * Structural fuzz of .xlsx and .docx packages through the built command line. Valid fixtures
 * (tests/layouts, examples) are unpacked, mutated at the zip level (truncated, duplicated or renamed
 * entries, data descriptors, zip64 fields, other compression methods, odd entry names, lying sizes
 * and checksums) or at the XML level (BOM, UTF-16 and Latin-1, DOCTYPE and entities, other namespace
 * prefixes, shared strings out of range, absurd cell references, huge merges, deep formulas,
 * recursive names, nested Word tables, absurd gridSpan and vMerge …), written again and run through
 * `check`, `convert` and `fix`, each run a process of its own under a watchdog.
 *
 * Every run must: end by itself (the harness kills it after `--timeout` seconds), exit 0, 1 or 2,
 * print no stack trace, stay below 1 GiB peak RSS, leave the input byte for byte unchanged, and on
 * exit 2 say so in one stderr line that names the file. With `--soffice`, copies written by
 * `convert` and `fix` must open in LibreOffice.
 *
 *   tsx scripts/fuzz-packages.ts                      every mutation once on each fixture kind
 *   tsx scripts/fuzz-packages.ts --runs 300 --seed 7  300 random mutation stacks
 *   tsx scripts/fuzz-packages.ts --only NAME[,NAME]   only these mutations
 *   tsx scripts/fuzz-packages.ts --soffice            also open written copies in LibreOffice
 *   tsx scripts/fuzz-packages.ts --keep DIR           keep failing inputs in DIR
 *   tsx scripts/fuzz-packages.ts --fixtures 1         only the first fixture of each kind
 *   tsx scripts/fuzz-packages.ts --check-only         only `check` (no copies written)
 *
 * (`npm run fuzz -- ARGS`.) Deterministic: the cases follow from the seed alone. Exits 1 when any
 * run broke a rule.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { colLetter, hostileZipBytes, readPackageParts, seededRandom } from './fixtures';
import type { HostileZipEntry, HostileZipOptions, SeededRandom } from './fixtures';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'budgettjek.js');
const PROBE = path.join(ROOT, 'tests', 'corpus', 'rssProbe.js');
const MAX_RSS_KB = 1024 * 1024;

const XLSX_SEEDS = ['tests/layouts/kk-investeringsforslag-fejl.xlsx', 'examples/typiske-fejl.xlsx', 'tests/layouts/heraf.xlsx'];
const DOCX_SEEDS = ['examples/docx/BC39.docx', 'examples/docx/typiske-fejl.docx'];

export type PackageKind = 'xlsx' | 'docx';

/** The random numbers of one mutation of one case: the same for the same seed and label. */
function rngFor(seed: number, label: string): SeededRandom {
  const h = crypto.createHash('sha256').update(`${seed}:${label}`).digest();
  return seededRandom(h.readUInt32LE(0));
}

// ------------------------------------------------------------------------------------------------
// Helpers over the parts of a package

/** A part as a mutation sees it: its name and bytes, and whatever lies its zip entry is to tell. */
type Part = HostileZipEntry;

const bytesOf = (e: Part): Buffer => (Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8'));
const text = (e: Part): string => bytesOf(e).toString('utf8');
const setText = (e: Part, t: string): Part => ({ ...e, data: Buffer.from(t, 'utf8') });
const find = (parts: Part[], re: RegExp): number => parts.findIndex((p) => re.test(p.name));

/** Rewrites the text of the first part matching `re` (the parts unchanged when none matches). */
function editPart(parts: Part[], re: RegExp, fn: (text: string) => string): Part[] {
  const i = find(parts, re);
  if (i < 0) return parts;
  const out = parts.slice();
  out[i] = setText(parts[i], fn(text(parts[i])));
  return out;
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const WORKBOOK = /^xl\/workbook\.xml$/;
const WORKBOOK_RELS = /^xl\/_rels\/workbook\.xml\.rels$/;
const ROOT_RELS = /^_rels\/\.rels$/;
const TYPES = /^\[Content_Types\]\.xml$/;
const STYLES = /^xl\/styles\.xml$/;
const STRINGS = /^xl\/sharedStrings\.xml$/;
const DOCUMENT = /^word\/document\.xml$/;
const DOCUMENT_RELS = /^word\/_rels\/document\.xml\.rels$/;
const MAIN = /^(xl\/workbook|word\/document)\.xml$/;

/** Inserts `xml` into the first <sheetData> (first row kept valid by putting new rows last). */
const addRows = (xml: string, rows: string): string => xml.replace(/<\/sheetData>|<sheetData\s*\/>/, (m) => (m.endsWith('/>') ? `<sheetData>${rows}</sheetData>` : `${rows}</sheetData>`));
const afterSheetData = (xml: string, extra: string): string => xml.replace(/(<\/sheetData>|<sheetData\s*\/>)/, `$1${extra}`);
/** Replaces the first table body paragraph with `xml` (or puts it first in the body). */
const intoBody = (xml: string, extra: string): string => xml.replace(/<w:body>/, `<w:body>${extra}`);

const wTc = (content: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
const wP = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const wTbl = (rows: string): string => `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${rows}</w:tbl>`;
const costRows =
  `<w:tr>${wTc(wP('1.000 kr. 2027 p/l'))}${wTc(wP('2026'))}${wTc(wP('2027'))}</w:tr>` +
  `<w:tr>${wTc(wP('Projektledelse'))}${wTc(wP('100'))}${wTc(wP('200'))}</w:tr>` +
  `<w:tr>${wTc(wP('I alt'))}${wTc(wP('100'))}${wTc(wP('999'))}</w:tr>`;

function nested(depth: number, leaf: string): string {
  let xml = leaf;
  for (let i = 0; i < depth; i++) xml = wTbl(`<w:tr>${wTc(xml + wP('x'))}</w:tr>`);
  return xml;
}

function toUtf16(part: Part, bigEndian: boolean): Buffer {
  const t = text(part).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
  if (!bigEndian) return le;
  const be = Buffer.from(le);
  be.swap16();
  return be;
}

// ------------------------------------------------------------------------------------------------
// Mutations. Each: (parts, rng) => { parts, zip?: options, post?: (buf) => buf }. `kinds` limits
// a mutation to xlsx or docx packages; `copy` marks ones whose result is a valid package, whose
// written copies must open in LibreOffice.

interface MutationResult {
  parts: Part[];
  zip?: HostileZipOptions;
  post?: (buf: Buffer) => Buffer;
}

export interface Mutation {
  name: string;
  kinds: readonly PackageKind[];
  fn: (parts: Part[], rng: SeededRandom) => MutationResult | null;
  /** The result is a valid package: its written copies must open in LibreOffice. */
  copy?: boolean;
  /** Not a mutation of the parts: the case is another kind's fixture (see buildCase). */
  swap?: boolean;
}

const M: Mutation[] = [];
function mutation(name: string, kinds: readonly PackageKind[], fn: Mutation['fn'], extra: Pick<Mutation, 'copy' | 'swap'> = {}): void {
  M.push({ name, kinds, fn, ...extra });
}
const BOTH: readonly PackageKind[] = ['xlsx', 'docx'];
const XLSX: readonly PackageKind[] = ['xlsx'];
const DOCX: readonly PackageKind[] = ['docx'];

// --- zip level
mutation('truncate-anywhere', BOTH, (parts, rng) => ({ parts, post: (b) => b.subarray(0, rng.int(1, b.length - 1)) }));
mutation('truncate-central-directory', BOTH, (parts, rng) => ({
  parts,
  post: (b) => {
    const cd = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    return b.subarray(0, rng.int(cd, b.length - 23));
  },
}));
mutation('flip-bytes', BOTH, (parts, rng) => ({
  parts,
  post: (b) => {
    const out = Buffer.from(b);
    for (let i = 0; i < 8; i++) out[rng.int(0, out.length - 1)] ^= 1 << rng.int(0, 7);
    return out;
  },
}));
mutation('duplicate-entry', BOTH, (parts, rng) => {
  const i = rng.int(0, parts.length - 1);
  return { parts: [...parts, { ...parts[i] }] };
});
mutation('duplicate-main-part-other-content', BOTH, (parts) => {
  const i = find(parts, MAIN);
  return { parts: [...parts, setText(parts[i], text(parts[i]).replace(/<\/(w:body|sheets)>/, '$&'))] };
});
mutation('drop-entry', BOTH, (parts, rng) => {
  const i = rng.int(0, parts.length - 1);
  return { parts: parts.filter((_, k) => k !== i) };
});
mutation('drop-content-types', BOTH, (parts) => ({ parts: parts.filter((p) => !TYPES.test(p.name)) }));
mutation('drop-root-rels', BOTH, (parts) => ({ parts: parts.filter((p) => !ROOT_RELS.test(p.name)) }));
mutation('rename-main-part', BOTH, (parts) => ({
  parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, name: p.name.replace('.xml', '2.xml') } : p)),
}));
mutation('names-with-backslashes', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, name: p.name.replace(/\//g, '\\') })) }));
mutation('names-with-leading-slash', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, name: '/' + p.name })) }));
mutation('names-with-dotdot', BOTH, (parts, rng) => {
  const i = rng.int(0, parts.length - 1);
  return { parts: parts.map((p, k) => (k === i ? { ...p, name: `../../${p.name}` } : p)).concat([{ name: '../evil.xml', data: '<x/>' }]) };
});
mutation('name-with-nul', BOTH, (parts) => ({
  parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, nameRaw: Buffer.concat([Buffer.from(p.name), Buffer.from([0]), Buffer.from('.txt')]) } : p)),
}));
mutation('name-bad-utf8', BOTH, (parts) => ({
  parts: [...parts, { name: 'xl/é.xml', nameRaw: Buffer.from([0x78, 0x6c, 0x2f, 0xc3, 0x28, 0xff, 0x2e, 0x78, 0x6d, 0x6c]), flags: 0x800, data: '<x/>' }],
}));
mutation('local-name-differs', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, localName: 'other/name.xml' } : p)) }));
mutation('data-descriptors', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, descriptor: true })) }), { copy: true });
mutation('data-descriptor-lying', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, descriptor: true, descriptorSize: 7, descriptorCsize: 3 })) }));
mutation('zip64-extra-fields', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, zip64: true })) }), { copy: true });
mutation('zip64-end-record', BOTH, (parts) => ({ parts, zip: { zip64Eocd: true } }), { copy: true });
mutation('all-stored', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, store: true })) }), { copy: true });
mutation('stored-says-deflated', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, store: true, method: 8 } : p)) }));
mutation('deflated-says-stored', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, deflateAs: true, method: 0 } : p)) }));
mutation('method-bzip2', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, method: 12 } : p)) }));
mutation('method-aes', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, method: 99, flags: 1 } : p)) }));
mutation('encrypted-bit', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, flags: 1 } : p)) }));
mutation('huge-declared-size', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, size: 0xfffffff0 } : p)) }));
mutation('small-declared-size', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, size: 10 } : p)) }));
mutation('zero-declared-sizes', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, size: 0 })) }));
mutation('huge-compressed-size', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, csize: 0x7ffffff0 } : p)) }));
mutation('local-size-differs', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, localSize: 1 })) }), { copy: true });
mutation('wrong-crc', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, crc: 0x12345678 })) }));
mutation('prefix-bytes', BOTH, (parts) => ({ parts, zip: { prefix: Buffer.from('MZ'.padEnd(4096, '\0')) } }));
mutation('long-comment', BOTH, (parts) => ({ parts, zip: { comment: Buffer.alloc(65535, 0x50) } }));
mutation('comment-with-fake-eocd', BOTH, (parts) => {
  const fake = Buffer.alloc(22);
  fake.writeUInt32LE(0x06054b50, 0);
  fake.writeUInt16LE(9999, 8);
  fake.writeUInt16LE(9999, 10);
  return { parts, zip: { comment: fake } };
});
mutation('entry-count-off', BOTH, (parts) => ({ parts, zip: { countDelta: 3 } }));
mutation('entry-count-low', BOTH, (parts) => ({ parts, zip: { countDelta: -2 } }));
mutation('central-offset-off', BOTH, (parts) => ({ parts, zip: { cdOffsetDelta: 7 } }));
mutation('overlapping-entries', BOTH, (parts) => {
  const i = find(parts, MAIN);
  return { parts: [...parts, { ...parts[i], name: 'customXml/item1.xml', sharedLocalWith: i }] };
});
mutation('empty-zip', BOTH, () => ({ parts: [] }));
mutation('directory-entries', BOTH, (parts) => ({ parts: [{ name: 'xl/', data: '' }, { name: 'word/', data: '' }, ...parts] }), { copy: true });
mutation('junk-extra-field', BOTH, (parts) => ({ parts: parts.map((p) => ({ ...p, extra: Buffer.from([0x01, 0x00, 0x40, 0x00, 1, 2, 3]) })) }));
mutation('many-empty-entries', BOTH, (parts) => ({ parts: [...parts, ...Array.from({ length: 20000 }, (_, i) => ({ name: `x/${i}`, data: '' }))] }));

// --- package level ([Content_Types].xml and relationships)
mutation('content-types-missing-override', BOTH, (parts) => ({ parts: editPart(parts, TYPES, (t) => t.replace(/<Override [^>]*PartName="\/(xl\/workbook|word\/document)\.xml"[^>]*\/>/, '')) }));
mutation('content-types-macro-main', BOTH, (parts) => ({
  parts: editPart(parts, TYPES, (t) => t.replace(/sheet\.main\+xml|document\.main\+xml/, (m) => (m.startsWith('sheet') ? 'sheet.macroEnabled.main+xml' : 'document.macroEnabled.main+xml'))),
}), { copy: true });
mutation('content-types-garbage', BOTH, (parts) => ({ parts: editPart(parts, TYPES, () => '<Types><Override PartName="/[Content_Types].xml" ContentType="x"/>') }));
mutation('rels-missing-target', BOTH, (parts) => ({ parts: editPart(parts, ROOT_RELS, (t) => t.replace(/Target="\/?(xl\/workbook|word\/document)\.xml"/, 'Target="nowhere/missing.xml"')) }));
mutation('rels-self', BOTH, (parts) => ({ parts: editPart(parts, ROOT_RELS, (t) => t.replace(/Target="\/?(xl\/workbook|word\/document)\.xml"/, 'Target="_rels/.rels"')) }));
mutation('rels-dotdot', BOTH, (parts) => ({ parts: editPart(parts, ROOT_RELS, (t) => t.replace(/Target="\/?(xl\/workbook|word\/document)\.xml"/, 'Target="../../../../etc/passwd"')) }));
mutation('rels-absolute-and-backslash', BOTH, (parts) => ({ parts: editPart(parts, ROOT_RELS, (t) => t.replace(/Target="\/?(xl|word)\/(workbook|document)\.xml"/, 'Target="\\$1\\$2.xml"')) }));
mutation('rels-url', BOTH, (parts) => ({ parts: editPart(parts, ROOT_RELS, (t) => t.replace(/Target="\/?(xl\/workbook|word\/document)\.xml"/, 'Target="http://127.0.0.1:9/x.xml" TargetMode="External"')) }));
mutation('rels-percent-encoded', BOTH, (parts) => ({ parts: editPart(parts, ROOT_RELS, (t) => t.replace(/Target="\/?(xl|word)\/(workbook|document)\.xml"/, 'Target="%2F$1%2F$2%2Exml"')) }));
mutation('rels-two-main', BOTH, (parts) => ({
  parts: editPart(parts, ROOT_RELS, (t) => t.replace('</Relationships>', '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="_rels/.rels"/></Relationships>').replace(/(<Relationship [^>]*officeDocument"[^>]*\/>)(.*)/, '$2$1')),
}));
mutation('sheet-rel-points-at-workbook', XLSX, (parts) => ({ parts: editPart(parts, WORKBOOK_RELS, (t) => t.replace(/(relationships\/worksheet" Target=")[^"]*"/, '$1workbook.xml"').replace(/Target="[^"]*"( [^>]*relationships\/worksheet")/, 'Target="workbook.xml"$1')) }));
mutation('sheet-rel-points-at-rels', XLSX, (parts) => ({ parts: editPart(parts, WORKBOOK_RELS, (t) => t.replace(/(relationships\/worksheet" Target=")[^"]*"/, '$1_rels/workbook.xml.rels"').replace(/Target="[^"]*"( [^>]*relationships\/worksheet")/, 'Target="_rels/workbook.xml.rels"$1')) }));
mutation('all-sheets-one-part', XLSX, (parts) => ({ parts: editPart(parts, WORKBOOK_RELS, (t) => t.replace(/Target="(\/xl\/)?worksheets\/sheet\d+\.xml"/g, 'Target="worksheets/sheet1.xml"')) }), { copy: true });
mutation('sheet-rid-missing', XLSX, (parts) => ({ parts: editPart(parts, WORKBOOK, (t) => t.replace(/r:id="[^"]*"/, 'r:id="rId999"')) }));
mutation('sheet-names-duplicate', XLSX, (parts) => ({
  parts: editPart(parts, WORKBOOK, (t) => {
    let first: string | null = null;
    return t.replace(/(<sheet [^>]*name=")([^"]*)"/g, (m, a: string, n: string) => (first === null ? ((first = n), m) : `${a}${first}"`));
  }),
}));
mutation('sheet-name-control-chars', XLSX, (parts) => ({ parts: editPart(parts, WORKBOOK, (t) => t.replace(/(<sheet [^>]*name=")/, '$1&#x1B;[2J&#x202E;')) }));
mutation('no-sheets', XLSX, (parts) => ({ parts: editPart(parts, WORKBOOK, (t) => t.replace(/<sheets>.*<\/sheets>/s, '<sheets/>')) }));
mutation('rels-cycle-sheet', XLSX, (parts) => {
  const i = find(parts, SHEET);
  if (i < 0) return { parts };
  const relName = parts[i].name.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="${parts[i].name.split('/').pop()}"/>` +
    '<Relationship Id="rIdC2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../workbook.xml"/>' +
    '<Relationship Id="rIdC3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../../_rels/.rels"/>' +
    '<Relationship Id="rIdC4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../worksheets/_rels/sheet1.xml.rels"/>' +
    '</Relationships>';
  return { parts: [...parts.filter((p) => p.name !== relName), { name: relName, data: rels }] };
});
mutation('document-rels-cycle', DOCX, (parts) => ({
  parts: editPart(parts, DOCUMENT_RELS, (t) =>
    t.replace(
      '</Relationships>',
      '<Relationship Id="rIdY1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="document.xml"/>' +
        '<Relationship Id="rIdY2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="_rels/document.xml.rels"/>' +
        '<Relationship Id="rIdY3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="../word/document.xml"/></Relationships>',
    ).replace(/(Type="[^"]*\/styles" Target=")styles\.xml"/, '$1document.xml"'),
  ),
}));

// --- XML level, any part
mutation('bom-everywhere', BOTH, (parts) => ({ parts: parts.map((p) => (/\.(xml|rels)$/.test(p.name) ? { ...p, data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf(p)]) } : p)) }), { copy: true });
mutation('utf16le-main', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, data: toUtf16(p, false) } : p)) }), { copy: true });
mutation('utf16be-sheet-or-document', BOTH, (parts) => ({ parts: parts.map((p) => (SHEET.test(p.name) || DOCUMENT.test(p.name) ? { ...p, data: toUtf16(p, true) } : p)) }), { copy: true });
mutation('utf16-rels-and-types', BOTH, (parts) => ({ parts: parts.map((p) => (TYPES.test(p.name) || /\.rels$/.test(p.name) ? { ...p, data: toUtf16(p, false) } : p)) }), { copy: true });
mutation('utf16-no-bom', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, data: toUtf16(p, false).subarray(2) } : p)) }));
/** XML text in ISO-8859-1, as a Latin-1 writer puts it: characters beyond Latin-1 as character references. */
const latin1 = (t: string): Buffer =>
  Buffer.from(t.replace(/encoding="UTF-8"/i, 'encoding="ISO-8859-1"').replace(/[^\x00-\xff]/gu, (ch) => `&#x${(ch.codePointAt(0) ?? 0x3f).toString(16)};`), 'latin1');
mutation('latin1-declared', BOTH, (parts) => ({ parts: parts.map((p) => (MAIN.test(p.name) ? { ...p, data: latin1(text(p)) } : p)) }), { copy: true });
const LAUGHS =
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">' +
  '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">' +
  '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const withDoctype = (t: string): string => (/^(\uFEFF)?<\?xml[^>]*\?>/.test(t) ? t.replace(/^(\uFEFF)?(<\?xml[^>]*\?>)/, `$1$2${LAUGHS}`) : LAUGHS + t);
mutation('doctype-billion-laughs-main', BOTH, (parts) => ({ parts: editPart(parts, MAIN, withDoctype) }));
mutation('doctype-entity-used-in-text', BOTH, (parts) => ({
  parts: editPart(editPart(parts, SHEET, (t) => withDoctype(addRows(t, '<row r="1048000"><c r="A1048000" t="inlineStr"><is><t>&h;&xxe;</t></is></c></row>'))), DOCUMENT, (t) => withDoctype(intoBody(t, wP('&h;&xxe;')))),
}));
mutation('doctype-in-rels-and-types', BOTH, (parts) => ({ parts: parts.map((p) => (TYPES.test(p.name) || /\.rels$/.test(p.name) ? setText(p, withDoctype(text(p))) : p)) }));
mutation('processing-instructions-and-comments', BOTH, (parts) => ({
  parts: parts.map((p) => (/\.xml$/.test(p.name) ? setText(p, text(p).replace(/(<[a-zA-Z][^>]*>)/g, (m, tag, i) => (i % 7 === 0 ? `${m}<!-- c --><?pi x?>` : m))) : p)),
}), { copy: true });
mutation('cdata-sections', BOTH, (parts) => ({ parts: editPart(parts, /(sheet\d+|sharedStrings|document)\.xml$/, (t) => t.replace(/<(w:t|t|v)( [^>]*)?>([^<]*)<\/\1>/g, '<$1$2><![CDATA[$3]]></$1>')) }), { copy: true });
mutation('other-namespace-prefixes', BOTH, (parts) => ({
  parts: parts.map((p) => {
    if (!/(sheet\d+|workbook|sharedStrings|styles)\.xml$/.test(p.name)) return p;
    const t = text(p);
    const m = /<(worksheet|workbook|sst|styleSheet)\b/.exec(t);
    if (!m) return p;
    return setText(
      p,
      t
        .replace(/<(\/?)([a-zA-Z]+)([\s>\/])/g, '<$1q:$2$3')
        .replace(/<q:(\w+) xmlns="([^"]*)"/, '<q:$1 xmlns:q="$2"')
        .replace(/<(\/?)q:(ext|extLst)\b/g, '<$1q:$2'),
    );
  }),
}), { copy: true });
mutation('word-other-prefix', DOCX, (parts) => ({
  parts: parts.map((p) => (DOCUMENT.test(p.name) ? setText(p, text(p).replace(/<(\/?)w:/g, '<$1ww:').replace(/ w:/g, ' ww:').replace('xmlns:w=', 'xmlns:ww=')) : p)),
}), { copy: true });
mutation('default-namespace-wrong', BOTH, (parts) => ({ parts: editPart(parts, MAIN, (t) => t.replace(/xmlns(:w)?="http:\/\/schemas.openxmlformats.org\/(spreadsheetml|wordprocessingml)\/2006\/main"/, 'xmlns$1="http://purl.oclc.org/ooxml/$2/main"')) }), { copy: true });
mutation('huge-attribute', BOTH, (parts) => ({ parts: editPart(parts, MAIN, (t) => t.replace(/<(workbook|w:document)\b/, `<$1 junk="${'x'.repeat(20_000_000)}"`)) }));
mutation('many-attributes', BOTH, (parts) => ({ parts: editPart(parts, MAIN, (t) => t.replace(/<(workbook|w:document)\b/, `<$1 ${Array.from({ length: 200000 }, (_, i) => `a${i}="1"`).join(' ')}`)) }));
mutation('unclosed-root', BOTH, (parts) => ({ parts: editPart(parts, MAIN, (t) => t.replace(/<\/(workbook|w:document)>\s*$/, '')) }));
mutation('nul-in-xml', BOTH, (parts) => ({ parts: editPart(parts, /(sheet1|document)\.xml$/, (t) => t.replace(/<\/(w:t|t|v)>/, '\u0000</$1>')) }));
mutation('character-references-out-of-range', BOTH, (parts) => ({
  parts: editPart(editPart(parts, SHEET, (t) => addRows(t, '<row r="1048001"><c r="A1048001" t="inlineStr"><is><t>&#x0;&#xD800;&#x110000;&#99999999999;</t></is></c></row>')), DOCUMENT, (t) => intoBody(t, wP('&#x0;&#xD800;&#x110000;'))),
}));

// --- spreadsheet content
mutation('shared-strings-out-of-range', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) =>
    addRows(t, ['99999999', '-1', '1.5', 'abc', '4294967296', '1e3', ''].map((v, i) => `<row r="${1047000 + i}"><c r="B${1047000 + i}" t="s"><v>${v}</v></c></row>`).join('')),
  ),
}));
mutation('shared-strings-missing', XLSX, (parts) => ({ parts: parts.filter((p) => !STRINGS.test(p.name)) }));
mutation('shared-strings-count-lies', XLSX, (parts) => ({ parts: editPart(parts, STRINGS, (t) => t.replace(/count="\d+"/, 'count="4000000000"').replace(/uniqueCount="\d+"/, 'uniqueCount="4000000000"')) }), { copy: true });
mutation('shared-strings-rich-deep', XLSX, (parts) => ({ parts: editPart(parts, STRINGS, (t) => t.replace('</sst>', `<si>${'<r><t>x</t></r>'.repeat(200000)}</si></sst>`)) }));
mutation('refs-reversed', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) => {
    const rows = t.match(/<row\b[^>]*>.*?<\/row>|<row\b[^>]*\/>/gs) ?? [];
    if (rows.length < 2) return t;
    return t.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows.reverse().join('')}</sheetData>`);
  }),
}));
mutation('cells-reversed-in-row', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) => t.replace(/(<row\b[^>]*>)(.*?)(<\/row>)/gs, (m, a, body, z) => a + (body.match(/<c\b[^>]*\/>|<c\b[^>]*>.*?<\/c>/gs) ?? []).reverse().join('') + z)),
}));
mutation('refs-duplicated', XLSX, (parts) => ({ parts: editPart(parts, SHEET, (t) => t.replace(/(<row\b[^>]*>)(.*?)(<\/row>)/gs, (m, a, body, z) => a + body + body + z)) }));
mutation('rows-duplicated', XLSX, (parts) => ({ parts: editPart(parts, SHEET, (t) => t.replace(/(<row\b[^>]*>.*?<\/row>)/s, '$1$1$1')) }));
mutation('refs-absurd', XLSX, (parts, rng) => {
  const bad = ['XFD1048577', 'A0', 'XFE1', 'ZZZZZZ1', 'A99999999999999', 'a1', '1A', 'A-1', 'A1.5', '', 'A 1', 'Å1', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1'];
  return {
    parts: editPart(parts, SHEET, (t) => {
      let k = 0;
      return t.replace(/(<c [^>]*r=")([A-Z]+\d+)"/g, (m, a) => (k++ % 3 === 0 ? `${a}${rng.pick(bad)}"` : m));
    }),
  };
});
mutation('row-numbers-absurd', XLSX, (parts, rng) => ({
  parts: editPart(parts, SHEET, (t) => {
    let k = 0;
    return t.replace(/(<row [^>]*r=")(\d+)"/g, (m, a) => (k++ % 2 === 0 ? `${a}${rng.pick(['0', '-5', '1048577', '99999999999999', '1e3', 'x', '4294967297'])}"` : m));
  }),
}));
mutation('refs-removed', XLSX, (parts) => ({ parts: editPart(parts, SHEET, (t) => t.replace(/ r="[^"]*"/g, '')) }), { copy: true });
mutation('one-row-past-xfd-without-refs', XLSX, (parts) => ({ parts: editPart(parts, SHEET, (t) => addRows(t, `<row r="1048100">${'<c><v>1</v></c>'.repeat(20000)}</row>`)) }));
mutation('one-row-million-cells', XLSX, (parts) => ({ parts: editPart(parts, SHEET, (t) => addRows(t, `<row r="1048200">${'<c><v>1</v></c>'.repeat(1_000_000)}</row>`)) }));
mutation('one-row-16384-refs', XLSX, (parts) => {
  let row = '';
  for (let c = 1; c <= 16384; c++) row += `<c r="${colLetter(c)}1048300"><v>${c}</v></c>`;
  return { parts: editPart(parts, SHEET, (t) => addRows(t, `<row r="1048300">${row}</row>`)) };
}); // not opened in LibreOffice: its CSV of this sheet would be 1.048.300 lines of 16.384 fields
mutation('merges-huge-and-overlapping', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) =>
    afterSheetData(
      t.replace(/<mergeCells\b.*?<\/mergeCells>/s, ''),
      '<mergeCells count="6"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="A1:B2"/><mergeCell ref="B2:A1"/><mergeCell ref="C3:C3"/><mergeCell ref="ZZZ9:A"/><mergeCell ref="A1:XFE1048577"/></mergeCells>',
    ),
  ),
}));
mutation('many-merges', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) => afterSheetData(t.replace(/<mergeCells\b.*?<\/mergeCells>/s, ''), `<mergeCells>${Array.from({ length: 200000 }, (_, i) => `<mergeCell ref="A${i + 2000}:XFD${i + 2000}"/>`).join('')}</mergeCells>`)),
}));
mutation('dimension-and-cols-absurd', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) =>
    t.replace(/<dimension [^>]*\/>/, '<dimension ref="A1:XFD1048576"/>').replace(/<sheetData/, '<cols><col min="1" max="99999999" width="1e308" customWidth="1"/><col min="0" max="-1"/></cols><sheetData'),
  ),
}));
mutation('styles-out-of-range', XLSX, (parts) => ({
  parts: editPart(editPart(parts, SHEET, (t) => t.replace(/(<c [^>]*?) s="\d+"/g, '$1 s="999999"').replace(/<c r="([A-Z]+\d+)">/g, '<c r="$1" s="-3">')), STYLES, (t) =>
    t.replace(/numFmtId="\d+"/g, 'numFmtId="4294967296"').replace(/<numFmts[^>]*>/, '$&<numFmt numFmtId="-1" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy;@;;;;;;"/><numFmt numFmtId="164" formatCode="' + '0'.repeat(100000) + '"/>'),
  ),
}));
mutation('styles-missing', XLSX, (parts) => ({ parts: parts.filter((p) => !STYLES.test(p.name)) }));
mutation('styles-garbage-formats', XLSX, (parts) => ({
  parts: editPart(parts, STYLES, (t) => t.replace(/<numFmts[^>]*>.*?<\/numFmts>/s, '').replace(/<styleSheet([^>]*)>/, `<styleSheet$1><numFmts count="3"><numFmt numFmtId="164" formatCode="[Red][&lt;=-1e400]#,##0;[Blue]&quot;${'\\'.repeat(5000)}&quot;"/><numFmt numFmtId="165" formatCode="[h]:mm:ss.000000000000"/><numFmt numFmtId="166" formatCode="${'#,##0.'.padEnd(5000, '0')}E+000"/></numFmts>`).replace(/numFmtId="0"/g, 'numFmtId="164"')),
}), { copy: true });
mutation('formula-deep-parens', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) => addRows(t, `<row r="1048400"><c r="A1048400"><f>${'('.repeat(50000)}1${')'.repeat(50000)}</f><v>1</v></c><c r="B1048400"><f>${'SUM('.repeat(20000)}A1${')'.repeat(20000)}</f><v>1</v></c></row>`)),
}));
mutation('formula-long-sum', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) => addRows(t, `<row r="1048410"><c r="C1048410"><f>${Array.from({ length: 8000 }, (_, i) => `C${i + 1}`).join('+')}</f><v>1</v></c><c r="D1048410"><f>SUM(${'A1:A2,'.repeat(30000)}A3)</f><v>2</v></c></row>`)),
}));
mutation('formula-references-absurd', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) =>
    addRows(t, `<row r="1048420"><c r="A1048420"><f>SUM(A1:XFD1048576)</f><v>1</v></c><c r="B1048420"><f>SUM(XFE1:ZZZZ99999999)+A0+'${'x'.repeat(300)}'!A1+[1]Ark!A1+#REF!</f><v>1</v></c><c r="C1048420"><f>INDIRECT("A"&amp;ROW())</f><v>1</v></c></row>`),
  ),
}));
mutation('shared-formula-broken', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) =>
    addRows(t, '<row r="1048430"><c r="A1048430"><f t="shared" si="0"/><v>1</v></c><c r="B1048430"><f t="shared" si="77" ref="XFD1:A1"/><v>1</v></c><c r="C1048430"><f t="shared" si="-1" ref="C1048430:C1048576">C1+1</f><v>1</v></c><c r="D1048430"><f t="array" ref="A1:XFD1048576">1</f><v>1</v></c></row>'),
  ),
}));
mutation('defined-names-recursive', XLSX, (parts) => ({
  parts: editPart(parts, WORKBOOK, (t) =>
    t.replace(/<definedNames>.*?<\/definedNames>/s, '').replace('</sheets>', `</sheets><definedNames><definedName name="A">B</definedName><definedName name="B">A</definedName><definedName name="Self">Self+1</definedName><definedName name="Print_Area" localSheetId="999">'Nope'!$A$1:$XFD$1048576</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="-1">#REF!</definedName>${Array.from({ length: 50000 }, (_, i) => `<definedName name="N${i}">N${i + 1}</definedName>`).join('')}</definedNames>`),
  ),
}));
mutation('cell-types-odd', XLSX, (parts) => ({
  parts: editPart(parts, SHEET, (t) =>
    addRows(
      t,
      '<row r="1048440"><c r="A1048440" t="e"><v>#WHAT?</v></c><c r="B1048440" t="b"><v>7</v></c><c r="C1048440" t="d"><v>99999-99-99T99:99</v></c><c r="D1048440" t="n"><v>1e309</v></c><c r="E1048440" t="str"/><c r="F1048440" t="zz"><v>1</v></c><c r="G1048440" t="inlineStr"/><c r="H1048440" t="n"><v>-0</v></c><c r="I1048440" s="14"><v>-99999999</v></c><c r="J1048440" s="14"><v>2958466</v></c></row>',
    ),
  ),
}), { copy: true });
mutation('huge-inline-string', XLSX, (parts) => ({ parts: editPart(parts, SHEET, (t) => addRows(t, `<row r="1048450"><c r="A1048450" t="inlineStr"><is><t>${'kr. '.repeat(3_000_000)}</t></is></c></row>`)) }));
mutation('sheet-deep-nesting', XLSX, (parts) => ({ parts: editPart(parts, SHEET, (t) => addRows(t, `<row r="1048460">${'<c>'.repeat(100000)}${'</c>'.repeat(100000)}</row>`)) }));
mutation('table-part-absurd', XLSX, (parts) => {
  const i = find(parts, SHEET);
  if (i < 0) return { parts };
  const relName = parts[i].name.replace(/([^/]+)$/, '_rels/$1.rels');
  const existing = parts.find((p) => p.name === relName);
  const rel = '<Relationship Id="rIdT9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/tableX.xml"/>';
  const rels = existing
    ? text(existing).replace('</Relationships>', `${rel}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
  const table =
    '<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A1:XFD1048576" totalsRowCount="99999">' +
    `<tableColumns count="99999">${Array.from({ length: 5000 }, (_, k) => `<tableColumn id="${k}" name="K"/>`).join('')}</tableColumns></table>`;
  const withPart = editPart(parts, SHEET, (t) => t.replace(/<tableParts\b.*?<\/tableParts>/s, '').replace('</worksheet>', '<tableParts count="1"><tablePart r:id="rIdT9"/></tableParts></worksheet>'));
  return { parts: [...withPart.filter((p) => p.name !== relName), { name: relName, data: rels }, { name: 'xl/tables/tableX.xml', data: table }] };
});
mutation('workbook-calc-and-views-absurd', XLSX, (parts) => ({
  parts: editPart(parts, WORKBOOK, (t) => t.replace(/<bookViews>.*?<\/bookViews>/s, '').replace(/<sheets>/, '<bookViews><workbookView activeTab="99999" firstSheet="-4"/></bookViews><sheets>').replace('</workbook>', '<calcPr calcId="-1" fullCalcOnLoad="maybe"/></workbook>')),
}), { copy: true });
mutation('sheet-state-odd', XLSX, (parts) => ({ parts: editPart(parts, WORKBOOK, (t) => t.replace(/<sheet /g, '<sheet state="veryHidden" ')) }), { copy: true });
mutation('comments-absurd', XLSX, (parts) => {
  const i = find(parts, SHEET);
  if (i < 0) return { parts };
  const relName = parts[i].name.replace(/([^/]+)$/, '_rels/$1.rels');
  const existing = parts.find((p) => p.name === relName);
  const rel = '<Relationship Id="rIdK9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../commentsX.xml"/>';
  const rels = existing
    ? text(existing).replace('</Relationships>', `${rel}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
  const comments =
    '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>a</author></authors><commentList>' +
    '<comment ref="XFD1048577" authorId="99"><text><t>x</t></text></comment><comment ref="A1:B2" authorId="-1"><text><t>y</t></text></comment><comment ref="A1" authorId="0"><text><t>z</t></text></comment><comment ref="A1" authorId="0"><text><t>dup</t></text></comment></commentList></comments>';
  return { parts: [...parts.filter((p) => p.name !== relName), { name: relName, data: rels }, { name: 'xl/commentsX.xml', data: comments }] };
});

// --- Word content
mutation('tables-nested-1000', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => intoBody(t, nested(1000, wTbl(costRows)))) }));
mutation('tables-nested-40', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => intoBody(t, nested(40, wTbl(costRows)))) }), { copy: true });
mutation('gridspan-absurd', DOCX, (parts, rng) => ({
  parts: editPart(parts, DOCUMENT, (t) => {
    let k = 0;
    const t2 = t.replace(/<w:tc>/g, (m) => (k++ % 3 === 0 ? `<w:tc><w:tcPr><w:gridSpan w:val="${rng.pick(['99999999', '-1', '0', '1e9', 'x', '2147483648', '16384'])}"/></w:tcPr>` : m));
    return intoBody(t2, wTbl(`<w:tr>${wTc(wP('1.000 kr.'), '<w:gridSpan w:val="2147483647"/>')}${wTc(wP('5'))}</w:tr>` + costRows));
  }),
}));
mutation('vmerge-absurd', DOCX, (parts) => ({
  parts: editPart(parts, DOCUMENT, (t) =>
    intoBody(
      t,
      wTbl(
        `<w:tr>${wTc(wP('a'), '<w:vMerge/>')}${wTc(wP('b'), '<w:vMerge w:val="continue"/>')}</w:tr>` +
          Array.from({ length: 3000 }, () => `<w:tr>${wTc(wP('100'), '<w:vMerge w:val="restart"/><w:gridSpan w:val="9999"/>')}${wTc(wP(''), '<w:vMerge/>')}</w:tr>`).join('') +
          costRows,
      ),
    ),
  ),
}));
mutation('wide-row', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => intoBody(t, wTbl(`<w:tr>${wTc(wP('1.000 kr. 2027 p/l'))}${Array.from({ length: 20000 }, (_, i) => wTc(wP(String(i)), '<w:gridSpan w:val="20"/>')).join('')}</w:tr>`))) }));
mutation('many-rows', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => intoBody(t, wTbl(Array.from({ length: 100000 }, (_, i) => `<w:tr>${wTc(wP(`Post ${i}`))}${wTc(wP('1.000'))}</w:tr>`).join('')))) }));
mutation('table-in-textbox', DOCX, (parts) => ({
  parts: editPart(parts, DOCUMENT, (t) =>
    intoBody(
      t,
      `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${wTbl(costRows)}${nested(30, wTbl(costRows))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${wTbl(costRows)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    ),
  ),
}), { copy: true });
mutation('altchunk-odd', DOCX, (parts) => ({
  parts: editPart(
    editPart(parts, DOCUMENT, (t) => intoBody(t, '<w:altChunk r:id="rIdA1"/><w:altChunk r:id="rIdA2"/><w:altChunk r:id="rIdMissing"/><w:altChunk/>' + wTbl(`<w:tr>${wTc('<w:altChunk r:id="rIdA1"/>' + wP('x'))}</w:tr>`))),
    DOCUMENT_RELS,
    (t) =>
      t.replace(
        '</Relationships>',
        '<Relationship Id="rIdA1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="document.xml"/><Relationship Id="rIdA2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="../../../x.html" TargetMode="External"/></Relationships>',
      ),
  ),
}));
mutation('sdt-and-smarttag-wrappers', DOCX, (parts) => ({
  parts: editPart(parts, DOCUMENT, (t) =>
    intoBody(t, `${'<w:sdt><w:sdtContent>'.repeat(100)}${wTbl(costRows.replace(/<w:tc>/g, '<w:customXml><w:tc>').replace(/<\/w:tc>/g, '</w:tc></w:customXml>'))}${'</w:sdtContent></w:sdt>'.repeat(100)}`),
  ),
}), { copy: true });
mutation('tracked-changes-in-table', DOCX, (parts) => ({
  parts: editPart(parts, DOCUMENT, (t) => intoBody(t, wTbl(costRows.replace(/<w:r><w:t>(\d+)<\/w:t><\/w:r>/g, '<w:del><w:r><w:delText>9$1</w:delText></w:r></w:del><w:ins><w:r><w:t>$1</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>7</w:t></w:r></w:moveFrom>')))),
}), { copy: true });
mutation('table-without-rows-and-grid', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => intoBody(t, '<w:tbl/><w:tbl><w:tr/></w:tbl><w:tbl><w:tr><w:tc/></w:tr></w:tbl><w:tr><w:tc>' + wP('stray') + '</w:tc></w:tr><w:tc/>')) }), { copy: true });
mutation('body-missing', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => t.replace(/<w:body>.*<\/w:body>/s, '')) }), { copy: true });
mutation('comments-part-odd', DOCX, (parts) => ({
  parts: editPart(
    [...parts.filter((p) => !/^word\/comments\.xml$/.test(p.name)), { name: 'word/comments.xml', data: '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="4294967296"/><w:comment w:id="-1"/><w:comment w:id="x"/><w:comment w:id="0"/><w:comment w:id="0"/></w:comments>' }],
    DOCUMENT,
    (t) => intoBody(t, '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>x</w:t></w:r><w:commentRangeEnd w:id="99999999999"/><w:r><w:commentReference w:id="-5"/></w:r></w:p>'),
  ),
}));
mutation('styles-based-on-cycle', DOCX, (parts) => ({
  parts: editPart(parts, /^word\/styles\.xml$/, (t) =>
    t.replace('</w:styles>', `<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style><w:style w:type="paragraph" w:styleId="C"><w:basedOn w:val="C"/></w:style>${Array.from({ length: 5000 }, (_, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:basedOn w:val="S${i + 1}"/></w:style>`).join('')}</w:styles>`),
  ),
}));
mutation('numbering-absurd', DOCX, (parts) => ({
  parts: editPart(parts, DOCUMENT, (t) => intoBody(t, `<w:p><w:pPr><w:numPr><w:ilvl w:val="99999"/><w:numId w:val="-1"/></w:numPr><w:outlineLvl w:val="4294967296"/></w:pPr><w:r><w:t>1.000 kr. i alt 5.000</w:t></w:r></w:p>`)),
}), { copy: true });
mutation('long-paragraph', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => intoBody(t, `<w:p>${'<w:r><w:t>Udgifterne er 1.000 kr. i 2027 og i alt 5.000 kr. </w:t></w:r>'.repeat(100000)}</w:p>`)) }));
mutation('many-paragraphs-with-amounts', DOCX, (parts) => ({ parts: editPart(parts, DOCUMENT, (t) => intoBody(t, Array.from({ length: 60000 }, (_, i) => wP(`Projektet koster ${i}.000 kr. i 2027 og i alt ${i * 3}.000 kr.`)).join(''))) }));

// --- the other format inside
mutation('docx-parts-in-xlsx-name', XLSX, () => null, { swap: true });

// ------------------------------------------------------------------------------------------------
// Cases

/** One case: a fixture of one kind with one or more mutations applied in turn. */
export interface FuzzCase {
  id: string;
  kind: PackageKind;
  /** The fixture's path. */
  seed: string;
  seedNumber: number;
  mutations: string[];
  copy: boolean;
}

let seedsPerKind = Infinity;

function seedsFor(kind: PackageKind): string[] {
  return (kind === 'xlsx' ? XLSX_SEEDS : DOCX_SEEDS)
    .map((f) => path.join(ROOT, f))
    .filter((f) => fs.existsSync(f))
    .slice(0, seedsPerKind);
}

const loaded = new Map<string, Part[]>();
function partsOf(file: string): Part[] {
  let parts = loaded.get(file);
  if (!parts) loaded.set(file, (parts = readPackageParts(fs.readFileSync(file))));
  return parts;
}

function mutationNamed(name: string): Mutation {
  const m = M.find((x) => x.name === name);
  if (!m) throw new Error(`no mutation ${name}`);
  return m;
}

/** Builds the bytes of one case: a seed fixture, one or more mutations applied in turn. */
export function buildCase(c: FuzzCase): Buffer {
  // A Word document under an .xlsx name: the dispatcher must hand it to the Word reader.
  if (c.mutations[0] === 'docx-parts-in-xlsx-name') return fs.readFileSync(seedsFor('docx')[0]);
  let parts = partsOf(c.seed).map((p) => ({ ...p }));
  let zipOptions: HostileZipOptions = {};
  const posts: ((buf: Buffer) => Buffer)[] = [];
  for (const name of c.mutations) {
    const out = mutationNamed(name).fn(parts, rngFor(c.seedNumber, `${c.id}:${name}`));
    if (!out) continue;
    parts = out.parts;
    zipOptions = { ...zipOptions, ...(out.zip ?? {}) };
    if (out.post) posts.push(out.post);
  }
  let buf = hostileZipBytes(parts, zipOptions);
  for (const post of posts) buf = post(buf);
  return buf;
}

/**
 * The cases for a seed: with `runs` 0, every mutation once on every fixture of its kind; otherwise
 * `runs` cases of one to three mutations on a random fixture.
 */
export function makeCases({ seed = 20261202, runs = 0, only = null }: { seed?: number; runs?: number; only?: readonly string[] | null } = {}): FuzzCase[] {
  const usable = M.filter((m) => !only || only.includes(m.name));
  const cases: FuzzCase[] = [];
  if (runs === 0) {
    for (const m of usable) {
      for (const kind of m.kinds) {
        for (const s of seedsFor(kind)) {
          cases.push({ id: `${m.name}--${path.basename(s)}`, kind, seed: s, seedNumber: seed, mutations: [m.name], copy: Boolean(m.copy) });
        }
      }
    }
    return cases;
  }
  const rng = rngFor(seed, 'cases');
  for (let i = 0; i < runs; i++) {
    const kind: PackageKind = rng.next() < 0.6 ? 'xlsx' : 'docx';
    const pool = usable.filter((m) => m.kinds.includes(kind) && !m.swap);
    const n = rng.next() < 0.6 ? 1 : rng.int(2, 3);
    const chosen: string[] = [];
    for (let k = 0; k < n; k++) chosen.push(rng.pick(pool).name);
    cases.push({ id: `r${i}-${chosen.join('+')}`, kind, seed: rng.pick(seedsFor(kind)), seedNumber: seed, mutations: chosen, copy: chosen.every((name) => Boolean(mutationNamed(name).copy)) });
  }
  return cases;
}

// ------------------------------------------------------------------------------------------------
// Running

const STACK_FRAME = /^\s*at\s+\S.*(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m;

function sha256(buf: Buffer): string {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

const TIME = '/usr/bin/time';
const haveTime = fs.existsSync(TIME);

/** One run of the command line: how it ended, what it printed, its peak RSS. */
export interface CliRun {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  rssKB: number | null;
  seconds: number;
  error?: Error;
}

/**
 * Runs the CLI once under a timeout; returns status, streams, peak RSS in KB. The peak comes from
 * /usr/bin/time where it exists: a probe inside the child would report at least this process's own
 * peak, which Linux hands on to a forked child.
 */
export function runCli(args: string[], { timeoutSeconds }: { timeoutSeconds: number }): CliRun {
  const measure = path.join(os.tmpdir(), `budgettjek-fuzz-rss-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  const started = Date.now();
  const [cmd, argv, env]: [string, string[], NodeJS.ProcessEnv] = haveTime
    ? [TIME, ['-f', '%e %M', '-o', measure, process.execPath, BIN, ...args], { ...process.env, NODE_OPTIONS: '' }]
    : [process.execPath, ['-r', PROBE, BIN, ...args], { ...process.env, BUDGETTJEK_RSS_PROBE: measure, NODE_OPTIONS: '' }];
  const r: SpawnSyncReturns<string> = spawnSync(cmd, argv, { encoding: 'utf8', env, timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  let rssKB: number | null;
  try {
    const last = fs.readFileSync(measure, 'utf8').trim().split('\n').pop() ?? '';
    const m = /([\d.]+)\s+(\d+)$/.exec(last.trim());
    rssKB = m ? Number(m[2]) : null;
  } catch {
    rssKB = null;
  }
  fs.rmSync(measure, { force: true });
  // /usr/bin/time reports a child killed by a signal as "Command terminated by signal N" and exits 128+N.
  const timeSignal = haveTime ? /Command terminated by signal (\d+)/.exec(r.stderr ?? '') : null;
  const stderr = (r.stderr ?? '').replace(/^Command (terminated by signal|exited with non-zero status) .*\n?/m, '');
  return {
    status: timeSignal ? null : r.status,
    signal: timeSignal ? `signal ${timeSignal[1]}` : r.signal,
    stdout: r.stdout ?? '',
    stderr,
    rssKB,
    seconds: (Date.now() - started) / 1000,
    ...(r.error ? { error: r.error } : {}),
  };
}

/** The rules every run must keep; a list of broken ones (empty when it kept them all). */
export function judge(run: CliRun, input: string, { allowedExit = [0, 1, 2] }: { allowedExit?: number[] } = {}): string[] {
  const broken: string[] = [];
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') broken.push(`did not finish within the timeout (${run.seconds.toFixed(0)} s)`);
  else if (run.signal) broken.push(`killed by ${run.signal}`);
  if (run.status !== null && !allowedExit.includes(run.status)) broken.push(`exit ${run.status}`);
  if (STACK_FRAME.test(run.stderr) || /\b(TypeError|RangeError|ReferenceError|SyntaxError|FATAL ERROR|Aborted|heap out of memory)\b/.test(run.stderr)) broken.push('stack trace or crash on stderr');
  if (run.rssKB !== null && run.rssKB > MAX_RSS_KB) broken.push(`peak RSS ${(run.rssKB / 1024).toFixed(0)} MB`);
  if (run.status === 2) {
    const lines = run.stderr.replace(/\n$/, '').split('\n').filter((l) => !/: ingen tabel fundet; /.test(l));
    if (lines.length !== 1) broken.push(`exit 2 with ${lines.length} stderr lines`);
    else if (!lines[0].includes(path.basename(input)) && !/--out|--annotate|ud(data)?fil|kopi/i.test(lines[0])) broken.push('exit 2 and stderr does not name the file');
    if (/\b(the file|cannot|not a valid|damaged|is missing)\b/.test(lines[0] ?? '') && !/\((.*)\)/.test(lines[0] ?? '')) broken.push('English message outside the detail');
  }
  return broken;
}

/**
 * Opens the input and its copies in LibreOffice, each turned into text (a workbook's first sheet as
 * CSV, a document as plain text), and says which copies lost content: a copy must open, and show at
 * least nine tenths of the characters the input shows (a copy that writes a sheet LibreOffice cannot
 * read opens as an empty sheet).
 */
function copiesLosingContent(input: string, copies: string[], dir: string): string[] {
  const outDir = path.join(dir, 'lo');
  fs.mkdirSync(outDir, { recursive: true });
  const to = input.endsWith('.docx') ? 'txt:Text' : 'csv';
  const ext = input.endsWith('.docx') ? '.txt' : '.csv';
  spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(os.tmpdir(), `budgettjek-fuzz-lo-${process.pid}`)}`, '--convert-to', to, '--outdir', outDir, input, ...copies], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const shown = (file: string): number => {
    const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, ext));
    return fs.existsSync(out) ? fs.readFileSync(out, 'latin1').replace(/[\s,;"]/g, '').length : -1;
  };
  const original = shown(input);
  // An input LibreOffice cannot open itself (a .docx whose content type says .docm) says nothing of the copies.
  const lost = original < 0 ? [] : copies.filter((c) => shown(c) < 0 || shown(c) < original * 0.9);
  fs.rmSync(outDir, { recursive: true, force: true });
  return lost.map((c) => `${path.basename(c)} shows ${shown(c)} characters in LibreOffice, the input ${original}`);
}

interface Command {
  label: string;
  args: string[];
  /** The copy it writes. */
  out?: string;
}

/** The commands a case runs: check always; for a workbook also convert and fix, writing copies. */
function commandsFor(c: FuzzCase, input: string, dir: string, { copies }: { copies: boolean }): Command[] {
  const cmds: Command[] = [{ label: 'check', args: ['check', '--format', 'json', input] }];
  if (!copies) return cmds;
  if (c.kind === 'xlsx') {
    cmds.push({ label: 'convert', args: ['convert', '--to', '2026', '--allow-unchanged', '--out', path.join(dir, 'omregnet.xlsx'), input], out: path.join(dir, 'omregnet.xlsx') });
    cmds.push({ label: 'fix', args: ['fix', '--out', path.join(dir, 'rettet.xlsx'), input], out: path.join(dir, 'rettet.xlsx') });
  }
  const annotated = path.join(dir, c.kind === 'xlsx' ? 'markeret.xlsx' : 'markeret.docx');
  cmds.push({ label: 'annotate', args: ['check', '--annotate', annotated, input], out: annotated });
  return cmds;
}

export interface CommandResult {
  command: string;
  status: number | null;
  seconds: number;
  rssMB: number | null;
  stderr: string;
  broken: string[];
}

export function runCase(
  c: FuzzCase,
  { dir, timeoutSeconds = 120, copies = true, soffice = false }: { dir: string; timeoutSeconds?: number; copies?: boolean; soffice?: boolean },
): { input: string; caseDir: string; results: CommandResult[] } {
  const caseDir = fs.mkdtempSync(path.join(dir, 'case-'));
  const input = path.join(caseDir, `fuzz-${c.id.replace(/[^A-Za-z0-9.+-]/g, '_').slice(0, 80)}.${c.kind}`);
  const bytes = buildCase(c);
  fs.writeFileSync(input, bytes);
  const before = sha256(bytes);
  const results: CommandResult[] = [];
  const written: string[] = [];
  for (const cmd of commandsFor(c, input, caseDir, { copies })) {
    const run = runCli(cmd.args, { timeoutSeconds });
    const broken = judge(run, input);
    if (sha256(fs.readFileSync(input)) !== before) broken.push('the input was changed');
    if (cmd.out && (run.status === 0 || run.status === 1) && fs.existsSync(cmd.out)) written.push(cmd.out);
    results.push({ command: cmd.label, status: run.status, seconds: run.seconds, rssMB: run.rssKB === null ? null : Math.round(run.rssKB / 1024), stderr: run.stderr.slice(0, 400), broken });
  }
  if (soffice && c.copy && written.length) {
    const lost = copiesLosingContent(input, written, caseDir);
    if (lost.length) results.push({ command: 'libreoffice', status: null, seconds: 0, rssMB: null, stderr: '', broken: lost });
  }
  return { input, caseDir, results };
}

interface FuzzOptions {
  seed: number;
  runs: number;
  only: string[] | null;
  soffice: boolean;
  keep: string | null;
  timeout: number;
  copies: boolean;
}

function parseArgs(argv: string[]): FuzzOptions {
  const opts: FuzzOptions = { seed: 20261202, runs: 0, only: null, soffice: false, keep: null, timeout: 120, copies: true };
  const value = (i: number): string => {
    const v = argv[i];
    if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = Number(value(++i));
    else if (a === '--runs') opts.runs = Number(value(++i));
    else if (a === '--only') opts.only = value(++i).split(',');
    else if (a === '--soffice') opts.soffice = true;
    else if (a === '--keep') opts.keep = value(++i);
    else if (a === '--timeout') opts.timeout = Number(value(++i));
    else if (a === '--check-only') opts.copies = false;
    else if (a === '--fixtures') seedsPerKind = Number(value(++i));
    else throw new Error(`unknown argument ${a}`);
  }
  const unknown = (opts.only ?? []).filter((name) => !M.some((m) => m.name === name));
  if (unknown.length) throw new Error(`no mutation ${unknown.join(', ')}`);
  return opts;
}

function main(argv: string[]): number {
  const opts = parseArgs(argv);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('build the CLI first: npm run build:cli');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-fuzz-'));
  const cases = makeCases(opts);
  let failures = 0;
  for (const c of cases) {
    const { input, caseDir, results } = runCase(c, { dir, timeoutSeconds: opts.timeout, copies: opts.copies, soffice: opts.soffice });
    const bad = results.filter((r) => r.broken.length > 0);
    const line = results.map((r) => `${r.command}=${r.status}${r.broken.length ? '!' : ''} ${r.seconds.toFixed(1)}s ${r.rssMB}MB`).join('  ');
    process.stdout.write(`${bad.length ? 'FAIL' : 'ok  '} ${c.id}  ${line}\n`);
    for (const r of bad) process.stdout.write(`     ${r.command}: ${r.broken.join('; ')}\n     stderr: ${r.stderr.replace(/\n/g, '\n             ')}\n`);
    if (bad.length) {
      failures++;
      if (opts.keep) {
        fs.mkdirSync(opts.keep, { recursive: true });
        fs.copyFileSync(input, path.join(opts.keep, path.basename(input)));
      }
    }
    fs.rmSync(caseDir, { recursive: true, force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${cases.length} cases, ${failures} failed (seed ${opts.seed})\n`);
  return failures === 0 ? 0 : 1;
}

export const MUTATIONS: readonly Mutation[] = M;

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`fuzz-packages: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  }
}
