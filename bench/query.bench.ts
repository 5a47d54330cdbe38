/**
 * npm run bench:query -- [--database-url postgres://…/timeline_bench] [--duration 10] [--connections 50]
 *                         [--per-shape 60] [--by-shape] [--configs none,facet,shipped]
 *
 * Loads our server (server/serve.ts, its own process) and, in the same run, a baseline (bare node:http
 * + raw pg running the very SQL our server ran for each URL, bench/baseline-server.ts) with autocannon
 * on a fixed mix of timeline requests (bench/query-mix.ts). Prints req/s, p50 and p99 for both and the
 * ratios, at 50 connections and at one (latency without queueing), and the server's peak RSS, for
 * three configurations of our server: no caches (the same SQL on both sides: our stack's overhead),
 * facet counts cached for the public window only, and as shipped (the response cache on as well).
 * Seed first: npm run seed:synthetic -- --events 1000000 --database-url …
 *
 * npm run bench:query -- --cold [--per-shape 1000] [--shapes 'facets, dates only,…']
 *
 * The cold path instead (bench/cold-mix.ts, bench/cold-run.ts): our server as shipped (caches on, search
 * rate limit off), each of per-shape × 11 shapes distinct URLs asked once on one connection, p50 / p99
 * per shape. The caches answer nothing there: no URL comes twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { Client } from 'pg';
import { connect } from '../db/connect';
import { captureQueries } from './capture-queries';
import { COLD_SHAPES, coldMix, selectShapes } from './cold-mix';
import { runCold, type TimedRequest } from './cold-run';
import { queryMix, type MixRequest } from './query-mix';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/timeline_bench';

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL ?? DEFAULT_URL },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      'per-shape': { type: 'string', default: '60' },
      'by-shape': { type: 'boolean', default: false },
      // Which configurations of our server to measure (each beside its own baseline run).
      configs: { type: 'string', default: 'none,facet,shipped' },
      // The response cache window of the third configuration: 60 (the default of `timeline serve`) runs
      // it as shipped; another value sets RESPONSE_CACHE_SECONDS; 0 skips it.
      'cache-seconds': { type: 'string', default: '60' },
      cold: { type: 'boolean', default: false },
      shapes: { type: 'string' },
      // --cold: also print each shape's N slowest URLs with their times (what makes the tail).
      slowest: { type: 'string', default: '0' },
      // --cold on PGlite: the server opens this data directory instead of DATABASE_URL.
      'data-dir': { type: 'string' },
    },
  });
  const url = values['database-url'];
  if (values.cold) {
    const target: Record<string, string> = values['data-dir'] ? { TIMELINE_DATA_DIR: values['data-dir'] } : { DATABASE_URL: url };
    return cold(target, values['per-shape'] === '60' ? 1000 : Number(values['per-shape']), values.shapes, Number(values.slowest));
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  let mix = queryMix(Number(values['per-shape']));

  const events = await countEvents(url);
  if (events === 0) throw new Error(`no events in ${url}: run npm run seed:synthetic -- --events 1000000 --database-url ${url}`);

  const captured = await captureQueries(url, mix);
  // A shape our server does not serve (yet) is left out and said so, never silently timed as errors.
  const missing = [...new Set(mix.filter((m) => !captured.has(m.path)).map((m) => m.shape))];
  if (missing.length) log(`left out (our server answers 404): ${missing.join(', ')}`);
  mix = mix.filter((m) => captured.has(m.path));
  log(`${events} events; mix of ${mix.length} distinct requests over ${new Set(mix.map((m) => m.shape)).size} shapes`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-query-'));
  const queriesFile = join(dir, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(Object.fromEntries(captured)));

  // Our server as `timeline start` runs it, except: no per-IP search rate limit (the load generator is
  // one IP; 429s are not a measurement) and its request log (kept: it is part of the cost) to a file.
  const serverLog = join(dir, 'server.log');
  const ourEnv = (extra: Record<string, string>): Record<string, string> => ({ DATABASE_URL: url, PORT: '0', SEARCH_RATE_LIMIT_PER_IP: '0', ...extra });
  const baseline = await startChild('bench/baseline-server.ts', { DATABASE_URL: url, PORT: '0', QUERIES_FILE: queriesFile });
  const rows: string[] = [];
  try {
    const report = async (label: string, target: Child, requests: MixRequest[], conns: number, seconds: number): Promise<void> => {
      await drain(url);
      const base = await load(baseline.url, requests, conns, seconds);
      await drain(url);
      const rss = sampleRss(target.child.pid as number);
      const ours = await load(target.url, requests, conns, seconds);
      const peak = rss.stop();
      rows.push(
        `| ${label} | ${conns} | ${fmt(ours.requestsPerSecond)} | ${fmt(base.requestsPerSecond)} | **${(ours.requestsPerSecond / base.requestsPerSecond).toFixed(2)}** | ` +
          `${ours.p50} / ${ours.p99} | ${base.p50} / ${base.p99} | ${(ours.p99 / Math.max(base.p99, 1)).toFixed(2)} | ${peak} |` +
          (ours.non2xx + ours.errors + base.non2xx + base.errors > 0 ? ` errors: ours ${ours.non2xx + ours.errors}, baseline ${base.non2xx + base.errors}` : ''),
      );
      log(rows[rows.length - 1] as string);
    };
    const short = Math.max(5, Math.round(duration / 2));
    /** One configuration of our server, in its own process, measured at `connections` and at one. */
    const measure = async (label: string, env: Record<string, string>, prefill: boolean, byShape: boolean): Promise<void> => {
      const server = await startChild('bench/serve-app.ts', ourEnv(env), serverLog);
      try {
        await checkResponses(server.url, mix);
        // Warm both: JIT, pg pools, Postgres' buffer cache for the rows the mix reads.
        for (const target of [baseline, server]) await load(target.url, mix, 10, 3);
        // With a cache: every URL once (as the first minute of traffic would), then measured while fresh.
        if (prefill) log(`${label}: filled with ${fmt((await fill(server.url, mix, 8)) / 1e6)} MB of response bodies`);
        await report(label, server, mix, connections, duration);
        await report(label, server, mix, 1, short);
        if (byShape) {
          for (const shape of [...new Set(mix.map((m) => m.shape))]) {
            await report(`${label}: ${shape}`, server, mix.filter((m) => m.shape === shape), connections, short);
          }
        }
      } finally {
        server.child.kill('SIGTERM');
      }
    };

    const configs = new Set(values.configs.split(','));
    // 1. The same SQL on both sides: no cache anywhere, so the ratio is our stack's overhead alone.
    if (configs.has('none')) await measure('mix, no caches', { FACET_CACHE_SECONDS: '0', RESPONSE_CACHE_SECONDS: '0' }, false, values['by-shape']);
    // 2. Facet counts kept for the public window (server/services/facet-count-cache.ts), responses not.
    if (configs.has('facet')) await measure('mix, facet cache 60 s only', { RESPONSE_CACHE_SECONDS: '0' }, true, false);
    // 3. As shipped: the response cache on as well (on by default in `timeline serve`).
    const cacheSeconds = configs.has('shipped') ? Number(values['cache-seconds']) : 0;
    if (cacheSeconds === 60) await measure('mix, as shipped (facet + response cache 60 s)', {}, true, false);
    else if (cacheSeconds > 0) await measure(`mix, + response cache ${cacheSeconds} s`, { RESPONSE_CACHE_SECONDS: String(cacheSeconds) }, true, false);
    console.log(
      [
        `query benchmark: ${events} events, ${mix.length} distinct URLs, ${duration} s per run, autocannon in-process, server and baseline each their own process; load average ${loadAverage()}`,
        '| requests | connections | ours req/s | baseline req/s | ratio | ours p50 / p99 ms | baseline p50 / p99 ms | p99 ratio | our peak RSS MB |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
      ].join('\n'),
    );
    log(`our server's request log: ${serverLog}`);
  } finally {
    baseline.child.kill('SIGTERM');
  }
}

