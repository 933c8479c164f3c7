import { luminance, paneTheme } from './theme';

describe("the pane follows Office's theme", () => {
  test('dark when Office says so, or when its body is dark; light otherwise; high contrast under forced colours', () => {
    expect(paneTheme({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' }, false)).toBe('dark');
    expect(paneTheme({ isDarkTheme: false, bodyBackgroundColor: '#262626' }, false)).toBe('light');
    expect(paneTheme({ bodyBackgroundColor: '#262626' }, false)).toBe('dark'); // hosts without isDarkTheme
    expect(paneTheme({ bodyBackgroundColor: '#e6e6e6' }, false)).toBe('light'); // Office's "Colorful"/"Light grey"
    expect(paneTheme({ bodyBackgroundColor: 'not a colour' }, false)).toBe('light');
    expect(paneTheme(undefined, false)).toBe('light');
    expect(paneTheme({ isDarkTheme: false }, true)).toBe('highContrast');
  });

  test('luminance of Office colours', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 6);
    expect(luminance('262626')).toBeLessThan(0.05);
    expect(luminance('#12')).toBeNull();
  });
});
