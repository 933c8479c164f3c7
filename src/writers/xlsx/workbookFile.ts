/**
 * The one rule every copy obeys before it is written: the output must not be the input (by path,
 * symlink or hard link). The input is only ever read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../readers';
import { OutputError } from '../outputError';

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