/** --cold: every URL once, one connection, p50 / p99 per shape (see the header). */
async function cold(database: Record<string, string>, perShape: number, shapes: string | undefined, slowest = 0): Promise<void> {
  const only = shapes ? selectShapes(shapes) : null;
  const mix = coldMix(perShape, only);
  if (mix.length === 0) throw new Error(`--shapes '${shapes}' names no shape of bench/cold-mix.ts: ${COLD_SHAPES.map((s) => s.shape).join('; ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const server = await startChild('bench/serve-app.ts', { ...database, PORT: '0', SEARCH_RATE_LIMIT_PER_IP: '0' }, join(dir, 'server.log'));
  try {
    // Asked of the server, so PGlite (one process per data directory) is counted too: visible events.
    const events = ((await (await fetch(`${server.url}/api/v1/facets?include=retracted`)).json()) as { total: number }).total;
    if (!events) throw new Error('no events: run npm run seed:synthetic first (see docs/benchmarks.md)');
    // Warm-up on URLs of another seed: the JIT and the pool warm, the measured URLs stay unasked.
    await runCold(server.url, coldMix(20, only, 99));
    const loadBefore = loadAverage();
    const started = performance.now();
    const timed: TimedRequest[] = [];
    const rows = await runCold(server.url, mix, (done) => log(`${done} of ${mix.length}`), timed);
    console.log(
      [
        `cold query benchmark: ${events} events, ${mix.length} distinct URLs each asked once, one connection, ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadBefore} before, ${loadAverage()} after`,
        '| shape | requests | p50 ms | p99 ms | max ms |',
        '| --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${r.shape} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.max} |`),
      ].join('\n'),
    );
    for (const r of slowest > 0 ? rows : []) {
      const tail = timed.filter((t) => t.shape === r.shape).sort((a, b) => b.ms - a.ms).slice(0, slowest);
      console.log(`slowest of ${r.shape}:\n${tail.map((t) => `  ${t.ms.toFixed(1)} ms ${t.path}`).join('\n')}`);
    }
  } finally {
    server.child.kill('SIGTERM');
  }
}

