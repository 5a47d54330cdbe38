import { eventProbability, SENTENCE_MODEL, sentenceFeatures, type SentenceModel } from '../../../importers/pipeline/sentence-classifier';
import { keepLikelyEvents } from '../../../importers/pipeline/stages/keep-likely-events';
import { requireActor } from '../../../importers/pipeline/stages/require-actor';
import { runStages, STAGES, type Stage } from '../../../importers/pipeline';
import { explainArticle, formatExplanation } from '../../../importers/pipeline/explain';
import { makeArticle } from './make-article';

// A hand-made model, so the tests check the mechanism and not what the learned weights happen to be.
const toy: SentenceModel = { bias: -2, weights: { 'w:inquiry': 3, 'b:opened_an': 1.5, 'w:shares': -2 }, threshold: 0.8 };

describe('sentenceFeatures', () => {
  it('gives lower-cased words with digits folded, and adjacent pairs, once each', () => {
    expect(sentenceFeatures('The Board opened an inquiry in 2024, the board said.')).toEqual([
      'w:the', 'w:board', 'b:the_board', 'w:opened', 'b:board_opened', 'w:an', 'b:opened_an', 'w:inquiry', 'b:an_inquiry', 'w:in', 'b:inquiry_in',
      'w:0000', 'b:in_0000', 'b:0000_the', 'w:said', 'b:board_said',
    ]);
  });
});

describe('eventProbability', () => {
  it('is the logistic of the bias plus the weights of the features present', () => {
    expect(eventProbability('Shares fell.', toy)).toBeCloseTo(1 / (1 + Math.exp(4)), 6);
    expect(eventProbability('The board opened an inquiry.', toy)).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 6);
  });

  it('ships weights of single words and word pairs only, no article text', () => {
    const keys = Object.keys(SENTENCE_MODEL.weights);
    expect(keys.length).toBeGreaterThan(100);
    for (const k of keys) expect(k).toMatch(/^(?:w:[a-z0-9']+|b:[a-z0-9']+_[a-z0-9']+)$/);
    expect(SENTENCE_MODEL.threshold).toBeGreaterThan(0.5);
  });
});

describe('keepLikelyEvents(requireActor)', () => {
  // Fictional: an authority the gazetteers do not know, so requireActor finds no governmental actor.
  const article = makeArticle('Norway watchdog looks into RideCo', [
    'Norway is weighing new rules for ride apps.',
    'The Zentrova board said on Friday it opened an inquiry into RideCo.',
  ]);
  const upTo = (wrapped: Stage): Stage[] => [...STAGES.slice(0, STAGES.findIndex((s) => s.name.startsWith('requireActor'))), wrapped];

  it('keeps a candidate the rules drop when the model is confident and a place is known, and names why', () => {
    const rulesOnly = runStages(article, upTo(requireActor)).filter((c) => c.sentence.index === 2);
    const withModel = runStages(article, upTo(keepLikelyEvents(requireActor, toy))).filter((c) => c.sentence.index === 2);
    expect(rulesOnly).toEqual([]);
    expect(withModel).toHaveLength(1);
    expect(withModel[0]!.jurisdictions).toEqual(['NO']);
  });

  it('drops it still when the model is not confident', () => {
    const unsure = { ...toy, threshold: 0.99 };
    expect(runStages(article, upTo(keepLikelyEvents(requireActor, unsure))).filter((c) => c.sentence.index === 2)).toEqual([]);
  });

  it('tells --explain why it kept the candidate', () => {
    const e = explainArticle(article, upTo(keepLikelyEvents(requireActor, toy)));
    const story = e.sentences[2]!.candidates[0]!;
    expect(story.outcome.kind).toBe('mention');
    expect(story.notes).toContainEqual(expect.objectContaining({ stage: 'requireActor+classifier', rule: 'sentence-classifier' }));
    expect(formatExplanation(e)).toMatch(/kept by requireActor\+classifier, rule sentence-classifier \(p=0\.\d\d ≥ 0\.8/);
  });

  it('is named after the stage it wraps, so --explain attributes drops to it', () => {
    expect(keepLikelyEvents(requireActor, toy).name).toBe('requireActor+classifier');
  });
});
