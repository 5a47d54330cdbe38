import { lineKey } from './line-key';
import type { ManifestEntry } from './manifest';
import type { MetaSource } from './publication-meta';

/**
 * The manifest entry that describes an article of a derived format (HTML page, feed item, JSON
 * line): for a one-article format (an HTML page) its only entry, else the entry with the same
 * title. Text files are split at entry titles instead (plain-text-reader.ts).
 */
export function manifestEntryFor(title: string, entries: ManifestEntry[] | null, oneArticle: boolean): MetaSource {
  if (!entries?.length) return {};
  if (oneArticle && entries.length === 1 && entries[0]) return entries[0];
  const key = lineKey(title);
  return entries.find((entry) => entry.title !== null && lineKey(entry.title) === key) ?? {};
}
