/**
 * Requirement sets: every Office.js API the add-in's code uses, and the sets manifest.xml
 * declares. The table is not hand-written: the TypeScript checker resolves each member the code
 * touches (property accesses, method calls, and the property paths named in `load('a,b/c')`
 * strings, constants included) to its declaration in @types/office-js, and that declaration's
 * JSDoc says `[Api set: ExcelApi 1.x]`. A new call (protection, numberFormat, rowHidden,
 * tintAndShade …) is therefore picked up without touching this test.
 *
 * A use is guarded when it only runs behind a requirement check: inside the then-branch of an
 * `if`, the true branch of `?:` or the right side of `&&` whose condition is
 * `supportsExcelApi(…, 'V')` / `isSetSupported('ExcelApi', 'V')` (directly or via a const
 * initialised with it). Guards the checker cannot see (a value computed behind a check and passed
 * on) are listed in CALLER_GUARDED, and the test verifies that their guard is still in the file.
 * Every unguarded use must be covered by the manifest's <Requirements>; the manifest declares no
 * more than the code needs (a higher minimum would hide the add-in from hosts it runs on).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { XMLParser } from 'fast-xml-parser';

const root = path.resolve(__dirname, '../..');
const CODE_DIRS = ['src/office', 'src/commands', 'src/functions', 'src/taskpane'];
const EXCLUDED = [/\.test\.tsx?$/, /\/fake\//, /\/testing\//];

/** Uses whose guard is in the caller: member, file, the set it needs, and the guard that must stay in the file. */
const CALLER_GUARDED: Array<{ members: string[]; file: string; set: string; version: string; guard: RegExp; why: string }> = [
  {
    members: ['getMergedAreasOrNullObject', 'address'],
    file: 'src/office/readWorkbook.ts',
    set: 'ExcelApi',
    version: '1.13',
    guard: /const mergePlans = supportsExcelApi\(deps\.office, '1\.13'\) \? [^:]+ : \[\]/,
    why: 'loadBatch() only asks for merged areas (RangeAreas, whose address is 1.9) of mergePlans, which is empty unless ExcelApi 1.13 is supported',
  },
];

type Use = { set: string; version: string; member: string; where: string; guard: string | null };

function listSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !EXCLUDED.some((re) => re.test(p.split(path.sep).join('/')))) out.push(p);
    }
  };
  for (const d of CODE_DIRS) walk(path.join(root, d));
  return out;
}

