/**
 * Extraction throughput on one core: `npm run bench:extract [-- ARTICLES]`.
 * Generates synthetic articles (bench/synthetic-articles.ts), warms up, then times extractMentions
 * over all of them in this single process. Prints one summary line.
 */
import os from 'node:os';
import { extractMentions } from '../importers/pipeline';
import { syntheticArticles } from './synthetic-articles';

const count = Number(process.argv[2] ?? 3000);
const articles = syntheticArticles(count);
const chars = articles.reduce((n, a) => n + a.text.length, 0);

for (const article of articles.slice(0, 200)) extractMentions(article);

const runs: number[] = [];
const cpu: number[] = [];
let mentions = 0;
for (let run = 0; run < 3; run++) {
  mentions = 0;
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  for (const article of articles) mentions += extractMentions(article).length;
  runs.push(Number(process.hrtime.bigint() - start) / 1e9);
  const spent = process.cpuUsage(used);
  cpu.push((spent.user + spent.system) / 1e6);
}
const best = Math.min(...runs);
const median = [...runs].sort((a, b) => a - b)[1] ?? best;
// CPU seconds the process spent: on a shared machine the wall clock also counts time other
// processes held the core; articles per CPU-second is what one core of our own can do.
const cpuMedian = [...cpu].sort((a, b) => a - b)[1] ?? cpu[0]!;
console.log(
  `extract: ${count} articles (${(chars / 1e6).toFixed(1)} MB, ${mentions} mentions) | median ${(count / median).toFixed(0)} articles/s, best ${(count / best).toFixed(0)} articles/s, ${(chars / 1e6 / median).toFixed(2)} MB/s | ${(count / cpuMedian).toFixed(0)} articles per CPU-second | one core, node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`,
);
