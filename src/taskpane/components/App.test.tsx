import '../testing/domShims';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from './App';
import genericJson from '../../core/templates/builtin/generic.json';
import { builtinTemplates } from '../../core/templates/template';
import { fakeGateway, type FakeGateway } from '../testing/fakeGateway';
import { publishRibbonOutcome } from '../../addin/ribbonOutcome';
import type { NewSheetCell } from '../../office/gateway';

function renderApp(gateway: FakeGateway) {
  return render(<App gateway={gateway} templates={builtinTemplates} />);
}

async function check(name = 'Tjek') {
  fireEvent.click(screen.getByRole('button', { name }));
  return screen.findByTestId('summary');
}

function fileEvent(text: string, name: string) {
  const file = new File([text], name, { type: 'application/json' });
  return { target: { files: [file] } };
}

afterEach(() => act(() => publishRibbonOutcome(null)));

// The pane loads its findings and price-level views and the core's analysis on first use
// (LazyViews, lazyCore). ts-jest compiles them on first import, which can outlast findBy's
// timeout: load them once before the tests (React.lazy still resolves them asynchronously).
beforeAll(async () => {
  await Promise.all([import('./FindingsView'), import('./PriceLevelView'), import('../../core/analyse'), import('../../core/priceLevel/convert')]);
}, 120000);

