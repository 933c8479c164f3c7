/**
 * Total formulas as other programs write them (make_fixtures.sh: XlsxWriter, openpyxl and
 * LibreOffice), each workbook a clean proposal table and one with a total off by 50 and an amount
 * stored as text under its total: exactly the findings in expected.json, by the command line and
 * by the core over the file reader's grid.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import { renderMessage } from '../../src/core/messages';
import { builtinTemplate } from '../../src/core/templates/builtin';
import { readXlsxFile } from '../../src/readers/xlsx/readXlsx';
import expected from './expected.json';

const ROOT = path.resolve(__dirname, '..', '..');
const template = builtinTemplate('kk-ofs-2025-2026')!;
const file = (name: string) => path.join(__dirname, name);
const files = Object.keys(expected) as (keyof typeof expected)[];

describe.each(files)('%s', (name) => {
  test('the core over the file reader gives exactly the expected findings', async () => {
    const grid = await readXlsxFile(file(name));
    const findings = analyseWorkbook(grid, template).findings;
    expect(findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(expected[name]);
    for (const f of findings) expect(renderMessage(f, 'da')).not.toMatch(/\{\w+\}/);
  });

  test('the command line gives the same (exit 1: errors found)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budgettjek.js'), 'check', '--format', 'json', file(name)], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].findings.map((f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(expected[name]);
  });
});

test('the text amount under a structured-reference total is TOTAL_SKIPS_TEXT, naming what the rows show', async () => {
  const findings = analyseWorkbook(await readXlsxFile(file('xlsxwriter-tabel.xlsx')), template).findings;
  const skips = findings.find((f) => f.rule === 'TOTAL_SKIPS_TEXT')!;
  expect(renderMessage(skips, 'da')).toBe('SUBTOTAL(109,[2027]) giver 300, fordi 1 af beløbene er gemt som tekst og ikke tælles med; alle rækkerne summerer til 600. Indtast beløbene som tal.');
  const mismatch = findings.find((f) => f.rule === 'TOTAL_MISMATCH')!;
  expect(mismatch.difference!.toNumber()).toBe(50);
});

test('a workbook that was not calculated is said once, with how many formulas the checker worked out', async () => {
  const findings = analyseWorkbook(await readXlsxFile(file('xlsxwriter-funktioner.xlsx')), template).findings;
  const notes = findings.filter((f) => f.rule === 'FORMULA_NOT_CALCULATED');
  expect(notes).toHaveLength(1);
  expect(renderMessage(notes[0], 'da')).toMatch(/^Projektmappen er ikke beregnet: .* 11 af dens formler .* Budgettjek har selv regnet 11 af dem/);
  expect(renderMessage(notes[0], 'en')).toMatch(/^The workbook was not calculated/);
});

test('an uncalculated 3-D total is worked out from the sheets read before it, as LibreOffice calculates it', async () => {
  const findings = analyseWorkbook(await readXlsxFile(file('openpyxl-navne.xlsx')), template).findings;
  const note = findings.find((f) => f.rule === 'FORMULA_NOT_CALCULATED')!;
  expect(renderMessage(note, 'en')).toContain('35 of its formulas have no trustworthy saved results. Budgettjek worked out 35 of them');
  const mismatch = findings.find((f) => f.sheet === 'Samlet')!;
  expect([mismatch.rule, mismatch.actual!.toNumber(), mismatch.expected!.toNumber()]).toEqual(['TOTAL_MISMATCH', 1250, 1200]);
});

test('the reader gives the workbook facts: Excel tables, defined names with their scope, fullCalcOnLoad', async () => {
  const grid = await readXlsxFile(file('xlsxwriter-funktioner.xlsx'));
  expect(grid.calculation).toEqual({ fullCalcOnLoad: true });
  expect(grid.definedNames).toEqual([
    { name: 'Udgifter2026', refersTo: 'BC01!$C$3:$C$5' },
    { name: 'Udgifter2026', refersTo: 'BC02!$C$3:$C$5', sheet: 'BC02' },
  ]);
  const tables = await readXlsxFile(file('xlsxwriter-tabel.xlsx'));
  expect(tables.sheets[1].excelTables).toEqual([
    {
      name: 'Tabel_BC02',
      range: { top: 2, left: 1, bottom: 6, right: 8 },
      headerRowCount: 1,
      totalsRowCount: 1,
      columns: ['1.000 kr. 2027 p/l', 'Styringsområde', '2026', '2027', '2028', '2029', '2030', '2031'],
    },
  ]);
  // LibreOffice drops the request to recalculate; its results stay 0.
  expect((await readXlsxFile(file('libreoffice-tabel.xlsx'))).calculation).toEqual({ fullCalcOnLoad: false });
});
