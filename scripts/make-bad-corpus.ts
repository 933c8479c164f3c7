/**
 * Writes a corpus of hostile inputs into tests/corpus/generated/ (gitignored) and the manifest
 * tests/corpus/corpus.json (committed) that says what outcome each must get from
 * `budgettjek check`. Used by tests/corpus/corpus.test.ts.
 *
 *   tsx scripts/make-bad-corpus.ts                  generate what is missing or stale
 *   tsx scripts/make-bad-corpus.ts --force          regenerate everything
 *   tsx scripts/make-bad-corpus.ts --out DIR NAME…  write only the named files into DIR (no cache)
 *
 * Files are cached: a stamp holding a hash of this script and the fixture builders decides whether
 * existing files are still current. Everything is deterministic (seeded bytes, fixed document and
 * zip dates): the same bytes on every run. Nothing large is ever
 * held in memory: the zip bomb is assembled from independently deflated pieces, the million-row
 * sheet is streamed with ExcelJS's WorkbookWriter.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import {
  FIXED_DATE,
  fixZipDatesInFile,
  mulberry32,
  newWorkbook as fixtureWorkbook,
  runGenerator,
  saveWorkbook,
  seededBytes,
  workbookBytes,
  writeZip,
  type ZipEntry,
  type ZipEntryData,
  type ZipEntryPieces,
} from './fixtures';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'tests', 'corpus', 'generated');
const MANIFEST = path.join(ROOT, 'tests', 'corpus', 'corpus.json');
const STAMP = path.join(OUT, '.stamp');

// Inflated size of the zip bomb's sheet1.xml: above 2 GiB, below the 4 GiB zip32 limit.
const BOMB_BYTES_TARGET = 2.5e9;

// ---------------------------------------------------------------------------------------------
// Manifest: every file and the outcome it must get.
// expectExit: a number or a list of acceptable numbers. expectStderr / expectStdout: regex sources
// (case-insensitive). rejectStdout: must not match. args: extra CLI arguments before the file.
// expectFindings: with --format json, findings that must be present (rule, sheet, cell).
// command: 'check' (default) or 'convert'. "{out}" in args is replaced by a path in a fresh folder,
// prepared as outTarget says: 'fifo', 'device', 'folder', 'dangling-symlink', 'enotdir' (a path
// under a regular file) or nothing. expectOut: what must be at {out} afterwards: 'absent' (nothing
// written), 'kept' (the FIFO/device/folder/link is still there, untouched) or 'written' (a new
// regular file; a link there was replaced, its target not created). stderrNames: 'output' when a
// refusal names the output rather than the input.

interface ExpectedFinding {
  rule: string;
  sheet?: string;
  cell?: string;
}

type OutTarget = 'fifo' | 'device' | 'folder' | 'dangling-symlink' | 'enotdir';

/** A case of the corpus: a file, the command run on it, and the outcome it must get. */
export interface CorpusEntry {
  file: string;
  kind: string;
  /** 'check' unless given. */
  command?: 'check' | 'convert';
  /** "{out}" stands for a path in a fresh folder, prepared as `outTarget` says. */
  args?: string[];
  outTarget?: OutTarget;
  /** What must be at {out} afterwards. */
  expectOut?: 'absent' | 'kept' | 'written';
  /** Whose name a refusal carries: the input's (default) or the output's. */
  stderrNames?: 'input' | 'output';
  expectExit: number | number[];
  expectStderr?: string;
  expectStdout?: string;
  rejectStdout?: string;
  expectFindings?: ExpectedFinding[];
  rejectFindings?: ExpectedFinding[];
  long?: boolean;
  maxSeconds: number;
  maxRssMB: number;
}

/** A case as listed here: `generated: false` for a file the generator does not write (it must be missing). */
type CorpusCase = CorpusEntry & { generated?: false };

