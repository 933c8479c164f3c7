/**
 * Finding → fix. One fixer per rule code that has a fix the checker can be sure of; everything
 * that needs a person's judgement (AMOUNT_NOT_NUMERIC, CROSS_TABLE_MISMATCH, …) has none, and the
 * finding's message says what to look at. A fix only ever edits cells inside its finding's table.
 */
import Decimal from 'decimal.js';
import { a1, parseA1 } from '../a1';
import { readAmountText } from '../danishNumber';
import { StyringsomraadeMatcher } from '../detect/styringsomraade';
import type { AmountCell, AnalysisResult, Cell, Finding, RuleCode, TableBlock, TotalGroup, WorkbookGrid } from '../model';
import { rewritePriceLevelLabel } from '../priceLevel/label';
import { unitNames } from '../rules/unitMismatch';
import type { Template } from '../templates/template';
import type { CellContent, CellEdit, FixMode, ProposedFix } from './model';

interface FixContext {
  template: Template;
  table: TableBlock;
  /** The cell's content as read (an absent cell is empty). */
  content(address: string): CellContent;
  matcher: StyringsomraadeMatcher;
}

type Fixer = (finding: Finding, ctx: FixContext) => Omit<ProposedFix, 'rule' | 'sheet' | 'cell' | 'table'> | null;

const EMPTY: CellContent = { value: null };

function isEmpty(c: CellContent): boolean {
  return c.formula === undefined && (c.value === null || (typeof c.value === 'string' && c.value.trim() === ''));
}

/** A number's format when it was typed as text: the cell's own, unless that is none, General or Text. */
function numberFormatFor(before: CellContent, amount: Decimal): string {
  const own = before.numFmt;
  if (own && own !== 'General' && own !== '@') return own;
  const places = amount.decimalPlaces();
  return places > 0 ? `#,##0.${'0'.repeat(places)}` : '#,##0';
}

function edit(ctx: FixContext, address: string, after: CellContent): CellEdit {
  return { sheet: ctx.table.sheet, address, before: ctx.content(address), after };
}

/** The text cell `address` as a number, or null when it is no plain text amount. */
function textToNumber(ctx: FixContext, address: string): CellEdit | null {
  const before = ctx.content(address);
  if (before.formula !== undefined || typeof before.value !== 'string') return null;
  const reading = readAmountText(before.value);
  // "1.300 kr." in a table of 1.000 kr.: which unit is meant is a person's call, not a fix.
  if (reading.kind !== 'amount' || reading.unit !== undefined) return null;
  return edit(ctx, address, { value: reading.amount.toNumber(), numFmt: numberFormatFor(before, reading.amount) });
}

/** Every plain text amount among `cells` as a number (cells with a formula or a unit of their own are left). */
function textAmountsToNumbers(ctx: FixContext, cells: AmountCell[]): CellEdit[] {
  return cells
    .filter((a) => a.status === 'text-number' && a.formula === undefined)
    .map((a) => textToNumber(ctx, a.address))
    .filter((e): e is CellEdit => e !== null);
}

/** The total group and column whose stated total is at `address`. */
function totalAt(table: TableBlock, address: string): { group: TotalGroup; column: number } | null {
  for (const group of table.totals) {
    const amounts = table.rows[group.totalRow].amounts;
    const column = amounts.findIndex((a) => a.address === address);
    if (column >= 0) return { group, column };
  }
  return null;
}

/** "SUM(C5:C7,C9)": the member rows of one column, consecutive rows as one range. */
export function sumFormula(rows: number[], col: number): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? a1(sorted[i], col) : `${a1(sorted[i], col)}:${a1(sorted[j], col)}`);
    i = j + 1;
  }
  return `SUM(${parts.join(',')})`;
}

/** The row and column total ("I alt" right of the years) whose stated total is at `address`. */
function columnTotalAt(table: TableBlock, address: string): { row: TableBlock['rows'][number]; members: number[] } | null {
  for (const ct of table.columnTotals ?? []) {
    for (const row of table.rows) if (row.amounts[ct.column]?.address === address) return { row, members: ct.memberColumns };
  }
  return null;
}

/** "SUM(B4:D4,F4)": cells of one row, consecutive columns as one range. */
export function rowSumFormula(row: number, cols: number[]): string {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? a1(row, sorted[i]) : `${a1(row, sorted[i])}:${a1(row, sorted[j])}`);
    i = j + 1;
  }
  return `SUM(${parts.join(',')})`;
}

/** Excel's SUM of the cells: numbers added, text skipped. */
function excelSum(ctx: FixContext, addresses: string[]): number {
  let result = new Decimal(0);
  for (const address of addresses) {
    const v = ctx.content(address).value;
    if (typeof v === 'number' && Number.isFinite(v)) result = result.plus(v);
  }
  return result.toNumber();
}

