/**
 * Expands the PATH arguments: files as given, folders searched recursively for workbooks; and says
 * which case each file belongs to. Files of one folder checked in one run are one case (an overview
 * is reconciled with the proposals in the other files); files in different folders never are.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError, isWorkbookPath } from '../readers';

export interface InputPath {
  path: string;
  /** Files with the same key are one case: the resolved folder, or the file itself with --each. */
  caseKey: string;
  /** Set when the path cannot be used at all (missing). */
  error?: InputError;
}

/** A folder's own workbooks first, then its subfolders', so each folder's files come together. */
function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const folders: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) folders.push(full);
    // .xlsx, .xlsm, .docx, .docm; "~$Bog.xlsx" is Office's lock file for an open file, not a file to check.
    else if (entry.isFile() && isWorkbookPath(entry.name)) out.push(full);
  }
  for (const folder of folders) walk(folder, out);
}

export function expandPaths(paths: string[], options: { each?: boolean } = {}): InputPath[] {
  const found: { path: string; error?: InputError }[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      found.push({ path: p, error: new InputError('missing', p) });
      continue;
    }
    if (isDir) {
      const inFolder: string[] = [];
      walk(p, inFolder);
      found.push(...inFolder.map((path) => ({ path })));
    } else {
      found.push({ path: p });
    }
  }
  return found.map((f, i) => ({
    ...f,
    caseKey: options.each || f.error ? `#${i}` : dirname(resolve(f.path)),
  }));
}
