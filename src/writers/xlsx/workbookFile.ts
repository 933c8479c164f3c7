/**
 * Loading a workbook for a writer and saving its copy: the input is only ever read; the output must
 * not be the input (by path, symlink or hard link); it is written to a temporary file in the output's
 * folder and renamed into place, so a failed write never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { InputError } from '../../readers/inputError';
import { resolveLimits, type ReadLimits } from '../../readers/xlsx/limits';
import { OutputError } from '../outputError';
import { checkReplaceable } from '../outputTarget';
import { checkPackageForCopy } from './copyLimits';
import { applyExcelJsPatches } from './exceljsPatches';

/** Throws OutputError('same-as-input') when `output` resolves to the same file as `input`. */
export async function assertNotInput(inputPath: string, outputPath: string): Promise<void> {
  let inputReal: string;
  let inputStat: import('node:fs').Stats;
  try {
    inputReal = await fs.realpath(inputPath);
    inputStat = await fs.stat(inputReal);
  } catch {
    throw new InputError('missing', inputPath);
  }
  let outputStat: import('node:fs').Stats | null = null;
  let outputReal: string;
  try {
    outputReal = await fs.realpath(outputPath);
    outputStat = await fs.stat(outputReal);
  } catch {
    let dir: string;
    try {
      dir = await fs.realpath(path.dirname(path.resolve(outputPath)));
    } catch {
      throw new OutputError('not-writable', outputPath, 'the folder does not exist');
    }
    outputReal = path.join(dir, path.basename(outputPath));
  }
  const sameInode = outputStat !== null && outputStat.ino === inputStat.ino && outputStat.dev === inputStat.dev;
  if (sameInode || outputReal === inputReal) throw new OutputError('same-as-input', outputPath);
}

/**
 * Whether a copy of `inputPath` can be made within the copy limits, checked before the workbook
 * is analysed, so a copy that must be refused is refused before memory is spent on the analysis.
 * Throws InputError naming the input, like `loadWorkbook`.
 */
export async function checkCopyable(inputPath: string, limits?: Partial<ReadLimits>): Promise<void> {
  await checkPackageForCopy(await readForCopy(inputPath, limits), inputPath, limits);
}

/** The input's bytes, read once, when the file is small enough to copy at all. */
async function readForCopy(inputPath: string, limits?: Partial<ReadLimits>): Promise<Buffer> {
  const copyMax = resolveLimits(limits).copyMaxTotalBytes;
  let buffer: Buffer;
  let handle: import('node:fs').promises.FileHandle | undefined;
  try {
    handle = await fs.open(inputPath, 'r');
    const st = await handle.stat();
    if (!st.isFile()) throw new InputError('unsupported', inputPath, 'not a regular file');
    if (st.size > copyMax) {
      throw new InputError('too-large', inputPath, `${st.size} bytes; a copy is written of files up to ${copyMax} bytes`);
    }
    buffer = Buffer.alloc(st.size);
    let pos = 0;
    while (pos < st.size) {
      const { bytesRead } = await handle.read(buffer, pos, st.size - pos, pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
    }
    return buffer.subarray(0, pos);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('missing', inputPath, e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : undefined);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Loads the input for a copy: read once into memory, checked against the copy limits with the
 * reader's own zip layer (copyLimits.ts), and only then handed to ExcelJS, from the same bytes.
 */
export async function loadWorkbook(inputPath: string, limits?: Partial<ReadLimits>): Promise<ExcelJS.Workbook> {
  applyExcelJsPatches();
  const buffer = await readForCopy(inputPath, limits);
  await checkPackageForCopy(buffer, inputPath, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputError('corrupt', inputPath, e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : undefined);
  }
  return wb;
}

/**
 * Writes the copy to a temporary file in the output's folder and renames it into place (so a
 * failed write leaves no half file, and a symbolic link at the output is replaced, never written
 * through). Every failure is an OutputError naming the output: "kunne ikke skrives".
 */
export async function saveAtomically(wb: ExcelJS.Workbook, outputPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(outputPath));
  const tmp = path.join(dir, `.${path.basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await checkReplaceable(outputPath);
    await fs.rename(tmp, outputPath);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof OutputError) throw e;
    const code = typeof e === 'object' && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
    const why = code ?? (e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e));
    throw new OutputError('not-writable', outputPath, why);
  }
}

/**
 * Runs a change to the loaded copy; an error ExcelJS throws there comes from what the input holds,
 * so it is reported as the input's (never as an internal error blamed on the output).
 */
export function withInputBlame<T>(inputPath: string, change: () => T): T {
  try {
    return change();
  } catch (e) {
    if (e instanceof InputError || e instanceof OutputError) throw e;
    throw new InputError('corrupt', inputPath, e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e));
  }
}
