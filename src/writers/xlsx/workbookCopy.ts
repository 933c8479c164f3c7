/**
 * Writes a copy of a workbook package (an .xlsx or .xlsm) with our own package layer: the input is
 * opened once, read-only, through the same checked zip the reader uses (its limits apply); every
 * part the copy does not change is copied as it is stored (byte for byte, compressed data as it
 * was), and only the changed parts are written anew:
 * - the worksheets whose cells get values, styles or notes (streamed cell by cell, sheetRewrite.ts);
 * - styles.xml (new fonts, fills, formats appended; existing indices untouched);
 * - notes: the sheet's comments part and its VML drawing (extended, or new ones); where the cell has
 *   a comment thread, a reply in the sheet's threaded comments part too (and Budgettjek in the
 *   workbook's person list);
 * - the report sheet (a new part), workbook.xml, its relationships and [Content_Types].xml.
 * Everything else (charts, images, pivot tables, slicers, tables, VBA projects, custom XML,
 * properties, chart/macro/dialog sheets, external links, protection, hidden sheets, defined names,
 * print settings) is therefore kept as it was. A copy that cannot be made is refused before
 * anything is written. Faults of the input are InputErrors naming the input; faults of writing are
 * OutputErrors naming the output.
 */
import { Readable as ReadableStream } from 'node:stream';
import { columnNumber } from '../../core';
import {
  asInputError,
  findWorkbookPart,
  InputError,
  partKey,
  readPackageFile,
  readRelationships,
  refuseOle,
  relsPartFor,
  resolveLimits,
  type RawEntry,
  type ReadLimits,
  type Relationship,
  type XlsxZip,
} from '../../readers';
import { OutputError } from '../outputError';
import { type EntryLike, PackageWriter } from '../packageWriter';
import { TempOutput } from '../tempOutput';
import { type CellEdit, sheetRewriter } from './sheetRewrite';
import { addThreadedReplies, cellsWithThreads, withBudgettjekPerson } from './threadedReplies';
import { MINIMAL_STYLES, StyleBook } from './styleBook';
import { tokensOf as tokens, attr, escapeXml, fitExcelText, parseAttrs, prefixOf, startTag, unescapeXml, EXCEL_TEXT_LIMIT, type Token } from './xmlTokens';

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  person: 'application/vnd.ms-excel.person+xml',
};
const PERSON_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/person';

/**
 * The workbook a copy is made of: its path (opened here, read-only, through the checked package
 * layer), or the package a reader already opened and checked, so the input is opened once.
 */
export type WorkbookSource = string | XlsxZip;

/** The input file a source names. */
export function sourceFile(input: WorkbookSource): string {
  return typeof input === 'string' ? input : input.file;
}

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';

export interface PackageSheet {
  name: string;
  kind: SheetKind;
  /** The sheet's part, when the workbook names one that exists. */
  part: string | null;
}

/** What an operation sees of the package when it plans its changes. */
export interface WorkbookPackage {
  sheets: PackageSheet[];
  styles: StyleBook;
  /** The worksheet of that name (the names compare as Excel compares them), or undefined. */
  worksheet(name: string): PackageSheet | undefined;
}

export interface CopyPlan {
  /** Cell edits by sheet name, then A1 address. */
  cells: Map<string, Map<string, CellEdit>>;
  /** Note texts by sheet name, then A1 address; appended to a note the cell already has. */
  notes?: Map<string, Map<string, string>>;
  /** A sheet added at the end, its XML produced as a stream of text. */
  reportSheet?: { name: string; xml: () => Iterable<string> };
  /** Asks Excel to recalculate every formula when it opens the copy. */
  fullCalcOnLoad?: boolean;
}

interface TextPart {
  name: string;
  text: string;
}


async function readText(zip: XlsxZip, name: string): Promise<string | null> {
  const parts: string[] = [];
  const found = await zip.streamText(name, (s) => parts.push(s));
  return found ? parts.join('') : null;
}

/** A relationships part with what is added (a new part when there was none). */
function addRelationships(text: string | null, rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  if (text === null) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  }
  const close = text.lastIndexOf('</');
  if (close < 0) {
    // <Relationships .../>
    return text.replace(/<((?:\w+:)?Relationships)([^>]*?)\s*\/>\s*$/, (_m, n: string, a: string) => `<${n}${a}>${items}</${n}>`);
  }
  const prefix = prefixOf(/<\/([^\s>]+)/.exec(text.slice(close))?.[1] ?? '');
  return text.slice(0, close) + (prefix ? items.replace(/<Relationship /g, `<${prefix}Relationship `) : items) + text.slice(close);
}

