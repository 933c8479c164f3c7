import '../testing/domShims';
import '@testing-library/jest-dom';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from './App';
import { TemplateWorkshop } from './TemplateWorkshop';
import { parseTemplate } from '../../core/templates/template';
import { builtinTemplate, builtinTemplates } from '../../core/templates/builtin';
import { publishedAppendix } from '../../core/testing/appendix';
import { FakeExcel } from '../../office/fake/excelFake';
import { gatewayOverFake } from '../../office/fake/fakeGateway';
import { SETTINGS_KEY } from '../../office/constants';
import { parseSavedSettings } from '../../office/settings';
import { loadTemplateArg } from '../../cli/templateArg';
import { appendixSeed } from '../../../tests/e2e/appendixSeed';
import { fakeGateway } from '../testing/fakeGateway';

const kk = builtinTemplate('kk-ofs-2025-2026')!;
// Rendering the whole pane with Fluent in jsdom is slow on a shared machine.
jest.setTimeout(60_000);

// The pane loads the workshop, the findings and the core on first use (LazyViews, the session's
// core). ts-jest compiles each on its first import, which on a loaded machine can outlast a
// findBy's wait: compile them once here, so what the tests wait for is the pane, not the compiler.
beforeAll(async () => {
  await Promise.all([import('./TemplateWorkshop'), import('./FindingsView'), import('./FixesView'), import('./PriceLevelView'), import('../../addin/sessionCore')]);
}, 120_000);

function savedIn(fake: FakeExcel) {
  return parseSavedSettings(fake.state.savedSettings[SETTINGS_KEY]);
}

describe('Gem som skabelon, against the in-memory Excel', () => {
  test('derives a template from the checked workbook, saves it with the workbook, and it survives reopening and loads in the CLI', async () => {
    const fake = new FakeExcel(appendixSeed());
    const view = render(<App gateway={gatewayOverFake(fake)} templates={builtinTemplates} />);
    // The workshop is loaded on first use (below the fold): wait for it.
    const button = await screen.findByRole('button', { name: 'Gem som skabelon' });
    expect(button).toBeDisabled(); // nothing checked yet
    fireEvent.click(screen.getByLabelText('Hele projektmappen'));
    fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: 'Gem som skabelon' }));

    await waitFor(() => expect(savedIn(fake)?.templateId).toBe('egen-skabelon'));
    const saved = savedIn(fake)!;
    const template = parseTemplate(JSON.parse(saved.customTemplateJson!), 'saved');
    expect(template).toMatchObject({ unit: 't.kr.', priceLevel: { proposal: 2027, overview: 2026 }, years: [2026, 2027, 2028, 2029, 2030, 2031] });
    // A model has no indices: the template in use keeps giving them (no "mangler indeks" after saving).
    expect(template.priceIndices).toEqual(kk.priceIndices);
    expect(await screen.findByTestId('template-notice')).toHaveTextContent('er aflæst og gemt med projektmappen. Prisindeksene er taget med fra');
    const notes = screen.getByTestId('derive-notes');
    expect(notes).toHaveTextContent('forslagstabeller: 2027 p/l');
    expect(notes).toHaveTextContent('BC39!A4:F10 angiver intet prisniveau');
    // The editor opens on it, with KL's forecast to be typed in, never guessed.
    const editor = screen.getByTestId('template-editor');
    expect(within(editor).getByDisplayValue('egen-skabelon')).toBeInTheDocument();
    expect(within(editor).getByTestId('kl-help')).toHaveTextContent('"Pris- og lønskøn til brug for budgetlægningen", som udsendes hver juni/august');
    view.unmount();

    // Reopened, the workbook chooses its own template.
    const reopened = fake.reopen();
    render(<App gateway={gatewayOverFake(reopened)} templates={builtinTemplates} />);
    expect(parseSavedSettings(reopened.state.savedSettings[SETTINGS_KEY])?.templateId).toBe('egen-skabelon');
    await waitFor(() => expect((screen.getAllByRole('combobox')[0] as HTMLSelectElement).value).toBe('egen-skabelon'), { timeout: 10_000 });

    // The same JSON is a template file for the command line.
    const dir = mkdtempSync(join(tmpdir(), 'bt-pane-tpl-'));
    try {
      const file = join(dir, 'egen.json');
      writeFileSync(file, saved.customTemplateJson!);
      expect(loadTemplateArg(file, 'da').template).toEqual(template);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('with the selection as scope, the template is read from the selected table only', async () => {
    const seed = appendixSeed();
    const fake = new FakeExcel({ ...seed, activeSheet: 'BC01', selection: { sheet: 'BC01', address: 'A4:H10' } });
    render(<App gateway={gatewayOverFake(fake)} templates={builtinTemplates} />);
    await screen.findByRole('button', { name: 'Gem som skabelon' });
    fireEvent.click(screen.getByLabelText('Markering'));
    fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: 'Gem som skabelon' }));
    await waitFor(() => expect(savedIn(fake)?.customTemplateJson).toBeDefined());
    const t = parseTemplate(JSON.parse(savedIn(fake)!.customTemplateJson!), 'sel');
    expect(t.priceLevel).toEqual({ proposal: 2027, overview: null });
    expect(t.styringsomraader.map((s) => s.name)).toEqual(['Service']);
  });
});

