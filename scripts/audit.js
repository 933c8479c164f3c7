#!/usr/bin/env node
'use strict';
/**
 * Supply chain: `npm audit --omit=dev` over what ships with the CLI, failing on any high or critical
 * advisory. The advisory database is an online service: where it cannot be reached (as on machines
 * whose only network is a registry mirror that refuses the audit endpoint), this says so plainly and
 * exits 0 without claiming anything — pass --strict to make that a failure too.
 */
const { spawnSync } = require('child_process');

const strict = process.argv.includes('--strict');
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report && report.metadata && report.metadata.vulnerabilities;
if (!counts) {
  const why = (report && report.error && (report.error.summary || report.error.code)) || (run.stderr || '').trim().split('\n').pop() || 'no answer';
  console.log(`audit: the advisory database could not be reached (${why}); nothing was verified.`);
  process.exit(strict ? 1 : 0);
}
const serious = (counts.high || 0) + (counts.critical || 0);
console.log(
  `audit (--omit=dev): ${counts.critical || 0} critical, ${counts.high || 0} high, ${counts.moderate || 0} moderate, ${counts.low || 0} low`,
);
for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
  if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name} (${v.range})`);
}
process.exit(serious > 0 ? 1 : 0);
