/**
 * TOTAL_UNCLEAR: a row labelled as a total ("I alt", "Samlet …") in a table found by its shape
 * fits none of the readings of what it could count — the rows above it since the last total, every
 * row above, the subtotals, the rows below it, a chain of sums and differences, its own formula. It
 * may add particular rows, or be computed some other way: the checker cannot tell, so it says so
 * as an info and draws no error from it.
 */
import type { Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const totalUnclearMeta: RuleMeta = {
  code: 'TOTAL_UNCLEAR',
  severity: 'info',
  description: {
    da: 'En række, der kaldes en total, passer ikke med nogen af de måder, den kunne summere på, så Budgettjek kan ikke afgøre, hvad den tæller.',
    en: 'A row called a total fits none of the ways it could add up, so Budgettjek cannot tell what it counts.',
  },
  messages: {
    da: {
      default:
        '"{label}" ligner en total, men hverken rækkerne over eller under den, deltotalerne eller en kæde af plusser og minusser giver tallene i rækken. Budgettjek kan ikke afgøre, hvad den summerer, og tjekker den ikke. Skriv totalen som en formel (fx =SUM(…)), så kan den tjekkes.',
    },
    en: {
      default:
        '"{label}" looks like a total, but neither the rows above or below it, the subtotals nor a chain of sums and differences give its figures. Budgettjek cannot tell what it adds up and does not check it. Write the total as a formula (e.g. =SUM(…)) so it can be checked.',
    },
  },
};

export const totalUnclearRule: TableRule = {
  scope: 'table',
  meta: [totalUnclearMeta],
  check(table: TableBlock): Finding[] {
    return (table.unplacedTotals ?? []).map(({ row }) => {
      const r = table.rows[row];
      const at = r.amounts.find((a) => a.status !== 'empty')?.address ?? r.labelAddress;
      return findingFor(totalUnclearMeta, table, at, { label: r.label });
    });
  },
};
