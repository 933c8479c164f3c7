/**
 * `--annotate OUT.docx`: a copy of a Word document with each flagged table cell shaded by severity
 * (`w:shd` in the cell's `w:tcPr`) and a Word comment on it carrying the finding(s). Only four parts
 * change — word/document.xml (shading and comment anchors spliced into the original text, nothing
 * else rewritten), word/comments.xml (added or appended to), the document's relationships and
 * [Content_Types].xml (when comments are new); every other part is copied raw, byte for byte.
 * The input is never written; the output is written beside itself and renamed into place.
 */
import * as fs from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { bySeverity, findingText, parseA1, severityWords, type AnalysisResult, type Finding, type Lang } from '../../core';
import {
  findDocumentPart,
  InputError,
  localName,
  partKey,
  readRelationships,
  relsPartFor,
  resolveLimits,
  TableWalker,
  XlsxZip,
  type WalkedCell,
} from '../../readers';
import { OutputError } from '../outputError';
import { severityFill } from '../xlsx/annotate';
import { assertNotInput } from '../xlsx/workbookFile';
import { CommentIds } from './commentIds';
import { writePackageCopy } from './zipCopy';

/** Largest part edited as one string (V8 strings stop at about 512 MB; the splice copies once). */
const MAX_EDITED_PART_BYTES = 200 * 1024 * 1024;
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const AUTHOR = 'Budgettjek';


export interface DocxAnnotateSummary {
  /** Table cells given a shading and a comment. */
  annotatedCells: number;
  /** Sentences of the body text given a comment (findings read from text); absent when none. */
  annotatedSentences?: number;
  /** Findings carried by those comments. */
  findings: number;
}

interface Edit {
  at: number;
  /** End of the replaced text (= at for an insertion). */
  to: number;
  text: string;
}

/** Text XML 1.0 can carry, escaped for element content and attribute values. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Where a cell's own structure sits in document.xml (string offsets). */
interface CellSites {
  cell: WalkedCell;
  prefix: string;
  /** Just after `<w:tc …>`. */
  tcOpenEnd: number;
  tcPr: { start: number; end: number; selfClosing: boolean; closeStart: number; children: { name: string; start: number; end: number }[] } | null;
  /** The cell's own paragraphs (not those of tables nested in it). */
  paragraphs: { start: number; openEnd: number; selfClosing: boolean; pPrEnd: number | null; closeStart: number }[];
}

/** The last '<' before `end`: where the tag that ends at `end` starts ('<' cannot occur inside a tag). */
function tagStart(xml: string, end: number): number {
  return xml.lastIndexOf('<', end - 1);
}

