import { backgroundSpans } from '../cues/background-clauses';
import { EFFECT_CUE_NAMES } from '../cues/effect-phrases';
import { subordinateStart } from '../sentences/subordinate-clause';
import { temporalExpressions, type TemporalExpression } from '../temporal';
import type { EventType } from '../../../db/vocabulary/taxonomy';
import type { Candidate, Stage } from '../types';

/** A cue that makes a law (passes, signs, approves it), as opposed to one that names a rule ("new export controls"). */
const MAKING_VERB = /\b(?:pass(?:es|ed)?|sign(?:s|ed)?|approv(?:es|ed)|adopt(?:s|ed)?|enact(?:s|ed)?|ratif(?:y|ies|ied)|promulgat(?:es|ed)|vot(?:es|ed))\b/i;
const TAKES_EFFECT_IN = /\b(?:effect|force)\b/i;
/** An announcement with its content after it, the date inside the content: "has announced that starting on August 1, …". */
const ANNOUNCED_THAT = /\b(?:announc(?:ed|es)|unveil(?:ed|s)|decided|decreed)\s+(?:on\s+\w+\s+)?that\b/i;

/** Events whose entry into force (or compliance deadline) is an event of its own. */
const HAS_EFFECT_DATE: ReadonlySet<EventType> = new Set(['legislation', 'age_restriction', 'ban', 'device_ban', 'executive_action', 'data_governance', 'trade_restriction']);
const TAKES_EFFECT = /\b(?:(?:takes|take|taking|took|will take|would take|goes|go|going|went|will go|comes|come|coming|came|will come)\s+(?:full\s+|partial\s+|fully\s+|partly\s+)?(?:into\s+)?(?:effect|force)|(?:will |would )?apply from|starting|beginning|effective)\b/gi;
/** "the regulation could take effect in 2026": a possibility, not a date set for it ("may" in lower case: "signed in May and takes effect" is no modal). */
const MODAL_BEFORE = /\b(?:[Cc]ould|[Mm]ight|may)\s+(?:\w+\s+)?$/;

/** A count of stages between the effect phrase and its first date: "will take effect in three stages: on Friday, …". */
const STAGES_LEAD = /^\s+(?:in|over)\s+(?:two|three|four|five|six|\d)\s+(?:stages|phases|steps|parts|waves|tranches)\s*[:,–—-]?\s*(?:(?:on|in|from|by)\s+)?$/i;
/** Otherwise the first date follows the effect phrase closely: "takes effect on Jan. 1". */
const EFFECT_DATE_WITHIN = 12;
/** Between two dates of one list: ", on Oct. 12, and on Oct. 21", "; then from July 1". */
const LIST_GAP = /^\s*(?:[,;]\s*)?(?:(?:and|or|then|followed by)\s+)?(?:(?:on|in|from|by|at)\s+)?(?:the\s+)?$/i;
/** Before a further deadline of one obligation: "by June 2024 and 4G equipment by the end of 2027". */
const DEADLINE_LEAD = /\bby\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
/** A coordinated part of the same obligation (no new sentence, no new clause subject): "and <object> by". */
const DEADLINE_JOIN = /^\s*,?\s*(?:and|while|with)\s+[^.;:]{0,80}?$/i;

/**
 * Named rules for the dates an event clause carries besides its own. Each gives the further
 * expressions (clause-relative) that become one mention each, same type, dated by the expression.
 */
interface FurtherDatesRule {
  name: string;
  /** A cheap test the clause must pass before the dates module runs on it (most clauses pass none). */
  when: RegExp;
  /** `predicate` is the event cue's span, clause-relative. */
  find: (clause: string, found: TemporalExpression[], predicate: { start: number; end: number }) => TemporalExpression[];
  /** The further mention's status; by default scheduled when after publication, else in force. */
  status?: 'enacted';
}

/** Right before a date from which a duty applies: "from March 20", "as of July 1", "with effect from Monday". */
const APPLIES_FROM_LEAD = /\b(?:(?:with effect |as )?from|as of)\s+$/i;
/** "from 2019 to 2021", "from Monday until Friday": a range, not a start. */
const RANGE_AFTER = /^\s*(?:to|until|till|through|-|–)\s/i;
/** The dates module reads "2019 to 2021" as one expression: a range all the same. */
const RANGE_WITHIN = /\s(?:to|until|till|through)\s|\d\s*[-–]\s*\d/i;
/** A duty or a prohibition the date can start: "must not be used", "will be required", "may no longer", "is banned", "will restrict exports … from July 23". */
const DUTY = /\b(?:will (?:also |further )?(?:ban|restrict|block|bar|prohibit|limit|curb|require|suspend)|(?:start|begin)\w*\s+(?:to\s+)?enforc\w*|must|shall|will have to|(?:is|are|will be) (?:required|obliged|banned|barred|prohibited|forbidden)|(?:may|can|will) no longer|(?:must|may|shall|will) not)\b/i;

