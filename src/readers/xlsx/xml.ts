/** Streaming a zip part through saxes, with namespace prefixes stripped from element names. */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../inputError';
import type { XlsxZip } from './zip';

export interface XmlHandlers {
  /** `name` is the local element name (any "x:" prefix removed). */
  open?(name: string, tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Counts element nesting for one part and refuses it past the limit (saxes keeps one stack entry
 * per open element, and deep nesting is never what a spreadsheet part holds). saxes allows one
 * handler per event, so each parser's own open/close handlers call enter()/leave().
 */
export class XmlDepth {
  private readonly max: number;

  /** `depth`: elements already open (a caller that counts inline passes its count to word the refusal). */
  constructor(
    private readonly zip: XlsxZip,
    private readonly part: string,
    private depth = 0,
  ) {
    this.max = zip.readLimits.maxXmlDepth;
  }

  enter(): void {
    if (++this.depth > this.max) {
      throw new InputError('too-large', this.zip.file, `${this.part} nests XML elements deeper than ${this.max} levels`);
    }
  }

  leave(): void {
    this.depth--;
  }
}

/** The local part of a qualified name ("x:row" → "row"). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function newParser(): SaxesParser {
  // No namespace processing, no position tracking: both cost time on every event.
  return new SaxesParser({ position: false });
}

/**
 * Streams `part` through a fresh parser calling `handlers`; resolves false when the part is absent.
 * Malformed XML becomes InputError 'corrupt' naming the part.
 */
export async function parsePart(zip: XlsxZip, part: string, handlers: XmlHandlers): Promise<boolean> {
  const parser = newParser();
  const { open, close, text } = handlers;
  const depth = new XmlDepth(zip, part);
  parser.on('opentag', (tag) => {
    depth.enter();
    if (open) open(localName(tag.name), tag as SaxesTagPlain);
  });
  parser.on('closetag', (tag) => {
    depth.leave();
    if (close) close(localName(tag.name));
  });
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return streamInto(zip, part, parser);
}

/** Feeds `part` into `parser` and closes it (which checks the document is complete). */
export function streamInto(zip: XlsxZip, part: string, parser: SaxesParser): Promise<boolean> {
  const wrap = (err: unknown): unknown =>
    err instanceof InputError
      ? err
      : new InputError('corrupt', zip.file, `bad XML in ${part}: ${err instanceof Error ? err.message : String(err)}`);
  return zip.streamText(
    part,
    (chunk) => {
      try {
        parser.write(chunk);
      } catch (err) {
        throw wrap(err);
      }
    },
    () => {
      try {
        parser.close();
      } catch (err) {
        throw wrap(err);
      }
    },
  );
}
