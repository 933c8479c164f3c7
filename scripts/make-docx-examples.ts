/**
 * Writes the Word examples in examples/docx/ (`npm run examples` runs it after
 * make-examples.ts), from the example workbooks themselves so the two cannot drift apart:
 *
 *  - BC01.docx, BC02.docx, BC39.docx  the published appendix's proposals, one document each, as
 *        the forvaltninger send them: the proposal's heading, sections, the cost table with the
 *        amounts typed as Danish text ("1.045"), the template note; BC02 also carries the
 *        non-cost tables of the template, BC39's table sits in a content control.
 *  - oversigt.xlsx   the appendix's overview sheet alone: with the three documents it is the
 *        appendix again, one folder, two formats.
 *  - typiske-fejl.docx  the typical mistakes of typiske-fejl.xlsx that Word can hold (no formulas,
 *        no Excel errors; in Word every amount is text), one section and table per mistake.
 *  - typiske-fejl.expected.json  where each planted mistake lands: [{sheet: "Tabel N", cell, rule}].
 *
 * Documents and zips are written with fixed dates (scripts/fixtures): the output is reproducible
 * byte for byte.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  FIXED_DATE,
  contentControl,
  docx,
  heading,
  outDirArgument,
  para,
  readProposalSheet,
  runGenerator,
  table,
  widthsFor,
  wordRows,
  workbookBytes,
  type ProposalSheetText,
} from './fixtures';

const EXAMPLES = path.join(__dirname, '..', 'examples');
const OUT_DIR = path.join(EXAMPLES, 'docx');

// ---------------------------------------------------------------------------------------------
// The documents

type ProposalCode = 'BC01' | 'BC02' | 'BC39';

const KORT_RESUME: Record<ProposalCode, string> = {
  BC01: 'Test af AI-tolkeværktøjer i borgersituationer i takt med den teknologiske og markedsmæssige modenhed.',
  BC02: 'Et digitalt jobunivers giver borgere én samlet digital indgang til beskæftigelsesindsatsen.',
  BC39: 'Automatisering af visitationsprocessen i Center for Mental Sundhed med tre komponenter.',
};

function proposalDocument(code: ProposalCode, sheet: ProposalSheetText): Promise<Buffer> {
  const parts: string[] = [];
  parts.push(heading(1, sheet.title));
  parts.push(para(`Kort resumé: ${KORT_RESUME[code]}`));
  parts.push(heading(2, '1. Beskrivelse af forslag (fremgangsmåde og effekt)'));
  parts.push(para('Forslaget beskrives i forvaltningens skabelon; tabellen nedenfor viser forslagets samlede økonomi.'));
  const costTable = table(wordRows(sheet), widthsFor(sheet.width));
  if (code === 'BC01') {
    // KK's investment template: the table stands directly under section 1.1.
    parts.push(heading(2, '1.1 Forslagets samlede økonomiske konsekvenser'));
    parts.push(costTable);
  } else {
    parts.push(heading(2, '2. Økonomi'));
    parts.push(para('Midlerne dækker projektledelse, teknisk opsætning og afprøvning.'));
    parts.push(para(sheet.caption, { bold: true }));
    parts.push(code === 'BC39' ? contentControl('Økonomitabel', costTable) : costTable);
  }
  if (sheet.note) parts.push(para(sheet.note, { italic: true, size: 8 }));
  if (code === 'BC02') {
    // The template's other tables: no cost tables, so nothing to check in them.
    parts.push(heading(2, '3. Kommende investeringsforslag og kriterier til prioritering'));
    parts.push(para('Tabel 2. Kriterier til prioritering.', { bold: true }));
    parts.push(
      table(
        [
          [{ text: 'Kommende investeringsforslag', bold: true, span: 3 }, { text: 'Kriterier til prioritering', bold: true, span: 2 }],
          [
            { text: 'Udgift', bold: true, paras: ['Udgift', '1.000 kr.', '2026 p/l'] },
            { text: 'Forventet vedtagelse', bold: true },
            { text: 'Potentiale for varig effektivisering (styringsområde)', bold: true },
            { text: 'Tværgående effektivisering', bold: true },
            { text: 'Potentiale for storskala', bold: true },
          ],
          ['1.300 kr.', 'OFS 26/27', '4-8 mio. kroner', 'X', 'X'],
        ],
        [1500, 1500, 2200, 1700, 1700],
      ),
    );
    parts.push(heading(2, '6. Hvem er hørt?'));
    parts.push(para('Tabel 4. Godkendelse af Center for Økonomi', { bold: true }));
    parts.push(table([['Center for Økonomi', 'Godkendt'], ['Dato', '15. august 2025']], [4300, 4300]));
  }
  return docx(sheet.title, parts.join(''));
}

/** Mistake sheets Word can hold: no formulas, no Excel errors (and text numbers are Word's normal). */
const MISTAKES_WORD_CANNOT_HOLD = new Set(['Forklaring', 'Oversigt', 'BC10', 'BC11', 'Formler', 'Fejlværdier', 'Tal som tekst']);

