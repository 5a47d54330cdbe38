/**
 * What i18n-iso-countries and iso-3166-2 do not hold: demonyms, capitals used as metonyms for
 * governments ("Beijing said"), blocs, and institutions whose jurisdiction is unambiguous.
 * Country names and codes come from i18n-iso-countries; subdivisions (US states, Canadian provinces,
 * Australian and Indian states) from iso-3166-2. Keep this table short and documented: every entry
 * here is a name a news article uses for a government actor.
 */
export type JurisdictionKind = 'country' | 'demonym' | 'capital' | 'institution' | 'subdivision';

export interface JurisdictionAlias {
  text: string;
  code: string;
  kind: JurisdictionKind;
}

export const entries = (kind: JurisdictionKind, code: string, texts: string[]): JurisdictionAlias[] =>
  texts.map((text) => ({ text, code, kind }));

/**
 * The people of a place, where the demonym has a plural in -s ("Kenyan" → "Kenyans", "Iraqi" → "Iraqis",
 * "Afghan" → "Afghans"); none for "-ese", "-ish", "-ch" or "Swiss", nor where the plural names something
 * else.
 */
const NO_PEOPLE = new Set(['Philippine', 'European']); // "Philippines" is the country; "Europeans" are not the EU's

function withPeople(aliases: JurisdictionAlias[]): JurisdictionAlias[] {
  const texts = new Set(aliases.map((a) => a.text));
  const people = aliases
    .filter((a) => !/(?:ese|ish|ch|ss|s)$/.test(a.text) && !texts.has(`${a.text}s`) && !NO_PEOPLE.has(a.text))
    .map((a) => ({ ...a, text: `${a.text}s` }));
  return [...aliases, ...people];
}

