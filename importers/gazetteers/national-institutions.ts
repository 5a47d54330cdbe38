/**
 * National institutions by country: legislatures, courts, regulators, ministries and agencies that
 * news copy names without the country ("the Storting voted", "Datatilsynet said", "the Garante
 * ordered"). Two tables:
 *
 * - NAMED_INSTITUTIONS: a name only one country uses; it settles the jurisdiction on its own.
 * - SHARED_INSTITUTIONS: a name many countries use ("the Senate", "the House of Commons", "the
 *   Supreme Court", "Parliament"); it acts for the country the story is about when that country has
 *   such a body, else for its `fallback` (null: no guess, the ref is dropped).
 *
 * Names are proper nouns, matched case-sensitively as whole words by jurisdiction-matcher.ts. A
 * lower-case common noun ("the regulator", "the minister") is a governmental noun
 * (cues/governmental-nouns.ts) and takes the story's place through inheritance instead.
 */
import type { JurisdictionAlias } from './jurisdiction-aliases';

/** A name many countries give a body: `codes` are the countries that have one ('*': every country). */
export interface SharedInstitution {
  text: string;
  codes: readonly string[] | '*';
  /** Where the name points when the story's country has no such body (or is unknown); null: nowhere. */
  fallback: string | null;
  /** For a common word: what must come right before it for it to name the body (the text up to it). */
  before?: RegExp;
  /** For a common word: what after it makes it part of another name (the text after it). */
  notAfter?: RegExp;
}

const named = (code: string, texts: string[]): JurisdictionAlias[] => texts.map((text) => ({ text, code, kind: 'institution' }));

