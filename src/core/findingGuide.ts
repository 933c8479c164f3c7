/**
 * What a finance officer needs beside each finding's message: a short name, a small example and what
 * to do, in Danish and English, and whether a fix mends it. The finding catalogue (docs/fund.md),
 * the README's code table and the add-in's help page are generated from this and the rules' own
 * catalogue entries (rules/*.ts `meta`): see findingDocs.ts. A rule without an entry here is still
 * listed (with its description only) and fails the catalogue test, which asks for one.
 */
import type { LocalizedText, RuleCode } from './model';

export interface FindingGuide {
  /** A short name ("Totalen stemmer ikke"). */
  title: LocalizedText;
  /** A small example of what is found. */
  example: LocalizedText;
  /** What to do about it. */
  action: LocalizedText;
  /**
   * How a fix mends it: 'certain' — `budgettjek fix` and the pane's "Ret" make it without asking;
   * 'choice' — only when asked for (`fix --totals sum`, `fix --relabel`, the pane's "Ret"); absent — it needs a person.
   */
  fix?: 'certain' | 'choice';
  /** The `budgettjek fix` option a choice needs. */
  fixOption?: string;
}

const g = (title: [string, string], example: [string, string], action: [string, string], fix?: FindingGuide['fix'], fixOption?: string): FindingGuide => ({
  title: { da: title[0], en: title[1] },
  example: { da: example[0], en: example[1] },
  action: { da: action[0], en: action[1] },
  ...(fix ? { fix } : {}),
  ...(fixOption ? { fixOption } : {}),
});

