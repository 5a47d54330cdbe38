import { findCompanies, parentOf } from '../../gazetteers/company-matcher';
import type { Candidate, Stage } from '../types';

/** Definite words that point back to the company the article is about (or to the policy about it). */
const ANAPHOR = /\b(?:its|the same (?:[\w-]+ )?(?:feature|tool|product|practice|conduct|app|service|system|rules?)|the (?:[\w-]+ )?(?:app|application|company|platform|service|firm)|the (?:effort|move|orders?|ban|block|suspension|deal|plan|issue|measure))\b/i;
/** The bare pronoun: weaker, since "it" may be the speaker ("the ministry said it plans"). */
const PRONOUN = /\bit\b/gi;
/** "said on Monday it plans", "announced that it would": the pronoun is the reporting subject, not the company. */
const REPORTED_SUBJECT = /\b(?:said|says|announced|added|stated|confirmed|told \w+)(?:\s+(?:on|last|this|that|yesterday|today|\w+day|in (?:a|its) statement))*\s+$/i;
/** "sending it to the lower house", "signed it into law": "it" as a bill's object in a legislative step is the bill. */
const BILL_OBJECT_BEFORE = /\b(?:sign|pass|approv|send|sent|veto|adopt|amend|introduc|tabl|enact|ratif|reject|debat|refer|forward)\w*\s+$/i;
/** A class of companies as the rule's object: the policy concerns them all, not the article's company. */
const GENERIC_COMPANIES = /\b(?:platforms|social media (?:companies|firms|platforms|services|sites|apps)|social networks|online services|tech(?:nology)? (?:companies|firms|giants)|internet companies|websites|service providers|app developers|all apps)\b/i;

/**
 * Whether the sentence refers back to the article's company: a definite anaphor ("the app", "its"),
 * or "it" that is neither the reporting subject nor a bill's object ("sending it to the lower house"),
 * in a sentence not about a whole class of companies.
 *   "Denmark moved to block it on government phones" → true
 *   "The ministry said on Monday it plans to require platforms to verify ages" → false
 */
export function refersToMainCompany(sentence: string): boolean {
  if (ANAPHOR.test(sentence)) return true;
  if (GENERIC_COMPANIES.test(sentence)) return false;
  for (const m of sentence.matchAll(PRONOUN)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (!REPORTED_SUBJECT.test(before) && !BILL_OBJECT_BEFORE.test(before)) return true;
  }
  return false;
}
/** "its Chinese owners", "the parent company": the named company's parent takes part. */
const PARENT = /\b(?:owners?|parent(?: company)?)\b/i;

/**
 * Canonical companies of the clause, else of the sentence, else (when the sentence refers back
 * to it) the article's main company; plus the parent when the text names "its owners".
 *
 *   "Denmark and Canada have announced efforts to block it on government phones" (article about TikTok)
 *   → companies ['TikTok'], inherited
 */
export const findCompanyNames: Stage = (ctx, candidates) => {
  const bareX = X_INTRODUCED.test(ctx.article.text);
  const articleCompanies = new Set(findCompanies(ctx.article.text).map((r) => r.name));
  const out: Candidate[] = [];
  for (const c of candidates) {
    const text = ctx.article.text;
    const clause = text.slice(c.clauseStart, c.clauseEnd);
    let names = unique(findCompanies(clause).map((r) => r.name));
    if (!names.length) names = unique(findCompanies(c.sentence.text).map((r) => r.name));
    // An article that has introduced "X, formerly Twitter" may call it plain "X" from then on.
    if (!names.length && bareX && BARE_X.test(c.sentence.text)) names = ['X'];
    // "…, and Poland's watchdog opened one late last year": an elliptic event is about what the one before it was.
    if (!names.length && ELLIPTIC_ONE.has(c.cue.name)) names = [...(out[out.length - 1]?.companies ?? [])];
    let inherited = false;
    if (!names.length && refersToMainCompany(c.sentence.text)) {
      names = [...ctx.mainCompanies];
      inherited = names.length > 0;
    }
    // parent-named: the parent takes part where the clause says "its owners", or wherever the
    // article names it at all (corpus convention: "TikTok and ByteDance" once ByteDance is named).
    const parents = names.map(parentOf).filter((p): p is string => !!p);
    const named = parents.filter((p) => PARENT.test(clause) || articleCompanies.has(p));
    if (named.length) names = unique([...names, ...(PARENT.test(clause) ? named.slice(0, 1) : named)]);
    out.push({ ...c, companies: names, companiesInherited: inherited });
  }
  return out;
};

/** The article names X as the former Twitter (or as X Corp): a bare "X" is then the company. */
const X_INTRODUCED = /\bX\b,?\s+(?:\(?(?:formerly|previously)\s+(?:known\s+as\s+)?Twitter|the\s+(?:platform|social network|site)\s+formerly\s+known\s+as\s+Twitter)|\bX Corp\b/;
/** "X" as a word: not "X-ray", "X5", "Windows X." abbreviations inside longer tokens. */
const BARE_X = /(?<![\w.-])X(?![\w-])/;
/** Cues that state an event by ellipsis ("opened one"): it concerns what the event before it did. */
const ELLIPTIC_ONE: ReadonlySet<string> = new Set(['opened-one']);

const unique = (names: string[]): string[] => [...new Set(names)];
