import { candidateSlices, findMergeCandidates, type CandidateQuery } from '../../../db/repositories/merge-candidates.repository';
import { companyFamily, familyNames } from '../../../db/vocabulary/company-family';
import { DEFAULT_MERGE_OPTIONS } from '../../../importers/merge/index';
import { extractMentions } from '../../../importers/pipeline';
import { importArticles } from '../../../importers/store/import-articles';
import { planBatch, type PlannedArticle } from '../../../importers/store/merge-plan';
import { articleQueries } from '../../../importers/store/store-article';
import type { Article, Mention, ReadResult } from '../../../importers/types';
import { describeEachBackend } from '../../support/databases';
import { corpusArticles } from './corpus-articles';

/**
 * The merge candidates' company filter (findMergeCandidates): an event that names companies, none in a
 * family the mentions of its slices name, comes back without its sources. The merge plan must make
 * exactly the decisions it made when every candidate came back in full: the same batch is planned
 * against both answers of the same database, and the plans are compared whole.
 */

const corpus = (count: number): Article[] => corpusArticles(count, 17);

async function* asResults(articles: Article[]): AsyncGenerator<ReadResult> {
  for (const article of articles) yield { ok: true, article };
}

describe('company families as a list (familyNames)', () => {
  it('names every company sharing a family with one given, known to the gazetteer or not', () => {
    const meta = familyNames(['Instagram']);
    expect(meta).toEqual(expect.arrayContaining(['Meta', 'Facebook', 'Instagram', 'WhatsApp']));
    expect(meta.every((name) => companyFamily(name) === 'Meta')).toBe(true);
    expect(familyNames(['Acme Unknown', 'Oracle'])).toEqual(['Acme Unknown', 'Oracle']);
    expect(familyNames([])).toEqual([]);
  });

  it("merges the companies of one slice's mentions; a mention naming none opens the slice to every event", () => {
    const window = { start: '2024-01-01', end: '2024-02-01' };
    const q = (companies: string[]): CandidateQuery => ({ jurisdiction: 'GB', types: ['ban'], window, companies });
    const [both] = candidateSlices([q(['Oracle']), q(['YouTube'])]);
    expect([...both!.companies!].sort()).toEqual(['Alphabet', 'Google', 'Oracle', 'YouTube']);
    const [open] = candidateSlices([q(['Oracle']), q([]), q(['YouTube'])]);
    expect(open!.companies).toBeNull();
  });
});

