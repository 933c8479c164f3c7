import * as React from 'react';
// Only light Fluent pieces: Accordion, Table and Badge would pull in tabster and motion and push the
// pane over its 500 KB budget, so groups and badges are plain elements styled with Fluent tokens.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AnalysisResult, Finding, Lang, Severity } from '../../core/model';
import { groupFindingsByTable, summarize } from '../state';
import { findingMessage } from '../findingText';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  summary: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  finding: {
    display: 'grid',
    gridTemplateColumns: '6.5em 3em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    justifyItems: 'start',
    justifyContent: 'stretch',
    textAlign: 'left',
    width: '100%',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  location: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  group: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexDirection: 'column',
  },
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
  },
  filled_error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  filled_warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3, color: tokens.colorNeutralForegroundOnBrand },
  filled_info: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  tint_error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  tint_warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  tint_info: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground1 },
});

function SeverityBadge({ severity, filled, children }: { severity: Severity; filled?: boolean; children: React.ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, styles[`${filled ? 'filled' : 'tint'}_${severity}`])}>{children}</span>;
}

export function SummaryView({ result, s }: { result: AnalysisResult; s: Strings }) {
  const styles = useStyles();
  const sum = summarize(result.findings);
  return (
    <div className={styles.summary} data-testid="summary" role="status">
      <SeverityBadge severity="error" filled>{s.severityCount('error', sum.errors)}</SeverityBadge>
      <SeverityBadge severity="warning" filled>{s.severityCount('warning', sum.warnings)}</SeverityBadge>
      <SeverityBadge severity="info" filled>{s.severityCount('info', sum.infos)}</SeverityBadge>
      <span>{s.tablesChecked(result.tables.length)}</span>
    </div>
  );
}

export function FindingsView({
  result,
  lang,
  s,
  onSelect,
  actionFor,
}: {
  result: AnalysisResult;
  lang: Lang;
  s: Strings;
  onSelect: (f: Finding) => void;
  /** Something to show beside a finding (the fix button), if any. */
  actionFor?: (f: Finding) => React.ReactNode;
}) {
  const styles = useStyles();
  const groups = React.useMemo(() => groupFindingsByTable(result), [result]);
  if (groups.length === 0) return <p>{s.noFindings}</p>;
  return (
    <div data-testid="findings">
      {groups.map((g) => {
        const title = g.key ? (g.title ?? s.noLabel) : s.otherFindings;
        return (
          <section key={g.key || '_other'} className={styles.group} data-table={g.key}>
            <h3 className={styles.groupTitle}>
              <span>
                {title} ({g.findings.length})
              </span>
              <span className={styles.location}>{g.location}</span>
            </h3>
            <ul className={styles.list}>
              {g.findings.map((f, i) => {
                const message = findingMessage(f, lang);
                return (
                  <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}>
                    <Button
                      appearance="subtle"
                      className={styles.finding}
                      onClick={() => onSelect(f)}
                      title={s.findingButtonLabel(f.sheet, f.cell, message)}
                      data-rule={f.rule}
                      data-cell={`${f.sheet}!${f.cell}`}
                    >
                      <SeverityBadge severity={f.severity}>{s.severityCount(f.severity, 1).replace(/^1 /, '')}</SeverityBadge>
                      <span className={styles.cell}>{f.cell}</span>
                      <span>{message}</span>
                    </Button>
                    {actionFor?.(f)}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
