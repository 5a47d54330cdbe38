/**
 * Extraction throughput on one core: `npm run bench:extract [-- ARTICLES] [--stages]`.
 * Generates synthetic articles (bench/synthetic-articles.ts), warms up, then times extractMentions
 * over all of them in this single process. Prints one summary line; with --stages, then the share
 * of time each stage (and buildContext) takes, from one more pass.
 */
import os from 'node:os';
import { buildContext, extractMentions, STAGES, type Candidate } from '../importers/pipeline';
import { syntheticArticles } from './synthetic-articles';

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3000);
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

if (process.argv.includes('--stages')) {
  const spent = new Map<string, number>([['buildContext', 0], ...STAGES.map((s): [string, number] => [s.name, 0])]);
  const clock = (name: string, start: bigint): void => void spent.set(name, spent.get(name)! + Number(process.hrtime.bigint() - start));
  for (const article of articles) {
    let start = process.hrtime.bigint();
    const ctx = buildContext(article);
    clock('buildContext', start);
    let candidates: Candidate[] = [];
    for (const stage of STAGES) {
      start = process.hrtime.bigint();
      candidates = stage(ctx, candidates);
      clock(stage.name, start);
    }
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log([...spent].sort((a, b) => b[1] - a[1]).map(([name, ns]) => `${name} ${((ns / total) * 100).toFixed(1)} %`).join(' | '));
}
