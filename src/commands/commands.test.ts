import { analyseWorkbook } from '../core/analyse';
import { builtinTemplates } from '../core/templates/builtin';
import { fakeGateway } from '../taskpane/testing/fakeGateway';
import { CHECK_TOTALS_ACTION, checkTotals, configureCommands, registerCommands, runCheckTotals } from './commands';
import { latestRibbonOutcome, publishRibbonOutcome, subscribeRibbonOutcome } from '../addin/ribbonOutcome';
import * as fs from 'fs';
import * as path from 'path';

afterEach(() => publishRibbonOutcome(null));

describe('ribbon: Tjek totaler', () => {
  test('checks with the saved template, clears old marks, marks the findings, jumps to the first error and publishes the outcome', async () => {
    const gw = fakeGateway({ activeSheet: 'BC39' });
    const seen: unknown[] = [];
    const unsubscribe = subscribeRibbonOutcome((o) => seen.push(o));
    const outcome = await runCheckTotals({ gateway: gw, templates: builtinTemplates });
    unsubscribe();
    expect(gw.readWorkbook).toHaveBeenCalledWith('sheet');
    expect(gw.clearMarks.mock.invocationCallOrder[0]).toBeLessThan(gw.markFindings.mock.invocationCallOrder[0]);
    expect(gw.markFindings).toHaveBeenCalledWith(outcome.result.findings);
    expect(gw.selectCell).toHaveBeenCalledWith('BC39', 'A4');
    expect(outcome.sheet).toBe('BC39');
    expect(outcome.result.findings.some((f) => f.rule === 'TOTAL_ROUNDING')).toBe(true);
    expect(seen).toEqual([outcome]);
    expect(latestRibbonOutcome()).toBe(outcome);
  });

  test('uses the workbook template and its edited indices', async () => {
    const gw = fakeGateway({ settings: { templateId: 'generic', indexOverrides: { 'Service:2026-2027': '3' } } });
    const analyse = jest.fn(analyseWorkbook);
    await runCheckTotals({ gateway: gw, templates: builtinTemplates, analyse });
    const template = analyse.mock.calls[0][1];
    expect(template.id).toBe('generic');
    expect(template.priceIndices.find((s) => s.styringsomraade === 'Service')?.percent.toString()).toBe('3');
  });

  test('no findings: nothing marked, nothing selected', async () => {
    const gw = fakeGateway();
    await runCheckTotals({ gateway: gw, analyse: () => ({ tables: [], findings: [] }) });
    expect(gw.markFindings).not.toHaveBeenCalled();
    expect(gw.selectCell).not.toHaveBeenCalled();
  });

  test('the Office event always completes, and a failure is published, not thrown', async () => {
    const gw = fakeGateway();
    gw.readWorkbook.mockRejectedValueOnce(new Error('Arket er låst'));
    configureCommands({ gateway: gw });
    const completed = jest.fn();
    await checkTotals({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(latestRibbonOutcome()?.error).toBe('Arket er låst');
    await checkTotals({ completed });
    expect(completed).toHaveBeenCalledTimes(2);
    expect(latestRibbonOutcome()?.error).toBeUndefined();
  });

  test('registers the action id the manifest names; the registered handler runs the check and completes the event', async () => {
    const associate = jest.fn();
    expect(registerCommands({ actions: { associate } })).toBe(true);
    expect(associate).toHaveBeenCalledWith(CHECK_TOTALS_ACTION, expect.any(Function));
    const handler = associate.mock.calls[0][1] as (event?: { completed: () => void }) => void;
    const completed = jest.fn();
    handler({ completed });
    for (let tick = 0; tick < 1000 && !completed.mock.calls.length; tick++) await new Promise((resolve) => setImmediate(resolve));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(registerCommands(undefined)).toBe(false);
    const manifest = fs.readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
    expect(manifest).toContain(`<FunctionName>${CHECK_TOTALS_ACTION}</FunctionName>`);
  });
});
