/** Renders a finding's message in Danish or English from its rule's catalogue entry. */
import Decimal from 'decimal.js';
import { formatAmount } from './danishNumber';
import type { Finding, Lang, MessageParam, RuleCode } from './model';
import type { RuleMeta } from './rules/rule';
import { ruleCatalogue } from './rules';

function formatParam(value: MessageParam, lang: Lang): string {
  if (value instanceof Decimal) return formatAmount(value, lang);
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : formatAmount(new Decimal(value), lang);
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return value[lang];
  return value;
}

export function fillTemplate(template: string, params: Record<string, MessageParam>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(params[name], lang) : whole,
  );
}

export function ruleMeta(code: RuleCode): RuleMeta {
  const meta = ruleCatalogue.get(code);
  if (!meta) throw new Error(`Unknown rule code ${code}`);
  return meta;
}

export function renderMessage(finding: Finding, lang: Lang): string {
  const meta = ruleMeta(finding.rule);
  const messages = meta.messages[lang];
  const template = messages[finding.variant ?? 'default'] ?? messages.default;
  return fillTemplate(template, finding.params, lang);
}

/**
 * Each finding's short name, as a finance officer says it ("Total stemmer ikke"): what the pane
 * shows first, with the code only in a details line. One place for every surface that names a
 * finding in words (the pane, and any note or report that wants a name instead of a code).
 */
export const ruleShortNames: Record<RuleCode, { da: string; en: string }> = {
  TOTAL_MISMATCH: { da: 'Total stemmer ikke', en: 'Total does not add up' },
  TOTAL_ROUNDING: { da: 'Afrundingsforskel i total', en: 'Rounding difference in total' },
  TOTAL_FORMULA_RANGE: { da: 'Summen tager ikke alle rækker med', en: 'Sum leaves out rows' },
  TOTAL_ROW_MISSING: { da: 'Totalrække mangler', en: 'Total row missing' },
  PRICE_LEVEL_MISSING: { da: 'Prisniveau (p/l) mangler', en: 'Price level (p/l) missing' },
  PRICE_LEVEL_MISMATCH: { da: 'Forkert prisniveau (p/l)', en: 'Wrong price level (p/l)' },
  UNIT_MISSING: { da: 'Enhed mangler', en: 'Unit missing' },
  UNIT_MISMATCH: { da: 'Forkert enhed', en: 'Wrong unit' },
  YEARS_MISMATCH: { da: 'Andre år end skabelonens', en: 'Other years than the template' },
  STYRINGSOMRAADE_MISSING: { da: 'Styringsområde mangler', en: 'Budget control area missing' },
  STYRINGSOMRAADE_UNKNOWN: { da: 'Ukendt styringsområde', en: 'Unknown budget control area' },
  NUMBER_STORED_AS_TEXT: { da: 'Tal gemt som tekst', en: 'Number stored as text' },
  AMOUNT_NOT_NUMERIC: { da: 'Beløbet er ikke et tal', en: 'Amount is not a number' },
  CELL_ERROR: { da: 'Fejlværdi i cellen', en: 'Error value in the cell' },
  FORMULA_NOT_CALCULATED: { da: 'Formlen er ikke beregnet', en: 'Formula not calculated' },
  CROSS_TABLE_MISMATCH: { da: 'Oversigt og forslag stemmer ikke', en: 'Overview and proposal disagree' },
  CROSS_TABLE_ROUNDING: { da: 'Afrunding mellem oversigt og forslag', en: 'Rounding between overview and proposal' },
  CROSS_TABLE_UNCHECKED: { da: 'Ikke sammenholdt med oversigten', en: 'Not compared with the overview' },
  PROPOSAL_NOT_FOUND: { da: 'Forslaget findes ikke', en: 'Proposal not found' },
  AMOUNT_FORMAT: { da: 'Beløb vist som procent eller dato', en: 'Amount shown as percent or date' },
  HIDDEN_ROW_COUNTED: { da: 'Skjult række tælles med', en: 'Hidden row is counted' },
  TOTAL_SKIPS_TEXT: { da: 'Summen springer tekstbeløb over', en: 'Sum skips text amounts' },
  HERAF_EXCEEDS: { da: '"Heraf" er mere end rækken', en: '"Of which" exceeds its row' },
  DIFFERENCE_MISMATCH: { da: 'Difference stemmer ikke', en: 'Difference does not add up' },
  TOTAL_UNCLEAR: { da: 'Uklart hvad totalen tæller', en: 'Unclear what the total counts' },
  TEXT_TABLE_MISMATCH: { da: 'Teksten siger noget andet end tabellen', en: 'The text says otherwise than the table' },
  TEXT_SUM_MISMATCH: { da: 'Sum i teksten stemmer ikke', en: 'Sum in the text does not add up' },
  EMBEDDED_NOT_READ: { da: 'Indlejret indhold ikke læst', en: 'Embedded content not read' },
};

/** A finding's short name in the reader's language; an unknown code names itself. */
export function ruleShortName(code: RuleCode, lang: Lang): string {
  return ruleShortNames[code]?.[lang] ?? code;
}
