import { NAME_WORDS } from './name-words';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { SYNONYM } from './synonyms';
import { words } from './words';

/** The content words of a text: stemmed, without stopwords, numbers, company, country and place names. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of words(text)) {
    if (word.length < 2 || /^\d+$/.test(word) || STOPWORDS.has(word) || NAME_WORDS.has(word)) continue;
    const stemmed = stem(word);
    out.add(SYNONYM.get(stemmed) ?? stemmed);
  }
  return out;
}

/**
 * Long quotes carry appositions and asides ("…, the Silicon Valley company it chose as its partner"),
 * so past this many content words the shared words needed stop growing: four shared words of two long
 * sentences (with place, type, company and date already agreeing) are strong enough evidence.
 */
const SATURATION = 6;

/**
 * Overlap coefficient of content words, |A ∩ B| / min(|A|, |B|, SATURATION): a short headline inside a
 * long body sentence still scores high. A single shared word is never enough unless one side has only
 * one or two.
 */
export function wordingSimilarity(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const smaller = Math.min(wa.size, wb.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  if (shared < 2 && smaller > 2) return 0;
  return Math.min(1, shared / Math.min(smaller, SATURATION));
}

/** Best similarity between any of the mention's texts and any of the event's. */
export function bestWordingSimilarity(mentionTexts: string[], eventTexts: string[]): number {
  let best = 0;
  for (const a of mentionTexts) for (const b of eventTexts) best = Math.max(best, wordingSimilarity(a, b));
  return best;
}

/**
 * Share of the shorter text's content words that the longer one has, |A ∩ B| / min(|A|, |B|): within
 * one article (pipeline/stages/dedupe-events.ts), where place, type and date already agree.
 */
export function wordingOverlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const small = wa.size <= wb.size ? wa : wb;
  const large = small === wa ? wb : wa;
  if (!small.size) return 0;
  let hit = 0;
  for (const w of small) if (large.has(w)) hit++;
  return hit / small.size;
}
