/** The JSON document of SPEC §4: one document for the whole run. */
import type Decimal from 'decimal.js';
import { renderMessage } from '../../core/messages';
import { CheckReport, summarize } from './report';

const num = (d: Decimal | undefined) => (d === undefined ? undefined : d.toNumber());

export function jsonReport(report: CheckReport): string {
  const { template } = report;
  return JSON.stringify(
    {
      tool: report.tool,
      template: {
        id: template.id,
        name: template.name,
        source: report.templateSource,
        priceLevel: template.priceLevel,
        years: template.years,
      },
      files: report.files.map((f) => ({
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
          table: x.table,
          message: renderMessage(x, report.lang),
          expected: num(x.expected),
          actual: num(x.actual),
          difference: num(x.difference),
        })),
      })),
      summary: summarize(report.files),
    },
    null,
    2,
  );
}
