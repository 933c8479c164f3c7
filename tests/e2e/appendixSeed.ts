/**
 * The published appendix (Oversigt, BC01, BC02, BC39 — src/core/testing/appendix.ts, the same
 * content as the SPEC's seed file) as a seed for the in-memory Excel fake.
 */
import { a1 } from '../../src/core/a1';
import { publishedAppendix } from '../../src/core/testing/appendix';
import type { FakeScalar, FakeSeed, FakeSeedCell } from '../../src/office/fake/excelFake';

export function appendixSeed(displayLanguage = 'da-DK'): FakeSeed {
  const wb = publishedAppendix();
  return {
    displayLanguage,
    activeSheet: wb.sheets[0].name,
    sheets: wb.sheets.map((sheet) => {
      const cells: Record<string, FakeSeedCell | FakeScalar> = {};
      for (const [r, row] of sheet.rows) {
        for (const [c, cell] of row) {
          const v = cell.value;
          if (cell.formula) cells[a1(r, c)] = { formula: cell.formula, ...(typeof v === 'number' || typeof v === 'string' ? { value: v } : {}) };
          else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cells[a1(r, c)] = v;
        }
      }
      return { name: sheet.name, cells };
    }),
  };
}
