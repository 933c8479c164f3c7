/**
 * A template derived from a model workbook the office holds to be right (`budgettjek templates new
 * --from MODEL.xlsx`, "Gem som skabelon" in the pane): the unit, the price level per kind of table,
 * the year columns, the styringsområder seen (with the aliases Budgettjek knows for them), and what
 * could not be told from the model. Checking the model with the derived template gives no template
 * findings; price indices cannot be read from a model and are left for the user to add with their
 * source. Pure: the caller reads the workbook.
 */
import { analyseWorkbook } from '../analyse';
import type { LocalizedText, TableBlock, UnitKey, WorkbookGrid } from '../model';
import { builtinTemplate } from './builtin';
import { parseTemplate, templateToJson, type Styringsomraade, type Template } from './template';

export interface DerivedTemplate {
  template: Template;
  /** What was read from the model, one line each. */
  inferred: LocalizedText[];
  /** What the model did not tell (and what the template does instead), one line each. */
  notInferred: LocalizedText[];
}

export interface DeriveOptions {
  /** File or workbook name, for the template's name and description. */
  sourceName: string;
  id?: string;
  name?: string;
  /** Only the tables of this sheet. */
  sheet?: string;
  /** ISO date of the derivation, for the description (default: today). */
  date?: string;
}

export class DeriveError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.da);
    this.name = 'DeriveError';
  }
  messageFor(lang: 'da' | 'en'): string {
    return this.text[lang];
  }
}

/** Every styringsområde and alias Budgettjek knows (the built-in templates together): what detection reads with. */
export function derivationBase(): Template {
  const generic = builtinTemplate('generic')!;
  const areas = new Map<string, Styringsomraade>();
  for (const t of [builtinTemplate('kk-ofs-2025-2026')!, generic]) {
    for (const s of t.styringsomraader) {
      const a = areas.get(s.name) ?? { name: s.name, aliases: [] };
      for (const alias of s.aliases) if (!a.aliases.includes(alias)) a.aliases.push(alias);
      areas.set(s.name, a);
    }
  }
  return { ...generic, id: 'derivation-base', styringsomraader: [...areas.values()], priceIndices: [] };
}

const unitShown: Record<UnitKey, string> = { 'kr.': 'kr.', 't.kr.': '1.000 kr.', 'mio. kr.': 'mio. kr.', 'mia. kr.': 'mia. kr.' };
const kindText: Record<'proposal' | 'overview', LocalizedText> = { proposal: { da: 'forslagstabeller', en: 'proposal tables' }, overview: { da: 'oversigtstabeller', en: 'overview tables' } };

function where(t: TableBlock): string {
  return `${t.sheet}!${t.rangeA1}`;
}

/** The most frequent value (first seen wins a tie), with the tables that have another. */
function commonest<V>(items: { value: V; table: TableBlock }[], key: (v: V) => string, better?: (a: V, b: V) => boolean): { value: V; others: TableBlock[] } | null {
  if (!items.length) return null;
  const counts = new Map<string, { value: V; n: number; order: number }>();
  items.forEach(({ value }, order) => {
    const k = key(value);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value, n: 1, order });
  });
  let best: { value: V; n: number; order: number } | null = null;
  for (const c of counts.values()) {
    if (!best || c.n > best.n || (c.n === best.n && better && better(c.value, best.value))) best = c;
  }
  const k = key(best!.value);
  return { value: best!.value, others: items.filter((i) => key(i.value) !== k).map((i) => i.table) };
}

function slug(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.(xlsx|xlsm|json)$/i, '')
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return base || 'min-skabelon';
}

const years = (ys: number[]) => (ys.length ? `${ys[0]}–${ys[ys.length - 1]}` : '');

/** What a derivation tells the user: what it read from the model, and what the model did not tell. */
interface DerivationNotes {
  inferred: LocalizedText[];
  notInferred: LocalizedText[];
}

const differ = (others: TableBlock[]) => others.map(where).join(', ');

