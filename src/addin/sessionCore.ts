/**
 * The core as the session controller uses it, loaded on first use (not on the pane's first paint):
 * templates (decimal.js, and zod for a workbook's own template), the analysis, the fixes and the
 * price-level conversion. One module so the controller has one place to wait for.
 */
export { a1, analyseWorkbook, builtinTemplates, combinableEdits, convertTable, defaultTemplateId, proposeFixes } from '../core';
export { applyIndexOverrides, firstNotable, readTemplateFile, resolveTemplates, validOverrides } from './session';
export { buildConvertedSheet, convertedSheetName, sheetOf } from './convertedSheet';
