/**
 * Dumps what extraction makes of a fixed set of articles, one JSON line per article (its mentions
 * as extractMentions returns them, and its `--explain` text), so a change meant to leave extraction
 * alone (a speed-up) can be checked by diffing two dumps:
 *
 *   npx tsx scripts/dump-extraction.ts /tmp/before.jsonl [--synthetic N] [--manifest PATH ...] [FILE ...]
 *
 * The synthetic bench articles (bench/synthetic-articles.ts, 1,500 by default) are always included.
 */
import { createWriteStream } from 'node:fs';
import { explainArticle, extractMentions, formatExplanation, readInputs } from '../importers/index';
import type { Article } from '../importers/types';
import { syntheticArticles } from '../bench/synthetic-articles';

async function main(): Promise<void> {
  const [output, ...rest] = process.argv.slice(2);
  if (!output) throw new Error('usage: dump-extraction.ts OUTPUT [--synthetic N] [--manifest PATH ...] [FILE ...]');
  let synthetic = 1500;
  const manifests: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--synthetic') synthetic = Number(rest[++i]);
    else if (rest[i] === '--manifest') manifests.push(rest[++i]!);
    else files.push(rest[i]!);
  }
  const out = createWriteStream(output);
  let articles = 0;
  let mentions = 0;
  const dump = (input: string, article: Article): void => {
    const found = extractMentions(article);
    const explain = formatExplanation(explainArticle(article));
    out.write(`${JSON.stringify({ input, mentions: found, explain })}\n`);
    articles++;
    mentions += found.length;
  };
  const sources: Array<{ inputs: string[]; manifest?: string }> = [
    ...manifests.map((manifest) => ({ inputs: [], manifest })),
    ...(files.length ? [{ inputs: files }] : []),
  ];
  for (const source of sources) {
    for await (const result of readInputs(source.inputs, { manifest: source.manifest, published: null })) {
      if (!result.ok) throw new Error(`${result.input}: ${result.reason}`);
      dump(`${source.manifest ?? ''}:${result.article.file}`, result.article);
    }
  }
  syntheticArticles(synthetic).forEach((article, i) => dump(`synthetic:${i}`, article));
  await new Promise<void>((resolve) => out.end(resolve));
  process.stderr.write(`dump-extraction: ${articles} articles, ${mentions} mentions → ${output}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