describe('task pane', () => {
  test('Tjek reads the active sheet, shows the summary by severity and the findings grouped by table', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    await waitFor(() => expect(gw.loadSettings).toHaveBeenCalled());
    const summary = await check();
    expect(gw.readWorkbook).toHaveBeenCalledWith('sheet', expect.any(Function));
    expect(summary).toHaveTextContent('1 oplysning');
    expect(summary).toHaveTextContent(/[1-9]\d* fejl/);
    expect(summary).toHaveTextContent('4 tabeller tjekket');

    const findings = screen.getByTestId('findings');
    // One group per table with findings, titled with the table title and Sheet!range.
    expect(within(findings).getByText('Oversigt!A2:D7')).toBeInTheDocument();
    expect(within(findings).getByText('BC39!A4:F10')).toBeInTheDocument();
    expect(within(findings).queryByText('BC01!A4:H10')).toBeNull(); // BC01 has no findings
    const rounding = findings.querySelector('[data-rule="TOTAL_ROUNDING"]')!;
    expect(rounding).toHaveTextContent('D7');
    expect(rounding).toHaveTextContent('4.951');
    expect(findings.querySelector('[data-rule="PRICE_LEVEL_MISSING"]')).toHaveAttribute('data-cell', 'BC39!A4');
  });

  test('the chosen scope is what is read', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    fireEvent.click(screen.getByLabelText('Hele projektmappen'));
    await check();
    expect(gw.readWorkbook).toHaveBeenCalledWith('workbook', expect.any(Function));
  });

  test('clicking a finding selects its cell', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    await check();
    fireEvent.click(screen.getByTestId('findings').querySelector('[data-rule="TOTAL_ROUNDING"]')!);
    await waitFor(() => expect(gw.selectCell).toHaveBeenCalledWith('Oversigt', 'D7'));
    fireEvent.click(screen.getByTestId('findings').querySelector('[data-rule="PRICE_LEVEL_MISSING"]')!);
    await waitFor(() => expect(gw.selectCell).toHaveBeenLastCalledWith('BC39', 'A4'));
  });

  test('Markér celler, Fjern markeringer and Skriv rapport call the gateway', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    expect(screen.getByRole('button', { name: 'Markér celler' })).toBeDisabled();
    await check();
    fireEvent.click(screen.getByRole('button', { name: 'Markér celler' }));
    await waitFor(() => expect(gw.markFindings).toHaveBeenCalledTimes(1));
    const marked = gw.markFindings.mock.calls[0][0];
    expect(marked.map((f) => f.rule)).toContain('TOTAL_ROUNDING');
    expect(await screen.findByTestId('notice')).toHaveTextContent(/celler er markeret/);

    fireEvent.click(screen.getByRole('button', { name: 'Fjern markeringer' }));
    await waitFor(() => expect(gw.clearMarks).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Markeringerne af 3 celler er fjernet.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Skriv rapport' }));
    await waitFor(() => expect(gw.writeReport).toHaveBeenCalledWith(expect.objectContaining({ findings: marked }), 'da'));
    expect(await screen.findByText('Rapporten er skrevet på arket "Budgettjek rapport".')).toBeInTheDocument();
  });

  test('a gateway failure is shown, not thrown', async () => {
    const gw = fakeGateway();
    gw.readWorkbook.mockRejectedValueOnce(new Error('Arket er beskyttet'));
    renderApp(gw);
    fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
    expect(await screen.findByTestId('notice')).toHaveTextContent('Det gik galt: Arket er beskyttet');
  });

  test('editing a factor saves the overrides with the workbook', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    await waitFor(() => expect(gw.loadSettings).toHaveBeenCalled());
    // Default view: 2027 p/l → 2026 p/l with the template's Service index 2,8 %.
    const input = screen.getByLabelText('Service 2026→2027 (%)') as HTMLInputElement;
    expect(input.value).toBe('2,8');
    expect(screen.getByTestId('factor-Service')).toHaveTextContent('0,972763'); // 1 / 1,028
    expect(screen.getByTestId('factor-Anlæg')).toHaveTextContent('mangler indeks');

    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.blur(input);
    expect(await screen.findByText('Skriv en procent som 2,8')).toBeInTheDocument();
    expect(gw.saveSettings).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: '3,1' } });
    fireEvent.blur(input);
    await waitFor(() =>
      expect(gw.saveSettings).toHaveBeenCalledWith({ templateId: 'kk-ofs-2025-2026', indexOverrides: { 'Service:2026-2027': '3,1' } }),
    );
    expect(screen.getByTestId('factor-Service')).toHaveTextContent('0,969932'); // 1 / 1,031

    const anlaeg = screen.getByLabelText('Anlæg 2026→2027 (%)');
    fireEvent.change(anlaeg, { target: { value: '1.5' } });
    fireEvent.keyDown(anlaeg, { key: 'Enter' });
    await waitFor(() =>
      expect(gw.saveSettings).toHaveBeenLastCalledWith({
        templateId: 'kk-ofs-2025-2026',
        indexOverrides: { 'Service:2026-2027': '3,1', 'Anlæg:2026-2027': '1.5' },
      }),
    );
    expect(screen.getByTestId('factor-Anlæg')).toHaveTextContent('0,985222');
  });

  test('saved settings are loaded: template and overrides', async () => {
    const gw = fakeGateway({ settings: { templateId: 'generic', indexOverrides: { 'Service:2026-2027': '2' } } });
    renderApp(gw);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Skabelon' }) as HTMLSelectElement).value).toBe('generic'), { timeout: 10_000 });
    await check();
    expect(gw.readWorkbook).toHaveBeenCalled();
  });

  test('choosing a template saves it', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    fireEvent.change(screen.getByRole('combobox', { name: 'Skabelon' }), { target: { value: 'generic' } });
    await waitFor(() => expect(gw.saveSettings).toHaveBeenCalledWith({ templateId: 'generic' }));
  });

  test('a bad template file shows a clear Danish error and changes nothing', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    const input = screen.getByTestId('template-file');
    fireEvent.change(input, fileEvent('{"id": "Min Skabelon", "name": "x"}', 'min.json'));
    const error = await screen.findByTestId('template-error');
    expect(error).toHaveTextContent('Skabelonfilen kunne ikke bruges.');
    expect(error).toHaveTextContent('Skabelonen min.json er ugyldig');
    expect(error).toHaveTextContent('id: ugyldig værdi "Min Skabelon" — skal være små bogstaver');
    expect(gw.saveSettings).not.toHaveBeenCalled();

    fireEvent.change(input, fileEvent('{ikke json', 'skabelon.json'));
    await waitFor(() => expect(screen.getByTestId('template-error')).toHaveTextContent('skabelon.json: Filen er ikke gyldig JSON.'));
  });

  test('a good template file is added, chosen and saved with the workbook', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    const own = { ...JSON.parse(JSON.stringify(genericJson)), id: 'min-kommune', name: 'Min kommune' };
    fireEvent.change(screen.getByTestId('template-file'), fileEvent(JSON.stringify(own), 'min.json'));
    await waitFor(() => expect(gw.saveSettings).toHaveBeenCalled());
    const saved = gw.saveSettings.mock.calls[0][0];
    expect(saved.templateId).toBe('min-kommune');
    expect(JSON.parse(saved.customTemplateJson!)).toEqual(own);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Skabelon' }) as HTMLSelectElement).value).toBe('min-kommune'));
    expect(screen.getByText('Skabelonen "Min kommune" er indlæst og gemt i projektmappen.')).toBeInTheDocument();
  });

  test('a detected table is converted to the other price level on a new sheet', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    await check();
    const picker = screen.getByRole('combobox', { name: 'Tabel' }) as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: 'BC02!A4:H9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konvertér tabel til nyt ark' }));
    await waitFor(() => expect(gw.writeNewSheet).toHaveBeenCalledTimes(1));
    const [name, cells] = gw.writeNewSheet.mock.calls[0] as [string, NewSheetCell[]];
    expect(name).toBe('BC02 2026 p-l');
    const at = (a: string) => cells.find((c) => c.address === a);
    expect(at('A4')?.value).toMatch(/2026 p\/l/);
    expect([at('C6')?.value, at('C7')?.value, at('C8')?.value, at('C9')?.value]).toEqual([203, 407, 407, 1017]);
    expect(at('B6')?.value).toBe('Service');
    expect(await screen.findByTestId('notice')).toHaveTextContent('Tabellen er omregnet på det nye ark "BC02 2026 p-l".');
  });

  test('a table with no price level and no index is not converted, and the user is told why', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    await check();
    fireEvent.change(screen.getByRole('combobox', { name: 'Tabel' }), { target: { value: 'BC39!A4:F10' } });
    // BC39 states no p/l: "Fra p/l" is used. Pick a year with no index.
    fireEvent.change(screen.getByRole('combobox', { name: 'Fra p/l' }), { target: { value: '2029' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konvertér tabel til nyt ark' }));
    expect(await screen.findByTestId('notice')).toHaveTextContent(/Tabellen kan ikke omregnes: der mangler indeks for Service 202\d→202\d/);
    expect(gw.writeNewSheet).not.toHaveBeenCalled();
  });

  test('the ribbon check is shown in the open pane (shared runtime)', async () => {
    const gw = fakeGateway();
    renderApp(gw);
    const { analyseWorkbook } = await import('../../core/analyse');
    const workbook = (await gw.readWorkbook('sheet')).workbook;
    const result = analyseWorkbook(workbook, builtinTemplates[0]);
    act(() => publishRibbonOutcome({ sheet: 'BC39', result, workbook, marked: 2, at: new Date() }));
    expect(await screen.findByTestId('ribbon-outcome')).toHaveTextContent('Tjek totaler på "BC39"');
    expect(screen.getByTestId('summary')).toHaveTextContent('1 oplysning');
  });

  test('English when Office speaks English', async () => {
    const gw = fakeGateway({ lang: 'en' });
    renderApp(gw);
    expect(screen.getByRole('button', { name: 'Mark cells' })).toBeInTheDocument();
    expect(screen.getByLabelText('Whole workbook')).toBeInTheDocument();
    const summary = await check('Check');
    expect(summary).toHaveTextContent('1 info');
    expect(summary).toHaveTextContent('4 tables checked');
    expect(screen.getByTestId('findings').querySelector('[data-rule="TOTAL_ROUNDING"]')).toHaveTextContent('4,951');
    expect(screen.queryByText('Tjek')).toBeNull();
  });
});