/** Demonyms, as adjectives ("British authorities") and plurals ("Australians"). */
export const DEMONYMS: readonly JurisdictionAlias[] = withPeople([
  ...entries('demonym', 'GB', ['British', 'Briton', 'Britons']),
  ...entries('demonym', 'US', ['American', 'Americans']),
  ...entries('demonym', 'CN', ['Chinese']),
  // "European lawmakers", "European regulators": the EU's bodies (a demonym acts only before a governmental noun)
  ...entries('demonym', 'EU', ['European']),
  ...entries('demonym', 'DK', ['Danish', 'Dane', 'Danes']),
  ...entries('demonym', 'CA', ['Canadian', 'Canadians']),
  ...entries('demonym', 'AU', ['Australian', 'Australians']),
  ...entries('demonym', 'IN', ['Indian', 'Indians']),
  ...entries('demonym', 'FR', ['French']),
  ...entries('demonym', 'DE', ['German', 'Germans']),
  ...entries('demonym', 'JP', ['Japanese']),
  ...entries('demonym', 'KR', ['South Korean', 'South Koreans', 'Korean']),
  ...entries('demonym', 'RU', ['Russian', 'Russians']),
  ...entries('demonym', 'IT', ['Italian', 'Italians']),
  ...entries('demonym', 'ES', ['Spanish']),
  ...entries('demonym', 'NL', ['Dutch']),
  ...entries('demonym', 'IE', ['Irish']),
  ...entries('demonym', 'BR', ['Brazilian', 'Brazilians']),
  ...entries('demonym', 'MX', ['Mexican', 'Mexicans']),
  ...entries('demonym', 'ID', ['Indonesian', 'Indonesians']),
  ...entries('demonym', 'PK', ['Pakistani', 'Pakistanis']),
  ...entries('demonym', 'NP', ['Nepali', 'Nepalese']),
  ...entries('demonym', 'VN', ['Vietnamese']),
  ...entries('demonym', 'TW', ['Taiwanese']),
  ...entries('demonym', 'BE', ['Belgian']),
  ...entries('demonym', 'SE', ['Swedish']),
  ...entries('demonym', 'NO', ['Norwegian']),
  ...entries('demonym', 'FI', ['Finnish']),
  ...entries('demonym', 'PL', ['Polish']),
  ...entries('demonym', 'TR', ['Turkish']),
  ...entries('demonym', 'IL', ['Israeli']),
  ...entries('demonym', 'IR', ['Iranian']),
  ...entries('demonym', 'KE', ['Kenyan']),
  ...entries('demonym', 'NG', ['Nigerian']),
  ...entries('demonym', 'PH', ['Philippine', 'Filipino']),
  ...entries('demonym', 'MY', ['Malaysian']),
  ...entries('demonym', 'SG', ['Singaporean']),
  ...entries('demonym', 'UA', ['Ukrainian']),
  ...entries('demonym', 'AT', ['Austrian']),
  ...entries('demonym', 'CH', ['Swiss']),
  ...entries('demonym', 'NZ', ['New Zealander', 'New Zealanders']),
  ...entries('demonym', 'ZA', ['South African']),
  ...entries('demonym', 'SA', ['Saudi']),
  ...entries('demonym', 'AR', ['Argentine', 'Argentinian']),
  ...entries('demonym', 'CL', ['Chilean']),
  ...entries('demonym', 'CO', ['Colombian']),
  ...entries('demonym', 'PE', ['Peruvian']),
  ...entries('demonym', 'VE', ['Venezuelan']),
  ...entries('demonym', 'EC', ['Ecuadorian']),
  ...entries('demonym', 'UY', ['Uruguayan']),
  ...entries('demonym', 'CU', ['Cuban']),
  ...entries('demonym', 'EG', ['Egyptian']),
  ...entries('demonym', 'ET', ['Ethiopian']),
  ...entries('demonym', 'GH', ['Ghanaian']),
  ...entries('demonym', 'UG', ['Ugandan']),
  ...entries('demonym', 'TZ', ['Tanzanian']),
  ...entries('demonym', 'SN', ['Senegalese']),
  ...entries('demonym', 'MA', ['Moroccan']),
  ...entries('demonym', 'DZ', ['Algerian']),
  ...entries('demonym', 'TN', ['Tunisian']),
  ...entries('demonym', 'ZW', ['Zimbabwean']),
  ...entries('demonym', 'RW', ['Rwandan']),
  ...entries('demonym', 'CM', ['Cameroonian']),
  ...entries('demonym', 'JO', ['Jordanian']),
  ...entries('demonym', 'LB', ['Lebanese']),
  ...entries('demonym', 'IQ', ['Iraqi']),
  ...entries('demonym', 'AE', ['Emirati']),
  ...entries('demonym', 'QA', ['Qatari']),
  ...entries('demonym', 'BD', ['Bangladeshi']),
  ...entries('demonym', 'LK', ['Sri Lankan']),
  ...entries('demonym', 'TH', ['Thai']),
  ...entries('demonym', 'KH', ['Cambodian']),
  ...entries('demonym', 'MM', ['Burmese']),
  ...entries('demonym', 'MN', ['Mongolian']),
  ...entries('demonym', 'KZ', ['Kazakh', 'Kazakhstani']),
  ...entries('demonym', 'UZ', ['Uzbek']),
  ...entries('demonym', 'AF', ['Afghan']),
  ...entries('demonym', 'KP', ['North Korean']),
  ...entries('demonym', 'GR', ['Greek']),
  ...entries('demonym', 'PT', ['Portuguese']),
  ...entries('demonym', 'CZ', ['Czech']),
  ...entries('demonym', 'SK', ['Slovak']),
  ...entries('demonym', 'HU', ['Hungarian']),
  ...entries('demonym', 'RO', ['Romanian']),
  ...entries('demonym', 'BG', ['Bulgarian']),
  ...entries('demonym', 'HR', ['Croatian']),
  ...entries('demonym', 'RS', ['Serbian']),
  ...entries('demonym', 'SI', ['Slovenian']),
  ...entries('demonym', 'EE', ['Estonian']),
  ...entries('demonym', 'LV', ['Latvian']),
  ...entries('demonym', 'LT', ['Lithuanian']),
  ...entries('demonym', 'IS', ['Icelandic']),
  ...entries('demonym', 'LU', ['Luxembourgish']),
  ...entries('demonym', 'BY', ['Belarusian']),
  ...entries('demonym', 'AM', ['Armenian']),
  ...entries('demonym', 'AZ', ['Azerbaijani']),
  // (sovereign states whose demonym news copy uses for the government: "Moldovan authorities", "the Syrian government")
  ...entries('demonym', 'AL', ['Albanian']),
  ...entries('demonym', 'BH', ['Bahraini']),
  ...entries('demonym', 'BO', ['Bolivian']),
  ...entries('demonym', 'BA', ['Bosnian']),
  ...entries('demonym', 'BW', ['Botswanan']),
  ...entries('demonym', 'BN', ['Bruneian']),
  ...entries('demonym', 'BF', ['Burkinabe']),
  ...entries('demonym', 'CY', ['Cypriot']),
  ...entries('demonym', 'CR', ['Costa Rican']),
  ...entries('demonym', 'DO', ['Dominican']),
  ...entries('demonym', 'SV', ['Salvadoran']),
  ...entries('demonym', 'ER', ['Eritrean']),
  ...entries('demonym', 'FJ', ['Fijian']),
  ...entries('demonym', 'GT', ['Guatemalan']),
  ...entries('demonym', 'HT', ['Haitian']),
  ...entries('demonym', 'HN', ['Honduran']),
  ...entries('demonym', 'JM', ['Jamaican']),
  ...entries('demonym', 'KW', ['Kuwaiti']),
  ...entries('demonym', 'KG', ['Kyrgyz']),
  ...entries('demonym', 'LA', ['Laotian']),
  ...entries('demonym', 'LR', ['Liberian']),
  ...entries('demonym', 'LY', ['Libyan']),
  ...entries('demonym', 'MG', ['Malagasy']),
  ...entries('demonym', 'MW', ['Malawian']),
  ...entries('demonym', 'MV', ['Maldivian']),
  ...entries('demonym', 'ML', ['Malian']),
  ...entries('demonym', 'MT', ['Maltese']),
  ...entries('demonym', 'MR', ['Mauritanian']),
  ...entries('demonym', 'MU', ['Mauritian']),
  ...entries('demonym', 'MD', ['Moldovan']),
  ...entries('demonym', 'MC', ['Monegasque']),
  ...entries('demonym', 'MZ', ['Mozambican']),
  ...entries('demonym', 'NA', ['Namibian']),
  ...entries('demonym', 'NI', ['Nicaraguan']),
  ...entries('demonym', 'NE', ['Nigerien']),
  ...entries('demonym', 'MK', ['North Macedonian', 'Macedonian']),
  ...entries('demonym', 'OM', ['Omani']),
  ...entries('demonym', 'PS', ['Palestinian']),
  ...entries('demonym', 'PA', ['Panamanian']),
  ...entries('demonym', 'PG', ['Papua New Guinean']),
  ...entries('demonym', 'PY', ['Paraguayan']),
  ...entries('demonym', 'SL', ['Sierra Leonean']),
  ...entries('demonym', 'SO', ['Somali']),
  ...entries('demonym', 'SD', ['Sudanese']),
  ...entries('demonym', 'SS', ['South Sudanese']),
  ...entries('demonym', 'SY', ['Syrian']),
  ...entries('demonym', 'TJ', ['Tajik']),
  ...entries('demonym', 'TG', ['Togolese']),
  ...entries('demonym', 'TT', ['Trinidadian']),
  ...entries('demonym', 'TM', ['Turkmen']),
  ...entries('demonym', 'YE', ['Yemeni']),
  ...entries('demonym', 'ZM', ['Zambian']),
  ...entries('demonym', 'ME', ['Montenegrin']),
  ...entries('demonym', 'XK', ['Kosovar']),
  ...entries('demonym', 'CD', ['Congolese']),
  ...entries('demonym', 'CI', ['Ivorian']),
  ...entries('demonym', 'GA', ['Gabonese']),
  ...entries('demonym', 'AO', ['Angolan']),
  ...entries('demonym', 'BJ', ['Beninese']),
  ...entries('demonym', 'BI', ['Burundian']),
  ...entries('demonym', 'TD', ['Chadian']),
  ...entries('demonym', 'GN', ['Guinean']),
  ...entries('demonym', 'GM', ['Gambian']),
  ...entries('demonym', 'SZ', ['Swazi']),
  ...entries('demonym', 'BT', ['Bhutanese']),
  ...entries('demonym', 'TL', ['Timorese']),
  ...entries('demonym', 'BS', ['Bahamian']),
  ...entries('demonym', 'BB', ['Barbadian']),
  ...entries('demonym', 'BZ', ['Belizean']),
  ...entries('demonym', 'GY', ['Guyanese']),
  ...entries('demonym', 'SR', ['Surinamese']),
  ...entries('demonym', 'LI', ['Liechtensteiner']),
  ...entries('demonym', 'AD', ['Andorran']),
  ...entries('demonym', 'SM', ['Sammarinese']),
]);

