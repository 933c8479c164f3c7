/**
 * Rewrites one worksheet part as a stream: only the cells that are edited change (their value,
 * formula, style index), cells that are edited but absent are added in their place in row and
 * column order, and a `<legacyDrawing>` is added where notes need one. Every other byte of the part
 * is passed through as it was: rows, other cells, merged cells, validations (whatever their range),
 * conditional formats, protection, print settings, extension lists.
 */
import { a1, columnLetters, columnNumber } from '../../core';
import { type Attr, type Token, attr, escapeXml, fitExcelText, parseAttrs, prefixOf, startTag, tokenTransform } from './xmlTokens';
import type { Transform } from 'node:stream';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell as the part holds it, handed to an edit to decide what to write. */
export interface CurrentCell {
  address: string;
  /** Style index (0 when the cell has none). */
  style: number;
  /** The `t` attribute ('n' when absent). */
  type: string;
  /** The `<f>` element as written, when the cell holds a formula. */
  formula: { raw: string; shared: boolean } | null;
  /** Whether the cell holds a value or a formula at all. */
  hasContent: boolean;
}

export type CellContent =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** No value left (the style stays). */
  | { kind: 'clear' }
  | { kind: 'formula'; formula: string; result?: number | string | boolean | null }
  /** Keeps the cell's own `<f>` (shared-formula bookkeeping and all); only its cached result changes. */
  | { kind: 'result'; value: number };

export interface CellChange {
  content?: CellContent;
  /** The new style index, from the cell's current one. */
  style?: (current: number) => number;
}

/** Decides a cell's change when the rewriter reaches it (`null`: the cell is not in the part). */
export type CellEdit = (current: CurrentCell | null) => CellChange | null;

export interface SheetRewrite {
  /** Edits by row, then column. */
  edits: Map<number, Map<number, CellEdit>>;
  /** Relationship id of a new VML drawing for notes, when the sheet gets one. */
  legacyDrawingRelId?: string;
}

