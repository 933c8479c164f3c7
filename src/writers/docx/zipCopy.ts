/**
 * Writes a copy of a zip package in which a few parts are replaced or added and every other entry
 * is copied raw — its compressed bytes, CRC and sizes as they were, so those parts stay byte for
 * byte what they were. Entries keep their order, names (raw bytes), dates and attributes. Written
 * to a temporary file beside the output and renamed into place, so a failure leaves nothing half
 * written. No Zip64: packages that would need it are refused (they are past the reader's limits).
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as yauzl from 'yauzl';
import { InputError } from '../../readers/inputError';
import { partKey } from '../../readers/xlsx/zip';
import { checkReplaceable } from '../outputTarget';
import { OutputError } from '../outputError';

const MAX32 = 0xffffffff;

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

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: false }, (err, zf) =>
      err || !zf ? reject(new InputError('corrupt', file, `not a valid zip archive: ${err?.message}`)) : resolve(zf),
    ),
  );
}

function entries(zf: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const out: yauzl.Entry[] = [];
    zf.on('entry', (e: yauzl.Entry) => {
      out.push(e);
      zf.readEntry();
    });
    zf.once('end', () => resolve(out));
    zf.once('error', reject);
    zf.readEntry();
  });
}

/** Streams an entry's compressed bytes into `sink` chunk by chunk (media parts may be large). */
function copyRaw(zf: yauzl.ZipFile, entry: yauzl.Entry, sink: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) =>
    zf.openReadStream(entry, { decodeFileData: false }, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('cannot read a zip entry'));
      let got = 0;
      stream.on('data', (c: Buffer) => {
        try {
          got += c.length;
          sink(c);
        } catch (e) {
          stream.destroy();
          reject(e);
        }
      });
      stream.once('end', () => (got === entry.compressedSize ? resolve() : reject(new Error('a zip entry is cut short'))));
      stream.once('error', reject);
    }),
  );
}

function entryName(entry: yauzl.Entry): Buffer {
  const raw = (entry as unknown as { fileNameRaw?: Buffer }).fileNameRaw;
  return raw ?? Buffer.from(entry.fileName as unknown as Buffer);
}

/**
 * Copies `input` to `output`, with `replace` (part name → new content) for existing parts and
 * `add` for new ones (appended, dated like the first entry). Part names compare as the reader's do.
 */