const entries: CorpusCase[] = [
  {
    file: 'missing.xlsx',
    kind: 'missing',
    generated: false,
    expectExit: 2,
    expectStderr: 'missing\\.xlsx.*findes ikke',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'corrupt-zip.xlsx',
    kind: 'corrupt',
    expectExit: 2,
    expectStderr: 'corrupt-zip\\.xlsx.*beskadiget',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'truncated.xlsx',
    kind: 'truncated',
    expectExit: 2,
    expectStderr: 'truncated\\.xlsx.*beskadiget',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'zip-bomb.xlsx',
    kind: 'zip-bomb',
    expectExit: 2,
    expectStderr: 'zip-bomb\\.xlsx.*for stor',
    maxSeconds: 120,
    maxRssMB: 512,
  },
  {
    // Same bomb, but the zip headers claim sheet1.xml is 1 MiB: a reader must cap what it
    // inflates, not trust the declared size.
    file: 'zip-bomb-lying.xlsx',
    kind: 'zip-bomb-lying-sizes',
    expectExit: 2,
    expectStderr: 'zip-bomb-lying\\.xlsx.*(for stor|beskadiget)',
    maxSeconds: 120,
    maxRssMB: 512,
  },
  {
    file: 'encrypted.xlsx',
    kind: 'encrypted',
    expectExit: 2,
    expectStderr: 'encrypted\\.xlsx.*adgangskode',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'old-excel.xlsx',
    kind: 'xls-renamed',
    expectExit: 2,
    expectStderr: 'old-excel\\.xlsx.*\\.xls',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'semikolon.xlsx',
    kind: 'csv-renamed',
    expectExit: 2,
    expectStderr: 'semikolon\\.xlsx.*(CSV|tekstfil)',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'empty.xlsx',
    kind: 'empty',
    expectExit: 0,
    expectStdout: 'ingen tabeller',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'uncalculated.xlsx',
    kind: 'formulas-without-cached-results',
    expectExit: [0, 1],
    expectStdout: 'genberegn',
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'uncalculated.xlsx',
    kind: 'formulas-without-cached-results-json',
    args: ['--format', 'json'],
    expectExit: [0, 1],
    expectFindings: [{ rule: 'FORMULA_NOT_CALCULATED', sheet: 'BC20', cell: 'C9' }],
    rejectFindings: [{ rule: 'TOTAL_MISMATCH', sheet: 'BC20' }],
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'merged-header.xlsx',
    kind: 'merged-header',
    args: ['--format', 'json'],
    expectExit: 1,
    expectFindings: [{ rule: 'TOTAL_MISMATCH', sheet: 'Flettet', cell: 'D9' }],
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'hidden.xlsx',
    kind: 'hidden-rows-and-sheets',
    args: ['--format', 'json'],
    expectExit: 1,
    expectFindings: [
      { rule: 'AMOUNT_NOT_NUMERIC', sheet: 'Skjulte rækker', cell: 'D8' },
      { rule: 'TOTAL_MISMATCH', sheet: 'Skjult ark', cell: 'C9' },
      { rule: 'STYRINGSOMRAADE_UNKNOWN', sheet: 'Meget skjult ark', cell: 'B7' },
    ],
    // The hidden row's 500 is part of the stated total: counting it must give no mismatch.
    rejectFindings: [{ rule: 'TOTAL_MISMATCH', sheet: 'Skjulte rækker' }],
    maxSeconds: 60,
    maxRssMB: 400,
  },
  {
    file: 'million-rows.xlsx',
    kind: 'huge-sheet',
    args: ['--format', 'json'],
    expectExit: 1,
    expectFindings: [{ rule: 'TOTAL_MISMATCH', sheet: 'BC30', cell: 'C9' }],
    long: true,
    maxSeconds: 120,
    maxRssMB: 3072,
  },
  {
    file: 'many-sheets.xlsx',
    kind: 'many-sheets',
    args: ['--format', 'json'],
    expectExit: 1,
    expectFindings: [{ rule: 'TOTAL_MISMATCH', sheet: 'Ark3000', cell: 'C9' }],
    long: true,
    maxSeconds: 120,
    maxRssMB: 2048,
  },
  // --- Round 2 (issue 10): limits for everything that reads a workbook, copies included.
  {
    file: 'shared-formula-bomb.xlsx',
    kind: 'shared-formula-21kB-x-200000',
    expectExit: 2,
    expectStderr: 'shared-formula-bomb\\.xlsx.*for stor',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'shared-formula-bomb.xlsx',
    kind: 'shared-formula-convert',
    command: 'convert',
    args: ['--to', '2026', '--out', '{out}'],
    expectExit: 2,
    expectStderr: 'shared-formula-bomb\\.xlsx.*for stor',
    expectOut: 'absent',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'image-bomb.xlsx',
    kind: 'image-1GiB-check',
    expectExit: [0, 1],
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'image-bomb.xlsx',
    kind: 'image-1GiB-annotate',
    args: ['--annotate', '{out}'],
    expectExit: [0, 1],
    expectOut: 'written',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'image-bomb.xlsx',
    kind: 'image-1GiB-convert',
    command: 'convert',
    args: ['--to', '2026', '--out', '{out}'],
    expectExit: [0, 1],
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'customxml-bomb.xlsx',
    kind: 'custom-xml-bomb-annotate',
    args: ['--annotate', '{out}'],
    expectExit: [0, 1],
    expectOut: 'written',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'customxml-bomb.xlsx',
    kind: 'custom-xml-bomb-convert',
    command: 'convert',
    args: ['--to', '2026', '--out', '{out}'],
    expectExit: [0, 1],
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    // 2.000.000 one-digit cells in about 200 kB: read alone here; four copies at once with
    // --jobs 1, 2 and 4 must stay within 1 GiB (tests/corpus/corpus.test.ts).
    file: 'dense-cells.xlsx',
    kind: 'dense-cells',
    expectExit: 0,
    expectStdout: 'Ingen tabeller fundet',
    maxSeconds: 90,
    maxRssMB: 700,
  },
  {
    file: 'four-million-cells.xlsx',
    kind: 'four-million-cells-annotate',
    args: ['--annotate', '{out}'],
    expectExit: [0, 1],
    expectOut: 'written',
    maxSeconds: 240,
    maxRssMB: 1024,
  },
  {
    file: 'deep-nesting.xlsx',
    kind: 'deep-xml-nesting',
    expectExit: 2,
    expectStderr: 'deep-nesting\\.xlsx.*for stor',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'deep-nesting-comments.xlsx',
    kind: 'deep-xml-nesting-only-the-copy-parses',
    args: ['--annotate', '{out}'],
    expectExit: [0, 1],
    expectOut: 'written',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'escape-sequences.xlsx',
    kind: 'escape-in-sheet-name-and-cell',
    expectExit: [0, 1],
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'escape-sequences.xlsx',
    kind: 'escape-in-sheet-name-and-cell-json',
    args: ['--format', 'json'],
    expectExit: [0, 1],
    expectStdout: '\\\\u001b\\]0;pwned',
    rejectStdout: '\u001b',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'duplicate-parts.xlsx',
    kind: 'duplicate-part-names',
    expectExit: 2,
    expectStderr: 'duplicate-parts\\.xlsx.*beskadiget.*two parts named xl/worksheets/sheet1\\.xml',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'duplicate-parts.xlsx',
    kind: 'duplicate-part-names-annotate',
    args: ['--annotate', '{out}'],
    expectExit: 2,
    expectStderr: 'duplicate-parts\\.xlsx.*two parts named',
    expectOut: 'absent',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'duplicate-parts-case.xlsx',
    kind: 'duplicate-part-names-differing-in-case',
    command: 'convert',
    args: ['--to', '2026', '--out', '{out}'],
    expectExit: 2,
    expectStderr: 'duplicate-parts-case\\.xlsx.*two parts named xl/worksheets/sheet1\\.xml and XL/Worksheets/Sheet1\\.xml',
    expectOut: 'absent',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'part-names-case.xlsx',
    kind: 'part-names-in-other-case-check',
    args: ['--format', 'json'],
    expectExit: [0, 1],
    expectStdout: '"sheet": "BC40"',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'part-names-case.xlsx',
    kind: 'part-names-in-other-case-annotate',
    args: ['--annotate', '{out}'],
    expectExit: [0, 1],
    expectOut: 'written',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'part-names-case.xlsx',
    kind: 'part-names-in-other-case-convert',
    command: 'convert',
    args: ['--to', '2026', '--out', '{out}'],
    expectExit: [0, 1],
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'exotic-numbers.xlsx',
    kind: 'hex-infinity-nan-1e400',
    args: ['--format', 'json'],
    expectExit: 1,
    expectFindings: [
      { rule: 'AMOUNT_NOT_NUMERIC', sheet: 'BC40', cell: 'C6' },
      { rule: 'AMOUNT_NOT_NUMERIC', sheet: 'BC40', cell: 'C7' },
      { rule: 'AMOUNT_NOT_NUMERIC', sheet: 'BC40', cell: 'D6' },
      { rule: 'AMOUNT_NOT_NUMERIC', sheet: 'BC40', cell: 'D7' },
    ],
    expectStdout: '1e400',
    rejectStdout: '"Infinity"|: 400[,}]',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  // Outputs: --force replaces only a regular file; a link is never written through.
  {
    file: 'proposal.xlsx',
    kind: 'annotate-to-fifo-force',
    args: ['--annotate', '{out}', '--force'],
    outTarget: 'fifo',
    expectExit: 2,
    expectStderr: 'ikke en almindelig fil',
    stderrNames: 'output',
    expectOut: 'kept',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'proposal.xlsx',
    kind: 'convert-to-fifo-force',
    command: 'convert',
    args: ['--to', '2026', '--force', '--out', '{out}'],
    outTarget: 'fifo',
    expectExit: 2,
    expectStderr: 'ikke en almindelig fil',
    stderrNames: 'output',
    expectOut: 'kept',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'proposal.xlsx',
    kind: 'annotate-to-device-force',
    args: ['--annotate', '{out}', '--force'],
    outTarget: 'device',
    expectExit: 2,
    expectStderr: 'ikke en almindelig fil.*device',
    stderrNames: 'output',
    expectOut: 'kept',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'proposal.xlsx',
    kind: 'convert-to-folder-force',
    command: 'convert',
    args: ['--to', '2026', '--force', '--out', '{out}'],
    outTarget: 'folder',
    expectExit: 2,
    expectStderr: 'ikke en almindelig fil.*folder',
    stderrNames: 'output',
    expectOut: 'kept',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'proposal.xlsx',
    kind: 'annotate-to-dangling-symlink',
    args: ['--annotate', '{out}'],
    outTarget: 'dangling-symlink',
    expectExit: 2,
    expectStderr: 'symbolsk link',
    stderrNames: 'output',
    expectOut: 'kept',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'proposal.xlsx',
    kind: 'annotate-to-dangling-symlink-force',
    args: ['--annotate', '{out}', '--force'],
    outTarget: 'dangling-symlink',
    expectExit: [0, 1],
    expectOut: 'written',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'proposal.xlsx',
    kind: 'convert-under-a-file',
    command: 'convert',
    args: ['--to', '2026', '--out', '{out}'],
    outTarget: 'enotdir',
    expectExit: 2,
    expectStderr: 'kunne ikke skrives',
    stderrNames: 'output',
    expectOut: 'absent',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    file: 'proposal.xlsx',
    kind: 'convert-plain',
    command: 'convert',
    args: ['--to', '2026', '--out', '{out}'],
    expectExit: [0, 1],
    expectOut: 'written',
    maxSeconds: 30,
    maxRssMB: 1024,
  },
  {
    // An Excel table part claiming the whole sheet (A1:XFD1048576, 5.000 columns) over a 9-row
    // proposal: read as the cells the sheet holds, not as 17 billion empty ones.
    file: 'table-whole-sheet.xlsx',
    kind: 'table-part-whole-sheet',
    args: ['--format', 'json'],
    expectExit: [0, 1],
    maxSeconds: 120,
    maxRssMB: 1024,
  },
];

// ---------------------------------------------------------------------------------------------
// Packages by hand

/** The package parts of a one-sheet workbook, around a given sheet1.xml entry. */
function minimalWorkbookParts(sheetEntry: ZipEntry): ZipEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>',
    },
    sheetEntry,
  ];
}