function relIds(text: string | null): Set<string> {
  const ids = new Set<string>();
  if (text) for (const m of text.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)) ids.add(m[1]);
  return ids;
}

function freshRelId(taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  taken.add(id);
  return id;
}

/** A relative target from `source`'s folder to `part` ("xl/worksheets/sheet1.xml" → "../comments1.xml"). */
function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

function freePartName(taken: (name: string) => boolean, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!taken(name)) return name;
  }
}

function sheetKind(type: string, part: string | null): SheetKind {
  if (type === 'worksheet') return part && /^xl\/(?:.*\/)?[^/]+\.xml$/i.test(part) ? 'worksheet' : 'other';
  if (type === 'chartsheet') return 'chartsheet';
  if (type === 'dialogsheet') return 'dialogsheet';
  if (type === 'xlMacrosheet' || type === 'xlIntlMacrosheet') return 'macrosheet';
  return 'other';
}

/** Note text for a new VML shape of a note at (row, col), 1-based. */
function noteShape(id: number, row: number, col: number, nsDecl: string): string {
  const r = row - 1;
  const c = col - 1;
  return (
    `<v:shape${nsDecl} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(r - 1, 0)}, 10, ${c + 5}, 15, ${r + 5}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
const VML_NS = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
};

function position(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** The text of a comment element's runs (for the length left under Excel's limit). */
function commentTextLength(ts: Token[], from: number, to: number): number {
  let n = 0;
  let inT = false;
  for (let i = from; i < to; i++) {
    const t = ts[i];
    if (t.kind === 'open' && t.local === 't') inT = true;
    else if (t.kind === 'close' && t.local === 't') inT = false;
    else if (inT && t.kind === 'text') n += unescapeXml(t.raw).length;
  }
  return n;
}

function runXml(prefix: string, text: string): string {
  return `<${prefix}r><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}r>`;
}

/**
 * The comments part with the notes added: text appended to a note the cell has, new notes for the
 * others. Returns the part and the cells that got a new note (they need a VML shape).
 */
function addComments(text: string | null, notes: Map<string, string>): { text: string; added: string[] } {
  const source = text ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';
  const ts = tokens(source);
  const out: string[] = [];
  let depth = 0;
  let prefix = '';
  let authors = 0;
  let authorId = -1;
  const have = new Set<string>();
  // First pass: authors and which cells have a note.
  for (const t of ts) {
    if (t.kind === 'open' || t.kind === 'empty') {
      if (depth === 0) prefix = prefixOf(t.name);
      if (t.local === 'author') authors++;
      if (t.local === 'comment') {
        const ref = attr(parseAttrs(t.raw), 'ref');
        if (ref && notes.has(ref.toUpperCase())) have.add(ref.toUpperCase());
      }
    }
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close') depth--;
  }
  const added = [...notes.keys()].filter((a) => !have.has(a));
  const needAuthor = added.length > 0;
  depth = 0;
  let commentRef: string | null = null;
  let commentStart = -1;
  let textDepth = -1;
  ts.forEach((t, i) => {
    if (t.kind === 'open' || t.kind === 'empty') {
      if (t.local === 'comment' && t.kind === 'open') {
        const ref = attr(parseAttrs(t.raw), 'ref')?.toUpperCase() ?? null;
        commentRef = ref && notes.has(ref) ? ref : null;
        commentStart = i;
      }
      if (commentRef && t.local === 'text' && t.kind === 'open') textDepth = depth;
      if (t.local === 'authors' && t.kind === 'empty' && needAuthor) {
        authorId = 0;
        out.push(`<${prefix}authors><${prefix}author>Budgettjek</${prefix}author></${prefix}authors>`);
        return;
      }
      if (t.local === 'commentList' && t.kind === 'empty') {
        out.push(t.raw.replace(/\s*\/>$/, '>'));
        for (const a of added) out.push(newComment(a));
        out.push(`</${t.name}>`);
        return;
      }
      if (t.kind === 'open') depth++;
      out.push(t.raw);
      return;
    }
    if (t.kind === 'close') {
      depth--;
      if (t.local === 'authors' && needAuthor && authorId < 0) {
        authorId = authors;
        out.push(`<${prefix}author>Budgettjek</${prefix}author>`);
      }
      if (commentRef && t.local === 'text' && depth === textDepth) {
        const before = commentTextLength(ts, commentStart, i);
        const extra = `\n\n${notes.get(commentRef)!}`;
        const room = EXCEL_TEXT_LIMIT - before;
        if (room > 1) out.push(runXml(prefix, room >= extra.length ? extra : `${extra.slice(0, room - 1)}…`));
        commentRef = null;
        textDepth = -1;
      }
      if (t.local === 'commentList') for (const a of added) out.push(newComment(a));
      out.push(t.raw);
      return;
    }
    out.push(t.raw);
  });
  function newComment(address: string): string {
    return `<${prefix}comment ref="${address}" authorId="${Math.max(authorId, 0)}"><${prefix}text>${runXml(prefix, fitExcelText(notes.get(address)!))}</${prefix}text></${prefix}comment>`;
  }
  // authorId is set while the authors list is passed, which is before the comment list.
  return { text: out.join(''), added };
}

/** The VML drawing with shapes for new notes (a new drawing when there was none). */
function addNoteShapes(text: string | null, cells: string[], idBase: number): string {
  const shapesFor = (decl: string) => cells.map((a, i) => {
    const { row, col } = position(a);
    return noteShape(idBase + i, row, col, decl);
  }).join('');
  if (text === null) {
    const idmap = Math.floor(idBase / 1024);
    return (
      `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
      SHAPETYPE +
      shapesFor('') +
      '</xml>'
    );
  }
  const declared = Object.entries(VML_NS).every(([p, ns]) => text.includes(`xmlns:${p}="${ns}"`));
  const decl = declared ? '' : Object.entries(VML_NS).map(([p, ns]) => ` xmlns:${p}="${ns}"`).join('');
  const close = text.lastIndexOf('</');
  if (close < 0) throw new Error('the VML drawing has no closing tag');
  const type = text.includes('_x0000_t202') ? '' : SHAPETYPE.replace('<v:shapetype', `<v:shapetype${decl}`);
  return text.slice(0, close) + type + shapesFor(decl) + text.slice(close);
}