/** The tables (of the chosen sheet) that hold amounts; none is an error. */
function tablesWithAmounts(all: readonly TableBlock[], opts: DeriveOptions): TableBlock[] {
  const tables = all.filter((t) => (!opts.sheet || t.sheet === opts.sheet) && t.rows.some((r) => r.amounts.some((a) => a.status !== 'empty')));
  if (!tables.length) {
    throw new DeriveError(
      opts.sheet
        ? { da: `${opts.sourceName}: arket "${opts.sheet}" har ingen tabel med beløb at aflede en skabelon af`, en: `${opts.sourceName}: the sheet "${opts.sheet}" has no table with amounts to derive a template from` }
        : { da: `${opts.sourceName}: ingen tabel med beløb at aflede en skabelon af`, en: `${opts.sourceName}: no table with amounts to derive a template from` },
    );
  }
  return tables;
}

/** The unit most tables state. */
function deriveUnit(tables: TableBlock[], base: Template, notes: DerivationNotes): UnitKey | undefined {
  const { inferred, notInferred } = notes;
  const unit = commonest(
    tables.filter((t) => t.unit).map((t) => ({ value: t.unit as UnitKey, table: t })),
    (u) => u,
  );
  if (unit) {
    inferred.push({ da: `enhed: ${unitShown[unit.value]}`, en: `unit: ${unitShown[unit.value]}` });
    if (unit.others.length) notInferred.push({ da: `enheden er en anden i ${differ(unit.others)}; de får UNIT_MISMATCH`, en: `the unit differs in ${differ(unit.others)}; they get UNIT_MISMATCH` });
  } else {
    const fallback = base.unit ? unitShown[base.unit] : null;
    notInferred.push(
      fallback
        ? { da: `ingen tabel angiver en enhed; skabelonen bruger ${fallback}`, en: `no table states a unit; the template uses ${fallback}` }
        : { da: 'ingen tabel angiver en enhed; skabelonen kræver kun, at tabellerne er enige', en: 'no table states a unit; the template only requires the tables to agree' },
    );
  }
  return unit?.value;
}

/** The price level most tables of each kind state. */
function derivePriceLevels(tables: TableBlock[], notes: DerivationNotes): Record<'proposal' | 'overview', number | null> {
  const { inferred, notInferred } = notes;
  const priceLevel: Record<'proposal' | 'overview', number | null> = { proposal: null, overview: null };
  for (const kind of ['proposal', 'overview'] as const) {
    const ofKind = tables.filter((t) => t.kind === kind);
    if (!ofKind.length) {
      notInferred.push({ da: `ingen ${kindText[kind].da} i modellen; deres p/l er valgfrit (sæt priceLevel.${kind}, hvis det ligger fast)`, en: `no ${kindText[kind].en} in the model; their p/l is any (set priceLevel.${kind} if it is fixed)` });
      continue;
    }
    const pl = commonest(
      ofKind.filter((t) => t.priceLevel !== null).map((t) => ({ value: t.priceLevel as number, table: t })),
      String,
    );
    if (pl) {
      priceLevel[kind] = pl.value;
      inferred.push({ da: `${kindText[kind].da}: ${pl.value} p/l`, en: `${kindText[kind].en}: ${pl.value} p/l` });
      if (pl.others.length) notInferred.push({ da: `prisniveauet er et andet i ${differ(pl.others)}; de får PRICE_LEVEL_MISMATCH`, en: `the price level differs in ${differ(pl.others)}; they get PRICE_LEVEL_MISMATCH` });
    } else {
      notInferred.push({ da: `ingen ${kindText[kind].da} angiver et prisniveau; ethvert p/l accepteres, når det er ens i projektmappen`, en: `no ${kindText[kind].en} state a price level; any p/l is accepted when the workbook agrees` });
    }
    const none = ofKind.filter((t) => t.priceLevel === null && pl);
    if (none.length) notInferred.push({ da: `${differ(none)} angiver intet prisniveau`, en: `${differ(none)} state${none.length === 1 ? 's' : ''} no price level` });
  }
  return priceLevel;
}

