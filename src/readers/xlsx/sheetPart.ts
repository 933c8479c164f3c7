/**
 * One worksheet part streamed through saxes into a sparse grid. This is the hot path: per cell it
 * parses the "r" reference by char codes, keeps state in closure variables, and allocates nothing
 * but the Cell (and its row map when the row is new).
 */
import type { SaxesTagPlain } from 'saxes';
import type { Cell, CellRange, CellValue } from '../../core';
import { InputError } from '../inputError';
import { SharedFormula } from './formulaShift';
import type { StyleTable } from './styles';
import { decodeXString } from './xmlStringEscapes';
import { XmlDepth, localName, newParser, streamInto } from './xml';
import type { XlsxZip } from './zip';

export interface SheetContent {
  rows: Map<number, Map<number, Cell>>;
  merges: CellRange[];
  hiddenRows: Set<number>;
}

export interface SheetContext {
  zip: XlsxZip;
  sharedStrings: string[];
  styles: StyleTable;
  date1904: boolean;
  /** Cells still allowed in the workbook; decremented per stored cell. */
  budget: { remaining: number; limit: number };
  /**
   * Characters of formula text still allowed in the workbook; decremented before each formula is
   * kept or expanded from a shared master. Absent: the default limit, per sheet.
   */
  formulaChars?: { remaining: number; limit: number };
}

// Cell types ("t" attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

function cellType(t: string | undefined): number {
  switch (t) {
    case undefined:
    case 'n':
      return T_NUMBER;
    case 's':
      return T_SHARED;
    case 'str':
      return T_STR;
    case 'inlineStr':
      return T_INLINE;
    case 'b':
      return T_BOOL;
    case 'e':
      return T_ERROR;
    case 'd':
      return T_DATE;
    default:
      return T_NUMBER;
  }
}

// What the text handler is collecting.
const CAP_NONE = 0;
const CAP_V = 1;
const CAP_F = 2;
const CAP_T = 3;

const MS_PER_DAY = 86400000;
/** Serial day of 1970-01-01 in the 1900 date system (with Excel's 1900 leap-year bug). */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/**
 * A decimal number in xsd:double's lexical form ("-12", "3.5", ".5", "1E-3") as a finite number;
 * null for anything else: hex ("0x190"), binary/octal, "Infinity", "INF", "NaN", blanks, and
 * decimals beyond a double's range ("1e400"), which stay text so a rule can name them.
 */
