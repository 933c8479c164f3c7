/**
 * Zip access for the .xlsx reader on top of yauzl: lists the archive's entries, then streams one
 * part at a time through our own inflater while counting the bytes it really produces, so lying
 * central-directory sizes and zip bombs are stopped by the limits, not by running out of memory.
 */
import * as fs from 'fs';
import { StringDecoder } from 'string_decoder';
import { type Readable, Transform } from 'stream';
import * as zlib from 'zlib';
import * as yauzl from 'yauzl';
import { InputError } from '../inputError';
import type { ReadLimits } from './limits';

/** Inflater output chunk size: larger chunks mean fewer parser calls per part. */
const INFLATE_CHUNK = 64 * 1024;
/** The signature a central directory file header starts with ("PK\x01\x02"). */
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;


export type ZipInput = { fd: number } | { buffer: Buffer };

/** One zip entry as its local and central headers describe it: what a raw copy needs. */
export interface RawEntry {
  /** The part name as the zip spells it. */
  name: string;
  /** The name's bytes exactly as stored. */
  nameRaw: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  versionMadeBy: number;
  versionNeeded: number;
  internalAttributes: number;
  externalAttributes: number;
}

/** Normalises an entry or part name for lookup: no leading slash, forward slashes, lower case. */
export function partKey(name: string): string {
  let n = name.replace(/\\/g, '/');
  while (n.startsWith('/')) n = n.slice(1);
  return n.toLowerCase();
}

/**
 * The part's bytes do not give the CRC-32 its zip entry records: a flipped bit in a stored part, or
 * a deflated stream that happens to inflate to other bytes, would otherwise be read as other data.
 */