function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function countEvents(url: string): Promise<number> {
  const handle = await connect({ databaseUrl: url, poolMax: 1 });
  try {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM events`.execute(handle.db);
    return rows[0]?.n ?? 0;
  } catch {
    return 0;
  } finally {
    await handle.close();
  }
}

interface Child {
  child: ChildProcess;
  url: string;
}

/** Starts a TypeScript entry point as a plain node process (tsx as a loader, so the pid is the server's). */
function startChild(entry: string, env: Record<string, string>, stderrFile?: string): Promise<Child> {
  return new Promise((resolve, reject) => {
    // BENCH_NODE_FLAGS: V8 flags for the servers under test (e.g. --max-old-space-size=160), to try memory settings.
    const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...flags, '--require', 'tsx/cjs', entry], {
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', stderrFile ? openSync(stderrFile, 'a') : 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, url: line.replace('localhost', '127.0.0.1') });
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before listening`)));
  });
}

/**
 * Waits until Postgres runs nothing for this database: autocannon stops sending at the end of a run,
 * but queries already queued keep running, and must not slow the next run down.
 */
async function drain(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 240; i++) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if ((rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}

/** Requests every URL once, `parallel` at a time; returns the bytes of the bodies. */
async function fill(url: string, mix: MixRequest[], parallel: number): Promise<number> {
  let next = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < mix.length) {
        const request = mix[next++] as MixRequest;
        bytes += (await (await fetch(url + request.path)).arrayBuffer()).byteLength;
      }
    }),
  );
  return bytes;
}

/** Every URL answers 200 on both sides before anything is timed. */
async function checkResponses(url: string, mix: MixRequest[]): Promise<void> {
  for (const request of mix) {
    const response = await fetch(url + request.path);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${request.path}: ${response.status}`);
  }
}

/** autocannon over the requests, round robin across all connections. */
async function load(url: string, requests: MixRequest[], connections: number, seconds: number): Promise<Measurement> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const request = requests[next++ % requests.length] as MixRequest;
          return { ...req, path: request.path };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** Peak VmRSS of a process, sampled every 100 ms, in MB. */
function sampleRss(pid: number): { stop: () => number } {
  let peak = 0;
  const read = (): void => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // the process is gone; keep the last peak
    }
  };
  read();
  const timer = setInterval(read, 100);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return Math.round(peak);
    },
  };
}

main().catch((error: unknown) => {
  console.error(`bench:query: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
