/**
 * `budgettjek check` over several files, in-process: one case per folder, --each, files reported as
 * they complete, unreadable files kept, control characters shown, progress only on a terminal.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as readers from '../readers';
import type { CliIO } from './io';
import { main } from './main';
import { visible } from './output/terminalText';

const appendix = join(__dirname, '..', '..', 'examples', 'ofs-2025-2026-bilag.xlsx');

async function run(argv: string[], extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const writes: string[] = [];
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
      writes.push(t);
    },
    stderr: (t) => (stderr += t),
    colour: false,
    ...extra,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, writes };
}

/** The appendix split into one file per sheet, optionally with BC01's first amount changed. */
async function splitAppendix(dir: string, bc01First?: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (const keep of ['Oversigt', 'BC01', 'BC02', 'BC39']) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(appendix);
    for (const ws of [...wb.worksheets]) if (ws.name !== keep) wb.removeWorksheet(ws.id);
    if (keep === 'BC01' && bc01First !== undefined) {
      const ws = wb.getWorksheet('BC01')!;
      const old = Number(ws.getCell('C6').value);
      ws.getCell('C6').value = bc01First;
      const total = ws.getCell('C10');
      total.value = Number(total.value) + bc01First - old;
    }
    const file = join(dir, `${keep}.xlsx`);
    await wb.xlsx.writeFile(file);
    names.push(file);
  }
  return names;
}

jest.setTimeout(60_000);

describe('one case per folder', () => {
  it('reconciles the overview with proposals in the other files of its folder, and says in JSON which file each side came from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-case-'));
    await splitAppendix(join(dir, 'runde1'), 445);
    const whole = JSON.parse((await run(['check', '--format', 'json', appendix])).stdout);
    const split = await run(['check', '--format', 'json', join(dir, 'runde1')]);
    const doc = JSON.parse(split.stdout);
    const rules = (files: { findings: { rule: string }[] }[]) => files.flatMap((f) => f.findings.map((x) => x.rule)).sort();
    // The same findings as the one-workbook appendix, plus the planted mismatch (and BC01's total).
    expect(rules(doc.files).filter((r) => r !== 'CROSS_TABLE_MISMATCH')).toEqual(rules(whole.files));
    const cross = doc.files.flatMap((f: { findings: { rule: string }[] }) => f.findings).filter((f: { rule: string }) => f.rule === 'CROSS_TABLE_MISMATCH');
    expect(cross).toEqual([
      expect.objectContaining({ sheet: 'Oversigt', cell: 'D4', source: join(dir, 'runde1', 'Oversigt.xlsx'), otherFile: join(dir, 'runde1', 'BC01.xlsx') }),
    ]);
    const text = await run(['check', join(dir, 'runde1')]);
    expect(text.stdout).toContain(`(fra ${join(dir, 'runde1', 'BC01.xlsx')})`);
  });

  it('never mixes files of different folders, and --each checks every file alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-case-'));
    const [overview] = await splitAppendix(join(dir, 'oversigt'));
    mkdirSync(join(dir, 'forslag'));
    for (const code of ['BC01', 'BC02', 'BC39']) copyFileSync(join(dir, 'oversigt', `${code}.xlsx`), join(dir, 'forslag', `${code}.xlsx`));
    const notFound = (doc: { files: { path: string; findings: { rule: string }[] }[] }, path: string) =>
      doc.files.find((f) => f.path === path)!.findings.filter((f) => f.rule === 'PROPOSAL_NOT_FOUND').length;

    // Overview alone in one folder, proposals in another: nothing reconciles across.
    const lone = mkdtempSync(join(tmpdir(), 'bt-case-'));
    copyFileSync(overview, join(lone, 'Oversigt.xlsx'));
    const apart = JSON.parse((await run(['check', '--format', 'json', lone, join(dir, 'forslag')])).stdout);
    expect(notFound(apart, join(lone, 'Oversigt.xlsx'))).toBe(3);

    const together = JSON.parse((await run(['check', '--format', 'json', join(dir, 'oversigt')])).stdout);
    expect(notFound(together, overview)).toBe(0);
    const each = JSON.parse((await run(['check', '--each', '--format', 'json', join(dir, 'oversigt')])).stdout);
    expect(notFound(each, overview)).toBe(3);
  });
});

