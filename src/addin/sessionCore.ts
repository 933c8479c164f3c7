/**
 * The core as the session controller uses it, loaded on first use (not on the pane's first paint):
 * templates (decimal.js, and zod for a workbook's own template), the analysis, the fixes and the
 * price-level conversion. One module so the controller has one place to wait for.
 */
export { a1 } from '../core/a1';
export { analyseWorkbook } from '../core/analyse';
export { proposeFixes } from '../core/fixes/proposeFixes';
export { combinableEdits } from '../core/fixes/select';
export { convertTable } from '../core/priceLevel/convert';
export { builtinTemplates, defaultTemplateId } from '../core/templates/builtin';
export { applyIndexOverrides, firstNotable, readTemplateFile, resolveTemplates, validOverrides } from './session';
export { buildConvertedSheet, convertedSheetName, sheetOf } from './convertedSheet';
