/**
 * The task pane. Everything Excel does goes through the `gateway` prop (never Excel.run here);
 * everything that is not presentation lives in ../state.ts.
 */
import * as React from 'react';
// Only what the pane needs from Fluent, imported by name (tree-shaken): the task pane's JS must
// stay under 500 KB (webpack.config.js fails the build above it). Heavier Fluent pieces
// (MessageBar, RadioGroup, Accordion, Table, Badge) are replaced by small token-styled elements.
import { Button, FluentProvider, ProgressBar, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { Notice } from './Notice';
import { analyseWorkbook, convertTable } from '../lazyCore';
import type { AnalysisResult, Finding, WorkbookGrid } from '../../core/model';
import type { ConversionResult, ConvertOptions } from '../../core/priceLevel/convert';
import { a1 } from '../../core/a1';
import { defaultTemplateId, type Template } from '../../core/templates/template';
import type { CheckScope, ExcelGateway, Progress, SavedSettings } from '../../office/gateway';
import { latestRibbonOutcome, subscribeRibbonOutcome, type RibbonOutcome } from '../../addin/ribbonOutcome';
import {
  applyIndexOverrides,
  buildConvertedSheet,
  convertedSheetName,
  errorText,
  readTemplateFile,
  resolveTemplates,
  sheetOf,
  summarize,
  validOverrides,
} from '../state';
import { stringsFor } from '../strings';
import { FindingsView, PriceLevelView, SummaryView, TemplateWorkshop, type ConvertRequest } from './LazyViews';
import { FixButton, FixesBar, fixKey, fixStrings } from './FixesView';
import { combinableEdits } from '../../core/fixes/select';
import type { ProposedFix } from '../../core/fixes/model';
import { proposeFixes } from '../lazyCore';
import type { OrganisationLoad } from '../../addin/organisationTemplates';
import { OrganisationNotice, TemplatePicker } from './TemplatePicker';

export interface AppProps {
  gateway: ExcelGateway;
  templates: Template[];
  /** The organisation's templates folder as loaded (its templates are in `templates`). */
  organisation?: OrganisationLoad;
  /** The core's analysis; replaceable in tests. */
  analyse?: (workbook: WorkbookGrid, template: Template) => AnalysisResult | Promise<AnalysisResult>;
  /** The core's price-level conversion; replaceable in tests. */
  convert?: (table: Parameters<typeof convertTable>[0], template: Template, opts: ConvertOptions) => ConversionResult | Promise<ConversionResult>;
}

/** A chosen file's text (FileReader where Blob.text is missing, as in older webviews). */
function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsText(file, 'utf-8');
  });
}

type Notice = { intent: 'success' | 'error' | 'warning' | 'info'; text: string };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    maxWidth: '100%',
    overflowX: 'hidden',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1, flexBasis: '12em', minWidth: 0 },
  wide: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
  hidden: { display: 'none' },
  scope: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground1, width: '100%' },
  radio: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    cursor: 'pointer',
    '& input': { accentColor: tokens.colorCompoundBrandBackground, margin: 0, width: '16px', height: '16px' },
  },
  divided: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