/** The workbook part with the report sheet added and (when asked) a full recalculation on load. */
function editWorkbook(text: string, addSheet: { name: string; sheetId: number; relId: string } | null, fullCalc: boolean): string {
  const ts = tokens(text);
  const out: string[] = [];
  let depth = 0;
  let relPrefix: string | null = null;
  let prefix = '';
  let calcDone = !fullCalc;
  const CALC_FOLLOWERS = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']);
  for (const t of ts) {
    if (t.kind === 'open' || t.kind === 'empty') {
      if (depth === 0) {
        prefix = prefixOf(t.name);
        for (const [n, v] of parseAttrs(t.raw)) if (n.startsWith('xmlns:') && v === OFFICE_REL) relPrefix = n.slice(6);
      }
      if (depth === 1 && !calcDone && t.local === 'calcPr') {
        const a = parseAttrs(t.raw).filter(([n]) => n !== 'fullCalcOnLoad');
        out.push(startTag(t.name, [...a, ['fullCalcOnLoad', '1']], t.kind === 'empty'));
        calcDone = true;
        if (t.kind === 'open') depth++;
        continue;
      }
      if (depth === 1 && !calcDone && CALC_FOLLOWERS.has(t.local)) {
        out.push(`<${prefix}calcPr fullCalcOnLoad="1"/>`);
        calcDone = true;
      }
      if (depth === 1 && t.local === 'sheets' && t.kind === 'empty') throw new Error('the workbook lists no sheets');
      if (t.kind === 'open') depth++;
      out.push(t.raw);
      continue;
    }
    if (t.kind === 'close') {
      depth--;
      if (depth === 1 && t.local === 'sheets' && addSheet) {
        const id = relPrefix ? `${relPrefix}:id="${addSheet.relId}"` : `xmlns:r="${OFFICE_REL}" r:id="${addSheet.relId}"`;
        out.push(`<${prefix}sheet name="${escapeXml(addSheet.name)}" sheetId="${addSheet.sheetId}" ${id}/>`);
      }
      if (depth === 0 && !calcDone) {
        out.push(`<${prefix}calcPr fullCalcOnLoad="1"/>`);
        calcDone = true;
      }
      out.push(t.raw);
      continue;
    }
    out.push(t.raw);
  }
  return out.join('');
}

