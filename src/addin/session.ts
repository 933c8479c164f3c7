/**
 * The add-in's session, shared by the task pane, the ribbon ("Tjek totaler") and =BUDGETTJEK.PL:
 * which template the workbook uses (a built-in one or its own, saved with the workbook), the price
 * indices the user edited, and how an error reads. A room of its own below the three shells, so
 * none of them imports another; it stands on the core and the Office.js layer only.
 */
import { templateWithOverrides, usableOverrides, type Finding } from '../core';
import { parseTemplate, TemplateError, type Template } from '../core/templates/template';
import type { SavedSettings } from '../office';

/** The finding the ribbon command jumps to: the first error, else the first warning, else none. */
export function firstNotable(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
}

export type TemplateFileOutcome = { ok: true; template: Template; json: string } | { ok: false; error: string };

/** Reads a template file's text: JSON, then the core's validation. Errors are the core's Danish messages. */
export function readTemplateFile(text: string, fileName: string, notJson: string): TemplateFileOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: `${fileName}: ${notJson}` };
  }
  try {
    return { ok: true, template: parseTemplate(json, fileName), json: JSON.stringify(json) };
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, error: e.message };
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export interface ResolvedTemplates {
  /** Built-ins, plus the workbook's own template when it has one. */
  available: Template[];
  /** The chosen template as saved (without index overrides). */
  selected: Template;
  custom: Template | null;
  /** A saved custom template that no longer validates. */
  problem?: string;
}

export function resolveTemplates(settings: SavedSettings | null, builtins: readonly Template[], defaultId: string): ResolvedTemplates {
  let custom: Template | null = null;
  let problem: string | undefined;
  if (settings?.customTemplateJson) {
    const r = readTemplateFile(settings.customTemplateJson, settings.templateId, 'JSON');
    if (r.ok) custom = r.template;
    else problem = r.error;
  }
  const available = custom ? [...builtins.filter((t) => t.id !== custom!.id), custom] : [...builtins];
  const wanted = settings?.templateId ?? defaultId;
  const selected = available.find((t) => t.id === wanted) ?? available.find((t) => t.id === defaultId) ?? available[0];
  return problem ? { available, selected, custom, problem } : { available, selected, custom };
}

/** The template with the workbook's edited index percentages applied. */
export const applyIndexOverrides = (template: Template, overrides: Record<string, string> | undefined): Template => templateWithOverrides(template, overrides);

/** Only the overrides that read as valid percentages (what is passed on to the core). */
export const validOverrides = (overrides: Record<string, string> | undefined): Record<string, string> => usableOverrides(overrides);
