/**
 * The add-in's shared room's front door: what the task pane, the ribbon and the custom function
 * use of it. Code outside src/addin imports it from here (tests/house/layers.test.ts).
 */
export {
  createSessionController,
  errorText,
  SessionController,
  type ConvertRequest,
  type NoticeMessage,
  type SessionAction,
  type SessionNotice,
  type SessionOptions,
  type SessionState,
} from './controller';
export { buildConvertedSheet, convertedSheetName, sheetOf, type TableConversion } from './convertedSheet';
export { createLazyOfficeGateway } from './gateway';
export { loadOrganisationTemplates, type OrganisationLoad } from './organisationTemplates';
export { latestRibbonOutcome, publishRibbonOutcome, subscribeRibbonOutcome, type RibbonOutcome } from './ribbonOutcome';
export { onAddinReady, type AddinRuntime } from './runtime';
export { applyIndexOverrides, firstNotable, readTemplateFile, resolveTemplates, validOverrides, type ResolvedTemplates, type TemplateFileOutcome } from './session';
