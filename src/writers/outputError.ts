/**
 * An output that cannot or must not be written: the CLI prints `messageFor(lang)` as one line on
 * stderr and exits 2. The input workbook is never written to.
 */
import type { Lang } from '../core/model';

export type OutputErrorCode = 'same-as-input' | 'exists' | 'not-writable' | 'bad-extension' | 'bad-extension-word';

const texts: Record<OutputErrorCode, { da: string; en: string }> = {
  'same-as-input': {
    da: 'uddatafilen er den samme fil som inddatafilen; Budgettjek skriver aldrig i inddatafilen – vælg et andet navn med --out',
    en: 'the output is the same file as the input; Budgettjek never writes to its input – choose another name with --out',
  },
  exists: { da: 'filen findes allerede; brug --force for at overskrive den', en: 'the file already exists; use --force to overwrite it' },
  'not-writable': { da: 'filen kan ikke skrives', en: 'the file cannot be written' },
  'bad-extension': { da: 'uddatafilen skal hedde .xlsx', en: 'the output file must end in .xlsx' },
  'bad-extension-word': {
    da: 'den markerede kopi af et Word-dokument skal have dokumentets filtype',
    en: "the annotated copy of a Word document must have the document's extension",
  },
};

export class OutputError extends Error {
  constructor(
    readonly code: OutputErrorCode,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${file}: ${texts[code].da}${detail ? ` (${detail})` : ''}`);
    this.name = 'OutputError';
  }

  messageFor(lang: Lang): string {
    return `${this.file}: ${texts[this.code][lang]}${this.detail ? ` (${this.detail})` : ''}`;
  }
}
