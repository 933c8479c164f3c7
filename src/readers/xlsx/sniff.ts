/**
 * Content sniffing: decide what a file is from its first bytes, before any zip or XML parsing,
 * so renamed .xls, .csv, encrypted workbooks and plain junk get a precise InputError code.
 */
import type { InputErrorCode } from '../inputError';

/** How many leading bytes `sniffHead` looks at. */
export const SNIFF_BYTES = 64 * 1024;

export type SniffResult =
  | { kind: 'zip' }
  | { kind: 'ole' }
  | { kind: 'reject'; code: InputErrorCode; detail?: string };

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function sniffHead(head: Buffer): SniffResult {
  if (head.length === 0) return { kind: 'reject', code: 'corrupt', detail: 'empty file' };
  // PK\3\4 (local file header), PK\5\6 (empty archive), PK\7\8 (spanned archive marker).
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b) {
    const a = head[2];
    const b = head[3];
    if ((a === 3 && b === 4) || (a === 5 && b === 6) || (a === 7 && b === 8)) return { kind: 'zip' };
  }
  if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) return { kind: 'ole' };
  if (head.length < 8 && head.length >= 4 && head.subarray(0, 4).equals(OLE_MAGIC.subarray(0, 4))) {
    // OLE magic cut short: an .xls/encrypted file truncated to almost nothing.
    return { kind: 'reject', code: 'corrupt', detail: 'truncated OLE container' };
  }
  const text = asText(head);
  if (text !== null) return classifyText(text);
  return { kind: 'reject', code: 'unsupported', detail: 'unknown binary content' };
}

/** Stream names in an OLE (Compound File) directory are UTF-16LE. */
function utf16(name: string): Buffer {
  return Buffer.from(name, 'utf16le');
}
const ENCRYPTION_NAMES = [utf16('EncryptionInfo'), utf16('EncryptedPackage')];
const WORKBOOK_NAMES = [utf16('Workbook'), utf16('Book')];
const OTHER_OFFICE_NAMES = [utf16('WordDocument'), utf16('PowerPoint Document')];
/** Longest name we search for, in bytes: chunks overlap by this much so no name is split. */
export const OLE_NAME_OVERLAP = Math.max(...[...ENCRYPTION_NAMES, ...WORKBOOK_NAMES, ...OTHER_OFFICE_NAMES].map((b) => b.length));

/** Accumulates what an OLE container's bytes reveal; fed chunk by chunk (chunks must overlap). */
export class OleScanner {
  private encrypted = false;
  private workbook = false;
  private otherOffice = false;

  feed(chunk: Buffer): void {
    if (!this.encrypted) this.encrypted = ENCRYPTION_NAMES.some((n) => chunk.includes(n));
    if (!this.workbook) this.workbook = WORKBOOK_NAMES.some((n) => chunk.includes(n));
    if (!this.otherOffice) this.otherOffice = OTHER_OFFICE_NAMES.some((n) => chunk.includes(n));
  }

  get done(): boolean {
    return this.encrypted;
  }

  verdict(): { code: InputErrorCode; detail?: string } {
    if (this.encrypted) return { code: 'encrypted' };
    if (this.workbook) return { code: 'xls' };
    if (this.otherOffice) return { code: 'unsupported', detail: 'an old Word or PowerPoint file' };
    // An OLE container we cannot name: most likely an .xls written by some other tool.
    return { code: 'xls' };
  }
}

export function classifyOleBuffer(buf: Buffer): { code: InputErrorCode; detail?: string } {
  const scanner = new OleScanner();
  scanner.feed(buf);
  return scanner.verdict();
}

/**
 * The head as text when it looks like text (UTF-8, Latin-1/Windows-1252 or UTF-16 with BOM);
 * null when it looks binary.
 */
function asText(head: Buffer): string | null {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    const le = head[0] === 0xff;
    let body = head.subarray(2, head.length - (head.length % 2));
    if (!le) {
      body = Buffer.from(body); // copy before swapping: never touch the caller's bytes
      body.swap16();
    }
    const s = body.toString('utf16le');
    return controlShare(s) <= 0.005 ? s : null;
  }
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return null;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
  }
  if (control > head.length * 0.005) return null;
  let start = 0;
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  // Non-ASCII bytes decode as U+FFFD when the file is Latin-1; that is fine for classification.
  return head.toString('utf8', start);
}

function controlShare(s: string): number {
  if (s.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) control++;
  }
  return control / s.length;
}

function classifyText(text: string): SniffResult {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    if (trimmed.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      return { kind: 'reject', code: 'xls', detail: 'Excel 2003 XML spreadsheet' };
    }
    return { kind: 'reject', code: 'unsupported', detail: 'an XML or HTML text file' };
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return { kind: 'reject', code: 'unsupported', detail: 'a JSON text file' };
  }
  let delimiters = 0;
  let newlines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 59 /* ; */ || c === 9 /* tab */) delimiters++;
    else if (c === 10) newlines++;
  }
  if (delimiters > 0 || newlines > 0) return { kind: 'reject', code: 'csv' };
  return { kind: 'reject', code: 'unsupported', detail: 'a text file' };
}
