import '../testing/domShims';
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from './App';
import { builtinTemplates } from '../../core/templates/builtin';
import { FakeExcel, type FakeSeed } from '../../office/fake/excelFake';
import { gatewayOverFake } from '../../office/fake/fakeGateway';
import { FIXES_SHEET } from '../../office/constants';

const years = [2026, 2027, 2028, 2029, 2030, 2031];

function seed(): FakeSeed {
  return {
    sheets: [
      {
        name: 'BC01',
        rows: [
          ['BC01 Test af AI-tolk'],
          ['1.000 kr. 2027 p/l', 'Styringsområde', ...years],
          ['Juridisk afklaring', 'Servce', { value: '209', numFmt: '@' }, null, null, null, null, null],
          ['Afprøvning', 'Service', 418, { value: '600', numFmt: '@' }, null, null, null, null],
          ['Projektledelse', 'Service', 418, 400, null, null, null, null],
          ['I alt', null, 1045, 1000, null, null, null, null],
          ['Drift', 'Service', 10, 20],
          ['Løn', 'Service', 5, 5],
          ['I alt drift', null, 15, 30],
        ],
      },
    ],
  };
}

function userCells(fake: FakeExcel) {
  const snap = fake.contentSnapshot();
  for (const k of Object.keys(snap)) if (k.startsWith(`${FIXES_SHEET}!`)) delete snap[k];
  return snap;
}

const rules = () => Array.from(screen.getByTestId('findings').querySelectorAll('[data-rule]'), (e) => e.getAttribute('data-rule'));

test('in the pane: "Ret" beside a finding, "Ret alle", re-check, and Budgettjek\'s own undo back to the exact cells', async () => {
  const fake = new FakeExcel(seed());
  const original = userCells(fake);
  render(<App gateway={gatewayOverFake(fake)} templates={builtinTemplates} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
  await screen.findByTestId('summary');
  await screen.findByTestId('findings', {}, { timeout: 10_000 });
  expect(rules()).toEqual(expect.arrayContaining(['STYRINGSOMRAADE_UNKNOWN', 'NUMBER_STORED_AS_TEXT', 'TOTAL_MISMATCH']));
  // Nothing fixed yet: no undo, and no note about it.
  expect(screen.queryByRole('button', { name: 'Fortryd sidste rettelse' })).toBeNull();
  expect(screen.queryByText(/Excels egen Fortryd/)).toBeNull();

  // One finding: the misspelt styringsområde.
  const styr = screen.getByTestId('findings').querySelector('[data-rule="STYRINGSOMRAADE_UNKNOWN"]')!.closest('li')!;
  // The button says what it writes.
  await waitFor(() => expect(styr.querySelector('[data-fix="STYRINGSOMRAADE_UNKNOWN"]')).toHaveTextContent('Erstat med Service'));
  fireEvent.click(styr.querySelector('[data-fix="STYRINGSOMRAADE_UNKNOWN"]')!);
  expect(await screen.findByText(/1 celle rettet\. Tjekket er kørt igen\./)).toBeInTheDocument();
  expect(screen.getByText(/Excels egen Fortryd \(Ctrl\+Z\) kan ikke altid/)).toBeInTheDocument();
  expect(fake.cell('BC01', 'B3').value).toBe('Service');
  await waitFor(() => expect(rules()).not.toContain('STYRINGSOMRAADE_UNKNOWN'));

  // All numbers stored as text at once.
  fireEvent.click(screen.getByRole('button', { name: 'Ret alle 2: tal gemt som tekst' }));
  expect(await screen.findByText(/2 celler rettet/)).toBeInTheDocument();
  expect(fake.cell('BC01', 'C3')).toMatchObject({ value: 209, numberFormat: '#,##0' });
  await waitFor(() => expect(rules()).not.toContain('NUMBER_STORED_AS_TEXT'));

  // A total that does not add up is a choice, offered beside it, never in "Ret alle".
  expect(screen.queryByRole('button', { name: /Ret alle .*total/i })).toBeNull();
  const total = screen.getByTestId('findings').querySelector('[data-rule="TOTAL_MISMATCH"]')!.closest('li')!;
  // The choice names what it writes: the sum of the rows as a formula, not just "sum".
  expect(total.querySelector('[data-fix="TOTAL_MISMATCH"]')!.textContent).toMatch(/^Skriv formlen =SUM\(D\d+:D\d+\)$/);

  fireEvent.click(screen.getByRole('button', { name: 'Fortryd sidste rettelse' }));
  expect(await screen.findByText('2 celler sat tilbage til, hvad de var.')).toBeInTheDocument();
  expect(fake.cell('BC01', 'C3')).toMatchObject({ value: '209', numberFormat: '@' });
  fireEvent.click(screen.getByRole('button', { name: 'Fortryd sidste rettelse' }));
  expect(await screen.findByText('1 celle sat tilbage til, hvad de var.')).toBeInTheDocument();
  expect(userCells(fake)).toEqual(original);
  // Nothing left to undo: the undo buttons are gone.
  await waitFor(() => expect(screen.queryByRole('button', { name: /Fortryd/ })).toBeNull());
}, 60_000);