/**
 * sheet1.xml of > 2 GiB of repetitive rows, as one deflate stream built from independently
 * deflated pieces: each non-final piece ends with a full flush (byte aligned, no back-references
 * into the previous piece), so head + body × n + tail is a valid raw deflate stream.
 */
function bombSheetEntry(targetBytes: number): ZipEntryPieces {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  const row = '<row><c><v>1</v></c></row>';
  const body = Buffer.from(row.repeat(Math.floor((1 << 20) / row.length)));
  const tail = Buffer.from('</sheetData></worksheet>');
  const flush = { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH };
  const zHead = zlib.deflateRawSync(head, flush);
  const zBody = zlib.deflateRawSync(body, flush);
  const zTail = zlib.deflateRawSync(tail, { level: 9 });
  // Sanity check of the construction on a small instance.
  const small = zlib.inflateRawSync(Buffer.concat([zHead, zBody, zBody, zBody, zTail]));
  if (!small.equals(Buffer.concat([head, body, body, body, tail]))) throw new Error('bomb: deflate pieces do not concatenate');
  const repeats = Math.ceil((targetBytes - head.length - tail.length) / body.length);
  const size = head.length + repeats * body.length + tail.length;
  let crc = zlib.crc32(head);
  for (let i = 0; i < repeats; i++) crc = zlib.crc32(body, crc);
  crc = zlib.crc32(tail, crc);
  return {
    name: 'xl/worksheets/sheet1.xml',
    size,
    crc,
    pieces: function* () {
      yield zHead;
      for (let i = 0; i < repeats; i++) yield zBody;
      yield zTail;
    },
  };
}

