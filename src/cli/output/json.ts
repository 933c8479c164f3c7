/**
 * The JSON document of SPEC §4: one document for the whole run, written file by file — the head,
 * each element of `files` as soon as it is ready, then `summary` — and laid out exactly as
 * `JSON.stringify(document, null, 2)` would lay out the whole.
 */
import type Decimal from 'decimal.js';
import { findingText, type Lang } from '../../core';
import { CheckReport, FileReport, ReportHeader, ReportStream, SummaryCount, wholeReport } from './report';

const num = (d: Decimal | undefined) => (d === undefined ? undefined : d.toNumber());

/** A value as JSON.stringify(…, null, 2) writes it at `depth` levels of nesting. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

export function fileJson(f: FileReport, lang: Lang): object {
  if (f.error) return { path: f.path, error: { code: f.error.code, message: f.error.message[lang] }, tables: [], findings: [] };
  return {
    path: f.path,
    tables: f.result.tables.map((t) => ({
      id: t.id,
      sheet: t.sheet,
      range: t.rangeA1,
      title: t.title,
      unit: t.unit,
      priceLevel: t.priceLevel,
      years: t.years,
      kind: t.kind,
      label: t.label?.text ?? null,
      proposalCode: t.proposalCode,
      ...(t.headings ? { headings: t.headings } : {}),
    })),
    findings: f.result.findings.map((x) => ({
      rule: x.rule,
      severity: x.severity,
      sheet: x.sheet,
      cell: x.cell,
      // A finding read from a sentence: the paragraph it stands in ("Afsnit 2. Økonomi, 1. afsnit").
      ...(x.paragraph !== undefined ? { paragraph: x.paragraph[lang] } : {}),
      table: x.table,
      message: findingText(x, lang),
      expected: num(x.expected),
      actual: num(x.actual),
      difference: num(x.difference),
      // A finding whose other side is in another file of the case: where each side came from.
      ...(x.otherFile !== undefined ? { source: f.path, otherFile: x.otherFile } : {}),
    })),
  };
}

/** A file's element of `files`, laid out at its depth in the document. */
export function jsonFilePart(file: FileReport, lang: Lang): string {
  return nested(fileJson(file, lang), 2);
}

export class JsonReportStream implements ReportStream {
  private readonly count = new SummaryCount();

  constructor(private readonly header: ReportHeader) {}

  begin(): string {
    const { template } = this.header;
    const head = nested(
      {
        tool: this.header.tool,
        template: {
          id: template.id,
          name: template.name,
          source: this.header.templateSource,
          priceLevel: template.priceLevel,
          years: template.years,
        },
      },
      0,
    );
    return `${head.slice(0, -2)},\n  "files": [`;
  }

  file(file: FileReport): string {
    const first = this.count.files === 0;
    this.count.add(file);
    return `${first ? '' : ','}\n    ${file.rendered ?? jsonFilePart(file, this.header.lang)}`;
  }

  end(): string {
    return `${this.count.files ? '\n  ' : ''}],\n  "summary": ${nested(this.count.summary, 1)}\n}\n`;
  }
}

export function jsonReport(report: CheckReport): string {
  return wholeReport(new JsonReportStream(report), report.files).replace(/\n$/, '');
}
