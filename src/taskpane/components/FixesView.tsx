/**
 * Fixes in the pane: "Ret" beside a finding that has a certain fix ("Erstat med sum" where the fix
 * is a choice), "Ret alle N" per kind of finding, and Budgettjek's own undo — Excel's Fortryd covers
 * an add-in's changes only from ExcelApi 1.20 on, and some operations clear it. The pane only presents: the core proposes the fixes, the
 * gateway writes and undoes them.
 */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ProposedFix } from '../../core/fixes/model';
import type { Finding, Lang, RuleCode } from '../../core/model';

export const fixStrings = {
  da: {
    title: 'Rettelser',
    fix: 'Ret',
    choose: 'Erstat med sum',
    fixAll: (n: number) => `Ret alle ${n}`,
    undoLast: 'Fortryd sidste rettelse',
    undoAll: 'Fortryd alle rettelser',
    undoNote:
      'Excels egen Fortryd (Ctrl+Z) kan ikke altid tage ændringer fra et tilføjelsesprogram tilbage – det afhænger af Excel-versionen. Brug Budgettjeks knapper her: de husker, hvad cellerne indeholdt, i alle versioner, også når projektmappen er lukket og åbnet igen.',
    applied: (n: number) => `${n} ${n === 1 ? 'celle rettet' : 'celler rettet'}. Tjekket er kørt igen.`,
    undone: (n: number) => `${n} ${n === 1 ? 'celle' : 'celler'} sat tilbage til, hvad de var.`,
    changedSince: (cells: string[]) => ` Ikke rørt, fordi de er ændret siden: ${cells.join(', ')}.`,
    nothingToUndo: 'Der er ingen rettelser at fortryde.',
    kind: (code: RuleCode) => kindNames.da[code] ?? code,
  },
  en: {
    title: 'Fixes',
    fix: 'Fix',
    choose: 'Replace with sum',
    fixAll: (n: number) => `Fix all ${n}`,
    undoLast: 'Undo last fix',
    undoAll: 'Undo all fixes',
    undoNote:
      "Excel's own Undo (Ctrl+Z) cannot always take back changes an add-in makes – it depends on the Excel version. Use Budgettjek's buttons here: they remember what the cells held, in every version, also after the workbook is closed and reopened.",
    applied: (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'} fixed. The check has run again.`,
    undone: (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'} set back to what ${n === 1 ? 'it was' : 'they were'}.`,
    changedSince: (cells: string[]) => ` Not touched, as they changed since: ${cells.join(', ')}.`,
    nothingToUndo: 'There are no fixes to undo.',
    kind: (code: RuleCode) => kindNames.en[code] ?? code,
  },
};

const kindNames: Record<Lang, Partial<Record<RuleCode, string>>> = {
  da: {
    NUMBER_STORED_AS_TEXT: 'tal gemt som tekst',
    STYRINGSOMRAADE_UNKNOWN: 'stavemåde af styringsområder',
    PRICE_LEVEL_MISSING: 'manglende p/l',
    UNIT_MISSING: 'manglende enhed',
    TOTAL_FORMULA_RANGE: 'formelområder',
    TOTAL_SKIPS_TEXT: 'tekstbeløb under en SUM',
  },
  en: {
    NUMBER_STORED_AS_TEXT: 'numbers stored as text',
    STYRINGSOMRAADE_UNKNOWN: 'spelling of styringsområder',
    PRICE_LEVEL_MISSING: 'missing p/l',
    UNIT_MISSING: 'missing unit',
    TOTAL_FORMULA_RANGE: 'formula ranges',
    TOTAL_SKIPS_TEXT: 'text amounts under a SUM',
  },
};

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function fixKey(f: Pick<Finding, 'rule' | 'sheet' | 'cell'>): string {
  return `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;
}

/** The button beside one finding, when it has a fix. */
export function FixButton({ fix, lang, busy, onApply }: { fix: ProposedFix; lang: Lang; busy: boolean; onApply: (fixes: ProposedFix[]) => void }) {
  const t = fixStrings[lang];
  return (
    <Button size="small" appearance={fix.mode === 'certain' ? 'secondary' : 'outline'} title={fix.description[lang]} disabled={busy} onClick={() => onApply([fix])} data-fix={fix.rule}>
      {fix.mode === 'certain' ? t.fix : t.choose}
    </Button>
  );
}

/** "Ret alle N" per kind of certain fix, and the undo buttons with what Excel's undo does not do. */
export function FixesBar({
  fixes,
  lang,
  busy,
  onApply,
  onUndo,
}: {
  fixes: ProposedFix[];
  lang: Lang;
  busy: boolean;
  onApply: (fixes: ProposedFix[]) => void;
  onUndo: (which: 'last' | 'all') => void;
}) {
  const styles = useStyles();
  const t = fixStrings[lang];
  const byKind = new Map<RuleCode, ProposedFix[]>();
  for (const f of fixes) if (f.mode === 'certain') byKind.set(f.rule, [...(byKind.get(f.rule) ?? []), f]);
  return (
    <div className={styles.bar} data-testid="fixes">
      {byKind.size > 0 && (
        <div className={styles.row}>
          {[...byKind].map(([code, list]) => (
            <Button key={code} onClick={() => onApply(list)} disabled={busy} title={t.kind(code)} data-fix-all={code}>
              {t.fixAll(list.length)} ({t.kind(code)})
            </Button>
          ))}
        </div>
      )}
      <div className={styles.row}>
        <Button onClick={() => onUndo('last')} disabled={busy}>
          {t.undoLast}
        </Button>
        <Button onClick={() => onUndo('all')} disabled={busy}>
          {t.undoAll}
        </Button>
      </div>
      <p className={styles.note}>{t.undoNote}</p>
    </div>
  );
}