/**
 * Regions whose governments act for their own ISO 3166-2 code (corpus convention: "a state or
 * region acts for its own code"), by name and adjective. EXAMPLE: "The Flemish government banned …" → BE-VLG.
 */
export const REGIONS: readonly JurisdictionAlias[] = [
  ...entries('subdivision', 'BE-VLG', ['Flanders']),
  ...entries('demonym', 'BE-VLG', ['Flemish']),
  ...entries('subdivision', 'BE-WAL', ['Wallonia']),
  ...entries('demonym', 'BE-WAL', ['Walloon', 'Wallonian']),
  ...entries('subdivision', 'BE-BRU', ['Brussels-Capital Region']),
  ...entries('subdivision', 'ES-CT', ['Catalonia']),
  ...entries('demonym', 'ES-CT', ['Catalan']),
  ...entries('subdivision', 'DE-BY', ['Bavaria']),
  ...entries('demonym', 'DE-BY', ['Bavarian']),
  ...entries('demonym', 'GB-SCT', ['Scottish']),
  ...entries('demonym', 'GB-WLS', ['Welsh']),
  ...entries('subdivision', 'GB-NIR', ['Northern Ireland']),
];

/** Short forms and historic names the ISO list lacks or spells differently. */
export const COUNTRY_ALIASES: readonly JurisdictionAlias[] = [
  ...entries('country', 'US', ['the US', 'America', 'United States']),
  ...entries('country', 'GB', ['Britain', 'U.K.', 'England', 'Scotland', 'Wales']),
  ...entries('country', 'KR', ['South Korea']),
  ...entries('country', 'KP', ['North Korea']),
  ...entries('country', 'NL', ['the Netherlands']),
  ...entries('country', 'CZ', ['Czech Republic']),
  // ISO's official forms that prose never uses ("Moldova, Republic of", "Syrian Arab Republic")
  ...entries('country', 'MD', ['Moldova']),
  ...entries('country', 'SY', ['Syria']),
  ...entries('country', 'LA', ['Laos']),
  ...entries('country', 'MM', ['Burma']),
  // the country's own spelling, as its state media print it
  ...entries('country', 'VN', ['Viet Nam', 'Việt Nam']),
  ...entries('country', 'MO', ['Macau']),
  ...entries('country', 'VA', ['Vatican', 'Vatican City', 'the Holy See']),
  ...entries('country', 'CV', ['Cabo Verde']),
  ...entries('country', 'BN', ['Brunei']),
  ...entries('country', 'BA', ['Bosnia']),
  ...entries('country', 'FM', ['Micronesia']),
  ...entries('country', 'CG', ['Congo-Brazzaville']),
  ...entries('country', 'EU', ['European Union', 'EU', 'E.U.', 'the bloc']),
];


