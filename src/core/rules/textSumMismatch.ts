/**
 * TEXT_SUM_MISMATCH: a sum stated in a sentence ("et tilskud på i alt 40,6 mio. kr.", "Der afsættes
 * … 0,5 mio. kr. i 2028") differs from the parts the same paragraph or list enumerates for the same
 * year (bullets, "1) … 2) …", "fordelt på …", "… samt …"), added in the total's unit and compared at
 * its shown precision. Only what the text makes explicit is compared (see core/text/statements.ts).
 */
import type { Finding, LocalizedText } from '../model';
import { amountWithUnit, decimalsOf, inYear } from '../text/wording';
import { readDocumentTextOnce } from '../text/statements';
import type { RuleMeta, WorkbookRule } from './rule';

export const textSumMismatchMeta: RuleMeta = {
  code: 'TEXT_SUM_MISMATCH',
  severity: 'warning',
  description: {
    da: 'En sum i en sætning ("i alt 40,6 mio. kr.") afviger fra de dele, som samme afsnit eller liste opregner for samme år og enhed.',
    en: 'A sum stated in a sentence ("i alt 40,6 mio. kr.") differs from the parts the same paragraph or list enumerates for the same year and unit.',
  },
  messages: {
    da: {
      default:
        'Teksten angiver {stated}{inYear} som samlet beløb, men de dele, den opregner ({parts}), summerer til {sum} (med tekstens præcision {rounded}). Ret summen eller delene, så de stemmer.',
    },
    en: {
      default:
        'The text states {stated}{inYear} as the total, but the parts it lists ({parts}) add up to {sum} ({rounded} at the text\'s precision). Correct the sum or the parts so that they agree.',
    },
  },
};

export const textSumMismatchRule: WorkbookRule = {
  scope: 'workbook',
  meta: [textSumMismatchMeta],
  check(tables, ctx) {
    if (!ctx.paragraphs?.length) return [];
    return readDocumentTextOnce(ctx.paragraphs, tables, ctx.template.unit).sums.map((d): Finding => {
      const parts = d.parts.map((a) => amountWithUnit(a.value, a.unit, decimalsOf(a.step)));
      const joined: LocalizedText = { da: parts.map((p) => p.da).join(' + '), en: parts.map((p) => p.en).join(' + ') };
      const p = d.place.paragraph;
      const sheet = p.sheet ?? d.table?.sheet ?? 'Tekst';
      const cell = p.cell ?? d.table?.firstHeaderCell ?? `A${p.index}`;
      return {
        rule: 'TEXT_SUM_MISMATCH',
        severity: textSumMismatchMeta.severity,
        sheet,
        cell,
        ...(d.table && !p.sheet ? { table: d.table.id } : {}),
        params: {
          stated: amountWithUnit(d.total.value, d.total.unit, decimalsOf(d.total.step)),
          inYear: inYear(d.total.year),
          parts: joined,
          sum: amountWithUnit(d.sum, d.total.unit),
          rounded: amountWithUnit(d.sum, d.total.unit, decimalsOf(d.total.step)),
        },
        expected: d.sum,
        actual: d.total.value,
        difference: d.total.value.minus(d.sum),
        paragraph: d.place.label,
        // A Word paragraph: where the annotated copy puts the comment (a workbook's text cell has its own address).
        ...(p.sheet === undefined ? { textAt: { paragraph: p.index, start: d.place.sentence.start, end: d.place.sentence.end } } : {}),
      };
    });
  },
};
