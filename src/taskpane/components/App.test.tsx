import '../testing/domShims';
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from './App';
import genericJson from '../../core/templates/builtin/generic.json';
import { builtinTemplates } from '../../core/templates/builtin';
import { fakeGateway, type FakeGateway } from '../testing/fakeGateway';
import { publishRibbonOutcome } from '../../addin/ribbonOutcome';
import type { NewSheetCell } from '../../office/gateway';

function renderApp(gateway: FakeGateway) {
  return render(<App gateway={gateway} templates={builtinTemplates} />);
}

async function check(name = 'Tjek') {
  fireEvent.click(screen.getByRole('button', { name }));
  const summary = await screen.findByTestId('summary');
  // The findings view loads on first use (LazyViews): wait for it where there are findings.
  if (summary.getAttribute('data-state') === 'findings') await screen.findByTestId('findings', {}, { timeout: 10_000 });
  return summary;
}

/** The pane has loaded the workbook's settings and the templates (the picker shows the one in use). */
async function ready() {
  await waitFor(() => expect((screen.getByRole('combobox', { name: /Skabelon|Template/ }) as HTMLSelectElement).value).not.toBe(''), { timeout: 10_000 });
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
    // The keyboard focus is on the result.
    expect(screen.getByRole('region', { name: 'Resultat' })).toHaveFocus();

    const findings = screen.getByTestId('findings');
    // One group per table with findings, headed by its sheet, with the table's title and range.
    expect(within(findings).getByText('Oversigt!A2:D7')).toBeInTheDocument();
    expect(within(findings).getByText('BC39!A4:F10')).toBeInTheDocument();
    expect(within(findings).getByRole('heading', { name: 'BC39' })).toBeInTheDocument();
    expect(within(findings).queryByText('BC01!A4:H10')).toBeNull(); // BC01 has no findings
    const rounding = findings.querySelector('[data-rule="TOTAL_ROUNDING"]')!;
    expect(rounding).toHaveTextContent('D7');
    expect(rounding).toHaveTextContent('4.951');
    // The finding's short name; its code only in the details line.
    expect(rounding).toHaveTextContent('Afrundingsforskel i total');
    expect(rounding).not.toHaveTextContent('TOTAL_ROUNDING');
    expect(rounding.closest('li')).toHaveTextContent('Kode: TOTAL_ROUNDING');
    expect(findings.querySelector('[data-rule="PRICE_LEVEL_MISSING"]')).toHaveAttribute('data-cell', 'BC39!A4');
    // Errors first: the tables with errors come before the one with only information.
    const order = Array.from(findings.querySelectorAll('section[data-table]'), (e) => e.getAttribute('data-table'));
    const severities = Array.from(findings.querySelectorAll('section[data-table]'), (sec) =>
      sec.querySelector('[data-rule]') ? Math.min(...Array.from(sec.querySelectorAll('[data-rule]'), (b) => (/Fejl/.test(b.textContent ?? '') ? 0 : /Advarsel/.test(b.textContent ?? '') ? 1 : 2))) : 3,
    );
    expect(severities).toEqual([...severities].sort());
    expect(order.length).toBeGreaterThan(1);
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
    // Nothing to mark or remove before a check.
    expect(screen.queryByText('Markér celler')).toBeNull();
    expect(screen.queryByText('Fjern markeringer')).toBeNull();
    await check();
    fireEvent.click(screen.getByText('Markér celler'));
    await waitFor(() => expect(gw.markFindings).toHaveBeenCalledTimes(1));
    const marked = gw.markFindings.mock.calls[0][0];
    expect(marked.map((f) => f.rule)).toContain('TOTAL_ROUNDING');
    expect(await screen.findByTestId('notice')).toHaveTextContent(/celler er markeret/);

    fireEvent.click(await screen.findByText('Fjern markeringer'));
    await waitFor(() => expect(gw.clearMarks).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Markeringerne af 3 celler er fjernet.')).toBeInTheDocument();
    // Nothing marked any more: the button goes, the notice stays where the button was.
    expect(screen.queryByText('Fjern markeringer')).toBeNull();
    expect(screen.getByTestId('notice')).toHaveFocus();

    fireEvent.click(screen.getByText('Skriv rapport'));
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
    const input = (await screen.findByLabelText('Service 2026→2027 (%)', {}, { timeout: 10_000 })) as HTMLInputElement;
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
    await ready();
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
    const picker = (await screen.findByLabelText('Tabel')) as HTMLSelectElement;
    await waitFor(() => expect(picker).not.toBeDisabled());
    fireEvent.change(picker, { target: { value: 'BC02!A4:H9' } });
    fireEvent.click(screen.getByText('Konvertér tabel til nyt ark'));
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
    const picker = await screen.findByLabelText('Tabel');
    await waitFor(() => expect(picker).not.toBeDisabled());
    fireEvent.change(picker, { target: { value: 'BC39!A4:F10' } });
    // BC39 states no p/l: "Fra p/l" is used. Pick a year with no index.
    fireEvent.change(screen.getByLabelText('Fra p/l'), { target: { value: '2029' } });
    fireEvent.click(screen.getByText('Konvertér tabel til nyt ark'));
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
    expect(screen.getByLabelText('Whole workbook')).toBeInTheDocument();
    const summary = await check('Check');
    expect(screen.getByText('Mark cells')).toBeInTheDocument();
    expect(summary).toHaveTextContent('1 info');
    expect(summary).toHaveTextContent('4 tables checked');
    expect(screen.getByTestId('findings').querySelector('[data-rule="TOTAL_ROUNDING"]')).toHaveTextContent('4,951');
    expect(screen.queryByText('Tjek')).toBeNull();
  });

  test('a sheet with no table says so, and why that may be — not "0 fejl"', async () => {
    const gw = fakeGateway({ workbook: { sheets: [{ name: 'Ark1', rows: new Map(), merges: [], hiddenRows: new Set(), state: 'visible' } as never] } });
    renderApp(gw);
    const summary = await check();
    expect(summary).toHaveAttribute('data-state', 'no-tables');
    expect(summary).toHaveTextContent('Ingen tabel fundet');
    expect(summary).toHaveTextContent(/blokke af beløb/);
    expect(summary).toHaveTextContent(/billede/);
    expect(summary).toHaveTextContent(/beskyttet/);
    expect(summary).not.toHaveTextContent(/0 fejl|0 tabeller/);
    expect(screen.queryByRole('button', { name: 'Markér celler' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skriv rapport' })).toBeNull();
  });

  test('after a fix that leaves nothing wrong the result is a success, and undo is offered only while there is one', async () => {
    const { analyseWorkbook } = await import('../../core/analyse');
    const gw = fakeGateway();
    let fixed = false;
    const analyse = (wb: Parameters<typeof analyseWorkbook>[0], t: Parameters<typeof analyseWorkbook>[1]) => {
      const r = analyseWorkbook(wb, t);
      return fixed ? { ...r, findings: r.findings.filter((f) => f.severity === 'info') } : r;
    };
    gw.applyFixes.mockImplementation(async (edits) => {
      fixed = true;
      return { applied: edits.length, changedSince: [] };
    });
    gw.undoFixes.mockImplementation(async () => {
      fixed = false;
      return { restored: 1, changedSince: [], stepsLeft: 0 };
    });
    render(<App gateway={gw} templates={builtinTemplates} analyse={analyse} />);
    await check();
    // (Buttons found by their text: role queries over the whole findings list are slow in jsdom.)
    expect(screen.queryByText('Fortryd sidste rettelse')).toBeNull();
    const fix = await screen.findByText('Skriv 1.000 kr. 2027 p/l');
    fireEvent.click(fix);
    const undo = await screen.findByText('Fortryd sidste rettelse');
    const summary = await screen.findByTestId('summary');
    await waitFor(() => expect(screen.getByTestId('summary')).toHaveAttribute('data-state', 'clear'));
    expect(screen.getByTestId('summary')).toHaveTextContent(/Rettet: 1 celle\. Tabellerne stemmer nu med skabelonen\./);
    expect(screen.getByTestId('summary')).not.toHaveTextContent(/0 fejl/);
    void summary;
    fireEvent.click(undo);
    expect(await screen.findByText('1 celle sat tilbage til, hvad de var.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Fortryd sidste rettelse')).toBeNull());
    expect(screen.getByTestId('summary')).toHaveAttribute('data-state', 'findings');
  });
});
