/** YEARS_MISMATCH: year columns missing, extra, duplicated or out of order against the template. */
import type { Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const yearsMismatchMeta: RuleMeta = {
  code: 'YEARS_MISMATCH',
  severity: 'warning',
  description: {
    da: 'Årskolonnerne mangler, er i overskud, gentaget eller står i forkert rækkefølge i forhold til skabelonen.',
    en: 'Year columns are missing, extra, duplicated or out of order against the template.',
  },
  messages: {
    da: {
      default: 'Tabellen har årene {actual}, men skabelonen kræver {required}.{missingText}{extraText} Tilføj de manglende årskolonner (med 0, hvis der ingen beløb er), og fjern de ekstra.',
      duplicate: 'Året {year} står to gange i overskriften. Slet den ene kolonne, eller ret året.',
      order: 'Året {year} står efter {previous}; årene skal stå i stigende rækkefølge.',
    },
    en: {
      default: 'The table has the years {actual}, but the template requires {required}.{missingText}{extraText} Add the missing year columns (with 0 if there are no amounts), and remove the extra ones.',
      duplicate: 'The year {year} appears twice in the header. Delete one column, or correct the year.',
      order: 'The year {year} comes after {previous}; years must be in ascending order.',
    },
  },
};

function span(years: number[]): string {
  if (years.length === 0) return '–';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive && years.length > 2 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

export const yearsMismatchRule: TableRule = {
  scope: 'table',
  meta: [yearsMismatchMeta],
  check(table: TableBlock, { template }): Finding[] {
    if (table.kind !== 'proposal') return [];
    const findings: Finding[] = [];
    const yearColumns = table.columns.filter((c) => c.year !== undefined);
    const seen = new Set<number>();
    let ordered = true;
    yearColumns.forEach((c, i) => {
      if (seen.has(c.year!)) {
        findings.push(findingFor(yearsMismatchMeta, table, c.address, { year: String(c.year) }, { variant: 'duplicate' }));
      } else if (i > 0 && c.year! < yearColumns[i - 1].year! && ordered) {
        ordered = false;
        findings.push(findingFor(yearsMismatchMeta, table, c.address, { year: String(c.year), previous: String(yearColumns[i - 1].year) }, { variant: 'order' }));
      }
      seen.add(c.year!);
    });
    if (template.years) {
      const missing = template.years.filter((y) => !seen.has(y));
      const extra = [...seen].filter((y) => !template.years!.includes(y));
      if (missing.length || extra.length) {
        findings.unshift(
          findingFor(yearsMismatchMeta, table, table.firstHeaderCell, {
            actual: span(table.years),
            required: span(template.years),
            missingText: missing.length ? { da: ` Mangler: ${missing.join(', ')}.`, en: ` Missing: ${missing.join(', ')}.` } : '',
            extraText: extra.length ? { da: ` Ekstra: ${extra.join(', ')}.`, en: ` Extra: ${extra.join(', ')}.` } : '',
          }),
        );
      }
    }
    return findings;
  },
};
