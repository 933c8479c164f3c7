/**
 * Writes the text corpus in examples/tekst/: Word documents whose sentences state amounts, each
 * clean and with a planted mistake, and examples/tekst/forventet.json saying what a check must find
 * in each (rule, paragraph, table cell) — nothing for a clean text.
 *
 *  - BC01, BC02, BC39: the published appendix's three proposals with their real text (the sections
 *    that carry amounts, as published; words broken over lines joined) and their cost table from
 *    examples/ofs-2025-2026-bilag.xlsx. BC39 as published states 0,5 mio. kr. for 2028 where its
 *    parts and its table give 0,55 (550): that is found. BC39-rettet.docx says 0,55 and is clean.
 *  - aktstykke: an aktstykke-style text with three grants in bullets and "i alt 40,6 mio. kr.".
 *  - Real published texts (source URL in `source`), transcribed as published: each clean and with
 *    one amount changed. Where the text states no sum and no table, nothing can contradict the
 *    changed amount: the mutated copy must stay silent too (it tests precision, not recall).
 *
 * Reproducible byte for byte (fixed document and zip dates, scripts/fixtures).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { docx, heading, outDirArgument, para, readProposalSheet, runGenerator, table, widthsFor, wordRows, type ProposalSheetText } from './fixtures';

const EXAMPLES = path.join(__dirname, '..', 'examples');
const OUT_DIR = path.join(EXAMPLES, 'tekst');

/** A list item: typed bullet ("• …", as the published PDFs show them) or a list paragraph style. */
const bullet = (text: string): string => para(`• ${text}`);
const listItem = (text: string): string => para(text, { style: 'Listeafsnit' });

// ---------------------------------------------------------------------------------------------
// The appendix's proposals (Overførselssagen 2025-2026, innovationsforslag), real text

const BC01 = (economy: { frame: string }): string[] => [
  para('Kort resumé: Test af AI-tolkeværktøjer i borgersituationer i takt med den teknologiske og markedsmæssige modenhed til analyse af de juridiske og organisatoriske muligheder for implementering af AI-tolkning i beskæftigelsesindsatsen.'),
  heading(2, '1. Beskrivelse af forslag (fremgangsmåde og effekt)'),
  para('AI-tolk, når det er muligt – menneskelig tolk, når det er nødvendigt. Det kan meget vel være visionen for en fremtidig implementering af AI-tolke i borgersamtaler på beskæftigelsesområdet. Beskæftigelses-, Integrations- og Erhvervsforvaltningen har med de seneste års markante indvandring, som følge af krigen i Ukraine, oplevet markant stigende udgifter og administrative byrder i forbindelse med tolkning.'),
  para('Forretningsbehovet er tydeligt', { bold: true }),
  para('Beskæftigelses- Integrations, og Erhvervsforvaltningen afholdt i 2024 ca. 14.000 samtaler med borgere med tolkebehov. Samlet set brugte forvaltningen over 13 mio. kroner på tolkning mellem borger og sagsbehandler. Hvor det tal varierer naturligt med den årlige migration mod Danmark – særligt efter krigen i Ukraine – bruger forvaltningen hvert år millioner i direkte omkostninger til tolke, ligesom estimater fra foranalysen viser, at der mindst bliver brugt 50.000 minutter eller over 100 arbejdsdage på administration af tolke.'),
  heading(2, '2. Økonomi'),
  para('Projektet foreslås gennemført som et étårigt innovationsforløb finansieret af Innovationspuljen. Midlerne skal dække omkostninger til projektledelse, teknisk opsætning og licenser, afklaring af sproglig kvalitet samt inddragelse af medarbejdere og borgere i testfasen.'),
  para('Innovationsmidlerne dækker de direkte udgifter til projektet, mens de deltagende centre forventes at bidrage med egenfinansieret arbejdstid til test og evaluering.'),
  para('Som innovationsprojekt er formålet ikke at skabe varige effektiviseringer i 2026, men at modne et beslutningsgrundlag for en efterfølgende investeringscase i 2027. Hvis testen viser tilfredsstillende resultater, forventes der at kunne udarbejdes en businesscase med konkrete estimater for:'),
  bullet('reduktion i udgifter til tolkning,'),
  bullet('øget tilgængelighed for borgere,'),
  bullet('samt tidsbesparelser i sagsbehandlingen.'),
  para(`Projektet afsluttes med en evalueringsrapport og anbefalinger til videre udmøntning, finansiering og implementeringsmodel. Den samlede budgetramme forventes at udgøre ${economy.frame} mio. kr., fordelt på følgende hovedposter:`),
];
const BC01_AFTER = [
  heading(2, '3. Kommende investeringsforslag og kriterier til prioritering'),
  para('De estimerede udgifter til et kommende investeringsforslag er den forventede årlige udgift for Beskæftigelses, Integrations og Erhvervsforvaltningen på baggrund af en indledende prissætning fra leverandører. Såfremt innovationscasen munder ud i en tværgående investeringscase for flere forvaltninger, vil udgiftsniveauet selvfølgelig stige.'),
  para('Vi forventer at indhente support fra KIT for 50-100tkr i arbejdet med den tekniske afklaring.'),
];

