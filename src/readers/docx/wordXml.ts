/** Small readings of WordprocessingML attributes shared by the .docx reader and writer. */
import type { SaxesTagPlain } from 'saxes';

/** The attribute with local name `local` ("w:val" → "val"), whatever its prefix; null when absent. */
export function attribute(tag: SaxesTagPlain, local: string): string | null {
  const attrs = tag.attributes;
  const direct = attrs[`w:${local}`];
  if (typeof direct === 'string') return direct;
  for (const key of Object.keys(attrs)) {
    if (key === local || key.endsWith(`:${local}`)) return attrs[key];
  }
  return null;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): on unless its value says off. */
export function isOn(tag: SaxesTagPlain): boolean {
  const v = attribute(tag, 'val');
  return v === null || !/^(?:0|false|off|none)$/i.test(v);
}

/** A non-negative integer attribute, or `fallback` when absent or malformed. */
export function intAttribute(tag: SaxesTagPlain, local: string, fallback: number): number {
  const v = attribute(tag, local);
  if (v === null || !/^\s*\d{1,9}\s*$/.test(v)) return fallback;
  return Number(v);
}
