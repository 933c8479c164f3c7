/**
 * The pane's ExcelGateway with the Office.js layer (reading, marks, report, new sheets) loaded on
 * first use: every method that talks to Excel is asynchronous already, so the pane paints without
 * it (issue 11.6). Loading settings and the display language stay direct: the pane needs them at once.
 */
import { displayLanguage, loadSettings, resolveDeps, type ExcelGateway } from '../office';

export function createLazyOfficeGateway(): ExcelGateway {
  let real: Promise<ExcelGateway> | null = null;
  const load = (): Promise<ExcelGateway> => (real ??= import(/* webpackChunkName: "excel" */ '../office/officeGateway').then((m) => m.createOfficeGateway()));
  const deps = resolveDeps();
  return {
    readWorkbook: (scope, onProgress) => load().then((g) => g.readWorkbook(scope, onProgress)),
    markFindings: (findings, onProgress) => load().then((g) => g.markFindings(findings, onProgress)),
    clearMarks: () => load().then((g) => g.clearMarks()),
    recordedMarks: () => load().then((g) => g.recordedMarks?.() ?? 0),
    writeReport: (result, lang) => load().then((g) => g.writeReport(result, lang)),
    selectCell: (sheet, address) => load().then((g) => g.selectCell(sheet, address)),
    writeNewSheet: (baseName, cells) => load().then((g) => g.writeNewSheet(baseName, cells)),
    applyFixes: (edits) => load().then((g) => g.applyFixes(edits)),
    undoFixes: (which) => load().then((g) => g.undoFixes(which)),
    recordedFixSteps: () => load().then((g) => g.recordedFixSteps()),
    loadSettings: async () => loadSettings(deps.office),
    // Through the Office.js layer: saved, then =BUDGETTJEK.PL's cells are recalculated with the new
    // template and indices (office/recalculate.ts).
    saveSettings: (settings) => load().then((g) => g.saveSettings(settings)),
    displayLanguage: () => {
      try {
        return displayLanguage(deps.office);
      } catch {
        return 'da';
      }
    },
  };
}
