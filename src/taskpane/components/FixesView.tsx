/**
 * Fixes in the pane beyond the one-finding buttons (FindingsView): "Ret alle N: tal gemt som
 * tekst" per kind of certain fix, and Budgettjek's own undo — shown only when a fix is recorded.
 * Excel's Fortryd covers an add-in's changes only from ExcelApi 1.20 on, and some operations clear
 * it. The pane only presents: the core proposes the fixes, the session writes and undoes them.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ruleShortName, type Lang, type ProposedFix, type RuleCode } from '../../core';

export const fixStrings = {
  da: {
    title: 'Rettelser',
    fixAll: (n: number, kind: string) => `Ret alle ${n}: ${kind.toLowerCase()}`,
    undoLast: 'Fortryd sidste rettelse',
    undoAll: 'Fortryd alle rettelser',
    undoNote:
      'Excels egen Fortryd (Ctrl+Z) kan ikke altid tage ændringer fra et tilføjelsesprogram tilbage – det afhænger af Excel-versionen. Brug Budgettjeks knapper her: de husker, hvad cellerne indeholdt, i alle versioner, også når projektmappen er lukket og åbnet igen.',
  },
  en: {
    title: 'Fixes',
    fixAll: (n: number, kind: string) => `Fix all ${n}: ${kind.toLowerCase()}`,
    undoLast: 'Undo last fix',
    undoAll: 'Undo all fixes',
    undoNote:
      "Excel's own Undo (Ctrl+Z) cannot always take back changes an add-in makes – it depends on the Excel version. Use Budgettjek's buttons here: they remember what the cells held, in every version, also after the workbook is closed and reopened.",
  },
};

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  button: { whiteSpace: 'normal', height: 'auto', minWidth: 0, maxWidth: '100%', textAlign: 'left', overflowWrap: 'anywhere' },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** "Ret alle N" per kind of certain fix (when there are any), and undo (when a fix is recorded). */
export function FixesBar({
  fixes,
  fixSteps,
  lang,
  busy,
  onApply,
  onUndo,
}: {
  fixes: readonly ProposedFix[];
  /** Fix steps the workbook has recorded. */
  fixSteps: number;
  lang: Lang;
  busy: boolean;
  onApply: (fixes: ProposedFix[]) => void;
  onUndo: (which: 'last' | 'all') => void;
}) {
  const styles = useStyles();
  const t = fixStrings[lang];
  const byKind = new Map<RuleCode, ProposedFix[]>();
  for (const f of fixes) if (f.mode === 'certain') byKind.set(f.rule, [...(byKind.get(f.rule) ?? []), f]);
  // "Ret alle" only where it saves clicks: a kind with more than one fix.
  const many = [...byKind].filter(([, list]) => list.length > 1);
  if (many.length === 0 && fixSteps === 0) return null;
  return (
    <section className={styles.bar} data-testid="fixes" aria-label={t.title}>
      <h2 className={styles.h2}>{t.title}</h2>
      {many.length > 0 && (
        <div className={styles.row}>
          {many.map(([code, list]) => (
            <Button key={code} className={styles.button} onClick={() => onApply(list)} disabled={busy} data-fix-all={code}>
              {t.fixAll(list.length, ruleShortName(code, lang))}
            </Button>
          ))}
        </div>
      )}
      {fixSteps > 0 && (
        <>
          <div className={styles.row}>
            <Button className={styles.button} onClick={() => onUndo('last')} disabled={busy}>
              {t.undoLast}
            </Button>
            {fixSteps > 1 && (
              <Button className={styles.button} onClick={() => onUndo('all')} disabled={busy}>
                {t.undoAll}
              </Button>
            )}
          </div>
          <p className={styles.note}>{t.undoNote}</p>
        </>
      )}
    </section>
  );
}