/** Finds, for every cell of every table, where its properties and paragraphs are. */
function locateCells(xml: string, file: string, wanted: (cell: WalkedCell) => boolean): { cells: CellSites[]; commentIds: CommentIds; firstCell: Map<number, CellSites> } {
  const parser = new SaxesParser({ position: true });
  const cells: CellSites[] = [];
  const firstCell = new Map<number, CellSites>();
  const commentIds = new CommentIds();
  const open = new Map<WalkedCell, CellSites>();
  /** Depth of the current cell's tcPr element while inside it (-1 outside), to find its direct children. */
  let tcPrDepth = -1;
  let depth = 0;
  const paraStack: { sites: CellSites; depth: number; index: number }[] = [];

  const walker = new TableWalker(file, {
    cellOpen(cell) {
      const end = parser.position;
      const sites: CellSites = { cell, prefix: '', tcOpenEnd: end, tcPr: null, paragraphs: [] };
      open.set(cell, sites);
    },
    cellClose(cell) {
      const sites = open.get(cell);
      open.delete(cell);
      if (sites && !firstCell.has(cell.table)) firstCell.set(cell.table, sites);
      if (sites && wanted(cell)) cells.push(sites);
    },
  });

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    depth++;
    walker.open(name, tag as SaxesTagPlain);
    if (name === 'commentRangeStart' || name === 'commentReference' || name === 'commentRangeEnd') {
      commentIds.see(Object.entries(tag.attributes).find(([k]) => k === 'w:id' || k.endsWith(':id') || k === 'id')?.[1]);
    }
    const end = parser.position;
    const cell = walker.cell;
    const current = cell ? open.get(cell) ?? null : null;
    // Direct children of the cell's tcPr, skipped ones (a tracked change's tcPrChange) included.
    if (current?.tcPr && tcPrDepth > 0 && depth === tcPrDepth + 1) {
      current.tcPr.children.push({ name, start: tagStart(xml, end), end });
      return;
    }
    if (walker.skipping || !current) return;
    if (name === 'tc' && current.tcOpenEnd === end) {
      current.prefix = tag.name.slice(0, tag.name.length - name.length);
      return;
    }
    if (name === 'tcPr' && current.tcPr === null && current.paragraphs.length === 0) {
      const start = tagStart(xml, end);
      current.tcPr = { start, end, selfClosing: tag.isSelfClosing, closeStart: end, children: [] };
      tcPrDepth = depth;
      return;
    }
    if (name === 'p') {
      const sites = current;
      const index = sites.paragraphs.length;
      sites.paragraphs.push({ start: tagStart(xml, end), openEnd: end, selfClosing: tag.isSelfClosing, pPrEnd: null, closeStart: end });
      paraStack.push({ sites, depth, index });
    }
  });

  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    const end = parser.position;
    const cell = walker.cell;
    const sites = cell ? open.get(cell) ?? null : null;
    if (sites?.tcPr && tcPrDepth > 0 && depth === tcPrDepth + 1) {
      const child = sites.tcPr.children[sites.tcPr.children.length - 1];
      if (child && child.name === name) child.end = end;
    }
    if (!walker.skipping) {
      if (sites && name === 'tcPr' && depth === tcPrDepth && sites.tcPr) {
        sites.tcPr.closeStart = tag.isSelfClosing ? sites.tcPr.end : tagStart(xml, end);
        if (!tag.isSelfClosing) sites.tcPr.end = end;
        tcPrDepth = -1;
      }
      const p = paraStack[paraStack.length - 1];
      if (p && name === 'pPr' && depth === p.depth + 1) p.sites.paragraphs[p.index].pPrEnd = end;
      if (p && name === 'p' && depth === p.depth) {
        const para = p.sites.paragraphs[p.index];
        para.closeStart = tag.isSelfClosing ? para.start : tagStart(xml, end);
        if (tag.isSelfClosing) para.openEnd = end;
        paraStack.pop();
      }
    }
    walker.close(name);
    depth--;
  });
  try {
    parser.write(xml);
    parser.close();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('corrupt', file, `bad XML in the document: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { cells, commentIds, firstCell };
}

/** A run of a body paragraph: where it stands in document.xml and which characters of the paragraph's text it holds. */
interface RunSite {
  start: number;
  /** Just after `<w:r …>`. */
  openEnd: number;
  end: number;
  from: number;
  to: number;
  /** Depth of the run element (its direct children are one deeper). */
  depth: number;
  /** The run's own properties, `<w:rPr>…</w:rPr>`, as written. */
  rPr: { start: number; end: number } | null;
  /** The run holds nothing but its properties and text (w:t): it can be split where a sentence starts or ends. */
  plain: boolean;
}

/** A body paragraph (outside tables) as the Word reader counts them: its runs and its text. */
interface ParagraphSites {
  runs: RunSite[];
  text: string;
}

/**
 * Finds the body paragraphs numbered in `wanted` (`DocumentParagraph.index`: body paragraphs in
 * document order, empty ones counted, tables and skipped content not) and the runs of each, reading
 * their text exactly as the Word reader does (w:t, tabs as spaces, breaks, hyphens).
 */
function locateParagraphs(xml: string, file: string, wanted: Set<number>): Map<number, ParagraphSites> {
  const parser = new SaxesParser({ position: true });
  const found = new Map<number, ParagraphSites>();
  const walker = new TableWalker(file, {});
  /** Open paragraphs, innermost last: each collects its runs and text. */
  const open: ParagraphSites[] = [];
  let run: RunSite | null = null;
  let inText = false;
  let inParaProps = false;
  let count = 0;
  let depth = 0;
  const add = (t: string) => {
    const p = open[open.length - 1];
    if (!p) return;
    p.text += t;
    if (run) run.to = p.text.length;
  };
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    depth++;
    walker.open(name, tag as SaxesTagPlain);
    const end = parser.position;
    if (run && depth === run.depth + 1) {
      if (name === 'rPr' && run.rPr === null) run.rPr = { start: tagStart(xml, end), end: tag.isSelfClosing ? end : -1 };
      else if (name !== 't') run.plain = false;
    }
    if (walker.skipping) {
      if (run) run.plain = false;
      return;
    }
    switch (name) {
      case 'p':
        open.push({ runs: [], text: '' });
        break;
      case 'pPr':
        inParaProps = !tag.isSelfClosing;
        break;
      case 'r': {
        const p = open[open.length - 1];
        if (p && !tag.isSelfClosing) {
          run = { start: tagStart(xml, end), openEnd: end, end, from: p.text.length, to: p.text.length, depth, rPr: null, plain: true };
          p.runs.push(run);
        }
        break;
      }
      case 't':
        inText = !tag.isSelfClosing;
        break;
      case 'tab':
        if (!inParaProps) add(' ');
        break;
      case 'br':
      case 'cr':
        add('\n');
        break;
      case 'noBreakHyphen':
        add('-');
        break;
      case 'softHyphen':
        add('\u00ad');
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && !walker.skipping) add(t);
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (run && name === 'rPr' && depth === run.depth + 1 && run.rPr && run.rPr.end < 0) run.rPr.end = parser.position;
    if (!walker.skipping) {
      switch (name) {
        case 't':
          inText = false;
          break;
        case 'pPr':
          inParaProps = false;
          break;
        case 'r':
          if (run) run.end = parser.position;
          run = null;
          break;
        case 'p': {
          const p = open.pop();
          if (p && !walker.cell && walker.tableDepth === 0) {
            count++;
            if (wanted.has(count)) found.set(count, p);
          }
          break;
        }
      }
    }
    walker.close(name);
    depth--;
  });
  try {
    parser.write(xml);
    parser.close();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('corrupt', file, `bad XML in the document: ${err instanceof Error ? err.message : String(err)}`);
  }
  return found;
}

/**
 * The paragraph's text as the reader hands it on (spaces and tabs collapsed, trimmed, one line),
 * with, for each of its characters, the offset of the character it came from.
 */
function normalisedText(raw: string): { text: string; from: number[] } {
  let text = '';
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    if (/\s/.test(raw[i])) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += ' ';
      from.push(i - 1);
      space = false;
    }
    text += raw[i];
    from.push(i);
  }
  return { text, from };
}

/**
 * The edits that anchor comment `id` on characters [start, end) of the paragraph's text (offsets
 * into the text as the reader hands it on). A plain run (properties and text only) that the
 * sentence starts or ends inside is split there, each part keeping the run's properties, so the
 * comment covers the sentence and not its neighbours; any other run is covered whole. A run is
 * split once at most (`split` records those already rewritten): a second sentence in it is
 * anchored on the run's bounds.
 */
function sentenceEdits(xml: string, p: ParagraphSites, start: number, end: number, id: number, w: string, split: Set<RunSite>): Edit[] {
  const { from } = normalisedText(p.text);
  if (from.length === 0 || p.runs.length === 0) return [];
  const rawStart = from[Math.min(start, from.length - 1)];
  const rawEnd = from[Math.max(0, Math.min(end, from.length) - 1)] + 1;
  const covering = p.runs.filter((r) => r.to > rawStart && r.from < rawEnd);
  const first = covering[0] ?? p.runs[0];
  const last = covering[covering.length - 1] ?? p.runs[p.runs.length - 1];
  const rangeStart = `<${w}commentRangeStart ${w}id="${id}"/>`;
  const rangeEnd = `<${w}commentRangeEnd ${w}id="${id}"/><${w}r><${w}commentReference ${w}id="${id}"/></${w}r>`;
  const canSplit = (r: RunSite) => r.plain && !split.has(r) && (r.rPr === null || r.rPr.end > 0);
  /** A piece of a plain run's text as a run of its own, with the run's opening tag and properties. */
  const piece = (r: RunSite, a: number, b: number) =>
    a >= b ? '' : `${xml.slice(r.start, r.openEnd)}${r.rPr ? xml.slice(r.rPr.start, r.rPr.end) : ''}<${w}t xml:space="preserve">${xmlText(p.text.slice(a, b))}</${w}t></${w}r>`;
  const cutsStart = rawStart > first.from && canSplit(first);
  const cutsEnd = rawEnd < last.to && canSplit(last) && (last !== first || canSplit(first));
  if (first === last && (cutsStart || cutsEnd)) {
    const a = cutsStart ? rawStart : first.from;
    const b = cutsEnd ? rawEnd : first.to;
    split.add(first);
    return [{ at: first.start, to: first.end, text: `${piece(first, first.from, a)}${rangeStart}${piece(first, a, b)}${rangeEnd}${piece(first, b, first.to)}` }];
  }
  const edits: Edit[] = [];
  if (cutsStart) {
    split.add(first);
    edits.push({ at: first.start, to: first.end, text: `${piece(first, first.from, rawStart)}${rangeStart}${piece(first, rawStart, first.to)}` });
  } else edits.push({ at: first.start, to: first.start, text: rangeStart });
  if (cutsEnd) {
    split.add(last);
    edits.push({ at: last.start, to: last.end, text: `${piece(last, last.from, rawEnd)}${rangeEnd}${piece(last, rawEnd, last.to)}` });
  } else edits.push({ at: last.end, to: last.end, text: rangeEnd });
  return edits;
}

function cellKey(table: number, row: number, col: number): string {
  return `${table}:${row}:${col}`;
}

/** The edits that shade one cell and anchor comment `id` on it. */
function cellEdits(xml: string, sites: CellSites, fill: string, id: number): Edit[] {
  const w = sites.prefix;
  const shd = `<${w}shd ${w}val="clear" ${w}color="auto" ${w}fill="${fill}"/>`;
  const edits: Edit[] = [];
  const tcPr = sites.tcPr;
  if (!tcPr) edits.push({ at: sites.tcOpenEnd, to: sites.tcOpenEnd, text: `<${w}tcPr>${shd}</${w}tcPr>` });
  else if (tcPr.selfClosing) edits.push({ at: tcPr.start, to: tcPr.end, text: `<${w}tcPr>${shd}</${w}tcPr>` });
  else {
    // Schema order: tcW, gridSpan, hMerge, vMerge, tcBorders come before shd; the rest after.
    const existing = tcPr.children.find((c) => c.name === 'shd');
    const BEFORE = new Set(['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders']);
    if (existing) edits.push({ at: existing.start, to: existing.end, text: shd });
    else {
      const after = tcPr.children.find((c) => !BEFORE.has(c.name));
      const at = after ? after.start : tcPr.closeStart;
      edits.push({ at, to: at, text: shd });
    }
  }
  const start = `<${w}commentRangeStart ${w}id="${id}"/>`;
  const end = `<${w}commentRangeEnd ${w}id="${id}"/><${w}r><${w}commentReference ${w}id="${id}"/></${w}r>`;
  const paras = sites.paragraphs;
  // A cell without a paragraph breaks the schema; it gets the shading, the comment has no anchor.
  if (paras.length === 0) return edits;
  const first = paras[0];
  const last = paras[paras.length - 1];
  if (first === last && first.selfClosing) {
    edits.push({ at: first.start, to: first.openEnd, text: `<${w}p>${start}${end}</${w}p>` });
    return edits;
  }
  if (first.selfClosing) edits.push({ at: first.start, to: first.openEnd, text: `<${w}p>${start}</${w}p>` });
  else {
    const at = first.pPrEnd ?? first.openEnd;
    edits.push({ at, to: at, text: start });
  }
  if (last.selfClosing) edits.push({ at: last.start, to: last.openEnd, text: `<${w}p>${end}</${w}p>` });
  else edits.push({ at: last.closeStart, to: last.closeStart, text: end });
  return edits;
}

function applyEdits(xml: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.to - b.to);
  const out: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.at < pos) continue; // overlapping edit: cannot happen for distinct cells, but never corrupt
    out.push(xml.slice(pos, e.at), e.text);
    pos = e.to;
  }
  out.push(xml.slice(pos));
  return out.join('');
}

function commentXml(id: number, lines: string[]): string {
  const paras = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(l)}</w:t></w:r></w:p>`).join('');
  return `<w:comment w:id="${id}" w:author="${AUTHOR}" w:initials="BT">${paras}</w:comment>`;
}

