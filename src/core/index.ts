/**
 * The core's front door: what the readers, the writers, the Office.js layer and the shells use of
 * the core. Code outside src/core imports the core from here (tests/house/layers.test.ts).
 *
 * Side doors: the modules named by an `export type *` line at the end are loaded on first use,
 * not with this door — the templates (they bring zod, some 150 ms of a command's start, needed only
 * for a template file) and the parts the task pane loads in their own chunks (the analysis, the
 * price-level conversion, the fixes). Their types come through this door; their values are
 * imported from the module itself, where they are first used (an `import()` or a lazy `require`).
 */
export type * from './model';
export { a1, columnLetters, columnNumber, parseA1, parseRangeA1, rangeA1 } from './a1';
export { analyseCase, analyseWorkbook, reconcileCase, sortFindings, WorkbookAnalysis, type CaseWorkbook, type WorkbookAlone } from './analyse';
export { formatAmount, readAmountText } from './danishNumber';
export { ReadAmountCell } from './detect/amountCell';
export { proposalCodeIn } from './detect/labelText';
export { fitTableToSheet, sheetExtent } from './excelTableFit';
export { findingGuide } from './findingGuide';
export type { CellContent, CellEdit, FixMode, ProposedFix } from './fixes/model';
export { fixableCodes, proposeFixes } from './fixes/proposeFixes';
export { combinableEdits, selectFixes } from './fixes/select';
export { renderMessage, ruleShortName, ruleShortNames } from './messages';
export { parseNumberFormat } from './numberFormat';
export {
  applyFactor,
  canonicalStyringsomraade,
  convertTable,
  describeConversion,
  factor,
  IndexOverrideError,
  indexSteps,
  overrideKey,
  parsePercent,
  readIndexOverride,
  storedValue,
  templateWithOverrides,
  usableOverrides,
  validIndexPercent,
  type ConversionFailureReason,
  type ConversionOk,
  type ConversionResult,
  type ConvertedCell,
  type ConvertOptions,
  type IndexOverrides,
  type Rounding,
} from './priceLevel';
export { findingText, noFindingsText, reportColumns, reportRows, reportSheetBaseName } from './report';
export { unitNames } from './rules/unitMismatch';
export { bySeverity, severityWords, summarizeFindings, type SeveritySummary } from './severity';
export { uniqueSheetName } from './sheetNames';
export { namesInBrief } from './templates/bounds';
export { builtinTemplate, builtinTemplates, defaultTemplateId } from './templates/builtin';

// Side doors (loaded on first use; see above).
export type * from './templates/template';
export type * from './templates/organisation';
export type * from './templates/derive';
export type * from './analyse';
export type * from './priceLevel/convert';
export type * from './fixes/proposeFixes';
