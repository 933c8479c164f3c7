/**
 * Loads an .xlsx file into the in-memory Excel the way Excel opens it — through ExcelJS, a reader
 * independent of Budgettjek's own streaming reader, so that the parity test compares two ways of
 * reading the same file: values, formulas and their results, number formats, hidden rows, merges,
 * fills (theme colours and tints included), sheet visibility and protection, Excel tables and
 * defined names (from the parts themselves: ExcelJS does not give them).
 *
 * Where Excel itself would differ from the file:
 *  - a formula with no saved result: Excel calculates it on open; so does the fake (its evaluator
 *    covers SUM, arithmetic and references); what it cannot evaluate stays without a result;
 *  - dates: Excel holds serial numbers and shows them through the date format; so does the fake;
 *  - a formula whose saved result is "" (t="str", empty <v>): ExcelJS drops the result, so the
 *    loader finds those cells in the sheet XML itself (Excel keeps the "" result); likewise sheet
 *    protection (<sheetProtection sheet="1">) and a locked workbook structure.
 * Node only (ExcelJS): used by tests, never bundled into the add-in.
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { FakeScalar, FakeSeed, FakeSeedCell, FakeSeedName, FakeSeedSheet, FakeSeedTable } from './excelFake';

/** Office's default theme colours (Office 2013–2022 theme), by theme index as ExcelJS gives it. */
const THEME_COLORS = ['#FFFFFF', '#000000', '#E7E6E6', '#44546A', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];

/** ExcelJS pattern names → Office.js RangeFill.pattern names. */
const PATTERNS: Record<string, string> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

interface ColorRef {
  argb?: string;
  theme?: number;
  tint?: number;
}

function colorOf(c: ColorRef | undefined): string | undefined {
  if (!c) return undefined;
  if (c.argb && /^[0-9A-Fa-f]{8}$/.test(c.argb)) return `#${c.argb.slice(2).toUpperCase()}`;
  if (c.theme !== undefined) return THEME_COLORS[c.theme] ?? undefined;
  return undefined;
}

function serialOf(d: Date, date1904: boolean): number {
  return d.getTime() / 86400000 + (date1904 ? 24107 : 25569);
}

function scalarOf(v: unknown, date1904: boolean): FakeScalar | { error: string } {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return serialOf(v, date1904);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { error: String(o.error) };
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((r) => r.text).join('');
    if ('text' in o && 'hyperlink' in o) return scalarOf(o.text, date1904);
  }
  return String(v);
}

function seedCellOf(cell: ExcelJS.Cell, date1904: boolean): FakeSeedCell | null {
  const spec: FakeSeedCell = {};
  const raw = cell.value as unknown;
  const formula = cell.formula; // ExcelJS expands shared formulas for the cells that use them
  if (formula) {
    spec.formula = formula;
    const result = (raw as { result?: unknown } | null)?.result;
    const r = scalarOf(result, date1904);
    if (r !== null && typeof r === 'object') spec.error = r.error;
    else if (result !== undefined) spec.value = r as FakeScalar;
    // no saved result: the fake calculates it, as Excel does on open
  } else {
    const r = scalarOf(raw, date1904);
    if (r !== null && typeof r === 'object') spec.error = r.error;
    else if (r !== null && r !== '') spec.value = r;
  }
  if (cell.numFmt && cell.numFmt !== 'General') spec.numFmt = cell.numFmt;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern && fill.pattern !== 'none') {
    const fg = fill.fgColor as ColorRef | undefined;
    const bg = fill.bgColor as ColorRef | undefined;
    spec.fill = colorOf(fill.pattern === 'solid' ? fg : bg) ?? '#FFFFFF';
    spec.pattern = PATTERNS[fill.pattern] ?? 'Solid';
    if (fill.pattern !== 'solid') spec.patternColor = colorOf(fg);
    if (fg?.tint) spec.tintAndShade = fg.tint;
  }
  const empty = spec.formula === undefined && spec.value === undefined && spec.error === undefined;
  if (empty && !spec.numFmt && !spec.fill) return null;
  return spec;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

interface SheetXmlFacts {
  /** Addresses of formula cells whose saved result is the empty string. */
  emptyResults: Set<string>;
  /** <sheetProtection sheet="1">: the sheet is protected. */
  protected: boolean;
  /** The sheet's Excel tables, from its table parts. */
  tables: FakeSeedTable[];
}