interface Planted {
  sheet: string;
  cell: string;
  rule: string;
}

/** Where a planted mistake lands in Word: the table, the cell in it, and the sheet cell it came from. */
interface PlantedInWord extends Planted {
  from: string;
}

async function mistakesDocument(wb: ExcelJS.Workbook, planted: Planted[]): Promise<{ bytes: Buffer; expected: PlantedInWord[] }> {
  const parts = [heading(1, 'Budgettjek – typiske fejl i forslagstabeller')];
  parts.push(para('Hver tabel nedenfor har en fejl, der er lagt ind med vilje, som i typiske-fejl.xlsx.'));
  const expected: PlantedInWord[] = [];
  let n = 0;
  for (const ws of wb.worksheets) {
    if (MISTAKES_WORD_CANNOT_HOLD.has(ws.name)) continue;
    const sheet = readProposalSheet(ws);
    n++;
    parts.push(heading(2, sheet.title));
    const what = sheet.title.replace(/^Eksempel: /, '');
    parts.push(para(`Tabel ${n}. ${what.charAt(0).toUpperCase()}${what.slice(1)}`, { bold: true }));
    parts.push(table(wordRows(sheet), widthsFor(sheet.width)));
    for (const p of planted.filter((x) => x.sheet === ws.name)) {
      const m = /^([A-Z]+)(\d+)$/.exec(p.cell);
      if (!m) throw new Error(`planted cell ${p.cell} is no cell address`);
      expected.push({ sheet: `Tabel ${n}`, cell: `${m[1]}${Number(m[2]) - sheet.header + 1}`, rule: p.rule, from: `${ws.name}!${p.cell}` });
    }
  }
  return { bytes: await docx('Budgettjek – typiske fejl i forslagstabeller', parts.join('')), expected };
}

/** The appendix's overview alone, as a workbook of its own. */
async function overviewWorkbook(appendixFile: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(appendixFile);
  for (const ws of [...wb.worksheets]) if (ws.name !== 'Oversigt') wb.removeWorksheet(ws.id);
  wb.title = 'Oversigt over innovationsforslag til OFS 2025-2026';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return workbookBytes(wb);
}

/** The sheet named `name`; an error when there is none. */
function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** `tsx scripts/make-docx-examples.ts [--out DIR]` (default: examples/docx/). */
async function main(argv: string[]): Promise<void> {
  const outDir = outDirArgument(argv, OUT_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, bytes);
    written.push(file);
  };

  const appendixFile = path.join(EXAMPLES, 'ofs-2025-2026-bilag.xlsx');
  const appendix = new ExcelJS.Workbook();
  await appendix.xlsx.readFile(appendixFile);
  for (const code of ['BC01', 'BC02', 'BC39'] as const) write(`${code}.docx`, await proposalDocument(code, readProposalSheet(sheetNamed(appendix, code))));
  write('oversigt.xlsx', await overviewWorkbook(appendixFile));

  const mistakes = new ExcelJS.Workbook();
  await mistakes.xlsx.readFile(path.join(EXAMPLES, 'typiske-fejl.xlsx'));
  const planted = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'typiske-fejl.expected.json'), 'utf8')) as Planted[];
  const { bytes, expected } = await mistakesDocument(mistakes, planted);
  write('typiske-fejl.docx', bytes);
  write('typiske-fejl.expected.json', JSON.stringify(expected, null, 2) + '\n');
  for (const f of written) process.stdout.write(`skrev ${path.relative(process.cwd(), f)}\n`);
}

if (require.main === module) runGenerator('make-docx-examples', main);
