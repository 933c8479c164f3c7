/**
 * The workbook's styles part for a copy: new fonts, fills, number formats and cell formats (xf) are
 * appended; every existing index stays what it was, so every cell not edited looks as before. A
 * cell that gets a fill or a number format gets a copy of its own xf with only that changed.
 */
import { type Token, XmlTokenizer, attr, escapeXml, parseAttrs, prefixOf, startTag, unescapeXml } from './xmlTokens';

/** Excel's built-in number formats a copy may ask for, by their code. */
const BUILTIN_NUMFMT: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** A minimal styles part for a package that has none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

type ListName = 'numFmts' | 'fonts' | 'fills' | 'cellXfs';
const LISTS: ListName[] = ['numFmts', 'fonts', 'fills', 'cellXfs'];
/** Where a missing list goes: before the first of these top-level elements. */
const FOLLOWERS: Record<ListName, string[]> = {
  numFmts: ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  fonts: ['fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  fills: ['borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  cellXfs: ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
};

interface ListInfo {
  /** Token index of the list's start tag (or empty tag), -1 when absent. */
  open: number;
  close: number;
  count: number;
  added: string[];
}

export class StyleBook {
  private readonly tokens: Token[] = [];
  private readonly lists = new Map<ListName, ListInfo>();
  /** Each existing xf of cellXfs as written (start tag attributes and children). */
  private readonly xfs: { attrs: ReturnType<typeof parseAttrs>; name: string; children: string }[] = [];
  private readonly numFmtIds = new Map<string, number>();
  private maxNumFmtId = 163;
  private prefix = '';
  private readonly derived = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private changed = false;

  constructor(text: string) {
    for (const l of LISTS) this.lists.set(l, { open: -1, close: -1, count: 0, added: [] });
    const tokenizer = new XmlTokenizer();
    tokenizer.feed(text, (t) => this.tokens.push(t));
    tokenizer.end();
    let depth = 0;
    let current: ListName | null = null;
    let xf: { attrs: ReturnType<typeof parseAttrs>; name: string; children: string; depth: number } | null = null;
    this.tokens.forEach((t, i) => {
      if (t.kind === 'open' || t.kind === 'empty') {
        if (depth === 0) this.prefix = prefixOf(t.name);
        if (depth === 1 && (LISTS as string[]).includes(t.local)) {
          current = t.local as ListName;
          const info = this.lists.get(current)!;
          info.open = i;
          if (t.kind === 'empty') {
            info.close = i;
            current = null;
          }
        } else if (depth === 2 && current) {
          const info = this.lists.get(current)!;
          info.count++;
          if (current === 'numFmts') {
            const a = parseAttrs(t.raw);
            const id = Number(attr(a, 'numFmtId'));
            const code = unescapeXml(attr(a, 'formatCode') ?? '');
            if (Number.isInteger(id)) {
              this.numFmtIds.set(code, id);
              this.maxNumFmtId = Math.max(this.maxNumFmtId, id);
            }
          } else if (current === 'cellXfs') {
            xf = { attrs: parseAttrs(t.raw), name: t.name, children: '', depth: 2 };
            if (t.kind === 'empty') {
              this.xfs.push(xf);
              xf = null;
            }
          }
        } else if (xf && depth > 2) xf.children += t.raw;
        if (t.kind === 'open') depth++;
      } else if (t.kind === 'close') {
        depth--;
        if (xf && depth === 2) {
          this.xfs.push(xf);
          xf = null;
        } else if (xf) xf.children += t.raw;
        else if (depth === 1 && current) {
          this.lists.get(current)!.close = i;
          current = null;
        }
      } else if (xf) xf.children += t.raw;
    });
  }

  private add(list: ListName, xml: string): number {
    const info = this.lists.get(list)!;
    this.changed = true;
    info.added.push(xml);
    return info.count + info.added.length - 1;
  }

  /** The id of a number format code, adding it when the workbook has none like it. */
  numFmtId(code: string): number {
    const builtin = BUILTIN_NUMFMT[code];
    if (builtin !== undefined) return builtin;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = ++this.maxNumFmtId;
    this.add('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.numFmtIds.set(code, id);
    return id;
  }

  /** A new font (its children as XML, e.g. `<b/><sz val="11"/>`). */
  addFont(children: string): number {
    return this.add('fonts', `<${this.prefix}font>${children}</${this.prefix}font>`);
  }

  /** A solid fill in `argb`, one per colour. */
  solidFill(argb: string): number {
    const known = this.fillIds.get(argb);
    if (known !== undefined) return known;
    const p = this.prefix;
    const id = this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    this.fillIds.set(argb, id);
    return id;
  }

  /** A new cell format from attributes and children. */
  addXf(attrs: Record<string, string | number>, children = ''): number {
    const a = Object.entries(attrs).map(([k, v]) => [k, String(v)] as [string, string]);
    const p = this.prefix;
    return this.add('cellXfs', children ? `${startTag(`${p}xf`, a)}${children}</${p}xf>` : startTag(`${p}xf`, a, true));
  }

  private derive(from: number, key: string, set: [string, string][]): number {
    const k = `${from}\u0000${key}`;
    const known = this.derived.get(k);
    if (known !== undefined) return known;
    const base = this.xfs[from] ?? this.xfs[0];
    const attrs = base ? base.attrs.filter(([n]) => !set.some(([s]) => s === n)) : [['numFmtId', '0'] as [string, string], ['fontId', '0'] as [string, string], ['borderId', '0'] as [string, string]];
    const all = [...attrs, ...set];
    const name = base?.name ?? `${this.prefix}xf`;
    const xml = base?.children ? `${startTag(name, all)}${base.children}</${name}>` : startTag(name, all, true);
    const id = this.add('cellXfs', xml);
    this.derived.set(k, id);
    return id;
  }

  /** Cell format `from` with a solid fill in `argb`. */
  withFill(from: number, argb: string): number {
    const fill = this.solidFill(argb);
    return this.derive(from, `fill:${argb}`, [['fillId', String(fill)], ['applyFill', '1']]);
  }

  /** Cell format `from` with number format `code`. */
  withNumFmt(from: number, code: string): number {
    const id = this.numFmtId(code);
    return this.derive(from, `numFmt:${code}`, [['numFmtId', String(id)], ['applyNumberFormat', '1']]);
  }

  get isChanged(): boolean {
    return this.changed;
  }

  /** The styles part with what was added; the rest as it was. */
  render(): string {
    const out: string[] = [];
    const missing = LISTS.filter((l) => this.lists.get(l)!.open < 0 && this.lists.get(l)!.added.length);
    const p = this.prefix;
    let depth = 0;
    this.tokens.forEach((t, i) => {
      if ((t.kind === 'open' || t.kind === 'empty') && depth === 1) {
        for (const l of [...missing]) {
          if (FOLLOWERS[l].includes(t.local)) {
            const info = this.lists.get(l)!;
            out.push(`<${p}${l} count="${info.added.length}">${info.added.join('')}</${p}${l}>`);
            missing.splice(missing.indexOf(l), 1);
          }
        }
      }
      if (t.kind === 'close' && depth === 1) {
        for (const l of missing) {
          const info = this.lists.get(l)!;
          out.push(`<${p}${l} count="${info.added.length}">${info.added.join('')}</${p}${l}>`);
        }
        missing.length = 0;
      }
      const list = LISTS.find((l) => this.lists.get(l)!.open === i);
      const info = list ? this.lists.get(list)! : null;
      if (info && info.added.length) {
        const a = parseAttrs(t.raw).filter(([n]) => n !== 'count');
        const total = info.count + info.added.length;
        out.push(startTag(t.name, [...a, ['count', String(total)]]));
        if (t.kind === 'empty') out.push(...info.added, `</${t.name}>`);
      } else {
        const closing = LISTS.find((l) => this.lists.get(l)!.close === i && this.lists.get(l)!.open !== i && this.lists.get(l)!.added.length);
        if (closing) out.push(...this.lists.get(closing)!.added);
        out.push(t.raw);
      }
      if (t.kind === 'open') depth++;
      else if (t.kind === 'close') depth--;
    });
    return out.join('');
  }
}
