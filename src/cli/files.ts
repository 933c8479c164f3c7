/** Expands the PATH arguments: files as given, folders searched recursively for workbooks. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isWorkbookPath } from '../readers';
import { InputError } from '../readers/inputError';

export interface InputPath {
  path: string;
  /** Set when the path cannot be used at all (missing). */
  error?: InputError;
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    // .xlsx, .xlsm, .docx, .docm; "~$Bog.xlsx" is Office's lock file for an open file, not a file to check.
    else if (entry.isFile() && isWorkbookPath(entry.name)) out.push(full);
  }
}

export function expandPaths(paths: string[]): InputPath[] {
  const out: InputPath[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      out.push({ path: p, error: new InputError('missing', p) });
      continue;
    }
    if (isDir) {
      const found: string[] = [];
      walk(p, found);
      out.push(...found.map((path) => ({ path })));
    } else {
      out.push({ path: p });
    }
  }
  return out;
}
