/**
 * Node side of the e2e: a workbook file as a seed for the in-memory Excel (read through ExcelJS,
 * as Excel would open it). Bundled by tests/e2e/run.js for Node; the seed is handed to the page.
 */
import { seedFromXlsx } from '../../src/office/fake/seedFromXlsx';

export { seedFromXlsx };
