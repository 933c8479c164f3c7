/**
 * The findings of examples/typiske-fejl.xlsx that need a person: no fix is certain for them (a total
 * that does not add up and a p/l relabel are choices, applied only when asked). The CLI's fix test
 * and the add-in's "Ret alle" test hold what is left after fixing to this list.
 */
import type { RuleCode } from '../../model';

export const NEEDS_JUDGEMENT: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'AMOUNT_NOT_NUMERIC',
  'CELL_ERROR',
  'CROSS_TABLE_MISMATCH',
  'PROPOSAL_NOT_FOUND',
  'TOTAL_MISMATCH',
  'TOTAL_ROUNDING',
  'TOTAL_ROW_MISSING',
  'PRICE_LEVEL_MISMATCH',
  'UNIT_MISMATCH',
  'YEARS_MISMATCH',
  'STYRINGSOMRAADE_MISSING',
]);

/** "1.300 kr." in a table of 1.000 kr.: which unit is meant needs a person, so it is not fixed. */
export const UNIT_IN_TEXT_CELL = { rule: 'NUMBER_STORED_AS_TEXT', sheet: 'Enhed i celle', cell: 'C7' } as const;
