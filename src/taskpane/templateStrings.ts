/** The words of the template editor and "Gem som skabelon", in Danish and English. */
import { ruleShortNames, type Lang, type LocalizedText, type TemplateProblem } from '../core';

const da = {
  title: 'Skabelon',
  saveAsTemplate: 'Gem som skabelon',
  saveAsTemplateHint: 'Aflæser enhed, prisniveau, år og styringsområder af det tjekkede område (arket, projektmappen eller markeringen) og gemmer dem som projektmappens skabelon.',
  needsCheck: 'Tjek først det område, skabelonen skal aflæses af.',
  derived: (name: string) => `Skabelonen "${name}" er aflæst og gemt med projektmappen. Tilføj prisindeks nedenfor.`,
  derivedKeptIndices: (name: string, from: string) => `Skabelonen "${name}" er aflæst og gemt med projektmappen. Prisindeksene er taget med fra "${from}"; ret dem nedenfor, hvis de ikke passer.`,
  removeIndex: (n: number) => `Fjern indekstrin ${n}`,
  removeArea: (name: string) => (name ? `Fjern ${name}` : 'Fjern styringsområdet'),
  inferred: 'Aflæst:',
  notInferred: 'Ikke aflæst:',
  edit: 'Redigér skabelon',
  close: 'Luk editoren',
  id: 'Id',
  name: 'Navn',
  description: 'Beskrivelse',
  unit: 'Enhed',
  anyUnit: 'valgfri (skal stemme overens)',
  proposalPl: 'P/l for forslag',
  overviewPl: 'P/l for oversigt',
  plHint: 'tomt = valgfrit, men ens i projektmappen',
  years: 'År',
  yearsHint: 'fx 2026-2031 eller 2026, 2027, 2028; tomt = valgfrie år',
  required: 'Hver beløbsrække skal angive et styringsområde',
  areas: 'Styringsområder',
  areaName: 'Navn',
  aliases: 'Andre skrivemåder (komma imellem)',
  addArea: 'Tilføj styringsområde',
  remove: 'Fjern',
  indices: 'Prisindeks',
  indicesHelp:
    'KL\'s pris- og lønskøn for de kommende år står i KL\'s "Pris- og lønskøn til brug for budgetlægningen", som udsendes hver juni/august. Skriv selv procenten, kilden og datoen her – Budgettjek gætter aldrig et tal.',
  styringsomraade: 'Styringsområde',
  fromYear: 'Fra år',
  percent: 'Stigning %',
  source: 'Kilde',
  sourcePlaceholder: 'fx KL, PL-skøn juni 2026',
  published: 'Udgivet',
  publishedPlaceholder: 'fx 2026-06-15',
  addIndex: 'Tilføj indekstrin',
  save: 'Gem i projektmappen',
  download: 'Hent som fil',
  saved: (name: string) => `Skabelonen "${name}" er gemt med projektmappen.`,
  downloaded: (file: string) => `${file} er hentet. Kolleger kan indlæse den med "Indlæs skabelon…".`,
  problems: (n: number) => (n === 1 ? '1 felt skal rettes, før skabelonen kan gemmes:' : `${n} felter skal rettes, før skabelonen kan gemmes:`),
  valid: 'Skabelonen er gyldig.',
  stepTo: (to: string) => `→ ${to}`,
};

export type TemplateStrings = typeof da;

const en: TemplateStrings = {
  title: 'Template',
  saveAsTemplate: 'Save as template',
  saveAsTemplateHint: 'Reads unit, price level, years and styringsområder from what was checked (the sheet, the workbook or the selection) and saves them as the workbook\'s template.',
  needsCheck: 'First check the range the template is to be read from.',
  derived: (name: string) => `The template "${name}" was read and saved with the workbook. Add price indices below.`,
  derivedKeptIndices: (name: string, from: string) => `The template "${name}" was read and saved with the workbook. The price indices were kept from "${from}"; change them below if they do not fit.`,
  removeIndex: (n: number) => `Remove index step ${n}`,
  removeArea: (name: string) => (name ? `Remove ${name}` : 'Remove the styringsområde'),
  inferred: 'Read:',
  notInferred: 'Not read:',
  edit: 'Edit template',
  close: 'Close the editor',
  id: 'Id',
  name: 'Name',
  description: 'Description',
  unit: 'Unit',
  anyUnit: 'any (must agree)',
  proposalPl: 'P/l of proposals',
  overviewPl: 'P/l of the overview',
  plHint: 'empty = any, but the same across the workbook',
  years: 'Years',
  yearsHint: 'e.g. 2026-2031 or 2026, 2027, 2028; empty = any years',
  required: 'Every amount row must name a styringsområde',
  areas: 'Styringsområder',
  areaName: 'Name',
  aliases: 'Other spellings (comma-separated)',
  addArea: 'Add styringsområde',
  remove: 'Remove',
  indices: 'Price indices',
  indicesHelp:
    'KL\'s price and wage forecast for the coming years is in KL\'s "Pris- og lønskøn til brug for budgetlægningen", published each June/August. Type the percentage, the source and the date here – Budgettjek never guesses a figure.',
  styringsomraade: 'Styringsområde',
  fromYear: 'From year',
  percent: 'Rise %',
  source: 'Source',
  sourcePlaceholder: 'e.g. KL, PL-skøn juni 2026',
  published: 'Published',
  publishedPlaceholder: 'e.g. 2026-06-15',
  addIndex: 'Add index step',
  save: 'Save in the workbook',
  download: 'Download as file',
  saved: (name: string) => `The template "${name}" is saved with the workbook.`,
  downloaded: (file: string) => `${file} was downloaded. Colleagues can load it with "Load template…".`,
  problems: (n: number) => (n === 1 ? '1 field must be fixed before the template can be saved:' : `${n} fields must be fixed before the template can be saved:`),
  valid: 'The template is valid.',
  stepTo: (to: string) => `→ ${to}`,
};

