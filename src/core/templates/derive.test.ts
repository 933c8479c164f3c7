import * as path from 'node:path';
import { analyseWorkbook } from '../analyse';
import type { RuleCode, WorkbookGrid } from '../model';
import { convertTable } from '../priceLevel/convert';
import { publishedAppendix } from '../testing/appendix';
import { sheetFromRows, workbookOf } from '../testing/sheetFromRows';
import { readXlsxFile } from '../../readers/xlsx/readXlsx';
import { readTableLabel } from '../detect/label';
import { rewritePriceLevelLabel } from '../priceLevel/label';
import { deriveTemplate, DeriveError } from './derive';
import { parseTemplate, templateToJson, type Template } from './template';
import { builtinTemplate } from './builtin';

/** Findings that say the workbook does not follow the template (as against sums, cells and reconciliation). */
const TEMPLATE_CODES: ReadonlySet<RuleCode> = new Set(['PRICE_LEVEL_MISMATCH', 'UNIT_MISMATCH', 'YEARS_MISMATCH', 'STYRINGSOMRAADE_UNKNOWN', 'STYRINGSOMRAADE_MISSING']);
const templateFindings = (wb: WorkbookGrid, t: Template) =>
  analyseWorkbook(wb, t)
    .findings.filter((f) => TEMPLATE_CODES.has(f.rule))
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const u = undefined;
/** A clean proposal workbook for a new round: 2028 p/l, years 2027–2030, Service and Bruttoanlæg, overview in 2027 p/l. */
function newRound(): WorkbookGrid {
  return workbookOf(
    sheetFromRows('Oversigt', [
      ['Oversigt over investeringsforslag'],
      ['1.000 kr. 2027 p/l', 'Udvalg', 'Forslag', 'Service', 'Anlæg'],
      ['AB01', 'KFU', 'Ny skole', 97, 1946],
      ['I alt', u, u, 97, 1946],
    ]),
    sheetFromRows('AB01', [
      ['AB01 Ny skole'],
      ['t.kr. 2028-p/l', 'Styringsområde', 2027, 2028, 2029, 2030],
      ['Anlæg'],
      ['Byggeri', 'Bruttoanlæg', 1000, 2000, u, u],
      ['Samlet anlæg', 'Anlæg', 1000, 2000, u, u],
      ['Drift'],
      ['Rengøring', 'Service', u, 100, 100, 100],
      ['Samlet drift', 'Service', u, 100, 100, 100],
    ]),
  );
}

/** A table from a state aktstykke: mio. kr. in 2025-pl, no styringsområde column. */
function aktstykke(): WorkbookGrid {
  return workbookOf(
    sheetFromRows('Aktstykke', [
      ['Tabel 1. Udgifter til projektet'],
      ['Mio. kr., 2025-pl', 2025, 2026, 2027],
      ['Anskaffelse', 12.4, 30.1, 5],
      ['Drift', 1.5, 2, 2],
      ['I alt', 13.9, 32.1, 7],
    ]),
  );
}

