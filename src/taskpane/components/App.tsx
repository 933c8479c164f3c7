/**
 * The task pane: composes its sections over the add-in's session (src/addin/controller.ts, through
 * ../useSession.ts). No action is written here; each section owns its view state and calls the
 * session, which talks to Excel through the gateway.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { SessionController, SessionOptions } from '../../addin';
import { currentPaneTheme, type PaneTheme as PaneThemeKind } from '../../office';
import { stringsFor } from '../strings';
import { useSession } from '../useSession';
import { CheckSection } from './CheckSection';
import { PaneTheme } from './PaneTheme';
import { RibbonBanner } from './RibbonBanner';
import { FindingsSection, PriceLevelSection, WorkshopSection } from './Sections';
import { TemplatePicker } from './TemplatePicker';

export type AppProps = SessionOptions & { controller?: SessionController; theme?: PaneThemeKind };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', maxWidth: '100%', minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function App({ theme, ...options }: AppProps) {
  const styles = useStyles();
  const session = useSession(options);
  const s = stringsFor(session.state.lang);
  const paneTheme = React.useMemo(() => theme ?? currentPaneTheme(), [theme]);
  return (
    <PaneTheme theme={paneTheme} lang={session.state.lang}>
      <main className={styles.root}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        <RibbonBanner session={session} s={s} />
        <TemplatePicker session={session} s={s} />
        <CheckSection session={session} s={s} />
        <FindingsSection session={session} s={s} />
        <PriceLevelSection session={session} s={s} />
        <WorkshopSection session={session} />
      </main>
    </PaneTheme>
  );
}
