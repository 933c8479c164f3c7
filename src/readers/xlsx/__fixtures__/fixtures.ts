/** Test helpers: temp files, hashes, hand-built zips and a grid view of ExcelJS's full load. */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { a1 } from '../../../core/a1';
import type { CellValue, WorkbookGrid } from '../../../core/model';

let dir: string | null = null;
let counter = 0;

export function tmpDir(): string {
  if (dir === null) dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-reader-'));
  return dir;
}

export function writeTmp(name: string, bytes: Buffer | string): string {
  const p = path.join(tmpDir(), `${++counter}-${name}`);
  fs.writeFileSync(p, bytes);
  return p;
}

export function removeTmp(): void {
  if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
}

export function sha256(p: string): string {
  return createHash('sha256').update(fs.readFileSync(p)).digest('hex');
}

export async function zipParts(parts: Record<string, string | Buffer>, store = false): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: store ? 'STORE' : 'DEFLATE' });
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** Inner XML of <sheetData>. */
  sheetData: string;
  /** Extra XML after </sheetData>, e.g. <mergeCells>. */
  after?: string;
}

/** The parts of a minimal but complete workbook, for building odd inputs by hand. */
export function handWorkbookParts(
  sheets: HandSheet[],
  extra: { sharedStrings?: string[]; stylesXml?: string; date1904?: boolean } = {},
): Record<string, string> {
  const parts: Record<string, string> = {};
  const overrides = sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    overrides +
    `</Types>`;
  parts['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${RNS}">` +
    (extra.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
    '<sheets>' +
    sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  let rels = sheets
    .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  if (extra.sharedStrings) {
    rels += `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${extra.sharedStrings.length}">` +
      extra.sharedStrings.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join('') +
      '</sst>';
  }
  if (extra.stylesXml) {
    rels += `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`;
    parts['xl/styles.xml'] = extra.stylesXml;
  }
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${RNS}">` +
      `<sheetData>${s.sheetData}</sheetData>${s.after ?? ''}</worksheet>`;
  });
  return parts;
}

export interface FlatCell {
  value: CellValue;
  formula?: string;
  numFmt?: string;
}

export interface FlatSheet {
  name: string;
  state: string;
  cells: Record<string, FlatCell>;
  merges: string[];
  hiddenRows: number[];
}

/** A date (as ExcelJS gives it) becomes Excel's serial in the 1900 system, as our readers give it. */
function normalise(v: CellValue): CellValue {
  return v instanceof Date ? v.getTime() / 86400000 + 25569 : v;
}

/** Our grid flattened to A1 keys, for comparison. */
export function flattenGrid(grid: WorkbookGrid): FlatSheet[] {
  return grid.sheets.map((s) => {
    const cells: Record<string, FlatCell> = {};
    for (const row of s.rows.values()) {
      for (const c of row.values()) {
        const flat: FlatCell = { value: normalise(c.value) };
        if (c.formula !== undefined) flat.formula = c.formula;
        if (c.numFmt !== undefined) flat.numFmt = c.numFmt;
        cells[a1(c.row, c.col)] = flat;
      }
    }
    return {
      name: s.name,
      state: s.state,
      cells,
      merges: s.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort(),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    };
  });
}

/** What ExcelJS's full load reads from the same bytes, flattened the same way. */
export async function flattenExcelJs(buf: Buffer): Promise<FlatSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: FlatSheet[] = [];
  for (const ws of wb.worksheets) {
    const cells: Record<string, FlatCell> = {};
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) hiddenRows.push(rowNumber);
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return; // slave of a merge: no own value
        const v = cell.value as unknown;
        let flat: FlatCell;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const res = (v as { result?: unknown }).result;
          flat = { value: res === undefined ? null : (res as CellValue), formula: cell.formula };
        } else if (cell.type === ExcelJS.ValueType.RichText) {
          flat = { value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
        } else if (cell.type === ExcelJS.ValueType.Null) {
          return;
        } else {
          flat = { value: normalise(v as CellValue) };
        }
        if (cell.numFmt && cell.numFmt !== 'General') flat.numFmt = cell.numFmt;
        cells[cell.address] = flat;
      });
    });
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice().sort();
    out.push({ name: ws.name, state: ws.state, cells, merges, hiddenRows });
  }
  return out;
}

/**
 * A zip written byte by byte, entries in the given order and with the given names, repeated names
 * included (which JSZip cannot write). Entries are deflated unless `store`.
 */
export function rawZip(entries: { name: string; data: string | Buffer }[], store = false): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const packed = store ? data : zlib.deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(store ? 0 : 8, 10);
    head.writeUInt32LE(crc >>> 0, 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(data.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    out.push(local, name, packed);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, cd, eocd]);
}
