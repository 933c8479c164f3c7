/**
 * The template in the pane: "Gem som skabelon" derives a template from what was checked (the core's
 * deriveTemplate, the same as `budgettjek templates new`) and saves it with the workbook; the
 * editor changes any template field by field, validated by the core as the user types, saved with
 * the workbook and downloadable as a file the command line loads with `--template FILE`.
 */
import * as React from 'react';
import { Button, Field, Input, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang, LocalizedText, WorkbookGrid } from '../../core';
import { deriveTemplate, DeriveError } from '../../core/templates/derive';
import { parseTemplate, templateFileText, templateToJson, TemplateError, unitKeys, type Template } from '../../core/templates/template';
import { draftOf, draftProblems, draftToJson, newIndexDraft, templateFileName, type TemplateDraft } from '../templateDraft';
import { problemInWords, templateStringsFor, withoutCliWords } from '../templateStrings';
import type { SessionNotice } from '../../addin';
import { Notice } from './Notice';

export interface TemplateWorkshopProps {
  lang: Lang;
  /** The template in use: what the editor starts from. */
  template: Template;
  /** What was last checked (sheet, workbook or selection); null before the first check. */
  workbook: WorkbookGrid | null;
  busy: boolean;
  /** The session's notice of the last save from here, if any. */
  notice?: SessionNotice | null;
  /** Save the template with the workbook (and make it the chosen one). */
  onSave: (template: Template, json: string, message: string) => void | Promise<void>;
  /** Hands the file to the user; the default is a browser download. */
  download?: (fileName: string, text: string) => void;
}

function browserDownload(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  // The editor is one column at any width a task pane has: every field full width, its label above it.
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  grow: { minWidth: 0, width: '100%' },
  small: { minWidth: 0, width: '100%' },
  button: { whiteSpace: 'normal', height: 'auto', minWidth: 0, maxWidth: '100%', textAlign: 'left' },
  text: { overflowWrap: 'anywhere', hyphens: 'auto' },
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  check: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, cursor: 'pointer' },
  help: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type LocalNotice = { intent: 'success' | 'error' | 'info'; text: string } | null;
type TemplateStrings = ReturnType<typeof templateStringsFor>;
type DraftProblem = ReturnType<typeof draftProblems>[number];
type UpdateDraft = (change: Partial<TemplateDraft>) => void;

/** A field's problems in words, under the field (its label already says which field). */
function fieldProblems(problems: DraftProblem[], lang: Lang) {
  const at = (path: string) => problems.filter((x) => x.path === path || x.path.startsWith(`${path}.`) || x.path.startsWith(`${path}[`)).map((x) => problemInWords(x, lang, false));
  const fieldState = (path: string) => {
    const p = at(path);
    return p.length ? { validationState: 'error' as const, validationMessage: p.join(' ') } : {};
  };
  return { at, fieldState };
}

