import { findCompanies } from '../../gazetteers/company-matcher';
import { findJurisdictions } from '../../gazetteers/jurisdiction-matcher';
import { GOVERNMENTAL_NOUN } from '../cues/governmental-nouns';

/** A clause whose subject is a bare pronoun, after at most a fronted adverbial: "Last month, it fined …", "in the week to June 6 it opened …". */
const PRONOUN_SUBJECT = /(?:^|,\s*|\b\d+\s+|^\W*(?:in|on|last|earlier|later|then|since|by)\b[^,]{0,40}?\s)(?:it|they)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$/i;

/**
 * Whether a pronoun subject right before `cueStart` stands for a government: the nearest actor named
 * before it in `context` (the text just before, across a paragraph break) is a government (a named institution or place, or a
 * governmental noun), not a company.
 *
 *   context "Ofcom has already used its new powers. Last month, it fined a forum …", clause "Last month, it fined" → true
 *   context "Meta said on Monday it had removed accounts …"                                             → false
 */
/** How far back the antecedent is sought: a sentence or two (bounded, so a long paragraph stays linear). */
const LOOKBACK = 400;

export function pronounStandsForGovernment(context: string, clauseBeforeCue: string): boolean {
  if (clauseBeforeCue.length > 80 || !PRONOUN_SUBJECT.test(clauseBeforeCue)) return false;
  const end = context.length - clauseBeforeCue.length;
  const before = context.slice(Math.max(0, end - LOOKBACK), end);
  let government = -1;
  for (const r of findJurisdictions(before)) if (!r.attributive && r.kind !== 'demonym') government = Math.max(government, r.start);
  const noun = new RegExp(GOVERNMENTAL_NOUN.source, 'gi');
  for (let m = noun.exec(before); m; m = noun.exec(before)) government = Math.max(government, m.index);
  const companies = findCompanies(before);
  const company = companies.length ? (companies[companies.length - 1]?.start ?? -1) : -1;
  return government >= 0 && government > company;
}