function crcMismatch(file: string, name: string, entry: yauzl.Entry, got: number): InputError | null {
  if (got >>> 0 === entry.crc32 >>> 0) return null;
  return new InputError('corrupt', file, `part ${name} fails its CRC-32 check (the zip entry records ${hex(entry.crc32)}, the data gives ${hex(got)})`);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

export class XlsxZip {
  private readonly entries = new Map<string, yauzl.Entry>();
  /** Each part's name as the zip spells it, by its case-insensitive key. */
  private readonly originalNames = new Map<string, string>();
  private inflatedTotal = 0;
  /**
   * The most bytes inflated of each part so far. A part read again (the check reads a sheet, then
   * the copy rewrites it from the same opened package) counts once towards the total: the limits
   * apply once to the same bytes.
   */
  private readonly inflatedByPart = new Map<string, number>();

  private constructor(
    private readonly zipfile: yauzl.ZipFile,
    readonly file: string,
    private readonly limits: ReadLimits,
    private readonly input: ZipInput,
  ) {}

  /** Opens the archive. Takes ownership of `input.fd`: it is closed by `close()` or on failure. */
  static async open(input: ZipInput, file: string, limits: ReadLimits): Promise<XlsxZip> {
    const options: yauzl.Options = {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: false,
      strictFileNames: false,
    };
    let zipfile: yauzl.ZipFile;
    try {
      zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) => {
        const cb = (err: Error | null, zf?: yauzl.ZipFile) => {
          if (err || !zf) reject(new InputError('corrupt', file, `not a valid zip archive: ${describe(err)}`));
          else resolve(zf);
        };
        try {
          if ('fd' in input) yauzl.fromFd(input.fd, options, cb);
          else yauzl.fromBuffer(input.buffer, options, cb);
        } catch (err) {
          reject(new InputError('corrupt', file, `not a valid zip archive: ${describe(err)}`));
        }
      });
    } catch (err) {
      // yauzl does not close the descriptor when it fails to open the archive.
      if ('fd' in input) fs.close(input.fd, () => undefined);
      throw err;
    }
    // The descriptor is closed asynchronously by close(); a failure there must not crash us.
    zipfile.on('error', () => undefined);
    const zip = new XlsxZip(zipfile, file, limits, input);
    try {
      if (zipfile.entryCount > limits.maxEntries) {
        throw new InputError('too-large', file, `${zipfile.entryCount} zip entries; the limit is ${limits.maxEntries}`);
      }
      await zip.readDirectory();
    } catch (err) {
      zip.close();
      throw err;
    }
    return zip;
  }

  private readDirectory(): Promise<void> {
    const zf = this.zipfile;
    return new Promise<void>((resolve, reject) => {
      let count = 0;
      zf.on('entry', (entry: yauzl.Entry) => {
        count++;
        if (count > this.limits.maxEntries) {
          reject(new InputError('too-large', this.file, `more than ${this.limits.maxEntries} zip entries`));
          return;
        }
        const raw = (entry as unknown as { fileNameRaw?: Buffer }).fileNameRaw;
        const name = raw
          ? raw.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1')
          : String(entry.fileName);
        // Directories end in "/". Part names are case-insensitive (OPC): two entries whose names
        // differ only in case are the same part twice, and which one a reader takes is arbitrary,
        // so the package is refused rather than checked as one thing and copied as another.
        if (!name.endsWith('/')) {
          const key = partKey(name);
          const first = this.entries.get(key);
          if (first !== undefined) {
            const firstName = this.originalNames.get(key) ?? key;
            const same = firstName === name ? `two parts named ${name}` : `two parts named ${firstName} and ${name}`;
            reject(new InputError('corrupt', this.file, `the package holds ${same} (part names are case-insensitive)`));
            return;
          }
          this.entries.set(key, entry);
          this.originalNames.set(key, name);
        }
        zf.readEntry();
      });
      zf.once('end', () => {
        void this.checkDirectoryEnd(count).then(resolve, reject);
      });
      zf.once('error', (err: unknown) => reject(new InputError('corrupt', this.file, `bad zip directory: ${describe(err)}`)));
      zf.readEntry();
    });
  }

  /**
   * The central directory ends where the end record says it has counted all its entries: another
   * entry's header right after the last one counted means the count is low, and the entries past it
   * would be silently left out (a part missing, or read from the wrong place), so the package is
   * refused as damaged, as a count that is too high already is.
   */
  private async checkDirectoryEnd(counted: number): Promise<void> {
    // yauzl's position after the last central header it read (where it would read the next one);
    // the reader tests refuse a low count, so a yauzl that stopped keeping it would be noticed there.
    const cursor = (this.zipfile as unknown as { readEntryCursor?: unknown }).readEntryCursor;
    if (typeof cursor !== 'number') return;
    const next = await this.readBytes(cursor, 4);
    if (next.length === 4 && next.readUInt32LE(0) === CENTRAL_HEADER_SIGNATURE) {
      throw new InputError('corrupt', this.file, `the zip's end record counts ${counted} entries, but its central directory holds more`);
    }
  }

  /** Up to `length` bytes of the archive from `position` (fewer at its end). */
  private readBytes(position: number, length: number): Promise<Buffer> {
    const input = this.input;
    if ('buffer' in input) return Promise.resolve(input.buffer.subarray(position, position + length));
    return new Promise<Buffer>((resolve, reject) => {
      const buf = Buffer.alloc(length);
      fs.read(input.fd, buf, 0, length, position, (err, read) => {
        if (err) reject(new InputError('corrupt', this.file, `bad zip directory: ${describe(err)}`));
        else resolve(buf.subarray(0, read));
      });
    });
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Every part as the zip spells its name, with the sizes its central directory declares. */
  parts(): { name: string; declaredBytes: number; compressedBytes: number }[] {
    return [...this.entries].map(([key, e]) => ({
      name: this.originalNames.get(key) ?? key,
      declaredBytes: e.uncompressedSize,
      compressedBytes: e.compressedSize,
    }));
  }

  /** Every part's zip entry in the order of the central directory (folders left out). */
  rawEntries(): RawEntry[] {
    return [...this.entries].map(([key, e]) => ({
      name: this.originalNames.get(key) ?? key,
      nameRaw: (e as unknown as { fileNameRaw?: Buffer }).fileNameRaw ?? Buffer.from(String(e.fileName), 'utf8'),
      flags: e.generalPurposeBitFlag,
      method: e.compressionMethod,
      time: e.lastModFileTime,
      date: e.lastModFileDate,
      crc32: e.crc32,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
      versionMadeBy: e.versionMadeBy,
      versionNeeded: e.versionNeededToExtract,
      internalAttributes: e.internalFileAttributes,
      externalAttributes: e.externalFileAttributes,
    }));
  }

  /**
   * The part's compressed bytes as they are stored, for a copy that keeps them as they were. They
   * are not inflated, so the inflate limits do not apply; a part whose data runs past the end of the
   * file is an InputError naming this package.
   */
  async openRaw(name: string): Promise<Readable> {
    const entry = this.entries.get(partKey(name));
    if (!entry) throw new InputError('corrupt', this.file, `part ${name} is missing`);
    const raw = await new Promise<Readable>((resolve, reject) => {
      try {
        this.zipfile.openReadStream(entry, { decodeFileData: false }, (err, stream) => {
          if (err || !stream) reject(new InputError('corrupt', this.file, `cannot read part ${name}: ${describe(err)}`));
          else resolve(stream);
        });
      } catch (err) {
        reject(new InputError('corrupt', this.file, `cannot read part ${name}: ${describe(err)}`));
      }
    });
    let got = 0;
    const file = this.file;
    const counted = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        got += chunk.length;
        cb(null, chunk);
      },
      flush(cb) {
        if (got !== entry.compressedSize) cb(new InputError('corrupt', file, `part ${name} is cut short (${got} of ${entry.compressedSize} bytes)`));
        else cb();
      },
    });
    raw.on('error', (err) => counted.destroy(err instanceof InputError ? err : new InputError('corrupt', this.file, `cannot read part ${name}: ${describe(err)}`)));
    counted.on('error', () => undefined);
    return raw.pipe(counted);
  }

  /**
   * The part's compressed bytes as they are stored, read with one call: for a raw copy of a small
   * part (a stream per part costs more than the part). An InputError naming this package when the
   * data runs past the end of the file.
   */
  async rawBytes(name: string): Promise<Buffer> {
    const entry = this.entries.get(partKey(name));
    if (!entry) throw new InputError('corrupt', this.file, `part ${name} is missing`);
    return this.compressedBytes(name, entry);
  }

  /**
   * The part inflated, as a stream with backpressure, every byte counted against the limits like
   * `streamBytes`. Errors are InputErrors naming this package.
   */
  async openInflated(name: string): Promise<Readable> {
    const entry = this.entries.get(partKey(name));
    if (!entry) throw new InputError('corrupt', this.file, `part ${name} is missing`);
    if (entry.isEncrypted()) throw new InputError('encrypted', this.file, `zip entry ${name} is encrypted`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new InputError('corrupt', this.file, `part ${name} uses unsupported zip compression method ${entry.compressionMethod}`);
    }
    const raw = await this.openRaw(name);
    const inflater = entry.compressionMethod === 8 ? zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }) : null;
    let entryBytes = 0;
    let crc = 0;
    const counted = new Transform({
      transform: (chunk: Buffer, _enc, cb) => {
        try {
          entryBytes += chunk.length;
          this.countBytes(name, entry, entryBytes, chunk.length);
          crc = zlib.crc32(chunk, crc);
          cb(null, chunk);
        } catch (err) {
          cb(err as Error);
        }
      },
      flush: (cb) => cb(crcMismatch(this.file, name, entry, crc)),
    });
    const fail = (err: unknown) =>
      counted.destroy(err instanceof InputError ? err : new InputError('corrupt', this.file, `part ${name}: ${describe(err)}`));
    raw.on('error', fail);
    // The error stays on the stream (`errored`) for whoever pipes it later; without a listener
    // until then it would be an uncaught 'error' event.
    counted.on('error', () => undefined);
    if (inflater) {
      inflater.on('error', fail);
      raw.pipe(inflater).pipe(counted);
    } else raw.pipe(counted);
    return counted;
  }

  /** The limits this archive is read under. */
  get readLimits(): Readonly<ReadLimits> {
    return this.limits;
  }

  /** Rejects up front parts whose declared size or ratio already breaks the limits. */
  checkDeclared(names: string[]): void {
    let total = 0;
    for (const name of names) {
      const e = this.entries.get(partKey(name));
      if (!e) continue;
      total += e.uncompressedSize;
      this.checkRatio(name, e.uncompressedSize, e.compressedSize);
    }
    if (total > this.limits.maxTotalBytes) {
      throw new InputError(
        'too-large',
        this.file,
        `the workbook's parts declare ${total} bytes; the limit is ${this.limits.maxTotalBytes} bytes in total`,
      );
    }
  }

  private checkRatio(name: string, inflated: number, compressed: number): void {
    const { maxRatio, ratioMinBytes } = this.limits;
    if (inflated > ratioMinBytes && inflated > maxRatio * Math.max(compressed, 1)) {
      throw new InputError(
        'too-large',
        this.file,
        `part ${name} inflates more than ${maxRatio} times (${compressed} -> ${inflated}+ bytes); compression ratio limit ${maxRatio}`,
      );
    }
  }

  private countBytes(name: string, entry: yauzl.Entry, entryBytes: number, chunk: number): void {
    // Every writer records a part's true size in the central directory; a part that inflates past
    // it is built to deceive size checks, so it is refused at the first byte too many.
    if (entryBytes > entry.uncompressedSize) {
      throw new InputError(
        'too-large',
        this.file,
        `part ${name} inflates to more than the ${entry.uncompressedSize} bytes its zip entry declares`,
      );
    }
    const key = partKey(name);
    const before = this.inflatedByPart.get(key) ?? 0;
    if (entryBytes <= before) return; // these bytes of the part were counted (and checked) when first read
    this.inflatedByPart.set(key, entryBytes);
    this.inflatedTotal += Math.min(chunk, entryBytes - before);
    if (this.inflatedTotal > this.limits.maxTotalBytes) {
      throw new InputError(
        'too-large',
        this.file,
        `more than ${this.limits.maxTotalBytes} bytes of XML inflated; total size limit ${this.limits.maxTotalBytes} bytes`,
      );
    }
    this.checkRatio(name, entryBytes, entry.compressedSize);
  }

  /** Bytes of inflated XML read so far (all parts). */
  get inflatedBytes(): number {
    return this.inflatedTotal;
  }

  /**
   * Streams part `name` as text into `sink`, chunk by chunk. Anything `sink` throws aborts the
   * stream and rejects (InputErrors as they are, other errors as 'corrupt'). Resolves false when
   * the part does not exist. XML parts are UTF-8 or UTF-16 (OPC allows both); UTF-16 is told by its
   * byte order mark and decoded, and the text's declaration then says UTF-8, the encoding any
   * consumer writes it back in.
   */
  async streamText(name: string, sink: (text: string) => void, end?: () => void): Promise<boolean> {
    let decode: XmlTextDecoder | null = null;
    return this.streamBytes(
      name,
      (chunk) => {
        decode ??= new XmlTextDecoder();
        const text = decode.write(chunk);
        if (text) sink(text);
      },
      () => {
        const rest = decode?.end();
        if (rest) sink(rest);
        if (end) end();
      },
    );
  }

  /**
   * Streams part `name` as inflated bytes into `sink`, counted against the limits like text. Used
   * to measure parts (images, custom XML) that the reader itself never parses.
   */
  async streamBytes(name: string, sink: (chunk: Buffer) => void, end?: () => void): Promise<boolean> {
    const entry = this.entries.get(partKey(name));
    if (!entry) return false;
    if (entry.isEncrypted()) throw new InputError('encrypted', this.file, `zip entry ${name} is encrypted`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new InputError('corrupt', this.file, `part ${name} uses unsupported zip compression method ${entry.compressionMethod}`);
    }
    // Small parts are inflated in one synchronous call instead of a stream: a workbook of hundreds
    // of small sheets otherwise spends most of its time in stream plumbing. Parts that are big, or
    // turn out bigger than declared, are streamed and counted chunk by chunk.
    const whole = this.limits.wholePartBytes;
    if (entry.uncompressedSize <= whole && entry.compressedSize <= whole) {
      const bytes = await this.inflateWhole(name, entry);
      if (bytes !== null) {
        sink(bytes);
        if (end) end();
        return true;
      }
      // It inflates to more than it declared: stream it, counting every byte.
    }
    await this.streamEntry(name, entry, sink, end);
    return true;
  }

  /** The part's compressed bytes, read with one call. */
  private async compressedBytes(name: string, entry: yauzl.Entry): Promise<Buffer> {
    const fail = (err: unknown) => new InputError('corrupt', this.file, `cannot read part ${name}: ${describe(err)}`);
    let start: number;
    try {
      start = (await this.zipfile.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
    } catch (err) {
      throw fail(err);
    }
    const len = entry.compressedSize;
    if ('buffer' in this.input) {
      if (start + len > this.input.buffer.length) throw fail('data runs past the end of the file');
      return this.input.buffer.subarray(start, start + len);
    }
    const fd = this.input.fd;
    const out = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const n = await new Promise<number>((resolve, reject) =>
        fs.read(fd, out, got, len - got, start + got, (err, bytes) => (err ? reject(fail(err)) : resolve(bytes))),
      );
      if (n === 0) throw fail('data runs past the end of the file');
      got += n;
    }
    return out;
  }

  /**
   * Inflates a small part in one go, with zlib capped at what the limits (and `wholePartBytes`) still
   * allow; null when the part produces more than that, so the caller streams it instead.
   */
  private async inflateWhole(name: string, entry: yauzl.Entry): Promise<Buffer | null> {
    const data = await this.compressedBytes(name, entry);
    let inflated: Buffer;
    if (entry.compressionMethod === 0) inflated = data;
    else {
      const { maxTotalBytes, maxRatio, ratioMinBytes } = this.limits;
      const cap = Math.min(
        this.limits.wholePartBytes,
        Math.max(0, maxTotalBytes - this.inflatedTotal),
        Math.max(ratioMinBytes, maxRatio * Math.max(entry.compressedSize, 1)),
      );
      try {
        inflated = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, cap + 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return null;
        throw new InputError('corrupt', this.file, `part ${name}: ${describe(err)}`);
      }
      if (inflated.length > cap) return null;
    }
    this.countBytes(name, entry, inflated.length, inflated.length);
    const damaged = crcMismatch(this.file, name, entry, zlib.crc32(inflated));
    if (damaged) throw damaged;
    return inflated;
  }

  private async streamEntry(name: string, entry: yauzl.Entry, sink: (chunk: Buffer) => void, end?: () => void): Promise<void> {
    const raw = await new Promise<Readable>((resolve, reject) => {
      try {
        this.zipfile.openReadStream(entry, { decodeFileData: false }, (err, stream) => {
          if (err || !stream) reject(new InputError('corrupt', this.file, `cannot read part ${name}: ${describe(err)}`));
          else resolve(stream);
        });
      } catch (err) {
        reject(new InputError('corrupt', this.file, `cannot read part ${name}: ${describe(err)}`));
      }
    });
    const inflater = entry.compressionMethod === 8 ? zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }) : null;
    const out: Readable = inflater ?? raw;
    let entryBytes = 0;
    let crc = 0;

    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const stop = (err: unknown) => {
        if (settled) return;
        settled = true;
        if (inflater) {
          raw.unpipe(inflater);
          inflater.destroy();
        }
        raw.destroy();
        reject(
          err instanceof InputError ? err : new InputError('corrupt', this.file, `part ${name}: ${describe(err)}`),
        );
      };
      out.on('data', (chunk: Buffer) => {
        if (settled) return;
        try {
          entryBytes += chunk.length;
          this.countBytes(name, entry, entryBytes, chunk.length);
          crc = zlib.crc32(chunk, crc);
          sink(chunk);
        } catch (err) {
          stop(err);
        }
      });
      out.once('end', () => {
        if (settled) return;
        try {
          const damaged = crcMismatch(this.file, name, entry, crc);
          if (damaged) throw damaged;
          if (end) end();
          settled = true;
          resolve();
        } catch (err) {
          stop(err);
        }
      });
      out.on('error', stop);
      if (inflater) {
        raw.on('error', stop);
        raw.pipe(inflater);
      }
    });
  }

  close(): void {
    try {
      this.zipfile.close();
    } catch {
      // already closed
    }
  }
}

