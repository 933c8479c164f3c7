import { parseNumberFormat, renderNumber, sectionFor, shortDate, shownAmount } from './numberFormat';

const shown = (value: number, code: string) => {
  const s = shownAmount(value, parseNumberFormat(code));
  return { kind: s.kind, amount: s.amount.toString(), decimals: s.decimals, scale: s.scale, unit: s.unit };
};

describe('parseNumberFormat / shownAmount', () => {
  it.each([
    // code, value, kind, shown amount, decimals, scale, unit
    ['#,##0,', 1045000, 'number', '1045', 0, 1000, null],
    ['#,##0,', 1045499, 'number', '1045', 0, 1000, null],
    ['#,##0,', 1045500, 'number', '1046', 0, 1000, null],
    ['0.0,,', 2093800000, 'number', '2093.8', 1, 1e6, null],
    ['#,##0.0,,', -1250000, 'number', '-1.3', 1, 1e6, null],
    ['#,##0', 1045.4, 'number', '1045', 0, 1, null],
    ['#,##0.00', 1045.456, 'number', '1045.46', 2, 1, null],
    ['0.#', 2.25, 'number', '2.3', 1, 1, null],
    ['0%', 0.25, 'percent', '0.25', null, 1, null],
    ['0.0%', 0.028, 'percent', '0.028', null, 1, null],
    ['m/d/yyyy', 46023, 'date', '46023', null, 1, null],
    ['[$-406]d. mmmm yyyy', 46023, 'date', '46023', null, 1, null],
    ['[h]:mm', 1.5, 'date', '1.5', null, 1, null],
    ['@', 1045, 'text', '1045', null, 1, null],
    ['General', 1045.5, 'general', '1045.5', null, 1, null],
    ['"kr." #,##0', 1300, 'number', '1300', 0, 1, 'kr.'],
    ['#,##0 "t.kr."', 1300, 'number', '1300', 0, 1, 't.kr.'],
    ['#,##0, "t.kr."', 1300000, 'number', '1300', 0, 1000, 't.kr.'],
    ['#,##0.00 [$kr.-406]', 12.5, 'number', '12.5', 2, 1, 'kr.'],
    ['[$-406]#,##0', 12, 'number', '12', 0, 1, null],
    ['#,##0;[Red]-#,##0;"-"', -300, 'number', '-300', 0, 1, null],
    ['#,##0;[Red]-#,##0;"-"', 0, 'number', '0', 0, 1, null],
    ['#,##0 ;(#,##0)', -300, 'number', '-300', 0, 1, null],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', 1045, 'number', '1045', 0, 1, null],
    ['0.00E+00', 1045, 'scientific', '1045', null, 1, null],
  ])('%s shows %d as %s', (code, value, kind, amount, decimals, scale, unit) => {
    expect(shown(value as number, code as string)).toEqual({ kind, amount, decimals, scale, unit });
  });

  it('picks the section by sign and knows when the number keeps its minus', () => {
    const f = parseNumberFormat('#,##0;(#,##0);"-"');
    expect(sectionFor(f, 5).showMinus).toBe(false);
    expect(sectionFor(f, -5)).toMatchObject({ showMinus: false, section: f.sections[1] });
    expect(sectionFor(parseNumberFormat('#,##0'), -5).showMinus).toBe(true);
  });

  it('does not take the words of a quoted literal for date letters', () => {
    expect(parseNumberFormat('#,##0 "mio. kr. i 2026-priser"').kind).toBe('number');
    expect(parseNumberFormat('\\d0').kind).toBe('number');
  });

  it('reads a date\'s parts in order: runs of one letter, separators, elapsed hours; a fill character ends a run', () => {
    expect(parseNumberFormat('dd-mm-yyyy').sections[0].dateTokens).toEqual(['dd', '-', 'mm', '-', 'yyyy']);
    expect(parseNumberFormat('[h]:mm').sections[0].dateTokens).toEqual(['h', ':', 'mm']);
    expect(parseNumberFormat('yy*-mm').sections[0].dateTokens).toEqual(['yy', 'mm']);
    expect(parseNumberFormat('h:mm AM/PM').sections[0].dateTokens).toEqual(['h', ':', 'mm', ' ', 'AM/PM']);
  });

  it('takes an "e" after digits for a literal, and E+ after digits for an exponent', () => {
    expect(parseNumberFormat('0 e').sections[0]).toMatchObject({ kind: 'number', suffix: ' e', dateTokens: [] });
    expect(parseNumberFormat('0.00E+00').sections[0]).toMatchObject({ kind: 'scientific', decimals: 2, minIntegerDigits: 1, suffix: '' });
  });

  it('splits literals around the figure into prefix and suffix, and reads the unit they name', () => {
    expect(parseNumberFormat('"kr." #,##0_)').sections[0]).toMatchObject({ prefix: 'kr. ', suffix: ' ', unit: 'kr.', grouping: true });
    expect(parseNumberFormat('#,##0,, [$mio. kr.-406]').sections[0]).toMatchObject({ thousands: 2, suffix: ' mio. kr.', unit: 'mio. kr.' });
  });
});

