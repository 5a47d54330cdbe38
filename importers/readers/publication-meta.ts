import type { ArticleMeta } from '../types';

/** One source of article metadata: the manifest, front matter, HTML metadata, a feed item, the text itself. */
export interface MetaSource {
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

/** Dates that are guesses rather than statements, used in this order when no source states one. */
export interface InferredDates {
  /** `--published`: the user's date for whatever nothing else dates. */
  fallback: string | null;
  /** A dateline found in the text; computed only when needed. */
  dateline: () => string | null;
}

function first(sources: MetaSource[], field: keyof MetaSource): string | null {
  for (const source of sources) {
    const value = source[field]?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Merges metadata, strongest source first (CONTRACT.md: the manifest wins where sources disagree).
 * `publishedInferred` is true only when the date came from --published or a dateline.
 */
export function resolveMeta(sources: MetaSource[], inferred: InferredDates): ArticleMeta {
  const stated = first(sources, 'published');
  const guessed = stated ? null : (inferred.fallback ?? inferred.dateline());
  return {
    title: first(sources, 'title') ?? '',
    published: stated ?? guessed,
    publishedInferred: !stated && guessed !== null,
    url: first(sources, 'url'),
    outlet: first(sources, 'outlet'),
  };
}