function editContentTypes(text: string, overrides: { part: string; type: string }[], vmlDefault: boolean): string {
  const hasVml = /<(?:\w+:)?Default\b[^>]*Extension\s*=\s*["']vml["']/i.test(text);
  const items =
    (vmlDefault && !hasVml ? `<Default Extension="vml" ContentType="${CT.vml}"/>` : '') +
    overrides.map((o) => `<Override PartName="/${escapeXml(o.part)}" ContentType="${o.type}"/>`).join('');
  if (!items) return text;
  const close = text.lastIndexOf('</');
  if (close < 0) throw new Error('[Content_Types].xml has no closing tag');
  return text.slice(0, close) + items + text.slice(close);
}

interface Prepared {
  /** Changed parts held in memory, by key. */
  texts: Map<string, TextPart>;
  /** Worksheet parts rewritten as streams, by key. */
  sheets: Map<string, { name: string; edits: Map<number, Map<number, CellEdit>>; legacyDrawingRelId?: string }>;
  /** New parts (written after the copied ones). */
  added: TextPart[];
  stylesKey: string | null;
  stylesName: string;
  report: { part: string; xml: () => Iterable<string> } | null;
}

export interface CopyOptions {
  limits?: Partial<ReadLimits>;
  /** Replace an output that is already there (--force). */
  force?: boolean;
}

/**
 * Opens `inputPath`, lets `plan` decide the changes on what the package holds, and writes the copy
 * to `outputPath` (a temporary file moved into place). Returns what `plan` returned.
 */
export async function writeWorkbookCopy<T>(
  input: WorkbookSource,
  outputPath: string,
  plan: (pkg: WorkbookPackage) => { plan: CopyPlan; summary: T },
  options: CopyOptions = {},
): Promise<T> {
  if (typeof input !== 'string') return copyOpened(input, outputPath, plan, !!options.force);
  const limits = resolveLimits(options.limits);
  let summary: T | undefined;
  // The package layer reports what fails inside it as the input's fault; a fault of the output
  // is carried past it as it is, so it names the output.
  let outputFault: OutputError | null = null;
  await readPackageFile(input, limits, refuseOle, async (zip) => {
    try {
      summary = await copyPackage(zip, input, outputPath, plan, !!options.force);
    } catch (e) {
      if (e instanceof OutputError) outputFault = e;
      else throw e;
    }
  });
  if (outputFault) throw outputFault;
  return summary as T;
}

/** A copy from a package the caller opened (and keeps open until this resolves). */
async function copyOpened<T>(zip: XlsxZip, outputPath: string, plan: (pkg: WorkbookPackage) => { plan: CopyPlan; summary: T }, force: boolean): Promise<T> {
  try {
    return await copyPackage(zip, zip.file, outputPath, plan, force);
  } catch (e) {
    if (e instanceof OutputError || e instanceof InputError) throw e;
    throw asInputError(e, zip.file);
  }
}

/** The parts a copy starts from: the workbook, its relationships and the content types. */
interface WorkbookParts {
  workbookPart: string;
  workbookText: string;
  typesText: string;
  wbRelsName: string;
  wbRelsText: string | null;
  wbRels: Relationship[];
}

/**
 * Reads the workbook part and the content types, refusing a copy that cannot be written: a Strict
 * Open XML workbook, or an output whose name says another kind (the copy keeps the workbook's
 * content type: Excel refuses an .xlsx that is macro-enabled, and an .xlsm that is not).
 */
async function readWorkbookParts(zip: XlsxZip, inputPath: string, outputPath: string): Promise<WorkbookParts> {
  const { part: workbookPart } = await findWorkbookPart(zip);
  if (!workbookPart) throw new InputError('corrupt', inputPath, 'the package holds no workbook');
  const workbookText = await readText(zip, workbookPart);
  if (workbookText === null) throw new InputError('corrupt', inputPath, `${workbookPart} is missing`);
  if (/purl\.oclc\.org\/ooxml/.test(workbookText.slice(0, 4096))) throw new InputError('no-copy', inputPath, 'the workbook is saved as Strict Open XML, which a copy does not write');
  const typesText = await readText(zip, '[Content_Types].xml');
  if (typesText === null) throw new InputError('corrupt', inputPath, 'the package has no [Content_Types].xml');
  const mainType = new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName\\s*=\\s*["']/${workbookPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*>`, 'i').exec(typesText)?.[0] ?? '';
  const macro = /macroEnabled/i.test(mainType);
  const outExt = outputPath.toLowerCase().slice(outputPath.lastIndexOf('.'));
  if ((outExt === '.xlsx' || outExt === '.xlsm') && (outExt === '.xlsm') !== macro) {
    throw new OutputError('bad-extension-workbook', outputPath, macro ? '.xlsm' : '.xlsx');
  }
  const wbRelsName = relsPartFor(workbookPart);
  const wbRelsText = await readText(zip, wbRelsName);
  const wbRels = await readRelationships(zip, workbookPart);
  return { workbookPart, workbookText, typesText, wbRelsName, wbRelsText, wbRels };
}

/** The sheets in workbook order, with their kind and part, and the highest sheetId in use. */
function readSheetList(zip: XlsxZip, workbookText: string, wbRels: Relationship[]): { sheets: PackageSheet[]; maxSheetId: number } {
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: PackageSheet[] = [];
  let maxSheetId = 0;
  let inSheets = false;
  for (const t of tokens(workbookText)) {
    if (t.local === 'sheets') inSheets = t.kind === 'open';
    if (inSheets && (t.kind === 'open' || t.kind === 'empty') && t.local === 'sheet') {
      const a = parseAttrs(t.raw);
      const name = unescapeXml(attr(a, 'name') ?? '');
      const relId = a.find(([n]) => n === 'r:id' || n.endsWith(':id'))?.[1] ?? null;
      maxSheetId = Math.max(maxSheetId, Number(attr(a, 'sheetId')) || 0);
      const rel = relId ? relById.get(relId) : undefined;
      const part = rel?.target && zip.has(rel.target) ? rel.target : null;
      sheets.push({ name, kind: rel ? sheetKind(rel.type, part) : 'other', part });
    }
  }
  return { sheets, maxSheetId };
}

/** The workbook's styles part (or the name a new one gets), its text, and the style book built on it. */
async function readStyles(zip: XlsxZip, inputPath: string, wbRels: Relationship[]): Promise<{ stylesName: string; stylesText: string | null; styles: StyleBook }> {
  const stylesRel = wbRels.find((r) => r.type === 'styles' && r.target !== null);
  const stylesName = stylesRel?.target && zip.has(stylesRel.target) ? stylesRel.target : 'xl/styles.xml';
  const stylesText = (await readText(zip, stylesName)) ?? null;
  try {
    return { stylesName, stylesText, styles: new StyleBook(stylesText ?? MINIMAL_STYLES) };
  } catch (e) {
    throw new InputError('corrupt', inputPath, `bad XML in ${stylesName}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** What an operation sees of the package: its sheets, its styles, and its worksheets by name. */
function packageView(sheets: PackageSheet[], styles: StyleBook): WorkbookPackage {
  const byName = new Map<string, PackageSheet>();
  for (const s of sheets) if (s.kind === 'worksheet' && s.part) byName.set(s.name.toLowerCase(), s);
  return {
    sheets: sheets.map(({ name, kind, part }) => ({ name, kind, part })),
    styles,
    worksheet: (name) => byName.get(name.toLowerCase()),
  };
}

type PreparedSheet = Prepared['sheets'] extends Map<string, infer V> ? V : never;

/**
 * Everything a copy changes, decided and built in memory before anything is written: the parts to
 * replace and to add, the new relationships of the workbook and the new content types.
 */
class CopyPreparation {
  readonly prepared: Prepared;
  private readonly overridden: Set<string>;
  private readonly ctOverrides: { part: string; type: string }[] = [];
  private vmlDefault = false;
  private readonly newWbRels: { id: string; type: string; target: string }[] = [];
  private readonly wbRelIds: Set<string>;
  /** Budgettjek's person id in the workbook's person list, once a reply has needed it. */
  private person: string | null = null;
  /** The last block of 1.024 shape ids the workbook's drawings use. */
  private nextShapeBlock = 0;

  constructor(
    private readonly zip: XlsxZip,
    private readonly inputPath: string,
    private readonly parts: WorkbookParts,
    stylesName: string,
  ) {
    this.prepared = { texts: new Map(), sheets: new Map(), added: [], stylesKey: null, stylesName, report: null };
    // A part name is free when neither the package nor its content types (a stale Override) use it.
    this.overridden = new Set([...parts.typesText.matchAll(/PartName\s*=\s*["']\/?([^"']*)["']/gi)].map((m) => partKey(m[1])));
    this.wbRelIds = relIds(parts.wbRelsText);
  }

  private readonly taken = (name: string): boolean =>
    this.zip.has(name) || this.overridden.has(partKey(name)) || this.prepared.added.some((p) => partKey(p.name) === partKey(name))
    || (this.prepared.report !== null && partKey(this.prepared.report.part) === partKey(name));

  private refuse(why: string): InputError {
    return new InputError('no-copy', this.inputPath, why);
  }

  /** The cell edits of each worksheet, by row and column. */
  prepareCellEdits(plan: CopyPlan, pkg: WorkbookPackage): void {
    for (const [sheetName, cells] of plan.cells) {
      const sheet = pkg.worksheet(sheetName);
      if (!sheet?.part) continue;
      const edits = new Map<number, Map<number, CellEdit>>();
      for (const [address, edit] of cells) {
        const { row, col } = position(address);
        if (!edits.has(row)) edits.set(row, new Map());
        edits.get(row)!.set(col, edit);
      }
      this.prepared.sheets.set(partKey(sheet.part), { name: sheet.part, edits });
    }
  }

  /** Notes: the comments part and the VML drawing of each sheet that gets one, and replies in its comment threads. */
  async prepareNotes(plan: CopyPlan, pkg: WorkbookPackage): Promise<void> {
    if (plan.notes?.size) await this.findShapeBlocks();
    for (const [sheetName, notes] of plan.notes ?? []) {
      const sheet = pkg.worksheet(sheetName);
      if (!sheet?.part || notes.size === 0) continue;
      await this.prepareSheetNotes(sheetName, sheet.part, notes);
    }
  }

  /** Shape ids must be unique in the workbook: new ones start past every id the drawings use. */
  private async findShapeBlocks(): Promise<void> {
    for (const { name } of this.zip.parts()) {
      if (!/\.vml$/i.test(name)) continue;
      const text = (await readText(this.zip, name)) ?? '';
      for (const m of text.matchAll(/data\s*=\s*["']([\d,\s]+)["']/g)) for (const n of m[1].split(',')) this.nextShapeBlock = Math.max(this.nextShapeBlock, Number(n) || 0);
      for (const m of text.matchAll(/_x0000_s(\d+)/g)) this.nextShapeBlock = Math.max(this.nextShapeBlock, Math.floor(Number(m[1]) / 1024));
    }
  }

  private async prepareSheetNotes(sheetName: string, sheetPart: string, notes: Map<string, string>): Promise<void> {
    const upper = new Map([...notes].map(([a, t]) => [a.toUpperCase().replace(/\$/g, ''), t]));
    const relsName = relsPartFor(sheetPart);
    const relsText = await readText(this.zip, relsName);
    const rels = relsText === null ? [] : await readRelationships(this.zip, sheetPart);
    const ids = relIds(relsText);
    const newRels: { id: string; type: string; target: string }[] = [];
    const vmlRels = rels.filter((r) => r.type === 'vmlDrawing' && r.target !== null);
    const added = await this.prepareComments(sheetName, sheetPart, rels, vmlRels, upper, ids, newRels);
    const legacyDrawingRelId = added.length ? await this.prepareNoteShapes(sheetName, sheetPart, vmlRels[0], added, ids, newRels) : undefined;
    await this.prepareThreadReplies(rels, upper);
    if (newRels.length) {
      const text = addRelationships(relsText, newRels);
      if (relsText === null) this.prepared.added.push({ name: relsName, text });
      else this.prepared.texts.set(partKey(relsName), { name: relsName, text });
    }
    if (legacyDrawingRelId) {
      const key = partKey(sheetPart);
      const s: PreparedSheet = this.prepared.sheets.get(key) ?? { name: sheetPart, edits: new Map() };
      s.legacyDrawingRelId = legacyDrawingRelId;
      this.prepared.sheets.set(key, s);
    }
  }

  /** The sheet's comments part, extended or new, with the notes; returns the cells that got a new note. */
  private async prepareComments(
    sheetName: string,
    sheetPart: string,
    rels: Relationship[],
    vmlRels: Relationship[],
    notes: Map<string, string>,
    ids: Set<string>,
    newRels: { id: string; type: string; target: string }[],
  ): Promise<string[]> {
    const commentsRel = rels.find((r) => r.type === 'comments' && r.target !== null);
    if (commentsRel && !this.zip.has(commentsRel.target!)) throw this.refuse(`the notes of sheet ${sheetName} refer to ${commentsRel.target}, which the package does not hold`);
    if (vmlRels.length > 1) throw this.refuse(`sheet ${sheetName} has more than one VML drawing; which one holds its notes is not known`);
    const commentsName = commentsRel?.target ?? freePartName(this.taken, (n) => `xl/comments${n}.xml`);
    let commentsText: string | null = null;
    if (commentsRel) commentsText = await readText(this.zip, commentsName);
    let result: { text: string; added: string[] };
    try {
      result = addComments(commentsText, notes);
    } catch (e) {
      throw new InputError('corrupt', this.inputPath, `bad XML in ${commentsName}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (commentsRel) this.prepared.texts.set(partKey(commentsName), { name: commentsName, text: result.text });
    else {
      this.prepared.added.push({ name: commentsName, text: result.text });
      this.ctOverrides.push({ part: commentsName, type: CT.comments });
      newRels.push({ id: freshRelId(ids), type: `${OFFICE_REL}/comments`, target: relativeTarget(sheetPart, commentsName) });
    }
    return result.added;
  }

  /** The note shapes in the sheet's VML drawing, extended or new; returns the relationship id of a new drawing. */
  private async prepareNoteShapes(
    sheetName: string,
    sheetPart: string,
    vml: Relationship | undefined,
    added: string[],
    ids: Set<string>,
    newRels: { id: string; type: string; target: string }[],
  ): Promise<string | undefined> {
    this.nextShapeBlock++;
    const idBase = this.nextShapeBlock * 1024 + 1;
    this.nextShapeBlock += Math.floor(added.length / 1024);
    if (vml) {
      const text = await readText(this.zip, vml.target!);
      if (text === null) throw this.refuse(`the notes of sheet ${sheetName} refer to ${vml.target}, which the package does not hold`);
      this.prepared.texts.set(partKey(vml.target!), { name: vml.target!, text: addNoteShapes(text, added, idBase) });
      return undefined;
    }
    const vmlName = freePartName(this.taken, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    this.prepared.added.push({ name: vmlName, text: addNoteShapes(null, added, idBase) });
    this.vmlDefault = true;
    const legacyDrawingRelId = freshRelId(ids);
    newRels.push({ id: legacyDrawingRelId, type: `${OFFICE_REL}/vmlDrawing`, target: relativeTarget(sheetPart, vmlName) });
    return legacyDrawingRelId;
  }

  /**
   * Where the cell has a comment thread (Excel 365), the text is also a reply in the thread; the
   * legacy note is what older readers show.
   */
  private async prepareThreadReplies(rels: Relationship[], notes: Map<string, string>): Promise<void> {
    for (const rel of rels.filter((r) => r.type === 'threadedComment' && r.target !== null && this.zip.has(r.target))) {
      const threadText = await readText(this.zip, rel.target!);
      if (threadText === null || cellsWithThreads(threadText, notes.keys()).length === 0) continue;
      const replies = addThreadedReplies(threadText, notes, await this.budgettjekPerson());
      this.prepared.texts.set(partKey(rel.target!), { name: rel.target!, text: replies.text });
    }
  }

  /** Budgettjek's person in the workbook's person list, made ready the first time a reply needs it. */
  private async budgettjekPerson(): Promise<string> {
    if (this.person !== null) return this.person;
    const { workbookPart, wbRels } = this.parts;
    const rel = wbRels.find((r) => r.type === 'person' && r.target !== null && this.zip.has(r.target));
    if (rel) {
      const r = withBudgettjekPerson(await readText(this.zip, rel.target!));
      if (r.text !== null) this.prepared.texts.set(partKey(rel.target!), { name: rel.target!, text: r.text });
      this.person = r.personId;
    } else {
      const r = withBudgettjekPerson(null);
      const name = freePartName(this.taken, (n) => (n === 1 ? 'xl/persons/person.xml' : `xl/persons/person${n}.xml`));
      this.prepared.added.push({ name, text: r.text! });
      this.newWbRels.push({ id: freshRelId(this.wbRelIds), type: PERSON_REL, target: relativeTarget(workbookPart, name) });
      this.ctOverrides.push({ part: name, type: CT.person });
      this.person = r.personId;
    }
    return this.person;
  }

  /** The report sheet, a styles part the workbook lacked, the workbook and its relationships, and the content types. */
  prepareWorkbook(plan: CopyPlan, maxSheetId: number, stylesText: string | null): void {
    const { workbookPart, workbookText, typesText, wbRelsName, wbRelsText } = this.parts;
    const { prepared } = this;
    let addSheet: { name: string; sheetId: number; relId: string } | null = null;
    if (plan.reportSheet) {
      const part = freePartName(this.taken, (n) => `xl/worksheets/sheet${n}.xml`);
      prepared.report = { part, xml: plan.reportSheet.xml };
      const relId = freshRelId(this.wbRelIds);
      this.newWbRels.push({ id: relId, type: `${OFFICE_REL}/worksheet`, target: relativeTarget(workbookPart, part) });
      this.ctOverrides.push({ part, type: CT.worksheet });
      addSheet = { name: plan.reportSheet.name, sheetId: maxSheetId + 1, relId };
    }
    if (!stylesText) {
      this.newWbRels.push({ id: freshRelId(this.wbRelIds), type: `${OFFICE_REL}/styles`, target: relativeTarget(workbookPart, prepared.stylesName) });
      this.ctOverrides.push({ part: prepared.stylesName, type: CT.styles });
    }
    if (addSheet || plan.fullCalcOnLoad) {
      try {
        const text = editWorkbook(workbookText, addSheet, !!plan.fullCalcOnLoad);
        // A workbook that already asks for a full recalculation stays byte for byte what it was.
        if (text !== workbookText) prepared.texts.set(partKey(workbookPart), { name: workbookPart, text });
      } catch (e) {
        throw new InputError('corrupt', this.inputPath, `${workbookPart}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (this.newWbRels.length) {
      const text = addRelationships(wbRelsText, this.newWbRels);
      if (wbRelsText === null) prepared.added.push({ name: wbRelsName, text });
      else prepared.texts.set(partKey(wbRelsName), { name: wbRelsName, text });
    }
    if (this.ctOverrides.length || this.vmlDefault) {
      prepared.texts.set(partKey('[Content_Types].xml'), { name: '[Content_Types].xml', text: editContentTypes(typesText, this.ctOverrides, this.vmlDefault) });
    }
    prepared.stylesKey = partKey(prepared.stylesName);
  }
}

async function copyPackage<T>(
  zip: XlsxZip,
  inputPath: string,
  outputPath: string,
  makePlan: (pkg: WorkbookPackage) => { plan: CopyPlan; summary: T },
  force: boolean,
): Promise<T> {
  const parts = await readWorkbookParts(zip, inputPath, outputPath);
  const { sheets, maxSheetId } = readSheetList(zip, parts.workbookText, parts.wbRels);
  const { stylesName, stylesText, styles } = await readStyles(zip, inputPath, parts.wbRels);
  const pkg = packageView(sheets, styles);
  const { plan, summary } = makePlan(pkg);

  const preparation = new CopyPreparation(zip, inputPath, parts, stylesName);
  preparation.prepareCellEdits(plan, pkg);
  await preparation.prepareNotes(plan, pkg);
  preparation.prepareWorkbook(plan, maxSheetId, stylesText);
  await writePrepared(zip, inputPath, outputPath, preparation.prepared, styles, !stylesText, force);
  return summary;
}

async function writePrepared(zip: XlsxZip, inputPath: string, outputPath: string, prepared: Prepared, styles: StyleBook, newStyles: boolean, force: boolean): Promise<void> {
  const target = TempOutput.create(outputPath, { force });
  const writer = new PackageWriter(target, inputPath);
  try {
    const entries = zip.rawEntries();
    const first: EntryLike = entries[0]
      ? { time: entries[0].time, date: entries[0].date, versionMadeBy: entries[0].versionMadeBy, external: 0 }
      : { time: 0, date: 0x21, versionMadeBy: 20, external: 0 };
    const like = (e: RawEntry): EntryLike => ({ time: e.time, date: e.date, versionMadeBy: e.versionMadeBy, external: e.externalAttributes });
    let stylesEntry: RawEntry | null = null;
    for (const e of entries) {
      const key = partKey(e.name);
      const text = prepared.texts.get(key);
      const sheet = prepared.sheets.get(key);
      if (key === prepared.stylesKey && !newStyles) {
        // Written last: the sheets' cells add to it as they are rewritten.
        stylesEntry = e;
        continue;
      }
      if (text) await writer.writeText(e.name, text.text, like(e), e.nameRaw);
      else if (sheet) {
        const source = await zip.openInflated(e.name);
        const rewrite = sheetRewriter({ edits: sheet.edits, legacyDrawingRelId: sheet.legacyDrawingRelId });
        rewrite.on('error', () => undefined);
        try {
          await writer.writeStream(e.name, [source, rewrite], like(e), e.nameRaw);
        } catch (err) {
          if (err instanceof InputError || err instanceof OutputError) throw err;
          throw new InputError('corrupt', inputPath, `part ${e.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
      } else await writer.copyRaw(zip, e);
    }
    for (const p of prepared.added) await writer.writeText(p.name, p.text, first);
    if (prepared.report) {
      const { part, xml } = prepared.report;
      await writer.writeStream(part, ReadableStream.from(chunked(xml())), first);
    }
    if (stylesEntry) {
      if (styles.isChanged) await writer.writeText(stylesEntry.name, styles.render(), like(stylesEntry), stylesEntry.nameRaw);
      else await writer.copyRaw(zip, stylesEntry);
    } else if (newStyles) await writer.writeText(prepared.stylesName, styles.render(), first);
    await writer.finish();
    await target.commit();
  } catch (e) {
    await target.abort();
    if (e instanceof InputError || e instanceof OutputError) throw e;
    const code = typeof e === 'object' && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
    if (code) throw new OutputError('not-writable', outputPath, code);
    throw new InputError('corrupt', inputPath, e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e));
  }
}

/** Groups small strings into chunks of about 64 kB for the deflater. */
function* chunked(parts: Iterable<string>): Generator<Buffer> {
  let buf: string[] = [];
  let size = 0;
  for (const p of parts) {
    buf.push(p);
    size += p.length;
    if (size >= 65536) {
      yield Buffer.from(buf.join(''), 'utf8');
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield Buffer.from(buf.join(''), 'utf8');
}