/** The year columns most proposal tables have, when they ascend. */
function deriveYears(tables: TableBlock[], notes: DerivationNotes): number[] | null {
  const { inferred, notInferred } = notes;
  const seq = commonest(
    tables.filter((t) => t.kind === 'proposal' && t.years.length).map((t) => ({ value: t.years, table: t })),
    (ys) => ys.join(','),
    (a, b) => a.length > b.length,
  );
  let yearList: number[] | null = null;
  const ascending = (ys: number[]) => ys.every((y, i) => i === 0 || y > ys[i - 1]);
  if (seq && ascending(seq.value)) {
    yearList = [...seq.value];
    inferred.push({ da: `år: ${years(yearList)}`, en: `years: ${years(yearList)}` });
    if (seq.others.length) notInferred.push({ da: `årene er andre i ${differ(seq.others)}; de får YEARS_MISMATCH`, en: `the years differ in ${differ(seq.others)}; they get YEARS_MISMATCH` });
  } else {
    notInferred.push({ da: 'ingen forslagstabel har årskolonner i stigende orden; alle år accepteres', en: 'no proposal table has ascending year columns; any years are accepted' });
  }
  return yearList;
}

/**
 * The styringsområder seen, with their known aliases; a name Budgettjek does not know is kept as
 * written. A styringsområde is required unless a proposal table has no styringsområde column.
 */
function deriveStyringsomraader(tables: TableBlock[], base: Template, notes: DerivationNotes): { styringsomraader: Styringsomraade[]; required: boolean } {
  const { inferred, notInferred } = notes;
  const seen = new Map<string, Styringsomraade>();
  const unknownSeen: string[] = [];
  const see = (canonical: string | null | undefined, text: string, address: string) => {
    const t = text.trim();
    if (!t) return;
    if (canonical) {
      if (!seen.has(canonical)) seen.set(canonical, { ...base.styringsomraader.find((s) => s.name === canonical)! });
      return;
    }
    if (![...seen.values()].some((s) => s.name.toLocaleLowerCase('da') === t.toLocaleLowerCase('da'))) {
      seen.set(t, { name: t, aliases: [] });
      unknownSeen.push(`"${t}" (${address})`);
    }
  };
  let withoutColumn = 0;
  for (const t of tables) {
    if (t.kind === 'overview') for (const c of t.columns) if (c.styringsomraade !== undefined) see(c.styringsomraade, c.header, `${t.sheet}!${c.address}`);
    if (t.kind === 'proposal') {
      if (t.styringsomraadeCol === null) withoutColumn++;
      for (const r of t.rows) if (r.styringsomraade) see(r.styringsomraade.canonical, r.styringsomraade.text, `${t.sheet}!${r.styringsomraade.address}`);
    }
  }
  const required = withoutColumn === 0;
  let styringsomraader = [...seen.values()].map((s) => ({ name: s.name, aliases: [...s.aliases] }));
  if (!styringsomraader.length) {
    styringsomraader = [{ name: 'Generelt', aliases: [] }];
    notInferred.push({
      da: 'ingen styringsområder i tabellerne; skabelonen har ét, "Generelt", hvis indeks bruges til alle rækker',
      en: 'no styringsområder in the tables; the template has one, "Generelt", whose index is used for every row',
    });
  } else {
    const names = styringsomraader.map((s) => s.name).join(', ');
    inferred.push({ da: `styringsområder: ${names} (med de kendte alternative skrivemåder)`, en: `styringsområder: ${names} (with their known other spellings)` });
  }
  if (unknownSeen.length) {
    notInferred.push({
      da: `${unknownSeen.join(', ')} er ikke et kendt styringsområde og er taget med som skrevet; slet det, hvis det er en stavefejl`,
      en: `${unknownSeen.join(', ')} is no known styringsområde and is kept as written; delete it if it is a typo`,
    });
  }
  if (!required) {
    inferred.push({
      da: `styringsområde kræves ikke (styringsomraadeRequired: false): ${withoutColumn} ${withoutColumn === 1 ? 'forslagstabel har' : 'forslagstabeller har'} ingen styringsområdekolonne`,
      en: `no styringsområde required (styringsomraadeRequired: false): ${withoutColumn} proposal table${withoutColumn === 1 ? ' has' : 's have'} no styringsområde column`,
    });
  }
  return { styringsomraader, required };
}

