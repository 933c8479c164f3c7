import { builtinTemplates } from '../core/templates/builtin';
import { fakeGateway } from '../taskpane/testing/fakeGateway';
import { createSessionController } from './controller';
import { publishRibbonOutcome } from './ribbonOutcome';

afterEach(() => publishRibbonOutcome(null));

const session = (gw = fakeGateway()) => {
  const c = createSessionController({ gateway: gw, templates: builtinTemplates });
  return { c, gw };
};

describe('the session controller', () => {
  test('starts with the saved settings and what the workbook has recorded', async () => {
    const gw = fakeGateway({ settings: { templateId: 'generic', indexOverrides: { 'Service:2026-2027': '3', bad: 'x' } } });
    gw.recordedFixSteps.mockResolvedValue(2);
    const { c } = session(gw);
    expect(c.getState().ready).toBe(false);
    await c.start();
    const s = c.getState();
    expect(s).toMatchObject({ ready: true, fixSteps: 2, overrides: { 'Service:2026-2027': '3' } });
    expect(s.template?.id).toBe('generic');
    c.dispose();
  });

  test('check, mark, clear: state and notices belong to the action that caused them', async () => {
    const { c, gw } = session();
    const seen: string[] = [];
    c.subscribe(() => seen.push(c.getState().busy ?? '-'));
    await c.check();
    const checked = c.getState().checked!;
    expect(checked.source).toBe('pane');
    expect(checked.result.tables.length).toBe(4);
    expect(c.getState().fixes.length).toBeGreaterThan(0);
    expect(seen).toContain('check');
    expect(c.getState().busy).toBeNull();
    await c.mark();
    expect(c.getState().markedCells).toBe(await gw.markFindings.mock.results[0].value);
    expect(c.getState().notice).toMatchObject({ action: 'mark', intent: 'success', message: { kind: 'marked' } });
    await c.clearMarks();
    expect(c.getState()).toMatchObject({ markedCells: 0, notice: { action: 'clear', message: { kind: 'cleared', cells: 3 } } });
    c.dispose();
  });

  test('a fix is one undo step and checks again; undo takes it back', async () => {
    const { c, gw } = session();
    await c.check();
    const fix = c.getState().fixes.find((f) => f.rule === 'PRICE_LEVEL_MISSING')!;
    await c.applyFixes([fix]);
    expect(gw.applyFixes).toHaveBeenCalledWith(fix.edits);
    expect(gw.readWorkbook).toHaveBeenCalledTimes(2);
    expect(c.getState()).toMatchObject({ fixSteps: 1, notice: { action: 'fix', message: { kind: 'fixed', cells: 1 } } });
    expect(c.getState().checked!.fixedCells).toBe(1);
    await c.undo('last');
    expect(c.getState()).toMatchObject({ fixSteps: 0, notice: { action: 'undo', message: { kind: 'undone', cells: 1 } } });
    c.dispose();
  });

  test('a failure is a notice of its action, never thrown', async () => {
    const { c, gw } = session();
    gw.writeReport.mockRejectedValueOnce(new Error('Projektmappen er beskyttet'));
    await c.check();
    await c.report();
    expect(c.getState().notice).toMatchObject({ action: 'report', intent: 'error', message: { kind: 'error', detail: 'Projektmappen er beskyttet' } });
    c.dispose();
  });

  test('the ribbon check runs through the same session and the pane sees it', async () => {
    const { c, gw } = session(fakeGateway({ activeSheet: 'BC39' }));
    const outcome = await c.ribbonCheck();
    expect(gw.clearMarks).toHaveBeenCalled();
    expect(gw.selectCell).toHaveBeenCalledWith('BC39', 'A4');
    expect(c.getState().checked).toMatchObject({ source: 'ribbon', result: outcome.result });
    expect(c.getState().ribbon).toBe(outcome);
    expect(c.getState().markedCells).toBe(outcome.marked);
    c.dispose();
  });

  test('a template file: not JSON, invalid, or loaded and chosen', async () => {
    const { c, gw } = session();
    await c.loadTemplateFile('{ikke json', 'x.json');
    expect(c.getState().notice).toMatchObject({ action: 'template', intent: 'error', message: { kind: 'templateNotJson', file: 'x.json' } });
    await c.loadTemplateFile('{"id": "Ugyldig"}', 'y.json');
    expect(c.getState().notice).toMatchObject({ action: 'template', intent: 'error', message: { kind: 'templateFileError' } });
    expect(gw.saveSettings).not.toHaveBeenCalled();
    c.dispose();
  });
});
