/** Price-level conversion (SPEC §1, §6): factors from the template's indices and table conversion. */
export * from './factor';
export * from './label';
export * from './convert';
export { rowStyringsomraade, normaliseCode } from './tableRows';
export { describeConversion } from './describe';
export { storedValue } from './storedValue';
