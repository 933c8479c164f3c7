import Decimal from 'decimal.js';
import { readXlsxFile } from '../../readers/xlsx/readXlsx';
import { analyseWorkbook } from '../analyse';
import { renderMessage } from '../messages';
import type { Finding, TableBlock } from '../model';
import { appendixTables, buildTable } from '../testing/priceLevelTables';
import { type Template } from '../templates/template';
import { builtinTemplate } from '../templates/builtin';
import { checkCrossTables } from './crossTableMismatch';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
const at = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.sheet}!${f.cell}${f.variant ? ` ${f.variant}` : ''}`);

describe('CROSS_TABLE_* on hand-built tables', () => {
  test('the published appendix reconciles: 1.045 → 1.017, 2.045 → 1.989, 2.000 → 1.946', () => {
    expect(checkCrossTables(appendixTables(), kk)).toEqual([]);
  });

  test('a changed overview figure is a mismatch at its cell, with a Danish message naming both price levels', () => {
    const fs = checkCrossTables(appendixTables([1100, 1989, 1946]), kk);
    expect(at(fs)).toEqual(['CROSS_TABLE_MISMATCH Oversigt!B3']);
    expect(fs[0].severity).toBe('error');
    expect(fs[0].expected!.toString()).toBe('1017');
    expect(fs[0].actual!.toString()).toBe('1100');
    expect(fs[0].difference!.toString()).toBe('83');
    expect(renderMessage(fs[0], 'da')).toBe(
      'Oversigten angiver 1.100 for BC01 (Service, 2026 p/l), men forslagets egen tabel giver 1.045 i 2027 p/l = 1.017 i 2026 p/l (forskel 83). Find ud af, hvilket tal der er det rigtige, og ret oversigten eller forslaget.',
    );
    expect(renderMessage(fs[0], 'en')).toBe(
      "The overview states 1,100 for BC01 (Service, 2026 p/l), but the proposal's own table gives 1,045 in 2027 p/l = 1,017 in 2026 p/l (difference 83). Find out which figure is right, and correct the overview or the proposal.",
    );
  });

  test('a figure off by rounding only is CROSS_TABLE_ROUNDING (1.016 for 1.016,5; 1.990 for 1.989,3)', () => {
    const fs = checkCrossTables(appendixTables([1016, 1990, 1946]), kk);
    expect(at(fs)).toEqual(['CROSS_TABLE_ROUNDING Oversigt!B3', 'CROSS_TABLE_ROUNDING Oversigt!B4']);
    expect(fs.every((f) => f.severity === 'info')).toBe(true);
    expect(renderMessage(fs[1], 'da')).toBe(
      'Oversigten angiver 1.990 for BC02 (Service, 2026 p/l); forslagets egen tabel giver 2.045 i 2027 p/l = 1.989,3 i 2026 p/l, afrundet 1.989. Forskellen skyldes afrunding (inden for tolerancen på 2).',
    );
  });

  test('the tolerance grows with the cells summed (half a unit each, at least 1)', () => {
    // BC01 sums 4 cells: tolerance 2. 1.018 is 1,46 from 1.016,54: rounding. 1.019 (2,46): mismatch.
    expect(at(checkCrossTables(appendixTables([1018, 1989, 1946]), kk))).toEqual(['CROSS_TABLE_ROUNDING Oversigt!B3']);
    expect(at(checkCrossTables(appendixTables([1019, 1989, 1946]), kk))).toEqual(['CROSS_TABLE_MISMATCH Oversigt!B3']);
    // A one-cell proposal: tolerance 1.
    const one = [
      buildTable({ sheet: 'O', kind: 'overview', columns: ['Service'], rows: [{ label: 'x', code: 'BC07', amounts: [1018] }] }),
      buildTable({ sheet: 'BC07', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: [1045] }] }),
    ];
    expect(at(checkCrossTables(one, kk))).toEqual(['CROSS_TABLE_MISMATCH O!B2']);
  });

  test('a proposal with no price level is read in the template\'s proposal level (no double report)', () => {
    const tables = appendixTables();
    const bc39 = tables[3];
    const unlabelled: TableBlock = { ...bc39, label: null, priceLevel: null };
    expect(checkCrossTables([tables[0], tables[1], tables[2], unlabelled], kk)).toEqual([]);
  });

  test('an overview labelled in the proposals\' own level compares without conversion', () => {
    const tables = appendixTables([1045, 2045, 2010]);
    const ov: TableBlock = { ...tables[0], priceLevel: 2027 };
    const fs = checkCrossTables([ov, ...tables.slice(1)], kk);
    expect(at(fs)).toEqual(['CROSS_TABLE_MISMATCH Oversigt!B5 sameLevel']);
    expect(renderMessage(fs[0], 'da')).toBe('Oversigten angiver 2.010 for BC39 (Service, 2027 p/l), men forslagets egen tabel giver 2.000 i 2027 p/l (forskel 10). Find ud af, hvilket tal der er det rigtige, og ret oversigten eller forslaget.');
  });

  test('only rows of the column\'s styringsområde count; a missing index is reported, not guessed', () => {
    const withAnlaeg: Template = {
      ...kk,
      priceIndices: [...kk.priceIndices, { styringsomraade: 'Anlæg', from: 2026, to: 2027, percent: new Decimal(2), source: 't' }],
    };
    const tables = [
      buildTable({ sheet: 'O', kind: 'overview', columns: ['Service', 'Anlæg'], rows: [{ label: 'x', code: 'BC05', amounts: [1017, 980] }] }),
      buildTable({
        sheet: 'BC05',
        columns: [2026, 2027],
        rows: [
          { label: 'Drift', so: 'Service', amounts: [1045] },
          { label: 'Byggeri', so: 'Bruttoanlæg', canonical: 'Anlæg', amounts: [500, 500] },
          { label: 'I alt', amounts: [1545, 500] },
        ],
      }),
    ];
    expect(checkCrossTables(tables, withAnlaeg)).toEqual([]);
    const fs = checkCrossTables(tables, kk);
    expect(at(fs)).toEqual(['CROSS_TABLE_UNCHECKED O!C2']);
    expect(fs[0].severity).toBe('warning');
    expect(renderMessage(fs[0], 'da')).toBe(
      'Oversigtens tal 980 for BC05 (Anlæg, 2026 p/l) kan ikke sammenlignes med forslagets egen tabel (1.000 i 2027 p/l): skabelonen mangler prisindeks for Anlæg 2026→2027. Tilføj indekset i opgaveruden under "Faktorer i brug", på kommandolinjen med --index (fx "Anlæg:2026-2027=3,1") eller i skabelonens prisindeks; et PL-skøn fra økonomikontoret giver alle skabeloner det.',
    );
  });

  test('amounts on a styringsområde the overview has no column for', () => {
    const tables = [
      buildTable({ sheet: 'O', kind: 'overview', columns: ['Service'], rows: [{ label: 'BC05 x', code: 'BC05', amounts: [1017] }] }),
      buildTable({ sheet: 'BC05', columns: [2026], rows: [{ label: 'Drift', so: 'Service', amounts: [1045] }, { label: 'Byggeri', so: 'Anlæg', amounts: [300] }] }),
    ];
    const fs = checkCrossTables(tables, kk);
    expect(at(fs)).toEqual(['CROSS_TABLE_MISMATCH O!A2 noColumn']);
    expect(renderMessage(fs[0], 'da')).toBe('Forslagets egen tabel for BC05 har 300 på Anlæg (2027 p/l), men oversigten har ingen kolonne for Anlæg. Tilføj kolonnen i oversigten, eller ret styringsområdet i forslaget.');
  });

  test('an empty overview cell against a proposal with amounts is a mismatch (stated 0)', () => {
    const fs = checkCrossTables(appendixTables([null, 1989, 1946]), kk);
    expect(at(fs)).toEqual(['CROSS_TABLE_MISMATCH Oversigt!B3']);
    expect(fs[0].actual!.toString()).toBe('0');
  });

  test('unreadable cells, unknown codes and workbooks without an overview are left to other rules', () => {
    const t = appendixTables();
    const broken = buildTable({ sheet: 'BC01', columns: [2026], rows: [{ label: 'a', so: 'Service', amounts: ['ca. 1000'] }] });
    expect(checkCrossTables([t[0], broken, t[2], t[3]], kk)).toEqual([]);
    expect(checkCrossTables([t[0], t[2], t[3]], kk)).toEqual([]);
    expect(checkCrossTables(t.slice(1), kk)).toEqual([]);
  });
});

describe('the real pipeline on examples/ofs-2025-2026-bilag.xlsx', () => {
  const cross = (fs: Finding[]) => fs.filter((f) => f.rule.startsWith('CROSS_TABLE') || f.rule === 'PROPOSAL_NOT_FOUND');

  test('the published appendix has no CROSS_TABLE or PROPOSAL_NOT_FOUND finding', async () => {
    const wb = await readXlsxFile('examples/ofs-2025-2026-bilag.xlsx');
    const r = analyseWorkbook(wb, kk);
    expect(r.tables.filter((t) => t.kind === 'overview')).toHaveLength(1);
    expect(cross(r.findings)).toEqual([]);
  });

  test('changing one overview figure gives CROSS_TABLE_MISMATCH at that cell', async () => {
    const wb = await readXlsxFile('examples/ofs-2025-2026-bilag.xlsx');
    const overview = analyseWorkbook(wb, kk).tables.find((t) => t.kind === 'overview')!;
    const bc02 = overview.rows.find((r) => r.proposalCode === 'BC02')!;
    const cell = bc02.amounts[overview.columns.findIndex((c) => c.styringsomraade === 'Service')];
    const sheet = wb.sheets.find((s) => s.name === overview.sheet)!;
    sheet.rows.get(cell.row)!.get(cell.col)!.value = 2045; // the 2027 p/l figure, not converted
    const fs = cross(analyseWorkbook(wb, kk).findings);
    expect(fs.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([`CROSS_TABLE_MISMATCH ${overview.sheet}!${cell.address}`]);
    expect(renderMessage(fs[0], 'da')).toBe(
      'Oversigten angiver 2.045 for BC02 (Service, 2026 p/l), men forslagets egen tabel giver 2.045 i 2027 p/l = 1.989 i 2026 p/l (forskel 56). Find ud af, hvilket tal der er det rigtige, og ret oversigten eller forslaget.',
    );
  });
});

import { cases as mismatchCases } from './__fixtures__/CROSS_TABLE_MISMATCH';
import { cases as roundingCases } from './__fixtures__/CROSS_TABLE_ROUNDING';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('CROSS_TABLE_MISMATCH', mismatchCases);
runRuleCases('CROSS_TABLE_ROUNDING', roundingCases);
