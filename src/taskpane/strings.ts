/**
 * The task pane's own words, in Danish (the default) and English (when Office's display
 * language is English). Finding messages come from the core's rule catalogue, not from here.
 */
import type { ConversionFailureReason, Lang, Severity } from '../core';
import type { CheckScope } from '../office';
import type { NoticeMessage } from '../addin';

export interface Strings {
  appTitle: string;
  template: string;
  loadTemplate: string;
  templateLoaded: (name: string) => string;
  templateFileError: (detail: string) => string;
  templateNotJson: string;
  customTemplateSuffix: string;
  scope: string;
  scopes: Record<CheckScope, string>;
  check: string;
  checking: string;
  phases: Record<string, string>;
  summaryTitle: string;
  severityCount: (severity: Severity, n: number) => string;
  /** A severity as the word on a finding's badge. */
  severityWord: Record<Severity, string>;
  tablesChecked: (n: number) => string;
  noFindings: string;
  findingsTitle: string;
  otherFindings: string;
  findingButtonLabel: (sheet: string, cell: string, message: string) => string;
  markCells: string;
  clearMarks: string;
  marked: (n: number) => string;
  cleared: (n: number) => string;
  writeReport: string;
  reportWritten: (sheet: string) => string;
  priceLevelTitle: string;
  fromYear: string;
  toYear: string;
  factorsTitle: string;
  styringsomraade: string;
  step: (from: number, to: number) => string;
  factor: string;
  missingIndex: string;
  percentInvalid: string;
  overridesSaved: string;
  resetOverrides: string;
  tableToConvert: string;
  noTablesYet: string;
  convert: string;
  converted: (sheet: string) => string;
  conversionFailed: (detail: string) => string;
  conversionReason: (reason: ConversionFailureReason, p: { from: number | null; to: number; missing?: string[]; cells?: string[] }) => string;
  noLabelWritten: string;
  error: (detail: string) => string;
  ribbonOutcome: (sheet: string, errors: number, warnings: number, infos: number) => string;
  dismiss: string;
  noLabel: string;
  noticeText: (m: NoticeMessage) => string;
  noTablesTitle: string;
  noTablesWhy: string[];
  allClearAfterFixes: (cells: number) => string;
  allClear: string;
  findingCode: (code: string) => string;
  findingsLoading: string;
  checkFirst: string;
  undoTitle: string;
  sheetHeading: (sheet: string) => string;
  fixAllLabel: (n: number, kind: string) => string;
}

const severityDa: Record<Severity, [string, string]> = {
  error: ['fejl', 'fejl'],
  warning: ['advarsel', 'advarsler'],
  info: ['oplysning', 'oplysninger'],
};
const severityEn: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
};

