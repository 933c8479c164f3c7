/**
 * "Tjek": what to check (the scope), the check itself with its progress, the result in words —
 * counts by severity, a success when nothing is left, or, when no table was found, why that may
 * be — and what to do with it (mark the cells, remove the marks, write the report), each action's
 * notice right under it. The keyboard focus moves to the result when a check ends.
 */
import * as React from 'react';
import { Button, ProgressBar, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CheckScope } from '../../office';
import { summarizeFindings } from '../../core';
import type { Session } from '../useSession';
import type { Strings } from '../strings';
import { SectionNotice } from './SectionNotice';
import { Notice } from './Notice';
import { SeverityBadge } from './SeverityBadge';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  scope: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground1, width: '100%' },
  radio: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    cursor: 'pointer',
    '& input': { accentColor: tokens.colorCompoundBrandBackground, margin: 0, width: '16px', height: '16px' },
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  why: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  para: { margin: 0 },
  wrap: { whiteSpace: 'normal', height: 'auto', minWidth: 0, maxWidth: '100%', textAlign: 'left' },
});

const SCOPES: CheckScope[] = ['sheet', 'workbook', 'selection'];

export function CheckSection({ session, s }: { session: Session; s: Strings }) {
  const styles = useStyles();
  const { state, actions } = session;
  const busy = Boolean(state.busy);
  const checked = state.checked;
  const resultRef = React.useRef<HTMLDivElement>(null);
  // A check the user started moves the focus to its result (a ribbon check does not steal it).
  const focusId = checked?.source === 'pane' ? checked.id : undefined;
  React.useEffect(() => {
    if (focusId !== undefined) resultRef.current?.focus();
  }, [focusId]);
  const phase = state.progress?.phase ?? state.busy ?? '';

  return (
    <section aria-label={s.check} className={styles.section}>
      <fieldset className={styles.scope}>
        <legend className={styles.legend}>{s.scope}</legend>
        {SCOPES.map((k) => (
          <label key={k} className={styles.radio}>
            <input type="radio" name="budgettjek-scope" value={k} checked={state.scope === k} onChange={() => actions.setScope(k)} disabled={busy} />
            {s.scopes[k]}
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void actions.check()} disabled={busy}>
          {state.busy === 'check' ? s.checking : s.check}
        </Button>
        {busy && <span aria-live="polite">{s.phases[phase] ?? phase}…</span>}
      </div>
      {busy && <ProgressBar value={state.progress && state.progress.total > 0 ? Math.min(1, state.progress.done / state.progress.total) : undefined} aria-label={s.phases[phase] ?? phase} />}
      <SectionNotice notice={state.notice} actions={['check', 'load']} s={s} />

      {checked && (
        <div ref={resultRef} tabIndex={-1} className={styles.result} aria-label={s.summaryTitle} role="region">
          <h2 className={styles.h2}>{s.summaryTitle}</h2>
          <CheckSummary session={session} s={s} />
        </div>
      )}

      {checked && (checked.result.findings.length > 0 || state.markedCells > 0) && (
        <div className={styles.row}>
          {checked.result.findings.length > 0 && (
            <Button className={styles.wrap} onClick={() => void actions.mark()} disabled={busy}>
              {s.markCells}
            </Button>
          )}
          {state.markedCells > 0 && (
            <Button className={styles.wrap} onClick={() => void actions.clearMarks()} disabled={busy}>
              {s.clearMarks}
            </Button>
          )}
          {checked.result.findings.length > 0 && (
            <Button className={styles.wrap} onClick={() => void actions.report()} disabled={busy}>
              {s.writeReport}
            </Button>
          )}
        </div>
      )}
      {!checked && state.markedCells > 0 && (
        <div className={styles.row}>
          <Button className={styles.wrap} onClick={() => void actions.clearMarks()} disabled={busy}>
            {s.clearMarks}
          </Button>
        </div>
      )}
      <SectionNotice notice={state.notice} actions={['mark', 'clear', 'report']} s={s} />
    </section>
  );
}

/** The result in words: the counts, a success, or "no table found" and why. */
function CheckSummary({ session, s }: { session: Session; s: Strings }) {
  const styles = useStyles();
  const checked = session.state.checked!;
  const { result } = checked;
  if (result.tables.length === 0 && result.findings.length === 0) {
    const [lead, ...reasons] = s.noTablesWhy;
    return (
      <Notice intent="info" data-testid="summary" data-state="no-tables">
        <strong>{s.noTablesTitle}</strong>
        <p className={styles.para}>{lead}</p>
        <ul className={styles.why}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </Notice>
    );
  }
  const sum = summarizeFindings(result.findings);
  if (sum.errors === 0 && sum.warnings === 0) {
    const text = checked.fixedCells > 0 ? s.allClearAfterFixes(checked.fixedCells) : s.allClear;
    return (
      <Notice intent="success" data-testid="summary" data-state="clear">
        {text} {s.tablesChecked(result.tables.length)}.{sum.infos > 0 ? ` ${s.severityCount('info', sum.infos)}.` : ''}
      </Notice>
    );
  }
  return (
    <div className={mergeClasses(styles.row)} data-testid="summary" data-state="findings">
      {sum.errors > 0 && (
        <SeverityBadge severity="error" filled>
          {s.severityCount('error', sum.errors)}
        </SeverityBadge>
      )}
      {sum.warnings > 0 && (
        <SeverityBadge severity="warning" filled>
          {s.severityCount('warning', sum.warnings)}
        </SeverityBadge>
      )}
      {sum.infos > 0 && (
        <SeverityBadge severity="info" filled>
          {s.severityCount('info', sum.infos)}
        </SeverityBadge>
      )}
      <span>{s.tablesChecked(result.tables.length)}</span>
    </div>
  );
}