const BC02 = (): string[] => [
  para('Kort resumé: Med beskæftigelsesreformen og nye teknologiske muligheder kan et digitalt jobunivers blive et centralt redskab i fremtidens beskæftigelsesindsats.'),
  heading(2, '1. Beskrivelse af forslag (fremgangsmåde og effekt)'),
  para('Det skal i den forbindelse efterprøves, om leverandørernes antagelser om, at op mod 30% af dagpengemodtagerne kan være fuldt selvhjulpne i en virtuel modtagelse, kan realiseres. Dette svarer til ca. 19.000 dagpengesamtaler inden for det første år.'),
  para('Leverandørernes beregninger peger på et forventet realiserbart gevinstniveau i størrelsesordenen 20–35 mio. kr. Gevinsten vedrører både reducerede udgifter til ydelser, forløb og køb af aktiviteter samt personalerelaterede omkostninger svarende til en frigørelse af ca. 6–20 årsværk. Gevinstniveauet, som kan anvendes til andre prioriterede opgaver i beskæftigelsesindsatsen, er fastlagt på baggrund af leverandørernes samlede beregninger og er i den økonomiske vurdering konservativt reduceret med 50%.'),
  heading(2, '2. Økonomi'),
  para('Innovationscasen gennemføres over en periode på 24 måneder, hvor der laves en prøveanskaffelse. Økonomien er derfor ikke et udtryk for fulde drifts- eller implementeringsomkostninger, men for de aktiviteter der skal til for at gennemføre konkrete test og derigennem afklare gevinster, behov og muligheder, så der efterfølgende kan udarbejdes en egentlig investeringscase.'),
  para('I tabel 1 er vist en estimeret fordeling af udgifterne over perioden der her kort uddybes:'),
  para('Afprøvning af IT-løsninger omfatter direkte udgifter til prøveanskaffelse, test og evaluering af ét eller flere digitale jobuniverser.'),
];

