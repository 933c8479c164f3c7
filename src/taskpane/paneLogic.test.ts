/**
 * The pane's logic that is not presentation, tested in Node without React or Office: the findings
 * list (findingList.ts), the price-level view (priceLevelChoices.ts), and the add-in's session and
 * converted sheet as the pane uses them.
 */
import Decimal from 'decimal.js';
import genericJson from '../core/templates/builtin/generic.json';
import { a1 } from '../core/a1';
import { analyseWorkbook } from '../core/analyse';
import type { Finding } from '../core/model';
import type { CellContent } from '../core/fixes/model';
import { convertTable } from '../core/priceLevel/convert';
import { publishedAppendix } from '../core/testing/appendix';
import { builtinTemplate, builtinTemplates, defaultTemplateId } from '../core/templates/builtin';
import { applyIndexOverrides, buildConvertedSheet, convertedSheetName, firstNotable, readTemplateFile, resolveTemplates, validOverrides } from '../addin';
import { summarizeFindings as summarize } from '../core/severity';
import { findingMessage, groupFindingsByTable } from './findingList';
import { candidateYears, defaultConversionTable, defaultConversionYears, formatFactor, priceLevelFactors, validPercent } from './priceLevelChoices';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const generic = builtinTemplate('generic')!;

describe('findings', () => {
  const wb = publishedAppendix();
  const result = analyseWorkbook(wb, kk);

  test('summary by severity', () => {
    const s = summarize(result.findings);
    expect(s.infos).toBe(1);
    expect(s.errors).toBeGreaterThanOrEqual(1);
    expect(s.errors + s.warnings + s.infos).toBe(result.findings.length);
  });

  test('grouped by table, the tables with errors first, errors first inside a group, each headed by its sheet', () => {
    const groups = groupFindingsByTable(result);
    // BC39 has errors, the overview only information: BC39 comes first though found second.
    expect(groups.map((g) => g.location)).toEqual(['BC39!A4:F10', 'Oversigt!A2:D7']);
    expect(groups.map((g) => g.sheets)).toEqual([['BC39'], ['Oversigt']]);
    expect(groups[1].title).toBe('Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026');
    expect(groups[1].findings.map((f) => f.rule)).toEqual(['TOTAL_ROUNDING']);
    const sev = groups[0].findings.map((f) => f.severity);
    expect([...sev].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b))).toEqual(sev);
  });

  test('findings outside any table form their own group', () => {
    const stray: Finding = { rule: 'PROPOSAL_NOT_FOUND', severity: 'warning', sheet: 'BC77', cell: 'A1', params: {} };
    const groups = groupFindingsByTable({ tables: [], findings: [stray] });
    expect(groups).toEqual([expect.objectContaining({ key: '', location: 'BC77', findings: [stray] })]);
  });

  test('messages render per language and never throw', () => {
    const f = result.findings.find((x) => x.rule === 'TOTAL_ROUNDING')!;
    expect(findingMessage(f, 'da')).toContain('4.951');
    expect(findingMessage(f, 'en')).toContain('4,951');
    expect(findingMessage({ ...f, rule: 'NO_SUCH_RULE' as Finding['rule'] }, 'da')).toBe('NO_SUCH_RULE');
  });

  test('the ribbon jumps to the first error, else the first warning', () => {
    expect(firstNotable(result.findings)?.severity).toBe('error');
    const infoOnly = result.findings.filter((f) => f.severity === 'info');
    expect(firstNotable(infoOnly)).toBeUndefined();
  });
});

