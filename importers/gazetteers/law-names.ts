/**
 * Laws news names by their title or acronym alone, with the jurisdiction that made them: "The Digital Services Act
 * became fully applicable on February 17, 2024" is the EU's act though no place is named. Proper names, matched
 * case-sensitively as whole words. A title two places use lists both; the story's place picks, else the first.
 *
 *   EXAMPLE law-name-1: "The Digital Services Act took effect on Saturday" → EU
 *   EXAMPLE law-name-2: "the Online Safety Act" in an Australian story → AU, in a story with no place → GB
 */
interface LawName {
  text: string;
  codes: readonly string[];
  /** A well-known acronym the cues read as a law noun ("The DMA, which took effect in 2023"; cues/law-nouns.ts). */
  acronym?: true;
}

const laws = (codes: readonly string[], texts: string[]): LawName[] => texts.map((text) => ({ text, codes }));
const acronyms = (codes: readonly string[], texts: string[]): LawName[] => texts.map((text) => ({ text, codes, acronym: true }));

export const LAW_NAMES: readonly LawName[] = [
  ...acronyms(['EU'], ['DMA', 'DSA', 'GDPR']),
  ...acronyms(['CN'], ['PIPL']),
  ...acronyms(['IN'], ['DPDP Act']),
  ...acronyms(['DE'], ['NetzDG']),
  ...acronyms(['US-CA'], ['CCPA', 'CPRA']),
  ...acronyms(['US'], ['COPPA', 'KOSA']),
  ...acronyms(['BR'], ['LGPD']),
  ...acronyms(['CA'], ['PIPEDA']),
  // (Singapore's, Thailand's and Malaysia's data laws share the acronym: the story's place picks)
  ...acronyms(['SG', 'TH', 'MY'], ['PDPA']),
  ...laws(['EU'], [
    'Digital Services Act', 'Digital Markets Act', 'AI Act', 'Artificial Intelligence Act', 'General Data Protection Regulation',
    'Data Governance Act', 'Data Act', 'Cyber Resilience Act', 'NIS2', 'European Media Freedom Act', 'Digital Operational Resilience Act',
    'European Chips Act', 'Political Advertising Regulation',
  ]),
  ...laws(['GB', 'AU', 'LK'], ['Online Safety Act']),
  ...laws(['GB', 'LK'], ['Online Safety Bill']),
  ...laws(['GB'], ['Investigatory Powers Act', 'Digital Markets, Competition and Consumers Act']),
  ...laws(['US'], [
    'CHIPS and Science Act', 'CHIPS Act', 'Kids Online Safety Act', "Children's Online Privacy Protection Act",
    'Children’s Online Privacy Protection Act', 'Communications Decency Act', 'CLOUD Act', 'Protecting Americans from Foreign Adversary Controlled Applications Act',
    'RESTRICT Act', 'TAKE IT DOWN Act', 'Take It Down Act',
  ]),
  ...laws(['US-CA'], ['California Consumer Privacy Act', 'California Privacy Rights Act']),
  ...laws(['IN'], ['Digital Personal Data Protection Act', 'Information Technology Act']),
  ...laws(['CN'], ['Personal Information Protection Law', 'Data Security Law']),
  ...laws(['DE'], ['Network Enforcement Act']),
  ...laws(['BR'], ['Marco Civil da Internet', 'Marco Civil']),
  ...laws(['CA'], ['Online Streaming Act', 'Online News Act', 'Online Harms Act']),
  ...laws(['AU'], ['News Media Bargaining Code', 'Social Media Minimum Age']),
];

/** The acronyms the cues read as law nouns, in the order declared. */
export const LAW_ACRONYMS: readonly string[] = LAW_NAMES.filter((law) => law.acronym).map((law) => law.text);

let pattern: RegExp | null = null;
const byText = new Map<string, LawName>();

/** The jurisdiction of the first known law the text names (the story's place where the title is shared), or null. */
export function lawJurisdiction(text: string, story: string | null): string | null {
  if (!pattern) {
    for (const law of LAW_NAMES) if (!byText.has(law.text)) byText.set(law.text, law);
    const names = [...byText.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\w-])(?:${names.join('|')})(?![\\w-])`);
  }
  const m = pattern.exec(text);
  const law = m ? byText.get(m[0]) : undefined;
  if (!law) return null;
  return story && law.codes.includes(story) ? story : law.codes[0]!;
}
