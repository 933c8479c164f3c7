/**
 * The published appendix (shared/seed/004_…txt): the overview in 2026 p/l and Tabel 1 of BC01,
 * BC02 and BC39 in 2027 p/l, as printed — BC39 with no price level and the years 2027–2030.
 * The same content as examples/ofs-2025-2026-bilag.xlsx, as grids for core tests.
 */
import type { WorkbookGrid } from '../model';
import { sheetFromRows, workbookOf } from './sheetFromRows';

const years = [2026, 2027, 2028, 2029, 2030, 2031];
const u = undefined;
const note =
  'Noter til alle tabeller: Forslaget skal udarbejdes i 2027 p/l, men forslag der udmøntes i overførselssagen udmøntes i 2026 p/l, mens forslag der udmøntes med budgettet udmøntes i 2027 p/l.';

export function publishedAppendix(): WorkbookGrid {
  return workbookOf(
    sheetFromRows('Oversigt', [
      ['Tabel 1. Oversigt over innovationsforslag til OFS 2025-2026'],
      ['1.000 kr. 2026 p/l.', 'Udvalg', 'Forslag', 'Service'],
      ['Innovationsforslag'],
      ['BC01', 'BIU', 'Test af AI-tolk på borgersamtaler i BIF', 1017],
      ['BC02', 'BIU', 'Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet', 1989],
      ['BC39', 'SUND', 'Automatisering af visitationsproces i Center for Mental Sundhed', 1946],
      ['I alt udmøntning fra innovationspuljen', u, u, 4951],
    ]),
    sheetFromRows('BC01', [
      ['BC01 Test af AI-tolk på borgersamtaler i BIF'],
      [],
      ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
      ['1.000 kr. 2027 p/l', 'Styringsområde', ...years],
      ['Implementeringsomkostninger'],
      ['Projektledelse (inkl. evaluering, dokumentation og rapportering', 'Service', 345],
      ['Teknisk opsætning, licenser og support (leverandører af tolkeløsninger)', 'Service', 400],
      ['Dataetiske og sprogfaglige afklaringer', 'Service', 100],
      ['Afklaring af tekniske forhold i forbindelse med test på borgersituationer.', 'Service', 200],
      ['Samlede implementeringsomkostninger', u, 1045],
    ]),
    sheetFromRows('BC02', [
      ['BC02 Digitalt Jobunivers – en samlet digital indgang for ledige til beskæftigelsessystemet'],
      [],
      ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
      ['1.000 kr. 2027 p/l', 'Styringsområde', ...years],
      ['Implementeringsomkostninger'],
      ['Juridisk og datamæssig afklaring', 'Service', 209],
      ['Afprøvning af IT-løsninger', 'Service', 418, 600],
      ['Projektledelse, kommunikation, effektmåling og opsætning af tests', 'Service', 418, 400],
      ['Samlede implementeringsomkostninger', 'Service', 1045, 1000],
      [note],
    ]),
    sheetFromRows('BC39', [
      ['BC39 Automatisering af visitationsproces i Center for Mental Sundhed'],
      [],
      ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
      [u, 'Styringsområde', 2027, 2028, 2029, 2030],
      ['Projektafklaring og forberedende dataarbejde', 'Service', 300],
      ['Udvikling og understøttelse af arbejdet med de tre komponenter', 'Service', 750, 300],
      ['Projektledelse og drift', 'Service', 250, 150],
      ['Juridisk og teknisk bistand', 'Service', 150],
      ['Evaluering', 'Service', u, 100],
      ['Samlede implementeringsomkostninger', u, 1450, 550],
      [note],
    ]),
  );
}
