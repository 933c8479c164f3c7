/**
 * What a document's text states about its money, set against itself and against its own table:
 *
 * - a total the text states ("i alt 40,6 mio. kr.", "Den samlede budgetramme … 1,0 mio. kr.") against
 *   the parts the same sentence, paragraph or list enumerates ("fordelt på …", bullets, "1) … 2) …",
 *   "… samt …"), same year, in the total's unit;
 * - an allocation per year followed by its parts ("Der afsættes 1,45 mio. kr. i 2027 og 0,5 mio. kr.
 *   i 2028 …", then "I 2027 afsættes 0,3 mio. kr. til …"): read as total and parts only when the text
 *   confirms that reading (another year of the sentence adds up, or the parts or the total agree
 *   with the table);
 * - a total for a year against the proposal table's total row in that year's column, and a part
 *   that names a table row ("til juridisk og teknisk bistand") against that row — converted to the
 *   text's unit and compared at the text's shown precision.
 *
 * Only what the text makes explicit: ranges, estimates, potentials, conditions, past spending,
 * other bodies' money, rates and periods are never compared (see `Hedge`).
 */
import Decimal from 'decimal.js';
import type { DocumentParagraph, LocalizedText, TableBlock, TableRow, UnitKey } from '../model';
import { normalizeLabel } from '../detect/labelText';
import { agreesAtPrecision, convertUnit, inlineItems, readSentences, typedListMarker, type StatedAmount, type TextSentence } from './amounts';

interface ReadParagraph {
  p: DocumentParagraph;
  sentences: TextSentence[];
  listItem: boolean;
  /** Paragraphs under the same headings with no table between them share a passage. */
  passage: string;
}

/** Where a statement stands: the paragraph and the sentence. */
export interface TextPlace {
  paragraph: DocumentParagraph;
  sentence: TextSentence;
  /** "Afsnit 2. Økonomi, 1. afsnit" / "Section 2. Økonomi, paragraph 1". */
  label: LocalizedText;
}

export interface SumDisagreement {
  place: TextPlace;
  total: StatedAmount;
  parts: StatedAmount[];
  /** The parts' sum in the total's unit (exact). */
  sum: Decimal;
  /** The table of the proposal the text belongs to, when there is one (the finding points at it). */
  table: TableBlock | null;
}

export interface TableDisagreement {
  place: TextPlace;
  stated: StatedAmount;
  table: TableBlock;
  row: TableRow;
  column: number;
  /** The table's amount as shown, in the table's unit. */
  shown: Decimal;
  /** The same in the text's unit (exact). */
  converted: Decimal;
  /** The table's unit (the template's when the table states none). */
  unit: UnitKey;
  /** `total`: a total for a year (or the only year); `row`: a part naming the row. */
  kind: 'total' | 'row';
}

export interface TextReading {
  sums: SumDisagreement[];
  tables: TableDisagreement[];
}

export function paragraphLabel(p: DocumentParagraph): LocalizedText {
  const heading = p.headings[p.headings.length - 1];
  if (p.sheet && p.cell) return { da: `Tekstcellen ${p.sheet}!${p.cell}`, en: `Text cell ${p.sheet}!${p.cell}` };
  return heading
    ? { da: `Afsnit ${heading}, ${p.ordinal}. afsnit`, en: `Section ${heading}, paragraph ${p.ordinal}` }
    : { da: `${p.ordinal}. afsnit`, en: `Paragraph ${p.ordinal}` };
}

const checkable = (a: StatedAmount) => a.hedge === null;

