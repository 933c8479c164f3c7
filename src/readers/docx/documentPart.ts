/**
 * word/document.xml → one grid per table ("Tabel 1", "Tabel 2", … in document order; a nested
 * table is numbered right after its parent and handed over after it). A cell's paragraphs are
 * joined with line breaks; text that reads as a plain Danish amount ("1.045", "-300", "2.093,8")
 * becomes a number — in Word every number is text, so "number stored as text" means nothing
 * there — while text with a unit ("1.300 kr.") or no amount ("ca. 200") stays text for the rules.
 * Each table also gets its title (the nearest caption or heading above it) and the headings it
 * stands under, outside the grid so that A1 addresses stay those of the table itself.
 */
import { proposalCodeIn, readAmountText, type Cell, type CellRange, type DocumentParagraph, type NotReadContent, type SheetGrid } from '../../core';
import { InputError } from '../inputError';
import type { XlsxZip } from '../xlsx/zip';
import { parsePart } from '../xlsx/xml';
import { ParagraphStyles } from './styles';
import { TableWalker, type WalkedCell } from './tableWalker';
import { attribute, isOn } from './wordXml';

/** A bold paragraph up to this long reads as a title ("Tabel 1. Forslagets …"), longer as text. */
const MAX_TITLE_LENGTH = 150;
const TABLE_CAPTION = /^tabel\s*\d+\b/i;

export interface DocumentContext {
  zip: XlsxZip;
  styles: ParagraphStyles;
  /** docProps/core.xml's title, if any. */
  documentTitle: string | null;
  /** Cells still allowed (shared with nothing else: one document per read). */
  budget: { remaining: number; limit: number };
  /** The document part's relationships: id → part (null when outside the package). */
  relationships?: Map<string, string | null>;
}

/** What an altChunk's part holds, by its name: a web page, a workbook, a document, text. */
function embeddedKind(part: string | null): NotReadContent['kind'] {
  const ext = /\.([a-z0-9]+)$/i.exec(part ?? '')?.[1]?.toLowerCase();
  if (ext === 'htm' || ext === 'html' || ext === 'mht' || ext === 'mhtml' || ext === 'xhtml') return 'html';
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') return 'workbook';
  if (ext === 'docx' || ext === 'docm' || ext === 'doc' || ext === 'rtf' || ext === 'xml') return 'document';
  if (ext === 'txt') return 'text';
  return 'other';
}

interface TableBuilder {
  n: number;
  rows: Map<number, Map<number, Cell>>;
  merges: CellRange[];
  /** Open vertical merges by grid column of their top cell. */
  vertical: Map<number, CellRange>;
  caption: string | null;
  textAbove: string | null;
  headings: string[];
}

interface Paragraph {
  text: string;
  styleId: string | null;
  /** Word numbering (w:numPr): the list's w:numId and the item's w:ilvl. */
  numId: string | null;
  level: number;
  outlineLevel: number | null;
  boldChars: number;
  plainChars: number;
}

const PERCENT = /^([-−–]?\s*\d{1,3}(?:\.\d{3})*(?:,(\d+))?)\s*%$/;

/**
 * A cell's text as a grid value: a plain Danish amount becomes a number, with its shown decimals;
 * a percentage ("2,8 %") becomes the number Excel would hold, formatted as a percentage, so the
 * rules treat it as they treat a percentage in a workbook.
 */
