/**
 * The template picker: the organisation's templates (published next to the add-in) first, under the
 * organisation's name, then the built-in ones and the workbook's own; and, when the organisation's
 * folder could not be used, a notice saying so and what to do — never a silent fallback.
 */
import * as React from 'react';
import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import type { Template } from '../../core/templates/template';
import { organisationNoticeText, type OrganisationLoad } from '../../addin/organisationTemplates';
import { Notice } from './Notice';

const words = {
  da: {
    label: 'Skabelon',
    organisation: (name: string) => `Organisationens skabeloner – ${name}`,
    builtin: 'Indbyggede skabeloner',
    own: 'Projektmappens egen skabelon',
    standard: ' (kontorets standard)',
    plSkoen: (source: string, published: string) => `PL-skøn: ${source} (udgivet ${published})`,
    fallback: 'Indtil det er rettet, kan du vælge en af de indbyggede skabeloner.',
  },
  en: {
    label: 'Template',
    organisation: (name: string) => `The organisation's templates – ${name}`,
    builtin: 'Built-in templates',
    own: "The workbook's own template",
    standard: " (the office's default)",
    plSkoen: (source: string, published: string) => `PL estimate: ${source} (published ${published})`,
    fallback: 'Until it is fixed, you can choose one of the built-in templates.',
  },
};

const useStyles = makeStyles({
  wide: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
  hint: { margin: 0 },
});

export interface TemplatePickerProps {
  lang: Lang;
  organisation: OrganisationLoad;
  available: readonly Template[];
  /** The workbook's own template, if it has one. */
  custom: Template | null;
  value: string;
  onChange: (id: string) => void;
  disabled?: boolean;
  className?: string;
}

/** The templates the pane offers: the organisation's (if any) before the built-in ones. */
export function paneTemplates(organisation: OrganisationLoad, builtins: readonly Template[]): Template[] {
  return organisation.state === 'loaded' ? [...organisation.set.templates, ...organisation.set.builtins] : [...builtins];
}

export function TemplatePicker({ lang, organisation, available, custom, value, onChange, disabled, className }: TemplatePickerProps) {
  const styles = useStyles();
  const w = words[lang];
  const set = organisation.state === 'loaded' ? organisation.set : null;
  const own = new Set(set?.templates.map((t) => t.id));
  const option = (t: Template) => (
    <option key={t.id} value={t.id}>
      {t.name}
      {set && t.id === set.defaultId ? w.standard : ''}
    </option>
  );
  const builtins = available.filter((t) => !own.has(t.id) && t !== custom);
  return (
    <Field label={w.label} className={className} hint={set?.plSkoen ? w.plSkoen(set.plSkoen.source, set.plSkoen.published) : undefined}>
        <Select className={styles.wide} value={value} onChange={(_, d) => onChange(d.value)} disabled={disabled} data-testid="template-picker">
          {set ? (
            <>
              <optgroup label={w.organisation(set.organisation)}>{available.filter((t) => own.has(t.id)).map(option)}</optgroup>
              <optgroup label={w.builtin}>{builtins.map(option)}</optgroup>
            </>
          ) : (
            builtins.map(option)
          )}
          {custom && <optgroup label={w.own}>{option(custom)}</optgroup>}
        </Select>
    </Field>
  );
}

/** When the organisation's folder could not be used: what is wrong and what to do. */
export function OrganisationNotice({ lang, organisation }: { lang: Lang; organisation: OrganisationLoad }) {
  if (organisation.state !== 'failed') return null;
  return (
    <Notice intent="error" data-testid="organisation-error">
      {organisationNoticeText(organisation, lang)} {words[lang].fallback}
    </Notice>
  );
}
