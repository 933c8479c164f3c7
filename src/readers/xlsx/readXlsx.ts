/**
 * The Node .xlsx/.xlsm reader: sniffs the input, then streams the workbook's parts out of the zip
 * (yauzl) through a SAX parser (saxes) into `WorkbookGrid`. Never writes to the input; every
 * failure surfaces as an `InputError` with a code the CLI maps to exit status 2.
 */
import { fitTableToSheet, sheetExtent, type SheetGrid, type WorkbookFacts, type WorkbookGrid } from '../../core';
import { InputError } from '../inputError';
import { resolveLimits, type ReadLimits } from './limits';
import { readSharedStrings } from './sharedStrings';
import { readSheetPart, type SheetContext } from './sheetPart';
import { readPackageBuffer, readPackageFile, refuseOle } from '../packageFile';
import { EMPTY_STYLES, readStyles } from './styles';
import { findWorkbookPart, readExcelTables, readRelationships, readWorkbookInfo, relsPartFor } from './workbookPart';
import type { XlsxZip } from './zip';

export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';

export type ReadOptions = Partial<ReadLimits>;

/** Receives each sheet as soon as it is read; the reader keeps no reference to it afterwards. */
export type SheetVisitor = (sheet: SheetGrid) => void;

/** Receives what the workbook part says (sheet order, defined names, calculation), before any sheet. */
export type WorkbookVisitor = (facts: WorkbookFacts) => void;




/** Reads an .xlsx/.xlsm file (opened read-only) into grids, all sheets at once. */
export async function readXlsxFile(path: string, options?: ReadOptions): Promise<WorkbookGrid> {
  const sheets: SheetGrid[] = [];
  let facts: WorkbookFacts | null = null;
  await visitXlsxFile(path, (sheet) => sheets.push(sheet), options, (f) => (facts = f));
  return gridOf(sheets, facts);
}

function gridOf(sheets: SheetGrid[], facts: WorkbookFacts | null): WorkbookGrid {
  if (facts === null) return { sheets };
  const { definedNames, calculation } = facts as WorkbookFacts;
  return { sheets, ...(definedNames.length ? { definedNames } : {}), ...(calculation ? { calculation } : {}) };
}

/**
 * Reads an .xlsx/.xlsm file (opened read-only) sheet by sheet, handing each to `visit` in workbook
 * order, so that a caller that keeps only what it derives from a sheet holds one grid at a time.
 */
export async function visitXlsxFile(path: string, visit: SheetVisitor, options?: ReadOptions, onWorkbook?: WorkbookVisitor): Promise<void> {
  const limits = resolveLimits(options);
  await readPackageFile(path, limits, refuseOle, (zip) => readWorkbook(zip, limits, visit, onWorkbook));
}

/**
 * Reads a workbook from a package already opened and checked (see readPackageFile), sheet by sheet:
 * a caller that goes on to copy the same package (check --annotate) opens and checks it once.
 */
export async function visitXlsxZip(zip: XlsxZip, visit: SheetVisitor, onWorkbook?: WorkbookVisitor): Promise<void> {
  await readWorkbook(zip, { ...zip.readLimits }, visit, onWorkbook);
}

/** Reads a workbook from a package already opened and checked into grids, all sheets at once. */
export async function readXlsxZip(zip: XlsxZip): Promise<WorkbookGrid> {
  const sheets: SheetGrid[] = [];
  let facts: WorkbookFacts | null = null;
  await visitXlsxZip(zip, (sheet) => sheets.push(sheet), (f) => (facts = f));
  return gridOf(sheets, facts);
}

/** Reads an .xlsx/.xlsm held in memory; `name` is used in messages. The buffer is not modified. */
export async function readXlsxBuffer(buf: Buffer, name: string, options?: ReadOptions): Promise<WorkbookGrid> {
  const limits = resolveLimits(options);
  const sheets: SheetGrid[] = [];
  let facts: WorkbookFacts | null = null;
  await readPackageBuffer(buf, name, limits, refuseOle, (zip) => readWorkbook(zip, limits, (sheet) => sheets.push(sheet), (f) => (facts = f)));
  return gridOf(sheets, facts);
}