describe('templates and settings', () => {
  test('a template file: JSON, then the core validation with its Danish message', () => {
    expect(readTemplateFile('{', 'x.json', 'Filen er ikke gyldig JSON.')).toEqual({ ok: false, error: 'x.json: Filen er ikke gyldig JSON.' });
    const bad = readTemplateFile('{"id":"ok"}', 'x.json', '');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Skabelonen x\.json er ugyldig: /);
    const good = readTemplateFile('\uFEFF' + JSON.stringify({ ...genericJson, id: 'egen' }), 'egen.json', '');
    expect(good.ok && good.template.id).toBe('egen');
  });

  test('saved settings pick the template; a saved custom template joins the list', () => {
    expect(resolveTemplates(null, builtinTemplates, defaultTemplateId).selected.id).toBe('kk-ofs-2025-2026');
    expect(resolveTemplates({ templateId: 'generic' }, builtinTemplates, defaultTemplateId).selected.id).toBe('generic');
    expect(resolveTemplates({ templateId: 'gone' }, builtinTemplates, defaultTemplateId).selected.id).toBe('kk-ofs-2025-2026');
    const json = JSON.stringify({ ...genericJson, id: 'egen', name: 'Egen' });
    const r = resolveTemplates({ templateId: 'egen', customTemplateJson: json }, builtinTemplates, defaultTemplateId);
    expect(r.selected.id).toBe('egen');
    expect(r.available.map((t) => t.id)).toEqual(['kk-ofs-2025-2026', 'generic', 'stat-aktstykke', 'egen']);
    const broken = resolveTemplates({ templateId: 'egen', customTemplateJson: '{"id":"egen"}' }, builtinTemplates, defaultTemplateId);
    expect(broken.selected.id).toBe('kk-ofs-2025-2026');
    expect(broken.problem).toMatch(/ugyldig/);
  });
});

