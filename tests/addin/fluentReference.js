/**
 * The yardstick for the task pane's size (issue 11.6): a minimal page of the same Fluent UI v9
 * components the pane imports, with React and react-dom and nothing else, built with the same
 * webpack settings as the pane (production, es2019, minified). Used by bundleSize.test.ts.
 *
 * The components are read from the pane's own imports (every value imported from
 * '@fluentui/react-components' under src/taskpane), so the reference follows the pane when a
 * component is added or dropped.
 */
/* eslint-env node */
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');

/** Value names imported from '@fluentui/react-components' anywhere in src/taskpane (tests excluded). */
function paneFluentImports() {
  const names = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !p.includes(`${path.sep}testing${path.sep}`)) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@fluentui\/react-components'/g)) {
          for (const part of m[1].split(',')) {
            const name = part.trim();
            if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
          }
        }
      }
    }
  };
  walk(path.join(root, 'src/taskpane'));
  return [...names].sort();
}

/** The reference page's entry: every component rendered once, every style helper used once. */
function referenceSource(names) {
  const components = names.filter((n) => /^[A-Z]/.test(n) && n !== 'FluentProvider');
  const lines = [
    "import * as React from 'react';",
    "import { createRoot } from 'react-dom/client';",
    `import { ${names.join(', ')} } from '@fluentui/react-components';`,
  ];
  const has = (n) => names.includes(n);
  lines.push(has('makeStyles') ? `const useStyles = makeStyles({ root: { padding: ${has('tokens') ? 'tokens.spacingHorizontalM' : "'8px'"} } });` : 'const useStyles = () => ({ root: "" });');
  const children = components.map((c) => {
    if (c === 'Select') return "React.createElement(Select, null, React.createElement('option', null, 'a'))";
    if (c === 'Field') return "React.createElement(Field, { label: 'a' }, React.createElement('input'))";
    return `React.createElement(${c}, null${c === 'Input' || c === 'ProgressBar' ? '' : ", 'a'"})`;
  });
  lines.push(
    'function Page() {',
    '  const s = useStyles();',
    `  const cls = ${has('mergeClasses') ? 'mergeClasses(s.root)' : 's.root'};`,
    `  return React.createElement(FluentProvider, { theme: ${has('webLightTheme') ? 'webLightTheme' : 'undefined'} }, React.createElement('main', { className: cls }, ${children.join(', ')}));`,
    '}',
    "createRoot(document.getElementById('root')).render(React.createElement(Page));",
  );
  return lines.join('\n') + '\n';
}

/** Builds the reference page into `outDir`; resolves with its JS size in bytes and the components used. */
function buildReference(outDir) {
  const webpack = require('webpack');
  const names = paneFluentImports();
  fs.mkdirSync(outDir, { recursive: true });
  const entry = path.join(outDir, 'reference.entry.js');
  fs.writeFileSync(entry, referenceSource(names));
  const config = {
    mode: 'production',
    target: ['web', 'es2019'],
    devtool: false,
    context: root,
    entry,
    output: { path: outDir, filename: 'reference.js' },
    resolve: { extensions: ['.mjs', '.js', '.json'], modules: [path.join(root, 'node_modules')] },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve({ bytes: fs.statSync(path.join(outDir, 'reference.js')).size, components: names });
    });
  });
}

module.exports = { buildReference, paneFluentImports, referenceSource };

if (require.main === module) {
  buildReference(path.join(root, 'tests/addin/out')).then((r) => console.log(JSON.stringify(r)));
}
