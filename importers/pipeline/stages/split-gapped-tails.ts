import { findCompanies, parentOf } from '../../gazetteers/company-matcher';
import { findJurisdictions } from '../../gazetteers/jurisdiction-matcher';
import { FINITE_VERB } from '../cues/finite-verb';
import { temporalExpressions, type TemporalExpression } from '../temporal';
import { sentenceYear } from './resolve-dates';
import type { Candidate, Stage } from '../types';

/**
 * gapped-tail: a coordinated remnant that repeats the act for another object, sum, place or body on a
 * date of its own, its verb left out (gapping): one more mention, the act's type and status, the
 * remnant's date, and the remnant's company or place where it names one.
 *
 *   "The Commission fined Google €2.42 billion in 2017 and €4.34 billion in 2018."  → fines of 2017 and 2018
 *   "The authority blocked ChatGPT in March 2023 and DeepSeek in January 2025."     → ChatGPT 2023-03, DeepSeek 2025-01
 *   "Texas banned the app on state devices in December, and Virginia in January."   → US-TX 2023-12, US-VA 2024-01
 *   "The bill passed the Senate on March 3 and the House on March 10."               → two votes
 *
 * The remnant is "and" (", and", "but") and a short phrase with no verb of its own, then a date that ends
 * the clause: "and the company appealed in May" has a verb (a second predicate, find-event-clauses' split);
 * "between March and May" is a range.
 */
const REMNANT_LEAD = /^\s*,?\s*(?:and|but)\s+(?:(?:then|later|again|also)\s+)*/i;
/** The remnant's words before its date: at most this many. */
const REMNANT_WORDS = 8;
/** What a remnant never holds: a clause break, a verb or an entry into force ("and takes effect in 2025" is split-effective-dates'). */
const NOT_A_REMNANT = /[,;:()]|\b(?:takes?|comes?|goes?|becomes?|enters?|applies|starts?|begins?|effect|force|from|until|till|through|since|after|before|between|when|while|which|that|who|it|they|he|she|to)\b/i;
/** Right before the head's date: the start of a range ("between March and May"), or a deadline ("by June 2024 and 4G gear by 2027" is split-effective-dates' further-deadlines). */
const RANGE_BEFORE = /\b(?:between|from|by)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?$/i;
/** Where the remnant's date may stand before the clause's end: punctuation, "respectively", or a short reason ("over privacy concerns"). */
const CLAUSE_END_AFTER = /^\s*(?:,?\s*respectively\b)?\s*(?:(?:over|for|amid)\s+[^,;]{1,60})?[.;!]?\s*["”’]?\s*$/i;
/** A preposition the remnant's date may take: "and DeepSeek in January". */
const DATE_PREPOSITION = /(?:^|\s+)(?:in|on|at|during)\s*$/i;

/** A remnant that repeats the act on the same object: a sum of money, or a mere adverb ("and again"). */
const SAME_OBJECT = /^(?:(?:again|also|then|later|once more)\s*|(?:another|a further|a second|a new|an additional)?\s*[$€£¥₩]?\s?\d[\d.,]*\s*(?:million|billion|bn|m|trillion)?\s*(?:euros?|dollars?|pounds?|yuan|yen|won|rupees?|reais|pesos?|lira)?|(?:a|another)\s+(?:further\s+|second\s+|new\s+)?(?:fine|penalty|order|ruling)\s*)$/i;

export interface GappedTail {
  /** The remnant's phrase (offsets in the clause), without the lead and the date's preposition. */
  phrase: { start: number; end: number; text: string };
  date: TemporalExpression;
}

/**
 * The gapped remnant of a clause whose act (cue ending at `cueEnd`, clause-relative) is dated by `own`, or null.
 * Pure: the clause text and its dates in, the remnant out.
 */
export function gappedTail(clause: string, found: readonly TemporalExpression[], ownValue: string, cueEnd: number): GappedTail | null {
  const ownIndex = found.findIndex((t) => t.start >= cueEnd && t.value === ownValue);
  const own = found[ownIndex];
  const next = found[ownIndex + 1];
  if (!own || !next || next.value === own.value || found.length > ownIndex + 2) return null;
  if (RANGE_BEFORE.test(clause.slice(Math.max(0, own.start - 20), own.start))) return null;
  if (!CLAUSE_END_AFTER.test(clause.slice(next.end))) return null;
  const between = clause.slice(own.end, next.start);
  const lead = REMNANT_LEAD.exec(between);
  if (!lead) return null;
  const body = between.slice(lead[0].length).replace(DATE_PREPOSITION, '');
  const words = body.split(/\s+/).filter(Boolean);
  // (no words at all only after an adverb that repeats the act: "and again in 2023", not a list "in 2017 and 2018")
  if ((!words.length && !/\b(?:again|then|later)\s+$/i.test(lead[0])) || words.length > REMNANT_WORDS || NOT_A_REMNANT.test(body) || FINITE_VERB.test(body)) return null;
  const start = own.end + lead[0].length;
  return { phrase: { start, end: start + body.length, text: body }, date: next };
}

export const splitGappedTails: Stage = (ctx, candidates) =>
  candidates.flatMap((c) => {
    if (!c.date.value || c.date.basis === 'reported') return [c];
    const clause = ctx.masked.slice(c.clauseStart, c.clauseEnd);
    // (cheap gate: a remnant needs "and" or "but" after the act)
    if (!/\s(?:and|but)\s/.test(clause.slice(c.cue.end - c.clauseStart))) return [c];
    const found = temporalExpressions(clause, ctx.article.published);
    if (found.length < 2) return [c];
    const tail = gappedTail(clause, found, c.date.value, c.cue.end - c.clauseStart);
    if (!tail) return [c];
    const remnantCompanies = unique(findCompanies(tail.phrase.text).map((r) => r.name));
    const headCompanies = unique(findCompanies(clause.slice(0, tail.phrase.start)).map((r) => r.name));
    const withParent = (names: string[]): string[] => unique(names.flatMap((n) => [n, ...(parentOf(n) && c.companies.includes(parentOf(n)!) ? [parentOf(n)!] : [])]));
    const place = findJurisdictions(tail.phrase.text, ctx.mainJurisdiction).find((r) => !r.attributive && r.kind !== 'demonym');
    // another object with no company named ("and 118 more apps in September") is not the head's company; a sum, a body
    // or a place acting again is ("and €4.34 billion in 2018", "and the House on March 10", "and Virginia in January")
    const otherObject = !remnantCompanies.length && !place && tail.phrase.text.trim() !== '' && !SAME_OBJECT.test(tail.phrase.text);
    const head: Candidate = remnantCompanies.length && headCompanies.length ? { ...c, companies: withParent(headCompanies) } : c;
    const copy: Candidate = {
      ...c,
      // (a yearless remnant date takes the head's year, resolve-dates' sentence-year: "in June 2020 and 118 more apps in
      // September" is September 2020)
      date: dateOf(sentenceYear(found, tail.date, ctx.article.published) ?? tail.date),
      companies: remnantCompanies.length ? withParent(remnantCompanies) : otherObject ? [] : c.companies,
      ...(place && place.code !== c.jurisdictions[0] ? { jurisdictions: [place.code], jurisdictionSource: 'actor' as const } : {}),
    };
    ctx.note?.(copy, 'gapped-tail', tail.date.text);
    return [head, copy];
  });

const unique = (names: string[]): string[] => [...new Set(names)];
const dateOf = (t: TemporalExpression): Candidate['date'] => ({ value: t.value, precision: t.precision, basis: t.basis });
