/**
 * A message strip in the Office look (Fluent tokens), standing in for Fluent's MessageBar, whose
 * motion and icon dependencies cost ~15 KB of the pane's 500 KB budget.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export type NoticeIntent = 'success' | 'error' | 'warning' | 'info';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  body: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', hyphens: 'auto' },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}` },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}` },
  info: { backgroundColor: tokens.colorNeutralBackground3, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  mark: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  successMark: { color: tokens.colorPaletteGreenForeground1 },
  errorMark: { color: tokens.colorPaletteRedForeground1 },
  warningMark: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoMark: { color: tokens.colorBrandForeground1 },
});

const marks: Record<NoticeIntent, string> = { success: '✓', error: '✕', warning: '!', info: 'i' };

export const Notice = React.forwardRef<HTMLDivElement, { intent: NoticeIntent; children: React.ReactNode; action?: React.ReactNode } & React.HTMLAttributes<HTMLDivElement>>(function Notice(
  { intent, children, action, className, ...rest },
  ref,
) {
  const styles = useStyles();
  return (
    <div ref={ref} role={intent === 'error' ? 'alert' : 'status'} className={mergeClasses(styles.root, styles[intent], className)} {...rest}>
      <span aria-hidden="true" className={mergeClasses(styles.mark, styles[`${intent}Mark`])}>
        {marks[intent]}
      </span>
      <div className={styles.body}>{children}</div>
      {action}
    </div>
  );
});
