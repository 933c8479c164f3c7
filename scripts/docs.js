#!/usr/bin/env node
'use strict';
/**
 * `npm run docs`: writes what is generated from the message catalogue (src/core/findingGuide.ts and
 * the rules' meta) — docs/fund.md, the README's finding table (between its fund-table markers) and
 * assets/help.html (the user guide docs/brugervejledning.md and the finding catalogue, the add-in's
 * help page). Reads the compiled core in dist/ (built first if missing). tests/docs/docs.test.ts
 * fails when a checked-in file differs from what this writes.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'core', 'findingDocs.js');
if (!fs.existsSync(compiled) || process.argv.includes('--build')) {
  const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}
const docs = require(compiled);

const write = (rel, text) => {
  const file = path.join(root, rel);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (before === text) return;
  fs.writeFileSync(file, text);
  console.log(`wrote ${rel}`);
};

const fund = docs.findingCatalogueMarkdown();
write('docs/fund.md', fund);
write('README.md', docs.replaceBetweenMarkers(fs.readFileSync(path.join(root, 'README.md'), 'utf8'), 'fund-table', docs.readmeFindingTable()));
write('assets/help.html', docs.helpPageHtml(fs.readFileSync(path.join(root, 'docs', 'brugervejledning.md'), 'utf8'), fund));
