/**
 * The core's heavy parts, loaded when first used rather than on the pane's first paint (issue
 * 11.6): the analysis (detection, the rule catalogue) when a check runs, the price-level
 * conversion when a table is converted. Same signatures as the core's, but asynchronous; webpack
 * emits each as its own chunk (taskpane-analysis.js, taskpane-price-level.js), loaded from 'self'.
 */
import type { AnalysisResult, ConversionResult, ConvertOptions, convertTable as ConvertTable, ProposedFix, Template, WorkbookGrid } from '../core';

export async function analyseWorkbook(workbook: WorkbookGrid, template: Template): Promise<AnalysisResult> {
  const core = await import(/* webpackChunkName: "analysis" */ '../core/analyse');
  return core.analyseWorkbook(workbook, template);
}

export async function convertTable(table: Parameters<typeof ConvertTable>[0], template: Template, opts: ConvertOptions): Promise<ConversionResult> {
  const core = await import(/* webpackChunkName: "price-level" */ '../core/priceLevel/convert');
  return core.convertTable(table, template, opts);
}

export async function proposeFixes(workbook: WorkbookGrid, result: AnalysisResult, template: Template): Promise<ProposedFix[]> {
  const core = await import(/* webpackChunkName: "analysis" */ '../core/fixes/proposeFixes');
  return core.proposeFixes(workbook, result, template);
}
