/**
 * The findings of a check, errors first, grouped by table and headed by the table's sheet: each
 * finding by its short name ("Total stemmer ikke") and its message in full width under the badge
 * and the cell, the rule's code only in a details line; a finding with a fix has a button that
 * names what it writes. Loaded once there is a result (it carries the rule catalogue's messages).
 */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ruleShortName, type AnalysisResult, type Finding, type Lang, type ProposedFix } from '../../core';
import { findingMessage, groupFindingsByTable } from '../findingList';
import type { Strings } from '../strings';
import { SeverityBadge } from './SeverityBadge';
import { fixButtonText, fixKey } from './fixLabels';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    minWidth: 0,
    boxSizing: 'border-box',
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', hyphens: 'auto' },
  message: { overflowWrap: 'anywhere', hyphens: 'auto', minWidth: 0 },
  details: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingLeft: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  group: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS, minWidth: 0 },
  groupHead: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalXS },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  title: { overflowWrap: 'anywhere', hyphens: 'auto' },
  location: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fix: { marginLeft: tokens.spacingHorizontalS, whiteSpace: 'normal', height: 'auto', minWidth: 0, maxWidth: '100%', textAlign: 'left', overflowWrap: 'anywhere' },
});

export function FindingsView({
  result,
  lang,
  s,
  fixes,
  busy,
  onSelect,
  onApply,
}: {
  result: AnalysisResult;
  lang: Lang;
  s: Strings;
  fixes: readonly ProposedFix[];
  busy: boolean;
  onSelect: (f: Finding) => void;
  onApply: (fixes: ProposedFix[]) => void;
}) {
  const styles = useStyles();
  const groups = React.useMemo(() => groupFindingsByTable(result), [result]);
  const fixByFinding = React.useMemo(() => new Map(fixes.map((f) => [fixKey(f), f])), [fixes]);
  if (groups.length === 0) return null;
  return (
    <div data-testid="findings">
      {groups.map((g) => (
        <section key={g.key || '_other'} className={styles.group} data-table={g.key} aria-label={g.sheets.join(', ')}>
          <div className={styles.groupHead}>
            <h3 className={styles.sheet}>{g.sheets.join(', ')}</h3>
            {g.key ? <span className={styles.title}>{g.title ?? s.noLabel}</span> : <span className={styles.title}>{s.otherFindings}</span>}
            {g.key && <span className={styles.location}>{g.location}</span>}
          </div>
          <ul className={styles.list}>
            {g.findings.map((f, i) => {
              const message = findingMessage(f, lang);
              const name = ruleShortName(f.rule, lang);
              const fix = fixByFinding.get(fixKey(f));
              return (
                <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`} className={styles.item}>
                  <button type="button" className={styles.finding} onClick={() => onSelect(f)} title={s.findingButtonLabel(f.sheet, f.cell, name)} data-rule={f.rule} data-cell={`${f.sheet}!${f.cell}`}>
                    <span className={styles.head}>
                      <SeverityBadge severity={f.severity}>{s.severityWord[f.severity]}</SeverityBadge>
                      <span className={styles.cell}>{f.cell}</span>
                    </span>
                    <span className={styles.name}>{name}</span>
                    <span className={styles.message} data-testid="finding-message">
                      {message}
                    </span>
                  </button>
                  <span className={styles.details}>{s.findingCode(f.rule)}</span>
                  {fix && (
                    <Button size="small" className={styles.fix} appearance={fix.mode === 'certain' ? 'secondary' : 'outline'} title={fix.description[lang]} disabled={busy} onClick={() => onApply([fix])} data-fix={fix.rule}>
                      {fixButtonText(fix, lang)}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