export function TemplateWorkshop({ lang, template, workbook, busy, notice: saved = null, onSave, download = browserDownload }: TemplateWorkshopProps) {
  const styles = useStyles();
  const s = templateStringsFor(lang);
  const [draft, setDraft] = React.useState<TemplateDraft | null>(null);
  const [notes, setNotes] = React.useState<{ inferred: LocalizedText[]; notInferred: LocalizedText[] } | null>(null);
  const [notice, setNotice] = React.useState<LocalNotice>(null);
  const problems = React.useMemo(() => (draft ? draftProblems(draft) : []), [draft]);
  const update = (change: Partial<TemplateDraft>) => setDraft((d) => (d ? { ...d, ...change } : d));

  /** What went wrong, as the section's notice: deriving and saving never reject (their buttons do not wait). */
  const showError = (e: unknown) =>
    setNotice({ intent: 'error', text: e instanceof DeriveError || e instanceof TemplateError ? e.messageFor(lang) : e instanceof Error ? e.message : String(e) });

  const onDerive = async () => {
    if (!workbook) return;
    setNotice(null);
    try {
      const sheets = workbook.sheets.map((sh) => sh.name);
      const derived = deriveTemplate(workbook, {
        sourceName: sheets.join(', '),
        id: 'egen-skabelon',
        name: lang === 'da' ? `Egen skabelon (${sheets.slice(0, 3).join(', ')})` : `Own template (${sheets.slice(0, 3).join(', ')})`,
      });
      // A model carries no price indices: keep the ones of the template in use, so a check or a
      // conversion that had them still has them (the user edits or removes them below).
      const own: Template = derived.template.priceIndices.length ? derived.template : { ...derived.template, priceIndices: template.priceIndices };
      const kept = own !== derived.template && template.priceIndices.length > 0;
      setNotes({ inferred: derived.inferred, notInferred: derived.notInferred.map((n) => withoutCliWords(n, lang)) });
      setDraft(draftOf(own, lang));
      await onSave(own, JSON.stringify(templateToJson(own)), kept ? s.derivedKeptIndices(own.name, template.name) : s.derived(own.name));
    } catch (e) {
      showError(e);
    }
  };

  const parsedDraft = (): Template | null => {
    if (!draft || problems.length) return null;
    return parseTemplate(draftToJson(draft), draft.id);
  };
  const onSaveDraft = async () => {
    try {
      const t = parsedDraft();
      if (!t) return;
      setNotice(null);
      await onSave(t, JSON.stringify(templateToJson(t)), s.saved(t.name));
    } catch (e) {
      showError(e);
    }
  };
  const onDownload = () => {
    const t = parsedDraft();
    if (!t || !draft) return;
    const file = templateFileName(draft);
    download(file, templateFileText(t));
    setNotice({ intent: 'success', text: s.downloaded(file) });
  };

  return (
    <section aria-label={s.title} className={styles.section}>
      <h2 className={styles.h2}>{s.title}</h2>
      <div className={styles.row}>
        <Button className={styles.button} onClick={() => void onDerive()} disabled={busy || !workbook}>
          {s.saveAsTemplate}
        </Button>
        <Button className={styles.button} onClick={() => (draft ? setDraft(null) : (setNotes(null), setDraft(draftOf(template, lang))))} disabled={busy}>
          {draft ? s.close : s.edit}
        </Button>
      </div>
      <p className={mergeClasses(styles.help, styles.text)}>{workbook ? s.saveAsTemplateHint : s.needsCheck}</p>
      {(notice ?? saved) && (
        <Notice intent={(notice ?? saved)!.intent} data-testid="template-notice" role="status">
          {notice ? notice.text : saved!.message.kind === 'saved' ? saved!.message.text : saved!.message.kind === 'error' ? saved!.message.detail : ''}
        </Notice>
      )}
      {notes && <DeriveNotes lang={lang} s={s} notes={notes} />}
      {draft && (
        <TemplateEditor lang={lang} s={s} draft={draft} problems={problems} busy={busy} update={update} onSave={() => void onSaveDraft()} onDownload={onDownload} />
      )}
    </section>
  );
}

/** What a derivation read from the model, and what the model did not tell. */
function DeriveNotes({ lang, s, notes }: { lang: Lang; s: TemplateStrings; notes: { inferred: LocalizedText[]; notInferred: LocalizedText[] } }) {
  const styles = useStyles();
  return (
    <div data-testid="derive-notes" className={styles.help}>
      <div>{s.inferred}</div>
      <ul className={styles.list}>
        {notes.inferred.map((n, i) => (
          <li key={i}>{n[lang]}</li>
        ))}
      </ul>
      <div>{s.notInferred}</div>
      <ul className={styles.list}>
        {notes.notInferred.map((n, i) => (
          <li key={i}>{n[lang]}</li>
        ))}
      </ul>
    </div>
  );
}

interface DraftFieldsProps {
  lang: Lang;
  s: TemplateStrings;
  draft: TemplateDraft;
  problems: DraftProblem[];
  update: UpdateDraft;
}

