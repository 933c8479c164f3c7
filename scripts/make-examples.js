'use strict';
/**
 * Only for scripts/make-real-layouts.js, which is still JavaScript and takes the zip date helpers
 * from here: they live in scripts/fixtures/ (TypeScript), loaded through tsx. The example
 * workbooks are written by make-examples.ts. Delete this file when make-real-layouts.js is
 * converted to TypeScript (it then imports from './fixtures').
 */
const { require: tsxRequire } = require('tsx/cjs/api');

const { fixZipDates, FIXED_DATE } = tsxRequire('./fixtures/index.ts', __filename);

module.exports = { fixZipDates, FIXED_DATE };
