/**
 * A finding's message for the pane: the core's (an unknown rule falls back to its code), with
 * Excel's error values as Office's display language shows them ("#VÆRDI!" in Danish Excel). Its
 * own module because it pulls in the rule catalogue: only the findings view (loaded once there is
 * a result) imports it, not the first paint.
 */
import { findingText } from '../core/report';
import type { Finding, Lang } from '../core/model';

/** Excel's error values in Danish Excel. */
const DANISH_ERRORS: Record<string, string> = {
  '#VALUE!': '#VÆRDI!',
  '#REF!': '#REFERENCE!',
  '#DIV/0!': '#DIVISION/0!',
  '#N/A': '#I/T',
  '#NAME?': '#NAVN?',
  '#NULL!': '#NUL!',
  '#SPILL!': '#SPILD!',
  '#CALC!': '#BEREGN!',
  '#GETTING_DATA': '#HENTER_DATA',
};
const ERROR_PATTERN = /#(?:VALUE!|REF!|DIV\/0!|N\/A|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)/g;

/** Excel's error values in `text` as Excel in `lang` shows them. */
export function localExcelErrors(text: string, lang: Lang): string {
  return lang === 'da' ? text.replace(ERROR_PATTERN, (e) => DANISH_ERRORS[e] ?? e) : text;
}

export function findingMessage(f: Finding, lang: Lang): string {
  return localExcelErrors(findingText(f, lang), lang);
}
