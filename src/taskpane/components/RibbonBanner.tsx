/** What the ribbon's "Tjek totaler" found, shown in the open pane (shared runtime) until dismissed. */
import { Button } from '@fluentui/react-components';
import { summarizeFindings } from '../../core';
import type { Session } from '../useSession';
import type { Strings } from '../strings';
import { Notice } from './Notice';

export function RibbonBanner({ session, s }: { session: Session; s: Strings }) {
  const ribbon = session.state.ribbon;
  if (!ribbon) return null;
  const sum = ribbon.error ? null : summarizeFindings(ribbon.result.findings);
  const intent = !sum ? 'error' : sum.errors ? 'error' : sum.warnings ? 'warning' : 'success';
  return (
    <Notice
      intent={intent}
      data-testid="ribbon-outcome"
      action={
        <Button size="small" appearance="transparent" onClick={() => session.actions.dismissRibbon()}>
          {s.dismiss}
        </Button>
      }
    >
      {ribbon.error || !sum ? s.error(ribbon.error ?? '') : s.ribbonOutcome(ribbon.sheet, sum.errors, sum.warnings, sum.infos)}
    </Notice>
  );
}
