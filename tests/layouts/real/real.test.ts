/**
 * Real published Danish public-sector tables (scripts/make-real-layouts.js; SOURCES.md says where
 * each comes from), transcribed as published and read by the real readers (.xlsx and Word), then
 * checked by the real analysis:
 *  - the clean version gives exactly the errors and warnings about totals that the published table
 *    itself has (usually none; "published" in its .expected.json names the real ones);
 *  - the version with planted mistakes gives exactly those plus the planted ones, at their cells;
 *  - every table is found where a careful reader sees one, and (a separate test) with the kind,
 *    unit and price level a careful reader gives it.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseWorkbook } from '../../../src/core/analyse';
import type { AnalysisResult, RuleCode } from '../../../src/core/model';
import { builtinTemplate } from '../../../src/core/templates/builtin';
import { readDocxBuffer } from '../../../src/readers/docx/readDocx';
import { readXlsxFile } from '../../../src/readers/xlsx/readXlsx';

const DIR = __dirname;
const ABOUT_TOTALS = new Set<RuleCode>(['TOTAL_MISMATCH', 'TOTAL_ROW_MISSING', 'TOTAL_FORMULA_RANGE', 'TOTAL_SKIPS_TEXT', 'HERAF_EXCEEDS', 'DIFFERENCE_MISMATCH']);

interface Expected {
  template: string;
  format?: 'docx';
  clean: string;
  planted: string;
  tables: Array<{ sheet: string; kind: string; unit: string | null; priceLevel: number | null }>;
  published: Array<{ sheet: string; cell: string; rule: string; note: string }>;
  findings: Array<{ sheet: string; cell: string; rule: string; planted: string }>;
  notYetFound?: Array<{ sheet: string; cell: string; rule: string; planted: string; why: string }>;
  /** Findings about totals the checker gives today that a careful reader would not (in both files), and why. */
  notYetRight?: Array<{ sheet: string; cell: string; rule: string; why: string }>;
  /** The same for findings the checker gives only in the file with planted mistakes, and why. */
  notYetRightPlanted?: Array<{ sheet: string; cell: string; rule: string; why: string }>;
  /** Tables the checker does not yet read as a careful reader does: what it gives today, and why. */
  tablesNotYet?: { got: Array<{ sheet: string; kind: string; unit: string | null; priceLevel: number | null }>; why: string };
  notes: string;
}

const layouts = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => [f.replace('.expected.json', ''), JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Expected] as const);

const cache = new Map<string, Promise<AnalysisResult>>();

function analyse(file: string, expected: Expected): Promise<AnalysisResult> {
  let result = cache.get(file);
  if (!result) {
    const full = path.join(DIR, file);
    const template = builtinTemplate(expected.template)!;
    result =
      expected.format === 'docx'
        ? readDocxBuffer(fs.readFileSync(full), file).then((grid) => analyseWorkbook(grid, template))
        : readXlsxFile(full).then((grid) => analyseWorkbook(grid, template));
    cache.set(file, result);
  }
  return result;
}

/** Errors and warnings about totals, as "Sheet!C8 RULE", each once. */
function aboutTotals(result: AnalysisResult): string[] {
  const keys = result.findings.filter((f) => ABOUT_TOTALS.has(f.rule) && f.severity !== 'info').map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
  return [...new Set(keys)].sort();
}

/**
 * The same, less the false findings the checker is known to give in the published table today
 * (held by their own test) — unless a planted mistake makes the same finding due.
 */