const BC39 = ({ y2028 = '0,5', projektledelse2027 = '0,25', bistand2027 = '0,15' } = {}): string[] => [
  para('Kort resumé: Center for Mental Sundhed i Sundheds- og Omsorgsforvaltningen har forebyggende tilbud til københavnere med psykisk mistrivsel.'),
  heading(2, '1. Beskrivelse af forslag (fremgangsmåde og effekt)'),
  para('Center for Mental Sundhed tilbyder årligt forebyggende forløb til ca. 5.000 københavnere i alle aldre, som oplever psykisk mistrivsel i let til moderat grad. Voksne københavnere med stress og symptomer på angst og depression udgør ca. halvdelen.'),
  heading(2, '2. Økonomi'),
  para(`Der afsættes 1,45 mio. kr. i 2027 og ${y2028} mio. kr. i 2028 til udvikling og idriftsættelse af forslagets tre komponenter.`),
  para(`I 2027 afsættes 0,3 mio. kr. til KIT til projektafklaring og forberedende dataarbejde samt 0,75 mio. kr. til udvikling og understøttelse af arbejdet med de tre komponenter. Til SUF afsættes ${projektledelse2027} mio. kr. til projektledelse samt ${bistand2027} mio. kr. til juridisk og teknisk bistand.`),
  para('I 2028 afsættes 0,3 mio. kr. til KIT til udvikling og understøttelse af arbejdet med de tre komponenter samt 0,1 mio. kr. til evaluering. Til SUF afsættes 0,15 mio. kr. til projektledelse og drift. Budgettet er fastlagt på baggrund af erfaringer fra lignende projekter i samarbejde med CMS, CDI og KIT. Projektet kan endnu ikke yderligere detailplanlægges, da AI-udviklingen går hurtigt, og vi skal bevare fleksibiliteten for ikke at låse os til en løsning, der måske ikke er optimal i 2027 ved opstart.'),
];
const BC39_AFTER = [
  heading(2, '3. Kommende investeringsforslag og kriterier til prioritering'),
  para('Foreløbigt forventes et effektiviseringspotentiale på 0,9-1,5 mio. kr. årligt i Center for Mental Sundhed, når forslaget er fuldt implementeret. Vurderingen er baseret på et skøn over antal psykologtimer, der kan effektiviseres ved automatisering af dele af visitationsprocessen.'),
  para('Såfremt den nødvendige lovhjemmel tilvejebringes og løsningen idriftsættes i Center for Mental Sundhed, skal der afsættes 0,2 mio. kr. årligt til drift af løsningen fra 2029 og frem. Dette vil indgå i et investeringsforslag til Budget 2029.'),
];

async function proposal(sheet: ProposalSheetText, before: string[], after: string[]): Promise<Buffer> {
  const parts = [heading(1, sheet.title), ...before, para(sheet.caption, { bold: true }), table(wordRows(sheet), widthsFor(sheet.width))];
  if (sheet.note) parts.push(para(sheet.note, { italic: true, size: 8 }));
  parts.push(...after);
  return docx(sheet.title, parts.join(''));
}

// ---------------------------------------------------------------------------------------------
// An aktstykke-style text: three grants in bullets and their sum

const AKTSTYKKE = ({ second = '8,5' } = {}): string[] => [
  heading(1, 'Aktstykke om tilskud til tre forsøgsprojekter'),
  heading(2, 'a. Problemstilling'),
  para('Ministeriet anmoder hermed om Finansudvalgets tilslutning til at yde tilskud i 2025 til tre forsøgsprojekter om digital understøttelse af beskæftigelsesindsatsen.'),
  heading(2, 'b. Baggrund'),
  para('Tilskuddene fordeles således:'),
  listItem('22,8 mio. kr. til forsøg med virtuel modtagelse af nyledige,'),
  listItem(`${second} mio. kr. til forsøg med AI-understøttet vejledning og`),
  listItem('9,3 mio. kr. til evaluering og formidling af erfaringerne.'),
  para('Der søges således om et tilskud på i alt 40,6 mio. kr. i 2025.'),
  heading(2, 'c. Økonomiske konsekvenser'),
  para('Udgiften afholdes af den på finansloven for 2025 afsatte reserve. Forsøgene forventes på sigt at kunne give en besparelse på op til 15 mio. kr. årligt.'),
];

// ---------------------------------------------------------------------------------------------
// Real published texts, as published

/** A published text: where it is from, its paragraphs with one amount as a parameter, and the changed amount. */
interface PublishedText {
  name: string;
  source: string;
  title: string;
  paragraphs: (amount?: string) => string[];
  mutate: string;
}

