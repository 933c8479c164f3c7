/** xl/styles.xml: the number format of each cell style (cellXfs index → format code, date flag). */
import type { SaxesTagPlain } from 'saxes';
import type { XlsxZip } from './zip';
import { BUILTIN_NUM_FMTS, isBuiltinDateId } from './numFmt';
import { parsePart } from './xml';

export interface StyleTable {
  /** Format code per cellXfs index; undefined for General (locale-only built-in dates read as LOCALE_DATE_CODE). */
  numFmt: (string | undefined)[];
}

/** The code a locale-dependent built-in date format (ids 27–36, 50–58) is read as. */
export const LOCALE_DATE_CODE = 'm/d/yyyy';

export const EMPTY_STYLES: StyleTable = { numFmt: [] };

export async function readStyles(zip: XlsxZip, part: string): Promise<StyleTable> {
  const custom = new Map<number, string>();
  const xfFmtIds: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  const found = await parsePart(zip, part, {
    open(name: string, tag: SaxesTagPlain) {
      switch (name) {
        case 'numFmts':
          inNumFmts = true;
          break;
        case 'numFmt':
          if (inNumFmts) {
            const id = Number(tag.attributes.numFmtId);
            const code = tag.attributes.formatCode;
            if (Number.isInteger(id) && typeof code === 'string') custom.set(id, code);
          }
          break;
        case 'cellXfs':
          inCellXfs = true;
          break;
        case 'xf':
          if (inCellXfs) {
            const id = Number(tag.attributes.numFmtId ?? 0);
            xfFmtIds.push(Number.isInteger(id) ? id : 0);
          }
          break;
      }
    },
    close(name: string) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'numFmts') inNumFmts = false;
    },
  });
  if (!found) return EMPTY_STYLES;
  const numFmt: (string | undefined)[] = [];
  for (const id of xfFmtIds) {
    // A built-in date id whose code depends on the locale: Excel's en-US short date, so the cell still reads as a date.
    const code = custom.get(id) ?? BUILTIN_NUM_FMTS[id] ?? (isBuiltinDateId(id) ? LOCALE_DATE_CODE : undefined);
    numFmt.push(code === 'General' ? undefined : code);
  }
  return { numFmt };
}
