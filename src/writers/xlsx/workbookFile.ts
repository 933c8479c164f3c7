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
import { OutputError } from '../outputError';
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
      throw new OutputError('not-writable', outputPath, 'mappen findes ikke');
    }
    outputReal = path.join(dir, path.basename(outputPath));
  }
  const sameInode = outputStat !== null && outputStat.ino === inputStat.ino && outputStat.dev === inputStat.dev;
  if (sameInode || outputReal === inputReal) throw new OutputError('same-as-input', outputPath);
}

export async function loadWorkbook(inputPath: string): Promise<ExcelJS.Workbook> {
  applyExcelJsPatches();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(inputPath);
  } catch (e) {
    throw new InputError('corrupt', inputPath, e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : undefined);
  }
  return wb;
}

export async function saveAtomically(wb: ExcelJS.Workbook, outputPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(outputPath));
  const tmp = path.join(dir, `.${path.basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, outputPath);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof Error && /EACCES|EPERM|EROFS|ENOENT|EISDIR/.test(e.message)) throw new OutputError('not-writable', outputPath, e.message.split('\n')[0]);
    throw e;
  }
}