/** EXAMPLE: "The Storting voted 80-20 to …" → NO; "Roskomnadzor said …" → RU. */
export const NAMED_INSTITUTIONS: readonly JurisdictionAlias[] = [
  // Europe
  ...named('FR', ['ANFR', 'CNIL', 'Arcom', 'Autorité de la concurrence', 'Conseil d’État', "Conseil d'Etat", 'Assemblée nationale', 'Matignon', 'Quai d’Orsay', "Quai d'Orsay"]),
  ...named('GB', ['Investigatory Powers Tribunal', 'Competition Appeal Tribunal']),
  ...named('DE', ['Bundestag', 'Bundeskartellamt', 'Federal Cartel Office', 'Bundesnetzagentur', 'Federal Network Agency', 'BfDI', 'Federal Constitutional Court', 'Federal Court of Justice', 'Federal Office for Information Security', 'Chancellery', 'Kanzleramt']),
  ...named('IT', ['Garante', 'Garante per la protezione dei dati personali', 'AGCM', 'AGCOM', 'Agcom', 'Palazzo Chigi', 'Chamber of Deputies of Italy']),
  ...named('ES', ['AEPD', 'CNMC', 'Congress of Deputies', 'Cortes Generales', 'Moncloa']),
  ...named('NL', ['Autoriteit Persoonsgegevens', 'Dutch Data Protection Authority', 'Authority for Consumers and Markets', 'Tweede Kamer', 'Eerste Kamer', 'States General']),
  ...named('BE', ['Chamber of Representatives']),
  ...named('IE', ['Oireachtas', 'Dáil', 'Dail Eireann', 'Seanad', 'Coimisiún na Meán', 'Coimisiun na Mean']),
  ...named('SE', ['Riksdag', 'IMY', 'Swedish Post and Telecom Authority', 'Rosenbad']),
  ...named('NO', ['Storting', 'Stortinget', 'Nkom']),
  ...named('DK', ['Folketing', 'Folketinget', 'Christiansborg']),
  ...named('FI', ['Eduskunta', 'Traficom']),
  ...named('PL', ['Sejm', 'UODO', 'UOKiK']),
  ...named('AT', ['Nationalrat']),
  ...named('PT', ['Assembleia da República']),
  ...named('GR', ['Hellenic Parliament']),
  ...named('HU', ['Országgyűlés']),
  ...named('CZ', ['Poslanecká sněmovna']),
  ...named('RU', ['State Duma', 'Duma', 'Federation Council', 'Roskomnadzor', 'FSB', 'Federal Antimonopoly Service']),
  ...named('UA', ['Verkhovna Rada']),
  ...named('TR', ['Grand National Assembly', 'BTK', 'RTÜK', 'RTUK', 'Information and Communication Technologies Authority']),
  ...named('IL', ['Knesset']),
  // Asia-Pacific
  ...named('CN', [
    'National People’s Congress', "National People's Congress", 'Cyberspace Administration of China', 'Cyberspace Administration',
    'Ministry of Industry and Information Technology', 'MIIT', 'State Administration for Market Regulation', 'SAMR',
    'National Press and Publication Administration', 'NPPA', 'State Administration of Press, Publication, Radio, Film and Television',
    'SAPPRFT', 'MOFCOM', 'Zhongnanhai', 'People’s Bank of China', "People's Bank of China", 'PBOC', 'PBoC', 'Ministry of State Security', 'State Council', 'Communist Party', 'Xi Jinping',
  ]),
  ...named('JP', ['National Diet', 'Japan Fair Trade Commission', 'JFTC', 'Ministry of Internal Affairs and Communications', 'METI', 'Kantei']),
  ...named('KR', ['Korea Communications Commission', 'KCC', 'Korea Fair Trade Commission', 'KFTC', 'PIPC', 'Ministry of Science and ICT', 'Blue House', 'Yongsan']),
  ...named('TW', ['Legislative Yuan', 'Executive Yuan', 'Mainland Affairs Council', 'MODA', 'Presidential Office in Taipei']),
  // (a state's high court is named by its city or state: "the Delhi High Court")
  ...named('IN', ['Delhi High Court', 'Bombay High Court', 'Madras High Court', 'Calcutta High Court', 'Karnataka High Court', 'Kerala High Court', 'Allahabad High Court', 'Punjab and Haryana High Court', 'Lok Sabha', 'Rajya Sabha', 'MeitY', 'TRAI', 'Telecom Regulatory Authority of India', 'Competition Commission of India', 'CCI', 'NCLAT', 'National Company Law Appellate Tribunal', 'CERT-In', 'Ministry of Electronics and Information Technology', 'Narendra Modi', 'Reserve Bank of India', 'RBI']),
  ...named('AU', ['eSafety Commissioner', 'eSafety', 'ACCC', 'ACMA', 'OAIC', 'Federal Court of Australia', 'Anthony Albanese']),
  ...named('NZ', ['Beehive']),
  ...named('SG', ['IMDA', 'Infocomm Media Development Authority']),
  ...named('MY', ['MCMC', 'Dewan Rakyat']),
  ...named('ID', ['Kominfo', 'Komdigi', 'KPPU']),
  ...named('PK', ['Pakistan Telecommunication Authority', 'PTA']),
  // the de facto government since 2021: "The Taliban banned the app"
  ...named('AF', ['Taliban']),
  // heads of government and state named without their country ("Erdogan said …", "Tinubu signed …")
  ...named('PH', ['Ferdinand Marcos Jr', 'Bongbong Marcos', 'Rodrigo Duterte', 'Malacañang', 'Malacanang', 'Department of Information and Communications Technology', 'DICT']),
  ...named('TR', ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan']),
  ...named('DE', ['Olaf Scholz', 'Friedrich Merz']),
  ...named('IT', ['Giorgia Meloni']),
  ...named('ES', ['Pedro Sánchez', 'Pedro Sanchez']),
  ...named('GB', ['Keir Starmer', 'Rishi Sunak', 'Boris Johnson']),
  ...named('BR', ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Jair Bolsonaro']),
  ...named('NG', ['Bola Tinubu', 'Muhammadu Buhari']),
  ...named('KE', ['William Ruto']),
  ...named('ZA', ['Cyril Ramaphosa']),
  ...named('ID', ['Prabowo Subianto', 'Joko Widodo']),
  ...named('MY', ['Anwar Ibrahim']),
  ...named('KR', ['Yoon Suk Yeol', 'Lee Jae-myung']),
  ...named('JP', ['Fumio Kishida', 'Shigeru Ishiba']),
  ...named('EU', ['Ursula von der Leyen', 'Margrethe Vestager', 'Thierry Breton']),
  // The Americas
  ...named('CA', ['Treasury Board', 'Treasury Board of Canada Secretariat', 'CRTC', 'Canadian Radio-television and Telecommunications Commission', 'Competition Bureau', 'Parliament Hill', 'Justin Trudeau', 'Mark Carney']),
  ...named('BR', ['Anatel', 'ANPD', 'Supreme Federal Court', 'Federal Supreme Court', 'STF', 'Planalto', 'CADE', 'Administrative Council for Economic Defense', 'Administrative Council for Economic Defence']),
  ...named('MX', ['Cofece', 'COFECE', 'Federal Economic Competition Commission', 'Palacio Nacional']),
  // Africa
  ...named('NG', ['NITDA', 'Central Bank of Nigeria', 'CBN', 'FCCPC', 'Federal Competition and Consumer Protection Commission', 'NDPC', 'Nigeria Data Protection Commission', 'Nigerian Communications Commission']),
  ...named('KE', ['Communications Authority of Kenya', 'Office of the Data Protection Commissioner']),
  ...named('ZA', ['ICASA', 'Icasa', 'CompCom', 'Competition Commission of South Africa']),
  // telecoms regulators, which order most shutdowns, blocks and operator fines, named without their country
  ...named('EG', ['NTRA', 'National Telecom Regulatory Authority', 'National Telecommunications Regulatory Authority']),
  ...named('VE', ['Conatel', 'CONATEL', 'Nicolás Maduro', 'Nicolas Maduro']),
  ...named('BD', ['BTRC', 'Bangladesh Telecommunication Regulatory Commission']),
  ...named('MX', ['Federal Telecommunications Institute', 'Instituto Federal de Telecomunicaciones']),
  ...named('PH', ['National Telecommunications Commission']),
  ...named('TZ', ['TCRA', 'Tanzania Communications Regulatory Authority']),
  ...named('LK', ['TRCSL', 'Telecommunications Regulatory Commission of Sri Lanka']),
  ...named('FR', ['Arcep', 'ARCEP']),
  ...named('BR', ['ANATEL']),
  ...named('AR', ['ENACOM', 'Enacom']),
  ...named('CL', ['Subtel']),
  ...named('PE', ['OSIPTEL', 'Osiptel']),
  ...named('SA', ['Communications, Space and Technology Commission', 'CITC']),
  ...named('AE', ['TDRA', 'Telecommunications and Digital Government Regulatory Authority']),
];

const shared = (text: string, codes: readonly string[] | '*', fallback: string | null = null, guard: Pick<SharedInstitution, 'before' | 'notAfter'> = {}): SharedInstitution => ({ text, codes, fallback, ...guard });

/** Countries with an upper house called the Senate. */
const SENATES = ['US', 'CA', 'AU', 'FR', 'IT', 'ES', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'PH', 'PL', 'CZ', 'RO', 'IE', 'NG', 'BE', 'NL', 'PK', 'TH', 'KE', 'ZA', 'JP'];
/** Countries with a lower house called the House of Representatives. */
const HOUSES = ['US', 'AU', 'NZ', 'JP', 'PH', 'NG', 'NL', 'BE', 'ID', 'MY', 'TH', 'CO', 'LB', 'CY', 'MT', 'FJ'];

/**
 * EXAMPLE: "Bill C-11 cleared the Senate" in a Canadian story → CA; in a story with no place → US.
 * EXAMPLE: "the Supreme Court upheld the ban" in a Brazilian story → BR; in a story with no place → none.
 */
export const SHARED_INSTITUTIONS: readonly SharedInstitution[] = [
  // (not a court's panel: "the presiding judge of the 1st Cartel Senate", "the Second Senate" of a constitutional court)
  shared('Senate', SENATES, 'US', { before: /(?<!\b(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|Cartel|Civil|Criminal|Antitrust|Constitutional)\s+)$/ }),
  shared('House of Representatives', HOUSES, 'US'),
  shared('House of Commons', ['GB', 'CA'], 'GB'),
  shared('House of Lords', ['GB'], 'GB'),
  shared('Congress', ['US', 'PH', 'CO', 'PE', 'CL', 'AR', 'BR', 'MX', 'GT', 'HN', 'PY', 'ES'], 'US'),
  // members of Congress by title ("Congressmen Ann Roe and Bob Lee introduced …")
  shared('Congressman', ['US', 'PH'], 'US'),
  shared('Congressmen', ['US', 'PH'], 'US'),
  shared('Congresswoman', ['US', 'PH'], 'US'),
  shared('National Congress', ['BR', 'AR', 'CL', 'EC', 'PH'], null),
  shared('National Assembly', ['FR', 'KR', 'VN', 'PK', 'NG', 'KE', 'ZA', 'HU', 'BG', 'SI', 'RS', 'EC', 'VE', 'AO', 'TH', 'BD', 'AM', 'SN', 'LA', 'KH'], null),
  shared('Chamber of Deputies', ['IT', 'BR', 'MX', 'CZ', 'AR', 'CL', 'LU', 'RO', 'DO', 'PY', 'BO'], null),
  shared('Bundesrat', ['DE', 'AT'], 'DE'),
  shared('Federal Council', ['CH', 'AT', 'DE'], null),
  shared('Diet', ['JP'], null),
  shared('Rada', ['UA'], null),
  shared('Parliament', '*'),
  shared('Supreme Court', '*'),
  shared('Constitutional Court', '*'),
  shared('High Court', '*'),
  shared('Federal Court', ['AU', 'CA', 'DE', 'CH', 'MY', 'BR']),
  // the EU's lower court, named without "EU" ("the Luxembourg-based General Court"); a Massachusetts story's is its legislature
  shared('General Court', ['EU', 'US-MA'], 'EU'),
  shared('Court of Appeal', '*'),
  shared('Supreme Administrative Court', ['SE', 'FI', 'CZ', 'PL', 'PT', 'BG', 'LT', 'TW', 'AT', 'DE']),
  shared('Administrative Court of Appeal', '*'),
  shared('Council of State', ['FR', 'NL', 'BE', 'IT', 'GR', 'TR', 'CO', 'LU']),
  shared('Fair Trade Commission', ['JP', 'KR', 'TW', 'PH']),
  // "the Commission" alone: the story's own commission; with no country named, tech-policy copy means the European one
  shared('Commission', '*', 'EU'),
  // Korean and Taiwanese copy calls its own Fair Trade Commission "the FTC" ("The FTC ordered Google to revise
  // its contracts" in a Seoul story); elsewhere it is the American one
  shared('FTC', ['US', 'KR', 'TW'], 'US'),
  // Portugal's and Luxembourg's data protection authorities share the acronym
  shared('CNPD', ['PT', 'LU'], 'PT'),
  shared('Personal Information Protection Commission', ['JP', 'KR']),
  shared('Datatilsynet', ['NO', 'DK']),
  // Ireland's, and Nigeria's ("the Nigeria Data Protection Commission", NDPC): the story's, else the Irish one
  shared('Data Protection Commission', ['IE', 'NG'], 'IE'),
  shared('Data Protection Authority', '*'),
  shared('Privacy Commissioner', ['CA', 'NZ', 'AU', 'HK']),
  shared('Information Commissioner', ['GB', 'AU', 'IE']),
  shared('Competition Commission', '*'),
  shared('Competition Authority', '*'),
  shared('Ministry of Digital Affairs', ['TW', 'PL']),
  shared('National Security Council', ['US', 'BE', 'JP', 'KR', 'TR', 'IN', 'GB', 'IL', 'PH', 'TW'], 'US'),
  shared('National Communications Commission', ['TW']),
  // "the Treasury" is a finance ministry's name in several countries; alone it most often means the US one
  shared('Treasury', ['US', 'GB', 'AU', 'NZ', 'ZA', 'IE'], 'US'),
  // Indian copy calls the Union government "the Centre" ("The Centre banned 59 apps"); not "the Centre for …" nor
  // the last word of a body's name ("the National Cyber Security Centre")
  shared('Centre', ['IN'], null, { before: /\b[Tt]he\s+$/, notAfter: /^\s+(?:for|of|on|in)\b/ }),
];

/**
 * The country a shared institution acts for in a story about `story` (a country or a subdivision
 * code): the story's country when it has such a body, else the fallback.
 *
 *   resolveShared(Senate, 'CA') → 'CA';  resolveShared(Senate, 'US-TX') → 'US-TX';  resolveShared(Senate, 'DE') → 'US'
 */
export function resolveShared(inst: SharedInstitution, story: string | null): string | null {
  // state-chamber: in a story about a US state, "the Senate" or "the House" is the state's own chamber
  if (story?.startsWith('US-') && STATE_CHAMBER.test(inst.text)) return story;
  const country = story ? (story.split('-')[0] ?? story) : null;
  if (country && (inst.codes === '*' || inst.codes.includes(country))) return country;
  return inst.fallback;
}

/** Chambers every US state has under the same names. */
const STATE_CHAMBER = /^(?:Senate|House|House of Representatives|House of Delegates|General Assembly|Assembly|Legislature)$/;

const SHARED_BY_TEXT = new Map(SHARED_INSTITUTIONS.map((i) => [i.text, i]));

/** The countries a shared name can belong to ('*': any), or null when the name is not shared. */
export function sharedCountries(text: string): readonly string[] | '*' | null {
  return SHARED_BY_TEXT.get(text)?.codes ?? null;
}

/** Where a shared name points when the story names no country of its own (null: nowhere, or not shared). */
export function sharedFallback(text: string): string | null {
  return SHARED_BY_TEXT.get(text)?.fallback ?? null;
}
