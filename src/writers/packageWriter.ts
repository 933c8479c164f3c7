/**
 * Writes a new zip package (an .xlsx/.xlsm or a .docx copy) entry by entry:
 * - `copyRaw` copies an entry of the input package as it is stored: its compressed bytes, CRC,
 *   sizes, name bytes, date and attributes, so the part stays byte for byte what it was;
 * - `writeStream` / `writeText` write a new or changed part, deflated as it streams (the CRC and
 *   sizes are patched into the local header afterwards, so no data descriptor is needed).
 * The copy goes to a temporary file beside the output (see `TempOutput`) and is moved into place by
 * `finish`. No Zip64: a copy that would need it is refused. Faults reading the input surface as the
 * input's InputError; faults writing are OutputErrors naming the output.
 */
import { promises as streamPromises } from 'node:stream';
import { Readable, Transform, Writable } from 'node:stream';
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { InputError, type RawEntry, type XlsxZip } from '../readers';
import { OutputError } from './outputError';
import type { TempOutput } from './tempOutput';

const MAX32 = 0xffffffff;
/** Gathered writes go to the file once they reach this many bytes. */
const WRITE_BATCH_BYTES = 256 * 1024;

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  versionMadeBy: number;
  versionNeeded: number;
  internal: number;
  external: number;
}

/** Date and attributes a new part takes over (from the entry it replaces, or the package's first). */
export interface EntryLike {
  time: number;
  date: number;
  versionMadeBy: number;
  external: number;
}

function errnoText(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
  return code ?? (e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e));
}

