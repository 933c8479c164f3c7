/**
 * xl/sharedStrings.xml: the string table cells of type "s" index into. Rich text runs
 * (`<si><r><t>a</t></r><r><t>b</t></r></si>`) are joined; phonetic guides (`<rPh>`) are left out.
 */
import type { XlsxZip } from './zip';
import { decodeXString } from './xmlStringEscapes';
import { parsePart } from './xml';

export async function readSharedStrings(zip: XlsxZip, part: string): Promise<string[]> {
  const strings: string[] = [];
  let inSi = false;
  let inPhonetic = false;
  let capture = false;
  let current = '';
  await parsePart(zip, part, {
    open(name) {
      switch (name) {
        case 'si':
          inSi = true;
          current = '';
          break;
        case 't':
          if (inSi && !inPhonetic) capture = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
      }
    },
    text(t) {
      if (capture) current += t;
    },
    close(name) {
      switch (name) {
        case 't':
          capture = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'si':
          strings.push(decodeXString(current));
          inSi = false;
          break;
      }
    },
  });
  return strings;
}