describeEachBackend('merge candidates filtered by company', (ctx) => {
  it('give the merge plan exactly the decisions every candidate read in full gave', async () => {
    const articles = corpus(500);
    const stored = await importArticles(ctx.db, asResults(articles.slice(0, 400)), { batchSize: 100 });
    expect(stored.failures).toEqual([]);

    const planned: PlannedArticle[] = articles.slice(400).map((article, i) => {
      const mentions = extractMentions(article);
      return { articleId: 1_000_000 + i, article, mentions, queries: articleQueries(mentions, DEFAULT_MERGE_OPTIONS) };
    });
    const queries = planned.flatMap((p) => p.queries);
    expect(queries.some((q) => q.companies?.length)).toBe(true);
    const filtered = await findMergeCandidates(ctx.db, queries);
    const full = await findMergeCandidates(ctx.db, queries.map((q) => ({ ...q, companies: [] })));

    // The same events either way; the filter left some without their sources, and the rest as they were.
    const byId = (rows: typeof full) => [...rows].sort((a, b) => a.id - b.id);
    expect(byId(filtered).map((r) => r.id)).toEqual(byId(full).map((r) => r.id));
    expect(full.every((r) => r.joinable)).toBe(true);
    const skipped = filtered.filter((r) => !r.joinable);
    expect(skipped.length).toBeGreaterThan(filtered.length / 10);
    expect(skipped.every((r) => r.sources.length === 0 && r.companies.length > 0)).toBe(true);
    const fullById = new Map(full.map((r) => [r.id, r]));
    for (const row of filtered.filter((r) => r.joinable)) expect(row).toEqual(fullById.get(row.id));

    const plan = planBatch(planned, filtered, DEFAULT_MERGE_OPTIONS);
    expect(plan).toEqual(planBatch(planned, full, DEFAULT_MERGE_OPTIONS));
    // Joins happened, to stored events among them: the comparison says something.
    expect(plan.merged.filter((m) => m.id < 2 ** 40).length).toBeGreaterThan(5);
  });

  it("asks for the companies of the query's whole article: a mention joins what another mention's slice found", async () => {
    // The event: Iceland, data_governance, January 2026 (one source says the year only), ByteDance.
    const quote = 'Under rules adopted in Iceland, foreign messaging apps must keep user data on servers in the country';
    const article = await ctx.db
      .insertInto('articles')
      .values({ content_hash: 'candidate-filter', title: 'Iceland', url: null, outlet: null, published: '2026-02-01', source_file: null, text: quote })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event = await ctx.db
      .insertInto('events')
      .values({ date_value: '2026-01', date_precision: 'month', date_start: '2026-01-01', date_end: '2026-01-31', jurisdiction: 'IS', type: 'data_governance', status: 'enacted', title: 'Iceland data rules', confidence: 0.8, date_conflicts: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const source = (value: string, precision: 'month' | 'year') =>
      ({ event_id: event.id, article_id: article.id, quote, quote_start: 0, quote_end: quote.length, date_value: value, date_precision: precision, date_basis: 'explicit' as const, confidence: 0.8 });
    await ctx.db.insertInto('event_sources').values([source('2026-01', 'month'), source('2026', 'year')]).execute();
    const company = await ctx.db.selectFrom('companies').select('id').where('name', '=', 'ByteDance').executeTakeFirstOrThrow();
    await ctx.db.insertInto('event_companies').values({ event_id: event.id, company_id: company.id }).execute();

    // One article: an investigation of Yahoo, whose slice (investigation is compatible with
    // data_governance) finds the event, and the rules again in September 2026, naming no company,
    // whose own window (from June) does not reach January: only the first mention's query finds it.
    const mention = (type: 'investigation' | 'data_governance', companies: string[], value: string, precision: 'day' | 'month', text: string): Mention => ({
      date: { value, precision, basis: 'explicit' },
      jurisdiction: 'IS',
      companies,
      type,
      status: 'enacted',
      title: text.slice(0, 20),
      quote: text,
      quoteStart: 0,
      quoteEnd: text.length,
      confidence: 0.8,
    });
    const mentions = [
      mention('investigation', ['Yahoo'], '2026-04-11', 'day', 'Iceland opened an investigation into Yahoo over its search advertising'),
      mention('data_governance', [], '2026-09', 'month', quote),
    ];
    const [text] = corpus(1);
    const planned: PlannedArticle[] = [{ articleId: 2_000_000, article: text!, mentions, queries: articleQueries(mentions, DEFAULT_MERGE_OPTIONS) }];
    const queries = planned[0]!.queries;
    const filtered = await findMergeCandidates(ctx.db, queries);
    const full = await findMergeCandidates(ctx.db, queries.map((q) => ({ ...q, companies: [] })));
    const plan = planBatch(planned, filtered, DEFAULT_MERGE_OPTIONS);
    expect(plan.articles[0]!.eventIds[1]).toBe(event.id);
    expect(plan).toEqual(planBatch(planned, full, DEFAULT_MERGE_OPTIONS));
    // Asked with each mention's own companies, the event would come back without its sources, and the
    // second mention would make a new event instead.
    const perMention = await findMergeCandidates(ctx.db, queries.map((q, i) => ({ ...q, companies: mentions[i]!.companies })));
    expect(perMention.find((c) => c.id === event.id)?.joinable).toBe(false);
  });
});