const REAL: PublishedText[] = [
  {
    name: 'herning-overfoersler',
    source: 'https://www.monrad.app/agenda_items/130896',
    title: 'Herning Kommune: Samlede overførsler 2025-2026',
    paragraphs: (v = '84,6') => [
      heading(1, 'Samlede overførsler 2025-2026'),
      heading(2, 'Resume'),
      para('I henhold til Regnskabsvejledningen for 2025 fremsendes fagudvalgenes samlede ønsker til overførsler fra 2025 til 2026 og efterfølgende år til godkendelse.'),
      para(`Samlet set ønskes vedrørende drift overført et mindreforbrug på ${v} mio. kr., vedrørende anlæg et mindreforbrug på 323,1 mio. kr., og vedrørende finansielle konti en mindreindtægt på 48,3 mio. kr.`),
    ],
    mutate: '94,6',
  },
  {
    name: 'assens-budgetforlig',
    source: 'https://www2.dknyt.dk/artikel/assens-laver-budgetvaern-paa-20-mio-kr-aarligt-i-nyt-budgetforlig',
    title: 'Assens laver budgetværn på 20 mio. kr. årligt i nyt budgetforlig',
    paragraphs: (v = '4,2') => [
      heading(1, 'Assens laver budgetværn på 20 mio. kr. årligt i nyt budgetforlig'),
      para('ASSENS: Budgetforliget er indgået mellem Socialdemokratiet, De Konservative, SF, Enhedslisten, Danmarksdemokraterne, Liberal Alliance og Venstre, og tæller derved alle partier i byrådet. Byrådet afsætter et budgetværn på 20 mio. kr. årligt i budgetperioden for at sikre den nødvendige finansiering i tilfælde af uforudsete udgifter. Det økonomiske råderum i perioden er på 20,034 mio. kr., hvoraf parterne er blevet enige om at prioriterer midlerne i 2025 og 2026.'),
      para(`Der ønskes et fokus på børn og unges trivsel og der afsættes derfor ${v} mio. kr. i 2025 og igen i 2026 til uddannelse-, børn- og familieudvalget, som skal stå for udmøntning af midlerne. Dertil tilføres der 1,962 mio. kr. årligt til et allerede eksisterende tilbud for børn og unge i psykisk mistrivsel. På anlægssiden afsættes der i alt 13,3 mio. kr. til etablering af et børn- og ungehjem i Verning, som får plads til 15 børn i alderen 4-17 år.`),
      para('På ældreområdet afsættes der 1 mio. kr. i 2025 og 2026 til aktivitetstilbud, mens der afsættes 4,5 mio. kr. til anlæg af tilbuddet. Dertil afsættes 1,5 mio. kr. til rekruttering og fastholdelse af medarbejdere i ældreplejen.'),
      para('Byrådet ønsker fortsat at arbejde med at fastholde og tiltrække virksomheder og afsætter derfor 10 mio. kr. til at have et varieret udbud af erhvervsarealer.'),
      para('Der er også fortsat fokus på klimatiltag, hvor byrådet afsætter 1 mio. kr. i 2025 og 2026 til udtagnings af lavbundsjorde og arbejdet med en strategi for vedvarende energi. Derudover afsættes der 2 mio. kr. til rekreative stier.'),
    ],
    mutate: '4,8',
  },
  {
    name: 'kalundborgmotorvej',
    source: 'https://ft.dk/samling/20231/lovforslag/L1/bilag/6/2792094/index.htm',
    title: 'Oversigt over nye eller ændrede anlægsprojekter på ændringsforslagene til finanslovforslaget for 2024',
    paragraphs: (v = '169,8') => [
      heading(1, 'Oversigt over nye eller ændrede anlægsprojekter på ændringsforslagene til finanslovforslaget for 2024'),
      para('Nedenfor oplistes anlægsprojekter på ændringsforslagene til finanslovforslaget for 2024, hvor der søges hjemmel til et nyt projekt, eller hvor der er sket en ændring i projektets totaludgift på mindst 10 pct. eller 10,0 mio. kr. i forhold til finanslovforslaget som fremsat i august 2023.'),
      heading(2, 'Kalundborgmotorvejens 3. etape'),
      para(`I forbindelse med ændringsforslagene er kontoen forhøjet med 26,4 mio. kr. i 2024, 104,1 mio. kr. i 2025, ${v} mio. kr. i 2026 og 285,8 mio. kr. i 2027 (2024-pl) til Kalundborgmotorvejens 3. etape. Forhøjelsen af projektbevillingen udgør i alt 493,0 mio. kr. i 2024-2028, mens forhøjelsen af projektets centrale reserve udgør i alt 22,3 mio. kr. i 2024-2028 (2024-pl). Med forhøjelsen er der i alt afsat 2.896,9 mio. kr. (2024-pl) inkl. central reserve til anlæg af Kalundborgmotorvejens 3. etape fra Regstrup til Kalundborg.`),
    ],
    mutate: '196,8',
  },
  {
    name: 'kk-indkaldelsescirkulaere-2026',
    source: 'https://kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de-22012025/till%C3%A6gsdagsorden/punkt-1',
    title: 'Københavns Kommune, Økonomiudvalget 22.01.2025: Indkaldelsescirkulæret for budget 2026',
    paragraphs: (v = '30') => [
      heading(1, 'Indkaldelsescirkulæret for budget 2026'),
      heading(2, 'Indstilling'),
      para('Økonomiforvaltningen indstiller over for Økonomiudvalget,'),
      para(`1) at det godkendes, at måltallet for effektiviseringsstrategien i budget 2026 fastsættes til 300 mio. kr., hvoraf ${v} mio. kr. udgøres af administrative besparelser,`),
      para('2) at det godkendes, at det foreløbige bruttoanlægsmåltal for 2026 fastsættes til 3.977 mio. kr., inkl. styringsmodel, idrætsmilliarden og udvidelse af botilbudskapaciteten på det sociale område,'),
      para('3) at målsætningen for reel kasse fastsættes til 1.000 mio. kr. i første halvår og 700 mio. kr. i andet halvår,'),
      para('4) at det godkendes, at der afsættes centrale puljer under Økonomiudvalget i budget 2026, herunder at puljen til strategisk grundkøb øges med 40 mio. kr. til 265 mio. kr. jf. bilag 2 og 3,'),
    ],
    mutate: '35',
  },
  {
    name: 'udlodningsloven-8',
    source: 'https://danskelove.dk/udlodningsloven/8',
    title: 'Udlodningsloven § 8',
    paragraphs: (v = '2,9') => [
      heading(1, 'Udlodningsloven § 8'),
      para('Sundheds- og Ældreministeriet fordeler udlodningsmidlerne til modtagere omfattet af gruppe 1 på følgende måde:'),
      para('1) 41,3 mio. kr. til driftsstøtte til landsdækkende sygdomsbekæmpende organisationer.'),
      para(`2) ${v} mio. kr. til driftsstøtte til mindre landsdækkende sygdomsbekæmpende organisationer.`),
      para('3) 28,2 mio. kr. til driftsstøtte til ældreorganisationer.'),
      para('Stk. 2. De puljer, der er nævnt i stk. 1, nr. 1 og 2, fordeles af sundhedsministeren, efter at Folketingets Finansudvalg har godkendt arten og størrelsen af de puljer, som ønskes etableret i det pågældende finansår, og regler for puljernes anvendelse.'),
    ],
    mutate: '3,9',
  },
];

