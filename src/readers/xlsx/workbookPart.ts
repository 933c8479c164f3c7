/**
 * Package structure: _rels/.rels → the workbook part; xl/workbook.xml → sheets in workbook order
 * (name, state, relationship id) and the 1904 date system flag; xl/_rels/workbook.xml.rels → the
 * part of each sheet, the shared strings and the styles; the defined names and calcPr of the
 * workbook part; a sheet's _rels → its Excel tables' parts (xl/tables/tableN.xml).
 */
import type { CellRange, DefinedName, ExcelTablePart, SheetState, WorkbookCalculation } from '../../core';
import { InputError } from '../inputError';
import type { XlsxZip } from './zip';
import { parseRangeRef } from './sheetPart';
import { decodeXString } from './xmlStringEscapes';
import { parsePart } from './xml';

export interface Relationship {
  id: string;
  /** Last path segment of the relationship type URI, e.g. "worksheet", "sharedStrings". */
  type: string;
  /** Resolved part name inside the zip, e.g. "xl/worksheets/sheet1.xml"; null for external targets. */
  target: string | null;
}

export interface SheetEntry {
  name: string;
  state: SheetState;
  relId: string | null;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  /** Defined names a formula may use (Excel's own `_xlnm.` names, such as the print area, left out). */
  definedNames: DefinedName[];
  /** Absent when the workbook part has no calcPr. */
  calculation?: WorkbookCalculation;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (package) → "_rels/.rels". */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the directory of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  let path: string;
  if (target.startsWith('/')) path = target.slice(1);
  else {
    const slash = sourcePart.lastIndexOf('/');
    path = sourcePart.slice(0, slash + 1) + target;
  }
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  let joined = out.join('/');
  try {
    joined = decodeURIComponent(joined);
  } catch {
    // not percent-encoded after all
  }
  return joined;
}

export async function readRelationships(zip: XlsxZip, sourcePart: string): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  await parsePart(zip, relsPartFor(sourcePart), {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const a = tag.attributes;
      const id = a.Id;
      const type = a.Type ?? '';
      const target = a.Target;
      if (typeof id !== 'string' || typeof target !== 'string') return;
      const external = a.TargetMode === 'External';
      rels.push({
        id,
        type: type.slice(type.lastIndexOf('/') + 1),
        target: external ? null : resolveTarget(sourcePart, target),
      });
    },
  });
  return rels;
}

/**
 * The workbook part named by the package relationships, or the conventional xl/workbook.xml;
 * `part` is null when there is none (a .docx has a main document, but not a workbook).
 */
export async function findWorkbookPart(zip: XlsxZip): Promise<{ part: string | null; mainTarget: string | null }> {
  const rels = await readRelationships(zip, '');
  const main = rels.find((r) => r.type === 'officeDocument' && r.target !== null);
  const mainTarget = main?.target ?? null;
  if (mainTarget !== null && mainTarget.toLowerCase().endsWith('.xml') && zip.has(mainTarget)) {
    const lower = mainTarget.toLowerCase();
    if (!lower.startsWith('word/') && !lower.startsWith('ppt/')) return { part: mainTarget, mainTarget };
  }
  return { part: zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null, mainTarget };
}

export async function readWorkbookInfo(zip: XlsxZip, part: string): Promise<WorkbookInfo> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  let calculation: WorkbookCalculation | undefined;
  const names: { name: string; localSheetId: number | null; refersTo: string }[] = [];
  let name: { name: string; localSheetId: number | null; refersTo: string } | null = null;
  await parsePart(zip, part, {
    open(element, tag) {
      const a = tag.attributes;
      if (element === 'definedName' && typeof a.name === 'string') {
        const id = a.localSheetId === undefined ? null : Number(a.localSheetId);
        name = { name: a.name, localSheetId: id !== null && Number.isInteger(id) ? id : null, refersTo: '' };
        return;
      }
      if (element === 'calcPr') {
        calculation = { fullCalcOnLoad: a.fullCalcOnLoad === '1' || a.fullCalcOnLoad === 'true' };
        return;
      }
      if (element === 'sheets') inSheets = true;
      else if (element === 'workbookPr' && a.date1904 !== undefined) {
        // Extension elements (x14:workbookPr) share the local name but not the attribute.
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      }
      else if (element === 'sheet' && inSheets) {
        let relId: string | null = null;
        for (const key of Object.keys(a)) {
          if (key === 'id' || key.endsWith(':id')) relId = a[key];
        }
        const state = a.state === 'hidden' ? 'hidden' : a.state === 'veryHidden' ? 'veryHidden' : 'visible';
        sheets.push({ name: a.name ?? '', state, relId });
      }
    },
    text(t) {
      if (name) name.refersTo += t;
    },
    close(element) {
      if (element === 'sheets') inSheets = false;
      else if (element === 'definedName' && name) {
        names.push(name);
        name = null;
      }
    },
  });
  if (sheets.length === 0) throw new InputError('corrupt', zip.file, `${part} lists no sheets`);
  const definedNames: DefinedName[] = [];
  for (const n of names) {
    if (/^_xlnm\./i.test(n.name)) continue;
    const sheet = n.localSheetId === null ? undefined : sheets[n.localSheetId]?.name;
    if (n.localSheetId !== null && sheet === undefined) continue; // scoped to a sheet that is not there
    definedNames.push({ name: n.name, refersTo: n.refersTo.trim(), ...(sheet !== undefined ? { sheet } : {}) });
  }
  return { sheets, date1904, definedNames, ...(calculation ? { calculation } : {}) };
}

/** Excel tables limited per sheet: a sheet holds a few; more is no workbook a person made. */
const MAX_TABLES_PER_SHEET = 1_000;

/** The Excel tables (Insert › Table) of a worksheet part, from its table parts. */
export async function readExcelTables(zip: XlsxZip, sheetPart: string): Promise<ExcelTablePart[]> {
  if (!zip.has(relsPartFor(sheetPart))) return [];
  const rels = await readRelationships(zip, sheetPart);
  const tables: ExcelTablePart[] = [];
  for (const rel of rels) {
    if (rel.type !== 'table' || rel.target === null || !zip.has(rel.target)) continue;
    if (tables.length >= MAX_TABLES_PER_SHEET) break;
    const table = await readTablePart(zip, rel.target);
    if (table) tables.push(table);
  }
  return tables;
}

async function readTablePart(zip: XlsxZip, part: string): Promise<ExcelTablePart | null> {
  let name: string | null = null;
  let range: CellRange | null = null;
  let headerRowCount = 1;
  let totalsRowCount = 0;
  const columns: string[] = [];
  let inColumns = false;
  await parsePart(zip, part, {
    open(element, tag) {
      const a = tag.attributes;
      if (element === 'table') {
        // Formulas use the display name; "name" is the same unless a program set them apart.
        name = a.displayName ?? a.name ?? null;
        range = typeof a.ref === 'string' ? parseRangeRef(a.ref) : null;
        if (a.headerRowCount !== undefined) headerRowCount = a.headerRowCount === '0' ? 0 : 1;
        if (a.totalsRowCount !== undefined) totalsRowCount = a.totalsRowCount === '0' ? 0 : 1;
      } else if (element === 'tableColumns') inColumns = true;
      else if (element === 'tableColumn' && inColumns) columns.push(decodeXString(a.name ?? ''));
    },
    close(element) {
      if (element === 'tableColumns') inColumns = false;
    },
  });
  if (name === null || range === null) return null;
  return { name, range, headerRowCount, totalsRowCount, columns };
}