/** Records the w:id of the comments already in comments.xml. */
function seeIdsIn(commentsXml: string, ids: CommentIds): void {
  for (const m of commentsXml.matchAll(/<(?:\w+:)?comment\b[^>]*?\s(?:\w+:)?id="([^"]*)"/g)) ids.see(m[1]);
}

/** Inserts `inner` before the root element's closing tag. */
function beforeRootEnd(xml: string, inner: string, file: string, part: string): string {
  const trimmed = xml.trimEnd();
  const close = trimmed.lastIndexOf('</');
  if (close < 0 || !trimmed.endsWith('>')) {
    // An empty root written as <w:comments/>: open it.
    const selfClose = trimmed.lastIndexOf('/>');
    if (selfClose < 0) throw new InputError('corrupt', file, `${part} has no root element`);
    const start = trimmed.lastIndexOf('<', selfClose);
    const name = /^<([^\s/>]+)/.exec(trimmed.slice(start))?.[1] ?? 'w:comments';
    return `${trimmed.slice(0, selfClose)}>${inner}</${name}>${xml.slice(trimmed.length)}`;
  }
  if (trimmed.endsWith('/>') && close < trimmed.lastIndexOf('<')) {
    const start = trimmed.lastIndexOf('<');
    const name = /^<([^\s/>]+)/.exec(trimmed.slice(start))?.[1] ?? 'w:comments';
    return `${trimmed.slice(0, trimmed.length - 2)}>${inner}</${name}>${xml.slice(trimmed.length)}`;
  }
  return `${xml.slice(0, close)}${inner}${xml.slice(close)}`;
}

