/**
 * The core's data model. Readers (ExcelJS-free streaming .xlsx reader for Node, Office.js in Excel)
 * turn a workbook into `WorkbookGrid`s; detection turns grids into `TableBlock`s; rules turn tables
 * into `Finding`s. Nothing here knows about files, Office.js or the terminal.
 */
import type Decimal from 'decimal.js';

/** An Excel error value such as `#REF!` or `#VALUE!`. */
export interface CellErrorValue {
  error: string;
}

/** What a cell holds: a literal, or for a formula its cached result (null when never calculated). */
export type CellValue = string | number | boolean | Date | CellErrorValue | null;

export interface Cell {
  /** 1-based row number. */
  row: number;
  /** 1-based column number (A = 1). */
  col: number;
  value: CellValue;
  /** Formula text without the leading "=", when the cell holds a formula. */
  formula?: string;
  /** The cell's number format code, e.g. "#,##0", when it has one. */
  numFmt?: string;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (Insert › Table) as the workbook's table part describes it. */
export interface ExcelTablePart {
  /** The table's name as formulas use it, e.g. "Tabel1". */
  name: string;
  range: CellRange;
  /** 0 or 1: header rows at the top of `range`. */
  headerRowCount: number;
  /** 0 or 1: totals rows at the bottom of `range`. */
  totalsRowCount: number;
  /** Column names, left to right. */
  columns: string[];
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** One worksheet as a sparse grid: row number → (column number → cell). Empty cells are absent. */
export interface SheetGrid {
  name: string;
  state: SheetState;
  rows: Map<number, Map<number, Cell>>;
  /** Merged ranges; the value lives in the top-left cell. */
  merges: CellRange[];
  /** Row numbers hidden in Excel (still counted by SUM, so still checked). */
  hiddenRows: Set<number>;
  /**
   * A table read from a Word document: its title as the document gives it (the caption or heading
   * just above it, e.g. "Tabel 1. Forslagets samlede økonomiske konsekvenser"), outside the grid.
   */
  caption?: string;
  /** A Word table: the paragraph just above it when that is not its caption ("Alle beløb er i 1.000 kr., 2027-priser"). */
  textAbove?: string;
  /** A Word table: the first paragraph under it ("Anm.: Alle beløb er i hele 1000 kr."). */
  textBelow?: string;
  /**
   * A table read from a Word document: the headings it stands under, outermost first (the
   * document's title first when no heading names the proposal), e.g. ["BC01 Test af AI-tolk …",
   * "2. Økonomi"]. The nearest one that starts with a proposal code gives the table's code.
   */
  headings?: string[];
  excelTables?: ExcelTablePart[];
  /**
   * Content found where this grid stands but not read (a Word altChunk: a web page, a workbook or
   * another document that Word shows in the body). The grid itself is then empty.
   */
  notRead?: NotReadContent;
}

/**
 * A paragraph of a Word document's body text (outside tables), or the text of a long text cell of a
 * workbook: what the text rules read amounts from.
 */
export interface DocumentParagraph {
  /**
   * Word: position among the body's paragraphs in document order, 1-based, empty ones counted (the
   * annotated copy finds the paragraph by it). Workbook: the cell's row.
   */
  index: number;
  text: string;
  /** The headings it stands under, outermost first (as `SheetGrid.headings`). */
  headings: string[];
  /** Its place among the non-empty body paragraphs under its nearest heading, 1-based ("1. afsnit"). */
  ordinal: number;
  /** A list item (Word numbering, or a bullet or "1)" typed at its start): the list's id and the item's level. */
  list?: { id: string; level: number };
  /** How many tables of the document stand before it (0: above the first table). */
  tablesBefore: number;
  /** A workbook's text cell: its sheet and A1 address. */
  sheet?: string;
  cell?: string;
}

/** What kind of content was found and not read, and the package part holding it. */
export interface NotReadContent {
  kind: 'html' | 'workbook' | 'document' | 'text' | 'other';
  /** The part holding it ("word/afchunk.htm"); null when it is outside the package. */
  part: string | null;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** A Word document's body paragraphs in document order (absent for workbooks). */
  paragraphs?: DocumentParagraph[];
  /**
   * True when the grid holds only part of the workbook (the active sheet or a selection): rules
   * that need every sheet (a proposal missing from the workbook) then stay silent.
   */
  partial?: boolean;
  /** The workbook's defined names (Formulas › Name Manager), workbook and sheet scope. */
  definedNames?: DefinedName[];
  /** How the workbook asks to be calculated; absent when the reader cannot tell. */
  calculation?: WorkbookCalculation;
}

/** A defined name: what a formula's `Udgifter` or `Budget!Udgifter` stands for. */
export interface DefinedName {
  name: string;
  /** The sheet a sheet-scoped name belongs to; absent for a workbook-wide name. */
  sheet?: string;
  /** What the name refers to, as formula text without "=", e.g. "Budget!$C$5:$C$8". */
  refersTo: string;
}

export interface WorkbookCalculation {
  /**
   * The workbook asks Excel to recalculate every formula when it opens (calcPr fullCalcOnLoad): a
   * writer that does not calculate sets it, and its saved results (often 0) cannot be trusted.
   */
  fullCalcOnLoad: boolean;
}

/** What a reader knows of the workbook before its sheets: handed to the analysis first. */
export interface WorkbookFacts {
  /** Sheet names in workbook order, chart sheets included (3-D references span them). */
  sheetNames: string[];
  definedNames: DefinedName[];
  calculation?: WorkbookCalculation;
}

export type Severity = 'error' | 'warning' | 'info';

export type RuleCode =
  | 'TOTAL_MISMATCH'
  | 'TOTAL_ROUNDING'
  | 'TOTAL_FORMULA_RANGE'
  | 'TOTAL_ROW_MISSING'
  | 'PRICE_LEVEL_MISSING'
  | 'PRICE_LEVEL_MISMATCH'
  | 'UNIT_MISSING'
  | 'UNIT_MISMATCH'
  | 'YEARS_MISMATCH'
  | 'STYRINGSOMRAADE_MISSING'
  | 'STYRINGSOMRAADE_UNKNOWN'
  | 'NUMBER_STORED_AS_TEXT'
  | 'AMOUNT_NOT_NUMERIC'
  | 'CELL_ERROR'
  | 'FORMULA_NOT_CALCULATED'
  | 'CROSS_TABLE_MISMATCH'
  | 'CROSS_TABLE_ROUNDING'
  | 'CROSS_TABLE_UNCHECKED'
  | 'PROPOSAL_NOT_FOUND'
  | 'AMOUNT_FORMAT'
  | 'HIDDEN_ROW_COUNTED'
  | 'TOTAL_SKIPS_TEXT'
  | 'HERAF_EXCEEDS'
  | 'DIFFERENCE_MISMATCH'
  | 'TOTAL_UNCLEAR'
  | 'TEXT_TABLE_MISMATCH'
  | 'TEXT_SUM_MISMATCH'
  | 'EMBEDDED_NOT_READ';

export type Lang = 'da' | 'en';

/** A word or phrase the message needs in the reader's language, e.g. a kind of table. */
export interface LocalizedText {
  da: string;
  en: string;
}

/** Values a message template may interpolate. Decimals are formatted per language. */
export type MessageParam = string | number | Decimal | string[] | LocalizedText;

/** A finding as the core produces it: language-neutral, rendered to text by `renderMessage`. */
export interface Finding {
  rule: RuleCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding points at, e.g. "C8". */
  cell: string;
  /** Id of the table (`TableBlock.id`) the finding belongs to, if any. */
  table?: string;
  /** Which message variant of the rule to use (a rule may have several, e.g. "duplicate"). */
  variant?: string;
  params: Record<string, MessageParam>;
  expected?: Decimal;
  actual?: Decimal;
  difference?: Decimal;
  /**
   * A finding that reconciles workbooks of one case (an overview in one file, the proposal in
   * another): the name the caller gave the workbook holding the other side, e.g. its file path.
   */
  otherFile?: string;
  /**
   * A finding read from a sentence: where it stands, in words ("Afsnit 2. Økonomi, 1. afsnit") and as
   * the paragraph's `DocumentParagraph.index` with the sentence's span in its text (the annotated
   * copy puts its comment there).
   */
  paragraph?: LocalizedText;
  textAt?: { paragraph: number; start: number; end: number };
}

/**
 * `list`: items with amount columns named by their header ("Beløb", "Markedsværdi") and a foot total;
 * no years, styringsområde or p/l. `followup`: budget variants of a year (Oprindeligt / Korrigeret
 * budget, Forventet regnskab, Afvigelse). `period`: months or quarters with their totals.
 */
export type TableKind = 'proposal' | 'overview' | 'list' | 'followup' | 'period';

/** The kinds of table the template sets a price level for. */
export type CostTableKind = 'proposal' | 'overview';

/** Unit of amounts: canonical keys; "t.kr." is 1.000 kr. */
export type UnitKey = 'kr.' | 't.kr.' | 'mio. kr.' | 'mia. kr.';

/** The "1.000 kr. 2027 p/l" label of a table, as found and as understood. */
export interface TableLabel {
  text: string;
  sheet: string;
  cell: string;
  row: number;
  col: number;
  unit: UnitKey | null;
  /** The unit as written, e.g. "1.000 kr.". */
  unitText: string | null;
  /** The p/l year, e.g. 2027; null when the label states none. */
  priceLevel: number | null;
  /** True when the label says "p/l" (or "pris- og lønniveau") but gives no year. */
  priceLevelWithoutYear: boolean;
  /** True when the label says "løbende priser" (current prices). */
  currentPrices: boolean;
}

/** How an amount cell reads. */
export type AmountStatus =
  | 'empty' // blank, "-" or "–"
  | 'number' // a real number (literal or a formula's cached number)
  | 'text-number' // text that reads as an amount ("1.045", "(300)", "−300")
  | 'not-numeric' // text that is no amount ("ca. 200", "n/a")
  | 'error' // an Excel error (#REF!, …), literal or as a formula's result
  | 'uncalculated' // a formula with no cached result
  | 'percent' // a number formatted as a percentage: it shows no amount
  | 'date'; // a number formatted as a date or time: it shows no amount

export interface AmountCell {
  readonly row: number;
  readonly col: number;
  /** A1 address. */
  readonly address: string;
  readonly status: AmountStatus;
  /**
   * The amount as the cell shows it, when status is number or text-number; otherwise null. In the
   * unit shown: a format that scales (`#,##0,`) divides by 1.000, and the figure is rounded to the
   * decimals the format shows. Made on each read: keep it if you need it twice.
   */
  readonly amount: Decimal | null;
  /** Decimals the cell's number format shows; null for General, text or no format (the value's own decimals count). */
  readonly decimals: number | null;
  /** The stored value is `amount × scale` (1.000 for `#,##0,`, 1.000.000 for `0.0,,`); absent means 1. */
  readonly scale?: number;
  /** The cell's number format code, when it has one. */
  readonly numFmt?: string;
  /** A unit written as a literal in the cell's number format (`"kr." #,##0` → "kr."), if any. */
  readonly unitInFormat?: UnitKey;
  /** Raw cell value as read. */
  raw: CellValue;
  formula?: string;
  /** A unit written in the cell itself ("1.300 kr." → "kr."), if any. */
  unitInCell?: string;
}

/** An amount column of a table: a budget year (proposal tables) or a styringsområde (overview). */
export interface AmountColumn {
  col: number;
  /** A1 address of the header cell. */
  address: string;
  header: string;
  year?: number;
  /** Canonical styringsområde for overview columns; null when the header names an unknown one. */
  styringsomraade?: string | null;
  /**
   * What the column holds when it is not a plain additive amount: a total across other columns
   * ("I alt", "Hele året", "1. kvt."), a difference of two others ("Afvigelse"), or figures that are
   * never summed ("Akkumuleret", "%", "Antal").
   */
  role?: 'total' | 'difference' | 'nonAdditive';
  /** For a difference the table itself spells out ("F=(D-E)" in a row of column letters): the columns (indices) it is minuend − subtrahend of. */
  operands?: [number, number];
  /** Months the column covers (period tables: 1–12; quarter 1 = 1–3, the year = 1–12). */
  period?: { from: number; to: number };
}

/**
 * `heraf`: a part of the row above, already in it ("heraf licenser"), never summed into totals.
 * `nonAdditive`: figures that are never summed ("Akkumuleret", "Tilbagebetalingstid (år)", "%").
 */
export type RowKind = 'section' | 'item' | 'total' | 'netTotal' | 'heraf' | 'nonAdditive';

export interface StyringsomraadeCell {
  text: string;
  address: string;
  /** Canonical name from the template, or null when unknown. */
  canonical: string | null;
}

export interface TableRow {
  row: number;
  kind: RowKind;
  label: string;
  /** A1 address of the label cell (first column of the table when the label is empty). */
  labelAddress: string;
  /** The styringsområde cell (proposal tables with such a column); null when the table has none. */
  styringsomraade: StyringsomraadeCell | null;
  /** One entry per `TableBlock.columns`, same order. */
  amounts: AmountCell[];
  /** Overview tables: the proposal code named in the row (e.g. "BC01"). */
  proposalCode?: string;
  /** True when the row is hidden in Excel (SUM still counts it; the printed table does not show it). */
  hidden?: boolean;
}

/** A stated total and the rows it totals (indices into `TableBlock.rows`). */
export interface TotalGroup {
  kind: 'block' | 'net';
  totalRow: number;
  /** The most plausible reading of what the total counts; findings quote this one. */
  memberRows: number[];
  /**
   * Other sensible readings (own block, every item above, the subtotals above, the periods it
   * covers): the total is right when it matches any of them. Absent: `memberRows` is the only one.
   */
  candidates?: TotalScope[];
}

/** One reading of what a total counts. */
export interface TotalScope {
  kind: 'block' | 'sinceTotal' | 'subtotals' | 'table' | 'period';
  memberRows: number[];
}

/** A column that totals other columns in every row ("I alt" right of the years, "1. kvt." after three months). */
export interface ColumnTotal {
  /** Index into `TableBlock.columns`. */
  column: number;
  memberColumns: number[];
  /** Other readings (e.g. the quarters instead of the months). */
  candidates?: number[][];
}

/** A block of amount rows with no total row (indices into `TableBlock.rows`). */
export interface UntotalledBlock {
  memberRows: number[];
}

export interface TableBlock {
  /** Stable id: "Sheet!A3:H9". */
  id: string;
  sheet: string;
  kind: TableKind;
  range: CellRange;
  /** A1 range, e.g. "A3:H9". */
  rangeA1: string;
  headerRow: number;
  /** A1 address of the table's first header cell: whole-table findings point here. */
  firstHeaderCell: string;
  title: string | null;
  label: TableLabel | null;
  unit: UnitKey | null;
  priceLevel: number | null;
  /** Years of the year columns as they stand (proposal tables), in column order. */
  years: number[];
  columns: AmountColumn[];
  /** Column of the styringsområde (proposal tables); null when the table has none. */
  styringsomraadeCol: number | null;
  styringsomraadeHeader: string | null;
  rows: TableRow[];
  totals: TotalGroup[];
  untotalled: UntotalledBlock[];
  /** Columns that total other columns row by row; absent when the table has none. */
  columnTotals?: ColumnTotal[];
  /** The proposal this table belongs to (from the sheet name or a title cell), e.g. "BC01". */
  proposalCode: string | null;
  /** Word tables: the headings the table stands under (`SheetGrid.headings`), for the report. */
  headings?: string[];
  /**
   * How the table was found: by the words of a layout we know (absent), by its shape (`shape`), or
   * from an Excel table's part (`excelTable`).
   */
  foundBy?: 'shape' | 'excelTable';
  /**
   * Rows that are the difference of two rows above them in every column ("Overskud" = "Indtægter i
   * alt" − "Udgifter"), found from the numbers (indices into `rows`).
   */
  differenceRows?: Array<{
    row: number;
    minuend: number;
    subtrahend: number;
    /**
     * Every term, where the row is more than one row less another, as its label spells it out
     * ("Nettodriftsudgifter (4=1-2-3)", "BNP (3+4-5)"): then it is held to them all, in every column
     * of amounts that add up.
     */
    terms?: Array<{ row: number; sign: 1 | -1 }>;
  }>;
  /** Labelled totals whose numbers fit no reading of what they count (indices into `rows`): an info. */
  unplacedTotals?: Array<{ row: number }>;
}

export interface AnalysisResult {
  tables: TableBlock[];
  findings: Finding[];
}
