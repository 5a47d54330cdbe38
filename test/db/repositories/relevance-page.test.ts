import { countRankCandidates } from '../../../db/repositories/relevance-page';
import { findTimelinePage, type TimelineKey, type TimelineRow } from '../../../db/repositories/timeline.repository';
import { EMPTY_FILTER, type TimelineFilter } from '../../../db/repositories/timeline-filter';
import { describeEachBackend } from '../../support/databases';

/**
 * Relevance order with a bound (relevance-page.ts): more matches than the bound rank only the
 * bound's candidates, the matches first seen most recently; fewer, and the page is the exact one.
 * Titles written for this test; "harbour" repeated to rank higher.
 */
const EVENTS: { title: string; firstSeen: string; retracted?: boolean }[] = [
  // The best match, and the earliest seen: left out by a small bound.
  { title: 'Harbour harbour harbour harbour authority closes the harbour', firstSeen: '2026-01-01T00:00:00Z' },
  { title: 'Harbour harbour harbour fees are raised', firstSeen: '2026-01-02T00:00:00Z' },
  { title: 'Harbour dues are reviewed', firstSeen: '2026-01-03T00:00:00Z' },
  { title: 'Harbour harbour pilots are licensed', firstSeen: '2026-01-04T00:00:00Z' },
  // Three seen at the same moment, two with the same title (equal ranks: id decides).
  { title: 'Harbour lights are inspected', firstSeen: '2026-01-05T00:00:00Z' },
  { title: 'Harbour lights are inspected', firstSeen: '2026-01-05T00:00:00Z' },
  { title: 'Harbour harbour cranes are banned', firstSeen: '2026-01-05T00:00:00Z' },
  { title: 'Harbour dredging is ordered', firstSeen: '2026-01-06T00:00:00Z' },
  { title: 'Harbour ferries are suspended', firstSeen: '2026-01-07T00:00:00Z' },
  // Seen last but retracted: never a candidate.
  { title: 'Harbour harbour harbour harbour harbour retracted story', firstSeen: '2026-01-09T00:00:00Z', retracted: true },
  { title: 'Airport slots are auctioned', firstSeen: '2026-01-08T00:00:00Z' },
];

const SEARCH: TimelineFilter = { ...EMPTY_FILTER, q: 'harbour' };
const order = (rows: TimelineRow[]) => rows.map((r) => [r.id, r.rank]);

describeEachBackend('relevance page with a bound on the ranked candidates', (ctx) => {
  const ids: number[] = [];
  beforeAll(async () => {
    for (const e of EVENTS) {
      const row = await ctx.db
        .insertInto('events')
        .values({ date_value: null, date_precision: null, date_start: null, date_end: null, jurisdiction: 'GB', type: 'hearing', status: null, title: e.title, confidence: 0.5, date_conflicts: '[]', first_seen_at: new Date(e.firstSeen), retracted: e.retracted ?? false })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
  });

  const page = (rankCandidates: number | null, limit = 50, after: TimelineKey | null = null, filter = SEARCH) =>
    findTimelinePage(ctx.db, { filter, sort: 'relevance', after, limit, rankCandidates });

  /** The matches first seen most recently, as the bound picks them: first_seen_at desc, then id desc. */
  const newest = (n: number): number[] =>
    EVENTS.map((e, i) => ({ e, id: ids[i]! }))
      .filter(({ e }) => !e.retracted && e.title.toLowerCase().includes('harbour'))
      .sort((a, b) => b.e.firstSeen.localeCompare(a.e.firstSeen) || b.id - a.id)
      .slice(0, n)
      .map(({ id }) => id);

  it('under the bound: the same rows in the same order as ranking every match', async () => {
    const exact = await page(null);
    expect(exact).toHaveLength(9);
    expect(exact[0]!.id).toBe(ids[0]);
    for (const bound of [9 + 1, 2000]) {
      const bounded = await page(bound);
      expect(order(bounded)).toEqual(order(exact));
      expect(bounded.map((r) => r.candidates)).toEqual(exact.map(() => 9));
    }
    // Same for every page size: the bound changes nothing below it.
    expect(order(await page(10, 3))).toEqual(order(exact).slice(0, 3));
  });

  it('over the bound: only the candidates first seen most recently are ranked, in rank order', async () => {
    const exact = await page(null);
    const candidates = newest(5);
    const bounded = await page(5);
    // The exact ranking restricted to the candidates: the best match overall (seen first) is not among them.
    expect(order(bounded)).toEqual(order(exact).filter(([id]) => candidates.includes(id as number)));
    expect(bounded.map((r) => r.id)).not.toContain(ids[0]);
    expect(bounded.map((r) => r.candidates)).toEqual([5, 5, 5, 5, 5]);
    expect(await countRankCandidates(ctx.db, SEARCH, 5)).toBe(5);
    expect(await countRankCandidates(ctx.db, SEARCH, 50)).toBe(9);
  });

  it('pages through the candidates by (rank, id) without repeating or skipping a row, ties included', async () => {
    const all = await page(6);
    const walked: TimelineRow[] = [];
    let after: TimelineKey | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const rows = await page(6, 2 + 1, after);
      walked.push(...rows.slice(0, 2));
      if (rows.length <= 2) break;
      const last = rows[1]!;
      after = { sort: 'relevance', rank: last.rank!, id: last.id };
    }
    expect(order(walked)).toEqual(order(all));
    expect(new Set(walked.map((r) => r.id)).size).toBe(6);
    // The two identical titles tie on rank; id orders them.
    const tied = walked.filter((r) => r.id === ids[4] || r.id === ids[5]);
    expect(tied.map((r) => r.id)).toEqual([ids[4], ids[5]]);
    expect(tied[0]!.rank).toBe(tied[1]!.rank);
  });

  it('applies the other filters before the bound', async () => {
    const none = await page(1, 50, null, { ...SEARCH, jurisdictions: ['FR'] });
    expect(none).toEqual([]);
    expect(await countRankCandidates(ctx.db, { ...SEARCH, jurisdictions: ['FR'] }, 1)).toBe(0);
  });
});