const unescapeXml = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A part's path from a relationship target, relative to the part's folder ("../tables/table1.xml"). */
function partPath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The Excel tables of a worksheet part, as Excel would show them through Office.js. */
async function tablesOf(zip: JSZip, sheetPart: string): Promise<FakeSeedTable[]> {
  const relsPart = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = (await zip.file(relsPart)?.async('string')) ?? '';
  const tables: FakeSeedTable[] = [];
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/\/table$/.test(attr(m[0], 'Type') ?? '')) continue;
    const xml = await zip.file(partPath(sheetPart, attr(m[0], 'Target') ?? ''))?.async('string');
    const head = xml ? /<table\b[^>]*>/.exec(xml)?.[0] : undefined;
    if (!xml || !head) continue;
    const columns = [...xml.matchAll(/<tableColumn\b[^>]*>/g)].map((c) => unescapeXml(attr(c[0], 'name') ?? ''));
    tables.push({
      name: unescapeXml(attr(head, 'displayName') ?? attr(head, 'name') ?? ''),
      range: attr(head, 'ref') ?? '',
      showHeaders: attr(head, 'headerRowCount') !== '0',
      showTotals: (attr(head, 'totalsRowCount') ?? '0') !== '0',
      columns,
    });
  }
  return tables;
}

/** What ExcelJS does not give: "" results, sheet protection, and the workbook's structure lock. */
async function xmlFacts(file: string): Promise<{ sheets: Map<string, SheetXmlFacts>; structureProtected: boolean; names: FakeSeedName[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, SheetXmlFacts>();
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const sheetNames: string[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    sheetNames.push(unescapeXml(name ?? ''));
    const part = targets.get(attr(m[0], 'r:id') ?? '');
    const xml = part ? await zip.file(part)?.async('string') : undefined;
    if (!name || !xml || !part) continue;
    const cells = new Set<string>();
    for (const c of xml.matchAll(/<c\b([^>]*)>(.*?)<\/c>/g)) {
      if (attr(c[1], 't') === 'str' && /<f\b/.test(c[2]) && /<v\s*\/>|<v><\/v>/.test(c[2])) cells.add(attr(c[1], 'r') ?? '');
    }
    const protection = /<sheetProtection\b[^>]*>/.exec(xml)?.[0];
    const isProtected = !!protection && /^(1|true)$/.test(attr(protection, 'sheet') ?? '');
    out.set(unescapeXml(name), { emptyResults: cells, protected: isProtected, tables: await tablesOf(zip, part) });
  }
  // Defined names as Office.js gives them (NamedItem.formula starts with "="); Excel's own _xlnm. names are not listed.
  const names: FakeSeedName[] = [];
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = unescapeXml(attr(m[1], 'name') ?? '');
    if (!name || name.startsWith('_xlnm.')) continue;
    const local = attr(m[1], 'localSheetId');
    const sheet = local === undefined ? undefined : sheetNames[Number(local)];
    names.push({ name, formula: `=${unescapeXml(m[2])}`, ...(sheet !== undefined ? { sheet } : {}) });
  }
  const lock = /<workbookProtection\b[^>]*>/.exec(workbook)?.[0];
  return { sheets: out, structureProtected: !!lock && /^(1|true)$/.test(attr(lock, 'lockStructure') ?? ''), names };
}

export async function seedFromXlsx(file: string): Promise<FakeSeed> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const facts = await xmlFacts(file);
  const date1904 = !!(wb.properties as { date1904?: boolean }).date1904;
  const sheets: FakeSeedSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, FakeSeedCell> = {};
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return; // merged-away cells are empty in Excel
        const spec = seedCellOf(cell, date1904);
        if (spec && spec.formula !== undefined && spec.value === undefined && !spec.error && facts.sheets.get(ws.name)?.emptyResults.has(cell.address)) spec.value = '';
        if (spec) cells[cell.address] = spec;
      });
    });
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
    const state = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    const tables = facts.sheets.get(ws.name)?.tables ?? [];
    sheets.push({ name: ws.name, visibility: state, cells, merges, hiddenRows, protected: facts.sheets.get(ws.name)?.protected ?? false, ...(tables.length ? { tables } : {}) });
  });
  return { sheets, structureProtected: facts.structureProtected, ...(facts.names.length ? { names: facts.names } : {}) };
}