function label(text: string): string {
  return normalizeLabel(text.replace(/\([^)]*\)?/g, ' '))
    .replace(/[.,:;()–-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A purpose names a row when it is the row's label, or one begins with the other and the shorter has two words or more. */
function namesRow(purpose: string, row: string): boolean {
  const a = label(purpose);
  const b = label(row);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.split(' ').length >= 2 && long.startsWith(`${short} `);
}

/** The one item row of the table that one of the amount's purposes names, if exactly one. */
function namedRow(a: StatedAmount, table: TableBlock): TableRow | null {
  if (a.purposes.length === 0) return null;
  const named = table.rows.filter((row) => row.kind === 'item' && a.purposes.some((p) => namesRow(p, row.label)));
  return named.length === 1 ? named[0] : null;
}

function totalRowOf(table: TableBlock): TableRow | null {
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const r = table.rows[i];
    if (r.kind === 'total' || r.kind === 'netTotal') return r;
  }
  return null;
}

function yearColumn(table: TableBlock, year: number): number {
  return table.columns.findIndex((c) => c.year === year && c.role === undefined);
}

/** The year columns of a row that hold an amount. */
function filledYears(table: TableBlock, row: TableRow): number[] {
  const out: number[] = [];
  table.columns.forEach((c, i) => {
    const a = row.amounts[i];
    if (c.year !== undefined && c.role === undefined && a?.amount && !a.amount.isZero()) out.push(i);
  });
  return out;
}

/** The proposal's own cost table for a paragraph: a proposal table under the same top heading, with a total row. */
function tableFor(p: DocumentParagraph, tables: TableBlock[], fallbackUnit: UnitKey | null): TableBlock | null {
  const top = p.headings[0] ?? '';
  const own = tables.filter((t) => t.kind === 'proposal' && (t.unit ?? fallbackUnit) !== null && (t.headings?.[0] ?? '') === top && totalRowOf(t) !== null && (p.sheet === undefined || t.sheet === p.sheet));
  if (own.length <= 1) return own[0] ?? null;
  const main = own.filter((t) => /samlede økonomiske konsekvenser/i.test(t.title ?? ''));
  return main[0] ?? own[0];
}

function sumIn(parts: StatedAmount[], unit: StatedAmount['unit']): Decimal {
  return parts.reduce((acc, a) => acc.plus(convertUnit(a.value, a.unit, unit)), new Decimal(0));
}

/** Parts of a year-bound total must be of its year (or of none); a yearless total's parts of one year at most. */
function yearsFit(total: StatedAmount, parts: StatedAmount[]): boolean {
  const stated = new Set(parts.filter((a) => a.year !== null).map((a) => a.year));
  if (total.year !== null) return [...stated].every((y) => y === total.year);
  return stated.size <= 1;
}

/** The one amount of a list item, when it has exactly one and it can be checked; undefined when it has none. */
function itemAmount(r: ReadParagraph): StatedAmount | null | undefined {
  const all = r.sentences.flatMap((s) => s.amounts);
  if (all.length === 0) return undefined;
  if (all.length > 1 || !checkable(all[0]) || all[0].total) return null;
  return all[0];
}

/** Contiguous list items of a passage from `from` going `dir`; their amounts when each has exactly one. */
function listParts(read: ReadParagraph[], from: number, dir: 1 | -1, passage: string): StatedAmount[] | null {
  const parts: StatedAmount[] = [];
  for (let j = from; j >= 0 && j < read.length && read[j].passage === passage && read[j].listItem; j += dir) {
    const a = itemAmount(read[j]);
    if (!a) return null; // an item without an amount, or with several: the list is not a sum of parts
    parts.push(a);
  }
  return parts.length >= 2 ? parts : null;
}

/** The parts a stated total ("i alt", "samlet") is the sum of, where the text enumerates them. */
function explicitParts(read: ReadParagraph[], i: number, si: number, total: StatedAmount): StatedAmount[] | null {
  const r = read[i];
  const sentence = r.sentences[si];
  const amounts = sentence.amounts;
  const k = amounts.indexOf(total);
  // "… i alt 1,2 mio. kr., fordelt på 0,5 mio. kr. til … og 0,7 mio. kr. til …"
  const afterIt = amounts.slice(k + 1);
  if (afterIt.length >= 2 && sentence.distributes && !afterIt.some((a) => a.total)) return afterIt.every(checkable) ? afterIt : null;
  // "… 0,5 mio. kr. til …, 0,7 mio. kr. til … og i alt 1,2 mio. kr."
  const beforeIt = amounts.slice(0, k);
  if (k === amounts.length - 1 && beforeIt.length >= 2 && !beforeIt.some((a) => a.total)) return beforeIt.every(checkable) ? beforeIt : null;
  // "… 1) … 0,5 mio. kr. … 2) … 0,7 mio. kr. …" in the same paragraph, after the total.
  const items = inlineItems(r.p.text);
  if (items.length && items[0] > total.end) {
    const bounds = [...items, r.p.text.length];
    const parts: StatedAmount[] = [];
    for (let n = 0; n < items.length; n++) {
      const inItem = r.sentences.flatMap((s) => s.amounts).filter((a) => a.start >= bounds[n] && a.end <= bounds[n + 1]);
      if (inItem.length !== 1 || !checkable(inItem[0])) return null;
      parts.push(inItem[0]);
    }
    return parts;
  }
  // A list right after the paragraph that the sentence introduces ("fordelt på følgende:").
  if (si === r.sentences.length - 1 && (sentence.introducesList || sentence.distributes) && !r.listItem) {
    const parts = listParts(read, i + 1, 1, r.passage);
    if (parts) return parts;
  }
  // A list right before the paragraph, summed up by it ("… et tilskud på i alt 40,6 mio. kr.").
  const firstWithAmounts = r.sentences.findIndex((s) => s.amounts.length > 0);
  if (!r.listItem && si === firstWithAmounts && amounts[0] === total) {
    const parts = listParts(read, i - 1, -1, r.passage);
    if (parts) return parts.reverse();
  }
  return null;
}

/** Amounts of `year` stated after sentence `si` of paragraph `i`, to the end of its passage. */
function laterAmountsOfYear(read: ReadParagraph[], i: number, si: number, year: number): StatedAmount[] | null {
  const out: StatedAmount[] = [];
  for (let j = i; j < read.length && read[j].passage === read[i].passage; j++) {
    const sentences = read[j].sentences;
    for (let s = j === i ? si + 1 : 0; s < sentences.length; s++) {
      for (const a of sentences[s].amounts) {
        if (a.year !== year) continue;
        if (!checkable(a) || a.total) return null;
        out.push(a);
      }
    }
  }
  return out;
}

/**
 * `fallbackUnit`: the unit of a table that states none (the template's), so that a missing
 * "1.000 kr." — reported on its own — does not hide what the text says.
 */
export function readDocumentText(paragraphs: DocumentParagraph[], tables: TableBlock[], fallbackUnit: UnitKey | null = null): TextReading {
  const unitOf = (t: TableBlock): UnitKey => (t.unit ?? fallbackUnit)!;
  const read: ReadParagraph[] = paragraphs.map((p) => ({
    p,
    sentences: readSentences(p.text),
    listItem: p.list !== undefined || typedListMarker(p.text) !== null,
    passage: `${p.headings.join('\u0000')}\u0001${p.tablesBefore}\u0001${p.sheet ?? ''}`,
  }));
  const sums: SumDisagreement[] = [];
  const tableFindings: TableDisagreement[] = [];
  /** Totals held against the table (each once), and amounts already read as parts. */
  const totals = new Map<StatedAmount, { place: TextPlace; table: TableBlock }>();

  const placeOf = (r: ReadParagraph, sentence: TextSentence): TextPlace => ({ paragraph: r.p, sentence, label: paragraphLabel(r.p) });

  const compareTotal = (stated: StatedAmount, place: TextPlace, table: TableBlock) => {
    const row = totalRowOf(table)!;
    let column = -1;
    if (stated.year !== null) column = yearColumn(table, stated.year);
    else {
      const filled = filledYears(table, row);
      const pointsAtTable = place.sentence.introducesList || /\btabel(?:len)?\b/i.test(place.sentence.text);
      if (filled.length === 1 && pointsAtTable) column = filled[0];
    }
    if (column < 0) return;
    const shown = row.amounts[column]?.amount;
    if (!shown) return;
    // A text states a saving's size, not its sign: "reducerer med 1,2 mio. kr." against -1.200.
    const converted = convertUnit(shown, unitOf(table), stated.unit).abs();
    if (!agreesAtPrecision(stated, converted)) tableFindings.push({ place, stated, table, row, column, shown, converted, unit: unitOf(table), kind: 'total' });
  };

  read.forEach((r, i) => {
    const table = tableFor(r.p, tables, fallbackUnit);
    r.sentences.forEach((sentence, si) => {
      const place = placeOf(r, sentence);
      // Explicit totals.
      for (const total of sentence.amounts) {
        if (!total.total || !checkable(total) || !sentence.allocates) continue;
        // "samlet 0,3 mio. kr. til evaluering": the whole of a row, held against that row below.
        if (table && namedRow(total, table) === null) totals.set(total, { place, table });
        const parts = explicitParts(read, i, si, total);
        if (!parts || !yearsFit(total, parts)) continue;
        const sum = sumIn(parts, total.unit);
        if (!agreesAtPrecision(total, sum)) sums.push({ place, total, parts, sum, table });
      }
      // Allocations per year, then their parts in the sentences that follow.
      if (!sentence.allocates || sentence.distributes) return;
      const yearly = sentence.amounts.filter((a) => !a.total && checkable(a) && a.yearFrom === 'clause' && a.year !== null);
      if (yearly.length === 0 || yearly.length !== sentence.amounts.length) return;
      if (new Set(yearly.map((a) => a.year)).size !== yearly.length) return;
      const readings = yearly.map((total) => {
        const parts = laterAmountsOfYear(read, i, si, total.year!);
        const usable = parts !== null && parts.length >= 2 && parts.every((a) => a.purposes.length > 0);
        const sum = usable ? sumIn(parts, total.unit) : null;
        return { total, parts: usable ? parts : null, sum };
      });
      const tableTotal = (a: StatedAmount): Decimal | null => {
        if (!table) return null;
        const col = yearColumn(table, a.year!);
        const shown = col >= 0 ? totalRowOf(table)!.amounts[col]?.amount : null;
        return shown ? convertUnit(shown, unitOf(table), a.unit).abs() : null;
      };
      const confirmed = readings.some(({ total, sum }) => {
        const t = tableTotal(total);
        return (sum !== null && agreesAtPrecision(total, sum)) || (t !== null && agreesAtPrecision(total, t)) || (sum !== null && t !== null && sum.eq(t));
      });
      if (!confirmed) return;
      for (const { total, parts, sum } of readings) {
        if (table) totals.set(total, { place, table });
        if (parts && sum && !agreesAtPrecision(total, sum)) sums.push({ place, total, parts, sum, table });
      }
    });
  });

  for (const [stated, { place, table }] of totals) compareTotal(stated, place, table);

  // Parts that name a row of the table.
  for (const r of read) {
    const table = tableFor(r.p, tables, fallbackUnit);
    if (!table) continue;
    for (const sentence of r.sentences) {
      for (const a of sentence.amounts) {
        if (!checkable(a) || totals.has(a)) continue;
        const row = namedRow(a, table);
        if (!row) continue;
        let column = -1;
        if (a.year !== null) column = yearColumn(table, a.year);
        else {
          const filled = filledYears(table, row);
          if (filled.length === 1) column = filled[0];
        }
        if (column < 0) continue;
        const shown = row.amounts[column]?.amount ?? new Decimal(0);
        if (row.amounts[column]?.status !== 'number' && row.amounts[column]?.status !== 'empty' && row.amounts[column]?.status !== 'text-number') continue;
        const converted = convertUnit(shown, unitOf(table), a.unit).abs();
        if (!agreesAtPrecision(a, converted)) tableFindings.push({ place: placeOf(r, sentence), stated: a, table, row, column, shown, converted, unit: unitOf(table), kind: 'row' });
      }
    }
  }
  return { sums, tables: tableFindings };
}

/** One reading per paragraph list and tables: the two text rules share it. */
const cache = new WeakMap<DocumentParagraph[], WeakMap<TableBlock[], TextReading>>();

export function readDocumentTextOnce(paragraphs: DocumentParagraph[], tables: TableBlock[], fallbackUnit: UnitKey | null): TextReading {
  let byTables = cache.get(paragraphs);
  if (!byTables) cache.set(paragraphs, (byTables = new WeakMap()));
  let reading = byTables.get(tables);
  if (!reading) byTables.set(tables, (reading = readDocumentText(paragraphs, tables, fallbackUnit)));
  return reading;
}