export const da: Strings = {
  appTitle: 'Budgettjek',
  template: 'Skabelon',
  loadTemplate: 'Indlæs skabelon…',
  templateLoaded: (name) => `Skabelonen "${name}" er indlæst og gemt i projektmappen.`,
  templateFileError: (detail) => `Skabelonfilen kunne ikke bruges. ${detail}`,
  templateNotJson: 'Filen er ikke gyldig JSON.',
  customTemplateSuffix: ' (indlæst)',
  scope: 'Omfang',
  scopes: { sheet: 'Aktivt ark', workbook: 'Hele projektmappen', selection: 'Markering' },
  check: 'Tjek',
  checking: 'Tjekker…',
  phases: { read: 'Læser celler', analyse: 'Tjekker tabeller', mark: 'Markerer celler', clear: 'Fjerner markeringer', report: 'Skriver rapport', convert: 'Omregner', fix: 'Retter celler', undo: 'Fortryder rettelser' },
  summaryTitle: 'Resultat',
  severityCount: (s, n) => `${n} ${severityDa[s][n === 1 ? 0 : 1]}`,
  severityWord: { error: 'Fejl', warning: 'Advarsel', info: 'Oplysning' },
  tablesChecked: (n) => (n === 1 ? '1 tabel tjekket' : `${n} tabeller tjekket`),
  noFindings: 'Ingen fund: tabellerne stemmer med skabelonen.',
  findingsTitle: 'Fund pr. tabel',
  otherFindings: 'Øvrige fund',
  findingButtonLabel: (sheet, cell, message) => `Gå til ${sheet}!${cell}: ${message}`,
  markCells: 'Markér celler',
  clearMarks: 'Fjern markeringer',
  marked: (n) => (n === 1 ? '1 celle er markeret.' : `${n} celler er markeret.`),
  cleared: (n) => (n === 1 ? 'Markeringen af 1 celle er fjernet.' : `Markeringerne af ${n} celler er fjernet.`),
  writeReport: 'Skriv rapport',
  reportWritten: (sheet) => `Rapporten er skrevet på arket "${sheet}".`,
  priceLevelTitle: 'Prisniveau (p/l)',
  fromYear: 'Fra p/l',
  toYear: 'Til p/l',
  factorsTitle: 'Faktorer i brug',
  styringsomraade: 'Styringsområde',
  step: (from, to) => `${from}→${to}`,
  factor: 'Faktor',
  missingIndex: 'mangler indeks',
  percentInvalid: 'Skriv en procent som 2,8',
  overridesSaved: 'Indeksene er gemt i projektmappen.',
  resetOverrides: 'Brug skabelonens indeks',
  tableToConvert: 'Tabel',
  noTablesYet: 'Tryk Tjek for at finde tabellerne.',
  convert: 'Konvertér tabel til nyt ark',
  converted: (sheet) => `Tabellen er omregnet på det nye ark "${sheet}".`,
  conversionFailed: (detail) => `Tabellen kan ikke omregnes: ${detail}`,
  conversionReason: (reason, p) => {
    switch (reason) {
      case 'no-price-level':
        return 'tabellen angiver intet prisniveau. Vælg "Fra p/l" for tabeller uden prisniveau.';
      case 'missing-index':
        return `der mangler indeks for ${(p.missing ?? []).join(', ')}. Skriv procenten under "Faktorer i brug".`;
      case 'missing-styringsomraade':
        return `rækkerne i ${(p.cells ?? []).join(', ')} har intet kendt styringsområde.`;
      case 'unconvertible-cells':
        return `cellerne ${(p.cells ?? []).join(', ')} indeholder ikke beløb.`;
    }
  },
  noLabelWritten: 'Tabellen har ingen p/l-tekst; skriv prisniveauet på det nye ark.',
  error: (detail) => `Det gik galt: ${detail}`,
  ribbonOutcome: (sheet, e, w, i) =>
    `Tjek totaler på "${sheet}": ${da.severityCount('error', e)}, ${da.severityCount('warning', w)}, ${da.severityCount('info', i)}.`,
  dismiss: 'Luk',
  noLabel: 'uden titel',
  noticeText: (m) => noticeText(da, m, 'da'),
  noTablesTitle: 'Ingen tabel fundet',
  noTablesWhy: [
    'Budgettjek leder efter blokke af beløb med tekst ud for dem (mindst to rækker med tal). Det kan være derfor:',
    'arket har kun enkelte tal eller kun tekst,',
    'tabellen er et billede eller en indsat figur, ikke celler,',
    'arket er beskyttet eller tabellen ligger på et andet ark (vælg "Hele projektmappen").',
  ],
  allClearAfterFixes: (n) => `Rettet: ${n === 1 ? '1 celle' : `${n} celler`}. Tabellerne stemmer nu med skabelonen.`,
  allClear: 'Tabellerne stemmer med skabelonen.',
  findingCode: (code) => `Kode: ${code}`,
  findingsLoading: 'Henter fund…',
  checkFirst: 'Tryk Tjek for at se fund og rettelser.',
  undoTitle: 'Fortryd rettelser',
  sheetHeading: (sheet) => `Ark: ${sheet}`,
  fixAllLabel: (n, kind) => `Ret alle ${n}: ${kind}`,
};

