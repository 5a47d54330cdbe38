import type { DateBasis, EventStatus, EventType, Precision } from '../db/vocabulary/taxonomy';

/** A date with the precision the text supports, never more: { value: '2023-02', precision: 'month', basis: 'relative' }. */
export interface EventDate {
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null when unknown. */
  value: string | null;
  precision: Precision | null;
  basis: DateBasis;
}

/** Publication metadata, from the manifest, front matter, HTML metadata or a feed item. */
export interface ArticleMeta {
  title: string;
  /** 'YYYY-MM-DD' or null when unknown. */
  published: string | null;
  /** True when `published` was not stated but inferred (e.g. from --published or a date in the text). */
  publishedInferred: boolean;
  url: string | null;
  outlet: string | null;
}

/** A span of `Article.text` that extraction reads; boilerplate (captions, teasers, prompts) is simply not a block. */
export interface TextBlock {
  start: number;
  end: number;
  kind: 'headline' | 'body';
}

/** One article as a reader hands it to the pipeline. */
export interface Article extends ArticleMeta {
  /** The input it came from, as the user named it (manifest `file`, a path, or a URL). */
  file: string;
  /** The article's text as it will be stored; offsets below index into it. */
  text: string;
  /** Where `text` starts in the input file, when `text` is a verbatim slice of it (plain text); null for derived text (HTML, feeds). */
  fileOffset: number | null;
  /** Headline and body paragraphs, in order, excluding boilerplate. */
  blocks: TextBlock[];
}

/** A dated event mention found in one article (internal shape; see contract-mention.ts for the output). */
export interface Mention {
  date: EventDate;
  /** ISO 3166-1 alpha-2, 'EU', or ISO 3166-2 ('US-MT'); null when none. */
  jurisdiction: string | null;
  /** Canonical company names. */
  companies: string[];
  type: EventType;
  status: EventStatus | null;
  title: string;
  /** The verbatim sentence: always article.text.slice(quoteStart, quoteEnd). */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  confidence: number;
}

/** What a reader yields per article or per failure: failures name the input and the reason, and never stop the rest. */
export type ReadResult = { ok: true; article: Article } | { ok: false; input: string; reason: string };
