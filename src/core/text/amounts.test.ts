import Decimal from 'decimal.js';
import { agreesAtPrecision, inlineItems, readSentences, splitSentences, typedListMarker, type StatedAmount } from './amounts';

const amounts = (text: string): StatedAmount[] => readSentences(text).flatMap((s) => s.amounts);

describe('amounts in Danish sentences', () => {
  test.each([
    ['Der afsættes 1,45 mio. kr. til projektet.', '1.45', 'mio. kr.', '0.01'],
    ['Der afsættes 550.000 kr. til projektet.', '550000', 'kr.', '1000'],
    ['Der afsættes 300 t.kr. til projektet.', '300', 't.kr.', '1'],
    ['Der afsættes 300 tkr. til projektet.', '300', 't.kr.', '1'],
    ['Der afsættes 1.045 (1.000 kr.) til projektet.', '1045', 't.kr.', '1'],
    ['Der afsættes 13 mio. kroner til projektet.', '13', 'mio. kr.', '1'],
    ['Der afsættes 2,5 mia. kr. til projektet.', '2.5', 'mia. kr.', '0.1'],
    ['Der afsættes 26,1 mio.kr til projektet.', '26.1', 'mio. kr.', '0.1'],
  ])('%s', (text, value, unit, step) => {
    const [a] = amounts(text);
    expect([a.value.toString(), a.unit, a.step.toString()]).toEqual([value, unit, step]);
    expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  test('figures without a unit, percentages and years are no amounts', () => {
    expect(amounts('Ca. 14.000 samtaler i 2024, 57% af samtalerne og 100 arbejdsdage.')).toEqual([]);
    expect(amounts('1.300 kriterier')).toEqual([]);
  });

  test('the year of each amount: its own clause first, then the sentence lead, then the sentence before', () => {
    const [s1] = readSentences('Der afsættes 1,45 mio. kr. i 2027 og 0,5 mio. kr. i 2028 til udvikling.');
    expect(s1.amounts.map((a) => [a.year, a.yearFrom])).toEqual([
      [2027, 'clause'],
      [2028, 'clause'],
    ]);
    const two = readSentences('I 2027 afsættes 0,3 mio. kr. til KIT samt 0,75 mio. kr. til udvikling. Til SUF afsættes 0,25 mio. kr. til projektledelse.');
    expect(two.flatMap((s) => s.amounts).map((a) => [a.year, a.yearFrom])).toEqual([
      [2027, 'sentence'],
      [2027, 'sentence'],
      [2027, 'context'],
    ]);
    // A price level is no year.
    expect(amounts('Der afsættes 1,2 mio. kr. i 2027 p/l.')[0].year).toBeNull();
  });

  test('what an amount is for: each "til …" after it', () => {
    const [a, b] = amounts('I 2027 afsættes 0,3 mio. kr. til KIT til projektafklaring og forberedende dataarbejde samt 0,15 mio. kr. til juridisk og teknisk bistand.');
    expect(a.purposes).toEqual(['KIT', 'projektafklaring og forberedende dataarbejde']);
    expect(b.purposes).toEqual(['juridisk og teknisk bistand']);
  });

  test('totals: "i alt", "samlet", "den samlede budgetramme"', () => {
    expect(amounts('Der søges om et tilskud på i alt 40,6 mio. kr.')[0].total).toBe(true);
    expect(amounts('Den samlede budgetramme forventes at udgøre 1,0 mio. kr., fordelt på følgende hovedposter:')[0].total).toBe(true);
    expect(amounts('Der afsættes 0,3 mio. kr. til KIT.')[0].total).toBe(false);
  });

  test.each([
    ['Foreløbigt forventes et effektiviseringspotentiale på 0,9-1,5 mio. kr. årligt.', 'range'],
    ['Vi forventer at indhente support fra KIT for 50-100tkr i arbejdet.', 'range'],
    ['Gevinsten ligger i størrelsesordenen 20–35 mio. kr.', 'range'],
    ['Der afsættes mellem 2 og 3 mio. kr. til drift.', 'range'],
    ['Udgiften udgør ca. 1,2 mio. kr. i 2027.', 'estimate'],
    ['Samlet set brugte forvaltningen over 13 mio. kroner på tolkning.', 'past'],
    ['Projektet koster over 13 mio. kroner.', 'estimate'],
    ['Såfremt lovhjemlen tilvejebringes, skal der afsættes 0,2 mio. kr. til drift.', 'condition'],
    ['Der afsættes 0,2 mio. kr. årligt til drift.', 'period'],
    ['Der afsættes 0,2 mio. kr. til drift fra 2029 og frem.', 'period'],
    ['Der afsættes 1,0 mio. kr. i 2027-2030 til drift.', 'period'],
    ['Kommunen afholdt 2,1 mio. kr. til tolkning i 2024.', 'past'],
    ['Regionen bidrager med 2,0 mio. kr. i 2027.', 'otherBody'],
    ['Tolkning koster 450 kr. pr. time.', 'rate'],
  ])('never compared: %s', (text, hedge) => {
    expect(amounts(text).map((a) => a.hedge)).toContain(hedge);
  });

  test('sentences split at a capital after a full stop, also after "kr.", not after other abbreviations', () => {
    const text = 'Der afsættes 1,45 mio. kr. Til SUF afsættes bl.a. Deloitte 0,2 mio. kr. Ca. halvdelen går til drift.';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Der afsættes 1,45 mio. kr.',
      'Til SUF afsættes bl.a. Deloitte 0,2 mio. kr.',
      'Ca. halvdelen går til drift.',
    ]);
  });

  test('list markers and inline enumerations', () => {
    expect(typedListMarker('• reduktion i udgifter')).toBe('bullet');
    expect(typedListMarker('- punkt')).toBe('bullet');
    expect(typedListMarker('2) at det godkendes')).toBe('number');
    expect(typedListMarker('2. Økonomi')).toBeNull();
    expect(inlineItems('fordelt på 1) 0,5 mio. kr. til A, 2) 0,7 mio. kr. til B')).toHaveLength(2);
    expect(inlineItems('jf. 2) i bilaget')).toEqual([]);
  });
});

describe('agreesAtPrecision: the table figure shown at the text\'s precision', () => {
  const stated = (value: string, step: string) => ({ value: new Decimal(value), step: new Decimal(step) });
  test.each([
    ['1.0', '0.1', '1.045', true],
    ['1.0', '0.1', '0.95', true],
    ['1.0', '0.1', '1.049', true],
    ['1.0', '0.1', '1.05', false],
    ['1.0', '0.1', '0.949', false],
    ['0.5', '0.1', '0.55', false],
    ['0.6', '0.1', '0.55', true],
    ['1.45', '0.01', '1.45', true],
    ['550000', '1000', '550000', true],
  ])('%s (step %s) against %s → %s', (value, step, actual, agrees) => {
    expect(agreesAtPrecision(stated(value, step), new Decimal(actual))).toBe(agrees);
  });
});
