/**
 * Does the sentence classifier help as a filter? Runs the pipeline with a stage after dropNonEvents
 * that drops candidates whose sentence scores under a threshold, and prints strict P/R/F1 (the
 * scorer's rule) per threshold: on the tune split with out-of-fold models (each article filtered by
 * a model that never saw it: the honest way to choose a threshold), then the held-back split's
 * score lines only (its misses are never printed).
 *
 *   npx tsx scripts/evaluate-classifier.ts
 */
import { basename, resolve } from 'node:path';
import { extractMentions, STAGES, type Stage } from '../importers/pipeline';
import { eventProbability, SENTENCE_MODEL, type SentenceModel } from '../importers/pipeline/sentence-classifier';
import { keepLikelyEvents } from '../importers/pipeline/stages/keep-likely-events';
import { requireActor } from '../importers/pipeline/stages/require-actor';
import { readInputs } from '../importers/readers';
import type { Article } from '../importers/types';
import { loadSplit, matchArticle, type GoldEvent } from './gold-match';
import { DEFAULT_TRAINING, train, tuneExamples } from './train-sentence-classifier';

function filterStage(model: SentenceModel, threshold: number): Stage {
  const dropUnlikelySentences: Stage = (ctx, candidates) => candidates.filter((c) => eventProbability(ctx.masked.slice(c.sentence.start, c.sentence.end), model) >= threshold);
  return dropUnlikelySentences;
}

/** The pipeline without the classifier: plain requireActor where STAGES wraps it. */
const RULES_ONLY: Stage[] = STAGES.map((s) => (s.name === 'requireActor+classifier' ? requireActor : s));

/** The shipped use: keep a candidate requireActor drops when its sentence scores at least `threshold` (a recall signal). */
function rescueStage(model: SentenceModel, threshold: number): Stage[] {
  return RULES_ONLY.map((s) => (s === requireActor ? keepLikelyEvents(requireActor, { ...model, threshold }) : s));
}

function withFilter(stage: Stage | null): Stage[] {
  if (!stage) return RULES_ONLY;
  const at = RULES_ONLY.findIndex((s) => s.name === 'dropNonEvents') + 1;
  return [...RULES_ONLY.slice(0, at), stage, ...RULES_ONLY.slice(at)];
}

interface Totals {
  extracted: number;
  required: number;
  strictMatched: number;
  strictRequired: number;
}

function score(articles: Article[], gold: Map<string, GoldEvent[]>, stagesFor: (a: Article) => Stage[]): Totals {
  const t: Totals = { extracted: 0, required: 0, strictMatched: 0, strictRequired: 0 };
  for (const a of articles) {
    const g = gold.get(basename(a.file)) ?? [];
    const mentions = extractMentions(a, stagesFor(a)).map((m) => ({ quote: m.quote, jurisdiction: m.jurisdiction, type: m.type, date: m.date.value, basis: m.date.basis }));
    const pairs = matchArticle(g, mentions);
    t.extracted += mentions.length;
    t.required += g.filter((e) => e.required).length;
    t.strictMatched += pairs.filter((p) => p.dateOk).length;
    t.strictRequired += pairs.filter((p) => p.dateOk && g[p.gold]!.required).length;
  }
  return t;
}

const line = (t: Totals): string => {
  const p = t.strictMatched / Math.max(1, t.extracted);
  const r = t.strictRequired / Math.max(1, t.required);
  return `strict P ${(p * 100).toFixed(1)} R ${(r * 100).toFixed(1)} F1 ${((p + r ? (2 * p * r) / (p + r) : 0) * 100).toFixed(1)} (${t.extracted} mentions)`;
};

async function articlesOf(manifest: string): Promise<Article[]> {
  const out: Article[] = [];
  for await (const r of readInputs([], { manifest })) if (r.ok) out.push(r.article);
  return out;
}

async function main(): Promise<void> {
  const corpus = resolve(process.env.TIMELINE_DEV_CORPUS ?? resolve(__dirname, '../../shared/corpus/dev'));
  const tune = loadSplit(corpus, 'tune');
  const held = loadSplit(corpus, 'heldback');
  const tuneArticles = await articlesOf(tune.manifestPath);
  const heldArticles = await articlesOf(held.manifestPath);
  const thresholds = [0.1, 0.2, 0.3, 0.4, 0.5];

  // Out-of-fold models for the tune split (6 folds by article, as in training's cross-validation).
  const examples = await tuneExamples(corpus);
  const names = [...new Set(examples.map((e) => e.article))].sort();
  const foldModel = new Map<string, SentenceModel>();
  for (let k = 0; k < 6; k++) {
    const out = new Set(names.filter((_, i) => i % 6 === k));
    const model = train(examples.filter((e) => !out.has(e.article)), DEFAULT_TRAINING);
    for (const n of out) foldModel.set(n, model);
  }
  console.log(`tune, rules only:            ${line(score(tuneArticles, tune.gold, () => withFilter(null)))}`);
  for (const th of thresholds) {
    console.log(`tune, out-of-fold p ≥ ${th.toFixed(1)}:  ${line(score(tuneArticles, tune.gold, (a) => withFilter(filterStage(foldModel.get(basename(a.file))!, th))))}`);
  }
  for (const th of [0.7, 0.8, 0.9]) {
    console.log(`tune, out-of-fold rescue of requireActor drops at p ≥ ${th.toFixed(1)}:  ${line(score(tuneArticles, tune.gold, (a) => rescueStage(foldModel.get(basename(a.file))!, th)))}`);
  }
  console.log(`held-back, rules only:       ${line(score(heldArticles, held.gold, () => withFilter(null)))}`);
  for (const th of [0.7, 0.8, 0.9]) console.log(`held-back, rescue of requireActor drops at p ≥ ${th.toFixed(1)}:  ${line(score(heldArticles, held.gold, () => rescueStage(SENTENCE_MODEL, th)))}`);
  for (const th of thresholds) console.log(`held-back, p ≥ ${th.toFixed(1)}:        ${line(score(heldArticles, held.gold, () => withFilter(filterStage(SENTENCE_MODEL, th))))}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`evaluate-classifier: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