export function templateStringsFor(lang: Lang): TemplateStrings {
  return lang === 'en' ? en : da;
}

const fieldWords: Record<Lang, Record<string, string>> = {
  da: {
    '': 'Skabelonen',
    id: 'Id',
    name: 'Navn',
    description: 'Beskrivelse',
    unit: 'Enhed',
    priceLevel: 'Prisniveau',
    'priceLevel.proposal': 'P/l for forslag',
    'priceLevel.overview': 'P/l for oversigt',
    years: 'År',
    styringsomraadeRequired: 'Styringsområde påkrævet',
    styringsomraader: 'Styringsområder',
    name_: 'navn',
    aliases: 'andre skrivemåder',
    styringsomraade: 'styringsområde',
    from: 'fra år',
    to: 'til år',
    percent: 'stigning %',
    source: 'kilde',
    published: 'udgivet',
    totalLabels: 'Tekster for totalrækker',
    netTotalLabels: 'Tekster for nettototaler',
  },
  en: {
    '': 'The template',
    id: 'Id',
    name: 'Name',
    description: 'Description',
    unit: 'Unit',
    priceLevel: 'Price level',
    'priceLevel.proposal': 'P/l of proposals',
    'priceLevel.overview': 'P/l of the overview',
    years: 'Years',
    styringsomraadeRequired: 'Styringsområde required',
    styringsomraader: 'Styringsområder',
    name_: 'name',
    aliases: 'other spellings',
    styringsomraade: 'styringsområde',
    from: 'from year',
    to: 'to year',
    percent: 'rise %',
    source: 'source',
    published: 'published',
    totalLabels: 'Texts of total rows',
    netTotalLabels: 'Texts of net totals',
  },
};

/** A field's path ("priceIndices[0].percent") as the editor names it ("Prisindeks, trin 1: stigning %"). */
export function fieldLabel(path: string, lang: Lang): string {
  const w = fieldWords[lang];
  const step = /^priceIndices\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (step) {
    const head = lang === 'da' ? `Prisindeks, trin ${Number(step[1]) + 1}` : `Price index, step ${Number(step[1]) + 1}`;
    return step[2] ? `${head}: ${w[step[2]] ?? step[2]}` : head;
  }
  const area = /^styringsomraader\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (area) {
    const head = lang === 'da' ? `Styringsområde ${Number(area[1]) + 1}` : `Styringsområde ${Number(area[1]) + 1}`;
    return area[2] ? `${head}: ${w[area[2] === 'name' ? 'name_' : area[2]] ?? area[2]}` : head;
  }
  const year = /^years\[(\d+)\]/.exec(path);
  if (year) return `${w.years} (${Number(year[1]) + 1})`;
  const list = /^(totalLabels|netTotalLabels)\[(\d+)\]/.exec(path);
  if (list) return `${w[list[1]]} (${Number(list[2]) + 1})`;
  return w[path] ?? path;
}

/**
 * A template problem in words: without its field path ("priceIndices[0].percent: mangler") and
 * without a guide that shows JSON or command-line syntax; with the field's name in front when
 * `withField` (a list of problems), or alone (under the field itself).
 */
export function problemInWords(p: TemplateProblem, lang: Lang, withField: boolean): string {
  let text = p[lang];
  if (p.path && text.startsWith(`${p.path}: `)) text = text.slice(p.path.length + 2);
  const [what, guide = ''] = text.split(' — ');
  // The guide's advice up to an example written as JSON or a command (which the editor's fields do not need).
  const advice = guide.split(/, (?:fx|e\.g\.) (?=[{[`]|budgettjek )|, (?:eller|or) null\b/)[0];
  const plainGuide = advice && !/[{}[\]`]|budgettjek |\bnull\b|\b(from|to) \d|\b(proposal|overview|aliases)\b/.test(advice) ? advice : '';
  const said = plainGuide ? `${what} — ${plainGuide}` : what;
  return withField ? `${fieldLabel(p.path, lang)}: ${said}` : said;
}

/**
 * A derivation note without the command line's words: rule codes become the finding's short
 * name, and the advice to pass an index at the command line is left out (the pane's editor is
 * where the index goes).
 */
export function withoutCliWords(note: LocalizedText, lang: Lang): LocalizedText {
  const clean = (text: string, l: Lang) =>
    text
      .replace(/,? (eller giv det ved kørslen|or give it for a run) (med|with) --index .*$/, '')
      .replace(/under priceIndices/g, l === 'da' ? 'under Prisindeks nedenfor' : 'under Price indices below')
      .replace(/\b[A-Z]+(?:_[A-Z]+)+\b/g, (code) => (code in ruleShortNames ? `"${ruleShortNames[code as keyof typeof ruleShortNames][l]}"` : code));
  return { ...note, [lang]: clean(note[lang], lang) };
}