// --- OLE Compound File (CFB), version 3, 512-byte sectors, streams >= 4096 bytes (no mini stream).

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

function cfbCompareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const A = a.toUpperCase();
  const B = b.toUpperCase();
  return A < B ? -1 : A > B ? 1 : 0;
}

/** Builds a compound file holding the given streams ({name, data}) in the root storage. */
function buildCfb(given: Array<{ name: string; data: Buffer }>): Buffer {
  const SECTOR = 512;
  const dirEntries = 1 + given.length;
  const dirSectors = Math.ceil((dirEntries * 128) / SECTOR);
  let next = 1 + dirSectors; // sector 0 = FAT, then directory
  const streams = given.map((s) => {
    const padded = Buffer.alloc(Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR));
    s.data.copy(padded);
    const start = next;
    const sectors = padded.length / SECTOR;
    next += sectors;
    return { name: s.name, data: padded, size: Math.max(4096, s.data.length), start, sectors };
  });
  const totalSectors = next;
  if (totalSectors > SECTOR / 4) throw new Error('cfb: more than one FAT sector needed');

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(0, 40);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(0, 52);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(ENDOFCHAIN, 60);
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(ENDOFCHAIN, 68);
  header.writeUInt32LE(0, 72);
  header.writeUInt32LE(0, 76); // DIFAT[0] = FAT in sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  for (let i = 0; i < dirSectors; i++) fat.writeUInt32LE(i === dirSectors - 1 ? ENDOFCHAIN : 2 + i, (1 + i) * 4);
  for (const s of streams) {
    for (let i = 0; i < s.sectors; i++) fat.writeUInt32LE(i === s.sectors - 1 ? ENDOFCHAIN : s.start + i + 1, (s.start + i) * 4);
  }

  // Directory: root's children form a chain of right siblings in name order (a valid all-black tree
  // for readers, which only search it).
  const dir = Buffer.alloc(dirSectors * SECTOR);
  const order = streams.map((s, i) => ({ s, id: i + 1 })).sort((a, b) => cfbCompareNames(a.s.name, b.s.name));
  const writeEntry = (id: number, name: string, type: number, child: number, left: number, right: number, start: number, size: number) => {
    const at = id * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1; // black
    dir.writeUInt32LE(left, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
    dir.writeUInt32LE(0, at + 124);
  };
  writeEntry(0, 'Root Entry', 5, order[0]?.id ?? NOSTREAM, NOSTREAM, NOSTREAM, ENDOFCHAIN, 0);
  order.forEach(({ s, id }, k) => {
    writeEntry(id, s.name, 2, NOSTREAM, NOSTREAM, order[k + 1]?.id ?? NOSTREAM, s.start, s.size);
  });
  for (let id = dirEntries; id < dirSectors * 4; id++) {
    const at = id * 128;
    dir.writeUInt32LE(NOSTREAM, at + 68);
    dir.writeUInt32LE(NOSTREAM, at + 72);
    dir.writeUInt32LE(NOSTREAM, at + 76);
  }
  return Buffer.concat([header, fat, dir, ...streams.map((s) => s.data)]);
}

function encryptionInfoStream() {
  // Agile encryption: version 4.4, flags 0x40, then the XML descriptor.
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ' +
    'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" ' +
    'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>' +
    '</keyEncryptor></keyEncryptors></encryption>';
  return Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(xml, 'utf8')]);
}

function encryptedPackageStream() {
  const body = seededBytes(6000, 7);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(5800, 0);
  return Buffer.concat([size, body]);
}

function biffWorkbookStream() {
  // BOF record (BIFF8, workbook globals) followed by EOF; then padding.
  const bof = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0x06, 0x03, 0, 0]);
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return Buffer.concat([bof, eof]);
}

// --- Workbooks with ExcelJS

const newWorkbook = () => fixtureWorkbook({ creator: 'Budgettjek testkorpus' });

const YEARS = [2026, 2027, 2028, 2029, 2030, 2031];

/**
 * A small proposal table: title A1, table title A3, header row 4 (label, Styringsområde, years),
 * section row 5, items from row 6, total after them. Returns the total's row number.
 */
type Figure = number | string | ExcelJS.CellFormulaValue | null;

interface ProposalRows {
  title: string;
  label?: string;
  /** Label, styringsområde, figures by year. */
  items: Array<[string, string, ...Array<number | string>]>;
  totals?: Figure[];
}

function addProposalRows(ws: ExcelJS.Worksheet, opts: ProposalRows): number {
  const items = opts.items;
  ws.getCell('A1').value = opts.title;
  ws.getCell('A3').value = 'Tabel 1. Forslagets samlede økonomiske konsekvenser';
  ws.getRow(4).values = [opts.label ?? '1.000 kr. 2027 p/l', 'Styringsområde', ...YEARS];
  ws.getCell('A5').value = 'Implementeringsomkostninger';
  items.forEach((it, i) => {
    ws.getRow(6 + i).values = [it[0], it[1], ...it.slice(2)];
  });
  const totalRow = 6 + items.length;
  ws.getCell(totalRow, 1).value = 'Samlede implementeringsomkostninger';
  ws.getCell(totalRow, 2).value = 'Service';
  (opts.totals || []).forEach((v, i) => {
    if (v !== null && v !== undefined) ws.getCell(totalRow, 3 + i).value = v;
  });
  return totalRow;
}