/** Elements of CT_Worksheet that come after `<legacyDrawing>`: it is inserted before the first of them. */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent']);

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a number that can be written: ${n}`);
  return String(n);
}

/** What a cell edited in place holds, read from its tokens as the part has them. */
function currentCellOf(tokens: Token[], address: string): { current: CurrentCell; attrs: Attr[]; inner: string } {
  const open = tokens[0];
  const attrs = parseAttrs(open.raw);
  let inner = '';
  let formula: CurrentCell['formula'] = null;
  let hasContent = false;
  for (let i = 1; i < tokens.length - (open.kind === 'empty' ? 0 : 1); i++) {
    const t = tokens[i];
    inner += t.raw;
    if ((t.kind === 'open' || t.kind === 'empty') && t.local === 'f') {
      let raw = t.raw;
      if (t.kind === 'open') {
        let j = i + 1;
        while (j < tokens.length && !(tokens[j].kind === 'close' && tokens[j].local === 'f')) raw += tokens[j++].raw;
        if (j < tokens.length) raw += tokens[j].raw;
      }
      const fa = parseAttrs(t.raw);
      formula = { raw, shared: attr(fa, 't') === 'shared' };
      hasContent = true;
    }
    if ((t.kind === 'open' || t.kind === 'empty') && (t.local === 'v' || t.local === 'is')) hasContent = true;
  }
  const current: CurrentCell = {
    address,
    style: Number(attr(attrs, 's') ?? '0') || 0,
    type: attr(attrs, 't') ?? 'n',
    formula,
    hasContent,
  };
  return { current, attrs, inner };
}

/** An edited cell whose tokens are being collected until it closes. */
interface CapturedCell {
  tokens: Token[];
  col: number;
  edit: CellEdit;
  depth: number;
}

/**
 * The rewriting of one worksheet part, token by token: where it stands (depth, row, column), the
 * rows and cells still to edit or add, and the cell being collected.
 */
class SheetRewriting {
  private readonly pendingRows: number[];
  private depth = 0;
  private rootName = '';
  private sheetDataDepth = -1;
  private cellPrefix = '';
  private lastRow = 0;
  private rowNumber = 0;
  private rowEdits: Map<number, CellEdit> | null = null;
  private pendingCols: number[] = [];
  private lastCol = 0;
  private capture: CapturedCell | null = null;
  private legacyDone: boolean;

  constructor(private readonly plan: SheetRewrite) {
    this.pendingRows = [...plan.edits.keys()].sort((a, b) => a - b);
    this.legacyDone = plan.legacyDrawingRelId === undefined;
  }

  take(t: Token, out: string[]): void {
    if (this.capture) this.collect(this.capture, t, out);
    else if (t.kind === 'open' || t.kind === 'empty') this.elementStarts(t, out);
    else if (t.kind === 'close') this.elementEnds(t, out);
    else out.push(t.raw);
  }

  private legacyTag(): string {
    this.legacyDone = true;
    const p = prefixOf(this.rootName);
    return `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${this.plan.legacyDrawingRelId}"/>`;
  }

  /** Cells edited in this row that the part does not hold, before column `upTo`. */
  private newCells(row: number, upTo: number, out: string[]): void {
    while (this.pendingCols.length && this.pendingCols[0] < upTo) {
      const col = this.pendingCols.shift()!;
      const edit = this.rowEdits!.get(col)!;
      const change = edit(null);
      if (!change) continue;
      out.push(renderCell(this.cellPrefix, [], a1(row, col), null, change, ''));
    }
  }

  /** Rows edited that the part does not hold, before row `upTo`. */
  private newRows(upTo: number, out: string[]): void {
    while (this.pendingRows.length && this.pendingRows[0] < upTo) {
      const row = this.pendingRows.shift()!;
      const edits = this.plan.edits.get(row)!;
      const cells: string[] = [];
      for (const col of [...edits.keys()].sort((a, b) => a - b)) {
        const change = edits.get(col)!(null);
        if (change) cells.push(renderCell(this.cellPrefix, [], a1(row, col), null, change, ''));
      }
      if (cells.length) out.push(`<${this.cellPrefix}row r="${row}">${cells.join('')}</${this.cellPrefix}row>`);
    }
  }

  private collect(capture: CapturedCell, t: Token, out: string[]): void {
    capture.tokens.push(t);
    if (t.kind === 'open') this.depth++;
    else if (t.kind === 'close') {
      this.depth--;
      if (this.depth === capture.depth) this.finishCapture(out);
    }
  }

  /** The collected cell, as its edit decides: rewritten, or passed through as it was. */
  private finishCapture(out: string[]): void {
    const c = this.capture!;
    this.capture = null;
    const { current, attrs, inner } = currentCellOf(c.tokens, a1(this.rowNumber, c.col));
    const change = c.edit(current);
    if (!change) {
      for (const t of c.tokens) out.push(t.raw);
      return;
    }
    out.push(renderCell(prefixOf(c.tokens[0].name), attrs, current.address, current, change, inner));
  }

  private elementStarts(t: Token, out: string[]): void {
    if (this.depth === 0) this.rootName = t.name;
    if (this.depth === 1 && !this.legacyDone && AFTER_LEGACY_DRAWING.has(t.local)) out.push(this.legacyTag());
    let written = false;
    if (this.depth === 1 && t.local === 'sheetData') written = this.sheetDataStarts(t, out);
    else if (this.depth === this.sheetDataDepth && t.local === 'row') written = this.rowStarts(t, out);
    else if (this.rowEdits && this.depth === this.sheetDataDepth + 1 && t.local === 'c') written = this.cellStarts(t, this.rowEdits, out);
    if (written) return;
    if (t.kind === 'open') this.depth++;
    out.push(t.raw);
  }

  /** `<sheetData>`; an empty one is opened to take the new rows. Returns whether the tag was written. */
  private sheetDataStarts(t: Token, out: string[]): boolean {
    this.cellPrefix = prefixOf(t.name);
    if (t.kind === 'empty') {
      const rows: string[] = [];
      this.newRows(Infinity, rows);
      out.push(t.raw.replace(/\s*\/>$/, '>'), ...rows, `</${t.name}>`);
      return true;
    }
    this.sheetDataDepth = this.depth + 1;
    return false;
  }

  /** A `<row>`: new rows before it are added; an edited one gets its `r` and its cells' edits. Returns whether the tag was written. */
  private rowStarts(t: Token, out: string[]): boolean {
    const attrs = parseAttrs(t.raw);
    const r = attr(attrs, 'r');
    this.rowNumber = r !== undefined ? Number(r) : this.lastRow + 1;
    this.lastRow = this.rowNumber;
    this.lastCol = 0;
    this.newRows(this.rowNumber, out);
    if (!(this.pendingRows.length && this.pendingRows[0] === this.rowNumber)) {
      this.rowEdits = null;
      return false;
    }
    this.pendingRows.shift();
    this.rowEdits = this.plan.edits.get(this.rowNumber)!;
    this.pendingCols = [...this.rowEdits.keys()].sort((a, b) => a - b);
    const withR: Attr[] = r !== undefined ? attrs : [['r', String(this.rowNumber)], ...attrs];
    if (t.kind === 'empty') {
      const cells: string[] = [];
      this.newCells(this.rowNumber, Infinity, cells);
      out.push(startTag(t.name, withR), ...cells, `</${t.name}>`);
      this.rowEdits = null;
      return true;
    }
    out.push(startTag(t.name, withR));
    this.depth++;
    return true;
  }

  /** A `<c>` in an edited row: new cells before it are added; an edited one is collected. Returns whether it was taken. */
  private cellStarts(t: Token, rowEdits: Map<number, CellEdit>, out: string[]): boolean {
    const attrs = parseAttrs(t.raw);
    const r = attr(attrs, 'r');
    const col = r !== undefined ? columnNumber(r.replace(/\d+$/, '').replace(/\$/g, '')) : this.lastCol + 1;
    this.lastCol = col;
    this.newCells(this.rowNumber, col, out);
    if (!(this.pendingCols.length && this.pendingCols[0] === col)) return false;
    this.pendingCols.shift();
    this.capture = { tokens: [t], col, edit: rowEdits.get(col)!, depth: this.depth };
    if (t.kind === 'empty') this.finishCapture(out);
    else this.depth++;
    return true;
  }

  /** A closing tag: the rest of an edited row's new cells, the rest of the new rows, or the legacy drawing before the root closes. */
  private elementEnds(t: Token, out: string[]): void {
    this.depth--;
    if (this.rowEdits && this.depth === this.sheetDataDepth && t.local === 'row') {
      this.newCells(this.rowNumber, Infinity, out);
      this.rowEdits = null;
    } else if (this.depth === this.sheetDataDepth - 1 && t.local === 'sheetData') {
      this.newRows(Infinity, out);
      this.sheetDataDepth = -1;
    } else if (this.depth === 0 && !this.legacyDone) out.push(this.legacyTag());
    out.push(t.raw);
  }
}

