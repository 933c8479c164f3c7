/**
 * Test-only stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js: installs the
 * in-memory Excel (Office, Excel, CustomFunctions). The workbook is the one the test put in
 * `window.__budgettjekSeed` (a workbook file read in Node), else the published appendix; Office's
 * theme comes from `?theme=dark`. Bundled by tests/e2e/run.js into tests/e2e/out/ — never part of
 * the production build.
 */
import { installOfficeFake, type FakeSeed } from '../../src/office/fake/excelFake';
import { appendixSeed } from './appendixSeed';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') ?? 'da-DK';
const given = (window as unknown as { __budgettjekSeed?: FakeSeed }).__budgettjekSeed;
const seed: FakeSeed = given ? { ...given, displayLanguage: lang } : appendixSeed(lang);
// Office's own colours for its dark and light themes (Office.context.officeTheme).
const officeTheme =
  params.get('theme') === 'dark'
    ? { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', isDarkTheme: true }
    : { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', isDarkTheme: false };
installOfficeFake(window as unknown as Record<string, unknown>, { ...seed, officeTheme });
