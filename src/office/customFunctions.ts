/**
 * The logic of =BUDGETTJEK.PL(beløb; fra_pl; til_pl; [styringsområde]): an amount at one price and
 * wage level converted to another with the workbook's template indices (SPEC §5, §6). Pure: the
 * registration (CustomFunctions.associate, JSDoc metadata) lives in src/functions/functions.ts.
 * Errors are PriceFunctionError (code + Danish message); `toCustomFunctionsError` turns one into a
 * CustomFunctions.Error for the cell.
 */
import Decimal from 'decimal.js';
import { applyFactor, canonicalStyringsomraade, factor, IndexOverrideError, namesInBrief, type IndexOverrides, type Template } from '../core';

export const DEFAULT_STYRINGSOMRAADE = 'Service';

import { PriceFunctionError } from './customFunctionsError';

function checkYear(year: unknown, what: string): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new PriceFunctionError('#NUM!', `${what} skal være et årstal som 2026, ikke ${String(year)}.`);
  }
  return year;
}

/**
 * `amount` in `fromYear` p/l converted to `toYear` p/l for the styringsområde (default Service),
 * unrounded: the product of the template's yearly steps (1 + percent/100), divided out when
 * converting backwards. `overrides` are the user's edited indices ("Service:2026-2027" → "2,8").
 */
export function convertAmount(
  amount: number,
  fromYear: number,
  toYear: number,
  styringsomraade: string | undefined,
  template: Template,
  overrides?: IndexOverrides,
): number {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new PriceFunctionError('#VALUE!', 'Beløbet skal være et tal.');
  const from = checkYear(fromYear, 'Fra p/l');
  const to = checkYear(toYear, 'Til p/l');
  const asked = typeof styringsomraade === 'string' && styringsomraade.trim() ? styringsomraade.trim() : DEFAULT_STYRINGSOMRAADE;
  const name = canonicalStyringsomraade(template, asked);
  if (!template.styringsomraader.some((s) => s.name === name)) {
    const known = namesInBrief(template.styringsomraader.map((s) => s.name), { quoted: false }).da;
    throw new PriceFunctionError('#VALUE!', `Ukendt styringsområde "${asked}". Skabelonen "${template.name}" kender: ${known}.`);
  }
  let f: ReturnType<typeof factor>;
  try {
    f = factor(template, name, from, to, overrides);
  } catch (e) {
    if (e instanceof IndexOverrideError) throw new PriceFunctionError('#VALUE!', e.message);
    throw e;
  }
  if (!f.ok) {
    const steps = f.missing.map((m) => `${m.from}→${m.to}`).join(', ');
    throw new PriceFunctionError('#N/A', `Der mangler prisindeks for ${name} ${steps} i skabelonen "${template.name}". Angiv det under prisniveau i Budgettjek.`);
  }
  return applyFactor(new Decimal(amount), f).toNumber();
}
