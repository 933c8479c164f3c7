/**
 * Every fixture generator in scripts/ writes the same bytes on every run, in any time zone: run
 * into a fresh folder, it writes exactly the committed files (so running it over them leaves the
 * checkout unchanged); the hostile-input corpus, which is not committed, is written twice and
 * compared with itself.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GENERATED_FILES } from '../../scripts/make-bad-corpus';
import { ROOT, fixtureFiles, hashes, runFixtureGenerator } from './runGenerator';

/** A zone far from UTC, with a half-hour offset: a generator that reads the local time shows it. */
const ELSEWHERE = { TZ: 'Asia/Kolkata' };

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-generators-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const freshFolder = (name: string) => fs.mkdtempSync(path.join(scratch, `${name}-`));

describe.each([
  ['make-examples.ts', 'examples'],
  ['make-docx-examples.ts', 'examples/docx'],
  ['make-text-examples.ts', 'examples/tekst'],
  ['make-layouts.ts', 'tests/layouts'],
  ['make-list-fixtures.ts', 'tests/lists'],
])('scripts/%s', (script, committed) => {
  test(`writes exactly the files committed in ${committed}, byte for byte`, () => {
    const out = freshFolder(script);
    runFixtureGenerator(script, ['--out', out], ELSEWHERE);
    const names = fixtureFiles(path.join(ROOT, committed));
    expect(fixtureFiles(out)).toEqual(names);
    expect(hashes(out, names)).toEqual(hashes(path.join(ROOT, committed), names));
  }, 120_000);
});

describe('scripts/make-bad-corpus.ts', () => {
  /** Seconds each, the rest well under one: a million rows and 3.000 sheets streamed by ExcelJS. */
  const SLOW = ['million-rows.xlsx', 'many-sheets.xlsx'];

  test.each([
    ['every quick file', GENERATED_FILES.filter((f) => !SLOW.includes(f))],
    ...SLOW.map((f) => [f, [f]] as [string, string[]]),
  ])('writes %s the same twice, in any time zone', (_what, names) => {
    const first = freshFolder('corpus');
    const second = freshFolder('corpus');
    runFixtureGenerator('make-bad-corpus.ts', ['--out', first, ...names]);
    runFixtureGenerator('make-bad-corpus.ts', ['--out', second, ...names], ELSEWHERE);
    expect(fixtureFiles(first)).toEqual([...names].sort());
    expect(hashes(second, names)).toEqual(hashes(first, names));
  }, 300_000);
});
