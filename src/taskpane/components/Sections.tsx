/**
 * The pane's sections below the check: the findings with their fixes, the price level, the
 * template workshop. Each takes the session and renders its (lazily loaded) view with the notices
 * of its own actions next to it.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Session } from '../useSession';
import type { Strings } from '../strings';
import { FindingsView, FixesBar, PriceLevelView, TemplateWorkshop } from './LazyViews';
import { SectionNotice } from './SectionNotice';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  divided: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function FindingsSection({ session, s }: { session: Session; s: Strings }) {
  const styles = useStyles();
  const { state, actions } = session;
  const busy = Boolean(state.busy);
  const result = state.checked?.result;
  const hasFindings = Boolean(result && result.findings.length > 0);
  return (
    <>
      <SectionNotice notice={state.notice} actions={['fix', 'undo', 'select']} s={s} />
      {result && hasFindings && (
        <section aria-label={s.findingsTitle} className={styles.section}>
          <h2 className={styles.h2}>{s.findingsTitle}</h2>
          <FindingsView result={result} lang={state.lang} s={s} fixes={state.fixes} busy={busy} onSelect={(f) => void actions.select(f)} onApply={(f) => void actions.applyFixes(f)} />
        </section>
      )}
      <FixesBar fixes={state.fixes} fixSteps={state.fixSteps} lang={state.lang} busy={busy} onApply={(f) => void actions.applyFixes(f)} onUndo={(w) => void actions.undo(w)} />
    </>
  );
}

export function PriceLevelSection({ session, s }: { session: Session; s: Strings }) {
  const styles = useStyles();
  const { state, actions } = session;
  const tables = React.useMemo(() => (state.checked?.result.tables ?? []).filter((t) => t.kind !== 'list'), [state.checked]);
  if (!state.template) return null;
  return (
    <section aria-label={s.priceLevelTitle} className={`${styles.section} ${styles.divided}`}>
      <h2 className={styles.h2}>{s.priceLevelTitle}</h2>
      <PriceLevelView
        lang={state.lang}
        s={s}
        template={state.template}
        overrides={state.overrides}
        tables={tables}
        checked={Boolean(state.checked)}
        busy={Boolean(state.busy)}
        onSaveOverrides={(next) => void actions.saveOverrides(next)}
        onConvert={(req) => void actions.convert(req)}
      />
      <SectionNotice notice={state.notice} actions={['convert', 'settings']} s={s} />
    </section>
  );
}

export function WorkshopSection({ session }: { session: Session }) {
  const { state, actions } = session;
  if (!state.template) return null;
  return (
    <TemplateWorkshop
      lang={state.lang}
      template={state.template}
      workbook={state.checked?.workbook ?? null}
      busy={Boolean(state.busy)}
      notice={state.notice?.action === 'workshop' ? state.notice : null}
      onSave={(t, json, message) => actions.saveTemplate(t, json, message)}
    />
  );
}
