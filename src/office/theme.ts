/**
 * Office's theme as the pane should follow it: light, dark, or high contrast. Office.js gives the
 * theme's colours (Office.context.officeTheme, with isDarkTheme on newer hosts); a high-contrast
 * theme is the system's forced colours, which the browser reports as a media feature.
 */
export type PaneTheme = 'light' | 'dark' | 'highContrast';

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance (0 black … 1 white) of "#RRGGBB"; null when it is no such colour. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? '').trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function paneTheme(officeTheme: OfficeThemeLike | undefined | null, forcedColors: boolean): PaneTheme {
  if (forcedColors) return 'highContrast';
  if (!officeTheme) return 'light';
  if (typeof officeTheme.isDarkTheme === 'boolean') return officeTheme.isDarkTheme ? 'dark' : 'light';
  const l = luminance(officeTheme.bodyBackgroundColor);
  return l !== null && l < 0.2 ? 'dark' : 'light';
}

/** The theme of the page's Office (globals), read when the pane starts. */
export function currentPaneTheme(): PaneTheme {
  const g = globalThis as { Office?: { context?: { officeTheme?: OfficeThemeLike } }; matchMedia?: (q: string) => { matches: boolean } };
  let forced = false;
  try {
    forced = Boolean(g.matchMedia?.('(forced-colors: active)').matches);
  } catch {
    forced = false;
  }
  let theme: OfficeThemeLike | undefined;
  try {
    theme = g.Office?.context?.officeTheme;
  } catch {
    theme = undefined;
  }
  return paneTheme(theme, forced);
}
