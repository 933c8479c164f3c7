/**
 * A hand-made ExcelGateway for component and command tests: every method is a jest mock with a
 * sensible default, reading returns the published appendix (BC01, BC02, BC39 and the overview).
 */
import type { AnalysisResult, Lang, WorkbookGrid } from '../../core/model';
import { publishedAppendix } from '../../core/testing/appendix';
import type { ExcelGateway, NewSheetCell, SavedSettings } from '../../office/gateway';

export interface FakeGateway extends ExcelGateway {
  readWorkbook: jest.MockedFunction<ExcelGateway['readWorkbook']>;
  markFindings: jest.MockedFunction<ExcelGateway['markFindings']>;
  clearMarks: jest.MockedFunction<ExcelGateway['clearMarks']>;
  writeReport: jest.MockedFunction<ExcelGateway['writeReport']>;
  selectCell: jest.MockedFunction<ExcelGateway['selectCell']>;
  writeNewSheet: jest.MockedFunction<ExcelGateway['writeNewSheet']>;
  applyFixes: jest.MockedFunction<ExcelGateway['applyFixes']>;
  undoFixes: jest.MockedFunction<ExcelGateway['undoFixes']>;
  recordedFixSteps: jest.MockedFunction<ExcelGateway['recordedFixSteps']>;
  loadSettings: jest.MockedFunction<ExcelGateway['loadSettings']>;
  saveSettings: jest.MockedFunction<ExcelGateway['saveSettings']>;
  displayLanguage: jest.MockedFunction<ExcelGateway['displayLanguage']>;
}

export function fakeGateway(opts: { lang?: Lang; settings?: SavedSettings | null; workbook?: WorkbookGrid; activeSheet?: string } = {}): FakeGateway {
  const workbook = opts.workbook ?? publishedAppendix();
  return {
    readWorkbook: jest.fn(async (_scope, onProgress) => {
      onProgress?.({ done: 1, total: 2, phase: 'read' });
      onProgress?.({ done: 2, total: 2, phase: 'read' });
      return { workbook, activeSheet: opts.activeSheet ?? workbook.sheets[0]?.name ?? '' };
    }),
    markFindings: jest.fn(async (findings) => new Set(findings.map((f) => `${f.sheet}!${f.cell}`)).size),
    clearMarks: jest.fn(async () => 3),
    writeReport: jest.fn(async (_result: AnalysisResult, _lang: Lang) => 'Budgettjek rapport'),
    selectCell: jest.fn(async (_sheet: string, _address: string): Promise<void> => undefined),
    writeNewSheet: jest.fn(async (base: string, _cells: NewSheetCell[]) => base),
    applyFixes: jest.fn(async (edits) => ({ applied: edits.length, changedSince: [] })),
    undoFixes: jest.fn(async (_which: 'last' | 'all') => ({ restored: 1, changedSince: [], stepsLeft: 0 })),
    recordedFixSteps: jest.fn(async () => 0),
    loadSettings: jest.fn(async () => opts.settings ?? null),
    saveSettings: jest.fn(async (_settings: SavedSettings): Promise<void> => undefined),
    displayLanguage: jest.fn(() => opts.lang ?? 'da'),
  };
}
