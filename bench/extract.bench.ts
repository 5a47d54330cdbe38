/**
 * Extraction throughput on one core: `npm run bench:extract [-- ARTICLES]`.
 * Generates synthetic articles (bench/synthetic-articles.ts), warms up, then times extractMentions
 * over all of them in this single process. Prints one summary line.
 */
import { extractMentions } from '../importers/pipeline';
import { syntheticArticles } from './synthetic-articles';

const count = Number(process.argv[2] ?? 3000);
const articles = syntheticArticles(count);
const chars = articles.reduce((n, a) => n + a.text.length, 0);

for (const article of articles.slice(0, 200)) extractMentions(article);

const runs: number[] = [];
let mentions = 0;
for (let run = 0; run < 3; run++) {
  mentions = 0;
  const start = process.hrtime.bigint();
  for (const article of articles) mentions += extractMentions(article).length;
  runs.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const best = Math.min(...runs);
const median = [...runs].sort((a, b) => a - b)[1] ?? best;
console.log(
  `extract: ${count} articles (${(chars / 1e6).toFixed(1)} MB, ${mentions} mentions) | median ${(count / median).toFixed(0)} articles/s, best ${(count / best).toFixed(0)} articles/s, ${(chars / 1e6 / median).toFixed(2)} MB/s | one core, node ${process.version}`,
);
