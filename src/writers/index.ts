/**
 * The writers' front door: what the CLI uses of the writers. Code outside src/writers imports
 * them from here (tests/house/layers.test.ts).
 *
 * Side doors: the copy writers named by an `export type *` line at the end are loaded only when a
 * copy is written (`import()` of the module itself), not with this door; their types come through it.
 */
export { OutputError, type OutputErrorCode } from './outputError';
export { checkOutputTarget, type OutputTargetOptions } from './outputTarget';
export { assertNotInput } from './xlsx/workbookFile';

// Side doors (loaded when a copy is written).
export type * from './xlsx/annotate';
export type * from './xlsx/convert';
export type * from './xlsx/fix';
export type * from './docx/annotateDocx';
