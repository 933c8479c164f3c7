/**
 * Runs a fixture generator of scripts/ (TypeScript, through tsx) as the command line does, and
 * reads what it wrote.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const TSX_CLI = require.resolve('tsx/cli');

/** Runs `scripts/<script>` with `args` from the repository's root; `env` adds to the environment. */
export function runFixtureGenerator(script: string, args: string[] = [], env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [TSX_CLI, path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ...env },
  });
}

/** The fixture files (.xlsx, .docx, .json) directly in `dir`, sorted. */
export function fixtureFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(xlsx|docx|json)$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** Each named file's sha256 in `dir`, as [name, hash] pairs. */
export function hashes(dir: string, names: readonly string[]): Array<[string, string]> {
  return names.map((name) => [name, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]);
}