export function cellValue(text: string): Pick<Cell, 'value' | 'numFmt'> {
  const percent = PERCENT.exec(text.replace(/[\u00a0\u202f]/g, ' ').trim());
  if (percent) {
    const reading = readAmountText(percent[1]);
    if (reading.kind === 'amount') {
      const decimals = percent[2]?.length ?? 0;
      return { value: reading.amount.div(100).toNumber(), numFmt: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
    }
  }
  const reading = readAmountText(text);
  if (reading.kind === 'amount' && reading.unit === undefined) {
    // "343,0" shows one decimal: the trailing zero is what the reader sees.
    const decimals = reading.decimals;
    // Grouped as written: "2.027" shows a thousands point, "2027" (a year) does not.
    const grouping = /\d[. \u00a0\u202f]\d{3}/.test(text) ? '#,##0' : '0';
    return { value: reading.amount.toNumber(), numFmt: decimals > 0 ? `${grouping}.${'0'.repeat(decimals)}` : grouping };
  }
  return { value: text };
}

/** A paragraph style that makes a list item ("ListBullet", "Listeafsnit", "Opstilling-punkttegn"). */
const LIST_STYLE = /list|liste|bullet|opstilling|punkt/i;
/** Body paragraphs kept for the text rules: a document's text beyond this is not read for amounts. */
const MAX_PARAGRAPHS = 20_000;

/**
 * Hands each table to `visit` in document order and, when `onParagraph` is given, each non-empty
 * body paragraph (outside tables, headings not included) with the headings it stands under.
 */
export async function readDocumentTables(
  ctx: DocumentContext,
  part: string,
  visit: (sheet: SheetGrid) => void,
  onParagraph?: (paragraph: DocumentParagraph) => void,
): Promise<void> {
  const { zip, styles, budget } = ctx;
  const file = zip.file;
  const open: TableBuilder[] = [];
  const done: TableBuilder[] = [];
  /** Headings above the current point: level and text, outermost first. */
  const outline: { level: number; text: string }[] = [];
  let firstCodedHeading: string | null = null;
  /** The title the next table gets: the last caption or heading since the previous table. */
  let pendingTitle: string | null = null;
  /** The last paragraph of body text since the previous table. */
  let lastParagraph: string | null = null;
  /** The paragraph before `lastParagraph`: above a caption, it may state the table's unit or level. */
  let previousParagraph: string | null = null;
  /**
   * A top-level table (with the tables nested in it and content embedded in them), held until the
   * first paragraph under it is read: that paragraph may state its unit ("Alle beløb er i 1.000 kr.").
   */
  let held: SheetGrid[] = [];
  const handOver = (below: string | null) => {
    if (held.length === 0) return;
    if (below !== null) held[0].textBelow = below;
    const out = held;
    held = [];
    for (const sheet of out) visit(sheet);
  };

  /** Paragraphs being read (a paragraph cannot contain another outside skipped content, but be safe). */
  const paragraphs: Paragraph[] = [];
  /** The innermost open cell's finished paragraphs. */
  const cellTexts: string[][] = [];
  let inText = false;
  let inRunProps = false;
  let inParaProps = false;
  let runBold: boolean | null = null;
  /** Body paragraphs so far (empty ones counted), top-level tables so far, paragraphs under the nearest heading. */
  let bodyParagraphs = 0;
  let tablesSoFar = 0;
  let ordinal = 0;
  let kept = 0;

  const builderFor = (n: number) => open.find((t) => t.n === n) ?? null;
  /** Embedded content found inside a table, handed over after that table. */
  const embeddedInTable: SheetGrid[] = [];
  let embeddedCount = 0;

  const headingsNow = (): string[] => {
    const texts = outline.map((h) => h.text);
    if (texts.some((t) => proposalCodeIn(t) !== null)) return texts;
    const fallback = [firstCodedHeading, ctx.documentTitle].find((t) => t !== null && proposalCodeIn(t) !== null);
    return fallback && !texts.includes(fallback) ? [fallback, ...texts] : texts;
  };

  const walker = new TableWalker(file, {
    tableOpen(n) {
      const topLevel = open.length === 0;
      if (topLevel) handOver(null);
      const textAbove = !topLevel ? null : lastParagraph !== pendingTitle ? lastParagraph : previousParagraph;
      open.push({ n, rows: new Map(), merges: [], vertical: new Map(), caption: topLevel ? pendingTitle : null, textAbove, headings: headingsNow() });
      if (topLevel) pendingTitle = lastParagraph = previousParagraph = null;
    },
    tableClose(n) {
      const t = open.pop()!;
      if (t.n !== n) throw new InputError('corrupt', file, `table ${n} closes out of order`);
      for (const range of t.vertical.values()) if (range.bottom > range.top || range.right > range.left) t.merges.push(range);
      t.vertical.clear();
      done.push(t);
      if (open.length === 0) {
        // Hand over a top-level table and the tables nested in it, in number order.
        done.sort((a, b) => a.n - b.n);
        held = [...done.map(toSheet), ...embeddedInTable];
        done.length = 0;
        tablesSoFar++;
        embeddedInTable.length = 0;
        pendingTitle = outline.length ? outline[outline.length - 1].text : null;
        lastParagraph = null;
      }
    },
    cellOpen() {
      cellTexts.push([]);
    },
    cellClose(cell) {
      const texts = cellTexts.pop() ?? [];
      placeCell(cell, texts.join('\n'));
    },
  });

  const placeCell = (cell: WalkedCell, text: string) => {
    const t = builderFor(cell.table);
    if (!t) return;
    const right = cell.col + cell.span - 1;
    if (cell.vMerge === 'continue') {
      const above = t.vertical.get(cell.col);
      if (above && above.bottom === cell.row - 1) {
        above.bottom = cell.row;
        return;
      }
      // A continuation with nothing to continue: Word shows it as a cell of its own.
    }
    // A cell that does not continue a vertical merge ends the one standing in its columns (looked
    // up by whichever is fewer, the columns it spans or the merges open, so hostile spans stay linear).
    const ended = cell.span <= t.vertical.size
      ? Array.from({ length: cell.span }, (_, i) => cell.col + i).filter((col) => t.vertical.has(col))
      : [...t.vertical.keys()].filter((col) => col >= cell.col && col <= right);
    for (const col of ended) {
      const range = t.vertical.get(col)!;
      if (range.bottom > range.top || range.right > range.left) t.merges.push(range);
      t.vertical.delete(col);
    }
    const range = { top: cell.row, left: cell.col, bottom: cell.row, right };
    const merged = cell.vMerge === 'restart' || cell.span > 1;
    if (cell.vMerge === 'restart') t.vertical.set(cell.col, range);
    else if (cell.span > 1) t.merges.push(range);
    if (text === '' && !merged) return;
    // Merges count against the cell limit too: a table of empty merged cells is no free lunch.
    if (--budget.remaining < 0) {
      throw new InputError('too-large', file, `more than ${budget.limit} table cells; the limit is ${budget.limit}`);
    }
    if (text === '') return;
    let row = t.rows.get(cell.row);
    if (!row) t.rows.set(cell.row, (row = new Map()));
    row.set(cell.col, { row: cell.row, col: cell.col, ...cellValue(text) });
  };

  const finishParagraph = (p: Paragraph) => {
    const text = p.text.replace(/[ \t]+/g, ' ').trim();
    const cell = walker.cell;
    if (cell) {
      if (text !== '') cellTexts[cellTexts.length - 1]?.push(text);
      return;
    }
    if (walker.tableDepth > 0) return;
    bodyParagraphs++;
    if (text === '') return;
    const oneLine = text.replace(/\s+/g, ' ');
    handOver(oneLine.length <= 1000 ? oneLine : null);
    previousParagraph = lastParagraph;
    lastParagraph = oneLine.length <= 1000 ? oneLine : null;
    const style = styles.get(p.styleId);
    const level = style.headingLevel ?? (p.outlineLevel !== null ? p.outlineLevel + 1 : undefined);
    if (level !== undefined) {
      while (outline.length && outline[outline.length - 1].level >= level) outline.pop();
      if (outline.length < 64) outline.push({ level, text: oneLine });
      if (firstCodedHeading === null && proposalCodeIn(oneLine) !== null) firstCodedHeading = oneLine;
      pendingTitle = oneLine;
      ordinal = 0;
      return;
    }
    ordinal++;
    if (onParagraph && kept < MAX_PARAGRAPHS && oneLine.length <= 100_000) {
      kept++;
      const paragraph: DocumentParagraph = { index: bodyParagraphs, text: oneLine, headings: headingsNow(), ordinal, tablesBefore: tablesSoFar };
      if (p.numId !== null && p.numId !== '0') paragraph.list = { id: p.numId, level: p.level };
      else if (p.styleId !== null && LIST_STYLE.test(p.styleId)) paragraph.list = { id: `style:${p.styleId}`, level: 0 };
      onParagraph(paragraph);
    }
    const bold = p.boldChars > 0 && p.plainChars === 0;
    if (text.length <= MAX_TITLE_LENGTH && (style.caption || bold || TABLE_CAPTION.test(text))) pendingTitle = oneLine;
  };

  await parsePart(zip, part, {
    open(name, tag) {
      walker.open(name, tag);
      if (walker.skipping) return;
      const p = paragraphs[paragraphs.length - 1];
      switch (name) {
        case 'altChunk': {
          // Content Word shows in the body but that is no Word XML: reported where it stands.
          const id = attribute(tag, 'id');
          const part = id === null ? null : (ctx.relationships?.get(id) ?? null);
          const grid: SheetGrid = {
            name: `Indlejret indhold ${++embeddedCount}`,
            state: 'visible',
            rows: new Map(),
            merges: [],
            hiddenRows: new Set(),
            headings: headingsNow(),
            notRead: { kind: embeddedKind(part), part },
          };
          if (open.length) embeddedInTable.push(grid);
          else {
            handOver(null);
            visit(grid);
          }
          break;
        }
        case 'p':
          paragraphs.push({ text: '', styleId: null, numId: null, level: 0, outlineLevel: null, boldChars: 0, plainChars: 0 });
          break;
        case 'pPr':
          inParaProps = true;
          break;
        case 'pStyle':
          if (p && inParaProps) p.styleId = attribute(tag, 'val');
          break;
        case 'numId':
          if (p && inParaProps) p.numId = attribute(tag, 'val');
          break;
        case 'ilvl': {
          const level = Number(attribute(tag, 'val'));
          if (p && inParaProps && Number.isInteger(level) && level >= 0 && level <= 8) p.level = level;
          break;
        }
        case 'outlineLvl': {
          const level = Number(attribute(tag, 'val'));
          if (p && inParaProps && Number.isInteger(level) && level >= 0 && level <= 8) p.outlineLevel = level;
          break;
        }
        case 'r':
          runBold = null;
          break;
        case 'rPr':
          inRunProps = true;
          break;
        case 'b':
          if (inRunProps && !inParaProps) runBold = isOn(tag);
          break;
        case 't':
          inText = true;
          break;
        case 'tab':
          if (p && !inParaProps) p.text += ' ';
          break;
        case 'br':
        case 'cr':
          if (p) p.text += '\n';
          break;
        case 'noBreakHyphen':
          if (p) p.text += '-';
          break;
        case 'softHyphen':
          if (p) p.text += '\u00ad';
          break;
      }
    },
    text(text) {
      if (!inText || walker.skipping) return;
      const p = paragraphs[paragraphs.length - 1];
      if (!p) return;
      p.text += text;
      const bold = runBold ?? styles.get(p.styleId).bold;
      if (bold) p.boldChars += text.length;
      else p.plainChars += text.trim().length;
      if (p.text.length > 1_000_000) throw new InputError('too-large', file, 'a paragraph longer than 1.000.000 characters');
    },
    close(name) {
      if (!walker.skipping) {
        switch (name) {
          case 't':
            inText = false;
            break;
          case 'pPr':
            inParaProps = false;
            break;
          case 'rPr':
            inRunProps = false;
            break;
          case 'p': {
            const p = paragraphs.pop();
            if (p) finishParagraph(p);
            break;
          }
        }
      }
      walker.close(name);
    },
  });
  handOver(null);
}

function toSheet(t: TableBuilder): SheetGrid {
  const sheet: SheetGrid = {
    name: `Tabel ${t.n}`,
    state: 'visible',
    rows: t.rows,
    merges: t.merges,
    hiddenRows: new Set(),
    headings: t.headings,
  };
  if (t.caption) sheet.caption = t.caption;
  if (t.textAbove) sheet.textAbove = t.textAbove;
  return sheet;
}
