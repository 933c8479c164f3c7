/**
 * Package structure: _rels/.rels → the workbook part; xl/workbook.xml → sheets in workbook order
 * (name, state, relationship id) and the 1904 date system flag; xl/_rels/workbook.xml.rels → the
 * part of each sheet, the shared strings and the styles.
 */
import type { SheetState } from '../../core/model';
import { InputError } from '../inputError';
import type { XlsxZip } from './zip';
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
  await parsePart(zip, part, {
    open(name, tag) {
      const a = tag.attributes;
      if (name === 'sheets') inSheets = true;
      else if (name === 'workbookPr' && a.date1904 !== undefined) {
        // Extension elements (x14:workbookPr) share the local name but not the attribute.
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      }
      else if (name === 'sheet' && inSheets) {
        let relId: string | null = null;
        for (const key of Object.keys(a)) {
          if (key === 'id' || key.endsWith(':id')) relId = a[key];
        }
        const state = a.state === 'hidden' ? 'hidden' : a.state === 'veryHidden' ? 'veryHidden' : 'visible';
        sheets.push({ name: a.name ?? '', state, relId });
      }
    },
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  if (sheets.length === 0) throw new InputError('corrupt', zip.file, `${part} lists no sheets`);
  return { sheets, date1904 };
}