describe('price-level indices', () => {
  test('percent as typed, Danish comma accepted', () => {
    expect(validPercent('2,8')?.toString()).toBe('2.8');
    expect(validPercent('2.8')?.toString()).toBe('2.8');
    expect(validPercent(' 3,1 % ')?.toString()).toBe('3.1');
    expect(validPercent('−0,5')?.toString()).toBe('-0.5');
    expect(validPercent('abc')).toBeNull();
    expect(validPercent('-100')).toBeNull();
    expect(validOverrides({ 'Service:2026-2027': '3,1', 'Service:2027-2028': 'x', bad: '1' })).toEqual({ 'Service:2026-2027': '3,1' });
  });

  test('overrides replace or add index steps for the analysis', () => {
    const t = applyIndexOverrides(kk, { 'Service:2026-2027': '3,1', 'Bruttoanlæg:2026-2027': '1,5', 'Ukendt:2026-2027': '9', 'Service:2026-2028': '1' });
    const step = (so: string) => t.priceIndices.find((s) => s.styringsomraade === so && s.from === 2026);
    expect(step('Service')?.percent.toString()).toBe('3.1');
    expect(step('Anlæg')?.percent.toString()).toBe('1.5');
    expect(t.priceIndices).toHaveLength(2);
    expect(applyIndexOverrides(kk, {})).toBe(kk);
  });

  test('factors in use: Service 2027→2026 is 1/1,028; a missing index is named', () => {
    const rows = priceLevelFactors(kk, 2027, 2026);
    const service = rows.find((r) => r.styringsomraade === 'Service')!;
    expect(service.factor!.times(new Decimal('1.028')).toDecimalPlaces(12).toString()).toBe('1');
    expect(formatFactor(service.factor!, 'da')).toBe('0,972763');
    expect(service.steps).toEqual([expect.objectContaining({ from: 2026, to: 2027, key: 'Service:2026-2027', overridden: false })]);
    expect(rows.find((r) => r.styringsomraade === 'Anlæg')!.factor).toBeNull();
    const edited = priceLevelFactors(kk, 2026, 2027, { 'Service:2026-2027': '3' }).find((r) => r.styringsomraade === 'Service')!;
    expect(edited.factor!.toString()).toBe('1.03');
    expect(edited.steps[0].overridden).toBe(true);
    expect(priceLevelFactors(kk, 2027, 2027)[0]).toEqual(expect.objectContaining({ steps: [], factor: new Decimal(1) }));
  });

  test('years offered and the default direction: proposal p/l to overview p/l', () => {
    expect(defaultConversionYears(kk)).toEqual({ from: 2027, to: 2026 });
    const { tables } = analyseWorkbook(publishedAppendix(), kk);
    const overview = tables.find((t) => t.kind === 'overview')!;
    expect(defaultConversionYears(kk, overview)).toEqual({ from: 2026, to: 2027 });
    expect(defaultConversionTable(tables)?.id).toBe('BC01!A4:H10');
    expect(defaultConversionTable([])).toBeUndefined();
    expect(candidateYears(kk)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
    const g = defaultConversionYears(generic);
    expect(g.from).not.toBe(g.to);
  });
});

describe('converting a table into a new sheet', () => {
  test('BC01 at 2026 p/l: the table copied, amounts converted, label rewritten', () => {
    const wb = publishedAppendix();
    const { tables } = analyseWorkbook(wb, kk);
    const bc01 = tables.find((t) => t.sheet === 'BC01')!;
    const conv = convertTable(bc01, kk, { to: 2026, rounding: 'largest-remainder' });
    if (!conv.ok) throw new Error(conv.reason);
    const cells = buildConvertedSheet(wb.sheets.find((s) => s.name === 'BC01')!, bc01, conv, a1);
    const at = (a: string) => cells.find((c) => c.address === a);
    expect(at('A4')?.value).toBe('1.000 kr. 2026 p/l');
    expect(at('B6')?.value).toBe('Service');
    expect(at('C4')?.value).toBe(2026);
    expect(at('C10')?.value).toBe(1017);
    expect(cells.every((c) => c.formula === undefined || typeof c.formula === 'string')).toBe(true);
    // Nothing outside the table is copied (the sheet's title in A1 is not part of it).
    expect(at('A1')).toBeUndefined();
    expect(convertedSheetName(bc01, 2026)).toBe('BC01 2026 p-l');
  });
});

describe('fix buttons say what they write', () => {
  const edit = (before: CellContent, after: CellContent) => ({ edits: [{ sheet: 'BC39', address: 'A4', before, after }] });
  test('a label written into an empty cell, a number replaced, a formula, several cells', async () => {
    const { fixButtonText } = await import('./components/fixLabels');
    expect(fixButtonText(edit({ value: null }, { value: '1.000 kr. 2027 p/l' }), 'da')).toBe('Skriv 1.000 kr. 2027 p/l');
    expect(fixButtonText(edit({ value: '1.000 kr. 2026 p/l' }, { value: '1.000 kr. 2027 p/l' }), 'da')).toBe('Erstat med 1.000 kr. 2027 p/l');
    expect(fixButtonText(edit({ value: '1045' }, { value: 1045 }), 'da')).toBe('Erstat med 1.045');
    expect(fixButtonText(edit({ value: '1045' }, { value: 1045 }), 'en')).toBe('Replace with 1,045');
    expect(fixButtonText(edit({ value: 1100 }, { value: 1100, formula: 'SUM(C6:C8)' }), 'da')).toBe('Skriv formlen =SUM(C6:C8)');
    expect(fixButtonText({ edits: [...edit({ value: 1 }, { value: 2 }).edits, ...edit({ value: 1 }, { value: 2 }).edits] }, 'da')).toBe('Ret 2 celler');
  });

  test("Excel's error values as Danish Excel shows them", async () => {
    const { localExcelErrors } = await import('./findingList');
    expect(localExcelErrors('Cellen viser fejlen #REF!. Og #VALUE!, #DIV/0!, #N/A, #NAME?', 'da')).toBe('Cellen viser fejlen #REFERENCE!. Og #VÆRDI!, #DIVISION/0!, #I/T, #NAVN?');
    expect(localExcelErrors('The cell shows #REF!.', 'en')).toBe('The cell shows #REF!.');
  });
});