/** The total rows seen: the template keeps the labels Budgettjek knows. */
function noteTotalRows(tables: TableBlock[], notes: DerivationNotes): void {
  const totalRows = tables.flatMap((t) => t.rows.filter((r) => r.kind === 'total' || r.kind === 'netTotal').map((r) => r.label.trim()));
  const distinctTotals = [...new Set(totalRows)].slice(0, 5);
  if (distinctTotals.length) {
    notes.inferred.push({ da: `totalrækker genkendt: ${distinctTotals.map((l) => `"${l}"`).join(', ')}`, en: `total rows recognised: ${distinctTotals.map((l) => `"${l}"`).join(', ')}` });
  } else {
    notes.notInferred.push({ da: 'ingen totalrækker i tabellerne; skabelonen bruger de almindelige ("i alt", "samlede" …)', en: 'no total rows in the tables; the template uses the usual ones ("i alt", "samlede" …)' });
  }
}

/** Derives a template from detected tables (the pane passes the tables of the checked workbook or selection). */
export function deriveTemplateFromTables(all: readonly TableBlock[], opts: DeriveOptions): DerivedTemplate {
  const base = derivationBase();
  const tables = tablesWithAmounts(all, opts);
  const notes: DerivationNotes = { inferred: [], notInferred: [] };
  const unit = deriveUnit(tables, base, notes);
  const priceLevel = derivePriceLevels(tables, notes);
  const yearList = deriveYears(tables, notes);
  const { styringsomraader, required } = deriveStyringsomraader(tables, base, notes);
  noteTotalRows(tables, notes);
  notes.notInferred.push({
    da: 'prisindeks kan ikke læses af en model: tilføj hvert års stigning med kilde og dato under priceIndices (fx fra KL\'s "Pris- og lønskøn til brug for budgetlægningen", udsendt hver juni/august), eller giv det ved kørslen med --index "Service:2026-2027=PROCENT"',
    en: 'price indices cannot be read from a model: add each year\'s rise with its source and date under priceIndices (e.g. from KL\'s "Pris- og lønskøn til brug for budgetlægningen", published each June/August), or give it for a run with --index "Service:2026-2027=PERCENT"',
  });

  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const file = opts.sourceName.replace(/^.*[\\/]/, '');
  const json = {
    ...templateToJson(base),
    id: opts.id ?? slug(opts.sourceName),
    name: opts.name ?? `Skabelon fra ${file}`,
    description: `Afledt af ${file}${opts.sheet ? ` (arket ${opts.sheet})` : ''} den ${date}.`,
    unit: unit ?? base.unit,
    priceLevel,
    years: yearList,
    styringsomraadeRequired: required,
    styringsomraader,
    priceIndices: [],
  };
  return { template: parseTemplate(json, json.id), ...notes };
}

/** Derives a template from a whole workbook (or one sheet of it), detecting its tables with every styringsområde Budgettjek knows. */
export function deriveTemplate(workbook: WorkbookGrid, opts: DeriveOptions): DerivedTemplate {
  if (opts.sheet && !workbook.sheets.some((s) => s.name === opts.sheet)) {
    const names = workbook.sheets.map((s) => `"${s.name}"`).join(', ');
    throw new DeriveError({ da: `${opts.sourceName}: intet ark hedder "${opts.sheet}" (arkene er ${names})`, en: `${opts.sourceName}: no sheet is called "${opts.sheet}" (the sheets are ${names})` });
  }
  const wb = opts.sheet ? { ...workbook, sheets: workbook.sheets.filter((s) => s.name === opts.sheet), partial: true } : workbook;
  return deriveTemplateFromTables(analyseWorkbook(wb, derivationBase()).tables, opts);
}
