/**
 * Findings as a catalogue: every code the core can emit is in the `RuleCode` union, has exactly one
 * catalogue entry (a rule's `meta`), fixtures named after it with cases that fire and cases that stay
 * silent, a test that runs those fixtures, and a row in the README's code table with the same
 * severity. Adding a rule without any of these fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rules, ruleCatalogue } from '../../src/core/rules';
import type { RuleCase } from '../../src/core/rules/__fixtures__/ruleCase';

const root = path.join(__dirname, '..', '..');
const rulesDir = path.join(root, 'src', 'core', 'rules');
const fixturesDir = path.join(rulesDir, '__fixtures__');

/** The members of `RuleCode` as written in model.ts. */
function unionCodes(): string[] {
  const model = fs.readFileSync(path.join(root, 'src', 'core', 'model.ts'), 'utf8');
  const m = /export type RuleCode =([\s\S]*?);/.exec(model);
  if (!m) throw new Error('RuleCode union not found in model.ts');
  return Array.from(m[1].matchAll(/'([A-Z_]+)'/g), (x) => x[1]);
}

/** Rows of the README's finding-code tables: code → severity. */
function readmeCodes(): Map<string, string> {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const m of readme.matchAll(/^\| `([A-Z_]+)` \| (error|warning|info) \|/gm)) {
    if (rows.has(m[1])) throw new Error(`README lists ${m[1]} twice`);
    rows.set(m[1], m[2]);
  }
  return rows;
}

const codes = unionCodes();

describe('the rule catalogue', () => {
  it('has one entry per code of the RuleCode union, and no other', () => {
    const metas = rules.flatMap((r) => r.meta.map((m) => m.code));
    expect(new Set(metas).size).toBe(metas.length);
    expect([...metas].sort()).toEqual([...codes].sort());
    expect([...ruleCatalogue.keys()].sort()).toEqual([...codes].sort());
  });

  it('gives every entry a description and a default message in both languages', () => {
    for (const meta of ruleCatalogue.values()) {
      expect(meta.description.da.length).toBeGreaterThan(10);
      expect(meta.description.en.length).toBeGreaterThan(10);
      expect(meta.messages.da.default).toBeTruthy();
      expect(meta.messages.en.default).toBeTruthy();
      expect(Object.keys(meta.messages.da).sort()).toEqual(Object.keys(meta.messages.en).sort());
    }
  });

  it('lists exactly the catalogue in the README, with the same severities', () => {
    const readme = readmeCodes();
    expect([...readme.keys()].sort()).toEqual([...codes].sort());
    for (const [code, severity] of readme) expect(severity).toBe(ruleCatalogue.get(code as never)?.severity);
  });

  describe.each(codes.map((c) => [c]))('%s', (code) => {
    const fixtureFile = path.join(fixturesDir, `${code}.ts`);

    it('has fixtures named after it, some firing and some silent', () => {
      expect(fs.existsSync(fixtureFile)).toBe(true);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { cases } = require(fixtureFile) as { cases: RuleCase[] };
      expect(cases.some((c) => c.fires.length > 0)).toBe(true);
      expect(cases.some((c) => c.fires.length === 0)).toBe(true);
    });

    it('has a test beside the rules that runs those fixtures', () => {
      const runners = fs
        .readdirSync(rulesDir)
        .filter((f) => f.endsWith('.test.ts'))
        .filter((f) => {
          const text = fs.readFileSync(path.join(rulesDir, f), 'utf8');
          return text.includes(`__fixtures__/${code}'`) && text.includes(`runRuleCases('${code}'`);
        });
      expect(runners).not.toHaveLength(0);
    });
  });
});
