/**
 * word/styles.xml, as far as the table reader needs it: which paragraph styles are headings (and of
 * which level), which are captions, and which make their text bold. Styles inherit through
 * `basedOn`; a style's own setting wins over its parent's.
 */
import type { XlsxZip } from '../xlsx/zip';
import { parsePart } from '../xlsx/xml';
import { attribute, isOn } from './wordXml';

export interface ParagraphStyle {
  /** 0 for a document title ("Title"/"Titel"), 1–9 for headings; undefined for body text. */
  headingLevel?: number;
  caption: boolean;
  bold: boolean;
}

interface RawStyle {
  basedOn?: string;
  name: string;
  outlineLevel?: number;
  bold?: boolean;
}

const HEADING_NAME = /^(?:heading|overskrift)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|titel)$/i;
const CAPTION_NAME = /^(?:caption|billedtekst|tabeltitel|tabeloverskrift)$/i;
/** How far a `basedOn` chain is followed (Word itself allows no cycles; a hostile file might). */
const MAX_INHERITANCE = 16;

export class ParagraphStyles {
  private readonly resolved = new Map<string, ParagraphStyle>();

  constructor(private readonly raw: Map<string, RawStyle>) {}

  static readonly none = new ParagraphStyles(new Map());

  get(styleId: string | null): ParagraphStyle {
    if (styleId === null) return this.resolve(null);
    let style = this.resolved.get(styleId);
    if (!style) {
      style = this.resolve(styleId);
      if (this.resolved.size < 10_000) this.resolved.set(styleId, style);
    }
    return style;
  }

  private resolve(styleId: string | null): ParagraphStyle {
    let headingLevel: number | undefined;
    let caption = false;
    let bold: boolean | undefined;
    let id = styleId;
    for (let depth = 0; id !== null && depth < MAX_INHERITANCE; depth++) {
      const s = this.raw.get(id);
      const byName = HEADING_NAME.exec(s?.name ?? '') ?? HEADING_NAME.exec(id);
      if (headingLevel === undefined) {
        if (byName) headingLevel = Number(byName[1]);
        else if (TITLE_NAME.test(s?.name ?? '') || TITLE_NAME.test(id)) headingLevel = 0;
        else if (s?.outlineLevel !== undefined) headingLevel = s.outlineLevel + 1;
      }
      if (!caption && (CAPTION_NAME.test(s?.name ?? '') || CAPTION_NAME.test(id))) caption = true;
      if (bold === undefined && s?.bold !== undefined) bold = s.bold;
      if (!s) break;
      id = s.basedOn ?? null;
    }
    return { headingLevel, caption, bold: bold ?? false };
  }
}

export async function readParagraphStyles(zip: XlsxZip, part: string): Promise<ParagraphStyles> {
  const raw = new Map<string, RawStyle>();
  let current: { id: string; style: RawStyle } | null = null;
  let inRunProps = false;
  await parsePart(zip, part, {
    open(name, tag) {
      if (name === 'style') {
        const id = attribute(tag, 'styleId');
        const type = attribute(tag, 'type');
        current = id !== null && (type === null || type === 'paragraph') ? { id, style: { name: '' } } : null;
        return;
      }
      if (!current) return;
      if (name === 'name') current.style.name = (attribute(tag, 'val') ?? '').trim();
      else if (name === 'basedOn') current.style.basedOn = attribute(tag, 'val') ?? undefined;
      else if (name === 'outlineLvl') {
        const level = Number(attribute(tag, 'val'));
        if (Number.isInteger(level) && level >= 0 && level <= 8) current.style.outlineLevel = level;
      } else if (name === 'rPr') inRunProps = true;
      else if (name === 'b' && inRunProps) current.style.bold = isOn(tag);
    },
    close(name) {
      if (name === 'rPr') inRunProps = false;
      else if (name === 'style') {
        if (current && !raw.has(current.id) && raw.size < 100_000) raw.set(current.id, current.style);
        current = null;
      }
    },
  });
  return new ParagraphStyles(raw);
}