// --- Round 2: packages built from an ExcelJS workbook's parts plus hostile extras

/** The entries of a zip in memory, in order, as {name, data}. */
function unzipEntries(buf: Buffer): Promise<Array<{ name: string; data: Buffer }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zf) => {
      if (err) return reject(err);
      const out: Array<{ name: string; data: Buffer }> = [];
      zf.on('entry', (entry: yauzl.Entry) => {
        zf.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zf.readEntry();
          });
        });
      });
      zf.on('end', () => resolve(out));
      zf.readEntry();
    });
  });
}

/**
 * The parts of a workbook with one proposal table (BC40, rows 6–8, total row 9 adding up), as
 * ExcelJS writes them; `edit(name, text)` may rewrite any XML part's text.
 */
async function proposalParts(edit?: (name: string, text: string) => string | undefined): Promise<Array<{ name: string; data: Buffer }>> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('BC40');
  addProposalRows(ws, {
    title: 'BC40 Fælles booking af mødelokaler',
    items: [
      ['Projektledelse', 'Service', 777001, 100],
      ['Licenser', 'Service', 777002, 200],
      ['Evaluering', 'Service', 777003, 300],
    ],
    totals: [{ formula: 'SUM(C6:C8)', result: 777001 + 777002 + 777003 }, 600],
  });
  const parts = await unzipEntries(await workbookBytes(wb));
  if (!edit) return parts;
  return parts.map((p) => {
    const text = edit(p.name, p.data.toString('utf8'));
    return text === undefined ? p : { name: p.name, data: Buffer.from(text, 'utf8') };
  });
}

/**
 * An entry of `size` bytes made of `unit` repeated, deflated piece by piece (see bombSheetEntry),
 * optionally between a head and a tail.
 */
function repeatedEntry(name: string, size: number, unit: Buffer, head = Buffer.alloc(0), tail = Buffer.alloc(0)): ZipEntryPieces {
  const flush = { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH };
  const body = Buffer.alloc(Math.max(unit.length, Math.floor((1 << 20) / unit.length) * unit.length));
  for (let i = 0; i < body.length; i += unit.length) unit.copy(body, i);
  const repeats = Math.max(0, Math.floor((size - head.length - tail.length) / body.length));
  const zHead = zlib.deflateRawSync(head, flush);
  const zBody = zlib.deflateRawSync(body, flush);
  const zTail = zlib.deflateRawSync(tail, { level: 9 });
  let crc = zlib.crc32(head);
  for (let i = 0; i < repeats; i++) crc = zlib.crc32(body, crc);
  crc = zlib.crc32(tail, crc);
  return {
    name,
    size: head.length + repeats * body.length + tail.length,
    crc,
    pieces: function* () {
      yield zHead;
      for (let i = 0; i < repeats; i++) yield zBody;
      yield zTail;
    },
  };
}

