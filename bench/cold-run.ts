import type { ColdRequest } from './cold-mix';

/**
 * Asks each URL of the cold mix once, one at a time on one connection (latency without queueing),
 * and summarises each shape's latencies. A non-200 answer stops the run: a 429 or a 500 is not a
 * latency. 'next page' requests first ask their first page (untimed) for its next_cursor.
 */
export interface ShapeLatency {
  shape: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

/** One request's time, for --slowest (which URLs make a shape's tail). */
export interface TimedRequest {
  shape: string;
  path: string;
  ms: number;
}

export async function runCold(
  base: string,
  mix: readonly ColdRequest[],
  onProgress: (done: number) => void = () => {},
  timed: TimedRequest[] = [],
): Promise<ShapeLatency[]> {
  const times = new Map<string, number[]>();
  let done = 0;
  for (const request of mix) {
    let path = request.path;
    if (request.shape === 'next page') {
      const first = (await get(base, path)) as { next_cursor?: string | null };
      if (!first.next_cursor) continue; // a last page: no next page to time
      path = `${path}&cursor=${encodeURIComponent(first.next_cursor)}`;
    }
    const started = performance.now();
    await get(base, path);
    const list = times.get(request.shape) ?? [];
    const ms = performance.now() - started;
    list.push(ms);
    timed.push({ shape: request.shape, path, ms });
    times.set(request.shape, list);
    if (++done % 500 === 0) onProgress(done);
  }
  return [...times].map(([shape, list]) => summarise(shape, list));
}

async function get(base: string, path: string): Promise<unknown> {
  const response = await fetch(base + path);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
  return response.headers.get('content-type')?.includes('json') ? JSON.parse(body) : body;
}

/** Nearest-rank percentiles, in milliseconds with one decimal. */
export function summarise(shape: string, list: number[]): ShapeLatency {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (p: number): number => Math.round((sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 10) / 10;
  return { shape, requests: sorted.length, p50: at(50), p99: at(99), max: at(100) };
}