async function partText(zip: XlsxZip, part: string): Promise<string | null> {
  zip.checkDeclared([part]);
  const chunks: string[] = [];
  let length = 0;
  const found = await zip.streamText(part, (t) => {
    length += t.length;
    if (length > MAX_EDITED_PART_BYTES) throw new InputError('too-large', zip.file, `${part} is too large to annotate`);
    chunks.push(t);
  });
  return found ? chunks.join('') : null;
}

interface CellFindings { table: number; row: number; col: number; findings: Finding[] }
interface SentenceFindings { paragraph: number; start: number; end: number; findings: Finding[] }

/** Findings read from a sentence go on the sentence, one comment per sentence. */
function findingsBySentence(findings: Finding[]): Map<string, SentenceFindings> {
  const bySentence = new Map<string, SentenceFindings>();
  for (const f of findings) {
    if (!f.textAt) continue;
    const key = `${f.textAt.paragraph}:${f.textAt.start}:${f.textAt.end}`;
    if (!bySentence.has(key)) bySentence.set(key, { ...f.textAt, findings: [] });
    bySentence.get(key)!.findings.push(f);
  }
  return bySentence;
}

/** Findings on table cells ("Tabel 2", B3), by cell. */
function findingsByCell(findings: Finding[]): Map<string, CellFindings> {
  const byCell = new Map<string, CellFindings>();
  for (const f of findings) {
    if (f.textAt) continue;
    const m = /^Tabel (\d+)$/.exec(f.sheet);
    if (!m) continue;
    let at: { row: number; col: number };
    try {
      at = parseA1(f.cell);
    } catch {
      continue;
    }
    const key = cellKey(Number(m[1]), at.row, at.col);
    if (!byCell.has(key)) byCell.set(key, { table: Number(m[1]), row: at.row, col: at.col, findings: [] });
    byCell.get(key)!.findings.push(f);
  }
  return byCell;
}

