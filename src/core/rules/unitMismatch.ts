/** UNIT_MISMATCH: the table's unit is not the template's, or a cell carries its own unit. */
import type { Finding, TableBlock, UnitKey } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';

export const unitNames: Record<UnitKey, string> = { 'kr.': 'kr.', 't.kr.': '1.000 kr.', 'mio. kr.': 'mio. kr.', 'mia. kr.': 'mia. kr.' };

export const unitMismatchMeta: RuleMeta = {
  code: 'UNIT_MISMATCH',
  severity: 'warning',
  description: {
    da: 'Enheden er ikke skabelonens, eller en celle angiver sin egen enhed.',
    en: "The unit is not the template's, or a cell carries its own unit.",
  },
  messages: {
    da: {
      default: 'Tabellen er angivet i {actual}, men skabelonen bruger {required} – omregn beløbene, eller ret angivelsen.',
      cell: 'Cellen "{text}" angiver sin egen enhed ({unit}), men tabellen er i {required} – skriv kun tallet.',
      format: 'Cellens talformat ({format}) viser enheden {unit}, men tabellen er i {required} – fjern enheden fra talformatet, eller ret tabellens enhed.',
    },
    en: {
      default: 'The table is stated in {actual}, but the template uses {required} – convert the amounts or correct the label.',
      cell: 'The cell "{text}" carries its own unit ({unit}), but the table is in {required} – write the number only.',
      format: "The cell's number format ({format}) shows the unit {unit}, but the table is in {required} – remove the unit from the number format or correct the table's unit.",
    },
  },
};

export const unitMismatchRule: TableRule = {
  scope: 'table',
  meta: [unitMismatchMeta],
  check(table: TableBlock, { template }): Finding[] {
    const findings: Finding[] = [];
    // A list ("Beløb", "kr.") is in whatever unit its header says; the template's unit is for cost tables.
    if (table.kind === 'list') return findings;
    const required = unitNames[template.unit];
    if (table.label?.unit && table.label.unit !== template.unit) {
      findings.push(findingFor(unitMismatchMeta, table, table.label.cell, { actual: table.label.unitText ?? unitNames[table.label.unit], required }));
    }
    for (const row of table.rows) {
      for (const cell of row.amounts) {
        if (cell.unitInCell) {
          findings.push(
            findingFor(unitMismatchMeta, table, cell.address, { text: String(cell.raw), unit: cell.unitInCell, required: unitNames[table.unit ?? template.unit] }, { variant: 'cell' }),
          );
        }
        // A unit written into the number format is a unit on the cell: wrong only when it is not the table's.
        const tableUnit = table.unit ?? template.unit;
        if (cell.unitInFormat && cell.unitInFormat !== tableUnit) {
          findings.push(
            findingFor(unitMismatchMeta, table, cell.address, { format: cell.numFmt ?? '', unit: unitNames[cell.unitInFormat], required: unitNames[tableUnit] }, { variant: 'format' }),
          );
        }
      }
    }
    return findings;
  },
};
