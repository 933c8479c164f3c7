/**
 * The example workbooks in examples/ (scripts/make-examples.ts writes them byte for byte, see
 * tests/generators/reproducible.test.ts): the checker finds every mistake planted in
 * typiske-fejl.xlsx where the explanation sheet says, and the published appendix gets exactly the
 * findings the SPEC predicts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import type { AnalysisResult } from '../../src/core/model';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const template = builtinTemplate('kk-ofs-2025-2026')!;

interface Planted {
  sheet: string;
  cell: string;
  rule: string;
}

async function analyseFile(file: string): Promise<AnalysisResult> {
  return analyseWorkbook(await readXlsxFile(file), template);
}

describe('examples/', () => {
  describe('typiske-fejl.xlsx', () => {
    const planted: Planted[] = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'typiske-fejl.expected.json'), 'utf8'));
    let result: AnalysisResult;

    beforeAll(async () => {
      result = await analyseFile(path.join(EXAMPLES, 'typiske-fejl.xlsx'));
    });

    test('plants every rule of SPEC §3 that flags a mistake', () => {
      const rules = new Set(planted.map((p) => p.rule));
      for (const rule of [
        'TOTAL_MISMATCH',
        'TOTAL_ROUNDING',
        'TOTAL_FORMULA_RANGE',
        'TOTAL_ROW_MISSING',
        'PRICE_LEVEL_MISSING',
        'PRICE_LEVEL_MISMATCH',
        'UNIT_MISSING',
        'UNIT_MISMATCH',
        'YEARS_MISMATCH',
        'STYRINGSOMRAADE_MISSING',
        'STYRINGSOMRAADE_UNKNOWN',
        'NUMBER_STORED_AS_TEXT',
        'AMOUNT_NOT_NUMERIC',
        'CELL_ERROR',
        'CROSS_TABLE_MISMATCH',
        'PROPOSAL_NOT_FOUND',
      ]) {
        expect(rules).toContain(rule);
      }
    });

    test.each(planted.map((p) => [`${p.rule} at ${p.sheet}!${p.cell}`, p] as const))('finds %s', (_name, p) => {
      const onSheet = result.findings.filter((f) => f.sheet === p.sheet).map((f) => `${f.rule}@${f.cell}`);
      expect(onSheet).toContain(`${p.rule}@${p.cell}`);
    });

    test('the correct proposals BC10 and BC11 have no findings', () => {
      expect(result.findings.filter((f) => f.sheet === 'BC10' || f.sheet === 'BC11')).toEqual([]);
    });

    test('the explanation sheet is not read as a table', () => {
      expect(result.tables.filter((t) => t.sheet === 'Forklaring')).toEqual([]);
      expect(result.findings.filter((f) => f.sheet === 'Forklaring')).toEqual([]);
    });
  });

  describe('ofs-2025-2026-bilag.xlsx (the published appendix)', () => {
    let result: AnalysisResult;

    beforeAll(async () => {
      result = await analyseFile(path.join(EXAMPLES, 'ofs-2025-2026-bilag.xlsx'));
    });

    test('has the overview and three proposal tables, coded BC01, BC02, BC39', () => {
      expect(result.tables.map((t) => [t.sheet, t.kind])).toEqual([
        ['Oversigt', 'overview'],
        ['BC01', 'proposal'],
        ['BC02', 'proposal'],
        ['BC39', 'proposal'],
      ]);
      expect(result.tables.filter((t) => t.kind === 'proposal').map((t) => t.proposalCode)).toEqual(['BC01', 'BC02', 'BC39']);
    });

    test('the overview total 4.951 against 4.952 is rounding, not an error', () => {
      const atTotal = result.findings.filter((f) => f.sheet === 'Oversigt' && f.cell === 'D7').map((f) => f.rule);
      expect(atTotal).toEqual(['TOTAL_ROUNDING']);
    });

    test('the only error is BC39 stating no price level; BC39 also lacks 2026 and 2031', () => {
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
      expect(errors).toEqual(['PRICE_LEVEL_MISSING@BC39!A4']);
      expect(result.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toContain('YEARS_MISMATCH@BC39!A4');
    });

    test('no total in any proposal is flagged', () => {
      expect(result.findings.filter((f) => f.rule.startsWith('TOTAL_') && f.sheet !== 'Oversigt')).toEqual([]);
    });

    test('the overview figures agree with the proposals converted to 2026 p/l (factor 1,028)', () => {
      expect(result.findings.filter((f) => f.rule === 'CROSS_TABLE_MISMATCH' || f.rule === 'PROPOSAL_NOT_FOUND')).toEqual([]);
    });
  });
});
