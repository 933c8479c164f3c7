/**
 * The notice of an action, shown in the section that holds the action (not at the top of the pane,
 * where a user scrolled down would not see it), and given the keyboard focus when it is new.
 */
import * as React from 'react';
import type { SessionAction, SessionNotice } from '../../addin';
import type { Strings } from '../strings';
import { Notice } from './Notice';

export function SectionNotice({ notice, actions, s, testId = 'notice' }: { notice: SessionNotice | null; actions: readonly SessionAction[]; s: Strings; testId?: string }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const mine = notice && actions.includes(notice.action) ? notice : null;
  const id = mine?.id;
  React.useEffect(() => {
    if (id !== undefined) ref.current?.focus();
  }, [id]);
  if (!mine) return null;
  return (
    <Notice ref={ref} tabIndex={-1} intent={mine.intent} data-testid={testId} data-action={mine.action}>
      {s.noticeText(mine.message)}
    </Notice>
  );
}