export const en: Strings = {
  appTitle: 'Budgettjek',
  template: 'Template',
  loadTemplate: 'Load template…',
  templateLoaded: (name) => `The template "${name}" is loaded and saved with the workbook.`,
  templateFileError: (detail) => `The template file could not be used. ${detail}`,
  templateNotJson: 'The file is not valid JSON.',
  customTemplateSuffix: ' (loaded)',
  scope: 'Scope',
  scopes: { sheet: 'Active sheet', workbook: 'Whole workbook', selection: 'Selection' },
  check: 'Check',
  checking: 'Checking…',
  phases: { read: 'Reading cells', analyse: 'Checking tables', mark: 'Marking cells', clear: 'Removing marks', report: 'Writing report', convert: 'Converting', fix: 'Fixing cells', undo: 'Undoing fixes' },
  summaryTitle: 'Result',
  severityCount: (s, n) => `${n} ${severityEn[s][n === 1 ? 0 : 1]}`,
  severityWord: { error: 'Error', warning: 'Warning', info: 'Info' },
  tablesChecked: (n) => (n === 1 ? '1 table checked' : `${n} tables checked`),
  noFindings: 'No findings: the tables match the template.',
  findingsTitle: 'Findings by table',
  otherFindings: 'Other findings',
  findingButtonLabel: (sheet, cell, message) => `Go to ${sheet}!${cell}: ${message}`,
  markCells: 'Mark cells',
  clearMarks: 'Remove marks',
  marked: (n) => (n === 1 ? '1 cell marked.' : `${n} cells marked.`),
  cleared: (n) => (n === 1 ? 'Removed the mark from 1 cell.' : `Removed the marks from ${n} cells.`),
  writeReport: 'Write report',
  reportWritten: (sheet) => `The report is on the sheet "${sheet}".`,
  priceLevelTitle: 'Price level (p/l)',
  fromYear: 'From p/l',
  toYear: 'To p/l',
  factorsTitle: 'Factors in use',
  styringsomraade: 'Budget control area',
  step: (from, to) => `${from}→${to}`,
  factor: 'Factor',
  missingIndex: 'index missing',
  percentInvalid: 'Enter a percentage such as 2.8',
  overridesSaved: 'The indices are saved with the workbook.',
  resetOverrides: "Use the template's indices",
  tableToConvert: 'Table',
  noTablesYet: 'Press Check to find the tables.',
  convert: 'Convert table to new sheet',
  converted: (sheet) => `The table is converted on the new sheet "${sheet}".`,
  conversionFailed: (detail) => `The table cannot be converted: ${detail}`,
  conversionReason: (reason, p) => {
    switch (reason) {
      case 'no-price-level':
        return 'the table states no price level. Choose "From p/l" for tables without one.';
      case 'missing-index':
        return `no index for ${(p.missing ?? []).join(', ')}. Enter the percentage under "Factors in use".`;
      case 'missing-styringsomraade':
        return `the rows at ${(p.cells ?? []).join(', ')} name no known budget control area.`;
      case 'unconvertible-cells':
        return `the cells ${(p.cells ?? []).join(', ')} hold no amount.`;
    }
  },
  noLabelWritten: 'The table has no p/l label; write the price level on the new sheet.',
  error: (detail) => `Something went wrong: ${detail}`,
  ribbonOutcome: (sheet, e, w, i) =>
    `Check totals on "${sheet}": ${en.severityCount('error', e)}, ${en.severityCount('warning', w)}, ${en.severityCount('info', i)}.`,
  dismiss: 'Dismiss',
  noLabel: 'untitled',
  noticeText: (m) => noticeText(en, m, 'en'),
  noTablesTitle: 'No table found',
  noTablesWhy: [
    'Budgettjek looks for blocks of amounts with text beside them (at least two rows of figures). This may be why:',
    'the sheet holds only a few single figures or only text,',
    'the table is a picture or an inserted object, not cells,',
    'the sheet is protected, or the table is on another sheet (choose "Whole workbook").',
  ],
  allClearAfterFixes: (n) => `Fixed: ${n === 1 ? '1 cell' : `${n} cells`}. The tables now match the template.`,
  allClear: 'The tables match the template.',
  findingCode: (code) => `Code: ${code}`,
  findingsLoading: 'Loading findings…',
  checkFirst: 'Press Check to see findings and fixes.',
  undoTitle: 'Undo fixes',
  sheetHeading: (sheet) => `Sheet: ${sheet}`,
  fixAllLabel: (n, kind) => `Fix all ${n}: ${kind}`,
};

const fixWords = {
  da: {
    applied: (n: number) => `${n} ${n === 1 ? 'celle rettet' : 'celler rettet'}. Tjekket er kørt igen.`,
    undone: (n: number) => `${n} ${n === 1 ? 'celle' : 'celler'} sat tilbage til, hvad de var.`,
    changedSince: (cells: string[]) => ` Ikke rørt, fordi de er ændret siden: ${cells.join(', ')}.`,
    nothingToUndo: 'Der er ingen rettelser at fortryde.',
  },
  en: {
    applied: (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'} fixed. The check has run again.`,
    undone: (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'} set back to what ${n === 1 ? 'it was' : 'they were'}.`,
    changedSince: (cells: string[]) => ` Not touched, as they changed since: ${cells.join(', ')}.`,
    nothingToUndo: 'There are no fixes to undo.',
  },
};

/** A session notice in words. */
function noticeText(s: Strings, m: NoticeMessage, lang: Lang): string {
  const f = fixWords[lang];
  switch (m.kind) {
    case 'error':
      return s.error(m.detail);
    case 'marked':
      return s.marked(m.cells);
    case 'cleared':
      return s.cleared(m.cells);
    case 'report':
      return s.reportWritten(m.sheet);
    case 'fixed':
      return f.applied(m.cells) + (m.changedSince.length ? f.changedSince(m.changedSince) : '');
    case 'undone':
      return f.undone(m.cells) + (m.changedSince.length ? f.changedSince(m.changedSince) : '');
    case 'nothingToUndo':
      return f.nothingToUndo;
    case 'converted':
      return m.labelWritten ? s.converted(m.sheet) : `${s.converted(m.sheet)} ${s.noLabelWritten}`;
    case 'conversionFailed':
      return s.conversionFailed(s.conversionReason(m.reason, { from: m.from, to: m.to, missing: m.missing, cells: m.cells }));
    case 'templateLoaded':
      return s.templateLoaded(m.name);
    case 'templateFileError':
      return s.templateFileError(m.detail);
    case 'templateNotJson':
      return s.templateFileError(`${m.file}: ${s.templateNotJson}`);
    case 'overridesSaved':
      return s.overridesSaved;
    case 'saved':
      return m.text;
  }
}

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : da;
}
