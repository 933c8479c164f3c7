/**
 * The message catalogue and what is generated from it. Every finding code has a guide entry (a short
 * name, an example and what to do, in Danish and English); every message variant exists in both
 * languages with the same parameters, and every parameter a fixture's finding carries is filled
 * (no "{name}" left in a message); the guide's fixes are the fixes the core proposes; and
 * docs/fund.md, the README's finding table and the help page are what `npm run docs` writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { findingGuide, guideFixCodes } from '../../src/core/findingGuide';
import { catalogueCodes, findingCatalogueMarkdown, helpPageHtml, markdownToHtml, readmeFindingTable, replaceBetweenMarkers } from '../../src/core/findingDocs';
import { ruleCatalogue } from '../../src/core/rules';
import { fixableCodes } from '../../src/core/fixes/proposeFixes';
import { renderMessage } from '../../src/core/messages';
import type { RuleCase } from '../../src/core/rules/__fixtures__/ruleCase';
import { analyseWorkbook } from '../../src/core/analyse';
import { builtinTemplate } from '../../src/core/templates/builtin';

const root = path.join(__dirname, '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('gives every finding code a short name, an example and what to do, in Danish and English', () => {
    const missing = catalogueCodes().filter((c) => !findingGuide[c]);
    expect(missing).toEqual([]);
    for (const code of catalogueCodes()) {
      const g = findingGuide[code]!;
      for (const text of [g.title, g.example, g.action]) {
        expect([code, text.da.length > 3 && text.en.length > 3]).toEqual([code, true]);
        expect([code, text.da === text.en]).toEqual([code, false]);
      }
    }
    expect(Object.keys(findingGuide).filter((c) => !ruleCatalogue.has(c as never))).toEqual([]);
  });

  it('has every message variant in both languages, with the same parameters', () => {
    for (const meta of ruleCatalogue.values()) {
      expect([meta.code, Object.keys(meta.messages.da).sort()]).toEqual([meta.code, Object.keys(meta.messages.en).sort()]);
      for (const variant of Object.keys(meta.messages.da)) {
        expect([meta.code, variant, placeholders(meta.messages.da[variant])]).toEqual([meta.code, variant, placeholders(meta.messages.en[variant])]);
      }
    }
  });

  it('fills every parameter of every message the rules’ fixtures produce, in both languages', () => {
    const dir = path.join(root, 'src', 'core', 'rules', '__fixtures__');
    let rendered = 0;
    for (const file of fs.readdirSync(dir).filter((f) => /^[A-Z_]+\.ts$/.test(f))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(dir, file)) as Record<string, unknown>;
      const cases = (mod.cases ?? Object.values(mod).find(Array.isArray)) as RuleCase[] | undefined;
      for (const c of cases ?? []) {
        for (const f of analyseWorkbook(c.workbook, builtinTemplate(c.template ?? 'kk-ofs-2025-2026')!).findings) {
          for (const lang of ['da', 'en'] as const) {
            const text = renderMessage(f, lang);
            expect([f.rule, text, /\{\w+\}/.test(text)]).toEqual([f.rule, text, false]);
          }
          rendered++;
        }
      }
    }
    expect(rendered).toBeGreaterThan(50);
  });

  it("the guide's fixes are exactly the fixes the core proposes", () => {
    expect([...guideFixCodes('certain'), ...guideFixCodes('choice')].sort()).toEqual([...fixableCodes].sort());
    for (const c of guideFixCodes('choice')) expect([c, findingGuide[c]?.fixOption]).toEqual([c, expect.stringMatching(/^--/)]);
  });
});

describe('generated documents', () => {
  it('docs/fund.md is generated from the catalogue (run `npm run docs`)', () => {
    expect(read('docs/fund.md')).toBe(findingCatalogueMarkdown());
  });

  it("the README's finding table is generated from the catalogue (run `npm run docs`)", () => {
    const readme = read('README.md');
    expect(readme).toBe(replaceBetweenMarkers(readme, 'fund-table', readmeFindingTable()));
  });

  it('the help page is the user guide and the finding catalogue (run `npm run docs`)', () => {
    const html = read('assets/help.html');
    expect(html).toBe(helpPageHtml(read('docs/brugervejledning.md'), findingCatalogueMarkdown()));
    for (const code of catalogueCodes()) expect(html).toContain(`<h2 id="${code.toLowerCase()}">${code}</h2>`);
  });

  it('fund.md says, for each code, what it means, an example, what to do and the fix', () => {
    const fund = read('docs/fund.md');
    const total = fund.slice(fund.indexOf('## TOTAL_MISMATCH'), fund.indexOf('## TOTAL_ROUNDING'));
    expect(total).toContain('**Hvad betyder det?** En angivet total afviger');
    expect(total).toContain('**Eksempel:**');
    expect(total).toContain('**Hvad gør du?** Find den række');
    expect(total).toContain('`budgettjek fix --totals sum`');
  });

  it('turns the Markdown the guide uses into HTML', () => {
    expect(markdownToHtml('## Tjek `A1` **nu**\n\nEn [side](fund.md) og [fund](#total_mismatch).\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n![Ruden](../assets/screenshots/taskpane.png)')).toBe(
      [
        '<h2 id="tjek-a1-nu">Tjek <code>A1</code> <strong>nu</strong></h2>',
        '<p>En side og <a href="#total_mismatch">fund</a>.</p>',
        '<ul><li>a</li><li>b</li></ul>',
        '<table><thead><tr><th>x</th><th>y</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
        '<p><img src="assets/screenshots/taskpane.png" alt="Ruden" /></p>',
      ].join('\n'),
    );
  });
});
