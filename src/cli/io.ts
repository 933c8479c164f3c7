/** Where the CLI writes, and the small facts every command shares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that understands colour. */
  colour: boolean;
  /** Whether stderr is a terminal, where a long check may show its progress. */
  progress?: boolean;
  /** How long a check runs before progress shows (default about a second). */
  progressAfterMs?: number;
  /** Width of the terminal progress is drawn on. */
  columns?: number;
}

let stdoutOpen = true;

/**
 * The reader of stdout has gone (`budgettjek check … | head`): write nothing more to it, but finish
 * the check so the exit status still tells whether there were errors.
 */
export function stdoutClosed(): void {
  stdoutOpen = false;
}

export const processIO: CliIO = {
  stdout: (t) => {
    if (stdoutOpen) process.stdout.write(t);
  },
  stderr: (t) => process.stderr.write(t),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  progress: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
};

export function toolVersion(): string {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version as string;
  } catch {
    return '0.0.0';
  }
}

/** Folds any message onto one line, for stderr. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