function aboutTotalsBut(result: AnalysisResult, expected: Expected, want: string[], planted = false): string[] {
  const knownFalse = [...(expected.notYetRight ?? []), ...(planted ? (expected.notYetRightPlanted ?? []) : [])];
  const known = new Set(knownFalse.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
  return aboutTotals(result).filter((k) => !known.has(k) || want.includes(k));
}

const keyOf = (f: { sheet: string; cell: string; rule: string }): string => `${f.sheet}!${f.cell} ${f.rule}`;

it('there are real tables to check, at least 85, forty-six of them also in Word', () => {
  expect(layouts.filter(([, e]) => e.format !== 'docx').length).toBeGreaterThanOrEqual(101);
  expect(layouts.filter(([, e]) => e.format === 'docx').length).toBeGreaterThanOrEqual(60);
});

test('the folder is exactly what scripts/make-real-layouts.js writes', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-real-layouts-'));
  const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  const written = (dir: string) => fs.readdirSync(dir).filter((f) => /\.(xlsx|docx|json)$/.test(f)).sort();
  try {
    execFileSync(process.execPath, [path.join(DIR, '..', '..', '..', 'scripts', 'make-real-layouts.js'), '--out', out], { stdio: 'pipe' });
    expect(written(out)).toEqual(written(DIR));
    for (const name of written(DIR)) expect({ name, sha: sha(path.join(out, name)) }).toEqual({ name, sha: sha(path.join(DIR, name)) });
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 60_000);

describe.each(layouts)('%s', (_name, expected) => {
  // Where the checker does not yet read the tables as a careful reader does, it must still give
  // exactly what it gives today (tablesNotYet.got), and that must still differ from the careful
  // reader's tables: whoever teaches it better is told to move the tables up.
  const tablesNow = expected.tablesNotYet ? expected.tablesNotYet.got : expected.tables;

  test('every table is found, on its sheet', async () => {
    const result = await analyse(expected.clean, expected);
    expect(result.tables.map((t) => t.sheet)).toEqual(tablesNow.map((t) => t.sheet));
  });

  test('each table has the kind, unit and price level a careful reader gives it', async () => {
    const result = await analyse(expected.clean, expected);
    const tables = result.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, unit: t.unit, priceLevel: t.priceLevel }));
    expect(tables).toEqual(tablesNow);
    if (expected.tablesNotYet) {
      expect(expected.tablesNotYet.why.length).toBeGreaterThan(20);
      expect(tables).not.toEqual(expected.tables);
    }
  });

  test('the published version gives exactly the errors about totals the published table has', async () => {
    const want = [...new Set(expected.published.map(keyOf))].sort();
    expect(aboutTotalsBut(await analyse(expected.clean, expected), expected, want)).toEqual(want);
  });

  test('each planted mistake is found at its cell, and nothing else', async () => {
    const want = [...new Set([...expected.published, ...expected.findings].map(keyOf))].sort();
    expect(aboutTotalsBut(await analyse(expected.planted, expected), expected, want, true)).toEqual(want);
  });

  test('what it cannot find yet is still not found (and is said why)', async () => {
    const got = new Set(aboutTotals(await analyse(expected.planted, expected)));
    for (const missed of expected.notYetFound ?? []) {
      expect(missed.why.length).toBeGreaterThan(20);
      expect(got.has(keyOf(missed))).toBe(false);
    }
  });

  test('what it wrongly finds in the published table yet is still found (and is said why)', async () => {
    const got = new Set(aboutTotals(await analyse(expected.clean, expected)));
    for (const wrong of expected.notYetRight ?? []) {
      expect(wrong.why.length).toBeGreaterThan(20);
      expect({ finding: keyOf(wrong), given: got.has(keyOf(wrong)) }).toEqual({ finding: keyOf(wrong), given: true });
    }
  });

  test('what it wrongly finds only where a mistake is planted is still found (and is said why)', async () => {
    const got = new Set(aboutTotals(await analyse(expected.planted, expected)));
    const due = new Set([...expected.published, ...expected.findings].map(keyOf));
    for (const wrong of expected.notYetRightPlanted ?? []) {
      expect(wrong.why.length).toBeGreaterThan(20);
      expect(due.has(keyOf(wrong))).toBe(false);
      expect({ finding: keyOf(wrong), given: got.has(keyOf(wrong)) }).toEqual({ finding: keyOf(wrong), given: true });
    }
  });
});