/** Institutions and office holders whose jurisdiction the name settles. */
export const INSTITUTIONS: readonly JurisdictionAlias[] = [
  ...entries('institution', 'US', [
    'White House', 'Capitol Hill', 'Pentagon', 'Department of Defense', 'Defense Department', 'FBI',
    'Federal Bureau of Investigation', 'FCC', 'Federal Communications Commission', 'Federal Trade Commission',
    'SEC', 'Securities and Exchange Commission', 'CFIUS', 'Committee on Foreign Investment in the United States',
    'Committee on Foreign Investment in the U.S.', 'Committee on Foreign Investment in the US',
    'Committee on Foreign Investment', 'Cfius', 'Treasury Department', 'Department of the Treasury', 'Treasury Secretary',
    'U.S. Treasury', 'US Treasury', 'Commerce Department', 'Department of Commerce', 'Commerce Secretary', 'Justice Department',
    'Department of Justice', 'Departments of Justice', 'DOJ', 'CFPB', 'Consumer Financial Protection Bureau', 'U.S. Attorney General', 'Homeland Security', 'State Department',
    'Department of State', 'Biden administration', 'Trump administration',
    'Obama administration', 'Biden', 'Trump', 'Obama', 'President Joe Biden', 'President Biden', 'President Donald Trump', 'President Trump',
    'Joe Biden', 'Donald Trump', 'NSA', 'CIA', 'Federal Reserve', 'Supreme Court of the United States',
    'U.S. Supreme Court', 'US Supreme Court',
    // Congress's committees, named without "U.S." in American copy
    'House Energy and Commerce Committee', 'Energy and Commerce Committee', 'House Judiciary Committee',
    'Senate Judiciary Committee', 'Senate Commerce Committee', 'House Oversight Committee', 'House Intelligence Committee',
    'Senate Intelligence Committee', 'House Foreign Affairs Committee', 'House Select Committee on the CCP',
    'House Select Committee on the Chinese Communist Party', 'House Financial Services Committee', 'Senate Banking Committee',
  ]),
  ...entries('institution', 'GB', [
    'Ofcom', 'Competition and Markets Authority', 'CMA', "Information Commissioner's Office",
    'Information Commissioner’s Office', 'UK Parliament', 'British Parliament', 'Parliament of the United Kingdom',
    'Home Office', 'Cabinet Office', 'Prime Minister Rishi Sunak', 'Keir Starmer', 'Rishi Sunak',
  ]),
  ...entries('institution', 'AU', ['eSafety Commissioner', 'eSafety', 'ACCC', 'Anthony Albanese']),
  ...entries('institution', 'CN', ['Cyberspace Administration of China', 'Xi Jinping', 'Communist Party', 'State Council']),
  ...entries('institution', 'EU', [
    'European Commission', 'European Parliament', 'European Council', 'Council of the EU', 'European Data Protection Board',
    // the EU's courts ("Apple appealed to the Court of Justice"); Germany's "Federal Court of Justice" is longer and wins
    'Court of Justice of the European Union', 'European Court of Justice', 'Court of Justice', 'CJEU', 'EU General Court',
    // the press's name for the Court of Justice ("Europe's highest court today struck out the agreement")
    "Europe's highest court", 'Europe’s highest court', "Europe's top court", 'Europe’s top court',
    'Council of the European Union', 'European Data Protection Supervisor', 'European Central Bank',
  ]),
  ...entries('institution', 'IN', ['Ministry of Electronics and Information Technology', 'MeitY', 'Narendra Modi', 'Lok Sabha']),
  ...entries('institution', 'CA', ['Justin Trudeau', 'Mark Carney']),
  ...entries('institution', 'FR', ['CNIL', 'Emmanuel Macron', 'Elysee', 'Élysée']),
  ...entries('institution', 'DE', ['Bundestag', 'Bundeskartellamt']),
  ...entries('institution', 'RU', ['Roskomnadzor', 'Vladimir Putin']),
  ...entries('institution', 'IE', ['DPC']),
  ...entries('institution', 'DK', ['Folketing']),
];
