import { distance } from 'fastest-levenshtein';

/**
 * The known name a mistyped one most likely meant, or null when none is close: at most two edits,
 * and fewer than half the word's letters (so "q" does not suggest "to").
 *   closestName('jurisdicton', ['jurisdiction', 'company']) → 'jurisdiction'
 */
export function closestName(input: string, known: readonly string[]): string | null {
  const word = input.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(word, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= 2 && bestDistance * 2 < word.length ? best : null;
}