export class PackageWriter {
  private offset = 0;
  /** Bytes given to `write` and not yet in the file; they end at `offset`. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly written: Written[] = [];
  private readonly names = new Set<string>();

  constructor(
    private readonly target: TempOutput,
    /** The input's name, for refusals the input causes (a copy that would need Zip64). */
    private readonly inputFile: string,
  ) {}

  /**
   * Writes `buf` after what was written so far. Small writes (each part's header and name, small
   * parts, the central directory) are gathered and written together: a package of thousands of tiny
   * parts otherwise costs thousands of round trips to the file system.
   */
  private async write(buf: Buffer): Promise<void> {
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    this.offset += buf.length;
    if (this.offset > MAX32) throw new InputError('too-large', this.inputFile, 'the copy would be over 4 GB, which needs Zip64');
    if (this.pendingBytes >= WRITE_BATCH_BYTES) await this.flush();
  }

  /** Writes what `write` gathered to the file. */
  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const buf = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    const at = this.offset - this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    const fd = this.target.fd;
    let done = 0;
    try {
      while (done < buf.length) {
        const n = await new Promise<number>((resolve, reject) =>
          fs.write(fd, buf, done, buf.length - done, at + done, (err, bytes) => (err ? reject(err) : resolve(bytes))),
        );
        done += n;
      }
    } catch (e) {
      throw new OutputError('not-writable', this.target.output, errnoText(e));
    }
  }

  private async patch(buf: Buffer, at: number): Promise<void> {
    await this.flush();
    try {
      await new Promise<void>((resolve, reject) => fs.write(this.target.fd, buf, 0, buf.length, at, (err) => (err ? reject(err) : resolve())));
    } catch (e) {
      throw new OutputError('not-writable', this.target.output, errnoText(e));
    }
  }

  private claim(name: Buffer): void {
    const key = name.toString('utf8').toLowerCase();
    if (this.names.has(key)) throw new Error(`the copy would hold the part ${name.toString('utf8')} twice`);
    this.names.add(key);
  }

  private localHeader(w: Omit<Written, 'offset'>): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(w.versionNeeded, 4);
    header.writeUInt16LE(w.flags, 6);
    header.writeUInt16LE(w.method, 8);
    header.writeUInt16LE(w.time, 10);
    header.writeUInt16LE(w.date, 12);
    header.writeUInt32LE(w.crc >>> 0, 14);
    header.writeUInt32LE(w.compressed >>> 0, 18);
    header.writeUInt32LE(w.size >>> 0, 22);
    header.writeUInt16LE(w.name.length, 26);
    header.writeUInt16LE(0, 28);
    return header;
  }

  /** Copies `entry` of `zip` as it is stored: the part stays byte for byte what it was. */
  async copyRaw(zip: XlsxZip, entry: RawEntry): Promise<void> {
    if (entry.compressedSize >= MAX32 || entry.uncompressedSize >= MAX32) {
      throw new InputError('too-large', this.inputFile, `the part ${entry.name} needs Zip64`);
    }
    this.claim(entry.nameRaw);
    const w: Omit<Written, 'offset'> = {
      name: entry.nameRaw,
      // No data descriptor in the copy: the sizes are in the header.
      flags: entry.flags & ~0x0008,
      method: entry.method,
      time: entry.time,
      date: entry.date,
      crc: entry.crc32,
      compressed: entry.compressedSize,
      size: entry.uncompressedSize,
      versionMadeBy: entry.versionMadeBy,
      versionNeeded: entry.versionNeeded,
      internal: entry.internalAttributes,
      external: entry.externalAttributes,
    };
    this.written.push({ ...w, offset: this.offset });
    await this.write(this.localHeader(w));
    await this.write(entry.nameRaw);
    if (entry.compressedSize <= WRITE_BATCH_BYTES) {
      await this.write(await zip.rawBytes(entry.name));
      return;
    }
    const raw = await zip.openRaw(entry.name);
    await this.drain(raw);
  }

  /** Pipes `source` into the file, with backpressure; read faults stay the input's. */
  private async drain(source: Readable, onChunk?: (chunk: Buffer) => void): Promise<void> {
    const sink = new Writable({
      write: (chunk: Buffer, _enc, cb) => {
        onChunk?.(chunk);
        this.write(chunk).then(() => cb(), cb);
      },
    });
    await streamPromises.pipeline(source, sink);
  }

  /**
   * Writes a new part named `name` from `content` (a stream of UTF-8 text or bytes), deflated as it
   * streams.
   */
  async writeStream(name: string, content: Readable | [Readable, ...Transform[]], like: EntryLike, nameRaw?: Buffer): Promise<void> {
    const nameBytes = nameRaw ?? Buffer.from(name, 'utf8');
    this.claim(nameBytes);
    const utf8Name = nameRaw ? false : /[^\x20-\x7e]/.test(name);
    const w: Omit<Written, 'offset'> = {
      name: nameBytes,
      flags: utf8Name ? 0x800 : 0,
      method: 8,
      time: like.time,
      date: like.date,
      crc: 0,
      compressed: 0,
      size: 0,
      versionMadeBy: like.versionMadeBy,
      versionNeeded: 20,
      internal: 0,
      external: like.external,
    };
    const start = this.offset;
    await this.write(this.localHeader(w));
    await this.write(nameBytes);
    const dataStart = this.offset;
    let crc = 0;
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer | string, _enc, cb) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        crc = zlib.crc32(buf, crc);
        size += buf.length;
        cb(null, buf);
      },
    });
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const sink = new Writable({
      write: (chunk: Buffer, _enc, cb) => {
        this.write(chunk).then(() => cb(), cb);
      },
    });
    const stages = Array.isArray(content) ? content : [content];
    await streamPromises.pipeline([...stages, measure, deflate, sink]);
    const compressed = this.offset - dataStart;
    if (size > MAX32) throw new InputError('too-large', this.inputFile, `the part ${name} would be over 4 GB, which needs Zip64`);
    const done = { ...w, crc, compressed, size };
    this.written.push({ ...done, offset: start });
    await this.patch(this.localHeader(done), start);
  }

  /** Writes a new part from text held in memory. */
  async writeText(name: string, text: string, like: EntryLike, nameRaw?: Buffer): Promise<void> {
    await this.writeStream(name, Readable.from([Buffer.from(text, 'utf8')]), like, nameRaw);
  }

  /** Writes the central directory; the temporary file is then complete. */
  async finish(): Promise<void> {
    if (this.written.length > 0xffff) throw new InputError('too-large', this.inputFile, 'too many zip entries to copy without Zip64');
    const cdStart = this.offset;
    for (const w of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(w.versionMadeBy, 4);
      h.writeUInt16LE(w.versionNeeded, 6);
      h.writeUInt16LE(w.flags, 8);
      h.writeUInt16LE(w.method, 10);
      h.writeUInt16LE(w.time, 12);
      h.writeUInt16LE(w.date, 14);
      h.writeUInt32LE(w.crc >>> 0, 16);
      h.writeUInt32LE(w.compressed >>> 0, 20);
      h.writeUInt32LE(w.size >>> 0, 24);
      h.writeUInt16LE(w.name.length, 28);
      h.writeUInt16LE(0, 30); // extra
      h.writeUInt16LE(0, 32); // comment
      h.writeUInt16LE(0, 34); // disk
      h.writeUInt16LE(w.internal, 36);
      h.writeUInt32LE(w.external >>> 0, 38);
      h.writeUInt32LE(w.offset >>> 0, 42);
      await this.write(h);
      await this.write(w.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    await this.write(end);
    await this.flush();
  }
}
