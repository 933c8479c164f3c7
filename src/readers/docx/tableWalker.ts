/**
 * The table structure of word/document.xml, from SAX events: which table (numbered 1, 2, … in the
 * order they start, so a nested table is numbered right after its parent), which grid row and grid
 * column each cell (`w:tc`) stands in — after `w:gridBefore` and the `w:gridSpan` of the cells
 * before it — and how it is merged (`w:gridSpan`, `w:vMerge`). Content controls (`w:sdt`) are
 * transparent. Content Word does not show as body text is skipped: the fallback copy of
 * alternate content (`mc:Fallback`, a duplicate of `mc:Choice`), text boxes, and the former
 * properties kept by tracked changes (`w:tcPrChange` …).
 *
 * A cell's `w:gridSpan` and a row's `w:gridBefore` reach at most to the table's grid (`w:tblGrid`)
 * or Word's 63 columns, whichever is wider: Word widens a grid that its rows overrun, but no table
 * it shows is wider than that, so one absurd span (100.000 columns) is cut there and the rest of
 * the document is read.
 *
 * The reader and the annotating writer both walk the document with this class, so a finding's
 * "Tabel N"!C8 names the same `w:tc` for both.
 */
import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../inputError';
import { intAttribute, attribute } from './wordXml';

/** Word itself nests tables at most 63 deep; deeper is a hostile file. */
export const MAX_TABLE_DEPTH = 64;
/** Excel's widest sheet; Word allows 63 columns. A row reaching past this is hostile. */
export const MAX_GRID_COLUMNS = 16_384;
/** The most columns a Word table has. */
export const WORD_MAX_COLUMNS = 63;
/** Deepest element nesting accepted at all (the parser keeps a stack of open elements). */
export const MAX_ELEMENT_DEPTH = 10_000;

/** Skipped: duplicates, text boxes, and the old properties of tracked formatting changes. */
const SKIPPED = new Set(['Fallback', 'txbxContent', 'tcPrChange', 'trPrChange', 'tblPrChange', 'tblPrExChange', 'tblGridChange', 'pPrChange', 'rPrChange']);

export interface WalkedCell {
  /** 1-based number of the table in the document. */
  table: number;
  /** 1-based grid row and column of the cell's top-left corner. */
  row: number;
  col: number;
  /** Grid columns the cell spans (`w:gridSpan`). */
  span: number;
  /** `w:vMerge`: 'restart' starts a vertical merge, 'continue' continues the one above. */
  vMerge: 'restart' | 'continue' | null;
}

interface OpenTable {
  n: number;
  row: number;
  col: number;
  cell: WalkedCell | null;
  /** Inside this table's current `w:tcPr` / `w:trPr` (not a nested table's). */
  inCellProps: boolean;
  inRowProps: boolean;
  /** Inside this table's `w:tblGrid`, and the `w:gridCol`s it has listed. */
  inGrid: boolean;
  gridColumns: number;
}

export interface TableWalkerHooks {
  tableOpen?(n: number): void;
  tableClose?(n: number): void;
  cellOpen?(cell: WalkedCell): void;
  cellClose?(cell: WalkedCell): void;
}

export class TableWalker {
  private readonly tables: OpenTable[] = [];
  private count = 0;
  private skipDepth = 0;
  private depth = 0;

  constructor(
    private readonly file: string,
    private readonly hooks: TableWalkerHooks = {},
  ) {}

  /** True while inside content that is skipped (the element being opened included). */
  get skipping(): boolean {
    return this.skipDepth > 0;
  }

  /** The innermost open cell, if any. */
  get cell(): WalkedCell | null {
    const t = this.tables[this.tables.length - 1];
    return t ? t.cell : null;
  }

  get tableDepth(): number {
    return this.tables.length;
  }

  /** Call for every opening tag (local name), before acting on it yourself. */
  open(name: string, tag: SaxesTagPlain): void {
    if (++this.depth > MAX_ELEMENT_DEPTH) {
      throw new InputError('too-large', this.file, `XML elements nested more than ${MAX_ELEMENT_DEPTH} deep`);
    }
    if (this.skipDepth > 0 || SKIPPED.has(name)) {
      this.skipDepth++;
      return;
    }
    const t = this.tables[this.tables.length - 1];
    switch (name) {
      case 'tbl': {
        if (this.tables.length >= MAX_TABLE_DEPTH) {
          throw new InputError('too-large', this.file, `tables nested more than ${MAX_TABLE_DEPTH} deep`);
        }
        const n = ++this.count;
        this.tables.push({ n, row: 0, col: 1, cell: null, inCellProps: false, inRowProps: false, inGrid: false, gridColumns: 0 });
        this.hooks.tableOpen?.(n);
        return;
      }
      case 'tr':
        if (t && !t.cell) {
          t.row++;
          t.col = 1;
        }
        return;
      case 'tblGrid':
        if (t && !t.cell && t.row === 0) t.inGrid = true;
        return;
      case 'gridCol':
        if (t && t.inGrid) t.gridColumns++;
        return;
      case 'trPr':
        if (t && !t.cell) t.inRowProps = true;
        return;
      case 'gridBefore':
        if (t && t.inRowProps) this.advance(t, Math.min(Math.max(0, intAttribute(tag, 'val', 0)), this.columnsLeft(t)));
        return;
      case 'tc':
        if (t && !t.cell && t.row > 0) {
          t.cell = { table: t.n, row: t.row, col: t.col, span: 1, vMerge: null };
          this.hooks.cellOpen?.(t.cell);
        }
        return;
      case 'tcPr':
        if (t && t.cell) t.inCellProps = true;
        return;
      case 'gridSpan':
        if (t && t.cell && t.inCellProps) t.cell.span = Math.max(1, Math.min(intAttribute(tag, 'val', 1), this.columnsLeft(t)));
        return;
      case 'vMerge':
        if (t && t.cell && t.inCellProps) t.cell.vMerge = attribute(tag, 'val') === 'restart' ? 'restart' : 'continue';
        return;
    }
  }

  /** Call for every closing tag (local name), after acting on it yourself. */
  close(name: string): void {
    this.depth--;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const t = this.tables[this.tables.length - 1];
    if (!t) return;
    switch (name) {
      case 'tbl':
        this.tables.pop();
        this.hooks.tableClose?.(t.n);
        return;
      case 'tblGrid':
        t.inGrid = false;
        return;
      case 'trPr':
        t.inRowProps = false;
        return;
      case 'tcPr':
        t.inCellProps = false;
        return;
      case 'tc':
        if (t.cell) {
          const cell = t.cell;
          t.cell = null;
          t.inCellProps = false;
          this.advance(t, cell.span);
          this.hooks.cellClose?.(cell);
        }
        return;
    }
  }

  /** Grid columns from the row's current column to the widest the table can be (see above). */
  private columnsLeft(t: OpenTable): number {
    const widest = Math.min(MAX_GRID_COLUMNS, Math.max(t.gridColumns, WORD_MAX_COLUMNS));
    const from = t.cell ? t.cell.col : t.col;
    return Math.max(0, widest - from + 1);
  }

  private advance(t: OpenTable, columns: number): void {
    t.col += columns;
    if (t.col > MAX_GRID_COLUMNS + 1) {
      throw new InputError('too-large', this.file, `a row of table ${t.n} spans more than ${MAX_GRID_COLUMNS} grid columns`);
    }
  }
}
