/**
 * An output that cannot or must not be written: the CLI prints `messageFor(lang)` as one line on
 * stderr and exits 2. The input workbook is never written to.
 */
import type { Lang } from '../core';

export type OutputErrorCode = 'same-as-input' | 'exists' | 'symlink' | 'not-a-file' | 'not-writable' | 'bad-extension' | 'bad-extension-word' | 'bad-extension-workbook';

const texts: Record<OutputErrorCode, { da: string; en: string }> = {
  'same-as-input': {
    da: 'uddatafilen er den samme fil som inddatafilen; Budgettjek skriver aldrig i inddatafilen – vælg et andet navn',
    en: 'the output is the same file as the input; Budgettjek never writes to its input – choose another name',
  },
  exists: { da: 'filen findes allerede; brug --force for at overskrive den', en: 'the file already exists; use --force to overwrite it' },
  symlink: {
    da: 'uddatafilen er et symbolsk link; brug --force for at erstatte selve linket med en fil (der skrives aldrig gennem linket)',
    en: 'the output is a symbolic link; use --force to replace the link itself with a file (nothing is ever written through the link)',
  },
  'not-a-file': {
    da: 'uddatafilen er ikke en almindelig fil; Budgettjek erstatter kun almindelige filer, også med --force – vælg et andet navn',
    en: 'the output is not a regular file; Budgettjek only ever replaces regular files, --force or not – choose another name',
  },
  'not-writable': { da: 'filen kunne ikke skrives', en: 'the file could not be written' },
  'bad-extension': { da: 'uddatafilen skal hedde .xlsx', en: 'the output file must end in .xlsx' },
  'bad-extension-workbook': {
    da: 'kopien skal have samme filtype som projektmappen (.xlsm når den har makroer, ellers .xlsx), ellers vil Excel ikke åbne den',
    en: "the copy must have the workbook's type (.xlsm when it holds macros, else .xlsx), or Excel will not open it",
  },
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
