import { WEAK_CUES } from '../cues/event-cues';
import { eventProbability, SENTENCE_MODEL, type SentenceModel } from '../sentence-classifier';
import type { ArticleContext, Candidate, Stage } from '../types';

/**
 * Wraps a filtering stage (requireActor): a candidate it drops is kept all the same when the learned
 * sentence classifier (sentence-classifier.ts) gives its sentence at least the model's threshold
 * and a place is known. The rules' blind spot is an actor they cannot name ("the Garante said it
 * had opened an investigation", "companies will be required to remove the gear by June"); the
 * classifier has seen such sentences in the tune split's gold. Measured on the held-back split
 * before it was kept (docs/extraction.md, "Learned sentence classifier"). `firmlyDropped` names the
 * filter's drops it may not overrule (requireActor's `private-speaker`).
 *
 *   "The watchdog, known locally by its acronym, opened an investigation on Friday."
 *   (no actor the rules can name; p ≥ threshold, place from the story) → kept
 */
export function keepLikelyEvents(
  filter: Stage,
  model: SentenceModel = SENTENCE_MODEL,
  firmlyDropped: (ctx: ArticleContext, c: Candidate) => boolean = () => false,
): Stage {
  const stage: Stage = (ctx, candidates) => {
    const out = filter(ctx, candidates);
    const kept = new Set(out);
    const rescued = new Set(
      candidates.filter((c) => {
        // A bare "said" is no act, however event-like its sentence ("Authorities said the fire was under control").
        if (kept.has(c) || !c.jurisdictions.length || WEAK_CUES.has(c.cue.name) || firmlyDropped(ctx, c)) return false;
        const p = eventProbability(ctx.masked.slice(c.sentence.start, c.sentence.end), model);
        if (p < model.threshold) return false;
        ctx.note?.(c, 'sentence-classifier', `p=${p.toFixed(2)} ≥ ${model.threshold}: kept although ${filter.name} dropped it`);
        return true;
      }),
    );
    if (!rescued.size) return out;
    // Input order, when the filter returned its input's own candidates (requireActor does).
    return out.every((c) => candidates.includes(c)) ? candidates.filter((c) => kept.has(c) || rescued.has(c)) : [...out, ...rescued];
  };
  return Object.defineProperty(stage, 'name', { value: `${filter.name}+classifier` });
}