/** The edits to the document part and the comments they anchor, as they are made. */
interface Annotation {
  edits: Edit[];
  comments: string[];
  findings: number;
}

/**
 * The Word cells that get a comment, each with its findings (a finding on any grid column the cell
 * spans lands on it), and the comment ids the document already uses.
 */
function locateCommentedCells(xml: string, file: string, byCell: Map<string, CellFindings>): { perSites: Map<CellSites, Finding[]>; commentIds: CommentIds } {
  const covering = (cell: WalkedCell) => {
    for (let c = cell.col; c < cell.col + cell.span; c++) if (byCell.has(cellKey(cell.table, cell.row, c))) return true;
    return false;
  };
  const located = locateCells(xml, file, covering);
  const sitesByKey = new Map<string, CellSites>();
  for (const sites of located.cells) {
    for (let c = sites.cell.col; c < sites.cell.col + sites.cell.span; c++) sitesByKey.set(cellKey(sites.cell.table, sites.cell.row, c), sites);
  }
  const perSites = new Map<CellSites, Finding[]>();
  for (const { table, row, col, findings } of byCell.values()) {
    const sites = sitesByKey.get(cellKey(table, row, col)) ?? located.firstCell.get(table);
    if (!sites) continue;
    if (!perSites.has(sites)) perSites.set(sites, []);
    perSites.get(sites)!.push(...findings);
  }
  return { perSites, commentIds: located.commentIds };
}

