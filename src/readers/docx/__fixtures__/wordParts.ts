/** Test helpers: the parts of a minimal Word document, with a body given as XML. */
import { zipParts } from '../../xlsx/__fixtures__/fixtures';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WordExtra {
  stylesXml?: string;
  title?: string;
  /** Main part content type (macro-enabled documents differ). */
  mainType?: string;
  more?: Record<string, string | Buffer>;
}

export function wordParts(body: string, extra: WordExtra = {}): Record<string, string | Buffer> {
  const parts: Record<string, string | Buffer> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="${extra.mainType ?? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'}"/></Types>`,
    '_rels/.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      (extra.stylesXml ? `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` : '') +
      `</Relationships>`,
  };
  if (extra.stylesXml) parts['word/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${extra.stylesXml}</w:styles>`;
  if (extra.title !== undefined) {
    parts['docProps/core.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${extra.title}</dc:title></cp:coreProperties>`;
  }
  return { ...parts, ...(extra.more ?? {}) };
}

export function wordZip(body: string, extra: WordExtra = {}): Promise<Buffer> {
  return zipParts(wordParts(body, extra));
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph; `style` is a paragraph style id, `bold` makes its run bold. */
export function p(text: string, opts: { style?: string; bold?: boolean } = {}): string {
  const ppr = opts.style ? `<w:pPr><w:pStyle w:val="${opts.style}"/></w:pPr>` : '';
  return `<w:p>${ppr}${text ? `<w:r>${opts.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : ''}</w:p>`;
}

/** A cell: plain text, or raw inner XML with properties. */
export function tc(content: string, tcPr = ''): string {
  const inner = content.startsWith('<') ? content : p(content);
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
}

export function tr(...cells: string[]): string {
  return `<w:tr>${cells.join('')}</w:tr>`;
}

export function tbl(...rows: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
}

/** A proposal cost table as KK writes it: label in the header's first cell, amounts as Danish text. */
export function costTable(rows: string[][], header = ['1.000 kr. 2027 p/l', 'Styringsområde', '2026', '2027']): string {
  return tbl(tr(...header.map((h) => tc(h))), ...rows.map((r) => tr(...r.map((c) => tc(c)))));
}
