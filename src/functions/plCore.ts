/**
 * What =BUDGETTJEK.PL computes with, loaded on the function's first call (not on the task pane's
 * first paint, which shares the page): the built-in templates, the session's template resolution
 * (the same as the pane's and the ribbon's) and the conversion (decimal.js).
 */
import { builtinTemplates, defaultTemplateId, type Template } from '../core';
import { convertAmount, type SavedSettings } from '../office';
import { resolveTemplates, validOverrides } from '../addin';

export function plWithSettings(amount: number, from: number, to: number, styringsomraade: string | undefined, settings: SavedSettings | null, templates: Template[] = builtinTemplates): number {
  const { selected } = resolveTemplates(settings, templates, defaultTemplateId);
  return convertAmount(amount, from, to, styringsomraade, selected, validOverrides(settings?.indexOverrides));
}