/** One comment per Word cell, most severe finding first, and the cell shaded by that severity. */
function commentCells(xml: string, perSites: Map<CellSites, Finding[]>, lang: Lang, annotation: Annotation, ids: CommentIds): void {
  for (const [sites, unsorted] of perSites) {
    const findings = bySeverity(unsorted);
    const id = ids.take();
    annotation.edits.push(...cellEdits(xml, sites, severityFill[findings[0].severity].slice(2), id));
    const lines = findings.map((f) => `${severityWords[lang][f.severity]} ${f.rule} (${f.sheet}!${f.cell}): ${findingText(f, lang)}`);
    annotation.comments.push(commentXml(id, [`${AUTHOR}:`, ...lines]));
    annotation.findings += findings.length;
  }
}

/** One comment per sentence a finding was read from; returns the number of sentences commented. */
function commentSentences(xml: string, file: string, sentences: SentenceFindings[], lang: Lang, annotation: Annotation, ids: CommentIds): number {
  const paragraphs = sentences.length ? locateParagraphs(xml, file, new Set(sentences.map((x) => x.paragraph))) : new Map<number, ParagraphSites>();
  const prefix = /<(\w+:)?document\b/.exec(xml)?.[1] ?? 'w:';
  let annotatedSentences = 0;
  const split = new Set<RunSite>();
  for (const sentence of sentences) {
    const p = paragraphs.get(sentence.paragraph);
    if (!p) continue;
    const findings = bySeverity(sentence.findings);
    const id = ids.take();
    const anchor = sentenceEdits(xml, p, sentence.start, sentence.end, id, prefix, split);
    if (anchor.length === 0) continue;
    annotation.edits.push(...anchor);
    const lines = findings.map((f) => `${severityWords[lang][f.severity]} ${f.rule} (${f.paragraph?.[lang] ?? `${f.sheet}!${f.cell}`}): ${findingText(f, lang)}`);
    annotation.comments.push(commentXml(id, [`${AUTHOR}:`, ...lines]));
    annotation.findings += findings.length;
    annotatedSentences++;
  }
  return annotatedSentences;
}

/**
 * A new comments part next to the document part, with its relationship and content type: the parts
 * to add and to replace in the copy.
 */
