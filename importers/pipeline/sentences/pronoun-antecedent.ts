import { findCompanies } from '../../gazetteers/company-matcher';
import { findJurisdictions } from '../../gazetteers/jurisdiction-matcher';
import { GOVERNMENTAL_NOUN } from '../cues/governmental-nouns';

/** A clause whose subject is a bare pronoun, after at most a fronted adverbial: "Last month, it fined …", "in the week to June 6 it opened …". */
const PRONOUN_SUBJECT = /(?:^|,\s*|\b\d+\s+|^\W*(?:in|on|last|earlier|later|then|since|by)\b[^,]{0,40}?\s)(?:it|they|he|she)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$/i;

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
  // The subject comes first: the first actor named in the sentence the pronoun continues, else in the one before.
  for (const span of subjectSpans(context.slice(Math.max(0, end - LOOKBACK), end))) {
    let government = Infinity;
    for (const r of findJurisdictions(span)) if (!r.attributive && r.kind !== 'demonym') government = Math.min(government, r.start);
    const noun = new RegExp(GOVERNMENTAL_NOUN.source, 'i').exec(span);
    if (noun) government = Math.min(government, noun.index);
    const company = findCompanies(span)[0]?.start ?? Infinity;
    if (government < Infinity || company < Infinity) return government < company;
  }
  return false;
}

/**
 * Where the pronoun's antecedent is sought, nearest first: the part of its own sentence before it
 * ("The Commission fined Microsoft …, and in July it opened …"), then the sentence before ("Ofcom has
 * used its powers. Last month, it fined …").
 */
function subjectSpans(before: string): string[] {
  const trimmed = before.replace(/\s+$/, '');
  const stops = [0, ...[...trimmed.matchAll(/[.!?]["'”’)]*\s+(?=[A-Z"“])/g)].map((m) => (m.index ?? 0) + m[0].length)];
  const last = stops[stops.length - 1] ?? 0;
  const previous = stops[stops.length - 2];
  const spans = [trimmed.slice(last)];
  if (previous !== undefined) spans.push(trimmed.slice(previous, last));
  return spans;
}
