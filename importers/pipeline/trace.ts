import type { Article } from '../types';
import type { ArticleContext, Candidate, Stage } from './types';

/** A rule a stage named for one candidate (`ctx.note?.(c, 'opinion')`). */
export interface TraceNote {
  /** The candidate's traceId (0 when the stage noted a candidate it was still creating). */
  id: number;
  rule: string;
  detail?: string;
}

/** One stage as it ran: what came in, what went out, and the rules it named. */
export interface StageStep {
  stage: string;
  input: readonly Candidate[];
  /** The stage's output, each candidate with its traceId (a copy gets a new id, see `splitFrom`). */
  output: readonly Candidate[];
  notes: readonly TraceNote[];
  /** Candidates this stage returned twice or more (one per jurisdiction, an entry into force): new id → the id it was copied from. */
  splitFrom: ReadonlyMap<number, number>;
}

/** What a traced run recorded: the context every stage read and each stage's step, in order. */
export interface PipelineTrace {
  ctx: ArticleContext;
  steps: StageStep[];
}

/** A stage's name as its file exports it ("dropNonEvents"); arrow functions assigned to a const carry it. */
export function stageName(stage: Stage, index: number): string {
  return stage.name || `stage ${index + 1}`;
}

/** A label that finds the article again in a report: its file, and its title when it has one. */
export function articleLabel(article: Article): string {
  return article.title ? `${article.file} ("${article.title.slice(0, 80)}")` : article.file;
}

/**
 * A stage threw: names the stage and the article, keeps the original error as `cause`. Callers
 * report it (stderr in `timeline extract`, a failure line in `timeline import`); nothing turns it
 * into "no events".
 */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    readonly article: Article,
    cause: unknown,
  ) {
    super(`stage ${stage} failed on ${articleLabel(article)}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StageError';
  }
}

/** Runs one stage; a throw becomes a StageError naming the stage and the article. */
export function runStage(stage: Stage, index: number, ctx: ArticleContext, candidates: Candidate[]): Candidate[] {
  try {
    return stage(ctx, candidates);
  } catch (error) {
    throw error instanceof StageError ? error : new StageError(stageName(stage, index), ctx.article, error);
  }
}

/**
 * Runs the stages and records each step. Drops are attributed to a stage generically (a candidate
 * that came in and did not go out); the rule, when the stage names one, comes from `ctx.note`.
 * Every candidate gets a traceId when it first appears; one returned twice gets a fresh id per
 * copy, so each mention has one history.
 */
export function runTraced(ctx: ArticleContext, stages: readonly Stage[], trace: PipelineTrace): Candidate[] {
  trace.ctx = ctx;
  let nextId = 1;
  let candidates: Candidate[] = [];
  stages.forEach((stage, index) => {
    const notes: TraceNote[] = [];
    const traced: ArticleContext = { ...ctx, note: (c, rule, detail) => notes.push({ id: c.traceId ?? 0, rule, ...(detail === undefined ? {} : { detail }) }) };
    const returned = runStage(stage, index, traced, candidates);
    const seen = new Set<number>();
    const splitFrom = new Map<number, number>();
    const output = returned.map((c) => {
      if (c.traceId === undefined) return { ...c, traceId: nextId++ };
      if (!seen.has(c.traceId)) {
        seen.add(c.traceId);
        return c;
      }
      const id = nextId++;
      splitFrom.set(id, c.traceId);
      return { ...c, traceId: id };
    });
    trace.steps.push({ stage: stageName(stage, index), input: candidates, output, notes, splitFrom });
    candidates = output;
  });
  return candidates;
}