export const findingGuide: Partial<Record<RuleCode, FindingGuide>> = {
  TOTAL_MISMATCH: g(
    ['Totalen stemmer ikke', 'The total does not add up'],
    ['"I alt" angiver 750, men rækkerne 6–8 summerer til 745.', '"I alt" states 750, but rows 6–8 sum to 745.'],
    [
      'Find den række, der er forkert, eller ret totalen. Er totalen skrevet som et tal, så brug en formel (=SUM(C6:C8)), så den følger rækkerne.',
      'Find the row that is wrong, or correct the total. If the total is typed as a number, use a formula (=SUM(C6:C8)) so it follows the rows.',
    ],
    'choice',
    '--totals sum',
  ),
  TOTAL_ROUNDING: g(
    ['Totalen afviger kun ved afrunding', 'The total differs by rounding only'],
    ['"I alt" angiver 746, rækkerne summerer til 745,4.', '"I alt" states 746, the rows sum to 745.4.'],
    ['Intet, hvis afrundingen er bevidst. Ellers afrund rækkerne, så de passer med totalen.', 'Nothing, if the rounding is intended. Otherwise round the rows so they match the total.'],
  ),
  TOTAL_FORMULA_RANGE: g(
    ['Totalens formel tager de forkerte rækker', "The total's formula takes the wrong rows"],
    ['=SUM(C6:C7) under rækkerne 6–8 udelader C8.', '=SUM(C6:C7) under rows 6–8 omits C8.'],
    ['Ret formlen, så den tager præcis blokkens rækker, fx =SUM(C6:C8).', "Correct the formula to take exactly the block's rows, e.g. =SUM(C6:C8)."],
    'certain',
  ),
  TOTAL_SKIPS_TEXT: g(
    ['Totalen springer tekstbeløb over', 'The total skips amounts stored as text'],
    ['=SUM(C6:C8) giver 500, fordi "245" i C7 er tekst.', '=SUM(C6:C8) gives 500 because "245" in C7 is text.'],
    ['Indtast tekstbeløbene som tal; så giver formlen den rigtige total.', 'Enter the text amounts as numbers; the formula then gives the right total.'],
    'certain',
  ),
  TOTAL_ROW_MISSING: g(
    ['Ingen total', 'No total'],
    ['Rækkerne 6–9 har beløb, men ingen "I alt"-række.', 'Rows 6–9 have amounts but no "I alt" row.'],
    ['Tilføj en total-række (fx "I alt") med =SUM over rækkerne, eller lad være, hvis tabellen ikke skal have en.', 'Add a total row (e.g. "I alt") with =SUM over the rows, or leave it if the table needs none.'],
  ),
  PRICE_LEVEL_MISSING: g(
    ['Intet prisniveau', 'No price level'],
    ['Tabellen har ingen angivelse som "1.000 kr. 2027 p/l".', 'The table has no label such as "1.000 kr. 2027 p/l".'],
    ['Skriv enhed og p/l i tabellens første overskriftscelle, fx "1.000 kr. 2027 p/l".', 'Write the unit and p/l in the table\'s first header cell, e.g. "1.000 kr. 2027 p/l".'],
    'certain',
  ),
  PRICE_LEVEL_MISMATCH: g(
    ['Forkert prisniveau', 'Wrong price level'],
    ['Tabellen er i 2026 p/l, skabelonen kræver 2027 p/l.', 'The table is in 2026 p/l, the template requires 2027 p/l.'],
    [
      'Er beløbene regnet i 2026 p/l, så omregn tabellen (budgettjek convert, eller "Konvertér tabel til nyt ark" i ruden). Er beløbene allerede i 2027 p/l, og kun angivelsen er forkert, så ret angivelsen.',
      'If the amounts are in 2026 p/l, convert the table (budgettjek convert, or "Convert table to new sheet" in the pane). If the amounts already are in 2027 p/l and only the label is wrong, correct the label.',
    ],
    'choice',
    '--relabel',
  ),
  UNIT_MISSING: g(
    ['Ingen enhed', 'No unit'],
    ['Angivelsen er "2027 p/l" uden "1.000 kr.".', 'The label reads "2027 p/l" without "1.000 kr.".'],
    ['Skriv enheden foran, fx "1.000 kr. 2027 p/l".', 'Write the unit in front, e.g. "1.000 kr. 2027 p/l".'],
    'certain',
  ),
  UNIT_MISMATCH: g(
    ['Forkert enhed', 'Wrong unit'],
    ['Tabellen er i mio. kr., skabelonen bruger 1.000 kr.', 'The table is in mio. kr., the template uses 1.000 kr.'],
    ['Omregn beløbene til skabelonens enhed, eller ret angivelsen, hvis beløbene allerede er i den.', "Convert the amounts to the template's unit, or correct the label if they already are in it."],
  ),
  YEARS_MISMATCH: g(
    ['Forkerte år', 'Wrong years'],
    ['Tabellen har 2027–2030, skabelonen kræver 2026–2031.', 'The table has 2027–2030, the template requires 2026–2031.'],
    ['Tilføj de manglende årskolonner (med 0, hvis der ingen beløb er), fjern de ekstra, og sæt årene i stigende rækkefølge.', 'Add the missing year columns (with 0 if there are no amounts), remove the extra ones, and put the years in ascending order.'],
  ),
  STYRINGSOMRAADE_MISSING: g(
    ['Intet styringsområde', 'No styringsområde'],
    ['Rækken "Lønninger" har beløb, men ingen af Service, Anlæg, ….', 'The row "Lønninger" has amounts but none of Service, Anlæg, ….'],
    ['Skriv rækkens styringsområde i kolonnen for styringsområde.', "Write the row's styringsområde in the styringsområde column."],
  ),
  STYRINGSOMRAADE_UNKNOWN: g(
    ['Ukendt styringsområde', 'Unknown styringsområde'],
    ['"Servce" – mente du "Service"?', '"Servce" – did you mean "Service"?'],
    ['Ret stavemåden til et af skabelonens styringsområder.', "Correct the spelling to one of the template's styringsområder."],
    'certain',
  ),
  NUMBER_STORED_AS_TEXT: g(
    ['Tal gemt som tekst', 'Number stored as text'],
    ['"1.045" står som tekst i C6.', '"1.045" is stored as text in C6.'],
    ['Indtast beløbet som tal (eller brug "Konvertér til tal" i Excel), så Excel kan regne med det.', 'Enter the amount as a number (or use "Convert to Number" in Excel) so Excel can calculate with it.'],
    'certain',
  ),
  AMOUNT_NOT_NUMERIC: g(
    ['Ikke et beløb', 'Not an amount'],
    ['"ca. 200" i en beløbscelle.', '"ca. 200" in an amount cell.'],
    ['Skriv et tal, eller lad cellen stå tom; en bemærkning hører hjemme i en note eller en tekstkolonne.', 'Write a number, or leave the cell empty; a remark belongs in a note or a text column.'],
  ),
  CELL_ERROR: g(
    ['Fejl i cellen', 'Error in the cell'],
    ['Cellen viser #REF!.', 'The cell shows #REF!.'],
    ['Ret formlen, så cellen viser et beløb (ofte peger den på en slettet række eller et slettet ark).', 'Correct the formula so the cell shows an amount (it often points at a deleted row or sheet).'],
  ),
  FORMULA_NOT_CALCULATED: g(
    ['Formel uden resultat', 'Formula without a result'],
    ['=SUM(C6:C8) har intet gemt resultat.', '=SUM(C6:C8) has no saved result.'],
    ['Åbn projektmappen i Excel, genberegn (F9), gem og tjek igen.', 'Open the workbook in Excel, recalculate (F9), save and check again.'],
  ),
  CROSS_TABLE_MISMATCH: g(
    ['Oversigten og forslaget er uenige', 'The overview and the proposal disagree'],
    ['Oversigten angiver 2.010 for BC39, forslagets egen tabel giver 2.000 omregnet til oversigtens p/l.', "The overview states 2.010 for BC39, the proposal's own table gives 2.000 converted to the overview's p/l."],
    [
      'Find ud af, hvilket tal der er det rigtige: ret oversigten, hvis forslaget er rigtigt, eller forslaget, hvis oversigten er. Husk at oversigten kan være i et andet p/l end forslaget.',
      'Find out which figure is right: correct the overview if the proposal is right, or the proposal if the overview is. Remember the overview may be in another p/l than the proposal.',
    ],
  ),
  CROSS_TABLE_ROUNDING: g(
    ['Oversigten og forslaget afviger kun ved afrunding', 'The overview and the proposal differ by rounding only'],
    ['Oversigten angiver 1.017, forslaget giver 1.016,5 omregnet.', 'The overview states 1.017, the proposal gives 1.016.5 converted.'],
    ['Intet; afrundingen er inden for tolerancen.', 'Nothing; the rounding is within the tolerance.'],
  ),
  CROSS_TABLE_UNCHECKED: g(
    ['Kan ikke sammenlignes (prisindeks mangler)', 'Cannot be compared (price index missing)'],
    ['Skabelonen har intet prisindeks for Anlæg 2026–2027.', 'The template has no price index for Anlæg 2026–2027.'],
    [
      'Tilføj indekset: i ruden under "Prisniveau (p/l)" → "Faktorer i brug" (gemmes i projektmappen), på kommandolinjen med --index "Anlæg:2026-2027=3,1", eller i skabelonens priceIndices (se docs/templates.md). Et organisationens PL-skøn giver alle skabeloner indekset.',
      'Add the index: in the pane under "Price level (p/l)" → "Factors in use" (saved in the workbook), on the command line with --index "Anlæg:2026-2027=3.1", or in the template\'s priceIndices (see docs/templates.md). An organisation\'s PL estimate gives every template the index.',
    ],
  ),
  PROPOSAL_NOT_FOUND: g(
    ['Forslag ikke fundet', 'Proposal not found'],
    ['Oversigten nævner BC42, men intet ark hører til BC42.', 'The overview names BC42, but no sheet belongs to BC42.'],
    ['Tilføj forslagets ark (eller fil i mappen), eller ret koden i oversigten.', "Add the proposal's sheet (or file in the folder), or correct the code in the overview."],
  ),
  AMOUNT_FORMAT: g(
    ['Beløb vist som procent eller dato', 'Amount shown as a percentage or a date'],
    ['Cellen viser "25%" i stedet for 0,25.', 'The cell shows "25%" instead of 0.25.'],
    ['Giv cellen et talformat (fx #.##0), hvis den er et beløb.', 'Give the cell a number format (e.g. #,##0) if it is an amount.'],
  ),
  HIDDEN_ROW_COUNTED: g(
    ['Skjult række tæller med', 'A hidden row is counted'],
    ['Totalen stemmer kun, når den skjulte række 7 tælles med.', 'The total adds up only when the hidden row 7 is counted.'],
    ['Vis rækken, hvis den hører til tabellen; ellers flyt den ud af totalens område.', "Show the row if it belongs to the table; otherwise move it out of the total's range."],
  ),
  HERAF_EXCEEDS: g(
    ['"Heraf" er mere end helheden', '"Heraf" exceeds the whole'],
    ['"Heraf"-rækkerne summerer til 120, men rækken over er 100.', 'The "heraf" rows sum to 120, but the row above is 100.'],
    ['Ret "heraf"-rækkerne eller rækken over dem, så delene ikke er større end helheden.', 'Correct the "heraf" rows or the row above so the parts are no larger than the whole.'],
  ),
  DIFFERENCE_MISMATCH: g(
    ['Afvigelsen stemmer ikke', 'The difference does not add up'],
    ['"Afvigelse" er 30, men Budget − Regnskab er 20.', '"Afvigelse" is 30, but Budget − Regnskab is 20.'],
    ['Ret afvigelsen, eller de to kolonner den er forskellen på; brug gerne en formel.', 'Correct the difference, or the two columns it is the difference of; a formula helps.'],
  ),
  TOTAL_UNCLEAR: g(
    ['Uklart hvad totalen tæller', 'Unclear what the total counts'],
    ['"Resultat" er 210 under "Indtægter" 500 og "Udgifter" 300: hverken 500 + 300 eller 500 − 300 giver 210.', '"Resultat" is 210 under "Indtægter" 500 and "Udgifter" 300: neither 500 + 300 nor 500 − 300 gives 210.'],
    ['Se efter, hvad totalen skal tælle, og skriv den som en formel (fx =SUM(B2:B5) eller =B2-B3), så kan Budgettjek tjekke den.', 'Check what the total should count and write it as a formula (e.g. =SUM(B2:B5) or =B2-B3) so Budgettjek can check it.'],
  ),
  TEXT_TABLE_MISMATCH: g(
    ['Teksten siger noget andet end tabellen', 'The text says otherwise than the table'],
    ['"Der afsættes … 0,5 mio. kr. i 2028", men tabellen har 550 (1.000 kr.) i 2028, som vises som 0,6 mio. kr.', '"Der afsættes … 0,5 mio. kr. i 2028", but the table has 550 (1.000 kr.) in 2028, which shows as 0,6 mio. kr.'],
    ['Ret beløbet i teksten eller i tabellen, så de siger det samme.', 'Correct the amount in the text or in the table so that they agree.'],
  ),
  TEXT_SUM_MISMATCH: g(
    ['Sum i teksten stemmer ikke', 'Sum in the text does not add up'],
    ['"… i alt 40,6 mio. kr." over punkterne 22,8, 8,5 og 9,4 mio. kr. (i alt 40,7).', '"… i alt 40,6 mio. kr." over the bullets 22,8, 8,5 and 9,4 mio. kr. (40,7 in all).'],
    ['Ret summen eller den del, der er forkert.', 'Correct the sum or the part that is wrong.'],
  ),
  EMBEDDED_NOT_READ: g(
    ['Indlejret indhold ikke læst', 'Embedded content not read'],
    ['En tabel indsat i Word som indlejret webside eller projektmappe.', 'A table inserted in Word as an embedded web page or workbook.'],
    ['Indsæt tabellen som en almindelig Word-tabel (Indsæt › Tabel), eller tjek den i Excel.', 'Insert the table as an ordinary Word table (Insert › Table), or check it in Excel.'],
  ),
};

/** Codes a fix mends without asking ('certain') or when asked ('choice'), as the guide says. */
export function guideFixCodes(mode: 'certain' | 'choice'): RuleCode[] {
  return (Object.keys(findingGuide) as RuleCode[]).filter((c) => findingGuide[c]?.fix === mode);
}