describe('deriveTemplate', () => {
  test('from the published appendix: unit, p/l per kind, years, Service; the known errors of BC39 are named, not learnt', async () => {
    const wb = await readXlsxFile(path.resolve('examples/ofs-2025-2026-bilag.xlsx'));
    const d = deriveTemplate(wb, { sourceName: 'examples/ofs-2025-2026-bilag.xlsx', date: '2026-12-01' });
    expect(d.template).toMatchObject({
      id: 'ofs-2025-2026-bilag',
      unit: 't.kr.',
      priceLevel: { proposal: 2027, overview: 2026 },
      years: [2026, 2027, 2028, 2029, 2030, 2031],
      styringsomraadeRequired: true,
      priceIndices: [],
      description: 'Afledt af ofs-2025-2026-bilag.xlsx den 2026-12-01.',
    });
    expect(d.template.styringsomraader.map((s) => s.name)).toEqual(['Service']);
    expect(d.notInferred.map((l) => l.da)).toEqual(
      expect.arrayContaining(['BC39!A4:F10 angiver intet prisniveau', 'årene er andre i BC39!A4:F10; de får YEARS_MISMATCH', expect.stringMatching(/^prisindeks kan ikke læses af en model.*KL's "Pris- og lønskøn/)]),
    );
    // Round trip: the only template finding on the model is its known error (BC39's years).
    expect(templateFindings(wb, d.template)).toEqual(['YEARS_MISMATCH BC39!A4']);
    // The same from the grids of the appendix (the core's own copy of it).
    expect(templateFindings(publishedAppendix(), deriveTemplate(publishedAppendix(), { sourceName: 'bilag' }).template)).toEqual(['YEARS_MISMATCH BC39!A4']);
  });

  test('a clean model of a new round: no template findings with the derived template (and several with last round\'s)', () => {
    const wb = newRound();
    const d = deriveTemplate(wb, { sourceName: 'Budget 2028 model.xlsx', id: 'kk-budget-2028' });
    expect(d.template).toMatchObject({ id: 'kk-budget-2028', unit: 't.kr.', priceLevel: { proposal: 2028, overview: 2027 }, years: [2027, 2028, 2029, 2030] });
    expect(d.template.styringsomraader.map((s) => s.name)).toEqual(['Service', 'Anlæg']);
    expect(d.template.styringsomraader[1].aliases).toContain('Bruttoanlæg');
    expect(templateFindings(wb, d.template)).toEqual([]);
    expect(templateFindings(wb, builtinTemplate('kk-ofs-2025-2026')!).length).toBeGreaterThan(0);
    // The file form validates and reads back the same.
    expect(parseTemplate(JSON.parse(JSON.stringify(templateToJson(d.template))), 'x')).toEqual(d.template);
  });

  test('a state aktstykke: mio. kr., "2025-pl", no styringsområde column → styringsomraadeRequired false; converts with the stat-aktstykke index', () => {
    const wb = aktstykke();
    const d = deriveTemplate(wb, { sourceName: 'aktstykke.xlsx' });
    expect(d.template).toMatchObject({ unit: 'mio. kr.', priceLevel: { proposal: 2025 }, styringsomraadeRequired: false, years: [2025, 2026, 2027] });
    expect(d.template.styringsomraader).toEqual([{ name: 'Generelt', aliases: [] }]);
    expect(analyseWorkbook(wb, d.template).findings.filter((f) => f.severity !== 'info')).toEqual([]);

    const stat = builtinTemplate('stat-aktstykke')!;
    const r = analyseWorkbook(wb, stat);
    expect(r.findings.filter((f) => f.rule.startsWith('STYRINGSOMRAADE') || f.severity === 'error')).toEqual([]);
    const conv = convertTable(r.tables[0], stat, { to: 2023, rounding: 'half-up' });
    expect(conv.ok).toBe(true);
    if (conv.ok) {
      expect(conv.factors.map((f) => [f.styringsomraade, f.product.toString()])).toEqual([['Generelt', '1.06912']]);
      expect(conv.label?.text).toBe('Mio. kr., 2023-pl');
    }
    // The KK template still requires a styringsområde.
    expect(analyseWorkbook(wb, builtinTemplate('kk-ofs-2025-2026')!).findings.some((f) => f.rule === 'STYRINGSOMRAADE_MISSING')).toBe(true);
  });

  test('the label reader understands the state\'s "2025-pl" and "mio. kr." and rewrites them', () => {
    for (const text of ['Mio. kr., 2025-pl', 'Mio. kr. (2025-pl)', 'mio. kr. 2025-PL']) {
      expect([text, readTableLabel(text)]).toEqual([text, expect.objectContaining({ unit: 'mio. kr.', priceLevel: 2025 })]);
    }
    expect(rewritePriceLevelLabel('Mio. kr. (2025-pl)', 2023, 2025)).toBe('Mio. kr. (2023-pl)');
  });

  test('a styringsområde Budgettjek does not know is kept as written and named for the user to check', () => {
    const wb = workbookOf(
      sheetFromRows('X', [
        ['1.000 kr. 2027 p/l', 'Styringsområde', 2026, 2027],
        ['Kurser', 'Kulturdrift', 10, 10],
        ['I alt', u, 10, 10],
      ]),
    );
    const d = deriveTemplate(wb, { sourceName: 'x.xlsx' });
    expect(d.template.styringsomraader).toEqual([{ name: 'Kulturdrift', aliases: [] }]);
    expect(d.notInferred.map((l) => l.da)).toContain('"Kulturdrift" (X!B2) er ikke et kendt styringsområde og er taget med som skrevet; slet det, hvis det er en stavefejl');
    expect(d.notInferred.map((l) => l.da)).toContain('ingen oversigtstabeller i modellen; deres p/l er valgfrit (sæt priceLevel.overview, hvis det ligger fast)');
    expect(templateFindings(wb, d.template)).toEqual([]);
  });

  test('--sheet takes one sheet; an unknown sheet or a workbook with no tables is refused with a reason', () => {
    const d = deriveTemplate(newRound(), { sourceName: 'm.xlsx', sheet: 'AB01' });
    expect(d.template.priceLevel).toEqual({ proposal: 2028, overview: null });
    expect(d.template.description).toContain('(arket AB01)');
    expect(() => deriveTemplate(newRound(), { sourceName: 'm.xlsx', sheet: 'Nope' })).toThrow(new DeriveError({ da: 'm.xlsx: intet ark hedder "Nope" (arkene er "Oversigt", "AB01")', en: '' }).message);
    const empty = workbookOf(sheetFromRows('Tom', [['Bare tekst']]));
    expect(() => deriveTemplate(empty, { sourceName: 'tom.xlsx' })).toThrow('tom.xlsx: ingen tabel med beløb at aflede en skabelon af');
  });
});