function notAWorkbook(zip: XlsxZip, mainTarget: string | null): InputError {
  const names = zip.names();
  const target = mainTarget?.toLowerCase() ?? '';
  if (target.startsWith('word/') || zip.has('word/document.xml')) {
    return new InputError('word-document', zip.file);
  }
  if (target.startsWith('ppt/') || zip.has('ppt/presentation.xml')) {
    return new InputError('unsupported', zip.file, 'a PowerPoint presentation');
  }
  if (target.endsWith('.bin') || zip.has('xl/workbook.bin')) {
    return new InputError('unsupported', zip.file, 'a binary workbook (.xlsb); save it as .xlsx');
  }
  if (zip.has('content.xml') && zip.has('mimetype')) {
    return new InputError('unsupported', zip.file, 'an OpenDocument file; save it as .xlsx');
  }
  if (!names.some((n) => n.startsWith('xl/'))) {
    return new InputError('unsupported', zip.file, 'a zip archive that holds no workbook');
  }
  return new InputError('corrupt', zip.file, 'the archive has no xl/workbook.xml');
}

async function readWorkbook(zip: XlsxZip, limits: ReadLimits, visit: SheetVisitor, onWorkbook?: WorkbookVisitor): Promise<void> {
  const located = await findWorkbookPart(zip);
  if (located.part === null) throw notAWorkbook(zip, located.mainTarget);
  const wbPart = located.part;
  const rels = await readRelationships(zip, wbPart);
  const info = await readWorkbookInfo(zip, wbPart);
  const relById = new Map(rels.map((r) => [r.id, r]));

  const sheetParts: { entry: (typeof info.sheets)[number]; part: string }[] = [];
  for (const entry of info.sheets) {
    const rel = entry.relId === null ? undefined : relById.get(entry.relId);
    if (!rel || rel.target === null) {
      throw new InputError('corrupt', zip.file, `sheet "${entry.name}" has no part in ${relsPartFor(wbPart)}`);
    }
    // Chart sheets, dialog sheets and Excel 4 macro sheets hold no table cells.
    if (rel.type !== 'worksheet') continue;
    if (!zip.has(rel.target)) {
      throw new InputError('corrupt', zip.file, `the part ${rel.target} of sheet "${entry.name}" is missing`);
    }
    sheetParts.push({ entry, part: rel.target });
  }
  const sstPart =
    rels.find((r) => r.type === 'sharedStrings' && r.target !== null)?.target ??
    (zip.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : null);
  const stylesPart =
    rels.find((r) => r.type === 'styles' && r.target !== null)?.target ?? (zip.has('xl/styles.xml') ? 'xl/styles.xml' : null);

  zip.checkDeclared([
    ...(sstPart ? [sstPart] : []),
    ...(stylesPart ? [stylesPart] : []),
    ...sheetParts.map((s) => s.part),
  ]);

  const [sharedStrings, styles] = await Promise.all([
    sstPart ? readSharedStrings(zip, sstPart) : Promise.resolve<string[]>([]),
    stylesPart ? readStyles(zip, stylesPart) : Promise.resolve(EMPTY_STYLES),
  ]);

  const ctx: SheetContext = {
    zip,
    sharedStrings,
    styles,
    date1904: info.date1904,
    budget: { remaining: limits.maxCells, limit: limits.maxCells },
    formulaChars: { remaining: limits.maxFormulaChars, limit: limits.maxFormulaChars },
  };
  onWorkbook?.({
    sheetNames: info.sheets.map((s) => s.name),
    definedNames: info.definedNames,
    ...(info.calculation ? { calculation: info.calculation } : {}),
  });
  for (const { entry, part } of sheetParts) {
    const content = await readSheetPart(ctx, part);
    const parts = await readExcelTables(zip, part);
    const extent = parts.length ? sheetExtent(content.rows) : null;
    const excelTables = extent ? parts.map((t) => fitTableToSheet(t, extent)) : parts;
    visit({ name: entry.name, state: entry.state, ...content, ...(excelTables.length ? { excelTables } : {}) });
  }
}
