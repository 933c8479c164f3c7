'use strict';
/**
 * Only for scripts/make-real-layouts.js, which is still JavaScript and takes the Word document
 * builders from here: they live in scripts/fixtures/ (TypeScript), loaded through tsx. The Word
 * examples are written by make-docx-examples.ts. Delete this file when make-real-layouts.js is
 * converted to TypeScript (it then imports from './fixtures').
 */
const { require: tsxRequire } = require('tsx/cjs/api');

const { docx, para, heading, table, readProposalSheet, wordRows, widthsFor } = tsxRequire('./fixtures/index.ts', __filename);

module.exports = { docx, para, heading, table, readProposalSheet, wordRows, widthsFor };
