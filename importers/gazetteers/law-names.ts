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
}

const laws = (codes: readonly string[], texts: string[]): LawName[] => texts.map((text) => ({ text, codes }));

export const LAW_NAMES: readonly LawName[] = [
  ...laws(['EU'], [
    'Digital Services Act', 'DSA', 'Digital Markets Act', 'DMA', 'AI Act', 'Artificial Intelligence Act', 'General Data Protection Regulation',
    'GDPR', 'Data Governance Act', 'Data Act', 'Cyber Resilience Act', 'NIS2', 'European Media Freedom Act', 'Digital Operational Resilience Act',
    'European Chips Act', 'Political Advertising Regulation',
  ]),
  ...laws(['GB', 'AU', 'LK'], ['Online Safety Act']),
  ...laws(['GB', 'LK'], ['Online Safety Bill']),
  ...laws(['GB'], ['Investigatory Powers Act', 'Digital Markets, Competition and Consumers Act']),
  ...laws(['US'], [
    'CHIPS and Science Act', 'CHIPS Act', 'Kids Online Safety Act', 'KOSA', 'COPPA', "Children's Online Privacy Protection Act",
    'Children’s Online Privacy Protection Act', 'Communications Decency Act', 'CLOUD Act', 'Protecting Americans from Foreign Adversary Controlled Applications Act',
    'RESTRICT Act', 'TAKE IT DOWN Act', 'Take It Down Act',
  ]),
  ...laws(['US-CA'], ['California Consumer Privacy Act', 'CCPA', 'CPRA', 'California Privacy Rights Act']),
  ...laws(['IN'], ['Digital Personal Data Protection Act', 'DPDP Act', 'Information Technology Act']),
  ...laws(['CN'], ['Personal Information Protection Law', 'PIPL', 'Data Security Law']),
  ...laws(['DE'], ['NetzDG', 'Network Enforcement Act']),
  ...laws(['BR'], ['LGPD', 'Marco Civil da Internet', 'Marco Civil']),
  ...laws(['CA'], ['Online Streaming Act', 'Online News Act', 'PIPEDA', 'Online Harms Act']),
  ...laws(['AU'], ['News Media Bargaining Code', 'Social Media Minimum Age']),
];

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
