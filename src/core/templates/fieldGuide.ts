/**
 * What each template field expects, with an example, in Danish and English: the text every
 * validation message ends with ("priceIndices[0].source: mangler — skriv hvor tallet kommer fra,
 * fx …"). Keyed by the field's path with list positions as "[]".
 */
import type { LocalizedText } from '../model';

export const templateFieldGuide: Record<string, LocalizedText> = {
  '': {
    da: 'et JSON-objekt med felterne id, name, unit, priceLevel, years, styringsomraader, totalLabels, rounding og priceIndices; start fra `budgettjek templates show generic`',
    en: 'a JSON object with the fields id, name, unit, priceLevel, years, styringsomraader, totalLabels, rounding and priceIndices; start from `budgettjek templates show generic`',
  },
  id: {
    da: 'skal være små bogstaver, tal, punktum, bindestreg eller understreg, fx "kk-budget-2027"',
    en: 'must be lower-case letters, digits, dot, hyphen or underscore, e.g. "kk-budget-2027"',
  },
  name: { da: 'skriv et navn kollegerne kan genkende, fx "KK – budgetforslag 2027"', en: 'give a name colleagues will recognise, e.g. "KK – budget proposals 2027"' },
  description: { da: 'en tekst (må være tom), fx "Forslag i 2028 p/l, årene 2027-2030"', en: 'a text (may be empty), e.g. "Proposals in 2028 p/l, years 2027-2030"' },
  unit: { da: 'skal være "kr.", "t.kr.", "mio. kr." eller "mia. kr.", fx "t.kr." for 1.000 kr.', en: 'must be "kr.", "t.kr.", "mio. kr." or "mia. kr.", e.g. "t.kr." for 1.000 kr.' },
  priceLevel: {
    da: 'skal være et objekt med proposal og overview, fx {"proposal": 2027, "overview": 2026}',
    en: 'must be an object with proposal and overview, e.g. {"proposal": 2027, "overview": 2026}',
  },
  'priceLevel.proposal': { da: 'skal være p/l-året for forslagstabeller eller null (valgfrit), fx 2027', en: 'must be the p/l year of proposal tables or null (any), e.g. 2027' },
  'priceLevel.overview': { da: 'skal være p/l-året for oversigtstabeller eller null (valgfrit), fx 2026', en: 'must be the p/l year of overview tables or null (any), e.g. 2026' },
  years: { da: 'skal være årskolonnerne i stigende orden, eller null for valgfrie år, fx [2026, 2027, 2028, 2029]', en: 'must be the year columns in ascending order, or null for any, e.g. [2026, 2027, 2028, 2029]' },
  'years[]': { da: 'skal være et årstal mellem 1900 og 2200, fx 2027', en: 'must be a year between 1900 and 2200, e.g. 2027' },
  styringsomraadeRequired: {
    da: 'skal være true (hver beløbsrække skal angive et styringsområde) eller false (fx statens aktstykker uden styringsområdekolonne)',
    en: 'must be true (every amount row names a styringsområde) or false (e.g. the state\'s aktstykker with no such column)',
  },
  totalRowRequired: {
    da: 'skal være true (hver blok af beløbsrækker skal slutte med en totalrække) eller false (fx takst- og satstabeller uden totaler)',
    en: 'must be true (every block of amount rows ends in a total row) or false (e.g. rate tables with no totals)',
  },
  styringsomraader: {
    da: 'skal være en liste med mindst ét styringsområde, fx [{"name": "Service", "aliases": []}]',
    en: 'must be a list of at least one styringsområde, e.g. [{"name": "Service", "aliases": []}]',
  },
  'styringsomraader[]': { da: 'skal være et objekt med name og aliases, fx {"name": "Anlæg", "aliases": ["Bruttoanlæg"]}', en: 'must be an object with name and aliases, e.g. {"name": "Anlæg", "aliases": ["Bruttoanlæg"]}' },
  'styringsomraader[].name': { da: 'skriv styringsområdets navn, fx "Service"', en: 'give the styringsområde\'s name, e.g. "Service"' },
  'styringsomraader[].aliases': { da: 'skal være en liste af andre skrivemåder (må være tom), fx ["Bruttoanlæg"]', en: 'must be a list of other spellings (may be empty), e.g. ["Bruttoanlæg"]' },
  'styringsomraader[].aliases[]': { da: 'skriv en anden skrivemåde, fx "Bruttoanlæg"', en: 'give another spelling, e.g. "Bruttoanlæg"' },
  totalLabels: { da: 'skal være en liste med mindst én tekst som totalrækker begynder med, fx ["samlede", "i alt"]', en: 'must be a list of at least one text total rows begin with, e.g. ["samlede", "i alt"]' },
  'totalLabels[]': { da: 'skriv en tekst som totalrækker begynder med, fx "i alt"', en: 'give a text total rows begin with, e.g. "i alt"' },
  netTotalLabels: { da: 'skal være en liste af tekster som nettototaler begynder med (må være tom), fx ["nettoeffekt"]', en: 'must be a list of texts net total rows begin with (may be empty), e.g. ["nettoeffekt"]' },
  'netTotalLabels[]': { da: 'skriv en tekst som nettototaler begynder med, fx "nettoeffekt"', en: 'give a text net total rows begin with, e.g. "nettoeffekt"' },
  rounding: { da: 'skal være et objekt, fx {"tolerancePerRow": 0.5, "minimum": 1}', en: 'must be an object, e.g. {"tolerancePerRow": 0.5, "minimum": 1}' },
  'rounding.tolerancePerRow': { da: 'skal være et tal mellem 0 og 100 (enheder pr. summeret række), fx 0.5', en: 'must be a number from 0 to 100 (units per summed row), e.g. 0.5' },
  'rounding.minimum': { da: 'skal være et helt tal mellem 0 og 1000, fx 1', en: 'must be a whole number from 0 to 1000, e.g. 1' },
  priceIndices: {
    da: 'skal være en liste af årlige indekstrin (må være tom), fx [{"styringsomraade": "Service", "from": 2026, "to": 2027, "percent": "2,8", "source": "KL, PL-skøn juni 2026", "published": "2026-06-15"}]',
    en: 'must be a list of yearly index steps (may be empty), e.g. [{"styringsomraade": "Service", "from": 2026, "to": 2027, "percent": "2.8", "source": "KL, PL-skøn juni 2026", "published": "2026-06-15"}]',
  },
  'priceIndices[]': {
    da: 'skal være et objekt med styringsomraade, from, to, percent, source og published, fx {"styringsomraade": "Service", "from": 2026, "to": 2027, "percent": "2,8", "source": "KL, PL-skøn juni 2026", "published": "2026-06-15"}',
    en: 'must be an object with styringsomraade, from, to, percent, source and published, e.g. {"styringsomraade": "Service", "from": 2026, "to": 2027, "percent": "2.8", "source": "KL, PL-skøn juni 2026", "published": "2026-06-15"}',
  },
  'priceIndices[].styringsomraade': { da: 'skal være et af skabelonens styringsområder, fx "Service"', en: 'must be one of the template\'s styringsområder, e.g. "Service"' },
  'priceIndices[].from': { da: 'skal være året indekset regner fra, fx 2026', en: 'must be the year the step starts from, e.g. 2026' },
  'priceIndices[].to': { da: 'skal være året efter from, fx 2027 når from er 2026', en: 'must be the year after from, e.g. 2027 when from is 2026' },
  'priceIndices[].percent': { da: 'skal være den årlige stigning i procent, fx "2,8" eller 2.8', en: 'must be the yearly rise in percent, e.g. "2.8" or 2.8' },
  'priceIndices[].source': { da: 'skriv hvor tallet kommer fra, fx "KL, PL-skøn juni 2026"', en: 'say where the figure comes from, e.g. "KL, PL-skøn juni 2026"' },
  'priceIndices[].published': { da: 'skriv datoen kilden blev offentliggjort (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM), fx "2026-06-15"', en: 'give the date the source was published (YYYY-MM-DD or YYYY-MM), e.g. "2026-06-15"' },
};

/** The guide entry for a concrete path ("priceIndices[0].source" → "priceIndices[].source"). */
export function fieldGuideFor(path: string): LocalizedText | undefined {
  return templateFieldGuide[path.replace(/\[\d+\]/g, '[]')];
}
