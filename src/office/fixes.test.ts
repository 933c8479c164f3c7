/**
 * "Ret" and Budgettjek's own undo against the in-memory Excel: fixes are written as the core
 * proposes them, the re-check loses exactly the fixed findings, and undo — last step or all, also
 * after the workbook is closed and reopened — gives back every cell exactly as it was.
 */
import { analyseWorkbook } from '../core/analyse';
import { proposeFixes } from '../core/fixes/proposeFixes';
import { combinableEdits, selectFixes } from '../core/fixes/select';
import type { AnalysisResult, Finding } from '../core/model';
import { builtinTemplate } from '../core/templates/builtin';
import { FIXES_SHEET } from './constants';
import { FakeExcel, type FakeSeed } from './fake/excelFake';
import { gatewayOverFake } from './fake/fakeGateway';
import { parseFixStore } from './fixes';
import { NEEDS_JUDGEMENT, UNIT_IN_TEXT_CELL } from '../core/fixes/__fixtures__/judgement';
import { seedFromXlsx } from './fake/seedFromXlsx';
import * as path from 'path';

const template = builtinTemplate('kk-ofs-2025-2026')!;
const years = [2026, 2027, 2028, 2029, 2030, 2031];

function seed(): FakeSeed {
  return {
    sheets: [
      {
        name: 'BC01',
        rows: [
          ['BC01 Test af AI-tolk'],
          ['1.000 kr. 2027 p/l', 'Styringsområde', ...years],
          ['Juridisk afklaring', 'Servce', { value: '209', numFmt: '@' }, null, null, null, null, null],
          ['Afprøvning', 'Service', 418, { value: '600', numFmt: '@' }, null, null, null, null],
          ['Projektledelse', 'Service', 418, 400, null, null, null, null],
          ['I alt', null, { formula: 'SUM(C3:C4)', value: 627, numFmt: '#,##0' }, { formula: 'SUM(D3:D5)', value: 1000 }, null, null, null, null],
        ],
      },
      {
        name: 'BC02',
        rows: [['BC02 Digitalt Jobunivers'], ['2027 p/l', 'Styringsområde', ...years], ['Drift', 'Service', 100, 100], ['Løn', 'Service', 50, 50], ['I alt', null, 150, 160]],
      },
    ],
  };
}

const key = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;

async function check(fake: FakeExcel): Promise<{ result: AnalysisResult; workbook: Awaited<ReturnType<ReturnType<typeof gatewayOverFake>['readWorkbook']>>['workbook'] }> {
  const { workbook } = await gatewayOverFake(fake).readWorkbook('workbook');
  return { workbook, result: analyseWorkbook(workbook, template) };
}

/** The user's cells; a formula's result is Excel's to compute, so formula cells compare by formula. */
function userCells(fake: FakeExcel) {
  const snap: Record<string, unknown> = fake.contentSnapshot();
  for (const [k, v] of Object.entries(snap)) {
    if (k.startsWith(`${FIXES_SHEET}!`)) delete snap[k];
    else if ((v as { formula: string | null }).formula) snap[k] = { ...(v as object), value: 'calculated' };
  }
  return snap;
}

