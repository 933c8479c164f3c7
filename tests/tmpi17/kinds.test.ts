import { analyseWorkbook } from '../../src/core/analyse';
import { builtinTemplate } from '../../src/core/templates/template';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';
import * as fs from 'fs';
test('kinds', async () => {
  const files = process.env.FILES!.split(',');
  for (const f of files) {
    const r = analyseWorkbook(await readXlsxFile(f), builtinTemplate('kk-ofs-2025-2026')!);
    console.log(f, r.tables.filter(t=>t.kind==='list').map(t => t.id + ' ' + t.columns.map(c=>c.header).join('|')), r.findings.filter(x=>x.table && r.tables.find(t=>t.id===x.table)?.kind==='list').length);
  }
});