/** The first sheet's part among a package's parts. */
function sheetPart(parts: ZipEntryData[]): ZipEntryData {
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('the package has no xl/worksheets/sheet1.xml');
  return sheet;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

// ---------------------------------------------------------------------------------------------
// Generators, by manifest file name

const generators: Record<string, (file: string) => Promise<void>> = {
  async 'corrupt-zip.xlsx'(file: string) {
    // A local-file-header signature followed by noise.
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), seededBytes(8192, 1)]));
  },

  async 'truncated.xlsx'(file: string) {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('BC01');
    addProposalRows(ws, {
      title: 'BC01 Test af AI-tolk på borgersamtaler i BIF',
      items: [
        ['Projektledelse', 'Service', 345],
        ['Teknisk opsætning, licenser og support', 'Service', 400],
        ['Dataetiske og sprogfaglige afklaringer', 'Service', 100],
        ['Afklaring af tekniske forhold', 'Service', 200],
      ],
      totals: [1045],
    });
    for (let i = 0; i < 30; i++) wb.addWorksheet(`Bilag ${i + 1}`).getCell('A1').value = `Bemærkning ${i + 1}`;
    const full = await workbookBytes(wb);
    fs.writeFileSync(file, full.subarray(0, Math.floor(full.length / 2)));
  },

  async 'zip-bomb.xlsx'(file: string) {
    writeZip(file, minimalWorkbookParts(bombSheetEntry(BOMB_BYTES_TARGET)));
  },

  async 'zip-bomb-lying.xlsx'(file: string) {
    const sheet = bombSheetEntry(BOMB_BYTES_TARGET);
    writeZip(file, minimalWorkbookParts({ ...sheet, size: 1 << 20 }));
  },

  async 'encrypted.xlsx'(file: string) {
    fs.writeFileSync(
      file,
      buildCfb([
        { name: 'EncryptionInfo', data: encryptionInfoStream() },
        { name: 'EncryptedPackage', data: encryptedPackageStream() },
      ]),
    );
  },

  async 'old-excel.xlsx'(file: string) {
    fs.writeFileSync(file, buildCfb([{ name: 'Workbook', data: biffWorkbookStream() }]));
  },

  async 'semikolon.xlsx'(file: string) {
    const csv =
      '1.000 kr. 2027 p/l;Styringsområde;2026;2027;2028;2029;2030;2031\r\n' +
      'Juridisk og datamæssig afklaring;Service;209;;;;;\r\n' +
      'Afprøvning af IT-løsninger;Service;418;600;;;;\r\n' +
      'Projektledelse, kommunikation, effektmåling og opsætning af tests;Service;418;400;;;;\r\n' +
      'Samlede implementeringsomkostninger;Service;1.045;1.000;;;;\r\n';
    fs.writeFileSync(file, csv, 'utf8');
  },

  async 'empty.xlsx'(file: string) {
    const wb = newWorkbook();
    wb.addWorksheet('Ark1');
    await saveWorkbook(wb, file);
  },

  async 'uncalculated.xlsx'(file: string) {
    // Totals as formulas that were never calculated (written by a program, not Excel): no <v>.
    const wb = newWorkbook();
    const ws = wb.addWorksheet('BC20');
    const totalRow = addProposalRows(ws, {
      title: 'BC20 Digital visitation',
      items: [
        ['Projektledelse', 'Service', 300, 100],
        ['Licenser', 'Service', 200, 100],
        ['Evaluering', 'Service', 100, 50],
      ],
    });
    ws.getCell(totalRow, 3).value = { formula: `SUM(C6:C${totalRow - 1})` };
    ws.getCell(totalRow, 4).value = { formula: `SUM(D6:D${totalRow - 1})` };
    await saveWorkbook(wb, file);
  },

  async 'merged-header.xlsx'(file: string) {
    // Two-row header: the label and "Styringsområde" merged over rows 3-4, "Budgetår" merged over
    // the year columns in row 3, years in row 4. The 2027 total is wrong (D9: 1.100 ≠ 1.000).
    const wb = newWorkbook();
    const ws = wb.addWorksheet('Flettet');
    ws.getCell('A1').value = 'Tabel 1. Forslagets samlede økonomiske konsekvenser';
    ws.getCell('A3').value = '1.000 kr. 2027 p/l';
    ws.mergeCells('A3:A4');
    ws.getCell('B3').value = 'Styringsområde';
    ws.mergeCells('B3:B4');
    ws.getCell('C3').value = 'Budgetår';
    ws.mergeCells('C3:H3');
    YEARS.forEach((y, i) => {
      ws.getRow(4).getCell(3 + i).value = y;
    });
    ws.getCell('A5').value = 'Implementeringsomkostninger';
    ws.mergeCells('A5:H5');
    ws.getRow(6).values = ['Juridisk og datamæssig afklaring', 'Service', 209];
    ws.getRow(7).values = ['Afprøvning af IT-løsninger', 'Service', 418, 600];
    ws.getRow(8).values = ['Projektledelse, kommunikation, effektmåling og opsætning af tests', 'Service', 418, 400];
    ws.getRow(9).values = ['Samlede implementeringsomkostninger', 'Service', 1045, 1100];
    await saveWorkbook(wb, file);
  },

  async 'hidden.xlsx'(file: string) {
    const wb = newWorkbook();
    // Visible sheet with a hidden item row (row 8) holding text that is no amount in D8; the
    // 2026 total includes the hidden row's 500, as SUM would.
    const a = wb.addWorksheet('Skjulte rækker');
    addProposalRows(a, {
      title: 'Tabel med skjult række',
      items: [
        ['Projektledelse', 'Service', 300, 100],
        ['Licenser', 'Service', 200],
        ['Konsulentbistand (skjult)', 'Service', 500, 'n/a'],
      ],
      totals: [1000, 100],
    });
    a.getRow(8).hidden = true;
    // A hidden sheet with a wrong total.
    const b = wb.addWorksheet('Skjult ark');
    b.state = 'hidden';
    addProposalRows(b, {
      title: 'Skjult tabel',
      items: [
        ['Projektledelse', 'Service', 300],
        ['Licenser', 'Service', 200],
        ['Evaluering', 'Service', 100],
      ],
      totals: [700],
    });
    // A very hidden sheet (only visible through VBA) with a misspelt styringsområde.
    const c = wb.addWorksheet('Meget skjult ark');
    c.state = 'veryHidden';
    addProposalRows(c, {
      title: 'Meget skjult tabel',
      items: [
        ['Projektledelse', 'Service', 300],
        ['Licenser', 'Servce', 200],
      ],
      totals: [500],
    });
    await saveWorkbook(wb, file);
  },

  async 'million-rows.xlsx'(file: string) {
    // A proposal sheet with a wrong total (C9), then a data dump of 1.000.000 rows in two columns.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
    wb.creator = 'Budgettjek testkorpus';
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
    const p = wb.addWorksheet('BC30');
    const rows = [
      ['BC30 Automatisk kontering'],
      [],
      ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
      ['1.000 kr. 2027 p/l', 'Styringsområde', ...YEARS],
      ['Implementeringsomkostninger'],
      ['Projektledelse', 'Service', 300],
      ['Licenser', 'Service', 200],
      ['Evaluering', 'Service', 100],
      ['Samlede implementeringsomkostninger', 'Service', 650],
    ];
    for (const r of rows) p.addRow(r).commit();
    await p.commit();
    const d = wb.addWorksheet('Data');
    d.addRow(['Bilagsnummer', 'Beløb']).commit();
    for (let i = 1; i < 1000000; i++) d.addRow([100000 + i, (i * 7919) % 100000]).commit();
    await d.commit();
    await wb.commit();
    fixZipDatesInFile(file);
  },

  async 'shared-formula-bomb.xlsx'(file: string) {
    // One 21 kB shared formula (A1) with 200.000 dependent cells: 4,2 GB of formula text if
    // every dependent were expanded, in a file of about 1 MB.
    const master = Array.from({ length: 3000 }, (_, i) => `B${i + 1}`).join('+').slice(0, 21_000).replace(/\+[^+]*$/, '');
    let xml = SHEET_HEAD + `<row r="1"><c r="A1"><f t="shared" ref="A1:A200000" si="0">${master}</f><v>1</v></c></row>`;
    const rows = [];
    for (let r = 2; r <= 200_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><f t="shared" si="0"/><v>1</v></c></row>`);
    xml += rows.join('') + SHEET_TAIL;
    writeZip(file, minimalWorkbookParts({ name: 'xl/worksheets/sheet1.xml', data: xml }));
  },

  async 'image-bomb.xlsx'(file: string) {
    // A checkable proposal table plus a 1 GiB "image" (zeros) that deflates to about 1 MB.
    const parts = await proposalParts();
    writeZip(file, [...parts, repeatedEntry('xl/media/image1.png', 1 << 30, Buffer.alloc(1))]);
  },

  async 'customxml-bomb.xlsx'(file: string) {
    // A proposal table plus 700 MB of custom XML that the checker never reads.
    const parts = await proposalParts();
    const unit = Buffer.from('<item a="1"/>');
    const head = Buffer.from('<?xml version="1.0"?><root>');
    writeZip(file, [...parts, repeatedEntry('customXml/item1.xml', 700 * 1024 * 1024, unit, head, Buffer.from('</root>'))]);
  },

  async 'four-million-cells.xlsx'(file: string) {
    // 4.000.000 numeric cells (400.000 rows × 10) in one sheet: inside the checker's cell limit,
    // far past what a copy with ExcelJS may hold.
    // Seeded random amounts, so the sheet does not compress past the inflate-ratio limit.
    const rnd = mulberry32(4);
    const rows = [];
    for (let r = 0; r < 4000; r++) rows.push(`<row>${Array.from({ length: 10 }, () => `<c><v>${Math.floor(rnd() * 1e6)}</v></c>`).join('')}</row>`);
    const block = Buffer.from(rows.join(''));
    const sheet = repeatedEntry('xl/worksheets/sheet1.xml', SHEET_HEAD.length + SHEET_TAIL.length + 102 * block.length, block, Buffer.from(SHEET_HEAD), Buffer.from(SHEET_TAIL));
    writeZip(file, minimalWorkbookParts(sheet));
  },

  async 'dense-cells.xlsx'(file: string) {
    // 2.000.000 cells of one digit (200.000 rows × 10): 32 MB of sheet XML, highly compressible,
    // about 200 kB on disk: a file's size on disk says nothing of what reading it costs.
    const rnd = mulberry32(7);
    const rows = [];
    for (let r = 0; r < 150; r++) rows.push(`<row>${Array.from({ length: 10 }, () => `<c><v>${Math.floor(rnd() * 10)}</v></c>`).join('')}</row>`);
    const block = Buffer.from(rows.join(''));
    const perBody = Math.floor((1 << 20) / block.length);
    const bodies = Math.ceil(2_000_000 / (1500 * perBody));
    const size = SHEET_HEAD.length + SHEET_TAIL.length + bodies * perBody * block.length;
    writeZip(file, minimalWorkbookParts(repeatedEntry('xl/worksheets/sheet1.xml', size, block, Buffer.from(SHEET_HEAD), Buffer.from(SHEET_TAIL))));
  },

  async 'deep-nesting.xlsx'(file: string) {
    // 57 kB of nested elements inside a cell.
    const depth = 19_000;
    const xml = SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is>' + '<t>'.repeat(depth) + 'x' + '</t>'.repeat(depth) + '</is></c></row>' + SHEET_TAIL;
    writeZip(file, minimalWorkbookParts({ name: 'xl/worksheets/sheet1.xml', data: xml }));
  },

  async 'deep-nesting-comments.xlsx'(file: string) {
    // A proposal table the checker reads, and deep nesting in a comments part that only the copy parses.
    const parts = await proposalParts();
    const depth = 19_000;
    const xml = '<?xml version="1.0"?><comments>' + '<a>'.repeat(depth) + '</a>'.repeat(depth) + '</comments>';
    writeZip(file, [...parts, { name: 'xl/comments1.xml', data: xml }]);
  },

  async 'escape-sequences.xlsx'(file: string) {
    // ESC in a sheet name (XML 1.1 character reference) and in cell text (an _x001B_ escape).
    const parts = await proposalParts((name, text) => {
      if (name === 'xl/workbook.xml') {
        return text.replace('<?xml version="1.0"', '<?xml version="1.1"').replace('name="BC40"', 'name="BC40&#x1b;]0;pwned&#x7;&#x1b;[2J"');
      }
      if (name === 'xl/sharedStrings.xml') return text.replace('Licenser', 'Licenser_x001B_[2J_x001B_[8m');
      return undefined;
    });
    writeZip(file, parts);
  },

  async 'duplicate-parts.xlsx'(file: string) {
    // Two entries named xl/worksheets/sheet1.xml: one adds up, the other does not.
    const parts = await proposalParts();
    const sheet = sheetPart(parts);
    const other = { name: sheet.name, data: Buffer.from(sheet.data.toString().replace('<v>600</v>', '<v>999999</v>')) };
    writeZip(file, [...parts, other]);
  },

  async 'duplicate-parts-case.xlsx'(file: string) {
    // The same part twice, names differing only in case.
    const parts = await proposalParts();
    const sheet = sheetPart(parts);
    writeZip(file, [...parts, { name: 'XL/Worksheets/Sheet1.xml', data: sheet.data }]);
  },

  async 'part-names-case.xlsx'(file: string) {
    // Valid OPC: part names are case-insensitive. XL/Workbook.xml and friends.
    const parts = await proposalParts();
    const rename: Record<string, string> = { 'xl/workbook.xml': 'XL/Workbook.xml', 'xl/_rels/workbook.xml.rels': 'XL/_rels/Workbook.xml.rels', 'xl/worksheets/sheet1.xml': 'XL/Worksheets/Sheet1.xml' };
    writeZip(file, parts.map((p) => ({ name: rename[p.name] ?? p.name, data: p.data })));
  },

  async 'exotic-numbers.xlsx'(file: string) {
    // Amounts that Number() would take: hex, Infinity, NaN, and 1e400 (beyond a double).
    const parts = await proposalParts((name, text) => {
      if (!name.startsWith('xl/worksheets/sheet')) return undefined;
      return text.replace('<v>777001</v>', '<v>0x190</v>').replace('<v>777002</v>', '<v>1e400</v>').replace('<v>100</v>', '<v>Infinity</v>').replace('<v>200</v>', '<v>NaN</v>');
    });
    writeZip(file, parts);
  },

  async 'table-whole-sheet.xlsx'(file: string) {
    const parts = await proposalParts((name, text) => {
      if (name === 'xl/worksheets/sheet1.xml') return text.replace('</worksheet>', '<tableParts count="1"><tablePart r:id="rIdWholeSheet"/></tableParts></worksheet>');
      if (name === '[Content_Types].xml') {
        return text.replace('</Types>', '<Override PartName="/xl/tables/tableWhole.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>');
      }
      return undefined;
    });
    const rel = '<Relationship Id="rIdWholeSheet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/tableWhole.xml"/>';
    const relsName = 'xl/worksheets/_rels/sheet1.xml.rels';
    const old = parts.find((p) => p.name === relsName);
    const rels = old
      ? old.data.toString('utf8').replace('</Relationships>', `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
    const columns = Array.from({ length: 5000 }, (_, k) => `<tableColumn id="${k + 1}" name="Kolonne${k + 1}"/>`).join('');
    const table =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="9" name="Hele" displayName="Hele" ref="A1:XFD1048576"><tableColumns count="5000">${columns}</tableColumns></table>`;
    writeZip(file, [...parts.filter((p) => p.name !== relsName), { name: relsName, data: rels }, { name: 'xl/tables/tableWhole.xml', data: table }]);
  },

  async 'proposal.xlsx'(file: string) {
    // A plain, valid proposal table: the input for the output-target cases.
    writeZip(file, await proposalParts());
  },

  async 'many-sheets.xlsx'(file: string) {
    // 3.000 sheets, each with a small proposal table; only Ark3000's total is wrong (C9).
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
    wb.creator = 'Budgettjek testkorpus';
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
    for (let n = 1; n <= 3000; n++) {
      const ws = wb.addWorksheet(`Ark${n}`);
      const a = 100 + (n % 50);
      const b = 200 + (n % 7);
      const c = 50;
      const total = n === 3000 ? a + b + c + 10 : a + b + c;
      const rows = [
        [`Forslag nr. ${n}`],
        [],
        ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
        ['1.000 kr. 2027 p/l', 'Styringsområde', ...YEARS],
        ['Implementeringsomkostninger'],
        ['Projektledelse', 'Service', a, 10],
        ['Licenser', 'Service', b, 20],
        ['Evaluering', 'Service', c, 30],
        ['Samlede implementeringsomkostninger', 'Service', total, 60],
      ];
      for (const r of rows) ws.addRow(r).commit();
      await ws.commit();
    }
    await wb.commit();
    fixZipDatesInFile(file);
  },
};

// ---------------------------------------------------------------------------------------------

/** A hash of this script and the fixture builders it uses: the cached files are current while it holds. */
function scriptHash(): string {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(__filename));
  const builders = path.join(__dirname, 'fixtures');
  for (const name of fs.readdirSync(builders).sort()) hash.update(name).update(fs.readFileSync(path.join(builders, name)));
  return hash.digest('hex');
}

function writeManifest(): void {
  const manifest = entries.map(({ generated: _generated, ...entry }) => entry);
  const text = JSON.stringify(manifest, null, 2) + '\n';
  if (!fs.existsSync(MANIFEST) || fs.readFileSync(MANIFEST, 'utf8') !== text) fs.writeFileSync(MANIFEST, text);
}

/** The names of the files the corpus is generated as, each once. */
export const GENERATED_FILES: readonly string[] = [...new Set(entries.filter((e) => e.generated !== false).map((e) => e.file))];

/** Writes one corpus file (through a temporary name, so a cut-off run leaves no half file). */
async function generate(name: string, dir: string): Promise<void> {
  const write = generators[name];
  if (!write) throw new Error(`no generator for ${name}`);
  const file = path.join(dir, name);
  const t = Date.now();
  const tmp = `${file}.tmp`;
  await write(tmp);
  fs.renameSync(tmp, file);
  process.stdout.write(`${name}: ${fs.statSync(file).size} bytes, ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--out');
  if (at >= 0) {
    // Only the named files, into a folder of their own: no cache, no manifest.
    const dir = path.resolve(argv[at + 1] ?? '.');
    fs.mkdirSync(dir, { recursive: true });
    for (const name of argv.filter((a, i) => i !== at && i !== at + 1 && !a.startsWith('--'))) await generate(name, dir);
    return;
  }
  const force = argv.includes('--force');
  fs.mkdirSync(OUT, { recursive: true });
  const hash = scriptHash();
  const stale = force || !fs.existsSync(STAMP) || fs.readFileSync(STAMP, 'utf8').trim() !== hash;
  if (stale && fs.existsSync(STAMP)) fs.unlinkSync(STAMP);
  const started = Date.now();
  for (const name of GENERATED_FILES) {
    if (!stale && fs.existsSync(path.join(OUT, name))) continue;
    await generate(name, OUT);
  }
  fs.writeFileSync(STAMP, hash + '\n');
  writeManifest();
  process.stdout.write(`korpus klar i ${path.relative(ROOT, OUT)} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

if (require.main === module) runGenerator('make-bad-corpus', main);
