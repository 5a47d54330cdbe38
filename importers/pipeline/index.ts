import { findCompanies } from '../gazetteers/company-matcher';
import type { Article, Mention } from '../types';
import { maskQuotes } from './sentences/mask-quotes';
import { articleBlocks, splitSentences } from './sentences/split-sentences';
import { storyPlace } from './sentences/story-place';
import { chooseQuote } from './stages/choose-quote';
import { classifyStatus } from './stages/classify-status';
import { dedupeEvents } from './stages/dedupe-events';
import { dropNonEvents } from './stages/drop-non-events';
import { dropRestatedHeadlines } from './stages/drop-restated-headlines';
import { findActors } from './stages/find-actors';
import { findCompanyNames } from './stages/find-companies';
import { findEventClauses } from './stages/find-event-clauses';
import { inheritJurisdiction } from './stages/inherit-jurisdiction';
import { requireActor } from './stages/require-actor';
import { resolveDates } from './stages/resolve-dates';
import { scoreConfidence } from './stages/score-confidence';
import { splitCoordinatedActors } from './stages/split-coordinated-actors';
import { splitEffectiveDates } from './stages/split-effective-dates';
import { writeTitles } from './stages/write-titles';
import type { ArticleContext, Candidate, Sentence, Stage } from './types';

export type { ArticleContext, Candidate, Stage } from './types';

/** The extraction pipeline, in order. A new rule is a new stage file and one line here. */
export const STAGES: readonly Stage[] = [
  findEventClauses,
  dropNonEvents,
  findActors,
  findCompanyNames,
  inheritJurisdiction,
  requireActor,
  splitCoordinatedActors,
  resolveDates,
  classifyStatus,
  splitEffectiveDates,
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

/** Runs the stages over candidates (exported for tests that run a prefix of the pipeline). */
export function runStages(article: Article, stages: readonly Stage[] = STAGES): Candidate[] {
  const ctx = buildContext(article);
  return stages.reduce<Candidate[]>((candidates, stage) => stage(ctx, candidates), []);
}

/**
 * Article → dated event mentions. Pure and deterministic; never throws (a failure in one article
 * yields no mentions for it rather than stopping an import).
 */
export function extractMentions(article: Article): Mention[] {
  try {
    return runStages(article).map((c) => toMention(c, article));
  } catch {
    return [];
  }
}
