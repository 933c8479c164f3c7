import '../testing/domShims';
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from './App';
import { builtinTemplates } from '../../core/templates/builtin';
import { loadOrganisationTemplates, type OrganisationLoad } from '../../addin/organisationTemplates';
import { fakeGateway } from '../testing/fakeGateway';

const folder = join(__dirname, '..', '..', '..', 'examples', 'skabeloner');
const base = 'https://budgettjek.example.dk/templates/';

async function published(): Promise<OrganisationLoad> {
  return loadOrganisationTemplates(base, async (url) => ({ status: 200, text: readFileSync(join(folder, url.slice(base.length)), 'utf8') }));
}

function renderPane(organisation: OrganisationLoad, settings?: { templateId: string }) {
  const gw = fakeGateway(settings ? { settings } : {});
  render(<App gateway={gw} templates={builtinTemplates} organisation={() => Promise.resolve(organisation)} />);
  return gw;
}

describe("the pane's template picker", () => {
  test("lists the organisation's templates under its name, uses the office's default and shows its PL-skøn", async () => {
    const gw = renderPane(await published());
    await waitFor(() => expect(gw.loadSettings).toHaveBeenCalled());
    const picker = screen.getByRole('combobox', { name: 'Skabelon' }) as HTMLSelectElement;
    expect(picker.value).toBe('eksempel-budget-2027');
    const groups = Array.from(picker.querySelectorAll('optgroup')).map((g) => [g.label, Array.from(g.querySelectorAll('option')).map((o) => o.value)]);
    expect(groups).toEqual([
      ["Organisationens skabeloner – Eksempel Kommune, Økonomi og Analyse", ['eksempel-budget-2027']],
      ['Indbyggede skabeloner', ['kk-ofs-2025-2026', 'generic', 'stat-aktstykke']],
    ]);
    expect(screen.getByRole('option', { name: 'Eksempel Kommune, budget 2027 (kontorets standard)' })).toBeInTheDocument();
    expect(screen.getByText('PL-skøn: KL, PL-skøn juni 2026 (eksempel) (udgivet 2026-06-15)')).toBeInTheDocument();
    expect(screen.queryByTestId('organisation-error')).toBeNull();
  });

  test('a workbook that saved a built-in template keeps it', async () => {
    renderPane(await published(), { templateId: 'generic' });
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Skabelon' }) as HTMLSelectElement).value).toBe('generic'));
  });

  test('a folder that cannot be used is a notice saying what to do, not a silent fallback', async () => {
    const failed = await loadOrganisationTemplates(base, async (url) => (url.endsWith('index.json') ? { status: 200, text: readFileSync(join(folder, 'index.json'), 'utf8') } : { status: 404, text: '' }));
    expect(failed.state).toBe('failed');
    renderPane(failed);
    const notice = await screen.findByTestId('organisation-error');
    expect(notice).toHaveTextContent(`Organisationens skabeloner i ${base} kan ikke bruges: eksempel-budget-2027.json: filen findes ikke på serveren — læg den i mappen templates/, eller fjern den fra index.json.`);
    expect(notice).toHaveTextContent('Indtil det er rettet, kan du vælge en af de indbyggede skabeloner.');
    expect((screen.getByRole('combobox', { name: 'Skabelon' }) as HTMLSelectElement).value).toBe('kk-ofs-2025-2026');
  });
});