// ---------------------------------------------------------------------------------------------

/** What a check must find in a document (nothing for a clean one). */
interface ExpectedFinding {
  rule: string;
  paragraph: string;
  sheet: string;
  cell: string;
}

/** `tsx scripts/make-text-examples.ts [--out DIR]` (default: examples/tekst/). */
async function main(argv: string[]): Promise<void> {
  const outDir = outDirArgument(argv, OUT_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const expected: Array<{ file: string; note?: string; findings: ExpectedFinding[] }> = [];
  const write = (name: string, bytes: Buffer, findings: ExpectedFinding[], note?: string) => {
    fs.writeFileSync(path.join(outDir, name), bytes);
    expected.push({ file: name, ...(note ? { note } : {}), findings });
    process.stdout.write(`skrev ${path.relative(process.cwd(), path.join(outDir, name))}\n`);
  };

  const appendix = new ExcelJS.Workbook();
  await appendix.xlsx.readFile(path.join(EXAMPLES, 'ofs-2025-2026-bilag.xlsx'));
  const sheet = (code: string) => {
    const ws = appendix.getWorksheet(code);
    if (!ws) throw new Error(`no sheet ${code} in the appendix`);
    return readProposalSheet(ws);
  };
  const economy = 'Afsnit 2. Økonomi';

  write('BC01.docx', await proposal(sheet('BC01'), BC01({ frame: '1,0' }), BC01_AFTER), [], 'as published');
  write('BC01-rammen-aendret.docx', await proposal(sheet('BC01'), BC01({ frame: '1,2' }), BC01_AFTER), [
    { rule: 'TEXT_TABLE_MISMATCH', paragraph: `${economy}, 7. afsnit`, sheet: 'Tabel 1', cell: 'C7' },
  ], 'the budget frame says 1,2 mio. kr.; the table totals 1.045 (1.000 kr.)');
  write('BC02.docx', await proposal(sheet('BC02'), BC02(), []), [], 'as published');
  write('BC39.docx', await proposal(sheet('BC39'), BC39(), BC39_AFTER), [
    { rule: 'TEXT_TABLE_MISMATCH', paragraph: `${economy}, 1. afsnit`, sheet: 'Tabel 1', cell: 'D7' },
    { rule: 'TEXT_SUM_MISMATCH', paragraph: `${economy}, 1. afsnit`, sheet: 'Tabel 1', cell: 'A1' },
  ], 'as published: 0,5 mio. kr. in 2028, where the parts and the table give 0,55');
  write('BC39-rettet.docx', await proposal(sheet('BC39'), BC39({ y2028: '0,55' }), BC39_AFTER), [], 'the 2028 sentence corrected to 0,55 mio. kr.');
  write('BC39-del-aendret.docx', await proposal(sheet('BC39'), BC39({ y2028: '0,55', bistand2027: '0,25' }), BC39_AFTER), [
    { rule: 'TEXT_TABLE_MISMATCH', paragraph: `${economy}, 2. afsnit`, sheet: 'Tabel 1', cell: 'C5' },
    { rule: 'TEXT_SUM_MISMATCH', paragraph: `${economy}, 1. afsnit`, sheet: 'Tabel 1', cell: 'A1' },
  ], 'corrected, then "0,25 mio. kr. til juridisk og teknisk bistand" in 2027 (the row shows 150)');
  write('BC39-projektledelse-aendret.docx', await proposal(sheet('BC39'), BC39({ y2028: '0,55', projektledelse2027: '0,35' }), BC39_AFTER), [
    { rule: 'TEXT_SUM_MISMATCH', paragraph: `${economy}, 1. afsnit`, sheet: 'Tabel 1', cell: 'A1' },
  ], 'corrected, then 0,35 mio. kr. til projektledelse in 2027 (names no row on its own)');

  write('aktstykke.docx', await docx('Aktstykke om tilskud til tre forsøgsprojekter', AKTSTYKKE().join('')), [], 'three grants in a list and their sum');
  write('aktstykke-punkt-aendret.docx', await docx('Aktstykke om tilskud til tre forsøgsprojekter', AKTSTYKKE({ second: '8,6' }).join('')), [
    { rule: 'TEXT_SUM_MISMATCH', paragraph: 'Afsnit b. Baggrund, 5. afsnit', sheet: 'Tekst', cell: 'A9' },
  ], 'the second grant changed to 8,6 mio. kr.');

  for (const r of REAL) {
    write(`${r.name}.docx`, await docx(r.title, r.paragraphs().join('')), [], `as published: ${r.source}`);
    write(`${r.name}-aendret.docx`, await docx(r.title, r.paragraphs(r.mutate).join('')), [], `one amount changed to ${r.mutate}; the text states nothing it could contradict`);
  }
  fs.writeFileSync(path.join(outDir, 'forventet.json'), JSON.stringify({ sources: Object.fromEntries(REAL.map((r) => [r.name, r.source])), documents: expected }, null, 2) + '\n');
}

if (require.main === module) runGenerator('make-text-examples', main);