/** The editor: the template field by field, its problems, and saving or downloading it. */
function TemplateEditor(props: DraftFieldsProps & { busy: boolean; onSave: () => void; onDownload: () => void }) {
  const styles = useStyles();
  const { s, problems, busy } = props;
  return (
    <form className={styles.stack} aria-label={s.edit} data-testid="template-editor" onSubmit={(e) => e.preventDefault()}>
      <GeneralFields {...props} />
      <StyringsomraadeFields {...props} />
      <PriceIndexFields {...props} />
      <DraftProblems lang={props.lang} s={s} problems={problems} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onSave} disabled={busy || problems.length > 0}>
          {s.save}
        </Button>
        <Button onClick={props.onDownload} disabled={problems.length > 0}>
          {s.download}
        </Button>
      </div>
    </form>
  );
}

/** Name, id, description, unit, price levels, years, and whether a styringsområde is required. */
function GeneralFields({ lang, s, draft, problems, update }: DraftFieldsProps) {
  const styles = useStyles();
  const { fieldState } = fieldProblems(problems, lang);
  return (
    <>
      <div className={styles.fields}>
        <Field label={s.name} className={styles.grow} {...fieldState('name')}>
          <Input value={draft.name} onChange={(_, d) => update({ name: d.value })} />
        </Field>
        <Field label={s.id} className={styles.grow} {...fieldState('id')}>
          <Input value={draft.id} onChange={(_, d) => update({ id: d.value })} />
        </Field>
      </div>
      <Field label={s.description} {...fieldState('description')}>
        <Input value={draft.description} onChange={(_, d) => update({ description: d.value })} />
      </Field>
      <div className={styles.fields}>
        <Field label={s.unit} className={styles.small} {...fieldState('unit')}>
          <Select value={draft.unit ?? ''} onChange={(_, d) => update({ unit: d.value === '' ? null : (d.value as NonNullable<TemplateDraft['unit']>) })}>
            <option value="">{s.anyUnit}</option>
            {unitKeys.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.proposalPl} className={styles.small} hint={s.plHint} {...fieldState('priceLevel.proposal')}>
          <Input value={draft.proposal} onChange={(_, d) => update({ proposal: d.value })} />
        </Field>
        <Field label={s.overviewPl} className={styles.small} {...fieldState('priceLevel.overview')}>
          <Input value={draft.overview} onChange={(_, d) => update({ overview: d.value })} />
        </Field>
        <Field label={s.years} className={styles.grow} hint={s.yearsHint} {...fieldState('years')}>
          <Input value={draft.years} onChange={(_, d) => update({ years: d.value })} />
        </Field>
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={draft.styringsomraadeRequired} onChange={(e) => update({ styringsomraadeRequired: e.target.checked })} />
        {s.required}
      </label>
    </>
  );
}

/** The styringsområder, each with its other spellings; added and removed here. */
function StyringsomraadeFields({ lang, s, draft, problems, update }: DraftFieldsProps) {
  const styles = useStyles();
  const { fieldState } = fieldProblems(problems, lang);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{s.areas}</legend>
      {problems
        .filter((p) => p.path === 'styringsomraader' && draft.areas.length === 0)
        .map((p) => problemInWords(p, lang, false))
        .map((p) => (
          <span key={p} role="alert">
            {p}
          </span>
        ))}
      {draft.areas.map((a, i) => (
        <div key={i} className={styles.fields} data-testid={`area-${i}`}>
          <Field label={s.areaName} className={styles.small} {...fieldState(`styringsomraader[${i}].name`)}>
            <Input value={a.name} onChange={(_, d) => update({ areas: draft.areas.map((x, j) => (j === i ? { ...x, name: d.value } : x)) })} />
          </Field>
          <Field label={s.aliases} className={styles.grow} {...fieldState(`styringsomraader[${i}].aliases`)}>
            <Input value={a.aliases} onChange={(_, d) => update({ areas: draft.areas.map((x, j) => (j === i ? { ...x, aliases: d.value } : x)) })} />
          </Field>
          <div>
            <Button size="small" onClick={() => update({ areas: draft.areas.filter((_, j) => j !== i) })}>
              {s.removeArea(a.name)}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => update({ areas: [...draft.areas, { name: '', aliases: '' }] })}>
          {s.addArea}
        </Button>
      </div>
    </fieldset>
  );
}

/** The price indices, each a year's rise of one styringsområde with its source; added and removed here. */
function PriceIndexFields(props: DraftFieldsProps) {
  const styles = useStyles();
  const { s, draft, update } = props;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{s.indices}</legend>
      <p className={styles.help} data-testid="kl-help">
        {s.indicesHelp}
      </p>
      {draft.indices.map((_, i) => (
        <PriceIndexField key={i} {...props} index={i} />
      ))}
      <div>
        <Button size="small" onClick={() => update({ indices: [...draft.indices, newIndexDraft(draft)] })}>
          {s.addIndex}
        </Button>
      </div>
    </fieldset>
  );
}

