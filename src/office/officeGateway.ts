/**
 * The real ExcelGateway over Office.js. Pass `run` (Excel.run) and `office` (Office) to test it
 * against the in-memory fake; by default both come from the globals office.js installs.
 */
import type { AnalysisResult, Finding, Lang } from '../core';
import { resolveDeps, type OfficeDepsInput } from './deps';
import type { CheckScope, ExcelGateway, NewSheetCell, Progress, SavedSettings } from './gateway';
import { displayLanguage } from './language';
import { applyFixes, recordedFixSteps, undoFixes } from './fixes';
import { clearMarks, markFindings, recordedMarks } from './marks';
import { readWorkbook, type ReadOptions } from './readWorkbook';
import { writeReport } from './reportSheet';
import { loadSettings, saveSettings } from './settings';
import { writeNewSheet } from './newSheet';
import { recalculatePriceFunctions } from './recalculate';

export interface OfficeGatewayOptions extends OfficeDepsInput {
  read?: ReadOptions;
}

export function createOfficeGateway(options: OfficeGatewayOptions = {}): ExcelGateway {
  const deps = resolveDeps(options);
  return {
    readWorkbook: (scope: CheckScope, onProgress?: (p: Progress) => void) => readWorkbook(deps, scope, onProgress, options.read),
    markFindings: (findings: Finding[], onProgress?: (p: Progress) => void) => markFindings(deps, findings, onProgress),
    clearMarks: () => clearMarks(deps),
    recordedMarks: () => recordedMarks(deps),
    writeReport: (result: AnalysisResult, lang: Lang) => writeReport(deps, result, lang),
    selectCell: (sheet: string, address: string) =>
      deps.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address.replace(/\$/g, '')).select();
        await context.sync();
      }),
    writeNewSheet: (baseName: string, cells: NewSheetCell[]) => writeNewSheet(deps, baseName, cells),
    applyFixes: (edits) => applyFixes(deps, edits),
    undoFixes: (which) => undoFixes(deps, which),
    recordedFixSteps: () => recordedFixSteps(deps),
    loadSettings: () => loadSettings(deps.office),
    // Saved first; then the function's cells are recalculated with the new template and indices.
    // A host that refuses the calculation keeps the saved settings (the cells follow on the next F9).
    saveSettings: async (settings: SavedSettings) => {
      await saveSettings(deps.office, settings);
      await recalculatePriceFunctions(deps).catch(() => undefined);
    },
    displayLanguage: () => {
      try {
        return displayLanguage(deps.office);
      } catch {
        return 'da';
      }
    },
  };
}
