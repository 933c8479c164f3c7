/**
 * The add-in's saved choices live in Office.context.document.settings under "budgettjek": saved
 * per document by saveAsync, loaded with the document. A value that is missing or malformed reads
 * as null (the caller falls back to defaults) rather than breaking the task pane.
 */
import { SETTINGS_KEY } from './constants';
import type { OfficeLike } from './deps';
import type { SavedSettings } from './gateway';

export function parseSavedSettings(raw: unknown): SavedSettings | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.templateId !== 'string' || !v.templateId) return null;
  const out: SavedSettings = { templateId: v.templateId };
  if (typeof v.customTemplateJson === 'string') out.customTemplateJson = v.customTemplateJson;
  if (v.indexOverrides && typeof v.indexOverrides === 'object' && !Array.isArray(v.indexOverrides)) {
    const overrides: Record<string, string> = {};
    for (const [k, x] of Object.entries(v.indexOverrides as Record<string, unknown>)) {
      if (typeof x === 'string' || typeof x === 'number') overrides[k] = String(x);
    }
    out.indexOverrides = overrides;
  }
  return out;
}

export async function loadSettings(office: OfficeLike): Promise<SavedSettings | null> {
  return parseSavedSettings(office.context.document.settings.get(SETTINGS_KEY));
}

export function saveSettings(office: OfficeLike, settings: SavedSettings): Promise<void> {
  const value: SavedSettings = { templateId: settings.templateId };
  if (settings.customTemplateJson !== undefined) value.customTemplateJson = settings.customTemplateJson;
  if (settings.indexOverrides) value.indexOverrides = { ...settings.indexOverrides };
  const store = office.context.document.settings;
  store.set(SETTINGS_KEY, value);
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result && String(result.status).toLowerCase() === 'failed') {
        reject(new Error(`Indstillingerne kunne ikke gemmes i projektmappen: ${result.error?.message ?? 'ukendt fejl'}`));
      } else resolve();
    });
  });
}
