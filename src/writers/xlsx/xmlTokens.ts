/**
 * A streaming XML tokenizer for rewriting parts: it cuts text into tags, text, comments, CDATA and
 * processing instructions, each with its raw text, so a rewriter passes through what it does not
 * change exactly as it was and replaces only what it must. It does not check well-formedness (the
 * reader already parsed the part); it only needs to find where each token ends.
 */
import { Transform } from 'node:stream';
import { XmlTextDecoder } from '../../readers';

export type TokenKind = 'open' | 'close' | 'empty' | 'text' | 'other';

export interface Token {
  kind: TokenKind;
  raw: string;
  /** The qualified element name for tags ("x:c"), '' otherwise. */
  name: string;
  /** The local name ("c"). */
  local: string;
}

function tagName(raw: string, from: number): string {
  let end = from;
  while (end < raw.length) {
    const ch = raw.charCodeAt(end);
    // whitespace, '/', '>'
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
    end++;
  }
  return raw.slice(from, end);
}

function localOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Index just past the '>' that ends the tag starting at `from` (quotes respected), or -1. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  return -1;
}

export class XmlTokenizer {
  private buf = '';

  /** Cuts `text` (appended to what is left over) into tokens; an unfinished token waits for more. */
  feed(text: string, emit: (t: Token) => void): void {
    const s = this.buf + text;
    let i = 0;
    while (i < s.length) {
      if (s.charCodeAt(i) !== 60) {
        const lt = s.indexOf('<', i);
        const end = lt < 0 ? s.length : lt;
        emit({ kind: 'text', raw: s.slice(i, end), name: '', local: '' });
        i = end;
        continue;
      }
      let end: number;
      let kind: TokenKind;
      if (s.startsWith('<!--', i)) {
        const e = s.indexOf('-->', i + 4);
        end = e < 0 ? -1 : e + 3;
        kind = 'other';
      } else if (s.startsWith('<![CDATA[', i)) {
        const e = s.indexOf(']]>', i + 9);
        end = e < 0 ? -1 : e + 3;
        kind = 'other';
      } else if (s.startsWith('<?', i)) {
        const e = s.indexOf('?>', i + 2);
        end = e < 0 ? -1 : e + 2;
        kind = 'other';
      } else if (i + 1 < s.length && s[i + 1] === '!') {
        end = tagEnd(s, i);
        kind = 'other';
      } else if (i + 1 >= s.length) {
        end = -1;
        kind = 'other';
      } else {
        end = tagEnd(s, i);
        kind = s[i + 1] === '/' ? 'close' : end > 1 && s.charCodeAt(end - 2) === 47 ? 'empty' : 'open';
      }
      if (end < 0) break;
      const raw = s.slice(i, end);
      if (kind === 'other') emit({ kind, raw, name: '', local: '' });
      else {
        const name = tagName(raw, kind === 'close' ? 2 : 1);
        emit({ kind, raw, name, local: localOf(name) });
      }
      i = end;
    }
    this.buf = s.slice(i);
  }

  /** The end of the part: anything left unfinished is malformed. */
  end(): void {
    if (this.buf.trim()) throw new Error('the XML ends inside a tag');
    this.buf = '';
  }
}

/** An attribute as written: its qualified name and its value still escaped. */
export type Attr = [name: string, rawValue: string];

/** The attributes of a start tag, in order, values left escaped. */
export function parseAttrs(raw: string): Attr[] {
  const out: Attr[] = [];
  const re = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const start = raw.search(/[\s/>]/);
  re.lastIndex = start < 0 ? raw.length : start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) out.push([m[1], m[2] ?? m[3] ?? '']);
  return out;
}

export function attr(attrs: Attr[], name: string): string | undefined {
  for (const [n, v] of attrs) if (n === name) return v;
  return undefined;
}

/** A start tag (or an empty one) from its name and attributes. */
export function startTag(name: string, attrs: Attr[], empty = false): string {
  let s = `<${name}`;
  for (const [n, v] of attrs) s += ` ${n}="${v}"`;
  return s + (empty ? '/>' : '>');
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The prefix of a qualified name with its colon ("x:" for "x:c"), '' when it has none. */
export function prefixOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? '' : name.slice(0, i + 1);
}

/**
 * A text stream transform built on the tokenizer: `onToken` gets every token and returns what to
 * write for it (the raw text to keep it); `onEnd` may add text at the end.
 */
export function tokenTransform(onToken: (t: Token, out: string[]) => void, onEnd?: (out: string[]) => void): Transform {
  // UTF-8 or UTF-16 by the part's byte order mark; the text is written back as UTF-8.
  const decoder = new XmlTextDecoder();
  const tokenizer = new XmlTokenizer();
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const out: string[] = [];
      try {
        tokenizer.feed(decoder.write(chunk), (t) => onToken(t, out));
      } catch (e) {
        cb(e as Error);
        return;
      }
      cb(null, out.join(''));
    },
    flush(cb) {
      const out: string[] = [];
      try {
        tokenizer.feed(decoder.end(), (t) => onToken(t, out));
        tokenizer.end();
        onEnd?.(out);
      } catch (e) {
        cb(e as Error);
        return;
      }
      cb(null, out.join(''));
    },
  });
}

/** Excel's limit on the characters of a cell's text (and of a note). */
export const EXCEL_TEXT_LIMIT = 32767;

/** `text` cut to Excel's limit, ending in "…" when it was cut (surrogate pairs never split). */
export function fitExcelText(text: string): string {
  if (text.length <= EXCEL_TEXT_LIMIT) return text;
  let cut = EXCEL_TEXT_LIMIT - 1;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** The tokens of a whole part's text. */
export function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  const t = new XmlTokenizer();
  t.feed(text, (x) => out.push(x));
  t.end();
  return out;
}
