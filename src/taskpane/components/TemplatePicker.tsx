/**
 * The template the workbook is checked against: a built-in one or the workbook's own, and
 * "Indlæs skabelon…" for a file. Its notices (a file loaded, or why it could not be used) show here.
 * A component of its own so that more sources of templates can join the list without touching the rest.
 */
import * as React from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Session } from '../useSession';
import type { Strings } from '../strings';
import type { Template } from '../../core';
import { Notice } from './Notice';
import { SectionNotice } from './SectionNotice';

const organisationWords = {
  da: {
    organisation: (name: string) => `Organisationens skabeloner – ${name}`,
    builtin: 'Indbyggede skabeloner',
    own: 'Projektmappens egen skabelon',
    standard: ' (kontorets standard)',
    plSkoen: (source: string, published: string) => `PL-skøn: ${source} (udgivet ${published})`,
    fallback: 'Indtil det er rettet, kan du vælge en af de indbyggede skabeloner.',
  },
  en: {
    organisation: (name: string) => `The organisation's templates – ${name}`,
    builtin: 'Built-in templates',
    own: "The workbook's own template",
    standard: " (the office's default)",
    plSkoen: (source: string, published: string) => `PL estimate: ${source} (published ${published})`,
    fallback: 'Until it is fixed, you can choose one of the built-in templates.',
  },
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1, flexBasis: '12em', minWidth: 0 },
  wide: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
  hidden: { display: 'none' },
});

/** A chosen file's text (FileReader where Blob.text is missing, as in older webviews). */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsText(file, 'utf-8');
  });
}

export function TemplatePicker({ session, s }: { session: Session; s: Strings }) {
  const styles = useStyles();
  const { state, actions } = session;
  const busy = Boolean(state.busy);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const resolved = state.templates;
  const ow = organisationWords[state.lang];
  const set = state.organisation.state === 'loaded' ? state.organisation.set : null;
  const own = new Set(set?.templates.map((t) => t.id));
  const option = (t: Template) => (
    <option key={t.id} value={t.id}>
      {t.name}
      {t === resolved?.custom ? s.customTemplateSuffix : ''}
      {set && t.id === set.defaultId ? ow.standard : ''}
    </option>
  );
  const builtins = resolved?.available.filter((t) => !own.has(t.id) && t !== resolved.custom) ?? [];

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch (e) {
      actions.templateFileUnreadable(e);
      return;
    }
    await actions.loadTemplateFile(text, file.name);
  };

  return (
    <div className={styles.section} role="group" aria-label={s.template}>
      <div className={styles.row}>
        <Field label={s.template} className={styles.grow} hint={set?.plSkoen ? ow.plSkoen(set.plSkoen.source, set.plSkoen.published) : undefined}>
          <Select className={styles.wide} value={state.template?.id ?? ''} onChange={(_, d) => void actions.chooseTemplate(d.value)} disabled={busy || !resolved}>
            {!resolved && <option value="">…</option>}
            {resolved && set ? (
              <>
                <optgroup label={ow.organisation(set.organisation)}>{resolved.available.filter((t) => own.has(t.id)).map(option)}</optgroup>
                <optgroup label={ow.builtin}>{builtins.map(option)}</optgroup>
                {resolved.custom && <optgroup label={ow.own}>{option(resolved.custom)}</optgroup>}
              </>
            ) : (
              resolved?.available.map(option)
            )}
          </Select>
        </Field>
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          {s.loadTemplate}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          data-testid="template-file"
          aria-label={s.loadTemplate}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            void onFile(file);
          }}
        />
      </div>
      {state.organisation.state === 'failed' && (
        <Notice intent="error" data-testid="organisation-error">
          {state.organisation.notice[state.lang]} {ow.fallback}
        </Notice>
      )}
      {resolved?.problem && (
        <Notice intent="error" data-testid="template-error">
          {s.templateFileError(resolved.problem)}
        </Notice>
      )}
      <SectionNotice notice={state.notice} actions={['template']} s={s} testId={state.notice?.intent === 'error' ? 'template-error' : 'template-notice'} />
    </div>
  );
}