interface ChunkDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

/** Longest XML declaration looked for at the start of a part. */
const MAX_DECLARATION_BYTES = 1024;
const XML_DECLARATION_START = Buffer.from('<?xml');

/**
 * The encoding the part's XML declaration names: undefined while `bytes` may still be the start of
 * a declaration that is not whole yet (unless `final`), null when there is no declaration or it
 * names none.
 */
function declaredEncoding(bytes: Buffer, final: boolean): string | null | undefined {
  const start = bytes.subarray(0, XML_DECLARATION_START.length);
  if (!XML_DECLARATION_START.subarray(0, start.length).equals(start)) return null;
  const close = bytes.subarray(0, MAX_DECLARATION_BYTES).indexOf('?>');
  if (close < 0) return final || bytes.length >= MAX_DECLARATION_BYTES ? null : undefined;
  const declaration = bytes.subarray(0, close).toString('latin1');
  return /\bencoding\s*=\s*["']([^"']*)["']/.exec(declaration)?.[1] ?? null;
}

/**
 * A decoder for a declared encoding other than UTF-8 and UTF-16 (ISO-8859-1, windows-1252 and the
 * like: what older tools write); null for UTF-8, UTF-16 (told by the byte order mark, not the
 * declaration) and labels no decoder knows, which are read as UTF-8.
 */
