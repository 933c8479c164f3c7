/**
 * Builds the Excel add-in into dist-addin/ (dist/ holds the compiled command line):
 *   taskpane.html + taskpane.js  the shared runtime's page: task pane, ribbon commands, custom functions
 *   functions.js + functions.json  custom functions script and metadata (manifest CustomFunctions);
 *     functions.json is Danish (from functions.ts's JSDoc), functions-en.json English (the
 *     manifest's en-US override), merged from src/functions/functions.en.json
 *   assets/icon-*.png, help.html, manifest.xml
 *   bundle-stats.json  sizes of the emitted JS (read by tests/addin/bundleSize.test.ts and the e2e)
 *
 * The production build names the page's scripts by their content (taskpane.1a2b3c4d.js,
 * taskpane-analysis.5e6f7a8b.js): after an update no web view can mix an old file with a new one.
 * The files the manifest names (taskpane.html, functions.js, functions*.json, help.html, icons) keep
 * their names; they are served with Cache-Control: no-cache (docs/drift.md).
 *
 * Office.js is not bundled: taskpane.html loads it from Microsoft's CDN.
 * `webpack serve` (development) serves https://localhost:3000 with office-addin-dev-certs; the
 * production build never touches certificates.
 * For a deployment use `npm run build:addin -- --base-url URL --env test|production` (scripts/
 * build-addin.js), which sets ADDIN_BASE_URL, ADDIN_ENV, ADDIN_BUILD, ADDIN_PROVIDER,
 * ADDIN_SUPPORT_URL and ADDIN_TEMPLATES_DIR (the organisation's templates folder, copied to
 * templates/) for this build; the manifest is made by scripts/addin-manifest.js.
 */
/* eslint-env node */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { deploymentManifest } = require('./scripts/addin-manifest');

const OUT_DIR = path.resolve(__dirname, 'dist-addin');
/** The task pane's JavaScript must stay at or below this many bytes, minified. */
const TASKPANE_JS_LIMIT = 500 * 1024;

/** Writes bundle-stats.json and prints the sizes; fails the build when the task pane's JS is too big. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      // Every asset, ungrouped (the stats' asset list groups and hides some once there are many).
      const stats = compilation.getStats().toJson({ all: false, entrypoints: true });
      const sizes = Object.fromEntries(
        compilation
          .getAssets()
          .filter((a) => a.name.endsWith('.js'))
          .map((a) => [a.name, a.info.size ?? a.source.size()]),
      );
      const taskpaneFiles = (stats.entrypoints.taskpane?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
      const taskpaneBytes = taskpaneFiles.reduce((n, f) => n + (sizes[f] ?? 0), 0);
      // Chunks loaded on first use (not on first paint), by any entry.
      const initial = new Set(Object.values(stats.entrypoints).flatMap((e) => e.assets.map((a) => a.name)));
      const lazyFiles = Object.keys(sizes).filter((f) => !initial.has(f)).sort();
      const lazyBytes = lazyFiles.reduce((n, f) => n + sizes[f], 0);
      const report = { mode: compiler.options.mode, limitBytes: TASKPANE_JS_LIMIT, taskpaneBytes, taskpaneFiles, lazyBytes, lazyFiles, assets: sizes };
      fs.mkdirSync(OUT_DIR, { recursive: true });
      fs.writeFileSync(path.join(OUT_DIR, 'bundle-stats.json'), JSON.stringify(report, null, 2) + '\n');
      const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
      for (const [name, size] of Object.entries(sizes)) console.log(`  ${name.padEnd(16)} ${kb(size)}`);
      console.log(`  task pane JS on first paint ${kb(taskpaneBytes)} (limit ${kb(TASKPANE_JS_LIMIT)}); loaded on first use ${kb(lazyBytes)}`);
      if (compiler.options.mode === 'production' && taskpaneBytes > TASKPANE_JS_LIMIT) {
        compilation.errors.push(new Error(`Task pane JS is ${kb(taskpaneBytes)}, above the ${kb(TASKPANE_JS_LIMIT)} limit.`));
      }
    });
  }
}

/**
 * The English custom-functions metadata: the Danish functions.json with each function's
 * description and each parameter's name and description from src/functions/functions.en.json.
 * Throws when the two disagree (a function or parameter without English, or English for one
 * that does not exist), so a new parameter cannot ship untranslated.
 */
function localizeFunctionsMetadata(metadata, english) {
  const out = JSON.parse(JSON.stringify(metadata));
  const ids = out.functions.map((f) => f.id);
  const extra = Object.keys(english.functions).filter((id) => !ids.includes(id));
  if (extra.length) throw new Error(`functions.en.json names functions that do not exist: ${extra.join(', ')}`);
  for (const fn of out.functions) {
    const en = english.functions[fn.id];
    if (!en) throw new Error(`functions.en.json has no English for ${fn.id}`);
    const params = fn.parameters ?? [];
    if ((en.parameters ?? []).length !== params.length) throw new Error(`functions.en.json: ${fn.id} has ${params.length} parameters, the English ${(en.parameters ?? []).length}`);
    fn.description = en.description;
    params.forEach((p, i) => {
      p.name = en.parameters[i].name;
      p.description = en.parameters[i].description;
    });
  }
  return out;
}

