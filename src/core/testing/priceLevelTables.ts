/**
 * Test helper: builds TableBlocks by hand, laid out as detection would report them, so the
 * price-level code and the cross-table rules can be tested without the detector.
 * Layout: the header row at `top`; column `left` holds labels (its header cell holds the label
 * text unless `labelAbove`); proposal tables have the styringsområde in the next column; amounts follow.
 */
import Decimal from 'decimal.js';
import { a1, rangeA1 } from '../a1';
import { readAmountText } from '../danishNumber';
import type { AmountCell, AmountColumn, CellValue, RowKind, TableBlock, TableRow, TotalGroup } from '../model';

export type RawAmount = number | string | null | { error: string } | { formula: string; value?: number | null };

export interface RowSpec {
  label: string;
  kind?: RowKind;
  /** Styringsområde as written; canonical is taken from `canonical` or, when omitted, the text itself ('' → null). */
  so?: string;
  canonical?: string | null;
  amounts?: RawAmount[];
  /** Overview rows: the proposal code. */
  code?: string;
}

export interface TableSpec {
  sheet: string;
  kind?: 'proposal' | 'overview';
  proposalCode?: string | null;
  /** Top-left cell of the table (header row, label column). */
  top?: number;
  left?: number;
  /** The price-level label; null for none. */
  label?: string | null;
  /** When true the label sits on the row above the header. */
  labelAbove?: boolean;
  priceLevel?: number | null;
  /** Years (proposal) or styringsområder / headers (overview). */
  columns: (number | string)[];
  rows: RowSpec[];
}

function amountCell(raw: RawAmount | undefined, row: number, col: number): AmountCell {
  return { ...amountCellWithoutFormat(raw, row, col), decimals: null };
}

function amountCellWithoutFormat(raw: RawAmount | undefined, row: number, col: number): Omit<AmountCell, 'decimals'> {
  const address = a1(row, col);
  if (raw === undefined || raw === null) return { row, col, address, status: 'empty', amount: null, raw: null };
  if (typeof raw === 'number') return { row, col, address, status: 'number', amount: new Decimal(String(raw)), raw };
  if (typeof raw === 'string') {
    const r = readAmountText(raw);
    if (r.kind === 'empty') return { row, col, address, status: 'empty', amount: null, raw };
    if (r.kind === 'amount') return { row, col, address, status: 'text-number', amount: r.amount, raw };
    return { row, col, address, status: 'not-numeric', amount: null, raw };
  }
  if ('error' in raw) return { row, col, address, status: 'error', amount: null, raw: raw as CellValue };
  if (raw.value === undefined || raw.value === null) return { row, col, address, status: 'uncalculated', amount: null, raw: null, formula: raw.formula };
  return { row, col, address, status: 'number', amount: new Decimal(String(raw.value)), raw: raw.value, formula: raw.formula };
}

function inferKind(label: string): RowKind {
  const l = label.toLowerCase();
  if (/nettoeffekt|samlet økonomisk påvirkning|netto/.test(l)) return 'netTotal';
  if (/^(samlede?|i alt|total|sum)\b/.test(l) || / i alt$/.test(l)) return 'total';
  return 'item';
}

