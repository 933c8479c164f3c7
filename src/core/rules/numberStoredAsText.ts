/**
 * NUMBER_STORED_AS_TEXT: a text cell that reads as an amount; its value is used.
 *
 * One warning per cell — up to COLUMN_THRESHOLD cells of one column of a table. Beyond that the
 * column was typed or imported as text: one mistake with one fix (convert the column), so it gets
 * one warning naming the count and the first and last cell, instead of a thousand that would bury
 * every other finding of the report.
 */
import Decimal from 'decimal.js';
import type { AmountCell, Finding, TableBlock } from '../model';
import { columnName, findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

/** More text amounts than this in one column of one table give one warning for the column. */
export const COLUMN_THRESHOLD = 10;

export const numberStoredAsTextMeta: RuleMeta = {
  code: 'NUMBER_STORED_AS_TEXT',
  severity: 'warning',
  description: {
    da: 'En tekstcelle, der læses som et beløb; værdien bruges, men bør indtastes som tal.',
    en: 'A text cell that reads as an amount; its value is used but should be entered as a number.',
  },
  messages: {
    da: {
      default: 'Beløbet "{text}" er gemt som tekst; det læses som {amount}. Indtast det som tal, så Excel kan regne med det.',
      column: 'Kolonnen "{column}" har {count} beløb gemt som tekst ({first} … {last}); de læses som tal her, men Excel regner ikke med dem. Indtast dem som tal.',
    },
    en: {
      default: 'The amount "{text}" is stored as text; it reads as {amount}. Enter it as a number so Excel can use it.',
      column: 'Column "{column}" has {count} amounts stored as text ({first} … {last}); they are read as numbers here, but Excel does not calculate with them. Enter them as numbers.',
    },
  },
};

export const numberStoredAsTextRule: TableRule = {
  scope: 'table',
  meta: [numberStoredAsTextMeta],
  check(table: TableBlock): Finding[] {
    // In a Word table every number is text: "stored as text" tells a Word user nothing (a unit in
    // the cell is still UNIT_MISMATCH). Word tables are the ones that stand under headings.
    if (table.headings !== undefined) return [];
    const byColumn: AmountCell[][] = table.columns.map(() => []);
    for (const row of table.rows) {
      // A heading row under the headings ("2008" typed as text under "Regnskab") holds no amounts.
      if (row.kind === 'section') continue;
      row.amounts.forEach((cell, j) => {
        if (cell.status === 'text-number') byColumn[j].push(cell);
      });
    }
    const findings: Finding[] = [];
    // A whole table pasted as text (a CSV or Sheets text export) gets a warning a column, not one a cell.
    const inTable = byColumn.reduce((n, cells) => n + cells.length, 0);
    byColumn.forEach((cells, j) => {
      if (cells.length > COLUMN_THRESHOLD || (inTable > COLUMN_THRESHOLD && cells.length >= 2)) {
        const first = cells[0];
        const last = cells[cells.length - 1];
        findings.push(
          findingFor(
            numberStoredAsTextMeta,
            table,
            first.address,
            { column: columnName(table, j), count: new Decimal(cells.length), first: first.address, last: last.address },
            { variant: 'column' },
          ),
        );
      } else {
        for (const cell of cells) findings.push(findingFor(numberStoredAsTextMeta, table, cell.address, { text: String(cell.raw), amount: cell.amount! }));
      }
    });
    return findings;
  },
};
