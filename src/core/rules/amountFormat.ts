/**
 * AMOUNT_FORMAT: an amount cell is formatted as a percentage or a date, so what it shows is no
 * amount. The message quotes what the cell shows, rendered from its format — never a locale- or
 * time-zone-dependent date text.
 */
import type { AmountCell, Finding, LocalizedText, TableBlock } from '../model';
import { renderNumber, shortDate } from '../numberFormat';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const amountFormatMeta: RuleMeta = {
  code: 'AMOUNT_FORMAT',
  severity: 'warning',
  description: {
    da: 'En beløbscelle er formateret som procent eller dato, så den viser ikke et beløb.',
    en: 'An amount cell is formatted as a percentage or a date, so what it shows is no amount.',
  },
  messages: {
    da: {
      default: 'Cellen er formateret som procent og viser {shown}, ikke et beløb. Giv den et talformat (fx #.##0), hvis den er et beløb.',
      date: 'Cellen er formateret som dato og viser {shown}, ikke et beløb. Giv den et talformat (fx #.##0), hvis den er et beløb.',
    },
    en: {
      default: 'The cell is formatted as a percentage and shows {shown}, not an amount. Give it a number format (e.g. #,##0) if it is an amount.',
      date: 'The cell is formatted as a date and shows {shown}, not an amount. Give it a number format (e.g. #,##0) if it is an amount.',
    },
  },
};

/** Excel's serial of a date value (test grids may hold Date objects), read in UTC. */
function serialOf(raw: AmountCell['raw']): number | null {
  if (typeof raw === 'number') return raw;
  if (raw instanceof Date) return raw.getTime() / 86400000 + 25569;
  return null;
}

function shownText(cell: AmountCell): LocalizedText | null {
  const serial = serialOf(cell.raw);
  if (serial === null) return null;
  if (cell.status === 'date') return { da: shortDate(serial, 'da'), en: shortDate(serial, 'en') };
  return { da: renderNumber(serial, cell.numFmt, 'da'), en: renderNumber(serial, cell.numFmt, 'en') };
}

export const amountFormatRule: TableRule = {
  scope: 'table',
  meta: [amountFormatMeta],
  check(table: TableBlock): Finding[] {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      for (const [j, cell] of row.amounts.entries()) {
        if (cell.status !== 'percent' && cell.status !== 'date') continue;
        // A percentage in a row or column that is never summed ("Afvigelse i %") is what it says.
        if (cell.status === 'percent' && (row.kind === 'nonAdditive' || table.columns[j]?.role === 'nonAdditive')) continue;
        const shown = shownText(cell);
        if (!shown) continue;
        findings.push(findingFor(amountFormatMeta, table, cell.address, { shown }, cell.status === 'date' ? { variant: 'date' } : {}));
      }
    }
    return findings;
  },
};
