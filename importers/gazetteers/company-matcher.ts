import { BARE_NAME_EXCLUDED, COMPANIES, type CompanyEntry } from '../../db/vocabulary/companies';

/** A company named in a text span: the canonical name and where the name (or alias) stands. */
export interface CompanyRef {
  name: string;
  start: number;
  end: number;
  text: string;
}

interface CompanyIndex {
  byName: Map<string, CompanyEntry>;
  pattern: RegExp;
  /** alias or name as written → canonical name */
  canonical: Map<string, string>;
}

let index: CompanyIndex | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Built once per process: one alternation, longest names first, so "Meta Platforms" wins over "Meta". */
function companyIndex(): CompanyIndex {
  if (index) return index;
  const canonical = new Map<string, string>();
  const byName = new Map<string, CompanyEntry>();
  for (const entry of COMPANIES) {
    byName.set(entry.name.toLowerCase(), entry);
    for (const alias of entry.aliases) byName.set(alias.toLowerCase(), entry);
    if (!BARE_NAME_EXCLUDED.has(entry.name)) canonical.set(entry.name, entry.name);
    for (const alias of entry.aliases) canonical.set(alias, entry.name);
  }
  const names = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Whole words, case-sensitive; a possessive ("TikTok's") still matches.
  const pattern = new RegExp(`(?<![\\w@#-])(?:${names.join('|')})(?![\\w-])`, 'g');
  index = { byName, pattern, canonical };
  return index;
}

/**
 *   findCompanies("Meta said it removed accounts from Instagram and Facebook")
 *   → [{ name: 'Meta' }, { name: 'Instagram' }, { name: 'Facebook' }]  (with offsets into the text)
 */
/** The bare letter X names the platform only where a company name is expected: "probe into X", "fined X", "platform X". */
const BARE_X = /(?<=\b(?:platform|against|into|fined|on|owner of|from|with|by|and|sued|ordered|told|investigating|investigate|blocked|banned|suspended|restricted|unblocked|restored|after|until|because|when|while|unless)\s)X(?=[\s,.;:’']|$)(?![’']s? \w+ (?:axis|ray))/g;

export function findCompanies(text: string): CompanyRef[] {
  const { pattern, canonical } = companyIndex();
  const refs: CompanyRef[] = [];
  const bare: CompanyRef[] = [];
  BARE_X.lastIndex = 0;
  for (let m = BARE_X.exec(text); m; m = BARE_X.exec(text)) bare.push({ name: 'X', start: m.index, end: m.index + 1, text: 'X' });
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const name = canonical.get(m[0]);
    if (name) refs.push({ name, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // "X Corp" is already a full match; a bare X at the same place adds nothing.
  for (const x of bare) if (!refs.some((r) => r.start === x.start)) refs.push(x);
  return refs.sort((a, b) => a.start - b.start);
}

/** The company entry for a canonical name or any alias, case-insensitively ("tik tok" → TikTok). */
export function companyByName(name: string): CompanyEntry | null {
  return companyIndex().byName.get(name.trim().toLowerCase()) ?? null;
}

/** The parent's canonical name ("TikTok" → "ByteDance"), or null. */
export function parentOf(name: string): string | null {
  return companyByName(name)?.parent ?? null;
}