describe('template editor', () => {
  function renderEditor(lang: 'da' | 'en' = 'da') {
    const onSave = jest.fn();
    const download = jest.fn();
    render(<TemplateWorkshop lang={lang} template={kk} workbook={publishedAppendix()} busy={false} onSave={onSave} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: lang === 'da' ? 'Redigér skabelon' : 'Edit template' }));
    return { onSave, download, editor: screen.getByTestId('template-editor') };
  }

  test('starts from the chosen template as an own copy, validates as the user types, names the field, what is expected and an example', () => {
    const { onSave, editor } = renderEditor();
    expect(within(editor).getByDisplayValue('kk-ofs-2025-2026-egen')).toBeInTheDocument();
    expect(within(editor).getByDisplayValue('2026-2031')).toBeInTheDocument();
    expect(screen.getByTestId('template-problems')).toHaveTextContent('Skabelonen er gyldig.');

    const index0 = within(editor).getByTestId('index-0');
    fireEvent.change(within(index0).getByDisplayValue(/Afledt af bilaget/), { target: { value: '' } });
    expect(screen.getByTestId('template-problems')).toHaveTextContent('Prisindeks, trin 1: kilde: mangler — skriv hvor tallet kommer fra, fx "KL, PL-skøn juni 2026"');
    expect(screen.getByTestId('template-problems')).not.toHaveTextContent('priceIndices');
    expect(index0).toHaveTextContent('skriv hvor tallet kommer fra'); // beside the field too
    expect(screen.getByRole('button', { name: 'Gem i projektmappen' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Hent som fil' })).toBeDisabled();

    fireEvent.change(within(editor).getByDisplayValue('2026-2031'), { target: { value: '2027-2026' } });
    expect(screen.getByTestId('template-problems')).toHaveTextContent('År: ugyldig værdi "2027-2026" — skal være årskolonnerne i stigende orden');
    fireEvent.change(within(editor).getByDisplayValue('2027-2026'), { target: { value: '2027-2030' } });
    fireEvent.change(within(index0).getByDisplayValue('2026-01'), { target: { value: '2026-13' } });
    expect(screen.getByTestId('template-problems')).toHaveTextContent('Prisindeks, trin 1: udgivet: ugyldig værdi "2026-13"');
    expect(onSave).not.toHaveBeenCalled();
  });

  test('adds an Anlæg index step with source and date, saves it with the workbook and downloads the file', async () => {
    const { onSave, download, editor } = renderEditor();
    fireEvent.click(within(editor).getByRole('button', { name: 'Tilføj indekstrin' }));
    const step = within(editor).getByTestId('index-1');
    expect(within(step).getByDisplayValue('2027')).toBeInTheDocument(); // the year after the last step
    expect(screen.getByTestId('template-problems')).toHaveTextContent('Prisindeks, trin 2: stigning %: mangler — skal være den årlige stigning i procent, fx "2,8" eller 2.8');
    fireEvent.change(within(step).getByRole('combobox'), { target: { value: 'Anlæg' } });
    fireEvent.change(within(step).getByDisplayValue('2027'), { target: { value: '2026' } });
    const [percent, source, published] = within(step).getAllByRole('textbox').slice(1);
    fireEvent.change(percent, { target: { value: '3,1' } });
    fireEvent.change(source, { target: { value: 'KL, PL-skøn juni 2026' } });
    fireEvent.change(published, { target: { value: '2026-06-15' } });
    expect(screen.getByTestId('template-problems')).toHaveTextContent('Skabelonen er gyldig.');

    fireEvent.click(screen.getByRole('button', { name: 'Gem i projektmappen' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const [t, json, message] = onSave.mock.calls[0];
    expect(t.id).toBe('kk-ofs-2025-2026-egen');
    expect(message).toBe('Skabelonen "Københavns Kommune – innovationsforslag til OFS 2025-2026 (egen)" er gemt med projektmappen.');
    const again = parseTemplate(JSON.parse(json), 'saved');
    expect(again.priceIndices[1]).toMatchObject({ styringsomraade: 'Anlæg', from: 2026, to: 2027, source: 'KL, PL-skøn juni 2026', published: '2026-06-15' });
    expect(again.priceIndices[1].percent.toString()).toBe('3.1');

    fireEvent.click(screen.getByRole('button', { name: 'Hent som fil' }));
    expect(download).toHaveBeenCalledWith('kk-ofs-2025-2026-egen.json', expect.any(String));
    expect(parseTemplate(JSON.parse(download.mock.calls[0][1]), 'file')).toEqual(again);
    expect(screen.getByTestId('template-notice')).toHaveTextContent('kk-ofs-2025-2026-egen.json er hentet. Kolleger kan indlæse den med "Indlæs skabelon…".');
    expect(screen.getByTestId('template-notice')).not.toHaveTextContent('--');
  });

  test('a styringsområde can be added, and a doubled alias is named; in English when Office is English', () => {
    const { editor } = renderEditor('en');
    fireEvent.click(within(editor).getByRole('button', { name: 'Add styringsområde' }));
    const row = within(editor).getByTestId('area-4');
    const [name, aliases] = within(row).getAllByRole('textbox');
    fireEvent.change(name, { target: { value: 'Ældreboliger' } });
    fireEvent.change(aliases, { target: { value: 'Bruttoanlæg' } });
    expect(screen.getByTestId('template-problems')).toHaveTextContent(
      'Styringsområde 5: other spellings: "Bruttoanlæg" is already listed under "Anlæg" — each name and alias may belong to one styringsområde only',
    );
    expect(screen.getByTestId('kl-help')).toHaveTextContent('published each June/August');
  });

  test('Gem som skabelon says why when there is nothing to read', async () => {
    const onSave = jest.fn();
    const { sheetFromRows, workbookOf } = await import('../../core/testing/sheetFromRows');
    render(<TemplateWorkshop lang="da" template={kk} workbook={workbookOf(sheetFromRows('Tom', [['kun tekst']]))} busy={false} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Gem som skabelon' }));
    expect(await screen.findByTestId('template-notice')).toHaveTextContent('Tom: ingen tabel med beløb at aflede en skabelon af');
    expect(onSave).not.toHaveBeenCalled();
  });

  test('a template saved from the editor is the one the pane checks with', async () => {
    const gw = fakeGateway();
    render(<App gateway={gw} templates={builtinTemplates} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Redigér skabelon' }));
    const editor = screen.getByTestId('template-editor');
    fireEvent.change(within(editor).getByDisplayValue('2027'), { target: { value: '2028' } }); // proposals in 2028 p/l
    fireEvent.click(screen.getByRole('button', { name: 'Gem i projektmappen' }));
    await waitFor(() => expect(gw.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ templateId: 'kk-ofs-2025-2026-egen' })));
    fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
    const findings = await screen.findByTestId('findings', {}, { timeout: 10_000 });
    expect(findings.querySelector('[data-rule="PRICE_LEVEL_MISMATCH"]')).not.toBeNull();
  });
});
