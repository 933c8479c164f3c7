/** What the check of one or more files produced, as the text and JSON writers consume it. */
import type { AnalysisResult, Lang } from '../../core/model';
import type { Template } from '../../core/templates/template';

export interface FileReport {
  path: string;
  result: AnalysisResult;
}

export interface CheckReport {
  tool: { name: string; version: string };
  template: Template;
  templateSource: string;
  files: FileReport[];
  lang: Lang;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  tables: number;
}

export function summarize(files: FileReport[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, tables: 0 };
  for (const f of files) {
    s.tables += f.result.tables.length;
    for (const finding of f.result.findings) {
      if (finding.severity === 'error') s.errors++;
      else if (finding.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