describe('streamed, file by file', () => {
  it('writes a file as soon as its case is complete, before later files are read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bt-stream-'));
    const paths = ['a', 'b', 'c'].map((d) => {
      mkdirSync(join(root, d));
      copyFileSync(appendix, join(root, d, 'bilag.xlsx'));
      return join(root, d, 'bilag.xlsx');
    });
    const events: string[] = [];
    const real = readers.visitWorkbookFile;
    const spy = jest.spyOn(readers, 'visitWorkbookFile').mockImplementation((path, visit, options) => {
      events.push(`read ${path}`);
      return real(path, visit, options);
    });
    try {
      const res = await run(['check', '--jobs', '1', root], {
        stdout: (t) => {
          const file = paths.find((p) => t.startsWith(p));
          if (file) events.push(`write ${file}`);
        },
      });
      expect(res.code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(events).toEqual(paths.flatMap((p) => [`read ${p}`, `write ${p}`]));
  });
});

describe('control characters from a workbook', () => {
  it('are shown, never passed to the terminal: sheet names, labels, file names, error messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bt-esc-'));
    const zip = await JSZip.loadAsync(readFileSync(appendix));
    const wbXml = (await zip.file('xl/workbook.xml')!.async('string')).replace('version="1.0"', 'version="1.1"').replace('name="BC01"', 'name="BC01&#x1b;[2J"');
    zip.file('xl/workbook.xml', wbXml);
    const sst = (await zip.file('xl/sharedStrings.xml')!.async('string')).replace('Samlede implementeringsomkostninger', 'Samlede_x001B_]0;titel_x0007_ implementeringsomkostninger');
    zip.file('xl/sharedStrings.xml', sst);
    const file = join(dir, 'bilag\x1b[31m.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    writeFileSync(join(dir, 'ødelagt\x1b]0;x\x07.xlsx'), 'not a zip');

    const { stdout, stderr } = await run(['check', dir]);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stdout).toContain('bilag␛[31m.xlsx');
    expect(stdout).toContain('Ark BC01␛[2J');
    expect(stdout).toMatch(/Samlede␛\]0;titel␇ implementeringsomkostninger/);
    expect(stderr).toContain('ødelagt␛]0;x␇.xlsx');
    // JSON escapes them itself, and keeps the text as it is.
    const json = await run(['check', '--format', 'json', file]);
    expect(JSON.parse(json.stdout).files[0].tables.map((t: { sheet: string }) => t.sheet)).toContain('BC01\x1b[2J');
  });

  it('visible(): C0 as control pictures, DEL, C1 and bidi overrides as escapes, line breaks as spaces', () => {
    expect(visible('a\x1bb\x00c\x7fd\x9be\u202ef\ng\th')).toBe('a␛b␀c␡d\\u009be\\u202ef g h');
  });
});

describe('progress', () => {
  it('shows files done of total on a terminal (stderr), never on stdout', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bt-progress-'));
    for (const d of ['a', 'b']) {
      mkdirSync(join(root, d));
      copyFileSync(appendix, join(root, d, 'bilag.xlsx'));
    }
    const shown = await run(['check', '--jobs', '1', root], { progress: true, progressAfterMs: 0 });
    await new Promise((r) => setTimeout(r, 5));
    expect(shown.stderr).toMatch(/\r\x1b\[2K\d\/2 /);
    expect(shown.stderr).toContain(join(root, 'b', 'bilag.xlsx'));
    expect(shown.stdout).not.toMatch(/\r|\x1b/);
    const quiet = await run(['check', '--jobs', '1', root], { progress: false, progressAfterMs: 0 });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(shown.stdout);
  });
});
