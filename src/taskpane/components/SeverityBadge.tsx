/** A severity as a small badge (filled for counts, tinted beside a finding), in Fluent's tokens. */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core';

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    borderRadius: tokens.borderRadiusCircular,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    flexShrink: 0,
    // Forced colours: the border keeps the badge's shape visible when backgrounds are dropped.
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  filled_error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  filled_warning: { backgroundColor: tokens.colorPaletteDarkOrangeForeground2, color: tokens.colorNeutralForegroundInverted },
  filled_info: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  tint_error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  tint_warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorNeutralForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}` },
  tint_info: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}` },
});

export function SeverityBadge({ severity, filled, children }: { severity: Severity; filled?: boolean; children: React.ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, styles[`${filled ? 'filled' : 'tint'}_${severity}`])}>{children}</span>;
}
