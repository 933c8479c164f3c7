/**
 * An input that cannot be read: the CLI prints `message` as one line on stderr and exits 2.
 * Never a stack trace. Messages name the file and say what the user can do.
 */
import type { Lang } from '../core';

export type InputErrorCode =
  | 'missing' // no such file or folder
  | 'unsupported' // not .xlsx/.xlsm by content or name
  | 'xls' // old binary Excel (BIFF, OLE container)
  | 'csv' // text file (CSV or similar) renamed
  | 'encrypted' // password-protected OOXML (OLE container with EncryptionInfo)
  | 'encrypted-document' // the same, where a Word document (.docx) was expected
  | 'doc' // old binary Word (.doc, OLE container with a WordDocument stream)
  | 'word-document' // a Word document where only a workbook will do (the dispatcher reads it as Word)
  | 'corrupt' // not a valid zip / missing workbook parts / bad XML
  | 'too-large' // exceeds the reader's limits (zip bomb, huge parts)
  | 'no-copy'; // readable, but no copy (--annotate, convert) can be written of it

const texts: Record<InputErrorCode, { da: string; en: string }> = {
  missing: { da: 'filen eller mappen findes ikke', en: 'no such file or folder' },
  unsupported: {
    da: 'hverken en Excel-projektmappe (.xlsx, .xlsm) eller et Word-dokument (.docx)',
    en: 'neither an Excel workbook (.xlsx, .xlsm) nor a Word document (.docx)',
  },
  xls: {
    da: 'gammelt Excel-format (.xls); åbn den i Excel og gem som .xlsx',
    en: 'old Excel format (.xls); open it in Excel and save as .xlsx',
  },
  csv: {
    da: 'en tekstfil (fx CSV), ikke en Excel-projektmappe; åbn den i Excel og gem som .xlsx',
    en: 'a text file (e.g. CSV), not an Excel workbook; open it in Excel and save as .xlsx',
  },
  encrypted: {
    da: 'projektmappen er beskyttet med adgangskode; fjern adgangskoden i Excel og prøv igen',
    en: 'the workbook is password-protected; remove the password in Excel and try again',
  },
  'encrypted-document': {
    da: 'dokumentet er beskyttet med adgangskode; fjern adgangskoden i Word og prøv igen',
    en: 'the document is password-protected; remove the password in Word and try again',
  },
  doc: {
    da: 'gammelt Word-format (.doc); åbn det i Word og gem som .docx',
    en: 'old Word format (.doc); open it in Word and save as .docx',
  },
  'word-document': { da: 'et Word-dokument, ikke en Excel-projektmappe', en: 'a Word document, not an Excel workbook' },
  corrupt: { da: 'filen er beskadiget og kan ikke læses', en: 'the file is damaged and cannot be read' },
  'too-large': {
    da: 'filen er for stor til at blive læst sikkert',
    en: 'the file is too large to be read safely',
  },
  'no-copy': {
    da: 'projektmappen kan tjekkes, men der kan ikke skrives en kopi af den; åbn den i Excel, gem den igen og prøv igen',
    en: 'the workbook can be checked, but no copy of it can be written; open it in Excel, save it again and try again',
  },
};

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    /** Optional detail, e.g. which part is damaged or which limit was hit (language-neutral). */
    readonly detail?: string,
  ) {
    super(`${file}: ${texts[code].da}${detail ? ` (${detail})` : ''}`);
    this.name = 'InputError';
  }

  messageFor(lang: Lang): string {
    return `${this.file}: ${texts[this.code][lang]}${this.detail ? ` (${this.detail})` : ''}`;
  }
}
