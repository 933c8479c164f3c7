/**
 * Structure-aware fuzz of whole packages (seeded fast-check): zip entries and sheet XML built from
 * the pieces hostile files are made of — duplicate entries, part names in another case, deep
 * nesting, shared formulas with long masters and many dependents, huge attributes, numbers that
 * are not decimals. Each package goes through the built command line, each run a process of its own
 * (so its peak memory is its own, not a test worker's): `check`, `check --annotate` and `convert`.
 * Every run must end with exit 0, 1 or 2, a one-line stderr with no stack trace, the input
 * unchanged, and the process's peak memory under 1 GiB.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { handWorkbookParts, rawZip } from '../../src/readers/xlsx/__fixtures__/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'budgettjek.js');
const PROBE = path.join(ROOT, 'tests', 'corpus', 'rssProbe.js');
const SEED = 20261201;
const RUNS = 12;
const MAX_RSS_MB = 1024;

type CellSpec =
  | { kind: 'number'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'shared'; masterLength: number; dependents: number }
  | { kind: 'huge-attribute'; length: number };

interface PackageSpec {
  cells: CellSpec[];
  depth: number;
  depthPart: 'sheet' | 'comments' | 'styles';
  duplicate: 'none' | 'same' | 'case';
  renameCase: boolean;
}

const numberText = fc.constantFrom('12', '-3.5', '1e400', '0x190', 'Infinity', 'NaN', '1E-3', ' 7 ', '', '.5', '1_0');
const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  numberText.map((text) => ({ kind: 'number' as const, text })),
  fc.constantFrom('Projektledelse', 'I alt', '1.000 kr. 2027 p/l', '_x001B_[2J', 'Service').map((text) => ({ kind: 'text' as const, text })),
  fc.record({ kind: fc.constant('shared' as const), masterLength: fc.integer({ min: 1, max: 30_000 }), dependents: fc.integer({ min: 0, max: 1_500 }) }),
  fc.record({ kind: fc.constant('huge-attribute' as const), length: fc.integer({ min: 0, max: 1_000_000 }) }),
);
const spec: fc.Arbitrary<PackageSpec> = fc.record({
  cells: fc.array(cell, { minLength: 1, maxLength: 8 }),
  depth: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 40 }), weight: 3 }, { arbitrary: fc.integer({ min: 200, max: 5_000 }), weight: 1 }),
  depthPart: fc.constantFrom('sheet' as const, 'comments' as const, 'styles' as const),
  duplicate: fc.oneof({ arbitrary: fc.constant('none' as const), weight: 4 }, { arbitrary: fc.constantFrom('same' as const, 'case' as const), weight: 1 }),
  renameCase: fc.boolean(),
});

function sheetData(cells: CellSpec[], depth: number): string {
  let rows = '';
  let r = 1;
  for (const c of cells) {
    switch (c.kind) {
      case 'number':
        rows += `<row r="${r}"><c r="A${r}"><v>${c.text}</v></c></row>`;
        r++;
        break;
      case 'text':
        rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${c.text}</t></is></c></row>`;
        r++;
        break;
      case 'shared': {
        const master = 'B1+'.repeat(Math.ceil(c.masterLength / 3)).slice(0, c.masterLength).replace(/\+$/, '') || 'B1';
        rows += `<row r="${r}"><c r="C${r}"><f t="shared" ref="C${r}:C${r + c.dependents}" si="${r}">${master}</f><v>1</v></c></row>`;
        for (let k = 1; k <= c.dependents; k++) rows += `<row r="${r + k}"><c r="C${r + k}"><f t="shared" si="${r}"/><v>1</v></c></row>`;
        r += c.dependents + 1;
        break;
      }
      case 'huge-attribute':
        rows += `<row r="${r}"><c r="A${r}" x="${'a'.repeat(c.length)}"><v>1</v></c></row>`;
        r++;
        break;
    }
  }
  const nest = '<is>' + '<r>'.repeat(depth) + '<t>x</t>' + '</r>'.repeat(depth) + '</is>';
  return rows + (depth > 0 ? `<row r="${r}"><c r="A${r}" t="inlineStr">${nest}</c></row>` : '');
}

function buildPackage(s: PackageSpec): Buffer {
  const header =
    '<row r="100000"><c r="A100000" t="inlineStr"><is><t>1.000 kr. 2027 p/l</t></is></c><c r="B100000" t="inlineStr"><is><t>Styringsområde</t></is></c><c r="C100000"><v>2026</v></c></row>';
  const data = sheetData(s.cells, s.depthPart === 'sheet' ? s.depth : 0) + header;
  const deepXml = (root: string) => `<${root}>` + '<a>'.repeat(s.depth) + '</a>'.repeat(s.depth) + `</${root}>`;
  const parts: Record<string, string> = handWorkbookParts(
    [{ name: 'BC01', sheetData: data }],
    s.depthPart === 'styles' && s.depth > 0 ? { stylesXml: deepXml('styleSheet') } : {},
  );
  if (s.depthPart === 'comments' && s.depth > 0) parts['xl/comments1.xml'] = deepXml('comments');
  let list = Object.entries(parts).map(([name, text]) => ({ name, data: text }));
  if (s.renameCase) list = list.map((e) => (e.name === 'xl/workbook.xml' ? { ...e, name: 'XL/Workbook.xml' } : e));
  if (s.duplicate !== 'none') {
    const sheet = list.find((e) => /sheet1\.xml$/i.test(e.name))!;
    list.push({ name: s.duplicate === 'case' ? sheet.name.toUpperCase() : sheet.name, data: sheet.data });
  }
  return rawZip(list);
}

const STACK_FRAME = /^\s*at\s+\S.*(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m;

describe('hostile packages (structure-aware fuzz)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgettjek-fuzz-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`check, --annotate and convert end with 0, 1 or 2 within ${MAX_RSS_MB} MB (${RUNS} packages, seed ${SEED})`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        n++;
        const input = path.join(dir, `fuzz-${n}.xlsx`);
        fs.writeFileSync(input, buildPackage(s));
        const before = createHash('sha256').update(fs.readFileSync(input)).digest('hex');
        const runs: string[][] = [
          ['check', '--format', 'json', input],
          ['check', '--annotate', path.join(dir, `fuzz-${n}-markeret.xlsx`), input],
          ['convert', '--to', '2026', '--out', path.join(dir, `fuzz-${n}-omregnet.xlsx`), input],
        ];
        for (const argv of runs) {
          const probe = path.join(dir, `rss-${n}`);
          const r = spawnSync(process.execPath, ['-r', PROBE, BIN, ...argv], {
            encoding: 'utf8',
            env: { ...process.env, BUDGETTJEK_RSS_PROBE: probe, NODE_OPTIONS: '' },
            timeout: 120_000,
          });
          const code = r.status ?? -1;
          expect({ argv, code: [0, 1, 2].includes(code) }).toEqual({ argv, code: true });
          expect(r.stderr).not.toMatch(STACK_FRAME);
          if (code === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
          const peakMB = Number(fs.readFileSync(probe, 'utf8').split(' ')[1]) / 1024;
          expect({ argv, peakMB: peakMB < MAX_RSS_MB }).toEqual({ argv, peakMB: true });
        }
        expect(createHash('sha256').update(fs.readFileSync(input)).digest('hex')).toBe(before);
        for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 600_000);
});
