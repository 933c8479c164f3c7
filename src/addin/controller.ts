/**
 * The add-in's session controller: one per workbook page (shared runtime), owning the workbook's
 * state — its settings and templates, the last check, the fixes on offer, what is marked and what
 * can be undone — and every action on it. The task pane uses it through one hook
 * (taskpane/useSession.ts), the ribbon's "Tjek totaler" calls `ribbonCheck`, and the custom function
 * reads the same saved template. Nothing here renders text: outcomes are `SessionNotice`s, which
 * each surface words in its own language.
 *
 * Light on purpose: this module is on the pane's first paint, so the core (templates, the
 * analysis, the fixes, the conversion — decimal.js and zod with them) is loaded on first use from
 * ./sessionCore.ts.
 */
import type {
  AnalysisResult,
  ConversionFailureReason,
  ConversionResult,
  ConvertOptions,
  Finding,
  Lang,
  ProposedFix,
  TableBlock,
  Template,
  WorkbookGrid,
} from '../core';
import type { OrganisationLoad } from './organisationTemplates';
import type { CheckScope, ExcelGateway, Progress, SavedSettings } from '../office';
import { latestRibbonOutcome, publishRibbonOutcome, subscribeRibbonOutcome, type RibbonOutcome } from './ribbonOutcome';
import type { ResolvedTemplates } from './session';

export type SessionAction = 'load' | 'check' | 'fix' | 'undo' | 'mark' | 'clear' | 'report' | 'convert' | 'settings' | 'template' | 'workshop' | 'select' | 'ribbon';

/** What happened, without words: each surface says it in its language (taskpane/strings.ts). */
export type NoticeMessage =
  | { kind: 'error'; detail: string }
  | { kind: 'marked'; cells: number }
  | { kind: 'cleared'; cells: number }
  | { kind: 'report'; sheet: string }
  | { kind: 'fixed'; cells: number; changedSince: string[] }
  | { kind: 'undone'; cells: number; changedSince: string[] }
  | { kind: 'nothingToUndo' }
  | { kind: 'converted'; sheet: string; labelWritten: boolean }
  | { kind: 'conversionFailed'; reason: ConversionFailureReason; from: number | null; to: number; missing?: string[]; cells?: string[] }
  | { kind: 'templateLoaded'; name: string }
  | { kind: 'templateFileError'; detail: string }
  | { kind: 'templateNotJson'; file: string }
  | { kind: 'overridesSaved' }
  | { kind: 'saved'; text: string };

export interface SessionNotice {
  /** The action that caused it: the section holding that action shows it. */
  action: SessionAction;
  intent: 'success' | 'error' | 'warning' | 'info';
  message: NoticeMessage;
  /** Increases with every notice (a section moves focus to a new one). */
  id: number;
}

export interface CheckedWorkbook {
  result: AnalysisResult;
  workbook: WorkbookGrid;
  activeSheet: string;
  /** Where the check came from: the pane's Tjek or the ribbon's Tjek totaler. */
  source: 'pane' | 'ribbon';
  /** Cells fixed in this session before this check ran (a check after fixes is a success to show as one). */
  fixedCells: number;
  /** Increases with every check (a section moves focus to a new result). */
  id: number;
}

export interface SessionState {
  lang: Lang;
  /** Settings and templates loaded (the template picker and the price-level view wait for it). */
  ready: boolean;
  settings: SavedSettings | null;
  templates: ResolvedTemplates | null;
  /** The chosen template as saved (without the edited indices). */
  template: Template | null;
  /** The edited indices that read as percentages. */
  overrides: Record<string, string>;
  scope: CheckScope;
  busy: SessionAction | null;
  progress: Progress | null;
  checked: CheckedWorkbook | null;
  /** Fixes the core proposes for the last check. */
  fixes: ProposedFix[];
  /** Fix steps recorded in the workbook (what undo can take back). */
  fixSteps: number;
  /** Cells the add-in has marked (what "Fjern markeringer" can remove). */
  markedCells: number;
  notice: SessionNotice | null;
  /** The ribbon's last outcome while the pane has not dismissed it. */
  ribbon: RibbonOutcome | null;
  /** The organisation's templates folder (published next to the add-in) as loaded. */
  organisation: OrganisationLoad;
}

