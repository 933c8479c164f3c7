/**
 * A checked table converted to another price level, as the cells of a new sheet: the table copied
 * at the same addresses (so its formulas still point at the right cells), the converted amounts in
 * place of the old ones, the rewritten label. Pure; the Office.js layer writes the cells.
 */
import { storedValue, type Cell, type CellValue, type ConvertedCell, type SheetGrid, type TableBlock, type WorkbookGrid } from '../core';
import type { NewSheetCell } from '../office';

/** What buildConvertedSheet needs of the core's ConversionOk. */
export interface TableConversion {
  cells: Pick<ConvertedCell, 'row' | 'col' | 'address' | 'amount' | 'formula' | 'scale'>[];
  label: { address: string; text: string } | null;
}

function cellLiteral(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.error;
}

function sourceCell(cell: Cell): NewSheetCell {
  const out: NewSheetCell = { address: '' };
  if (cell.formula) out.formula = cell.formula;
  else out.value = cellLiteral(cell.value);
  if (cell.numFmt) out.numFmt = cell.numFmt;
  return out;
}

/**
 * The cells of the new sheet: the table copied at the same addresses (so its formulas still point
 * at the right cells), the converted amounts in place of the old ones, the rewritten label.
 */
export function buildConvertedSheet(sheet: SheetGrid, table: TableBlock, conversion: TableConversion, toA1: (row: number, col: number) => string): NewSheetCell[] {
  const cells = new Map<string, NewSheetCell>();
  const { top, left, bottom, right } = table.range;
  const labelRow = table.label && table.label.row < top ? table.label.row : top;
  for (let r = labelRow; r <= bottom; r++) {
    const row = sheet.rows.get(r);
    if (!row) continue;
    for (const [c, cell] of row) {
      if (c < left || c > right) continue;
      const address = toA1(r, c);
      cells.set(address, { ...sourceCell(cell), address });
    }
  }
  for (const c of conversion.cells) {
    const prev = cells.get(c.address);
    const out: NewSheetCell = c.formula ? { address: c.address, formula: c.formula } : { address: c.address, value: storedValue(c) };
    if (prev?.numFmt) out.numFmt = prev.numFmt;
    cells.set(c.address, out);
  }
  if (conversion.label) cells.set(conversion.label.address, { address: conversion.label.address, value: conversion.label.text });
  return [...cells.values()];
}

export function sheetOf(workbook: WorkbookGrid | null, name: string): SheetGrid | undefined {
  return workbook?.sheets.find((s) => s.name === name);
}

/** A base name for the new sheet: "BC01 2026 p-l" (sheet names allow no "/"). */
export function convertedSheetName(table: TableBlock, to: number): string {
  const base = (table.proposalCode ?? table.sheet).replace(/[\\/?*[\]:]/g, ' ').trim();
  return `${base} ${to} p-l`.slice(0, 31);
}