/** Emits functions-en.json next to the generated functions.json (see localizeFunctionsMetadata). */
class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap('LocalizedFunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LocalizedFunctionsMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const source = compilation.getAsset(this.options.input);
        if (!source) return; // the metadata plugin already reported why
        const englishFile = path.resolve(__dirname, this.options.english);
        compilation.fileDependencies.add(englishFile);
        try {
          const english = JSON.parse(fs.readFileSync(englishFile, 'utf8'));
          const localized = localizeFunctionsMetadata(JSON.parse(source.source.source().toString()), english);
          compilation.emitAsset(this.options.output, new webpack.sources.RawSource(JSON.stringify(localized, null, 4)));
        } catch (e) {
          compilation.errors.push(new webpack.WebpackError(String(e && e.message ? e.message : e)));
        }
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = (process.env.ADDIN_BASE_URL || '').replace(/\/+$/, '');
  const deployment = baseUrl
    ? {
        baseUrl,
        env: process.env.ADDIN_ENV || 'production',
        version: require('./package.json').version,
        build: process.env.ADDIN_BUILD ? Number(process.env.ADDIN_BUILD) : undefined,
        provider: process.env.ADDIN_PROVIDER || undefined,
        supportUrl: process.env.ADDIN_SUPPORT_URL || undefined,
      }
    : null;
  const templatesDir = process.env.ADDIN_TEMPLATES_DIR ? path.resolve(process.env.ADDIN_TEMPLATES_DIR) : null;
  // Content-hashed names in production; development keeps plain names for the debugger.
  const hashed = dev ? '' : '.[contenthash:8]';

  const config = {
    mode,
    target: ['web', 'es2019'],
    devtool: dev ? 'source-map' : false,
    entry: {
      // The shared runtime's page: the ribbon, the custom function and the pane register themselves
      // (src/addin/runtime.ts); no shell imports another.
      taskpane: ['./src/commands/register.ts', './src/functions/register.ts', './src/taskpane/index.tsx'],
      // The manifest names functions.js: its name stays.
      functions: { import: './src/functions/functions.ts', filename: 'functions.js' },
    },
    output: {
      path: OUT_DIR,
      filename: `[name]${hashed}.js`,
      // Parts loaded on first use (src/taskpane/lazyCore.ts, lazyGateway.ts, components/LazyViews.tsx).
      chunkFilename: `taskpane-[name]${hashed}.js`,
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      // The core is pure: nothing from Node may enter the browser bundle (webpack 5 fails on node: imports).
      fallback: {},
    },
    module: {
      rules: [
        {
          // The rooms below the shells do nothing when loaded: what the pane does not use of their
          // front doors (index.ts, which re-export the room) stays out of its chunks.
          test: /[\\/]src[\\/](core|readers|writers|office|addin)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // `npm run typecheck` type-checks
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              compilerOptions: {
                module: 'es2020',
                moduleResolution: 'node',
                target: 'es2019',
                sourceMap: dev,
                jsx: 'react-jsx',
              },
            },
          },
        },
      ],
    },
    optimization: {
      // Each entry's first load is one self-contained file: functions.js must load on its own
      // (manifest Script URL). Only the chunks loaded on first use are split and shared.
      splitChunks: { chunks: 'async' },
      runtimeChunk: false,
    },
    performance: {
      hints: dev ? false : 'error',
      maxAssetSize: TASKPANE_JS_LIMIT,
      maxEntrypointSize: TASKPANE_JS_LIMIT,
      assetFilter: (name) => name.endsWith('.js'),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: './src/functions/functions.ts',
        output: 'functions.json',
      }),
      new LocalizedFunctionsMetadataPlugin({ input: 'functions.json', english: 'src/functions/functions.en.json', output: 'functions-en.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: '[path][name][ext]' },
          // The help page (generated by `npm run docs` from the user guide and the finding catalogue) and its screenshots.
          { from: 'assets/help.html', to: 'help.html' },
          { from: 'assets/screenshots/*.png', to: '[path][name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (deployment ? deploymentManifest(content.toString(), deployment) : content),
          },
          ...(templatesDir ? [{ from: templatesDir, to: 'templates/' }] : []),
        ],
      }),
      new BundleSizePlugin(),
    ],
  };

  if (serving) {
    // Only `webpack serve` needs the trusted localhost certificate (installed by office-addin-dev-certs).
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};

module.exports.TASKPANE_JS_LIMIT = TASKPANE_JS_LIMIT;
module.exports.OUT_DIR = OUT_DIR;
module.exports.localizeFunctionsMetadata = localizeFunctionsMetadata;
