import { analyseWorkbook } from './core/analyse';
import { builtinTemplate } from './core/templates/template';
import { cases } from './core/rules/__fixtures__/TOTAL_MISMATCH';
test('dbg', () => {
  const c = cases.find((x) => x.name.startsWith(process.env.CASE!))!;
  const r = analyseWorkbook(c.workbook, builtinTemplate('kk-ofs-2025-2026')!);
  for (const t of r.tables) console.log(t.id, t.kind, JSON.stringify(t.columns), t.rows.map((x) => x.row + ':' + x.kind + ':' + x.label).join(' | '), JSON.stringify(t.totals), JSON.stringify(t.untotalled));
  console.log(r.findings.map((f) => f.rule + ' ' + f.cell).join('\n'));
});
