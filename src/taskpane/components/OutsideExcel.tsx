/**
 * What the page shows when Office.js has loaded but no Office host started it (taskpane.html
 * opened in a plain browser tab): a clear Danish state instead of a pane whose every button fails.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export const OUTSIDE_EXCEL_TITLE = 'Åbn Budgettjek fra Excel';

export function OutsideExcel() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang="da-DK">
      <main className={styles.root} data-testid="outside-excel">
        <h1 className={styles.title}>{OUTSIDE_EXCEL_TITLE}</h1>
        <p className={styles.text}>
          Siden er åbnet i en almindelig browser. Budgettjek arbejder i projektmappen og skal startes fra Excel: vælg Åbn Budgettjek på fanen Hjem.
        </p>
        <p className={styles.text} lang="en">
          Open Budgettjek from Excel (Home tab): this page only works inside Excel.
        </p>
      </main>
    </FluentProvider>
  );
}
