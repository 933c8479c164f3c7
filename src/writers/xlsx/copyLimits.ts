/**
 * Bounds for writing a copy. ExcelJS inflates every part of a package in memory (each as a whole
 * string or buffer) and builds an object per cell, and it matches part names case-sensitively. So
 * before ExcelJS sees a package, the package is read here with the checker's own zip layer and
 * limits (src/readers/xlsx/zip.ts): duplicate part names, declared and real sizes of every part
 * (images and custom XML included), the inflate ratio, XML nesting depth and the number of cells,
 * against the copy budget in `ReadLimits` (copyMaxTotalBytes, copyMaxCells). What would not fit is
 * refused with InputError 'too-large' naming the input, before memory is spent; a package whose
 * part names ExcelJS would not find is refused as 'unsupported' rather than copied wrong.
 *
 * The package is validated from the same bytes that are then handed to ExcelJS, so it cannot
 * change in between.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../../readers/inputError';
import { resolveLimits, type ReadLimits } from '../../readers/xlsx/limits';
import { resolveTarget } from '../../readers/xlsx/workbookPart';
import { XmlDepth, localName } from '../../readers/xlsx/xml';
import { XlsxZip, partKey } from '../../readers/xlsx/zip';

/**
 * The part names ExcelJS 4.4 looks for (xlsx.js `load`), spelled as it needs them; a part it does
 * not find under its name is silently left out of the copy. (docProps/app.xml and core.xml are
 * looked for too, but losing them loses nothing a check or a reader of the copy needs.)
 */
const EXCELJS_PART_NAMES: RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/theme\//,
  /^xl\/media\//,
  /^xl\/drawings\//,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
];
const EXCELJS_PART_NAMES_ANY_CASE = EXCELJS_PART_NAMES.map((r) => new RegExp(r.source, 'i'));

/** Parts ExcelJS parses as XML, so they are parsed here too (depth, cells); the rest are only measured. */
function parsedByExcelJs(name: string): boolean {
  if (!/\.(xml|rels|vml)$/i.test(name) || /^xl\/(theme|media)\//i.test(name)) return false;
  return /^docProps\/(app|core)\.xml$/i.test(name) || EXCELJS_PART_NAMES_ANY_CASE.some((r) => r.test(name));
}
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

function stripSlash(name: string): string {
  return name.replace(/^\/+/, '');
}

/** Refuses names that differ only in case from what ExcelJS looks for: it would silently drop them. */
function checkPartNames(zip: XlsxZip): void {
  for (const { name: raw } of zip.parts()) {
    const name = stripSlash(raw);
    for (let i = 0; i < EXCELJS_PART_NAMES.length; i++) {
      if (EXCELJS_PART_NAMES_ANY_CASE[i].test(name) && !EXCELJS_PART_NAMES[i].test(name)) {
        throw new InputError('no-copy', zip.file, `the part name ${raw} is not spelled as Excel writes it`);
      }
    }
  }
}

/**
 * Validates the package in `buffer` for a copy; throws InputError naming `file` when it must not be
 * handed to ExcelJS.
 */
export async function checkPackageForCopy(buffer: Buffer, file: string, options?: Partial<ReadLimits>): Promise<void> {
  const base = resolveLimits(options);
  if (buffer.length > base.copyMaxTotalBytes) {
    throw new InputError('too-large', file, `${buffer.length} bytes; a copy is written of files up to ${base.copyMaxTotalBytes} bytes`);
  }
  // The copy's byte budget replaces the reader's: every part counts, not just the ones the checker reads.
  const limits: ReadLimits = { ...base, maxTotalBytes: base.copyMaxTotalBytes };
  const zip = await XlsxZip.open({ buffer }, file, limits);
  try {
    checkPartNames(zip);
    const parts = zip.parts();
    zip.checkDeclared(parts.map((p) => p.name));
    const originalByKey = new Map(parts.map((p) => [partKey(p.name), stripSlash(p.name)]));
    let cells = 0;
    for (const { name } of parts) {
      if (!parsedByExcelJs(stripSlash(name))) {
        await zip.streamBytes(name, () => undefined);
        continue;
      }
      const isSheet = WORKSHEET_PART.test(stripSlash(name));
      const isWorkbookRels = partKey(name) === 'xl/_rels/workbook.xml.rels';
      const depth = new XmlDepth(zip, name);
      const parser = new SaxesParser({ position: false });
      parser.on('opentag', (tag) => {
        depth.enter();
        const local = localName(tag.name);
        if (isSheet && local === 'c' && ++cells > limits.copyMaxCells) {
          throw new InputError('too-large', file, `more than ${limits.copyMaxCells} cells; a copy is written of workbooks up to ${limits.copyMaxCells} cells`);
        }
        if (isWorkbookRels && local === 'Relationship') {
          const target = tag.attributes.Target;
          if (typeof target !== 'string' || tag.attributes.TargetMode === 'External') return;
          const resolved = resolveTarget('xl/workbook.xml', target);
          const actual = originalByKey.get(partKey(resolved));
          if (actual !== undefined && actual !== resolved) {
            throw new InputError('no-copy', file, `the workbook refers to ${resolved}, but the part is named ${actual}`);
          }
        }
      });
      parser.on('closetag', () => depth.leave());
      await zip.streamText(
        name,
        (chunk) => {
          try {
            parser.write(chunk);
          } catch (err) {
            if (err instanceof InputError) throw err;
            throw new InputError('corrupt', file, `bad XML in ${name}: ${err instanceof Error ? err.message : String(err)}`);
          }
        },
        () => {
          try {
            parser.close();
          } catch (err) {
            throw new InputError('corrupt', file, `bad XML in ${name}: ${err instanceof Error ? err.message : String(err)}`);
          }
        },
      );
    }
  } finally {
    zip.close();
  }
}