const DECIMAL_LEXICAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
export function decimalValue(text: string): number | null {
  // xsd:double collapses surrounding whitespace; Number() would also take "\u00a0" and the like.
  const t = text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32 ? text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '') : text;
  if (!DECIMAL_LEXICAL.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Parses "B12" / "$B$12"; returns column and row through the out array; false when malformed. */
function parseRef(ref: string, out: Int32Array): boolean {
  const n = ref.length;
  let i = 0;
  let col = 0;
  let row = 0;
  let c = ref.charCodeAt(0);
  if (c === 36) c = ref.charCodeAt(++i);
  while (i < n) {
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    c = ref.charCodeAt(++i);
  }
  if (c === 36) c = ref.charCodeAt(++i);
  const digits = i;
  while (i < n) {
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    c = ref.charCodeAt(++i);
  }
  if (col === 0 || i === digits || col > 16384 || row < 1 || row > 1048576) return false;
  out[0] = col;
  out[1] = row;
  return true;
}

export function parseRangeRef(ref: string): CellRange | null {
  const out = new Int32Array(2);
  const colon = ref.indexOf(':');
  const a = colon < 0 ? ref : ref.slice(0, colon);
  const b = colon < 0 ? ref : ref.slice(colon + 1);
  if (!parseRef(a, out)) return null;
  const c1 = out[0];
  const r1 = out[1];
  if (!parseRef(b, out)) return null;
  return {
    top: Math.min(r1, out[1]),
    left: Math.min(c1, out[0]),
    bottom: Math.max(r1, out[1]),
    right: Math.max(c1, out[0]),
  };
}

export async function readSheetPart(ctx: SheetContext, part: string): Promise<SheetContent> {
  const { zip, sharedStrings, budget } = ctx;
  const fmtByStyle = ctx.styles.numFmt;
  const epoch = ctx.date1904 ? EPOCH_1904 : EPOCH_1900;
  const file = zip.file;

  const rows = new Map<number, Map<number, Cell>>();
  const merges: CellRange[] = [];
  const hiddenRows = new Set<number>();
  const shared = new Map<string, SharedFormula>();
  const refOut = new Int32Array(2);

  // Length of the root element's prefix ("x:" → 2); -1 until the root is seen. Unprefixed documents
  // match names as they are, so prefixed extension elements (x14:…, xm:f) never match by accident.
  let prefixLen = -1;

  let rowNum = 0; // current <row>
  let rowMap: Map<number, Cell> | null = null;
  let rowMapNum = -1;

  let inCell = false;
  let cRow = 0;
  let cCol = 0;
  let cType = T_NUMBER;
  let cStyle = -1;
  let lastCol = 0;
  let vText: string | null = null;
  let fText: string | null = null;
  let fShared = false;
  let fSi: string | undefined;
  let fSkip = false;
  let inInline = false;
  let inPhonetic = false;
  let inlineText: string | null = null;

  let capture = CAP_NONE;
  let buf = '';

  const corrupt = (detail: string) => new InputError('corrupt', file, `${part}: ${detail}`);
  // Element nesting, counted inline (this is the hot path); XmlDepth words the refusal.
  let depth = 0;
  const maxDepth = zip.readLimits.maxXmlDepth;
  const tooDeep = (): void => {
    new XmlDepth(zip, part, maxDepth).enter();
  };
  const maxFormulaChars = zip.readLimits.maxFormulaChars;
  const formulaChars = ctx.formulaChars ?? { remaining: maxFormulaChars, limit: maxFormulaChars };
  /** Takes `n` characters of formula text from the budget, before the text is built. */
  const spendFormulaChars = (n: number): void => {
    formulaChars.remaining -= n;
    if (formulaChars.remaining < 0) {
      throw new InputError(
        'too-large',
        file,
        `${part}: formulas (shared formulas expanded to every cell they cover) exceed ${formulaChars.limit} characters`,
      );
    }
  };

  const finishCell = (): void => {
    let value: CellValue = null;
    let has = false;
    if (vText !== null || inlineText !== null) {
      switch (cType) {
        case T_NUMBER:
          if (vText !== null && vText !== '') {
            // Only a decimal number is a number (not 0x190, Infinity, 1e400). A date stays its serial
            // number, as Office.js gives it: the number format says it is a date.
            const n = decimalValue(vText);
            value = n === null ? vText : n;
            has = true;
          }
          break;
        case T_SHARED: {
          if (vText !== null && vText !== '') {
            const idx = Number(vText);
            const s = sharedStrings[idx];
            if (s === undefined) throw corrupt(`cell refers to shared string ${vText}, which does not exist`);
            value = s;
            has = true;
          }
          break;
        }
        case T_STR:
          value = vText === null ? '' : decodeXString(vText);
          has = true;
          break;
        case T_INLINE:
          value = inlineText !== null ? decodeXString(inlineText) : decodeXString(vText as string);
          has = true;
          break;
        case T_BOOL:
          value = vText === '1' || vText === 'true';
          has = true;
          break;
        case T_ERROR:
          if (vText !== null && vText !== '') {
            value = { error: vText };
            has = true;
          }
          break;
        case T_DATE: {
          if (vText !== null && vText !== '') {
            // An ISO 8601 date cell (t="d") becomes the serial Excel holds for it.
            const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(vText) || !vText.includes('T') ? vText : `${vText}Z`);
            value = Number.isNaN(ms) ? vText : ms / MS_PER_DAY + epoch;
            has = true;
          }
          break;
        }
      }
    }
    let formula: string | undefined;
    if (fText !== null && !fSkip) {
      if (fShared && fSi !== undefined) {
        if (fText !== '') {
          spendFormulaChars(fText.length);
          formula = fText;
          shared.set(fSi, new SharedFormula(fText, cRow, cCol));
        } else {
          const master = shared.get(fSi);
          if (master !== undefined) {
            // Each dependent costs about its master's length: checked before the text is built.
            spendFormulaChars(master.formula.length);
            formula = master.formulaAt(cRow, cCol);
          }
        }
      } else if (fText !== '') {
        spendFormulaChars(fText.length);
        formula = fText;
      }
    }
    // Text of no characters and no formula shows nothing: an empty cell, as Excel shows it and
    // Office.js reads it (a program that writes "" into heading corners changes no table).
    if ((!has || value === '') && formula === undefined) return;

    if (--budget.remaining < 0) {
      throw new InputError('too-large', file, `more than ${budget.limit} cells; cell limit ${budget.limit}`);
    }
    const numFmt = cStyle >= 0 ? fmtByStyle[cStyle] : undefined;
    let cell: Cell;
    if (formula === undefined) {
      cell = numFmt === undefined ? { row: cRow, col: cCol, value } : { row: cRow, col: cCol, value, numFmt };
    } else {
      cell =
        numFmt === undefined
          ? { row: cRow, col: cCol, value, formula }
          : { row: cRow, col: cCol, value, formula, numFmt };
    }
    if (rowMapNum !== cRow || rowMap === null) {
      rowMap = rows.get(cRow) ?? null;
      if (rowMap === null) {
        rowMap = new Map();
        rows.set(cRow, rowMap);
      }
      rowMapNum = cRow;
    }
    rowMap.set(cCol, cell);
  };

  const onOpen = (tag: SaxesTagPlain): void => {
    if (++depth > maxDepth) tooDeep();
    let name = tag.name;
    if (prefixLen !== 0) {
      // Documents that prefix their elements (x:c) are rare: only they pay for stripping.
      if (prefixLen < 0) {
        prefixLen = name.indexOf(':') + 1;
        // The root: a sheet's relationship that leads to another kind of part (the workbook, a
        // relationships part) is a damaged package, not a sheet without tables.
        if (localName(name) !== 'worksheet') throw corrupt(`not a worksheet (its root element is <${name.slice(0, 40)}>)`);
      }
      if (prefixLen > 0) name = localName(name);
    }
    switch (name) {
      case 'c': {
        const a = tag.attributes;
        const r = a.r;
        if (r !== undefined && parseRef(r, refOut)) {
          cCol = refOut[0];
          cRow = refOut[1];
        } else {
          cCol = lastCol + 1;
          cRow = rowNum;
        }
        lastCol = cCol;
        cType = cellType(a.t);
        const s = a.s;
        cStyle = s === undefined ? -1 : s.length === 1 ? s.charCodeAt(0) - 48 : Number(s);
        if (!(cStyle >= 0)) cStyle = -1;
        inCell = true;
        vText = null;
        fText = null;
        inlineText = null;
        fShared = false;
        fSkip = false;
        return;
      }
      case 'v':
        if (inCell) {
          capture = CAP_V;
          buf = '';
        }
        return;
      case 'f': {
        if (!inCell) return;
        const a = tag.attributes;
        const t = a.t;
        fShared = t === 'shared';
        fSi = a.si;
        fSkip = t === 'dataTable';
        capture = CAP_F;
        buf = '';
        return;
      }
      case 'row': {
        const a = tag.attributes;
        const r = a.r;
        const n = r === undefined ? rowNum + 1 : Number(r);
        rowNum = Number.isInteger(n) && n >= 1 && n <= 1048576 ? n : rowNum + 1;
        lastCol = 0;
        const h = a.hidden;
        if (h === '1' || h === 'true') hiddenRows.add(rowNum);
        return;
      }
      case 'is':
        if (inCell) {
          inInline = true;
          inlineText = '';
        }
        return;
      case 't':
        if (inInline && !inPhonetic) {
          capture = CAP_T;
          buf = '';
        }
        return;
      case 'rPh':
        inPhonetic = true;
        return;
      case 'mergeCell': {
        const ref = tag.attributes.ref;
        const range = ref === undefined ? null : parseRangeRef(ref);
        if (range) merges.push(range);
        return;
      }
    }
  };

  const onText = (t: string): void => {
    if (capture !== CAP_NONE) buf += t;
  };

  const onClose = (tag: SaxesTagPlain): void => {
    depth--;
    let name = tag.name;
    if (prefixLen > 0) name = localName(name);
    switch (name) {
      case 'c':
        if (inCell) finishCell();
        inCell = false;
        return;
      case 'v':
        if (capture === CAP_V) {
          vText = buf;
          capture = CAP_NONE;
        }
        return;
      case 'f':
        if (capture === CAP_F) {
          fText = buf;
          capture = CAP_NONE;
        }
        return;
      case 't':
        if (capture === CAP_T) {
          inlineText += buf;
          capture = CAP_NONE;
        }
        return;
      case 'rPh':
        inPhonetic = false;
        return;
      case 'is':
        inInline = false;
        return;
    }
  };

  const parser = newParser();
  parser.on('opentag', onOpen as (tag: unknown) => void);
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', onClose as (tag: unknown) => void);
  const found = await streamInto(zip, part, parser);
  if (!found) throw corrupt('sheet part is missing from the archive');
  return { rows, merges, hiddenRows };
}
