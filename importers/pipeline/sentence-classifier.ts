/**
 * A learned signal beside the rules: logistic regression over a sentence's words and word pairs,
 * "does this sentence state a policy event?". Trained by scripts/train-sentence-classifier.ts on
 * the tune split's gold only; the weights file holds feature weights, never article text (a feature
 * is kept only when it occurs in at least two tune articles).
 *
 *   eventProbability('The regulator fined the company on Tuesday.') → about 0.6
 *   eventProbability('Shares rose 3 per cent in early trading.')   → about 0.1
 */
import weights from './model/sentence-event.weights.json';

export interface SentenceModel {
  bias: number;
  weights: Record<string, number>;
  /** The probability under which a stage that filters on it drops a candidate. */
  threshold: number;
}

/** Lower-cased words (digits folded to 0) and adjacent pairs, each once: the model's features. */
export function sentenceFeatures(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\d/g, '0')
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length > 0);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    out.add(`w:${tokens[i]}`);
    if (i > 0) out.add(`b:${tokens[i - 1]}_${tokens[i]}`);
  }
  return [...out];
}

export const SENTENCE_MODEL: SentenceModel = weights as SentenceModel;

/** P(event | sentence) under the model. */
export function eventProbability(text: string, model: SentenceModel = SENTENCE_MODEL): number {
  let z = model.bias;
  for (const f of sentenceFeatures(text)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
