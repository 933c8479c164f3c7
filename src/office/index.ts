/**
 * The Office.js layer's front door: what the add-in's shared room and the shells use of it. Code
 * outside src/office imports it from here (tests/house/layers.test.ts).
 *
 * Side door: the gateway over Office.js (officeGateway) is loaded on first use, in its own chunk,
 * by `import()` of the module itself; its types come through this door.
 */
export { FIXES_SHEET, MARKS_SHEET, SETTINGS_KEY } from './constants';
export { convertAmount, DEFAULT_STYRINGSOMRAADE } from './customFunctions';
export { PriceFunctionError, toCustomFunctionsError, type PriceFunctionErrorCode } from './customFunctionsError';
export { resolveDeps, supportsExcelApi, type OfficeDeps, type OfficeLike } from './deps';
export type { FixOutcome, UndoOutcome } from './fixes';
export type { CheckScope, ExcelGateway, NewSheetCell, Progress, ReadOutcome, SavedSettings } from './gateway';
export { displayLanguage } from './language';
export { loadSettings, parseSavedSettings, saveSettings } from './settings';
export { currentPaneTheme, type PaneTheme } from './theme';

// Side door (loaded on first use).
export type * from './officeGateway';