/**
 * The stated total replaced by a SUM of exactly what it counts, with the result Excel would give:
 * the rows above it, or — for an "I alt" column — the row's year cells. A cell that is both (the
 * corner of a total row and a total column) has two readings: no fix.
 */
function sumOfMembers(ctx: FixContext, finding: Finding): CellEdit | null {
  const at = totalAt(ctx.table, finding.cell);
  const across = columnTotalAt(ctx.table, finding.cell);
  if (at && across) return null;
  if (across) {
    const cells = across.members.map((k) => across.row.amounts[k]);
    if (cells.length === 0) return null;
    const before = ctx.content(finding.cell);
    const formula = rowSumFormula(across.row.row, cells.map((c) => c.col));
    return edit(ctx, finding.cell, { value: excelSum(ctx, cells.map((c) => c.address)), formula, numFmt: before.numFmt });
  }
  if (!at) return null;
  const members = at.group.memberRows.map((m) => ctx.table.rows[m].amounts[at.column]);
  if (members.length === 0) return null;
  const col = parseA1(finding.cell).col;
  // Excel's SUM adds numbers and skips text: the cached result says what Excel will show.
  let result = new Decimal(0);
  for (const m of members) {
    const c = ctx.content(m.address);
    if (typeof c.value === 'number' && Number.isFinite(c.value)) result = result.plus(c.value);
  }
  const before = ctx.content(finding.cell);
  return edit(ctx, finding.cell, { value: result.toNumber(), formula: sumFormula(members.map((m) => m.row), col), numFmt: before.numFmt });
}

function labelText(template: Template, year: number): string | null {
  if (!template.unit) return null;
  return `${unitNames[template.unit]} ${year} p/l`;
}

const fixers: Partial<Record<RuleCode, Fixer>> = {
  NUMBER_STORED_AS_TEXT(finding, ctx) {
    if (finding.variant === 'column') {
      // A column typed as text: one warning, one fix for every text amount of that column.
      const column = ctx.table.columns.findIndex((c) => c.col === parseA1(finding.cell).col);
      if (column < 0) return null;
      const edits = textAmountsToNumbers(ctx, ctx.table.rows.map((r) => r.amounts[column]));
      return edits.length ? { mode: 'certain', edits, description: { da: `Gør ${edits.length} tekstbeløb til tal`, en: `Make ${edits.length} text amounts numbers` } } : null;
    }
    const e = textToNumber(ctx, finding.cell);
    return e && { mode: 'certain', edits: [e], description: { da: `Gør ${finding.cell} til et tal`, en: `Make ${finding.cell} a number` } };
  },

  STYRINGSOMRAADE_UNKNOWN(finding, ctx) {
    const before = ctx.content(finding.cell);
    if (before.formula !== undefined || typeof before.value !== 'string') return null;
    const suggestion = ctx.matcher.suggestUnique(before.value);
    if (!suggestion) return null;
    return {
      mode: 'certain',
      edits: [edit(ctx, finding.cell, { value: suggestion, numFmt: before.numFmt })],
      description: { da: `Ret "${before.value}" til "${suggestion}"`, en: `Change "${before.value}" to "${suggestion}"` },
    };
  },

  PRICE_LEVEL_MISSING(finding, ctx) {
    const year = ctx.template.priceLevel[ctx.table.kind as 'proposal' | 'overview'];
    if (year === null || year === undefined) return null;
    const before = ctx.content(finding.cell);
    if (before.formula !== undefined) return null;
    const label = ctx.table.label;
    let text: string | null;
    if (!label) text = isEmpty(before) ? labelText(ctx.template, year) : null;
    else text = label.cell === finding.cell && before.value === label.text ? rewritePriceLevelLabel(label.text, year) : null;
    if (!text) return null;
    return { mode: 'certain', edits: [edit(ctx, finding.cell, { value: text, numFmt: before.numFmt })], description: { da: `Skriv "${text}"`, en: `Write "${text}"` } };
  },

  UNIT_MISSING(finding, ctx) {
    const label = ctx.table.label;
    const before = ctx.content(finding.cell);
    if (!label || !ctx.template.unit || label.cell !== finding.cell || before.value !== label.text || before.formula !== undefined) return null;
    const text = `${unitNames[ctx.template.unit]} ${label.text.trim()}`;
    return { mode: 'certain', edits: [edit(ctx, finding.cell, { value: text, numFmt: before.numFmt })], description: { da: `Skriv "${text}"`, en: `Write "${text}"` } };
  },

  PRICE_LEVEL_MISMATCH(finding, ctx) {
    // Only right if the amounts already are in the required p/l: a person must say so.
    const label = ctx.table.label;
    const required = ctx.template.priceLevel[ctx.table.kind as 'proposal' | 'overview'];
    const before = ctx.content(finding.cell);
    if (!label || required === null || required === undefined || label.cell !== finding.cell || before.value !== label.text || before.formula !== undefined) return null;
    const text = rewritePriceLevelLabel(label.text, required, label.priceLevel);
    return {
      mode: 'choice',
      edits: [edit(ctx, finding.cell, { value: text, numFmt: before.numFmt })],
      description: {
        da: `Skriv "${text}" — kun hvis beløbene allerede er i ${required} p/l; ellers omregn tabellen`,
        en: `Write "${text}" — only if the amounts already are in ${required} p/l; otherwise convert the table`,
      },
    };
  },

  TOTAL_FORMULA_RANGE(finding, ctx) {
    const e = sumOfMembers(ctx, finding);
    return e && { mode: 'certain', edits: [e], description: { da: `Formlen bliver =${e.after.formula}`, en: `The formula becomes =${e.after.formula}` } };
  },

  TOTAL_MISMATCH(finding, ctx) {
    const e = sumOfMembers(ctx, finding);
    return (
      e && {
        mode: 'choice',
        edits: [e],
        description: {
          da: `Erstat den angivne total med =${e.after.formula}`,
          en: `Replace the stated total by =${e.after.formula}`,
        },
      }
    );
  },
  TOTAL_SKIPS_TEXT(finding, ctx) {
    // The rows typed as text become numbers; the formula then gives the right total.
    const at = totalAt(ctx.table, finding.cell);
    if (!at) return null;
    const members = at.group.memberRows.map((m) => ctx.table.rows[m].amounts[at.column]);
    const edits = textAmountsToNumbers(ctx, members);
    if (edits.length === 0) return null;
    // The total keeps its formula; its saved result becomes what Excel will calculate once the rows
    // are numbers (so a copy reads right before Excel recalculates it).
    const total = ctx.content(finding.cell);
    if (total.formula === undefined) return null;
    const written = new Map(edits.map((e) => [e.address, e.after.value]));
    let sum = new Decimal(0);
    for (const m of members) {
      const v = written.has(m.address) ? written.get(m.address) : ctx.content(m.address).value;
      if (typeof v === 'number' && Number.isFinite(v)) sum = sum.plus(v);
    }
    edits.push(edit(ctx, finding.cell, { ...total, value: sum.toNumber() }));
    return { mode: 'certain', edits, description: { da: `Gør ${edits.length} tekstbeløb til tal`, en: `Make ${edits.length} text amounts numbers` } };
  },
};