/** Verbs of a policy act that a relative clause may report with its own date: "the ban that the cabinet imposed last week". */
const ACT_VERB = /\b(?:implemented|imposed|introduced|adopted|passed|enacted|signed|approved|issued|ordered|banned|blocked|announced|unveiled|ratified|decreed)\b/i;

export const FURTHER_DATES_RULES: readonly FurtherDatesRule[] = [
  {
    /**
     * "signed the bill on Wednesday, and it takes effect on Jan. 1" → the entry into force on Jan. 1;
     * "will take effect in three stages: on Friday, on Oct. 12 and on Oct. 21" → one per stage.
     */
    name: 'takes-effect',
    when: /\b(?:effect|force|apply from|starting|beginning|effective)\b/i,
    find(clause, found) {
      // (each entry into force the clause tells, until one is dated: "More than three years after the law came into
      // force, the government issued a decree which will come into effect on 1 October 2022")
      TAKES_EFFECT.lastIndex = 0;
      for (let effect = TAKES_EFFECT.exec(clause); effect; effect = TAKES_EFFECT.exec(clause)) {
        if (MODAL_BEFORE.test(clause.slice(Math.max(0, effect.index - 20), effect.index))) return [];
        const from = effect.index + effect[0].length;
        const first = found.find((t) => t.start >= from);
        if (first && (first.start - from <= EFFECT_DATE_WITHIN || STAGES_LEAD.test(clause.slice(from, first.start)))) return list(clause, found, first);
      }
      return [];
    },
  },
  {
    /**
     * "decided the app must not be used on staff devices from March 20, according to a note issued on
     * Tuesday" → the duty applies from March 20: a duty or a prohibition (a modal, "no longer", a ban
     * verb) before "from", "as of" or "with effect from" and its date, not the start of a range
     * ("from 2019 to 2021").
     */
    name: 'applies-from',
    when: /\b(?:from|as of)\b/i,
    find(clause, found) {
      return found.filter((t) => {
        const before = clause.slice(Math.max(0, t.start - 24), t.start);
        if (!APPLIES_FROM_LEAD.test(before) || RANGE_AFTER.test(clause.slice(t.end, t.end + 12)) || RANGE_WITHIN.test(t.text)) return false;
        return DUTY.test(clause.slice(0, t.start)) && !MODAL_BEFORE.test(clause.slice(0, t.start));
      });
    },
  },
  {
    /**
     * "ruled that bidders must remove Huawei gear by January 2025", "will have to verify ages by March": a duty's
     * deadline is an event of its own (a fine and its deadline to comply are two), besides the act that lays it down.
     */
    name: 'duty-deadline',
    when: /\bby\b/i,
    find(clause, found) {
      return found.filter((t) => DEADLINE_LEAD.test(clause.slice(Math.max(0, t.start - 24), t.start)) && DUTY.test(clause.slice(0, t.start)) && !MODAL_BEFORE.test(clause.slice(0, t.start)));
    },
  },
  {
    /** "must remove 5G gear by June 2024 and 4G equipment by the end of 2027" → one mention per deadline. */
    name: 'further-deadlines',
    when: /\bby\b[^]*\bby\b/i,
    find(clause, found) {
      const isDeadline = (t: TemporalExpression): boolean => DEADLINE_LEAD.test(clause.slice(Math.max(0, t.start - 24), t.start));
      const out = new Set<TemporalExpression>();
      for (let i = 1; i < found.length; i += 1) {
        const previous = found[i - 1];
        const t = found[i];
        if (!previous || !t || !isDeadline(previous) || !isDeadline(t)) continue;
        if (!DEADLINE_JOIN.test(clause.slice(previous.end, t.start).replace(DEADLINE_LEAD, ''))) continue;
        out.add(previous).add(t);
      }
      return [...out];
    },
  },
  {
    /**
     * "adopted the ban on work phones that the cabinet imposed on ministers earlier this week": the
     * earlier act has a date of its own (resolve-dates keeps it off the main event), so it is one
     * more mention, enacted. Only a relative clause after the predicate, with an act verb before its date.
     */
    name: 'act-in-relative-clause',
    when: /\b(?:that|which)\s[^]*\b(?:implemented|imposed|introduced|adopted|passed|enacted|signed|approved|issued|ordered|banned|blocked|announced|unveiled|ratified|decreed)\b/i,
    status: 'enacted',
    find(clause, found, predicate) {
      const after = backgroundSpans(clause, predicate.start, predicate.end).find((b) => b.kind === 'after');
      if (!after || !/^\s*(?:,\s*)?(?:that|which)\b/i.test(clause.slice(after.start, after.start + 12))) return [];
      const first = found.find((t) => t.start >= after.start && t.end <= after.end);
      if (!first || !ACT_VERB.test(clause.slice(after.start, first.start))) return [];
      return [first];
    },
  },
];

