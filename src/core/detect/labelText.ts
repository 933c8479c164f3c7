/** Text as people paste it from Word: soft hyphens, line-break hyphenation, odd spaces. */
import type { CellValue } from '../model';

/** Labels normalised so far: a sheet repeats the same few labels and headings row after row. */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 20_000;

/** Lower-cased, hyphenation joined ("Styrings-\nområde" → "styringsområde"), spaces collapsed. Memoised. */
export function normalizeLabel(text: string): string {
  let n = NORMALIZED.get(text);
  if (n === undefined) {
    n = normalize(text);
    if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
    NORMALIZED.set(text, n);
  }
  return n;
}

function normalize(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    // Note marks: "Udgifter i alt¹", "I alt*", "Bloktilskud (3)", "Drift 2)".
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+(?=\s*$)|\s\(\d{1,2}\)(?=\s*$)|\s\d{1,2}\)(?=\s*$)/g, '')
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLocaleLowerCase('da');
}

/** The text of a cell for label purposes; numbers and errors are not labels. */
export function cellText(value: CellValue | undefined): string | null {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  return null;
}

const CODE = /^([A-ZÆØÅ]{2,4}\d{2,3})(?=$|[\s.:–—-])/;

/** A proposal code at the start of a text ("BC01 Test af AI-tolk …" → "BC01"). */
export function proposalCodeIn(text: string): string | null {
  const m = CODE.exec(text.trim());
  return m ? m[1] : null;
}

/** How many rows above a table its title may stand. */
export const TITLE_ROWS_ABOVE = 3;
/** A row that ends a table: a note, a source, the next table's caption. */
export const STOP_ROW = /^(noter?\b|note til|kilde\b|anm\.|anmærkning|tabel\s+\d)/i;