/** The rewriting stream for one worksheet part. */
export function sheetRewriter(plan: SheetRewrite): Transform {
  const rewriting = new SheetRewriting(plan);
  return tokenTransform((t, out) => rewriting.take(t, out));
}

/** Attributes a new value makes stale: the type, and rich-value or dynamic-array metadata. */
const VALUE_ATTRS = new Set(['t', 'vm', 'cm']);

function renderCell(prefix: string, attrs: Attr[], address: string, current: CurrentCell | null, change: CellChange, inner: string): string {
  const style = change.style ? change.style(current?.style ?? 0) : (current?.style ?? 0);
  const rest = attrs.filter(([n]) => n !== 'r' && n !== 's' && !(change.content && VALUE_ATTRS.has(n)));
  const out: Attr[] = [['r', address]];
  if (style) out.push(['s', String(style)]);
  let body = inner;
  const c = change.content;
  if (c) {
    if (c.kind === 'number') body = `<${prefix}v>${numberText(c.value)}</${prefix}v>`;
    else if (c.kind === 'clear') body = '';
    else if (c.kind === 'boolean') {
      out.push(['t', 'b']);
      body = `<${prefix}v>${c.value ? 1 : 0}</${prefix}v>`;
    }
    else if (c.kind === 'text') {
      out.push(['t', 'inlineStr']);
      body = `<${prefix}is><${prefix}t xml:space="preserve">${escapeXml(fitExcelText(c.value))}</${prefix}t></${prefix}is>`;
    } else if (c.kind === 'result') {
      body = `${current?.formula?.raw ?? ''}<${prefix}v>${numberText(c.value)}</${prefix}v>`;
    } else {
      const r = c.result;
      let v = '';
      if (typeof r === 'number') v = `<${prefix}v>${numberText(r)}</${prefix}v>`;
      else if (typeof r === 'boolean') {
        out.push(['t', 'b']);
        v = `<${prefix}v>${r ? 1 : 0}</${prefix}v>`;
      } else if (typeof r === 'string') {
        out.push(['t', 'str']);
        v = `<${prefix}v>${escapeXml(fitExcelText(r))}</${prefix}v>`;
      }
      body = `<${prefix}f>${escapeXml(c.formula)}</${prefix}f>${v}`;
    }
  } else if (current) {
    // Only the style changes: the type stays with the value.
    const t = attrs.find(([n]) => n === 't');
    if (t) out.push(t);
  }
  out.push(...rest.filter(([n]) => n !== 't'));
  return body ? `${startTag(`${prefix}c`, out)}${body}</${prefix}c>` : startTag(`${prefix}c`, out, true);
}

/** "C8" → row and column numbers. */
export function cellPosition(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export { columnLetters };