describe('fixes in Excel', () => {
  it('"Ret alle" writes every certain fix; the re-check keeps only what needs judgement; undo restores every cell exactly', async () => {
    const fake = new FakeExcel(seed());
    const gw = gatewayOverFake(fake);
    const original = userCells(fake);
    const { workbook, result } = await check(fake);
    expect(result.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['STYRINGSOMRAADE_UNKNOWN', 'NUMBER_STORED_AS_TEXT', 'TOTAL_FORMULA_RANGE', 'UNIT_MISSING', 'TOTAL_MISMATCH']),
    );
    const fixes = selectFixes(proposeFixes(workbook, result, template));
    const fixedCells = new Set(fixes.map((f) => `${f.sheet}!${f.cell}`));
    const syncs = fake.syncCount;
    const outcome = await gw.applyFixes(combinableEdits(fixes));
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(3);
    expect(outcome.changedSince).toEqual([]);
    expect(outcome.applied).toBe(combinableEdits(fixes).length);

    // Text stays text where it should, numbers are numbers with a number format, formulas are formulas.
    expect(fake.cell('BC01', 'B3').value).toBe('Service');
    expect(fake.cell('BC01', 'C3')).toMatchObject({ value: 209, numberFormat: '#,##0' });
    expect(fake.cell('BC01', 'C6')).toMatchObject({ formula: '=SUM(C3:C5)', numberFormat: '#,##0' });
    expect(fake.cell('BC02', 'A2').value).toBe('1.000 kr. 2027 p/l');
    expect(fake.sheet(FIXES_SHEET).visibility).toBe('VeryHidden');

    const after = (await check(fake)).result.findings;
    expect(after.map(key)).toEqual(result.findings.filter((f) => !fixedCells.has(`${f.sheet}!${f.cell}`)).map(key));
    expect(after.map((f) => f.rule)).toEqual(['TOTAL_MISMATCH']); // BC02's 160: a choice, not applied

    expect(await gw.recordedFixSteps()).toBe(1);
    const undone = await gw.undoFixes('all');
    expect(undone).toEqual({ restored: outcome.applied, changedSince: [], stepsLeft: 0 });
    expect(userCells(fake)).toEqual(original);
    expect(fake.state.sheets.some((s) => s.name === FIXES_SHEET && !s.deleted)).toBe(false);
  });

  it('"Ret alle" on examples/typiske-fejl.xlsx leaves only the findings that need judgement, and undo gives every cell back', async () => {
    const fake = new FakeExcel(await seedFromXlsx(path.resolve('examples/typiske-fejl.xlsx')));
    const original = userCells(fake);
    const { workbook, result } = await check(fake);
    const fixes = selectFixes(proposeFixes(workbook, result, template));
    const outcome = await gatewayOverFake(fake).applyFixes(combinableEdits(fixes));
    expect(outcome.changedSince).toEqual([]);
    const after = (await check(fake)).result.findings;
    // What a person must judge: amounts that are no amounts, Excel errors, totals and overview
    // figures that do not agree, years, a missing styringsområde, a unit or p/l that may be meant,
    // and "1.300 kr." (which unit?). Nothing else is left.
    const left = after.filter((f) => !NEEDS_JUDGEMENT.has(f.rule)).map(key);
    expect(left).toEqual([`${UNIT_IN_TEXT_CELL.rule} ${UNIT_IN_TEXT_CELL.sheet}!${UNIT_IN_TEXT_CELL.cell}`]);
    expect(after.length).toBeLessThan(result.findings.length);
    await gatewayOverFake(fake).undoFixes('all');
    expect(userCells(fake)).toEqual(original);
  });

  it('undoes the last step only, and all steps after closing and reopening the workbook', async () => {
    const fake = new FakeExcel(seed());
    const original = userCells(fake);
    const { workbook, result } = await check(fake);
    const fixes = proposeFixes(workbook, result, template);
    const gw = gatewayOverFake(fake);
    const first = fixes.filter((f) => f.rule === 'STYRINGSOMRAADE_UNKNOWN');
    const total = fixes.filter((f) => f.rule === 'TOTAL_MISMATCH' && f.sheet === 'BC02'); // the person chose "Erstat med sum"
    await gw.applyFixes(combinableEdits(first));
    const afterFirst = userCells(fake);
    await gw.applyFixes(combinableEdits(total));
    expect(fake.cell('BC02', 'D5').formula).toBe('=SUM(D3:D4)');

    const reopened = fake.reopen();
    const gw2 = gatewayOverFake(reopened);
    expect(await gw2.recordedFixSteps()).toBe(2);
    expect(await gw2.undoFixes('last')).toEqual({ restored: 1, changedSince: [], stepsLeft: 1 });
    expect(userCells(reopened)).toEqual(afterFirst);
    expect(reopened.cell('BC02', 'D5')).toMatchObject({ value: 160, formula: null });
    await gw2.undoFixes('all');
    expect(userCells(reopened)).toEqual(original);
  });

  it('leaves a cell changed since the check, and a cell changed since the fix, to the person', async () => {
    const fake = new FakeExcel(seed());
    const { workbook, result } = await check(fake);
    const edits = combinableEdits(selectFixes(proposeFixes(workbook, result, template)));
    const gw = gatewayOverFake(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('BC01').getRange('B3').values = [['Anlæg']];
      await ctx.sync();
    });
    const outcome = await gw.applyFixes(edits);
    expect(outcome.changedSince).toEqual(['BC01!B3']);
    expect(fake.cell('BC01', 'B3').value).toBe('Anlæg');

    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('BC01').getRange('C3').values = [[300]];
      await ctx.sync();
    });
    const undone = await gw.undoFixes('all');
    expect(undone.changedSince).toEqual(['BC01!C3']);
    expect(fake.cell('BC01', 'C3').value).toBe(300);
  });

  it('refuses a protected sheet, and a protected structure where the store sheet must be added, before anything is written', async () => {
    const base = seed();
    const locked = new FakeExcel({ ...base, sheets: [{ ...base.sheets[0], protected: true }, base.sheets[1]] });
    const { workbook, result } = await check(locked);
    const edits = combinableEdits(selectFixes(proposeFixes(workbook, result, template)));
    const before = userCells(locked);
    await expect(gatewayOverFake(locked).applyFixes(edits)).rejects.toThrow(/Arket "BC01" er beskyttet.*Intet er ændret/);
    expect(userCells(locked)).toEqual(before);
    expect(locked.sheetNames()).not.toContain(FIXES_SHEET);

    const structure = new FakeExcel({ ...base, structureProtected: true });
    await expect(gatewayOverFake(structure).applyFixes(edits)).rejects.toThrow(/Projektmappens struktur er beskyttet/);
    expect(userCells(structure)).toEqual(before);
  });

  it('keeps its store as text a person cannot break by accident', () => {
    expect(parseFixStore([['noget andet']])).toBeNull();
    expect(parseFixStore([['Budgettjek rettelser v1'], ['h'], ['1', 'BC01', 'id', 'C3', '{"v":"209","n":"@"}', '{"v":209,"n":"#,##0"}']])).toEqual([
      { step: 1, sheet: 'BC01', sheetId: 'id', address: 'C3', before: { value: '209', numFmt: '@' }, after: { value: 209, numFmt: '#,##0' } },
    ]);
  });
});
