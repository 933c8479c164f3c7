/**
 * Ribbon commands. Runs in the shared runtime (the task pane's page), so the function named in the
 * manifest's <FunctionName>checkTotals</FunctionName> is registered with Office.actions.associate
 * by `registerCommands()`, which the task pane's entry calls once Office is ready.
 *
 * "Tjek totaler" works without opening anything (SPEC §5): it checks the active sheet against the
 * workbook's saved template (with its edited indices), marks the findings' cells (restorable with
 * "Fjern markeringer"), selects the first error (or warning) so the user lands on it, and
 * publishes the outcome to the shared state, where the task pane shows it — at once if it is
 * open, or when it is next opened. Excel's JavaScript API has no toast or status-bar message, and
 * Office.ribbon.requestUpdate can only enable/disable controls, so the marks, the selection and
 * the pane's message are the outcome the user sees; a dialog would be "opening something".
 */
import type { AnalysisResult, Template, WorkbookGrid } from '../core';
import type { ExcelGateway } from '../office';
import { createSessionController, errorText, publishRibbonOutcome, type RibbonOutcome, type SessionController } from '../addin';

/** The action id in manifest.xml (<FunctionName>). */
export const CHECK_TOTALS_ACTION = 'checkTotals';

export interface CommandDeps {
  gateway: ExcelGateway;
  /** The page's session (the pane's too); one is made for the gateway when not given. */
  controller?: SessionController;
  templates?: Template[];
  /** The core's analysis; by default loaded when the command first runs (not on the pane's first paint). */
  analyse?: (workbook: WorkbookGrid, template: Template) => AnalysisResult | Promise<AnalysisResult>;
}

let configured: CommandDeps | null = null;

/** Gives the commands their gateway and session (the shared runtime does this once Office is ready). */
export function configureCommands(deps: CommandDeps): void {
  configured = deps;
}

/** The whole ribbon check, without Office's event: the session's ribbonCheck (testable with a fake gateway). */
export async function runCheckTotals(deps: CommandDeps): Promise<RibbonOutcome> {
  const controller = deps.controller ?? createSessionController({ gateway: deps.gateway, templates: deps.templates, analyse: deps.analyse });
  try {
    return await controller.ribbonCheck();
  } finally {
    if (!deps.controller) controller.dispose();
  }
}

/** The ribbon's "Tjek totaler". Never throws; always completes the event so Excel re-enables the button. */
export async function checkTotals(event?: { completed: () => void }): Promise<void> {
  try {
    if (!configured) throw new Error('Budgettjek er ikke klar endnu.');
    await runCheckTotals(configured);
  } catch (e) {
    publishRibbonOutcome({
      sheet: '',
      result: { tables: [], findings: [] },
      workbook: { sheets: [] },
      marked: 0,
      at: new Date(),
      error: errorText(e),
    });
  } finally {
    event?.completed();
  }
}

interface OfficeActions {
  actions: { associate(id: string, fn: (event?: { completed: () => void }) => void): void };
}

/** Registers the ribbon functions with Office (shared runtime). Does nothing outside Office. */
export function registerCommands(office: Partial<OfficeActions> | undefined = (globalThis as { Office?: Partial<OfficeActions> }).Office): boolean {
  if (!office?.actions?.associate) return false;
  // checkTotals never rejects: a failure becomes the ribbon's outcome, and the event is completed.
  office.actions.associate(CHECK_TOTALS_ACTION, (event) => void checkTotals(event));
  return true;
}
