import type { EventStatus, EventType } from '../../db/vocabulary/taxonomy';
import type { Article, EventDate } from '../types';
import type { Sentence } from './sentences/split-sentences';

export type { Sentence } from './sentences/split-sentences';

/** What every stage may read about the article; built once per article, never changed by stages. */
export interface ArticleContext {
  article: Article;
  sentences: Sentence[];
  /** article.text with quoted speech blanked block by block (same offsets): what cues read. */
  masked: string;
  /** Companies the article is about: the headline's, else the most named one; what "the app" and "the company" refer to. */
  mainCompanies: string[];
  /** The jurisdiction the article is about (the headline's, else the one the body names most); null if none. */
  mainJurisdiction: string | null;
  /**
   * Set only when the run is traced (`timeline extract --explain`): a stage names the rule that
   * kept, dropped or chose something for a candidate ("opinion", "event-tier \"on Friday\"").
   * Stages call it as `ctx.note?.(c, 'rule-name', 'detail')`; untraced runs pay nothing.
   */
  note?: (candidate: Candidate, rule: string, detail?: string) => void;
}

/** Where in a clause the event's predicate stands, and which cue found it. */
export interface EventCue {
  type: EventType;
  /** Cue name, for confidence and debugging: "device-ban:ban-on-government-devices". */
  name: string;
  weight: number;
  /** Offsets of the cue's match in article.text. */
  start: number;
  end: number;
  /** True when the cue stands only in an adverbial clause after the predicate (", after the firm changed …"): background, not the event. */
  subordinate?: boolean;
  /** The type rule (cues/type-rules.ts) that set the type after the cue, for --explain. */
  typeRule?: string;
}

/**
 * An event in the making: stages fill the fields in order. Offsets index article.text.
 * `clauseStart..clauseEnd` is the clause that states the event (the sentence unless it holds two events).
 */
export interface Candidate {
  sentence: Sentence;
  clauseStart: number;
  clauseEnd: number;
  cue: EventCue;
  type: EventType;
  status: EventStatus | null;
  /** Jurisdictions of the actor(s); one per candidate after the coordination stage. */
  jurisdictions: string[];
  /** How the jurisdiction was found: named in the clause, or carried over from the previous event. */
  jurisdictionSource: 'actor' | 'object' | 'inherited' | null;
  companies: string[];
  companiesInherited: boolean;
  date: EventDate;
  quoteStart: number;
  quoteEnd: number;
  title: string;
  confidence: number;
  /** A step named by its noun inside another act's clause ("a law passed in April"), copied out by splitEarlierSteps. */
  earlierStep?: boolean;
  /** Set by the runner only when tracing: which candidate this is, across stages (spreads carry it). */
  traceId?: number;
}

/**
 * One pipeline stage: a pure function from the article and the candidates so far to the next
 * candidates. A stage may add, drop, split or fill candidates; it never mutates its input.
 */
export type Stage = (ctx: ArticleContext, candidates: Candidate[]) => Candidate[];