export function App({ gateway, templates, organisation = { state: 'none' }, analyse = analyseWorkbook, convert = convertTable }: AppProps) {
  const styles = useStyles();
  const lang = React.useMemo(() => gateway.displayLanguage(), [gateway]);
  const s = stringsFor(lang);

  const [settings, setSettings] = React.useState<SavedSettings | null>(null);
  const resolved = React.useMemo(() => resolveTemplates(settings, templates, organisation.state === 'loaded' ? organisation.set.defaultId : defaultTemplateId), [settings, templates, organisation]);
  const template = resolved.selected;
  const overrides = React.useMemo(() => validOverrides(settings?.indexOverrides), [settings]);
  const [scope, setScope] = React.useState<CheckScope>('sheet');
  const [busy, setBusy] = React.useState<string | null>(null);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [result, setResult] = React.useState<AnalysisResult | null>(null);
  // Price-level conversion is for cost tables; a list has no p/l.
  const costTables = React.useMemo(() => (result?.tables ?? []).filter((t) => t.kind !== 'list'), [result]);
  const [workbook, setWorkbook] = React.useState<WorkbookGrid | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [templateError, setTemplateError] = React.useState<string | null>(null);
  const [ribbon, setRibbon] = React.useState<RibbonOutcome | null>(() => latestRibbonOutcome());
  const fileInput = React.useRef<HTMLInputElement>(null);

  // Settings saved with the workbook: template and edited indices.
  React.useEffect(() => {
    let live = true;
    gateway
      .loadSettings()
      .then((saved) => live && saved && setSettings(saved))
      .catch((e) => live && setNotice({ intent: 'error', text: s.error(errorText(e)) }));
    return () => {
      live = false;
    };
  }, [gateway]); // eslint-disable-line react-hooks/exhaustive-deps

  // The ribbon's "Tjek totaler" runs in the same (shared) runtime: show what it found.
  React.useEffect(
    () =>
      subscribeRibbonOutcome((o) => {
        setRibbon(o);
        if (o && !o.error) {
          setResult(o.result);
          setWorkbook(o.workbook);
        }
      }),
    [],
  );
  React.useEffect(() => {
    if (ribbon && !ribbon.error && !result) {
      setResult(ribbon.result);
      setWorkbook(ribbon.workbook);
    }
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const run = async (phase: string, work: () => Promise<void>) => {
    setBusy(phase);
    setProgress(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: 'error', text: s.error(errorText(e)) });
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const save = async (next: SavedSettings, message?: string) => {
    setSettings(next);
    try {
      await gateway.saveSettings(next);
      if (message) setNotice({ intent: 'success', text: message });
    } catch (e) {
      setNotice({ intent: 'error', text: s.error(errorText(e)) });
    }
  };
  const baseSettings = (): SavedSettings => settings ?? { templateId: template.id };

  const checkNow = async () => {
    const { workbook: wb } = await gateway.readWorkbook(scope, setProgress);
    setProgress({ done: 0, total: 1, phase: 'analyse' });
    const r = await analyse(wb, applyIndexOverrides(template, overrides));
    setWorkbook(wb);
    setResult(r);
  };
  const onCheck = () => run('read', checkNow);

  // Fixes the core can propose for what was found (certain ones, and choices such as a total).
  // (Loaded with the analysis, when there is something to fix.)
  const [fixes, setFixes] = React.useState<ProposedFix[]>([]);
  React.useEffect(() => {
    let live = true;
    if (!workbook || !result || result.findings.length === 0) setFixes([]);
    else void proposeFixes(workbook, result, applyIndexOverrides(template, overrides)).then((f) => live && setFixes(f));
    return () => {
      live = false;
    };
  }, [workbook, result, template, overrides]);
  const fixByFinding = React.useMemo(() => new Map(fixes.map((f) => [fixKey(f), f])), [fixes]);
  const ft = fixStrings[lang];

  const onApplyFixes = (chosen: ProposedFix[]) =>
    run('fix', async () => {
      const outcome = await gateway.applyFixes(combinableEdits(chosen));
      await checkNow();
      const text = ft.applied(outcome.applied) + (outcome.changedSince.length ? ft.changedSince(outcome.changedSince) : '');
      setNotice({ intent: outcome.changedSince.length ? 'warning' : 'success', text });
    });

  const onUndoFixes = (which: 'last' | 'all') =>
    run('undo', async () => {
      const outcome = await gateway.undoFixes(which);
      if (outcome.restored === 0 && outcome.changedSince.length === 0) {
        setNotice({ intent: 'info', text: ft.nothingToUndo });
        return;
      }
      if (result) await checkNow();
      const text = ft.undone(outcome.restored) + (outcome.changedSince.length ? ft.changedSince(outcome.changedSince) : '');
      setNotice({ intent: outcome.changedSince.length ? 'warning' : 'success', text });
    });

  const onSelect = (f: Finding) => {
    gateway.selectCell(f.sheet, f.cell).catch((e) => setNotice({ intent: 'error', text: s.error(errorText(e)) }));
  };

  const onMark = () =>
    run('mark', async () => {
      if (!result) return;
      const n = await gateway.markFindings(result.findings, setProgress);
      setNotice({ intent: 'success', text: s.marked(n) });
    });

  const onClear = () =>
    run('clear', async () => {
      const n = await gateway.clearMarks();
      setNotice({ intent: 'success', text: s.cleared(n) });
    });

  const onReport = () =>
    run('report', async () => {
      if (!result) return;
      const sheet = await gateway.writeReport(result, lang);
      setNotice({ intent: 'success', text: s.reportWritten(sheet) });
    });

  const onTemplateChange = (id: string) => {
    setTemplateError(null);
    const next: SavedSettings = { ...baseSettings(), templateId: id };
    void save(next);
  };

  const onTemplateFile = async (file: File | undefined) => {
    if (!file) return;
    setTemplateError(null);
    let text: string;
    try {
      text = await readFileText(file);
    } catch (e) {
      setTemplateError(s.templateFileError(errorText(e)));
      return;
    }
    const r = readTemplateFile(text, file.name, s.templateNotJson);
    if (!r.ok) {
      setTemplateError(s.templateFileError(r.error));
      return;
    }
    await save({ ...baseSettings(), templateId: r.template.id, customTemplateJson: r.json }, s.templateLoaded(r.template.name));
  };

  const onSaveOverrides = (next: Record<string, string>) => {
    const settingsNext: SavedSettings = { ...baseSettings(), indexOverrides: next };
    if (Object.keys(next).length === 0) delete settingsNext.indexOverrides;
    void save(settingsNext, s.overridesSaved);
  };

  const onConvert = ({ table, from, to }: ConvertRequest) =>
    run('convert', async () => {
      const sheet = sheetOf(workbook, table.sheet);
      if (!sheet) throw new Error(table.sheet);
      const r = await convert(table, template, { to, from, rounding: 'largest-remainder', indexOverrides: overrides });
      if (!r.ok) {
        const p = r.params as { missing?: string[]; cells?: string[] };
        setNotice({ intent: 'error', text: s.conversionFailed(s.conversionReason(r.reason, { from: r.from, to: r.to, missing: p.missing, cells: p.cells })) });
        return;
      }
      const cells = buildConvertedSheet(sheet, table, r, a1);
      const name = await gateway.writeNewSheet(convertedSheetName(table, to), cells);
      setNotice({ intent: r.label ? 'success' : 'warning', text: r.label ? s.converted(name) : `${s.converted(name)} ${s.noLabelWritten}` });
    });

  const sum = result ? summarize(result.findings) : null;
  const ribbonSum = ribbon && !ribbon.error ? summarize(ribbon.result.findings) : null;

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'da' ? 'da-DK' : 'en-US'}>
      <main className={styles.root}>
        <h1 className={styles.title}>{s.appTitle}</h1>

        {ribbon && (
          <Notice
            intent={ribbon.error ? 'error' : ribbonSum!.errors ? 'error' : ribbonSum!.warnings ? 'warning' : 'success'}
            data-testid="ribbon-outcome"
            action={
              <Button size="small" appearance="transparent" onClick={() => setRibbon(null)}>
                {s.dismiss}
              </Button>
            }
          >
            {ribbon.error ? s.error(ribbon.error) : s.ribbonOutcome(ribbon.sheet, ribbonSum!.errors, ribbonSum!.warnings, ribbonSum!.infos)}
          </Notice>
        )}

        <div className={styles.row}>
          <TemplatePicker lang={lang} organisation={organisation} available={resolved.available} custom={resolved.custom} value={template.id} onChange={onTemplateChange} disabled={Boolean(busy)} className={styles.grow} />
          <Button onClick={() => fileInput.current?.click()} disabled={Boolean(busy)}>
            {s.loadTemplate}
          </Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".json,application/json"
            data-testid="template-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void onTemplateFile(file);
            }}
          />
        </div>
        <OrganisationNotice lang={lang} organisation={organisation} />
        {(templateError || resolved.problem) && (
          <Notice intent="error" data-testid="template-error">
            {templateError ?? s.templateFileError(resolved.problem!)}
          </Notice>
        )}

        <fieldset className={styles.scope}>
          <legend className={styles.legend}>{s.scope}</legend>
          {(['sheet', 'workbook', 'selection'] as const).map((k) => (
            <label key={k} className={styles.radio}>
              <input type="radio" name="budgettjek-scope" value={k} checked={scope === k} onChange={() => setScope(k)} disabled={Boolean(busy)} />
              {s.scopes[k]}
            </label>
          ))}
        </fieldset>

        <div className={styles.row}>
          <Button appearance="primary" onClick={onCheck} disabled={Boolean(busy)}>
            {busy === 'read' ? s.checking : s.check}
          </Button>
          {busy && <span aria-live="polite">{s.phases[progress?.phase ?? busy] ?? busy}…</span>}
        </div>
        {busy && (
          <ProgressBar
            value={progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined}
            aria-label={s.phases[progress?.phase ?? busy] ?? busy}
          />
        )}

        {notice && (
          <Notice intent={notice.intent} data-testid="notice">
            {notice.text}
          </Notice>
        )}

        {result && sum && (
          <section aria-label={s.summaryTitle}>
            <h2 className={styles.h2}>{s.summaryTitle}</h2>
            <SummaryView result={result} s={s} />
          </section>
        )}

        <div className={styles.row}>
          <Button onClick={onMark} disabled={Boolean(busy) || !result || result.findings.length === 0}>
            {s.markCells}
          </Button>
          <Button onClick={onClear} disabled={Boolean(busy)}>
            {s.clearMarks}
          </Button>
          <Button onClick={onReport} disabled={Boolean(busy) || !result}>
            {s.writeReport}
          </Button>
        </div>

        {result && (
          <section aria-label={s.findingsTitle}>
            <h2 className={styles.h2}>{s.findingsTitle}</h2>
            <FindingsView
              result={result}
              lang={lang}
              s={s}
              onSelect={onSelect}
              actionFor={(f) => {
                const fix = fixByFinding.get(fixKey(f));
                return fix ? <FixButton fix={fix} lang={lang} busy={Boolean(busy)} onApply={(x) => void onApplyFixes(x)} /> : null;
              }}
            />
          </section>
        )}

        {result && (
          <section aria-label={ft.title}>
            <h2 className={styles.h2}>{ft.title}</h2>
            <FixesBar fixes={fixes} lang={lang} busy={Boolean(busy)} onApply={(x) => void onApplyFixes(x)} onUndo={(w) => void onUndoFixes(w)} />
          </section>
        )}

        <section aria-label={s.priceLevelTitle} className={styles.divided}>
          <h2 className={styles.h2}>{s.priceLevelTitle}</h2>
          <PriceLevelView
            lang={lang}
            s={s}
            template={template}
            overrides={overrides}
            tables={costTables}
            busy={Boolean(busy)}
            onSaveOverrides={onSaveOverrides}
            onConvert={onConvert}
          />
        </section>

        <TemplateWorkshop lang={lang} template={template} workbook={workbook} busy={Boolean(busy)} onSave={(t, json, message) => save({ ...baseSettings(), templateId: t.id, customTemplateJson: json }, message)} />
      </main>
    </FluentProvider>
  );
}
