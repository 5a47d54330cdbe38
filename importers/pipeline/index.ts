import { findCompanies } from '../gazetteers/company-matcher';
import type { Article, Mention } from '../types';
import { maskQuotes } from './sentences/mask-quotes';
import { articleBlocks, splitSentences } from './sentences/split-sentences';
import { storyPlace } from './sentences/story-place';
import { chooseQuote } from './stages/choose-quote';
import { classifyStatus } from './stages/classify-status';
import { dateLeadByNewsDay } from './stages/date-lead-by-news-day';
import { dedupeEvents } from './stages/dedupe-events';
import { dropNonEvents } from './stages/drop-non-events';
import { dropRestatedHeadlines } from './stages/drop-restated-headlines';
import { findActors } from './stages/find-actors';
import { findCompanyNames } from './stages/find-companies';
import { findEventClauses } from './stages/find-event-clauses';
import { inheritJurisdiction } from './stages/inherit-jurisdiction';
import { SENTENCE_MODEL } from './sentence-classifier';
import { keepLikelyEvents } from './stages/keep-likely-events';
import { firmlyDropped, requireActor } from './stages/require-actor';
import { resolveDates } from './stages/resolve-dates';
import { scoreConfidence } from './stages/score-confidence';
import { splitCoordinatedActors } from './stages/split-coordinated-actors';
import { splitSeparatePenalties } from './stages/split-separate-penalties';
import { splitEffectiveDates } from './stages/split-effective-dates';
import { splitGappedTails } from './stages/split-gapped-tails';
import { splitEarlierSteps } from './stages/split-earlier-steps';
import { writeTitles } from './stages/write-titles';
import { runStage, runTraced, StageError, type PipelineTrace } from './trace';
import type { ArticleContext, Candidate, Sentence, Stage } from './types';

export type { ArticleContext, Candidate, Stage } from './types';
export { StageError, type PipelineTrace } from './trace';

/** The extraction pipeline, in order. A new rule is a new stage file and one line here. */
export const STAGES: readonly Stage[] = [
  findEventClauses,
  dropNonEvents,
  findActors,
  findCompanyNames,
  inheritJurisdiction,
  // requireActor's drops, unless the learned sentence classifier is confident (docs/extraction.md)
  keepLikelyEvents(requireActor, SENTENCE_MODEL, firmlyDropped),
  splitCoordinatedActors,
  splitSeparatePenalties,
  resolveDates,
  dateLeadByNewsDay,
  classifyStatus,
  splitGappedTails,
  splitEffectiveDates,
  splitEarlierSteps,
  chooseQuote,
  dedupeEvents,
  dropRestatedHeadlines,
  writeTitles,
  scoreConfidence,
];

/** The companies the article is about: the headline's, else the one the body names most. */
export function mainCompanies(sentences: Sentence[]): string[] {
  const headline = sentences.filter((s) => s.kind === 'headline').flatMap((s) => findCompanies(s.text).map((r) => r.name));
  if (headline.length) return [...new Set(headline)].slice(0, 1);
  const counts = new Map<string, number>();
  for (const s of sentences) for (const r of findCompanies(s.text)) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] >= 2 ? [top[0]] : [];
}

/** The jurisdiction the article is about (sentences/story-place.ts): headline, lead, then the most named. */
export function mainJurisdiction(sentences: Sentence[]): string | null {
  return storyPlace(sentences);
}

export function buildContext(article: Article): ArticleContext {
  const sentences = splitSentences(article);
  return { article, sentences, masked: maskBlocks(article), mainCompanies: mainCompanies(sentences), mainJurisdiction: mainJurisdiction(sentences) };
}

/** buildContext, a failure in it reported like a stage's (sentence splitting, masking, the article's main place and company). */
function contextOf(article: Article): ArticleContext {
  try {
    return buildContext(article);
  } catch (error) {
    throw new StageError('buildContext', article, error);
  }
}

/** Quotes can span sentences ("“… law. They must comply …,” a spokesperson said"): mask per block, not per sentence. */
function maskBlocks(article: Article): string {
  let out = '';
  let at = 0;
  for (const block of articleBlocks(article)) {
    if (block.start < at || block.end < block.start) continue;
    out += article.text.slice(at, block.start) + maskQuotes(article.text.slice(block.start, block.end));
    at = block.end;
  }
  return out + article.text.slice(at);
}

function toMention(c: Candidate, article: Article): Mention {
  return {
    date: c.date,
    jurisdiction: c.jurisdictions[0] ?? null,
    companies: c.companies,
    type: c.type,
    status: c.status,
    title: c.title,
    quote: article.text.slice(c.quoteStart, c.quoteEnd),
    quoteStart: c.quoteStart,
    quoteEnd: c.quoteEnd,
    confidence: c.confidence,
  };
}

/**
 * Runs the stages over candidates (exported for tests that run a prefix of the pipeline). With a
 * `trace`, records what each stage took in and gave out and the rules it named (`--explain`).
 * A stage that throws surfaces as a StageError naming the stage and the article.
 */
export function runStages(article: Article, stages: readonly Stage[] = STAGES, trace?: PipelineTrace): Candidate[] {
  const ctx = contextOf(article);
  if (trace) return runTraced(ctx, stages, trace);
  let candidates: Candidate[] = [];
  for (let i = 0; i < stages.length; i++) candidates = runStage(stages[i]!, i, ctx, candidates);
  return candidates;
}

/**
 * Article → dated event mentions. Pure and deterministic. A stage that throws is not turned into
 * "no events": the StageError (stage, article, cause) propagates, and the callers report it and go on
 * with the next article (`timeline extract` on stderr, `timeline import` as a failure).
 */
export function extractMentions(article: Article, stages: readonly Stage[] = STAGES, trace?: PipelineTrace): Mention[] {
  return runStages(article, stages, trace).map((c) => toMention(c, article));
}