/** One price index: styringsområde, the year it rises from, the percent, its source and publication date. */
function PriceIndexField({ lang, s, draft, problems, update, index: i }: DraftFieldsProps & { index: number }) {
  const styles = useStyles();
  const { at, fieldState } = fieldProblems(problems, lang);
  const x = draft.indices[i];
  const set = (change: Partial<TemplateDraft['indices'][number]>) => update({ indices: draft.indices.map((y, j) => (j === i ? { ...y, ...change } : y)) });
  const base = `priceIndices[${i}]`;
  const whole = problems.filter((p) => p.path === base).map((p) => problemInWords(p, lang, false));
  const to = /^\d{4}$/.test(x.from.trim()) ? String(Number(x.from) + 1) : '…';
  return (
    <div className={styles.stack} data-testid={`index-${i}`}>
      <div className={styles.fields}>
        <Field label={s.styringsomraade} className={styles.small} {...fieldState(`${base}.styringsomraade`)}>
          <Select value={x.styringsomraade} onChange={(_, d) => set({ styringsomraade: d.value })}>
            {[...new Set([x.styringsomraade, ...draft.areas.map((a) => a.name)])].filter(Boolean).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={`${s.fromYear} ${s.stepTo(to)}`} className={styles.small} {...fieldState(`${base}.from`)} {...(at(`${base}.to`).length ? { validationState: 'error' as const, validationMessage: at(`${base}.to`).join(' ') } : {})}>
          <Input value={x.from} onChange={(_, d) => set({ from: d.value })} />
        </Field>
        <Field label={s.percent} className={styles.small} {...fieldState(`${base}.percent`)}>
          <Input value={x.percent} onChange={(_, d) => set({ percent: d.value })} />
        </Field>
      </div>
      <div className={styles.fields}>
        <Field label={s.source} className={styles.grow} {...fieldState(`${base}.source`)}>
          <Input value={x.source} placeholder={s.sourcePlaceholder} onChange={(_, d) => set({ source: d.value })} />
        </Field>
        <Field label={s.published} className={styles.small} {...fieldState(`${base}.published`)}>
          <Input value={x.published} placeholder={s.publishedPlaceholder} onChange={(_, d) => set({ published: d.value })} />
        </Field>
        <div>
          <Button size="small" onClick={() => update({ indices: draft.indices.filter((_, j) => j !== i) })} aria-label={s.removeIndex(i + 1)}>
            {s.removeIndex(i + 1)}
          </Button>
        </div>
      </div>
      {whole.map((p) => (
        <span key={p} role="alert">
          {p}
        </span>
      ))}
    </div>
  );
}

/** Whether the draft is a valid template, or its problems, each in words. */
function DraftProblems({ lang, s, problems }: { lang: Lang; s: TemplateStrings; problems: DraftProblem[] }) {
  const styles = useStyles();
  return (
    <div aria-live="polite" data-testid="template-problems">
      {problems.length === 0 ? (
        s.valid
      ) : (
        <>
          {s.problems(problems.length)}
          <ul className={styles.list}>
            {problems.map((p) => (
              <li key={`${p.path}:${p[lang]}`} className={styles.text}>
                {problemInWords(p, lang, true)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
