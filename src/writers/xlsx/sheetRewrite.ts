/**
 * Rewrites one worksheet part as a stream: only the cells that are edited change (their value,
 * formula, style index), cells that are edited but absent are added in their place in row and
 * column order, and a `<legacyDrawing>` is added where notes need one. Every other byte of the part
 * is passed through as it was: rows, other cells, merged cells, validations (whatever their range),
 * conditional formats, protection, print settings, extension lists.
 */
import { a1, columnLetters, columnNumber } from '../../core/a1';
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

/** The rewriting stream for one worksheet part. */
export function sheetRewriter(plan: SheetRewrite): Transform {
  const pendingRows = [...plan.edits.keys()].sort((a, b) => a - b);
  let depth = 0;
  let rootName = '';
  let sheetDataDepth = -1;
  let cellPrefix = '';
  let lastRow = 0;
  let rowNumber = 0;
  let rowEdits: Map<number, CellEdit> | null = null;
  let pendingCols: number[] = [];
  let lastCol = 0;
  let capture: { tokens: Token[]; col: number; edit: CellEdit; depth: number } | null = null;
  let legacyDone = plan.legacyDrawingRelId === undefined;

  const legacyTag = () => {
    legacyDone = true;
    const p = prefixOf(rootName);
    return `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${plan.legacyDrawingRelId}"/>`;
  };

  const newCells = (row: number, upTo: number, out: string[]) => {
    // Cells edited in this row that the part does not hold, before column `upTo`.
    while (pendingCols.length && pendingCols[0] < upTo) {
      const col = pendingCols.shift()!;
      const edit = rowEdits!.get(col)!;
      const change = edit(null);
      if (!change) continue;
      out.push(renderCell(cellPrefix, [], a1(row, col), null, change, ''));
    }
  };

  const newRows = (upTo: number, out: string[]) => {
    while (pendingRows.length && pendingRows[0] < upTo) {
      const row = pendingRows.shift()!;
      const edits = plan.edits.get(row)!;
      const cells: string[] = [];
      for (const col of [...edits.keys()].sort((a, b) => a - b)) {
        const change = edits.get(col)!(null);
        if (change) cells.push(renderCell(cellPrefix, [], a1(row, col), null, change, ''));
      }
      if (cells.length) out.push(`<${cellPrefix}row r="${row}">${cells.join('')}</${cellPrefix}row>`);
    }
  };

  const finishCapture = (out: string[]) => {
    const c = capture!;
    capture = null;
    const open = c.tokens[0];
    const attrs = parseAttrs(open.raw);
    let inner = '';
    let formula: CurrentCell['formula'] = null;
    let hasContent = false;
    for (let i = 1; i < c.tokens.length - (open.kind === 'empty' ? 0 : 1); i++) {
      const t = c.tokens[i];
      inner += t.raw;
      if ((t.kind === 'open' || t.kind === 'empty') && t.local === 'f') {
        let raw = t.raw;
        if (t.kind === 'open') {
          let j = i + 1;
          while (j < c.tokens.length && !(c.tokens[j].kind === 'close' && c.tokens[j].local === 'f')) raw += c.tokens[j++].raw;
          if (j < c.tokens.length) raw += c.tokens[j].raw;
        }
        const fa = parseAttrs(t.raw);
        formula = { raw, shared: attr(fa, 't') === 'shared' };
        hasContent = true;
      }
      if ((t.kind === 'open' || t.kind === 'empty') && (t.local === 'v' || t.local === 'is')) hasContent = true;
    }
    const address = a1(rowNumber, c.col);
    const current: CurrentCell = {
      address,
      style: Number(attr(attrs, 's') ?? '0') || 0,
      type: attr(attrs, 't') ?? 'n',
      formula,
      hasContent,
    };
    const change = c.edit(current);
    if (!change) {
      for (const t of c.tokens) out.push(t.raw);
      return;
    }
    out.push(renderCell(prefixOf(open.name), attrs, address, current, change, inner));
  };

  return tokenTransform(
    (t, out) => {
      if (capture) {
        capture.tokens.push(t);
        if (t.kind === 'open') depth++;
        else if (t.kind === 'close') {
          depth--;
          if (depth === capture.depth) finishCapture(out);
        }
        return;
      }
      if (t.kind === 'open' || t.kind === 'empty') {
        if (depth === 0) rootName = t.name;
        if (depth === 1 && !legacyDone && AFTER_LEGACY_DRAWING.has(t.local)) out.push(legacyTag());
        if (depth === 1 && t.local === 'sheetData') {
          cellPrefix = prefixOf(t.name);
          if (t.kind === 'empty') {
            const rows: string[] = [];
            newRows(Infinity, rows);
            out.push(t.raw.replace(/\s*\/>$/, '>'), ...rows, `</${t.name}>`);
            return;
          }
          sheetDataDepth = depth + 1;
        } else if (depth === sheetDataDepth && t.local === 'row') {
          const attrs = parseAttrs(t.raw);
          const r = attr(attrs, 'r');
          rowNumber = r !== undefined ? Number(r) : lastRow + 1;
          lastRow = rowNumber;
          lastCol = 0;
          newRows(rowNumber, out);
          if (pendingRows.length && pendingRows[0] === rowNumber) {
            pendingRows.shift();
            rowEdits = plan.edits.get(rowNumber)!;
            pendingCols = [...rowEdits.keys()].sort((a, b) => a - b);
            const withR: Attr[] = r !== undefined ? attrs : [['r', String(rowNumber)], ...attrs];
            if (t.kind === 'empty') {
              const cells: string[] = [];
              newCells(rowNumber, Infinity, cells);
              out.push(startTag(t.name, withR), ...cells, `</${t.name}>`);
              rowEdits = null;
              return;
            }
            out.push(startTag(t.name, withR));
            depth++;
            return;
          }
          rowEdits = null;
        } else if (rowEdits && depth === sheetDataDepth + 1 && t.local === 'c') {
          const attrs = parseAttrs(t.raw);
          const r = attr(attrs, 'r');
          const col = r !== undefined ? columnNumber(r.replace(/\d+$/, '').replace(/\$/g, '')) : lastCol + 1;
          lastCol = col;
          newCells(rowNumber, col, out);
          if (pendingCols.length && pendingCols[0] === col) {
            pendingCols.shift();
            capture = { tokens: [t], col, edit: rowEdits.get(col)!, depth };
            if (t.kind === 'empty') finishCapture(out);
            else depth++;
            return;
          }
        }
        if (t.kind === 'open') depth++;
        out.push(t.raw);
        return;
      }
      if (t.kind === 'close') {
        depth--;
        if (rowEdits && depth === sheetDataDepth && t.local === 'row') {
          newCells(rowNumber, Infinity, out);
          rowEdits = null;
        } else if (depth === sheetDataDepth - 1 && t.local === 'sheetData') {
          newRows(Infinity, out);
          sheetDataDepth = -1;
        } else if (depth === 0 && !legacyDone) out.push(legacyTag());
        out.push(t.raw);
        return;
      }
      out.push(t.raw);
    },
  );
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
