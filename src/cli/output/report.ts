/** What the check of one or more files produced, as the text and JSON writers consume it. */
import { summarizeFindings, type AnalysisResult, type Lang, type Template } from '../../core';
import type { FileError } from '../checkFile';

/**
 * One file of the report: its result, or why it could not be read. `rendered` is the file's part of
 * the report as the report's stream would write it, when already written (by a worker thread).
 */
export type FileReport = { path: string; result: AnalysisResult; error?: undefined; rendered?: string } | { path: string; error: FileError; result?: undefined; rendered?: undefined };

/** How the report is written: what a worker thread needs to write a file's part of it. */
export interface ReportStyle {
  format: 'text' | 'json';
  lang: Lang;
  colour: boolean;
}

export interface ReportHeader {
  tool: { name: string; version: string };
  template: Template;
  templateSource: string;
  lang: Lang;
}

export interface CheckReport extends ReportHeader {
  files: FileReport[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  tables: number;
  /** Files that could not be read (in JSON only when there are any). */
  unreadable?: number;
}

/** A report written file by file: the head, each file as soon as it is ready, then the summary. */
export interface ReportStream {
  begin(): string;
  file(file: FileReport): string;
  end(): string;
}

/** Counts findings, tables and unreadable files as files arrive. */
export class SummaryCount {
  readonly summary: Summary = { errors: 0, warnings: 0, infos: 0, tables: 0 };
  files = 0;

  add(f: FileReport): void {
    this.files++;
    const s = this.summary;
    if (f.error) {
      s.unreadable = (s.unreadable ?? 0) + 1;
      return;
    }
    s.tables += f.result.tables.length;
    summarizeFindings(f.result.findings, s);
  }
}

export function summarize(files: FileReport[]): Summary {
  const count = new SummaryCount();
  for (const f of files) count.add(f);
  return count.summary;
}

/** The whole report at once, from a stream writer. */
export function wholeReport(stream: ReportStream, files: FileReport[]): string {
  return stream.begin() + files.map((f) => stream.file(f)).join('') + stream.end();
}
