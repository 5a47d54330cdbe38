import type { EventStatus, EventType } from '../../../db/vocabulary/taxonomy';
import { TAKES_EFFECT_PHRASE } from '../cues/effect-phrases';
import { EARLIER_STEP_GATE as GATE, ORDER_NOUN, STEP_BEFORE_DATE, STEP_TYPES, stepNoun } from '../cues/earlier-steps';
import { RESTRICTIONS } from '../cues/type-rules';
import { findJurisdictions } from '../../gazetteers/jurisdiction-matcher';
import { temporalExpressions } from '../temporal';
import type { Candidate, Stage } from '../types';


/** The acts an "order" can be: a regulator's, a court's, a government's. */
const ORDER_TYPES: ReadonlySet<EventType> = new Set(['enforcement', 'court', 'executive_action']);

/** "the injunction granted …" blocks; "the draft bill approved …" is still proposed; any other step was enacted. */
function statusOf(type: EventType, phrase: string): EventStatus | null {
  if (type === 'court') return /injunction/i.test(phrase) ? 'blocked' : null;
  if (type === 'investigation') return 'ongoing';
  if (IN_FORCE.test(phrase)) return 'in_force';
  return /\b(?:draft|proposed)\b/i.test(phrase) ? 'proposed' : 'enacted';
}

/** The step named is the act's start ("which began in", "opened in"): the clause's own act when its cue is that noun. */
const START_VERB = /\b(?:began|started|opened|launched)\s+(?:on|in)\s*$/i;

/** The step named is an entry into force (the phrases of effect-phrases.ts, and "a rule that became enforceable in 2018"). */
const IN_FORCE = new RegExp(String.raw`\b(?:${TAKES_EFFECT_PHRASE}|became enforceable)\b`, 'i');

/**
 * earlier-step: a clause that names a dated earlier step of the same process by its noun ("X asked
 * the court to renew the injunction granted on April 22", "fined the firm under the law passed in
 * 2021") states that step too: one more mention, in the clause's place, typed by the noun and dated
 * by the date (the corpus convention makes the law a fine rests on, and the ruling an appeal answers,
 * events of their own). Not when that date is already the clause's own.
 */
export const splitEarlierSteps: Stage = (ctx, candidates) =>
  candidates.flatMap((c) => {
    const clause = ctx.article.text.slice(c.clauseStart, c.clauseEnd);
    const daysAfter = daysAfterStep(ctx, c, clause);
    if (daysAfter) return [c, daysAfter];
    if (!GATE.test(clause)) return [c];
    const steps: Candidate[] = [];
    let own = c;
    for (const t of temporalExpressions(clause, ctx.article.published)) {
      if (t.value === c.date.value) continue;
      const m = STEP_BEFORE_DATE.exec(clause.slice(Math.max(0, t.start - 120), t.start));
      const noun = stepNoun(m);
      const named = ORDER_NOUN.test(noun) ? (ORDER_TYPES.has(c.type) ? c.type : undefined) : STEP_TYPES.find(([pattern]) => pattern.test(noun))?.[1];
      if (!m || !named) continue;
      // own-start: "It follows an investigation which began in September 2021": the step is the clause's own act (its cue
      // is the noun), dated by it, not a second event
      if (named === c.type && START_VERB.test(m[0]) && new RegExp(`\\b${noun}\\b`, 'i').test(ctx.article.text.slice(c.cue.start, c.cue.end))) {
        ctx.note?.(c, 'own-start', `"${m[0].trim()} ${t.text}"`);
        own = { ...own, date: { value: t.value, precision: t.precision, basis: t.basis } };
        continue;
      }
      // a bare "ban" is the clause's own restriction when it is one ("a ban on staff phones ordered in 2022")
      const type = named === 'ban' && RESTRICTIONS.has(c.type) ? c.type : named;
      ctx.note?.(c, 'earlier-step', `"${m[0].trim()} ${t.text}"`);
      steps.push({ ...c, type, status: statusOf(type, m[0]), date: { value: t.value, precision: t.precision, basis: t.basis }, earlierStep: true });
    }
    return [own, ...steps];
  });

/**
 * The act a few days or weeks before the clause's own, named with its subject and verb: "The Senate voted for the bill
 * Thursday, days after the National Assembly, the lower house, ratified it". Group 1 is the subject, 2 the verb.
 */
const DAYS_AFTER_STEP = /,\s+(?:just\s+|only\s+|a\s+few\s+|two\s+|three\s+)?(?:days|weeks?)\s+after\s+((?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?:,[^,]{1,40},)?\s+((?:had\s+)?(?:passed|approved|ratified|adopted|signed|fined|banned|blocked|ruled|voted\s+(?:for|to)))\b/i;
/** The type of the step by its verb. */
const DAYS_AFTER_TYPES: ReadonlyArray<[RegExp, EventType]> = [
  [/passed|approved|ratified|adopted|signed|voted/i, 'legislation'],
  [/fined/i, 'enforcement'],
  [/banned|blocked/i, 'ban'],
  [/ruled/i, 'court'],
];

/**
 * days-after-step: "…, days after the National Assembly, the lower house, ratified it" states the earlier act too, in the
 * month of the clause's own date (a few days or weeks before it; the text gives no day). Only where the clause's act is
 * dated, and the step's subject names no other place than the clause's.
 */
function daysAfterStep(ctx: Parameters<Stage>[0], c: Candidate, clause: string): Candidate | null {
  if (c.date.basis === 'reported' || !c.date.value || (c.date.precision !== 'day' && c.date.precision !== 'month')) return null;
  const m = DAYS_AFTER_STEP.exec(clause);
  if (!m || m.index < c.cue.end - c.clauseStart) return null;
  const places = findJurisdictions(m[1] ?? '', ctx.mainJurisdiction).map((r) => r.code);
  if (places.some((code) => code !== c.jurisdictions[0])) return null;
  const type = DAYS_AFTER_TYPES.find(([re]) => re.test(m[2] ?? ''))?.[1];
  if (!type) return null;
  ctx.note?.(c, 'days-after-step', `"${m[0].replace(/^,\s+/, '')}"`);
  return { ...c, type, status: 'enacted', date: { value: c.date.value.slice(0, 7), precision: 'month', basis: 'relative' }, earlierStep: true };
}
