import { syntheticCorpus } from '../../../bench/synthetic-corpus';
import { COMPANIES } from '../../../db/vocabulary/companies';
import type { Article } from '../../../importers/types';

/** The first `count` articles of the benchmark's synthetic corpus (deterministic for a seed), as readers would give them. */
export function corpusArticles(count: number, seed: number): Article[] {
  const out: Article[] = [];
  for (const bundle of syntheticCorpus({ events: count * 8, companies: COMPANIES, seed })) {
    const a = bundle.article;
    const text = `${a.title}\n\n${a.text}`;
    out.push({
      title: a.title,
      text,
      published: a.published,
      publishedInferred: false,
      url: a.url,
      outlet: a.outlet,
      file: a.source_file,
      fileOffset: 0,
      blocks: [{ start: 0, end: text.length, kind: 'body' }],
    });
    if (out.length === count) break;
  }
  return out;
}
