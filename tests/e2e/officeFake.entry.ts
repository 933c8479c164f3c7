/**
 * Test-only stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js: installs the
 * in-memory Excel (Office, Excel, CustomFunctions) seeded with the published appendix. Bundled by
 * tests/e2e/run.js into tests/e2e/out/ — never part of the production build.
 */
import { installOfficeFake } from '../../src/office/fake/excelFake';
import { appendixSeed } from './appendixSeed';

const lang = new URLSearchParams(window.location.search).get('lang') ?? 'da-DK';
installOfficeFake(window as unknown as Record<string, unknown>, appendixSeed(lang));