export function buildTable(spec: TableSpec): TableBlock {
  const kind = spec.kind ?? 'proposal';
  const labelAbove = spec.labelAbove ?? false;
  const top = spec.top ?? (labelAbove ? 2 : 1);
  const left = spec.left ?? 1;
  const hasSo = kind === 'proposal';
  const firstAmountCol = left + (hasSo ? 2 : 1);
  const labelText = spec.label === undefined ? (kind === 'overview' ? '1.000 kr. 2026 p/l' : '1.000 kr. 2027 p/l') : spec.label;
  const plMatch = labelText ? /((?:19|20|21)\d{2})\s*[-]?\s*p\s*\/\s*l/i.exec(labelText) : null;
  const priceLevel = spec.priceLevel !== undefined ? spec.priceLevel : plMatch ? Number(plMatch[1]) : null;
  const labelRow = labelAbove ? top - 1 : top;

  const columns: AmountColumn[] = spec.columns.map((c, i) => {
    const col = firstAmountCol + i;
    const address = a1(top, col);
    if (kind === 'overview') {
      const s = String(c);
      const known = ['Service', 'Anlæg', 'Overførsler', 'Finansposter'];
      return { col, address, header: s, styringsomraade: known.includes(s) ? s : /i alt|total/i.test(s) ? undefined : null };
    }
    return typeof c === 'number' ? { col, address, header: String(c), year: c } : { col, address, header: c };
  });

  const rows: TableRow[] = spec.rows.map((r, i) => {
    const row = top + 1 + i;
    const rk: RowKind = r.kind ?? (r.amounts && r.amounts.some((a) => a !== null && a !== undefined) ? inferKind(r.label) : r.amounts ? inferKind(r.label) : 'section');
    const so = hasSo
      ? r.so === undefined || r.so === ''
        ? rk === 'item' || rk === 'section'
          ? null
          : { text: '', address: a1(row, left + 1), canonical: null }
        : { text: r.so, address: a1(row, left + 1), canonical: r.canonical !== undefined ? r.canonical : r.so }
      : null;
    const tr: TableRow = {
      row,
      kind: rk,
      label: r.label,
      labelAddress: a1(row, left),
      styringsomraade: so,
      amounts: columns.map((c, ci) => amountCell(r.amounts?.[ci], row, c.col)),
    };
    if (r.code) tr.proposalCode = r.code;
    return tr;
  });

  // Block totals count the item rows since the previous total or section; net totals the block totals since the previous net.
  const totals: TotalGroup[] = [];
  const untotalled: { memberRows: number[] }[] = [];
  let block: number[] = [];
  let sectionTotals: number[] = [];
  rows.forEach((r, i) => {
    if (r.kind === 'section') {
      if (block.length) untotalled.push({ memberRows: block });
      block = [];
    } else if (r.kind === 'item') block.push(i);
    else if (r.kind === 'total') {
      totals.push({ kind: 'block', totalRow: i, memberRows: block });
      sectionTotals.push(i);
      block = [];
    } else {
      totals.push({ kind: 'net', totalRow: i, memberRows: sectionTotals });
      sectionTotals = [];
    }
  });
  if (block.length) untotalled.push({ memberRows: block });

  const bottom = top + rows.length;
  const right = firstAmountCol + columns.length - 1;
  const range = { top: labelAbove ? top - 1 : top, left, bottom, right };
  return {
    id: `${spec.sheet}!${rangeA1(range)}`,
    sheet: spec.sheet,
    kind,
    range,
    rangeA1: rangeA1(range),
    headerRow: top,
    firstHeaderCell: a1(top, left),
    title: null,
    label: labelText
      ? {
          text: labelText,
          sheet: spec.sheet,
          cell: a1(labelRow, left),
          row: labelRow,
          col: left,
          unit: 't.kr.',
          unitText: '1.000 kr.',
          priceLevel,
          priceLevelWithoutYear: priceLevel === null && /p\s*\/\s*l/i.test(labelText),
          currentPrices: false,
        }
      : null,
    unit: labelText ? 't.kr.' : null,
    priceLevel,
    years: columns.filter((c) => c.year !== undefined).map((c) => c.year!),
    columns,
    styringsomraadeCol: hasSo ? left + 1 : null,
    styringsomraadeHeader: hasSo ? 'Styringsområde' : null,
    rows,
    totals,
    untotalled,
    proposalCode: kind === 'proposal' ? (spec.proposalCode === undefined ? spec.sheet : spec.proposalCode) : null,
  };
}

/** The appendix's three proposals and its overview (SPEC §1, seed 004), as detection should see them. */
export function appendixTables(overviewFigures: RawAmount[] = [1017, 1989, 1946], total: RawAmount = 4951): TableBlock[] {
  const y = [2026, 2027, 2028, 2029, 2030, 2031];
  const bc01 = buildTable({
    sheet: 'BC01',
    columns: y,
    rows: [
      { label: 'Implementeringsomkostninger' },
      { label: 'Projektledelse (inkl. evaluering, dokumentation og rapportering', so: 'Service', amounts: [345] },
      { label: 'Teknisk opsætning, licenser og support', so: 'Service', amounts: [400] },
      { label: 'Dataetiske og sprogfaglige afklaringer', so: 'Service', amounts: [100] },
      { label: 'Afklaring af tekniske forhold', so: 'Service', amounts: [200] },
      { label: 'Samlede implementeringsomkostninger', amounts: ['1.045'] },
    ],
  });
  const bc02 = buildTable({
    sheet: 'BC02',
    columns: y,
    rows: [
      { label: 'Implementeringsomkostninger' },
      { label: 'Juridisk og datamæssig afklaring', so: 'Service', amounts: [209] },
      { label: 'Afprøvning af IT-løsninger', so: 'Service', amounts: [418, 600] },
      { label: 'Projektledelse, kommunikation, effektmåling og opsætning af tests', so: 'Service', amounts: [418, 400] },
      { label: 'Samlede implementeringsomkostninger', so: 'Service', amounts: [1045, 1000] },
    ],
  });
  const bc39 = buildTable({
    sheet: 'BC39',
    columns: y,
    rows: [
      { label: 'Projektafklaring og forberedende dataarbejde', so: 'Service', amounts: [null, 300] },
      { label: 'Udvikling og understøttelse af arbejdet med de tre komponenter', so: 'Service', amounts: [null, 750, 300] },
      { label: 'Projektledelse og drift', so: 'Service', amounts: [null, 250, 150] },
      { label: 'Juridisk og teknisk bistand', so: 'Service', amounts: [null, 150] },
      { label: 'Evaluering', so: 'Service', amounts: [null, null, 100] },
      { label: 'Samlede implementeringsomkostninger', amounts: [null, '1.450', 550] },
    ],
  });
  const overview = buildTable({
    sheet: 'Oversigt',
    kind: 'overview',
    columns: ['Service'],
    rows: [
      { label: 'Innovationsforslag' },
      { label: 'Test af AI-tolk på borgersamtaler i BIF', code: 'BC01', amounts: [overviewFigures[0]] },
      { label: 'Digitalt Jobunivers', code: 'BC02', amounts: [overviewFigures[1]] },
      { label: 'Automatisering af visitationsproces i Center for Mental Sundhed', code: 'BC39', amounts: [overviewFigures[2]] },
      { label: 'I alt udmøntning fra innovationspuljen', amounts: [total] },
    ],
  });
  return [overview, bc01, bc02, bc39];
}