function legacyDecoder(label: string): ChunkDecoder | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim());
  } catch {
    return null;
  }
  if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) return null;
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

/**
 * Bytes of an XML part to text: UTF-8, or UTF-16 in either byte order when the part starts with its
 * byte order mark, or the single-byte encoding its XML declaration names (ISO-8859-1, windows-1252 …).
 * The text's declaration is then rewritten to say UTF-8: the text no longer has the bytes it
 * described, and whoever writes it back writes UTF-8. The first bytes decide the encoding.
 */
export class XmlTextDecoder {
  private decoder: ChunkDecoder | null = null;
  private bigEndian = false;
  private utf16 = false;
  /** Bytes held back: the first bytes until they show the encoding, or half a UTF-16 code unit. */
  private held: Buffer | null = null;
  /** Text held until the declaration is whole; null once it has been passed on (or needs no rewrite). */
  private head: string | null = '';

  /** Picks the decoder from the part's first bytes; false while they do not yet tell. */
  private choose(bytes: Buffer, final: boolean): boolean {
    if (bytes.length < 2 && !final) return false;
    this.bigEndian = bytes[0] === 0xfe && bytes[1] === 0xff;
    this.utf16 = this.bigEndian || (bytes[0] === 0xff && bytes[1] === 0xfe);
    if (this.utf16) {
      this.decoder = new StringDecoder('utf16le');
      return true;
    }
    const label = declaredEncoding(bytes, final);
    if (label === undefined) return false;
    const legacy = label === null ? null : legacyDecoder(label);
    this.decoder = legacy ?? new StringDecoder('utf8');
    // Read as UTF-8 under a declaration that says otherwise (UTF-16 without its byte order mark, as
    // .NET writers leave it, or a label no decoder knows): the text's declaration says UTF-8 too.
    if (legacy === null && (label === null || /^\s*utf-?8\s*$/i.test(label))) this.head = null;
    return true;
  }

