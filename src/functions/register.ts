/**
 * The custom function's part of the shared runtime's page: =BUDGETTJEK.PL is associated at once,
 * and its module (with the conversion and decimal.js) loads on the first call — not on the task
 * pane's first paint. The stand-alone functions.js (the manifest's <Script>) is ./functions.ts itself.
 */
import type { pl as Pl } from './functions';

type Associate = { associate(id: string, fn: (...args: never[]) => unknown): void };

/** =BUDGETTJEK.PL, loading ./functions.ts on the first call. */
export const plOnFirstUse: typeof Pl = async (...args) => (await import(/* webpackChunkName: "pl" */ './functions')).pl(...args);

const runtime = (globalThis as { CustomFunctions?: Associate }).CustomFunctions;
runtime?.associate('PL', plOnFirstUse);