const versionNumber = (v: string) => v.split('.').map(Number);
function compareVersions(a: string, b: string): number {
  const x = versionNumber(a);
  const y = versionNumber(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** Every use of an office-js member with a requirement-set tag in the add-in's code. */
function collectUses(): Use[] {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const files = listSources();
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const officeTypes = path.join('@types', 'office-js', 'index.d.ts');
  const uses: Use[] = [];
  const tagCache = new Map<ts.Declaration, { set: string; version: string } | null>();

  const tagOf = (decl: ts.Declaration): { set: string; version: string } | null => {
    if (tagCache.has(decl)) return tagCache.get(decl)!;
    const sf = decl.getSourceFile();
    let tag: { set: string; version: string } | null = null;
    if (sf.fileName.split('/').join(path.sep).endsWith(officeTypes)) {
      const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
      for (const r of ranges) {
        const m = /\[Api set: (\w+) (\d+\.\d+)/.exec(sf.text.slice(r.pos, r.end));
        if (m) tag = { set: m[1], version: m[2] };
      }
    }
    tagCache.set(decl, tag);
    return tag;
  };
  /** The lowest set any declaration of the symbol needs (overloads). */
  const requirementOf = (symbol: ts.Symbol | undefined): { set: string; version: string } | null => {
    let best: { set: string; version: string } | null = null;
    for (const d of symbol?.declarations ?? []) {
      const t = tagOf(d);
      if (t && (!best || compareVersions(t.version, best.version) < 0)) best = t;
    }
    return best;
  };

  /** The ExcelApi version a condition checks, following const initialisers; null if none. */
  const guardVersion = (expr: ts.Node, seen = new Set<ts.Node>()): string | null => {
    if (seen.has(expr)) return null;
    seen.add(expr);
    let found: string | null = null;
    const visit = (n: ts.Node) => {
      if (found) return;
      if (ts.isCallExpression(n)) {
        const callee = n.expression.getText();
        const args = n.arguments.map((a) => (ts.isStringLiteralLike(a) ? a.text : null));
        if (/(^|\.)supportsExcelApi$/.test(callee) && args[1]) found = args[1];
        if (/(^|\.)isSetSupported$/.test(callee) && args[0] === 'ExcelApi' && args[1]) found = args[1];
      }
      if (ts.isIdentifier(n)) {
        const sym = checker.getSymbolAtLocation(n);
        const decl = sym?.valueDeclaration;
        if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) {
          const v = guardVersion(decl.initializer, seen);
          if (v) found = v;
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(expr);
    return found;
  };
  const guardOf = (node: ts.Node): string | null => {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      let v: string | null = null;
      if (ts.isIfStatement(parent) && parent.thenStatement === child) v = guardVersion(parent.expression);
      else if (ts.isConditionalExpression(parent) && parent.whenTrue === child) v = guardVersion(parent.condition);
      else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child) v = guardVersion(parent.left);
      if (v) return v;
    }
    return null;
  };

  const record = (symbol: ts.Symbol | undefined, member: string, node: ts.Node) => {
    const req = requirementOf(symbol);
    if (!req) return;
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    uses.push({ ...req, member, where: `${path.relative(root, sf.fileName)}:${line + 1}`, guard: guardOf(node) });
  };

  /** The strings an argument can be, each with the node that decides it (for guards). */
  const stringsOf = (expr: ts.Expression): Array<{ text: string; node: ts.Node }> => {
    if (ts.isStringLiteralLike(expr)) return [{ text: expr.text, node: expr }];
    if (ts.isConditionalExpression(expr)) return [...stringsOf(expr.whenTrue), ...stringsOf(expr.whenFalse)];
    if (ts.isParenthesizedExpression(expr)) return stringsOf(expr.expression);
    if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => stringsOf(e as ts.Expression));
    const type = checker.getTypeAtLocation(expr);
    const literals = type.isUnion() ? type.types : [type];
    return literals.filter((t) => t.isStringLiteral()).map((t) => ({ text: (t as ts.StringLiteralType).value, node: expr }));
  };
  const elementType = (t: ts.Type): ts.Type => t.getNumberIndexType() ?? t;
  const loadPaths = (receiver: ts.Type, spec: string, node: ts.Node) => {
    for (const raw of spec.split(',')) {
      let type: ts.Type | undefined = receiver;
      for (const name of raw.trim().split('/').filter(Boolean)) {
        if (!type) break;
        const sym: ts.Symbol | undefined = elementType(type).getProperty(name);
        if (!sym) throw new Error(`load('${spec}') at ${node.getSourceFile().fileName}: ${name} is not a property of ${checker.typeToString(type)}`);
        record(sym, name, node);
        type = checker.getTypeOfSymbolAtLocation(sym, node);
      }
    }
  };

  for (const sf of program.getSourceFiles()) {
    if (!files.includes(sf.fileName) && !files.includes(sf.fileName.split('/').join(path.sep))) continue;
    const visit = (n: ts.Node) => {
      if (ts.isPropertyAccessExpression(n)) record(checker.getSymbolAtLocation(n.name), n.name.text, n);
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'load' && n.arguments.length) {
        const receiver = checker.getTypeAtLocation(n.expression.expression);
        const declared = checker.getSymbolAtLocation(n.expression.name)?.declarations?.some((d) => d.getSourceFile().fileName.endsWith(path.join('office-js', 'index.d.ts')));
        if (declared) for (const s of stringsOf(n.arguments[0])) loadPaths(receiver, s.text, s.node);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The manifest's <Requirements><Sets>: set name → MinVersion. */
function manifestSets(): Map<string, string> {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
  const sets = doc.OfficeApp.Requirements.Sets;
  const list = Array.isArray(sets.Set) ? sets.Set : [sets.Set];
  return new Map(list.map((s: Record<string, string>) => [s['@_Name'], s['@_MinVersion'] ?? sets['@_DefaultMinVersion']]));
}

describe('requirement sets (manifest.xml vs the Office.js APIs the code uses)', () => {
  const uses = collectUses();
  const declared = manifestSets();
  const callerGuarded = (u: Use) =>
    CALLER_GUARDED.find((g) => g.members.includes(u.member) && u.set === g.set && compareVersions(u.version, '1.1') > 0 && compareVersions(u.version, g.version) <= 0 && u.where.startsWith(`${g.file}:`));
  const unguarded = uses.filter((u) => !u.guard && !callerGuarded(u));
  if (process.env.REQUIREMENT_SETS_LIST) {
    const rows = [...new Set(uses.filter((u) => compareVersions(u.version, '1.1') > 0 || u.set !== 'ExcelApi').map((u) => `${u.set} ${u.version} ${u.member}${u.guard ? ` (guarded ${u.guard})` : callerGuarded(u) ? ' (guarded by caller)' : ''}`))];
    console.log(rows.sort().join('\n'));
  }
  const highest = (set: string) => unguarded.filter((u) => u.set === set).reduce((v, u) => (compareVersions(u.version, v) > 0 ? u.version : v), '1.1');

  test('the analysis sees the calls named in the issue, with their sets from @types/office-js', () => {
    const need = (member: string) => uses.find((u) => u.member === member);
    expect(need('getUsedRangeOrNullObject')).toMatchObject({ set: 'ExcelApi', version: '1.4' });
    expect(need('getItemOrNullObject')).toMatchObject({ set: 'ExcelApi', version: '1.4' });
    expect(need('hyperlink')).toMatchObject({ set: 'ExcelApi', version: '1.7' });
    expect(need('autofitColumns')).toMatchObject({ set: 'ExcelApi', version: '1.2' });
    // Load strings count: fill.load('color,pattern,patternColor') needs 1.9 for pattern, behind a guard.
    expect(uses.filter((u) => u.member === 'pattern').every((u) => u.version === '1.9' && u.guard === '1.9')).toBe(true);
    expect(uses.some((u) => u.member === 'pattern')).toBe(true);
  });

  test('every unguarded use is covered by a set the manifest declares', () => {
    const uncovered = unguarded.filter((u) => !declared.has(u.set) || compareVersions(declared.get(u.set)!, u.version) < 0);
    expect(uncovered.map((u) => `${u.member} needs ${u.set} ${u.version} (${u.where})`)).toEqual([]);
  });

  test('the manifest asks for no more than the code needs without a guard', () => {
    for (const [set, version] of declared) {
      if (!/^ExcelApi$/.test(set)) continue;
      expect(`${set} ${version}`).toBe(`${set} ${highest(set)}`);
    }
  });

  test('each guard checks at least the version its API needs', () => {
    const weak = uses.filter((u) => u.guard && compareVersions(u.guard, u.version) < 0);
    expect(weak.map((u) => `${u.member} needs ${u.version}, guarded by ${u.guard} (${u.where})`)).toEqual([]);
  });

  test('caller-side guards are still in place and strong enough', () => {
    for (const g of CALLER_GUARDED) {
      expect([g.file, g.guard.test(fs.readFileSync(path.join(root, g.file), 'utf8'))]).toEqual([g.file, true]);
      // Each listed member is still used there above 1.1 (else the entry is stale and must go).
      for (const m of g.members) expect([m, uses.some((u) => u.member === m && compareVersions(u.version, '1.1') > 0 && u.where.startsWith(`${g.file}:`))]).toEqual([m, true]);
    }
  });

  test('uses above the manifest minimum are all guarded', () => {
    const min = declared.get('ExcelApi') ?? '1.1';
    const above = uses.filter((u) => u.set === 'ExcelApi' && compareVersions(u.version, min) > 0);
    for (const u of above) expect([u.member, Boolean(u.guard || callerGuarded(u))]).toEqual([u.member, true]);
    // REQUIREMENT_SETS_LIST=1 prints the whole table (docs/addin.md lists it).
    expect(above.length).toBeGreaterThan(0);
  });
});
