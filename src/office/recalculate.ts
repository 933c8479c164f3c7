/**
 * =BUDGETTJEK.PL follows the template: its results depend on the workbook's saved template and
 * indices, which Excel does not see as inputs of the formula. After the pane saves a changed
 * template or index, a full calculation (Application.calculate("Full"), ExcelApi 1.1) makes Excel
 * call the function again in every cell that uses it. One sync; no value the user typed changes.
 */
import type { OfficeDeps } from './deps';

export async function recalculatePriceFunctions(deps: OfficeDeps): Promise<void> {
  await deps.run(async (context) => {
    context.workbook.application.calculate('Full' as Excel.CalculationType);
    await context.sync();
  });
}
