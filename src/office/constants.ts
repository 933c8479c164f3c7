/** Names the add-in gives things in the workbook. */

/** The very hidden sheet that remembers the fills "Markér celler" replaced (see marks.ts). */
export const MARKS_SHEET = 'Budgettjek_marks';
/** The very hidden sheet that remembers what each fix replaced, for Budgettjek's own undo (see fixes.ts). */
export const FIXES_SHEET = 'Budgettjek_fixes';
/** Key of the add-in's entry in Office.context.document.settings. */
export const SETTINGS_KEY = 'budgettjek';
