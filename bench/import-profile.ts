import { Client } from 'pg';

/**
 * `bench:import -- --profile`: where an import's time goes, statement by statement, without
 * pg_stat_statements (it needs a server restart to load). Two views:
 * - per statement shape, as the client waits for it (round trip, including every trigger it fires):
 *   the statement's text with its literals and parameter numbers folded, so one batch's VALUES list of
 *   any length is one shape;
 * - per trigger function, from pg_stat_user_functions (the bench database is given
 *   track_functions = 'all' before the import connects): total and self time inside each PL/pgSQL function.
 */

/** One SQL text per shape: literals, numbers and `$n` lists folded, whitespace collapsed. */
function shapeOf(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\$\d+(?:::\w+(?:\[\])?)?/g, '$')
    .replace(/\b\d+\b/g, 'N')
    .replace(/\s+/g, ' ')
    .replace(/(\([^()]*\)(?:\s*,\s*\([^()]*\))+)/g, '(…)')
    .trim()
    .slice(0, 140);
}

/** Times every statement sent through a pg client of this process, grouped by shape; the report on stop. */
export function statementTimes(): { stop: () => string[] } {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const totals = new Map<string, { n: number; ms: number; max: number }>();
  proto.query = function timed(this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
    const started = performance.now();
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      const done = () => {
        const ms = performance.now() - started;
        const shape = shapeOf(text);
        const t = totals.get(shape) ?? { n: 0, ms: 0, max: 0 };
        totals.set(shape, { n: t.n + 1, ms: t.ms + ms, max: Math.max(t.max, ms) });
      };
      result.then(done, done);
    }
    return result;
  };
  return {
    stop: () => {
      proto.query = original;
      const all = [...totals.values()].reduce((s, t) => s + t.ms, 0);
      return [...totals]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 15)
        .map(([shape, t]) => `${(t.ms / 1000).toFixed(1).padStart(7)} s ${((100 * t.ms) / all).toFixed(0).padStart(3)} % ${String(t.n).padStart(6)}× max ${Math.round(t.max)} ms  ${shape}`);
    },
  };
}

/** Makes the (fresh) bench database count time per PL/pgSQL function, for functionTimes. */
export async function trackFunctions(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${decodeURIComponent(new URL(url).pathname.slice(1)).replace(/"/g, '""')}" SET track_functions = 'all'`);
  } finally {
    await client.end();
  }
}

/** Total and self time of each trigger function the import ran, most first. */
export async function functionTimes(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ funcname: string; calls: string; total_time: number; self_time: number }>(
      `SELECT funcname, calls, total_time, self_time FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 15`,
    );
    return rows.map(
      (r) => `${(r.total_time / 1000).toFixed(1).padStart(7)} s total ${(r.self_time / 1000).toFixed(1).padStart(7)} s self ${String(r.calls).padStart(8)} calls  ${r.funcname}`,
    );
  } finally {
    await client.end();
  }
}