describe('renderNumber (Range.text in the in-memory Excel, and messages)', () => {
  it.each([
    ['#,##0,', 1045000, '1.045'],
    ['0.0,,', 2093800000, '2093,8'],
    ['#,##0.0', 2093.8, '2.093,8'],
    ['#,##0', -1045.6, '-1.046'],
    ['0%', 0.25, '25%'],
    ['0.0%', 0.028, '2,8%'],
    ['"kr." #,##0', 1300, 'kr. 1.300'],
    ['#,##0 "t.kr."', 1300, '1.300 t.kr.'],
    ['#,##0;(#,##0)', -300, '(300)'],
    ['#,##0;-#,##0;"-"', 0, '-'],
    ['dd-mm-yyyy', 46023, '01-01-2026'],
    ['d. mmmm yyyy', 46023, '1. januar 2026'],
    ['dd-mm-yyyy hh:mm', 46752.520833333336, '31-12-2027 12:30'],
    ['General', 1045.5, '1045,5'],
    [undefined, 7, '7'],
  ])('%s renders %d as %s', (code, value, text) => {
    expect(renderNumber(value as number, code as string | undefined, 'da')).toBe(text);
  });

  it('renders English separators on request', () => {
    expect(renderNumber(2093.8, '#,##0.0', 'en')).toBe('2,093.8');
  });

  it('writes a serial as a short date without the time zone, Excel 1900 leap-year bug included', () => {
    expect(shortDate(345, 'da')).toBe('10-12-1900');
    expect(shortDate(60, 'da')).toBe('29-02-1900');
    expect(shortDate(61, 'en')).toBe('1900-03-01');
    expect(shortDate(46023, 'da')).toBe('01-01-2026');
  });

  it('quotes a serial outside Excel\'s dates (before 01-01-1900, after 31-12-9999) as the number it is', () => {
    expect(shortDate(1, 'da')).toBe('01-01-1900');
    expect(shortDate(2958465, 'da')).toBe('31-12-9999');
    expect(shortDate(2958465.5, 'en')).toBe('9999-12-31');
    expect(shortDate(0, 'da')).toBe('0');
    expect(shortDate(0.5, 'da')).toBe('0,5');
    expect(shortDate(-3, 'en')).toBe('-3');
    expect(shortDate(2958466, 'da')).toBe('2958466');
    expect(shortDate(3000000, 'da')).toBe('3000000');
    expect(renderNumber(0, 'dd-mm-yyyy', 'da')).toBe('0');
    expect(renderNumber(3000000.25, 'dd-mm-yyyy', 'da')).toBe('3000000,25');
    expect(renderNumber(3000000.25, 'dd-mm-yyyy', 'en')).toBe('3000000.25');
    expect(renderNumber(46023, 'dd-mm-yyyy', 'da')).toBe('01-01-2026');
  });
});
