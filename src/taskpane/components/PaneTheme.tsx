/**
 * Fluent's theme matching Office's: light, dark or high contrast (src/office/theme.ts). The light
 * theme is on the first paint; the dark and high-contrast ones load when Office asks for them.
 * Forced colours (Windows high contrast) are left to the browser: nothing here overrides them.
 */
import * as React from 'react';
import { FluentProvider, makeStyles, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Lang } from '../../core';
import type { PaneTheme as PaneThemeKind } from '../../office';

const useStyles = makeStyles({
  // The provider paints the pane: its background and text follow the theme edge to edge.
  root: { minHeight: '100vh' },
});

export function PaneTheme({ theme, lang, children }: { theme: PaneThemeKind; lang: Lang; children: React.ReactNode }) {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<{ kind: PaneThemeKind; theme: Theme } | null>(null);
  React.useEffect(() => {
    if (theme === 'light') return;
    let live = true;
    void import(/* webpackChunkName: "themes" */ './themes').then((m) => live && setLoaded({ kind: theme, theme: theme === 'dark' ? m.webDarkTheme : m.teamsHighContrastTheme }));
    return () => {
      live = false;
    };
  }, [theme]);
  const fluent = theme !== 'light' && loaded?.kind === theme ? loaded.theme : webLightTheme;
  return (
    <FluentProvider theme={fluent} lang={lang === 'da' ? 'da' : 'en'} className={styles.root} data-theme={theme !== 'light' && loaded?.kind === theme ? theme : 'light'}>
      {children}
    </FluentProvider>
  );
}
