/**
 * One run, one case: the workbooks of a case are reconciled together (the overview in one, the
 * proposals in others), each overview with its own workbook's proposals first.
 */
import { analyseCase, WorkbookAnalysis, type CaseWorkbook } from './analyse';
import { renderMessage } from './messages';
import type { AnalysisResult, SheetGrid } from './model';
import { builtinTemplate } from './templates/builtin';
import { publishedAppendix } from './testing/appendix';

const template = builtinTemplate('kk-ofs-2025-2026')!;

function alone(name: string, sheets: SheetGrid[]): CaseWorkbook {
  const analysis = new WorkbookAnalysis(template);
  for (const s of sheets) analysis.addSheet(s);
  return { ...analysis.finishAlone(), name };
}

/** The appendix's sheets, by name, fresh each call (tests change cells). */
function sheets(): Map<string, SheetGrid> {
  return new Map(publishedAppendix().sheets.map((s) => [s.name, s]));
}

const described = (results: AnalysisResult[], names: string[]) =>
  results.flatMap((r, i) => r.findings.map((f) => `${names[i]} ${f.sheet}!${f.cell} ${f.rule} ${renderMessage(f, 'da')}${f.otherFile ? ` [${f.otherFile}]` : ''}`));

describe('a case of several workbooks', () => {
  it('gives the same findings for the overview and its proposals in separate files as for the one-workbook appendix', () => {
    const s = sheets();
    const whole = analyseCase([alone('bilag.xlsx', [...s.values()])], template)[0];
    const names = ['Oversigt.xlsx', 'BC01.xlsx', 'BC02.xlsx', 'BC39.xlsx'];
    const split = analyseCase(names.map((n) => alone(n, [sheets().get(n.replace('.xlsx', ''))!])), template);
    const norm = (lines: string[]) => lines.map((l) => l.replace(/^\S+ /, '')).sort();
    expect(norm(described(split, names))).toEqual(norm(described([whole], ['bilag.xlsx'])));
    expect(whole.findings.map((f) => f.rule)).toContain('TOTAL_ROUNDING');
    // Each file alone: the overview misses every proposal, every proposal misses its overview.
    const each = names.map((n) => analyseCase([alone(n, [sheets().get(n.replace('.xlsx', ''))!])], template)[0]);
    expect(each[0].findings.filter((f) => f.rule === 'PROPOSAL_NOT_FOUND')).toHaveLength(3);
  });

  it('holds an overview against a proposal in another file and says which file the other side came from', () => {
    const s = sheets();
    s.get('BC01')!.rows.get(6)!.get(3)!.value = 445; // 345 → 445: BC01 now costs 1.145 in 2027 p/l
    s.get('BC01')!.rows.get(10)!.get(3)!.value = 1145;
    const names = ['oversigt.xlsx', 'bc01.xlsx'];
    const [overview, bc01] = analyseCase([alone(names[0], [s.get('Oversigt')!]), alone(names[1], [s.get('BC01')!])], template);
    const cross = overview.findings.filter((f) => f.rule === 'CROSS_TABLE_MISMATCH');
    expect(cross).toHaveLength(1);
    expect(cross[0]).toMatchObject({ sheet: 'Oversigt', cell: 'D4', otherFile: 'bc01.xlsx' });
    expect(cross[0].expected?.toString()).toBe('1114');
    // BC02 and BC39 are carried by no file of the case: those two, and only those, are missing.
    expect(overview.findings.filter((f) => f.rule === 'PROPOSAL_NOT_FOUND').map((f) => f.params.code)).toEqual(['BC02', 'BC39']);
    expect(bc01.findings.filter((f) => f.rule.startsWith('CROSS') || f.rule === 'PROPOSAL_NOT_FOUND')).toEqual([]);
  });

  it("reconciles each overview with its own workbook's proposals first, and with another's only for a code it lacks", () => {
    const a = sheets();
    const b = sheets();
    b.get('BC01')!.rows.get(6)!.get(3)!.value = 445; // round B's BC01 differs from its overview
    b.get('BC01')!.rows.get(10)!.get(3)!.value = 1145;
    const [ra, rb] = analyseCase([alone('a.xlsx', [...a.values()]), alone('b.xlsx', [...b.values()])], template);
    expect(ra.findings.filter((f) => f.rule === 'CROSS_TABLE_MISMATCH')).toEqual([]);
    expect(rb.findings.filter((f) => f.rule === 'CROSS_TABLE_MISMATCH').map((f) => [f.cell, f.otherFile])).toEqual([['D4', undefined]]);

    // Workbook C has the overview, BC02 and BC39 but not BC01: it borrows BC01 from the first other
    // workbook of the case that carries it (A, whose BC01 agrees), not from B.
    const c = sheets();
    c.delete('BC01');
    const [, , rc] = analyseCase(
      [alone('a.xlsx', [...a.values()]), alone('b.xlsx', [...b.values()]), alone('c.xlsx', [...c.values()])],
      template,
    );
    expect(rc.findings.filter((f) => f.rule === 'PROPOSAL_NOT_FOUND')).toEqual([]);
    expect(rc.findings.filter((f) => f.rule.startsWith('CROSS'))).toEqual([]); // A's BC01 agrees
  });

  it('reports a proposal no overview of the case names in the file that holds it, naming the overview file', () => {
    const s = sheets();
    const extra = sheets().get('BC02')!;
    const renamed: SheetGrid = { ...extra, name: 'BC77', rows: new Map(extra.rows) };
    renamed.rows.set(1, new Map([[1, { row: 1, col: 1, value: 'BC77 Et forslag uden for oversigten' }]]));
    const [, , other] = analyseCase(
      [alone('bilag.xlsx', [...s.values()]), alone('bc02.xlsx', [sheets().get('BC02')!]), alone('bc77.xlsx', [renamed])],
      template,
    );
    const missing = other.findings.filter((f) => f.rule === 'PROPOSAL_NOT_FOUND');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ variant: 'notInOverview', sheet: 'BC77', otherFile: 'bilag.xlsx' });
  });
});
