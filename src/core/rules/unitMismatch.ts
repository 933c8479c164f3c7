/**
 * UNIT_MISMATCH: the table's unit is not the template's, or (a template with no fixed unit, such as
 * `generic`) not the unit the workbook's other tables of its kind agree on; or a cell carries its
 * own unit.
 */
import type { Finding, LocalizedText, TableBlock, TableKind, UnitKey } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, WorkbookRule } from './rule';

export const unitNames: Record<UnitKey, string> = { 'kr.': 'kr.', 't.kr.': '1.000 kr.', 'mio. kr.': 'mio. kr.', 'mia. kr.': 'mia. kr.' };

export const unitMismatchMeta: RuleMeta = {
  code: 'UNIT_MISMATCH',
  severity: 'warning',
  description: {
    da: 'Enheden er ikke skabelonens (eller ikke den samme som de øvrige tabellers), eller en celle angiver sin egen enhed.',
    en: "The unit is not the template's (or not the other tables'), or a cell carries its own unit.",
  },
  messages: {
    da: {
      default: 'Tabellen er angivet i {actual}, men skabelonen bruger {required} – omregn beløbene, eller ret angivelsen.',
      inconsistent: 'Tabellen er angivet i {actual}, men projektmappens øvrige {kind} er i {required} – brug samme enhed overalt, eller ret angivelsen.',
      cell: 'Cellen "{text}" angiver sin egen enhed ({unit}), men tabellen er i {required} – skriv kun tallet.',
      format: 'Cellens talformat ({format}) viser enheden {unit}, men tabellen er i {required} – fjern enheden fra talformatet, eller ret tabellens enhed.',
      cellOnly: 'Cellen "{text}" angiver sin egen enhed ({unit}) – skriv enheden i tabellens overskrift og kun tallet i cellen.',
    },
    en: {
      default: 'The table is stated in {actual}, but the template uses {required} – convert the amounts or correct the label.',
      inconsistent: "The table is stated in {actual}, but the workbook's other {kind} are in {required} – use one unit throughout or correct the label.",
      cell: 'The cell "{text}" carries its own unit ({unit}), but the table is in {required} – write the number only.',
      format: "The cell's number format ({format}) shows the unit {unit}, but the table is in {required} – remove the unit from the number format or correct the table's unit.",
      cellOnly: 'The cell "{text}" carries its own unit ({unit}) – state the unit in the table\'s header and write the number only.',
    },
  },
};

const kindNames: Record<TableKind, LocalizedText> = {
  proposal: { da: 'forslagstabeller', en: 'proposal tables' },
  overview: { da: 'oversigtstabeller', en: 'overview tables' },
  followup: { da: 'opfølgningstabeller', en: 'follow-up tables' },
  period: { da: 'periodetabeller', en: 'period tables' },
  list: { da: 'lister', en: 'lists' },
};

/** The unit most tables state; a tie means no agreement to hold anyone to. */
function agreedUnit(tables: TableBlock[]): UnitKey | null {
  const counts = new Map<UnitKey, number>();
  for (const t of tables) if (t.label?.unit) counts.set(t.label.unit, (counts.get(t.label.unit) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return null;
  return ranked[0][0];
}

export const unitMismatchRule: WorkbookRule = {
  scope: 'workbook',
  meta: [unitMismatchMeta],
  check(tables: TableBlock[], { template }): Finding[] {
    const findings: Finding[] = [];
    const agreed = new Map<TableKind, UnitKey | null>();
    for (const table of tables) {
      // A list ("Beløb", "kr.") is in whatever unit its header says; the template's unit is for cost tables.
      if (table.kind === 'list') continue;
      // The template's unit is for the tables it describes (proposals and the overview); follow-up
      // and period tables, often in mio. kr., need only agree among themselves.
      const fixed = table.kind === 'proposal' || table.kind === 'overview' ? template.unit : null;
      if (!agreed.has(table.kind)) agreed.set(table.kind, fixed ?? agreedUnit(tables.filter((t) => t.kind === table.kind)));
      const expected = agreed.get(table.kind) ?? null;
      const label = table.label;
      if (label?.unit && expected && label.unit !== expected) {
        const params = { actual: label.unitText ?? unitNames[label.unit], required: unitNames[expected], kind: kindNames[table.kind] };
        findings.push(findingFor(unitMismatchMeta, table, label.cell, params, fixed ? {} : { variant: 'inconsistent' }));
      }
      const tableUnit = table.unit ?? template.unit;
      for (const row of table.rows) {
        for (const cell of row.amounts) {
          if (cell.unitInCell) {
            const params = { text: String(cell.raw), unit: cell.unitInCell, ...(tableUnit ? { required: unitNames[tableUnit] } : {}) };
            findings.push(findingFor(unitMismatchMeta, table, cell.address, params, { variant: tableUnit ? 'cell' : 'cellOnly' }));
          }
          // A unit written into the number format is a unit on the cell: wrong only when it is not the table's.
          if (cell.unitInFormat && tableUnit && cell.unitInFormat !== tableUnit) {
            const params = { format: cell.numFmt ?? '', unit: unitNames[cell.unitInFormat], required: unitNames[tableUnit] };
            findings.push(findingFor(unitMismatchMeta, table, cell.address, params, { variant: 'format' }));
          }
        }
      }
    }
    return findings;
  },
};