export interface SessionOptions {
  gateway: ExcelGateway;
  /** The built-in templates; loaded with the core on first use when not given. */
  templates?: Template[];
  /** Loads the organisation's templates folder; absent: none is published. */
  organisation?: () => Promise<OrganisationLoad>;
  /** The core's analysis; replaceable in tests. */
  analyse?: (workbook: WorkbookGrid, template: Template) => AnalysisResult | Promise<AnalysisResult>;
  /** The core's price-level conversion; replaceable in tests. */
  convert?: (table: TableBlock, template: Template, opts: ConvertOptions) => ConversionResult | Promise<ConversionResult>;
}

type Listener = () => void;
type Core = typeof import('./sessionCore');

export interface ConvertRequest {
  table: TableBlock;
  from: number;
  to: number;
}

export class SessionController {
  private state: SessionState;
  private readonly listeners = new Set<Listener>();
  private core: Promise<Core> | null = null;
  private started: Promise<void> | null = null;
  private notices = 0;
  private checks = 0;
  private fixedCells = 0;

  constructor(private readonly options: SessionOptions) {
    const ribbon = latestRibbonOutcome();
    this.state = {
      lang: safeLanguage(options.gateway),
      ready: false,
      settings: null,
      templates: null,
      template: null,
      overrides: {},
      scope: 'sheet',
      busy: null,
      progress: null,
      checked: null,
      fixes: [],
      fixSteps: 0,
      markedCells: ribbon && !ribbon.error ? ribbon.marked : 0,
      notice: null,
      organisation: { state: 'none' },
      ribbon,
    };
    if (ribbon && !ribbon.error) this.state.checked = this.checkedFrom(ribbon);
    this.unsubscribeRibbon = subscribeRibbonOutcome((o) => this.adoptRibbon(o));
  }

  private readonly unsubscribeRibbon: () => void;

  /** Stops following the ribbon (a pane unmounted in a test). */
  dispose(): void {
    this.unsubscribeRibbon();
    this.listeners.clear();
  }

  // -- store ---------------------------------------------------------------------------------