export async function writePackageCopy(input: string, output: string, replace: Map<string, string>, add: Map<string, string>): Promise<void> {
  const zf = await openZip(input);
  const dir = path.dirname(path.resolve(output));
  const tmp = path.join(dir, `.${path.basename(output)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    const list = await entries(zf);
    if (list.length + add.size > 0xffff) throw new InputError('too-large', input, 'too many zip entries to copy without Zip64');
    try {
      fd = fs.openSync(tmp, 'wx');
    } catch (e) {
      throw new OutputError('not-writable', output, e instanceof Error ? e.message.split('\n')[0] : undefined);
    }
    const out = fd;
    let offset = 0;
    const write = (buf: Buffer) => {
      fs.writeSync(out, buf);
      offset += buf.length;
      if (offset > MAX32) throw new InputError('too-large', input, 'the copy would need Zip64');
    };
    const written: Written[] = [];
    const writeEntry = (w: Omit<Written, 'offset'>, data: Buffer | null) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(w.versionNeeded, 4);
      header.writeUInt16LE(w.flags, 6);
      header.writeUInt16LE(w.method, 8);
      header.writeUInt16LE(w.time, 10);
      header.writeUInt16LE(w.date, 12);
      header.writeUInt32LE(w.crc >>> 0, 14);
      header.writeUInt32LE(w.compressed, 18);
      header.writeUInt32LE(w.size, 22);
      header.writeUInt16LE(w.name.length, 26);
      header.writeUInt16LE(0, 28);
      written.push({ ...w, offset });
      write(header);
      write(w.name);
      if (data) write(data);
    };
    const fresh = (name: Buffer, text: string, like: Pick<Written, 'time' | 'date' | 'versionMadeBy' | 'external'>, utf8: boolean) => {
      const content = Buffer.from(text, 'utf8');
      const data = zlib.deflateRawSync(content);
      writeEntry(
        {
          name,
          // Bit 11: the name is UTF-8. No data descriptor: sizes are in the header.
          flags: utf8 ? 0x800 : 0,
          method: 8,
          time: like.time,
          date: like.date,
          crc: zlib.crc32(content),
          compressed: data.length,
          size: content.length,
          versionMadeBy: like.versionMadeBy,
          versionNeeded: 20,
          internal: 0,
          external: like.external,
        },
        data,
      );
    };
    for (const entry of list) {
      const name = entryName(entry);
      const utf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
      const key = partKey(name.toString(utf8 ? 'utf8' : 'latin1'));
      const like = {
        time: entry.lastModFileTime,
        date: entry.lastModFileDate,
        versionMadeBy: entry.versionMadeBy,
        external: entry.externalFileAttributes,
      };
      const replacement = replace.get(key);
      if (replacement !== undefined) {
        fresh(name, replacement, like, utf8);
        continue;
      }
      if (entry.compressedSize >= MAX32 || entry.uncompressedSize >= MAX32) throw new InputError('too-large', input, 'a zip entry needs Zip64');
      writeEntry(
        {
          name,
          flags: entry.generalPurposeBitFlag & ~0x0008,
          method: entry.compressionMethod,
          time: entry.lastModFileTime,
          date: entry.lastModFileDate,
          crc: entry.crc32,
          compressed: entry.compressedSize,
          size: entry.uncompressedSize,
          versionMadeBy: entry.versionMadeBy,
          versionNeeded: entry.versionNeededToExtract,
          internal: entry.internalFileAttributes,
          external: entry.externalFileAttributes,
        },
        null,
      );
      await copyRaw(zf, entry, write);
    }
    const first = list[0];
    const like = first
      ? { time: first.lastModFileTime, date: first.lastModFileDate, versionMadeBy: first.versionMadeBy, external: 0 }
      : { time: 0, date: 0x21, versionMadeBy: 20, external: 0 };
    for (const [name, text] of add) fresh(Buffer.from(name, 'utf8'), text, like, /[^\x20-\x7e]/.test(name));

    const cdStart = offset;
    for (const w of written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(w.versionMadeBy, 4);
      h.writeUInt16LE(w.versionNeeded, 6);
      h.writeUInt16LE(w.flags, 8);
      h.writeUInt16LE(w.method, 10);
      h.writeUInt16LE(w.time, 12);
      h.writeUInt16LE(w.date, 14);
      h.writeUInt32LE(w.crc >>> 0, 16);
      h.writeUInt32LE(w.compressed, 20);
      h.writeUInt32LE(w.size, 24);
      h.writeUInt16LE(w.name.length, 28);
      h.writeUInt16LE(0, 30); // extra
      h.writeUInt16LE(0, 32); // comment
      h.writeUInt16LE(0, 34); // disk
      h.writeUInt16LE(w.internal, 36);
      h.writeUInt32LE(w.external >>> 0, 38);
      h.writeUInt32LE(w.offset, 42);
      write(h);
      write(w.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(written.length, 8);
    end.writeUInt16LE(written.length, 10);
    end.writeUInt32LE(offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    write(end);
    fs.closeSync(out);
    fd = null;
    // Between the first check and now something else may have appeared there: only a regular file is replaced.
    await checkReplaceable(output);
    await fsp.rename(tmp, output);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof InputError || e instanceof OutputError) throw e;
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    if (/EACCES|EPERM|EROFS|ENOENT|EISDIR|ENOSPC/.test(msg)) throw new OutputError('not-writable', output, msg);
    throw new InputError('corrupt', input, msg);
  } finally {
    zf.close();
  }
}
