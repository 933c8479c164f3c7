/**
 * The shared runtime's start: the task pane, the ribbon and the custom function run in one page
 * (manifest Runtimes lifetime="long"); each shell registers what it does once Office is ready, here,
 * and all of them get the same gateway to Excel and the same session (./controller.ts). The page's entry
 * (webpack.config.js) lists the three shells; none of them imports another.
 */
import type { ExcelGateway } from '../office';
import { createSessionController, type SessionController } from './controller';
import { createLazyOfficeGateway } from './gateway';

export interface AddinRuntime {
  /** The one gateway of the page (the Office.js layer loads on first use). */
  gateway: ExcelGateway;
  /** The one session of the page: the pane and the ribbon act through it. */
  controller: SessionController;
  /** False when the page was opened outside Office (office.js resolved with no host). */
  inExcel: boolean;
}

type Start = (runtime: AddinRuntime) => void;

let shared: AddinRuntime | null = null;

function runtimeFor(inExcel: boolean): AddinRuntime {
  if (!shared) {
    const gateway = createLazyOfficeGateway();
    shared = { gateway, controller: createSessionController({ gateway, ...(inExcel ? { organisation: () => import(/* webpackChunkName: "organisation" */ './organisationTemplates').then((m) => m.pageOrganisationTemplates()) } : {}) }), inExcel };
  }
  return shared;
}

/**
 * Calls `start` once Office is ready, with the page's shared runtime. Without office.js at all
 * (the script could not be loaded) `start` is not called; `whenNoOffice` says so instead.
 */
export function onAddinReady(start: Start, whenNoOffice?: () => void): void {
  const office = (globalThis as { Office?: { onReady(cb: (info: { host?: unknown } | undefined) => void): unknown } }).Office;
  if (!office) {
    whenNoOffice?.();
    return;
  }
  void office.onReady((info) => start(runtimeFor(Boolean(info && info.host))));
}