  write(chunk: Buffer): string {
    let bytes = this.held ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = null;
    if (this.decoder === null && !this.choose(bytes, false)) {
      this.held = Buffer.from(bytes);
      return '';
    }
    if (this.utf16) {
      // Whole code units only: StringDecoder joins surrogate pairs across writes, not odd bytes.
      const even = bytes.length - (bytes.length % 2);
      if (even < bytes.length) this.held = Buffer.from(bytes.subarray(even));
      bytes = this.bigEndian ? Buffer.from(bytes.subarray(0, even)).swap16() : bytes.subarray(0, even);
    }
    return this.rewrite(this.decoder!.write(bytes), false);
  }

  end(): string {
    const held = this.held;
    this.held = null;
    if (this.decoder === null) {
      if (!held) return '';
      this.choose(held, true);
    }
    const rest = (held && !this.utf16 ? this.decoder!.write(held) : '') + this.decoder!.end();
    return this.rewrite(rest, true);
  }

  /** Holds text until the declaration is whole (or cannot be one), then says UTF-8 in it. */
  private rewrite(text: string, final: boolean): string {
    if (this.head === null) return text;
    this.head += text;
    if (!final && !this.head.includes('>') && this.head.length < MAX_DECLARATION_BYTES) return '';
    const head = this.head.replace(/^(\uFEFF?<\?xml[^>]*?\bencoding\s*=\s*["'])[^"']*(["'])/i, '$1UTF-8$2');
    this.head = null;
    return head;
  }
}
