/**
 * The house's floors, guarded: the core at the ground imports nothing outside itself but its three
 * libraries; readers and writers stand on the core; the Office.js layer (office) on the core; the
 * add-in's shared room (addin) on office and core; the shells on top — the CLI, the task pane, the
 * ribbon (commands) and the custom function (functions) — never import one another.
 *
 * Each room below the shells has a front door, its index.ts: code outside the room imports it
 * from there, or through one of its side doors — the modules the door names with an
 * `export type * from` line, which are loaded on first use (by `import()` or a lazy `require`)
 * rather than with the door.
 * Test files, fixtures and test-only helpers are not part of the house and are not checked.
 */
import * as fs from 'fs';
import * as path from 'path';

const src = path.join(__dirname, '..', '..', 'src');

/** Which rooms (top folders of src/) and packages each room may import. */
const allowed: Record<string, { rooms: string[]; packages: RegExp }> = {
  core: { rooms: ['core'], packages: /^(decimal\.js|zod(\/mini)?|fastest-levenshtein)$/ },
  readers: { rooms: ['readers', 'core'], packages: /^(node:)?(fs|path|zlib|stream|events|util|os|string_decoder|yauzl|saxes)$/ },
  writers: { rooms: ['writers', 'readers', 'core'], packages: /^(node:)?(fs|path|zlib|stream|events|util|os|crypto|string_decoder|yauzl|saxes)$|^exceljs(\/.*)?$/ },
  office: { rooms: ['office', 'core'], packages: /^(decimal\.js)$/ },
  addin: { rooms: ['addin', 'office', 'core'], packages: /^(decimal\.js)$/ },
  cli: { rooms: ['cli', 'readers', 'writers', 'core'], packages: /^(node:)?(fs|path|os|worker_threads|url|util|events|stream|tty|module|vm|v8|commander|decimal\.js)$/ },
  taskpane: { rooms: ['taskpane', 'addin', 'office', 'core'], packages: /^(react|react-dom(\/client)?|react\/jsx-runtime|@fluentui\/.+|decimal\.js)$/ },
  commands: { rooms: ['commands', 'addin', 'office', 'core'], packages: /^$/ },
  functions: { rooms: ['functions', 'addin', 'office', 'core'], packages: /^(decimal\.js)$/ },
};

/** The rooms with a front door (src/<room>/index.ts). */
const ROOMS_WITH_DOORS = ['core', 'readers', 'writers', 'office', 'addin'];

/** The modules (relative to src/, without extension) outside code may import of `room`: its door and side doors. */
function doorsOf(room: string): Set<string> {
  const door = path.join(room, 'index');
  const text = fs.readFileSync(path.join(src, door + '.ts'), 'utf8');
  const sideDoors = [...text.matchAll(/^export type \* from '(\.[^']+)';/gm)].map((m) => path.join(room, m[1]));
  return new Set([room, door, ...sideDoors]);
}

function isTestOnly(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /[\\/](__fixtures__|testing|fake)[\\/]/.test(file);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function importsOf(text: string): string[] {
  const specs = new Set<string>();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) specs.add(m[1]);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) specs.add(m[1]);
  for (const m of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.add(m[1]);
  return [...specs];
}

function roomOf(file: string): string {
  return path.relative(src, file).split(path.sep)[0];
}

/** Every import that crosses a floor it may not cross: "from → to". `extra` adds files not on disk. */
function violations(extra: Array<{ file: string; text: string }> = []): string[] {
  const out: string[] = [];
  const doors = new Map(ROOMS_WITH_DOORS.map((room) => [room, doorsOf(room)]));
  const files = [...sourceFiles(src).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') })), ...extra];
  for (const { file, text } of files) {
    if (isTestOnly(file)) continue;
    const room = roomOf(file);
    const rule = allowed[room];
    const where = path.relative(src, file);
    if (!rule) {
      out.push(`${where}: src/${room}/ is no known room of the house`);
      continue;
    }
    for (const spec of importsOf(text)) {
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        const targetRoom = path.relative(src, target).split(path.sep)[0];
        const targetModule = path.relative(src, target);
        if (!rule.rooms.includes(targetRoom)) out.push(`${where} → ${targetModule}`);
        else if (isTestOnly(target + '.ts')) out.push(`${where} → ${targetModule} (test-only code in what ships)`);
        else if (targetRoom !== room && !doors.get(targetRoom)?.has(targetModule)) out.push(`${where} → ${targetModule} (past the front door of ${targetRoom}/)`);
      } else if (!rule.packages.test(spec)) {
        out.push(`${where} → package ${spec}`);
      }
    }
  }
  return out;
}

/** Every file below `dir`, relative to it. */
function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesBelow(p).map((f) => path.join(e.name, f)) : [e.name];
  });
}

describe('the layers of the house', () => {
  it('has no import that crosses a floor', () => {
    expect(violations()).toEqual([]);
  });

  it('ships no test code: the command-line build holds no tests, fixtures, test helpers or fake Excel', () => {
    const dist = path.join(__dirname, '..', '..', 'dist');
    const built = filesBelow(dist);
    expect(built.some((f) => f.endsWith(path.join('cli', 'main.js')))).toBe(true);
    expect(built.filter((f) => /(^|[\\/])(testing|__fixtures__|fake)[\\/]|\.test\.js$/.test(f))).toEqual([]);
  });

  it('gives every room below the shells a front door that names only modules of its own', () => {
    for (const room of ROOMS_WITH_DOORS) {
      const door = path.join(src, room, 'index.ts');
      expect([room, fs.existsSync(door)]).toEqual([room, true]);
      for (const spec of importsOf(fs.readFileSync(door, 'utf8'))) expect([room, spec.startsWith('./')]).toEqual([room, true]);
      for (const side of doorsOf(room)) if (side !== room) expect([side, fs.existsSync(path.join(src, side + '.ts'))]).toEqual([side, true]);
    }
  });

  it('finds an import past a front door when one is there', () => {
    const probe = { file: path.join(src, 'cli', 'probe.ts'), text: "import { renderMessage } from '../core/messages';\nimport { formatAmount } from '../core';\n" };
    expect(violations([probe])).toEqual(['cli/probe.ts → core/messages (past the front door of core/)']);
    const side = { file: path.join(src, 'cli', 'probe.ts'), text: "const load = () => import('../core/templates/derive');\n" };
    expect(violations([side])).toEqual([]);
  });

  it('finds a crossing when one is there (the check itself works)', () => {
    const probe = { file: path.join(src, 'commands', 'probe.ts'), text: "import { App } from '../taskpane/components/App';\n" };
    expect(violations([probe])).toContain('commands/probe.ts → taskpane/components/App');
    const lib = { file: path.join(src, 'core', 'probe.ts'), text: "import * as fs from 'fs';\n" };
    expect(violations([lib])).toContain('core/probe.ts → package fs');
  });
});