async function newCommentsPart(zip: XlsxZip, part: string, relIds: Set<string>, comments: string[], file: string, replace: Map<string, string>, add: Map<string, string>): Promise<void> {
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  let name = `${dir}comments.xml`;
  for (let i = 2; zip.has(name); i++) name = `${dir}comments${i}.xml`;
  add.set(
    name,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`,
  );
  const relsPart = relsPartFor(part);
  let rid = 'rIdBudgettjek1';
  for (let i = 2; relIds.has(rid); i++) rid = `rIdBudgettjek${i}`;
  const relation = `<Relationship Id="${rid}" Type="${COMMENTS_TYPE}" Target="${xmlText(name.slice(dir.length))}"/>`;
  const relsXml = await partText(zip, relsPart);
  if (relsXml !== null) replace.set(partKey(relsPart), beforeRootEnd(relsXml, relation, file, relsPart));
  else add.set(relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relation}</Relationships>`);
  const types = await partText(zip, '[Content_Types].xml');
  if (types === null) throw new InputError('corrupt', file, 'the package has no [Content_Types].xml');
  replace.set(
    partKey('[Content_Types].xml'),
    beforeRootEnd(types, `<Override PartName="/${xmlText(name)}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`, file, '[Content_Types].xml'),
  );
}

/** Writes an annotated copy of the Word document `inputPath` to `outputPath` (never the input). */
export async function writeAnnotatedDocx(inputPath: string, outputPath: string, result: AnalysisResult, lang: Lang, options: { force?: boolean } = {}): Promise<DocxAnnotateSummary> {
  const inputExt = /\.(docx|docm)$/i.exec(inputPath)?.[1].toLowerCase() ?? 'docx';
  if (!outputPath.toLowerCase().endsWith(`.${inputExt}`)) throw new OutputError('bad-extension-word', outputPath, `.${inputExt}`);
  await assertNotInput(inputPath, outputPath);

  const bySentence = findingsBySentence(result.findings);
  const byCell = findingsByCell(result.findings);
  const limits = resolveLimits();
  const zip = await XlsxZip.open({ fd: await openInput(inputPath) }, inputPath, limits);
  try {
    const part = await findDocumentPart(zip);
    const xml = (await partText(zip, part)) ?? '';
    const { perSites, commentIds: ids } = locateCommentedCells(xml, inputPath, byCell);
    const rels = await readRelationships(zip, part);
    const commentsPart = rels.find((r) => r.type === 'comments' && r.target !== null)?.target ?? null;
    const existingComments = commentsPart ? await partText(zip, commentsPart) : null;
    if (existingComments) seeIdsIn(existingComments, ids);
    const annotation: Annotation = { edits: [], comments: [], findings: 0 };
    commentCells(xml, perSites, lang, annotation, ids);
    const annotatedSentences = commentSentences(xml, inputPath, [...bySentence.values()], lang, annotation, ids);
    const summary: DocxAnnotateSummary = { annotatedCells: perSites.size, findings: annotation.findings, ...(annotatedSentences ? { annotatedSentences } : {}) };
    const replace = new Map<string, string>();
    const add = new Map<string, string>();
    if (annotation.edits.length) {
      replace.set(partKey(part), applyEdits(xml, annotation.edits));
      if (commentsPart && existingComments !== null) {
        replace.set(partKey(commentsPart), beforeRootEnd(existingComments, annotation.comments.join(''), inputPath, commentsPart));
      } else {
        await newCommentsPart(zip, part, new Set(rels.map((r) => r.id)), annotation.comments, inputPath, replace, add);
      }
    }
    // The copy is written from the same opened package the parts were read from.
    await writePackageCopy(zip, outputPath, replace, add, options.force);
    return summary;
  } finally {
    zip.close();
  }
}

/** The input opened read-only (a plain descriptor: the zip layer reads it piece by piece and closes it). */
function openInput(path: string): Promise<number> {
  return new Promise((resolve, reject) => fs.open(path, 'r', (err, fd) => (err ? reject(new InputError('missing', path)) : resolve(fd))));
}
