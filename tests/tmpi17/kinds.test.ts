import { analyseWorkbook } from '../../src/core/analyse';
import { renderMessage } from '../../src/core/messages';
import { builtinTemplate } from '../../src/core/templates/template';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';
test('kinds', async () => {
  const files = process.env.FILES!.split(',');
  for (const f of files) {
    const t0 = Date.now();
    const wb = await readXlsxFile(f);
    const t1 = Date.now();
    const r = analyseWorkbook(wb, builtinTemplate('kk-ofs-2025-2026')!);
    const t2 = Date.now();
    console.log(f, `read ${t1-t0}ms analyse ${t2-t1}ms`, r.tables.map(t => `${t.kind} ${t.id} [${t.columns.map(c=>c.header).join('|')}] totals=${t.totals.length} rows=${t.rows.length}`).join('\n'), '\n', r.findings.slice(0, 20).map(x => `${x.rule}@${x.sheet}!${x.cell} ${renderMessage(x,'da')}`).join('\n'));
  }
});
