import type { Sentence } from '../types';

/** A sentence of prose: eight words or more, ending as a sentence does. */
const PROSE = /^(?=(?:\S+\s+){7,}\S)[\s\S]*[.!?]["'”’)]*$/;

/**
 * The sentence that opens the story: the first body sentence of prose. A page's leftover caption or
 * credit line ("Comment on the photo, Ann Roe, CEO of Zenith") and the headline come before it and
 * are not the lead; a dateline ("BONN, Oct 1 (Reuters) -") can only open this one.
 */
export function openingSentence(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((s) => s.kind === 'body' && PROSE.test(s.text));
}
