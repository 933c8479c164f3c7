import * as React from 'react';
// A plain <table> styled with Fluent tokens: Fluent's Table pulls in tabster (see FindingsView).
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, TableBlock, Template } from '../../core';
import {
  candidateYears,
  defaultConversionTable,
  defaultConversionYears,
  formatFactor,
  formatPercent,
  priceLevelFactors,
  tableOptionLabel,
  validPercent,
} from '../priceLevelChoices';
import type { Strings } from '../strings';
import type { ConvertRequest } from '../../addin';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  year: { minWidth: '7em' },
  stepInput: { width: '5.5em', minWidth: 0 },
  steps: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // Before a check nothing is wrong yet: a step without an index is said plainly, not in red.
  missing: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  missingChecked: { color: tokens.colorPaletteRedForeground1 },
  convert: { whiteSpace: 'normal', height: 'auto', minWidth: 0, maxWidth: '100%', textAlign: 'left' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  wide: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300, tableLayout: 'fixed', overflowWrap: 'anywhere' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
});

export function PriceLevelView({
  lang,
  s,
  template,
  overrides,
  tables,
  checked = false,
  busy,
  onSaveOverrides,
  onConvert,
}: {
  lang: Lang;
  s: Strings;
  template: Template;
  overrides: Record<string, string>;
  tables: TableBlock[];
  /** A check has run (a missing index may then matter for what it found). */
  checked?: boolean;
  busy: boolean;
  onSaveOverrides: (next: Record<string, string>) => void;
  onConvert: (req: ConvertRequest) => void;
}) {
  const styles = useStyles();
  const [tableId, setTableId] = React.useState<string>('');
  const table = tables.find((t) => t.id === tableId) ?? defaultConversionTable(tables);
  const initial = defaultConversionYears(template, table);
  const [from, setFrom] = React.useState(initial.from);
  const [to, setTo] = React.useState(initial.to);
  const [drafts, setDrafts] = React.useState<Record<string, string>>({});

  // A new template or a newly picked table resets the years to what fits it.
  React.useEffect(() => {
    const y = defaultConversionYears(template, table);
    setFrom(y.from);
    setTo(y.to);
  }, [template.id, table?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  React.useEffect(() => setDrafts({}), [template.id]);

  const years = React.useMemo(() => {
    const ys = new Set(candidateYears(template, tables));
    ys.add(from);
    ys.add(to);
    return [...ys].sort((a, b) => a - b);
  }, [template, tables, from, to]);
  const rows = priceLevelFactors(template, from, to, overrides);

  const commit = (key: string) => {
    if (!(key in drafts)) return;
    const text = drafts[key].trim();
    const next = { ...overrides };
    if (text === '') delete next[key];
    else if (validPercent(text)) next[key] = text;
    else return; // the field shows why
    setDrafts(({ [key]: _, ...rest }) => rest);
    onSaveOverrides(next);
  };

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <YearSelect label={s.fromYear} className={styles.year} years={years} value={from} onChange={setFrom} />
        <YearSelect label={s.toYear} className={styles.year} years={years} value={to} onChange={setTo} />
      </div>
      <FactorTable
        lang={lang}
        s={s}
        rows={rows}
        drafts={drafts}
        checked={checked}
        onDraft={(key, value) => setDrafts((prev) => ({ ...prev, [key]: value }))}
        onCommit={commit}
      />
      {Object.keys(overrides).length > 0 && (
        <div>
          <Button size="small" onClick={() => onSaveOverrides({})} disabled={busy}>
            {s.resetOverrides}
          </Button>
        </div>
      )}
      <Field label={s.tableToConvert} hint={tables.length === 0 ? s.noTablesYet : undefined}>
        <Select className={styles.wide} value={table?.id ?? ''} disabled={tables.length === 0} onChange={(_, d) => setTableId(d.value)}>
          {tables.map((t) => (
            <option key={t.id} value={t.id}>
              {tableOptionLabel(t, s.noLabel)}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button className={styles.convert} disabled={!table || busy || from === to} onClick={() => table && onConvert({ table, from, to })}>
          {s.convert}
        </Button>
      </div>
    </div>
  );
}

type FactorRow = ReturnType<typeof priceLevelFactors>[number];

/** The factor of each styringsområde from `from` to `to`, with a field for each year's index step. */
function FactorTable(props: {
  lang: Lang;
  s: Strings;
  rows: FactorRow[];
  /** Index steps being typed, by key, not yet saved. */
  drafts: Record<string, string>;
  checked: boolean;
  onDraft: (key: string, value: string) => void;
  onCommit: (key: string) => void;
}) {
  const styles = useStyles();
  const { lang, s, checked } = props;
  return (
    <table className={styles.table} aria-label={s.factorsTitle}>
      <thead>
        <tr>
          <th className={styles.th}>{s.styringsomraade}</th>
          <th className={styles.th}>%</th>
          <th className={styles.th}>{s.factor}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.styringsomraade}>
            <td className={styles.td}>{r.styringsomraade}</td>
            <td className={styles.td}>
              <div className={styles.steps}>
                {r.steps.map((st) => (
                  <IndexStepField key={st.key} lang={lang} s={s} styringsomraade={r.styringsomraade} step={st} draft={props.drafts[st.key]} onDraft={props.onDraft} onCommit={props.onCommit} />
                ))}
              </div>
            </td>
            <td className={styles.td} data-testid={`factor-${r.styringsomraade}`}>
              {r.factor ? formatFactor(r.factor, lang) : <span className={checked ? styles.missingChecked : styles.missing}>{s.missingIndex}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One year's index step of a styringsområde, in percent: the saved value, or the draft being typed. */
function IndexStepField(props: {
  lang: Lang;
  s: Strings;
  styringsomraade: string;
  step: FactorRow['steps'][number];
  draft: string | undefined;
  onDraft: (key: string, value: string) => void;
  onCommit: (key: string) => void;
}) {
  const styles = useStyles();
  const { s, step: st, draft } = props;
  const shown = draft ?? (st.percent ? formatPercent(st.percent, props.lang) : '');
  const invalid = draft !== undefined && draft.trim() !== '' && !validPercent(draft);
  return (
    <Field label={s.step(st.from, st.to)} size="small" validationState={invalid ? 'error' : 'none'} validationMessage={invalid ? s.percentInvalid : undefined}>
      <Input
        className={styles.stepInput}
        size="small"
        value={shown}
        placeholder="–"
        aria-label={`${props.styringsomraade} ${s.step(st.from, st.to)} (%)`}
        data-key={st.key}
        onChange={(_, d) => props.onDraft(st.key, d.value)}
        onBlur={() => props.onCommit(st.key)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onCommit(st.key);
        }}
      />
    </Field>
  );
}

function YearSelect(props: { label: string; className: string; years: number[]; value: number; onChange: (year: number) => void }) {
  return (
    <Field label={props.label} className={props.className}>
      <Select value={String(props.value)} onChange={(_, d) => props.onChange(Number(d.value))}>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}
