/**
 * TEXT_TABLE_MISMATCH: a sentence states an amount — a total for a year ("Der afsættes … 0,5 mio. kr.
 * i 2028"), the whole frame ("Den samlede budgetramme … 1,0 mio. kr.") or a part naming a table row
 * ("0,15 mio. kr. til juridisk og teknisk bistand") — that the proposal's own table does not show
 * at the sentence's precision. The table's figure is converted to the text's unit: "1,0 mio. kr."
 * agrees with 950–1.049 (1.000 kr.); "0,5 mio. kr." does not agree with 550, which shows as 0,6.
 * Only what the text makes explicit is compared (see core/text/statements.ts).
 */
import { a1 } from '../a1';
import type { Finding } from '../model';
import { decimalsOf, amountWithUnit, inYear } from '../text/wording';
import { readDocumentTextOnce } from '../text/statements';
import type { RuleMeta, WorkbookRule } from './rule';

export const textTableMismatchMeta: RuleMeta = {
  code: 'TEXT_TABLE_MISMATCH',
  severity: 'warning',
  description: {
    da: 'En sætning angiver et beløb (en total for et år, en del der nævner en tabelrække), som dokumentets egen tabel ikke viser med sætningens præcision.',
    en: "A sentence states an amount (a total for a year, a part naming a table row) that the document's own table does not show at the sentence's precision.",
  },
  messages: {
    da: {
      default:
        'Teksten angiver {stated}{inYear}, men tabellens total i {cell} er {shown} ({tableUnit}), dvs. {converted} (med tekstens præcision {rounded}). Ret beløbet i teksten eller i tabellen, så de stemmer.',
      row: 'Teksten angiver {stated}{inYear} til "{row}", men rækken viser {shown} ({tableUnit}) i {cell}, dvs. {converted} (med tekstens præcision {rounded}). Ret beløbet i teksten eller i tabellen, så de stemmer.',
    },
    en: {
      default:
        "The text states {stated}{inYear}, but the table's total in {cell} is {shown} ({tableUnit}), i.e. {converted} ({rounded} at the text's precision). Correct the amount in the text or in the table so that they agree.",
      row: 'The text states {stated}{inYear} for "{row}", but the row shows {shown} ({tableUnit}) in {cell}, i.e. {converted} ({rounded} at the text\'s precision). Correct the amount in the text or in the table so that they agree.',
    },
  },
};

const TABLE_UNIT_WORDS = { 'kr.': 'kr.', 't.kr.': '1.000 kr.', 'mio. kr.': 'mio. kr.', 'mia. kr.': 'mia. kr.' } as const;

export const textTableMismatchRule: WorkbookRule = {
  scope: 'workbook',
  meta: [textTableMismatchMeta],
  check(tables, ctx) {
    if (!ctx.paragraphs?.length) return [];
    return readDocumentTextOnce(ctx.paragraphs, tables, ctx.template.unit).tables.map((d): Finding => {
      const cell = a1(d.row.row, d.table.columns[d.column].col);
      const decimals = decimalsOf(d.stated.step);
      return {
        rule: 'TEXT_TABLE_MISMATCH',
        severity: textTableMismatchMeta.severity,
        sheet: d.table.sheet,
        cell,
        table: d.table.id,
        ...(d.kind === 'row' ? { variant: 'row' } : {}),
        params: {
          stated: amountWithUnit(d.stated.value, d.stated.unit, decimalsOf(d.stated.step)),
          inYear: inYear(d.stated.year),
          cell,
          row: d.row.label,
          shown: d.shown,
          tableUnit: TABLE_UNIT_WORDS[d.unit],
          converted: amountWithUnit(d.converted, d.stated.unit),
          rounded: amountWithUnit(d.converted, d.stated.unit, decimals),
        },
        expected: d.converted,
        actual: d.stated.value,
        difference: d.stated.value.minus(d.converted),
        paragraph: d.place.label,
        // A Word paragraph: where the annotated copy puts the comment (a workbook's text cell has its own address).
        ...(d.place.paragraph.sheet === undefined ? { textAt: { paragraph: d.place.paragraph.index, start: d.place.sentence.start, end: d.place.sentence.end } } : {}),
      };
    });
  },
};