  getState = (): SessionState => this.state;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
    };
  };

  private set(change: Partial<SessionState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  private notify(action: SessionAction, intent: SessionNotice['intent'], message: NoticeMessage): void {
    this.set({ notice: { action, intent, message, id: ++this.notices } });
  }

  private loadCore(): Promise<Core> {
    return (this.core ??= import(/* webpackChunkName: "analysis" */ './sessionCore'));
  }

  /** The template in use with the workbook's edited indices (what a check and a conversion use). */
  private async effectiveTemplate(): Promise<Template> {
    await this.start();
    const core = await this.loadCore();
    const template = this.state.template;
    if (!template) throw new Error('Ingen skabelon');
    return core.applyIndexOverrides(template, this.state.overrides);
  }

  // -- start ---------------------------------------------------------------------------------

  /** Loads the saved settings, the templates and what the workbook has recorded (fixes, marks). Idempotent. */
  start(): Promise<void> {
    return (this.started ??= this.load());
  }

  private async load(): Promise<void> {
    const { gateway } = this.options;
    let settings: SavedSettings | null = null;
    try {
      settings = await gateway.loadSettings();
    } catch (e) {
      this.notify('load', 'error', { kind: 'error', detail: errorText(e) });
    }
    await this.applySettings(settings);
    this.set({ ready: true });
    // What undo and "Fjern markeringer" could act on, as the workbook recorded it (also after a reopen).
    const [steps, marks] = await Promise.all([gateway.recordedFixSteps().catch(() => 0), (gateway.recordedMarks?.() ?? Promise.resolve(0)).catch(() => 0)]);
    this.set({ fixSteps: steps, markedCells: Math.max(this.state.markedCells, marks) });
  }

  private async applySettings(settings: SavedSettings | null): Promise<void> {
    const core = await this.loadCore();
    // The organisation's templates come first and its default is the one chosen; a folder that
    // cannot be used is told (state.organisation), never silently replaced.
    if (this.state.organisation.state === 'none' && this.options.organisation) {
      const organisation = await this.options.organisation().catch(
        (e: unknown): OrganisationLoad => ({
          state: 'failed',
          location: 'templates/',
          notice: { da: `Organisationens skabeloner kunne ikke indlæses: ${errorText(e)}`, en: `The organisation's templates could not be loaded: ${errorText(e)}` },
        }),
      );
      this.set({ organisation });
    }
    const organisation = this.state.organisation;
    const builtins = paneTemplates(organisation, this.options.templates ?? core.builtinTemplates);
    const defaultId = organisation.state === 'loaded' ? organisation.set.defaultId : core.defaultTemplateId;
    const templates = core.resolveTemplates(settings, builtins, defaultId);
    this.set({ settings, templates, template: templates.selected, overrides: core.validOverrides(settings?.indexOverrides) });
  }

  // -- actions -------------------------------------------------------------------------------

  setScope(scope: CheckScope): void {
    this.set({ scope });
  }

  private async run(action: SessionAction, work: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: action, progress: null, notice: this.state.notice?.action === action ? null : this.state.notice });
    try {
      await work();
    } catch (e) {
      this.notify(action, 'error', { kind: 'error', detail: errorText(e) });
    } finally {
      this.set({ busy: null, progress: null });
    }
  }

  private onProgress = (p: Progress): void => this.set({ progress: p });

  /** Reads the chosen scope, analyses it and proposes fixes. */
  check(): Promise<void> {
    return this.run('check', async () => {
      await this.checkNow('pane');
    });
  }

  private async checkNow(source: CheckedWorkbook['source'], scope: CheckScope = this.state.scope): Promise<CheckedWorkbook> {
    const template = await this.effectiveTemplate();
    const { workbook, activeSheet } = await this.options.gateway.readWorkbook(scope, this.onProgress);
    this.set({ progress: { done: 0, total: 1, phase: 'analyse' } });
    const core = await this.loadCore();
    const result = await (this.options.analyse ?? core.analyseWorkbook)(workbook, template);
    const fixes = result.findings.length ? await core.proposeFixes(workbook, result, template) : [];
    const checked: CheckedWorkbook = { result, workbook, activeSheet, source, fixedCells: this.fixedCells, id: ++this.checks };
    this.set({ checked, fixes });
    return checked;
  }

  /** Writes the fixes' edits (one undo step), then checks again. */
  applyFixes(chosen: ProposedFix[]): Promise<void> {
    return this.run('fix', async () => {
      const core = await this.loadCore();
      const outcome = await this.options.gateway.applyFixes(core.combinableEdits(chosen));
      this.fixedCells += outcome.applied;
      this.set({ fixSteps: outcome.applied > 0 ? this.state.fixSteps + 1 : this.state.fixSteps });
      await this.checkNow(this.state.checked?.source ?? 'pane', this.state.checked?.source === 'ribbon' ? 'sheet' : this.state.scope);
      this.notify('fix', outcome.changedSince.length ? 'warning' : 'success', { kind: 'fixed', cells: outcome.applied, changedSince: outcome.changedSince });
    });
  }

  /** Budgettjek's own undo: the last fix step, or every one. */
  undo(which: 'last' | 'all'): Promise<void> {
    return this.run('undo', async () => {
      const outcome = await this.options.gateway.undoFixes(which);
      this.set({ fixSteps: outcome.stepsLeft });
      if (outcome.restored === 0 && outcome.changedSince.length === 0) {
        this.notify('undo', 'info', { kind: 'nothingToUndo' });
        return;
      }
      this.fixedCells = Math.max(0, this.fixedCells - outcome.restored);
      if (this.state.checked) await this.checkNow(this.state.checked.source, this.state.scope);
      this.notify('undo', outcome.changedSince.length ? 'warning' : 'success', { kind: 'undone', cells: outcome.restored, changedSince: outcome.changedSince });
    });
  }

  select(f: Pick<Finding, 'sheet' | 'cell'>): Promise<void> {
    return this.options.gateway.selectCell(f.sheet, f.cell).catch((e) => this.notify('select', 'error', { kind: 'error', detail: errorText(e) }));
  }

  mark(): Promise<void> {
    return this.run('mark', async () => {
      const findings = this.state.checked?.result.findings ?? [];
      if (!findings.length) return;
      const n = await this.options.gateway.markFindings(findings, this.onProgress);
      this.set({ markedCells: n });
      this.notify('mark', 'success', { kind: 'marked', cells: n });
    });
  }

  clearMarks(): Promise<void> {
    return this.run('clear', async () => {
      const n = await this.options.gateway.clearMarks();
      this.set({ markedCells: 0 });
      this.notify('clear', 'success', { kind: 'cleared', cells: n });
    });
  }

  report(): Promise<void> {
    return this.run('report', async () => {
      const result = this.state.checked?.result;
      if (!result) return;
      const sheet = await this.options.gateway.writeReport(result, this.state.lang);
      this.notify('report', 'success', { kind: 'report', sheet });
    });
  }

  /** A checked table converted to another price level, on a new sheet. */
  convert({ table, from, to }: ConvertRequest): Promise<void> {
    return this.run('convert', async () => {
      const core = await this.loadCore();
      const sheet = core.sheetOf(this.state.checked?.workbook ?? null, table.sheet);
      if (!sheet) throw new Error(table.sheet);
      const template = this.state.template;
      if (!template) throw new Error('Ingen skabelon');
      const r = await (this.options.convert ?? core.convertTable)(table, template, { to, from, rounding: 'largest-remainder', indexOverrides: this.state.overrides });
      if (!r.ok) {
        const p = r.params as { missing?: string[]; cells?: string[] };
        this.notify('convert', 'error', { kind: 'conversionFailed', reason: r.reason, from: r.from, to: r.to, missing: p.missing, cells: p.cells });
        return;
      }
      const cells = core.buildConvertedSheet(sheet, table, r, core.a1);
      const name = await this.options.gateway.writeNewSheet(core.convertedSheetName(table, to), cells);
      this.notify('convert', r.label ? 'success' : 'warning', { kind: 'converted', sheet: name, labelWritten: Boolean(r.label) });
    });
  }

  /** Saves the settings with the workbook; `action` is where the notice (if any) belongs. */
  async saveSettings(next: SavedSettings, action: SessionAction = 'settings', message?: NoticeMessage): Promise<void> {
    await this.start();
    try {
      await this.applySettings(next);
      await this.options.gateway.saveSettings(next);
      if (message) this.notify(action, 'success', message);
    } catch (e) {
      this.notify(action, 'error', { kind: 'error', detail: errorText(e) });
    }
  }

  private baseSettings(): SavedSettings {
    return this.state.settings ?? { templateId: this.state.template?.id ?? '' };
  }

  async chooseTemplate(id: string): Promise<void> {
    await this.start();
    return this.saveSettings({ ...this.baseSettings(), templateId: id }, 'template');
  }

  /** A template file the user picked: validated by the core, then saved with the workbook and chosen. */
  async loadTemplateFile(text: string, fileName: string): Promise<void> {
    await this.start();
    const core = await this.loadCore();
    const r = core.readTemplateFile(text, fileName, '\u0000');
    if (!r.ok) {
      const notJson = r.error === `${fileName}: \u0000`;
      this.notify('template', 'error', notJson ? { kind: 'templateNotJson', file: fileName } : { kind: 'templateFileError', detail: r.error });
      return;
    }
    await this.saveSettings({ ...this.baseSettings(), templateId: r.template.id, customTemplateJson: r.json }, 'template', { kind: 'templateLoaded', name: r.template.name });
  }

  /** A template file that could not be read at all. */
  templateFileUnreadable(e: unknown): void {
    this.notify('template', 'error', { kind: 'templateFileError', detail: errorText(e) });
  }

  /** A template from the editor or "Gem som skabelon", saved with the workbook and chosen. */
  async saveTemplate(template: Template, json: string, message: string): Promise<void> {
    await this.start();
    return this.saveSettings({ ...this.baseSettings(), templateId: template.id, customTemplateJson: json }, 'workshop', { kind: 'saved', text: message });
  }

  /** The edited price indices ("Service:2026-2027" → "2,8"); an empty record goes back to the template's. */
  async saveOverrides(next: Record<string, string>): Promise<void> {
    await this.start();
    const settings: SavedSettings = { ...this.baseSettings(), indexOverrides: next };
    if (Object.keys(next).length === 0) delete settings.indexOverrides;
    return this.saveSettings(settings, 'settings', { kind: 'overridesSaved' });
  }

  dismissRibbon(): void {
    this.set({ ribbon: null });
  }

  // -- the ribbon ----------------------------------------------------------------------------

  /**
   * The ribbon's "Tjek totaler": the active sheet against the saved template, old marks cleared,
   * the findings marked, the first error (else warning) selected, the outcome published.
   */
  async ribbonCheck(): Promise<RibbonOutcome> {
    const { gateway } = this.options;
    // Settings may have changed in another window since the pane loaded them: read them again.
    const settings = await gateway.loadSettings();
    await this.applySettings(settings);
    this.started ??= Promise.resolve();
    const template = await this.effectiveTemplate();
    const { workbook, activeSheet } = await gateway.readWorkbook('sheet');
    const core = await this.loadCore();
    const result = await (this.options.analyse ?? core.analyseWorkbook)(workbook, template);
    // Marks from an earlier check go first, so fixed cells lose theirs and no fill is saved twice.
    await gateway.clearMarks();
    const marked = result.findings.length ? await gateway.markFindings(result.findings) : 0;
    const first = core.firstNotable(result.findings);
    if (first) await gateway.selectCell(first.sheet, first.cell);
    const outcome: RibbonOutcome = { sheet: activeSheet, result, workbook, marked, at: new Date() };
    // Every controller of the page (and a pane opened later) takes it from here, fixes included.
    publishRibbonOutcome(outcome);
    return outcome;
  }

  private checkedFrom(o: RibbonOutcome): CheckedWorkbook {
    return { result: o.result, workbook: o.workbook, activeSheet: o.sheet, source: 'ribbon', fixedCells: this.fixedCells, id: ++this.checks };
  }

  private adoptRibbon(o: RibbonOutcome | null): void {
    if (!o) return this.set({ ribbon: null });
    if (o.error) return this.set({ ribbon: o });
    this.set({ ribbon: o, checked: this.checkedFrom(o), markedCells: o.marked });
    // Fixes for what the ribbon found (when it was not this controller that ran it).
    void this.loadCore()
      .then(async (core) => {
        const template = await this.effectiveTemplate();
        const fixes = o.result.findings.length ? await core.proposeFixes(o.workbook, o.result, template) : [];
        if (this.state.checked?.result === o.result) this.set({ fixes });
      })
      .catch(() => undefined);
  }
}

function safeLanguage(gateway: ExcelGateway): Lang {
  try {
    return gateway.displayLanguage();
  } catch {
    return 'da';
  }
}

/** How an error reads in a notice. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function createSessionController(options: SessionOptions): SessionController {
  return new SessionController(options);
}

/** The templates the pane offers: the organisation's (if any) before the built-in ones. */
function paneTemplates(organisation: OrganisationLoad, builtins: readonly Template[]): Template[] {
  return organisation.state === 'loaded' ? [...organisation.set.templates, ...organisation.set.builtins] : [...builtins];
}