/** `first` and the dates that follow it as one list ("on Friday, on Oct. 12, and on Oct. 21"). */
function list(clause: string, found: TemporalExpression[], first: TemporalExpression): TemporalExpression[] {
  const out = [first];
  for (const t of found) {
    const last = out[out.length - 1];
    if (!last || t.start < last.end || t === first) continue;
    if (!LIST_GAP.test(clause.slice(last.end, t.start))) break;
    out.push(t);
  }
  return out;
}

/**
 * A law takes effect after it is made: "signed the law in March, and it was set to take effect on
 * Oct. 1" (published in August) — the past tense resolved the yearless "Oct. 1" back to last year;
 * a yearless (relative) effect date before the enactment's is moved on a year.
 */
function notBeforeEnactment<T extends { value: string; basis: string }>(when: T, enacted: string | null): T {
  if (!enacted || when.basis !== 'relative' || !/^\d{4}-\d{2}/.test(when.value)) return when;
  if (when.value >= enacted.slice(0, when.value.length)) return when;
  const later = `${Number(when.value.slice(0, 4)) + 1}${when.value.slice(4)}`;
  return later >= enacted.slice(0, later.length) ? { ...when, value: later } : when;
}

/**
 * A sentence that signs a law and dates its entry into force states two events: the enactment
 * (dated by the clause's governing expression) and the entry into force (dated by the expression
 * after "takes effect"); a rule that takes effect in stages states one per stage; an obligation
 * with two deadlines, one per deadline.
 *
 *   "The governor signed the bill on Wednesday, and it takes effect on Jan. 1."  (published 2023-05-18)
 *   → legislation 2023-05-17 (enacted) + legislation 2024-01-01 (scheduled)
 *   "The curbs will take effect in two stages: on Friday and on Oct. 21." (published Friday 2022-10-07)
 *   → trade_restriction 2022-10-07 + trade_restriction 2022-10-21 (both scheduled or in force by date)
 */
export const splitEffectiveDates: Stage = (ctx, candidates) =>
  candidates.flatMap((c) => {
    if (!HAS_EFFECT_DATE.has(c.type) || c.status === 'in_force') return [c];
    // an adverbial clause after the predicate tells another act's entry into force ("issued an order … — after a law
    // banning the app went into effect this weekend"), not this one's
    const whole = ctx.article.text.slice(c.clauseStart, c.clauseEnd);
    const sub = subordinateStart(whole);
    const clause = sub >= 0 && c.clauseStart + sub > c.cue.end ? whole.slice(0, sub) : whole;
    const rules = FURTHER_DATES_RULES.filter((rule) => rule.when.test(clause));
    if (!rules.length) return [c];
    // The whole clause goes to the dates module, so the tense of "takes effect" resolves "Jan. 1" forward.
    const found = temporalExpressions(clause, ctx.article.published);
    const predicate = { start: c.cue.start - c.clauseStart, end: c.cue.end - c.clauseStart };
    const further = rules.flatMap((rule) => rule.find(clause, found, predicate).map((t) => ({ t, rule })));
    // The expression that already dates the candidate is not a second event: the first of a list
    // when the clause has no other date ("The curbs take effect in two stages: on Friday and …").
    const own = found.filter((t) => t.value === c.date.value);
    const published = ctx.article.published;
    const seen = new Set<number>();
    const entries: Candidate[] = [];
    // effect-date-only: "the bill was passed … and is set to take effect in January 2026": the only date is the entry
    // into force, so the act itself (not an effect cue) has no date of its own and is the report's
    let main = c;
    const cueText = ctx.article.text.slice(c.cue.start, c.cue.end);
    // (or an announcement before the cue: "has announced that starting on August 1, export restrictions will apply": the
    // announcement is the report's, the restriction applies from August 1)
    const announced = ANNOUNCED_THAT.test(ctx.masked.slice(c.clauseStart, c.cue.start));
    const effectOnly =
      own.length === 1 && further.some(({ t, rule }) => t === own[0] && rule.name === 'takes-effect') && !EFFECT_CUE_NAMES.has(c.cue.name) &&
      c.date.basis !== 'reported' && (MAKING_VERB.test(cueText) || announced) && !TAKES_EFFECT_IN.test(cueText);
    if (effectOnly && published) main = { ...c, date: { value: published, precision: 'day', basis: 'reported' } };
    for (const { t, rule } of further) {
      if (seen.has(t.start)) continue;
      seen.add(t.start);
      if (own.length === 1 && own[0] === t && !effectOnly) continue;
      const when = rule.status === 'enacted' ? t : notBeforeEnactment(t, c.date.value);
      const future = published !== null && when.value.slice(0, 10) > published.slice(0, when.value.length);
      const status = rule.status ?? (future ? 'scheduled' : 'in_force');
      entries.push({ ...c, date: { value: when.value, precision: when.precision, basis: when.basis }, status });
    }
    return [main, ...entries];
  });
