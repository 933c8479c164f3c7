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
