import { temporalExpressions } from '../temporal';
import type { EventType } from '../../../db/vocabulary/taxonomy';
import type { Candidate, Stage } from '../types';

/** Events whose entry into force is an event of its own. */
const HAS_EFFECT_DATE: ReadonlySet<EventType> = new Set(['legislation', 'age_restriction', 'ban', 'device_ban', 'executive_action', 'data_governance']);
const TAKES_EFFECT = /\b(?:(?:takes|take|taking|took|will take|would take|goes|go|going|went|will go|comes|come|coming|came|will come)\s+(?:full\s+|partial\s+|fully\s+|partly\s+)?(?:into\s+)?(?:effect|force)|(?:will |would )?apply from|starting|beginning|effective)\b/gi;

/**
 * A sentence that signs a law and dates its entry into force states two events: the enactment
 * (dated by the clause's governing expression) and the entry into force (dated by the expression
 * after "takes effect").
 *
 *   "The governor signed the bill on Wednesday, and it takes effect on Jan. 1."  (published 2023-05-18)
 *   → legislation 2023-05-17 (enacted) + legislation 2024-01-01 (scheduled)
 */
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

export const splitEffectiveDates: Stage = (ctx, candidates) =>
  candidates.flatMap((c) => {
    if (!HAS_EFFECT_DATE.has(c.type) || c.status === 'in_force') return [c];
    const clause = ctx.article.text.slice(c.clauseStart, c.clauseEnd);
    TAKES_EFFECT.lastIndex = 0;
    const effect = TAKES_EFFECT.exec(clause);
    if (!effect) return [c];
    // "the regulation could take effect in 2026": a possibility, not a date set for it
    if (/\b(?:could|might|may)\s+(?:\w+\s+)?$/i.test(clause.slice(Math.max(0, effect.index - 20), effect.index))) return [c];
    // The whole clause goes to the dates module, so the tense of "takes effect" resolves "Jan. 1" forward.
    const from = effect.index + effect[0].length;
    const found = temporalExpressions(clause, ctx.article.published).find((t) => t.start >= from && t.start - from <= 12);
    if (!found || found.value === c.date.value) return [c];
    const when = notBeforeEnactment(found, c.date.value);
    const published = ctx.article.published;
    const future = published !== null && when.value.slice(0, 10) > published.slice(0, when.value.length);
    const entry: Candidate = {
      ...c,
      date: { value: when.value, precision: when.precision, basis: when.basis },
      status: future ? 'scheduled' : 'in_force',
    };
    return [c, entry];
  });