/** The codes that can have a fix. */
export const fixableCodes: ReadonlySet<RuleCode> = new Set(Object.keys(fixers) as RuleCode[]);

function within(table: TableBlock, address: string): boolean {
  const { row, col } = parseA1(address);
  const r = table.range;
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function contentOf(cell: Cell | undefined): CellContent {
  if (!cell) return EMPTY;
  const c: CellContent = { value: cell.value };
  if (cell.formula !== undefined) c.formula = cell.formula;
  if (cell.numFmt !== undefined) c.numFmt = cell.numFmt;
  return c;
}

/**
 * The fixes for a checked workbook's findings, in the findings' order; one fix per cell (a total
 * with two TOTAL_FORMULA_RANGE findings gets one), none that would edit outside its table.
 */
export function proposeFixes(workbook: WorkbookGrid, result: AnalysisResult, template: Template): ProposedFix[] {
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const tables = new Map(result.tables.map((t) => [t.id, t]));
  const matcher = new StyringsomraadeMatcher(template.styringsomraader);
  const fixes: ProposedFix[] = [];
  const seen = new Set<string>();
  for (const finding of result.findings) {
    const fixer = fixers[finding.rule];
    const table = finding.table ? tables.get(finding.table) : undefined;
    const sheet = sheets.get(finding.sheet);
    if (!fixer || !table || !sheet) continue;
    const key = `${finding.rule}\u0000${finding.sheet}\u0000${finding.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const content = (address: string): CellContent => {
      const { row, col } = parseA1(address);
      return contentOf(sheet.rows.get(row)?.get(col));
    };
    const fix = fixer(finding, { template, table, content, matcher });
    if (!fix || fix.edits.length === 0 || !fix.edits.every((e) => e.sheet === table.sheet && within(table, e.address))) continue;
    fixes.push({ rule: finding.rule, sheet: finding.sheet, cell: finding.cell, ...(finding.table ? { table: finding.table } : {}), ...fix });
  }
  return fixes;
}

export type { FixMode };
