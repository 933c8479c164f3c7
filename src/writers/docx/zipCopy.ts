/**
 * Writes a copy of a zip package (the Word copy) in which a few parts are replaced or added and
 * every other entry is copied raw — its compressed bytes, CRC and sizes as they were, so those
 * parts stay byte for byte what they were. The copy is written from the package the caller already
 * opened through the checked zip layer (the reader's limits), with the shared package writer: a
 * temporary file beside the output, renamed into place, so a failure leaves nothing half written.
 */
import { InputError, partKey, type XlsxZip } from '../../readers';
import { OutputError } from '../outputError';
import { type EntryLike, PackageWriter } from '../packageWriter';
import { TempOutput } from '../tempOutput';

/**
 * Copies the package `zip` to `output`, with `replace` (part key → new content) for existing parts
 * and `add` for new ones (appended, dated like the first entry). Part names compare as the reader's do.
 */
export async function writePackageCopy(zip: XlsxZip, output: string, replace: Map<string, string>, add: Map<string, string>, force = false): Promise<void> {
  const input = zip.file;
  const target = TempOutput.create(output, { force });
  const writer = new PackageWriter(target, input);
  try {
    const entries = zip.rawEntries();
    for (const e of entries) {
      const text = replace.get(partKey(e.name));
      if (text !== undefined) await writer.writeText(e.name, text, { time: e.time, date: e.date, versionMadeBy: e.versionMadeBy, external: e.externalAttributes }, e.nameRaw);
      else await writer.copyRaw(zip, e);
    }
    const first: EntryLike = entries[0]
      ? { time: entries[0].time, date: entries[0].date, versionMadeBy: entries[0].versionMadeBy, external: 0 }
      : { time: 0, date: 0x21, versionMadeBy: 20, external: 0 };
    for (const [name, text] of add) await writer.writeText(name, text, first);
    await writer.finish();
    await target.commit();
  } catch (e) {
    await target.abort();
    if (e instanceof InputError || e instanceof OutputError) throw e;
    const code = typeof e === 'object' && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
    if (code) throw new OutputError('not-writable', output, code);
    throw new InputError('corrupt', input, e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
}
