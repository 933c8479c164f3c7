/**
 * Excel custom functions (namespace BUDGETTJEK in manifest.xml). The JSDoc tags below are the
 * source of functions.json: custom-functions-metadata-plugin reads them at build time and appends
 * `CustomFunctions.associate("PL", pl)` to this module in the bundle (so it is not written here
 * too). In the shared runtime this module is part of the task pane's page; functions.js is the same
 * code as a stand-alone script for the manifest's <Script> element.
 */
import type { Template } from '../core';
import { loadSettings, toCustomFunctionsError, type OfficeLike, type SavedSettings } from '../office';

type Associate = { associate(id: string, fn: (...args: never[]) => unknown): void };
/**
 * The runtime's CustomFunctions, or a no-op outside Excel (e.g. the page opened in a browser), so
 * the association the plugin appends at the end of this module never throws a ReferenceError.
 */
const CustomFunctions: Associate = (globalThis as { CustomFunctions?: Associate }).CustomFunctions ?? { associate: () => undefined };
void CustomFunctions;

export interface FunctionsConfig {
  /** The workbook's saved settings (template, edited indices); null when none. */
  loadSettings: () => Promise<SavedSettings | null>;
  /** The built-in templates (default: the core's, loaded on the first call). */
  templates?: Template[];
}

/** Default: the settings saved in this workbook (shared runtime: Office.context.document.settings). */
const defaults: FunctionsConfig = {
  loadSettings: async () => {
    const office = (globalThis as { Office?: OfficeLike }).Office;
    return office?.context?.document?.settings ? loadSettings(office) : null;
  },
};
let config: FunctionsConfig = defaults;

/** Replaces where the functions find the workbook's template (tests; the pane may pass its gateway). */
export function configureFunctions(next: Partial<FunctionsConfig>): void {
  config = { ...defaults, ...next };
}

/**
 * Omregner et beløb fra ét pris- og lønniveau (p/l) til et andet med projektmappens skabelon og dens prisindeks.
 * @customfunction PL
 * @param beløb Beløbet, der skal omregnes, fx 1045.
 * @param fra_pl Årstallet for beløbets p/l-niveau, fx 2027.
 * @param til_pl Årstallet for det p/l-niveau, der omregnes til, fx 2026.
 * @param [styringsområde] Styringsområdet, hvis indeks bruges (Service, Anlæg, Overførsler, Finansposter). Standard: Service.
 * @returns Det omregnede beløb (uafrundet).
 */
export async function pl(beløb: number, fra_pl: number, til_pl: number, styringsområde?: string): Promise<number> {
  try {
    const settings = await config.loadSettings().catch(() => null);
    // Bundled in (no chunk): functions.js is one self-contained file. The shared page loads this
    // whole module on the function's first call instead (./register.ts).
    const core = await import(/* webpackMode: "eager" */ './plCore');
    return core.plWithSettings(beløb, fra_pl, til_pl, styringsområde ?? undefined, settings, config.templates);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/** The function ids this module declares, for tests: `=BUDGETTJEK.PL(…)`. */
export const CUSTOM_FUNCTION_IDS = ['PL'] as const;
