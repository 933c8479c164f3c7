/**
 * EMBEDDED_NOT_READ: the document holds content the checker does not read — a Word altChunk (a
 * web page, a workbook or another document that Word shows in the body, often a table pasted
 * from elsewhere). Never skipped silently: the tables in it are not checked, and the report says
 * so where it stands.
 */
import type { Finding, LocalizedText, NotReadContent } from '../model';
import type { RuleMeta, WorkbookRule } from './rule';

export const embeddedNotReadMeta: RuleMeta = {
  code: 'EMBEDDED_NOT_READ',
  severity: 'info',
  description: {
    da: 'Dokumentet har indlejret indhold (fx en tabel indsat som HTML eller en projektmappe), som ikke blev læst.',
    en: 'The document holds embedded content (e.g. a table inserted as HTML or a workbook) that was not read.',
  },
  messages: {
    da: { default: 'Indlejret indhold blev ikke læst ({kind}); tabeller i det er ikke tjekket. Indsæt tabellen som en almindelig Word-tabel for at få den tjekket.' },
    en: { default: 'Embedded content was not read ({kind}); tables in it are not checked. Insert the table as an ordinary Word table to have it checked.' },
  },
};

const kinds: Record<NotReadContent['kind'], LocalizedText> = {
  html: { da: 'en webside', en: 'a web page' },
  workbook: { da: 'en Excel-projektmappe', en: 'an Excel workbook' },
  document: { da: 'et Word-dokument', en: 'a Word document' },
  text: { da: 'tekst', en: 'text' },
  other: { da: 'ukendt indhold', en: 'unknown content' },
};

export const embeddedNotReadRule: WorkbookRule = {
  scope: 'workbook',
  meta: [embeddedNotReadMeta],
  check(_tables, ctx): Finding[] {
    return (ctx.notRead ?? []).map((n) => ({
      rule: embeddedNotReadMeta.code,
      severity: embeddedNotReadMeta.severity,
      sheet: n.sheet,
      cell: 'A1',
      params: { kind: kinds[n.kind] },
    }));
  },
};
